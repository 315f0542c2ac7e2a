/**
 * luxon's DateTime, required the first time a zone is asked about. luxon
 * stays out of the bundle (bin/build.js), and its first use starts ICU: at
 * least 30 ms that only the commands asking the tz database for other years
 * and zones pay. An import reads the zone from the tz files (tzif.ts).
 */
import { createRequire } from 'node:module';
import type { DateTime as LuxonDateTime } from 'luxon';

let loaded: typeof LuxonDateTime | undefined;

export function luxon(): typeof LuxonDateTime {
  loaded ??= (createRequire(import.meta.url)('luxon') as typeof import('luxon')).DateTime;
  return loaded;
}
