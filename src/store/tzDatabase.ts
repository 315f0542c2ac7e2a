/**
 * The machine's tz database: the compiled zone files under $TZDIR, else
 * /usr/share/zoneinfo, where Linux and macOS keep them. Only names of the
 * tz database's regions are looked up, so that `posixrules`, `localtime`
 * and the `right/` and `posix/` copies are never taken for a zone.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TzData } from '../schedule/types.js';

const ZONE_NAME = /^(?:(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)(?:\/[A-Za-z0-9_+-]+)+|UTC)$/;

/** Far larger than any zone's file (Europe/Berlin's is 3 kB). */
const MAX_BYTES = 1 << 20;

export function tzDatabase(env: Record<string, string | undefined>): TzData {
  const folder = env.TZDIR || '/usr/share/zoneinfo';
  return (zone) => {
    if (!ZONE_NAME.test(zone)) return undefined;
    const path = join(folder, zone);
    try {
      // Only a regular file: reading a FIFO put in its place would never end.
      const stat = statSync(path);
      return stat.isFile() && stat.size <= MAX_BYTES ? readFileSync(path) : undefined;
    } catch {
      return undefined;
    }
  };
}
