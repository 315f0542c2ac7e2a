/**
 * The walks set for a conference, in `conferences/<name>/walks.json`:
 * `{schemaVersion: 1, walks: [{from, to, minutes}]}`. Written atomically
 * under a lock, as itineraries are.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import type { Walk } from '../schedule/walks.js';
import { writeFileAtomic } from './atomicWrite.js';
import { conferenceFolder } from './conferences.js';
import { type LockOwner, withLock } from './lockFile.js';
import { readTextFile } from './readFile.js';

export function walksPath(home: string, conference: string): string {
  return join(conferenceFolder(home, conference), 'walks.json');
}

export function readWalks(home: string, conference: string): Walk[] {
  const path = walksPath(home, conference);
  if (!existsSync(path)) return [];
  const text = readTextFile(path, {
    what: 'walks file',
    kept: true,
    missing: `The walks file ${path} vanished while pycon read it; try again.`,
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw damaged(path);
  }
  const walks = (data as { walks?: unknown } | null)?.walks;
  const isWalk = (walk: Partial<Walk> | null) =>
    typeof walk?.from === 'string' &&
    typeof walk.to === 'string' &&
    typeof walk.minutes === 'number' &&
    Number.isInteger(walk.minutes) &&
    walk.minutes >= 0;
  if (!Array.isArray(walks) || !walks.every(isWalk)) throw damaged(path);
  return walks as Walk[];
}

/** Sets the walk between two rooms or buildings, replacing the one set before for that pair, either way round. */
export async function saveWalk(home: string, conference: string, walk: Walk, owner: LockOwner): Promise<Walk[]> {
  const path = walksPath(home, conference);
  return withLock(`${path}.lock`, owner, `the walks of ${conference}`, () => {
    const samePair = (other: Walk) =>
      (other.from === walk.from && other.to === walk.to) || (other.from === walk.to && other.to === walk.from);
    const walks = [...readWalks(home, conference).filter((other) => !samePair(other)), walk];
    writeFileAtomic(path, `${JSON.stringify({ schemaVersion: 1, walks }, null, 2)}\n`);
    return walks;
  });
}

function damaged(path: string): UserError {
  return new UserError(
    `The walks file ${path} is damaged (it must hold {"walks": [{"from", "to", "minutes"}]}); fix it by hand, or move it aside to set the walks afresh.`,
  );
}
