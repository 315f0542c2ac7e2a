/**
 * The machine's tz database: the compiled zone files under $TZDIR, else
 * /usr/share/zoneinfo, where Linux and macOS keep them. Only names of the
 * tz database's regions are looked up, so that `posixrules`, `localtime`
 * and the `right/` and `posix/` copies are never taken for a zone.
 */
import { join } from 'node:path';
import type { TzData } from '../schedule/types.js';
import { readBytes } from './readFile.js';

const ZONE_NAME = /^(?:(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)(?:\/[A-Za-z0-9_+-]+)+|UTC)$/;

/** Each zone's file is read once: an import checks the zone's name, then works out its rules. */
export function tzDatabase(env: Record<string, string | undefined>): TzData {
  const folder = env.TZDIR || '/usr/share/zoneinfo';
  const read = new Map<string, Uint8Array | undefined>();
  return (zone) => {
    if (!read.has(zone)) read.set(zone, zoneFile(folder, zone));
    return read.get(zone);
  };
}

function zoneFile(folder: string, zone: string): Uint8Array | undefined {
  if (!ZONE_NAME.test(zone)) return undefined;
  try {
    // A regular file only, as for every file pycon reads: a named pipe in its place would never end.
    return readBytes(join(folder, zone), { what: 'zone file', missing: '' });
  } catch {
    return undefined;
  }
}
