/**
 * The machine's tz database: the compiled zone files under $TZDIR, else
 * /usr/share/zoneinfo, where Linux and macOS keep them. Only names of the
 * tz database's regions are looked up, so that `posixrules`, `localtime`
 * and the `right/` and `posix/` copies are never taken for a zone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TzData } from '../schedule/types.js';

const ZONE_NAME = /^(?:(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)(?:\/[A-Za-z0-9_+-]+)+|UTC)$/;

export function tzDatabase(env: Record<string, string | undefined>): TzData {
  const folder = env.TZDIR || '/usr/share/zoneinfo';
  return (zone) => {
    if (!ZONE_NAME.test(zone)) return undefined;
    try {
      return readFileSync(join(folder, zone));
    } catch {
      return undefined;
    }
  };
}
