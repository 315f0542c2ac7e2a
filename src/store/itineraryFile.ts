/**
 * One JSON file per itinerary in its conference's itineraries folder (see
 * conferences.ts). Reading never
 * fails for a file never written (it is empty); a damaged file or one of an
 * unknown version is never overwritten. Changes are made under a lock and
 * written atomically, so concurrent commands lose nothing; top-level keys
 * this version does not know are kept as they were.
 */
import { existsSync, linkSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError, UserError } from '../errors.js';
import { removeLeftovers, writeFileAtomic } from './atomicWrite.js';
import { withLock, type LockOwner } from './lockFile.js';
import { readTextFile } from './readFile.js';
import { fileProblem } from './fileProblem.js';
import type { Priority } from '../schedule/types.js';

export type { Priority };

export const ITINERARY_SCHEMA_VERSION = 1;

export interface ItineraryEntry {
  id: string;
  /** The talk's uid, which survives a retitle; entries written before uids have only the id. */
  uid?: string;
  /** When it was added, ISO 8601 in UTC. */
  added: string;
  /** `must` or `maybe`; absent is `want`. */
  priority?: 'must' | 'maybe';
}

export function entryOf(talk: { id: string; uid: string }, added: string, priority: Priority = 'want'): ItineraryEntry {
  return { id: talk.id, uid: talk.uid, added, ...(priority === 'want' ? {} : { priority }) };
}

export function priorityOf(entry: ItineraryEntry): Priority {
  return entry.priority ?? 'want';
}

/** Whether an entry names a talk: by uid when both have one, else by id. */
export function namesTalk(entry: ItineraryEntry, talk: { id: string; uid?: string | undefined }): boolean {
  return entry.uid !== undefined && talk.uid !== undefined ? entry.uid === talk.uid : entry.id === talk.id;
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

/** The names of the itineraries in a folder, sorted; none when it does not exist yet. */
export function itineraryNames(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.slice(0, -'.json'.length))
      .filter(isItineraryName)
      .sort();
  } catch {
    return [];
  }
}

export function itineraryPath(folder: string, name: string): string {
  if (!isItineraryName(name)) {
    throw new UsageError(
      `"${name}" cannot name an itinerary; use letters a–z, digits, dots, dashes and underscores, such as -i friday-plan.`,
    );
  }
  return join(folder, `${name}.json`);
}

export function readItinerary(path: string, name: string): ItineraryFile {
  if (!existsSync(path)) return { schemaVersion: ITINERARY_SCHEMA_VERSION, name, talks: [] };
  const text = readTextFile(path, {
    what: 'itinerary',
    kept: true,
    missing: `The itinerary ${path} vanished while pycon read it; try again.`,
  });
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
  const isEntry = (entry: Partial<ItineraryEntry> | undefined) =>
    typeof entry?.id === 'string' &&
    typeof entry.added === 'string' &&
    (entry.uid === undefined || typeof entry.uid === 'string') &&
    (entry.priority === undefined || entry.priority === 'must' || entry.priority === 'maybe');
  if (!Array.isArray(file.talks) || !file.talks.every(isEntry)) {
    throw damaged(path, '"talks" must be a list of {id, uid, added, priority}, priority must or maybe');
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

/** Deletes an itinerary's file under its lock. */
export async function deleteItinerary(path: string, name: string, owner: LockOwner): Promise<void> {
  await withLock(`${path}.lock`, owner, `itinerary ${name}`, () => {
    removeLeftovers(path);
    rmSync(path, { force: true });
  });
}

/**
 * Renames an itinerary under its lock, never over another: the file is
 * linked under the new name (which fails if that exists) before the old
 * name goes, so at every moment one of the two names holds it.
 */
export async function renameItinerary(from: string, to: string, names: { from: string; to: string }, owner: LockOwner): Promise<void> {
  await withLock(`${from}.lock`, owner, `itinerary ${names.from}`, () => {
    try {
      linkSync(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new UserError(`There is already an itinerary named ${names.to}; choose another name, or delete that one first.`);
      }
      throw fileProblem(error, to, 'write');
    }
    unlinkSync(from);
  });
}
