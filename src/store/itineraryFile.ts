/**
 * One JSON file per itinerary under $PYCON_HOME/itineraries. Reading never
 * fails for a file never written (it is empty); a damaged file or one of an
 * unknown version is never overwritten. Changes are made under a lock and
 * written atomically, so concurrent commands lose nothing; top-level keys
 * this version does not know are kept as they were.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError, UserError } from '../errors.js';
import { removeLeftovers, writeFileAtomic } from './atomicWrite.js';
import { withLock, type LockOwner } from './lockFile.js';
import { readTextFile } from './readFile.js';

export const ITINERARY_SCHEMA_VERSION = 1;

export interface ItineraryEntry {
  id: string;
  /** When it was added, ISO 8601 in UTC. */
  added: string;
}

export interface ItineraryFile {
  schemaVersion: number;
  name: string;
  talks: ItineraryEntry[];
  /** Keys a later version wrote, kept as they are. */
  [key: string]: unknown;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function isItineraryName(name: string): boolean {
  return NAME.test(name);
}

export function itineraryFolder(home: string): string {
  return join(home, 'itineraries');
}

export function itineraryPath(home: string, name: string): string {
  if (!isItineraryName(name)) {
    throw new UsageError(`"${name}" cannot name an itinerary; use letters, digits, dots, dashes and underscores, such as -i friday-plan.`);
  }
  return join(itineraryFolder(home), `${name}.json`);
}

export function readItinerary(path: string, name: string): ItineraryFile {
  if (!existsSync(path)) return { schemaVersion: ITINERARY_SCHEMA_VERSION, name, talks: [] };
  const text = readTextFile(path, { what: 'itinerary', missing: `The itinerary ${path} vanished while pycon read it; try again.` });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw damaged(path, 'it is not valid JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw damaged(path, 'it is not a JSON object');
  const file = data as Partial<ItineraryFile>;
  if (file.schemaVersion !== ITINERARY_SCHEMA_VERSION) {
    throw new UserError(
      `The itinerary ${path} has schema version ${JSON.stringify(file.schemaVersion)}, which this pycon does not know; it was left untouched, so use the pycon that wrote it, or move the file aside to start afresh.`,
    );
  }
  if (!Array.isArray(file.talks) || !file.talks.every((entry) => typeof entry?.id === 'string' && typeof entry?.added === 'string')) {
    throw damaged(path, '"talks" must be a list of {id, added}');
  }
  return { ...file, schemaVersion: ITINERARY_SCHEMA_VERSION, name, talks: file.talks };
}

function damaged(path: string, why: string): UserError {
  return new UserError(
    `The itinerary ${path} is damaged (${why}); it was left untouched, so fix it by hand or move it aside (mv "${path}" "${path}.bak") to start afresh.`,
  );
}

/** Reads, changes and (when `change` says it changed) writes an itinerary under its lock. */
export async function updateItinerary<T>(
  path: string,
  name: string,
  owner: LockOwner,
  change: (file: ItineraryFile) => { changed: boolean; result: T },
): Promise<{ file: ItineraryFile; result: T }> {
  return withLock(`${path}.lock`, owner, `itinerary ${name}`, () => {
    removeLeftovers(path);
    const file = readItinerary(path, name);
    const { changed, result } = change(file);
    if (changed) writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`, { createFolder: true });
    return { file, result };
  });
}
