/**
 * A conference's store that cannot be read (damaged on disk, or written by a
 * later pycon), made again by update: the schedule pycon keeps beside the
 * store and the log of its changes hold all it held.
 */
import { statSync } from 'node:fs';
import { pyconHome } from '../context.js';
import { UserError } from '../errors.js';
import { lockOwner } from '../itinerary.js';
import type { Run } from '../run.js';
import { replayUpdates } from '../schedule/changes.js';
import type { Store } from '../schedule/types.js';
import { type Origin, readChangesLog, SOURCE_EXTENSIONS, saveConference } from '../store/conferences.js';
import { loadStore, storeFileText } from '../store/loadStore.js';
import { UnreadableStoreError } from '../store/validateStore.js';
import { isSealed } from '../store/storeSeal.js';
import { readScheduleIn } from './import.js';
import { sourceName } from './scheduleSource.js';

/** The store at path, or undefined when this pycon cannot read it. */
export function readableStore(path: string): Store | undefined {
  try {
    return loadStore(path);
  } catch (error) {
    if (error instanceof UnreadableStoreError) return undefined;
    throw error;
  }
}

/** Whether the store at path is one this pycon cannot read. One that still matches its seal was read before, and is not read again. */
export function isUnreadable(path: string): boolean {
  return !isSealed(path, statSync(path, { bigint: true })) && readableStore(path) === undefined;
}

/** A schedule to make a store again from: the one last read (beside the store), or one just read. */
export interface ScheduleBytes {
  bytes: Uint8Array | undefined;
  lastRead: boolean;
}

/**
 * A conference's store as it was at its last version, made again and saved
 * when the store cannot be read: from the schedule then read and the log of
 * the updates that changed it, which holds its versions, its talks' history
 * and the talks it cancelled. When the schedule last read cannot be read
 * either, from the next of `schedules` that can: a version after the last,
 * whose changes cannot be told. Its itineraries are files of their own, and
 * were never at risk. `source`: the schedule's source, kept as where it came
 * from when that is not known.
 */
export async function remakeStore(
  ctx: Run,
  name: string,
  { origin, source }: { origin: Origin | undefined; source: string },
  schedules: ScheduleBytes[],
): Promise<Store> {
  const home = pyconHome(ctx);
  let problem = 'pycon no longer has it';
  for (const { bytes, lastRead } of schedules) {
    if (bytes === undefined) continue;
    const result = await readScheduleIn(ctx, bytes, origin?.zone);
    if ('problem' in result) {
      problem = result.problem;
      continue;
    }
    const log = readChangesLog(home, name);
    const replayed = replayUpdates(log, log[0]?.from.readAt ?? origin?.readAt ?? ctx.clock().toISOString());
    const last = replayed.history.version;
    const history = lastRead ? replayed.history : { ...replayed.history, version: last + 1, readAt: ctx.clock().toISOString() };
    const uids = new Set(result.store.talks.map((talk) => talk.uid));
    const gone = replayed.cancelled.filter((talk) => !uids.has(talk.uid));
    const store: Store = {
      ...result.store,
      conference: { ...result.store.conference, name },
      ...(gone.length > 0 ? { cancelled: gone } : {}),
      history,
    };
    await saveConference(home, name, lockOwner(ctx), {
      ...storeFileText(store, sourceName(source)),
      source: { bytes, extension: SOURCE_EXTENSIONS[result.format] ?? 'txt' },
      origin: origin ?? { source, format: result.format, version: result.version, readAt: history.readAt },
    });
    const how = lastRead
      ? `from the schedule of version ${last} and the log of its changes`
      : `from the schedule just read and the log of its changes, as version ${last + 1}; the schedule of version ${last} cannot be read (${problem}), so what changed since cannot be told`;
    const note = `${store.conference.title} (${name}): its store could not be read, so pycon made it again ${how}.\n`;
    if (ctx.json) ctx.stderr.write(`pycon: ${note}`);
    else ctx.stdout.write(note);
    return store;
  }
  throw new UserError(
    `The store of ${name} cannot be read, nor made again from its schedule (${problem}); import the schedule again with "pycon import <file or URL> --as ${name}".`,
  );
}
