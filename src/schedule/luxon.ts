/**
 * luxon's DateTime, required the first time a zone is asked about. luxon
 * stays out of the bundle (bin/build.js), and its first use starts ICU: at
 * least 30 ms that only the commands asking the tz database for other years
 * and zones pay. An import reads the zone from the tz files (tzif.ts).
 */
import type { DateTime as LuxonDateTime } from 'luxon';
import { nodeRequire } from '../nodeRequire.js';

let loaded: typeof LuxonDateTime | undefined;

export function luxon(): typeof LuxonDateTime {
  loaded ??= nodeRequire<typeof import('luxon')>('luxon').DateTime;
  return loaded;
}
