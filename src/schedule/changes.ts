/**
 * What changed between two versions of a conference's schedule, keyed by
 * uid so that a retitled talk is the same talk, and the history a store
 * carries because of it: how many times each talk moved or changed (its
 * calendar SEQUENCE), when, and the talks that were cancelled. Linear in the
 * number of talks.
 */
import type { Store, StoreHistory, Talk } from './types.js';

export type ChangeKind = 'added' | 'cancelled' | 'moved' | 'changed';

export interface Change {
  kind: ChangeKind;
  uid: string;
  id: string;
  title: string;
  /** The fields that differ, in a fixed order: start, end, room, then title, speakers, description. */
  fields: string[];
  before: Talk | null;
  after: Talk | null;
}

const WHERE_AND_WHEN = ['start', 'end', 'room'] as const;
const WHAT = ['title', 'speakers', 'description'] as const;

/** The changes from `before` to `after`, in the order of `after`'s talks, then the cancelled ones in `before`'s order. */
export function diffTalks(before: Talk[], after: Talk[]): Change[] {
  const old = new Map(before.map((talk) => [talk.uid, talk]));
  const kept = new Set<string>();
  const changes: Change[] = [];
  for (const talk of after) {
    const previous = old.get(talk.uid);
    if (!previous) {
      changes.push({ kind: 'added', uid: talk.uid, id: talk.id, title: talk.title, fields: [], before: null, after: talk });
      continue;
    }
    kept.add(talk.uid);
    const moved = WHERE_AND_WHEN.filter((field) => previous[field] !== talk[field]);
    const changed = WHAT.filter((field) =>
      field === 'speakers' ? previous.speakers.join('\n') !== talk.speakers.join('\n') : previous[field] !== talk[field],
    );
    if (moved.length === 0 && changed.length === 0) continue;
    changes.push({
      kind: moved.length > 0 ? 'moved' : 'changed',
      uid: talk.uid,
      id: talk.id,
      title: talk.title,
      fields: [...moved, ...changed],
      before: previous,
      after: talk,
    });
  }
  for (const talk of before) {
    if (!kept.has(talk.uid))
      changes.push({ kind: 'cancelled', uid: talk.uid, id: talk.id, title: talk.title, fields: [], before: talk, after: null });
  }
  return changes;
}

/** A store's history when it has none: the first version, read at `readAt`. */
export function firstHistory(readAt: string): StoreHistory {
  return { version: 1, readAt, firstReadAt: readAt, talks: {} };
}

/**
 * The next version of a conference: `fresh` as read, carrying the history of
 * `current` forward. A talk that moved or changed counts one more in its
 * sequence and is stamped with this read; a talk that disappeared is kept
 * among the cancelled, one more in its sequence; a cancelled talk that
 * comes back is restored, one more again.
 */
export function nextVersion(current: Store, fresh: Store, readAt: string): { store: Store; changes: Change[] } {
  const history = current.history ?? firstHistory(current.conference.days[0] ? `${current.conference.days[0]}T00:00:00.000Z` : readAt);
  const wasCancelled = new Map((current.cancelled ?? []).map((talk) => [talk.uid, talk]));
  // A cancelled talk is not among the current talks: one that comes back is added again.
  const changes = diffTalks(current.talks, fresh.talks);
  const talks: StoreHistory['talks'] = { ...history.talks };
  countChanges(talks, changes, (uid) => wasCancelled.has(uid), readAt);
  // A restored talk is reported as added; it stays cancelled no longer.
  const freshUids = new Set(fresh.talks.map((talk) => talk.uid));
  const cancelled = [
    ...[...wasCancelled.values()].filter((talk) => !freshUids.has(talk.uid)),
    ...changes.flatMap((change) => (change.kind === 'cancelled' && change.before ? [change.before] : [])),
  ];
  const store: Store = {
    ...fresh,
    ...(cancelled.length > 0 ? { cancelled } : {}),
    history: {
      version: history.version + (changes.length > 0 ? 1 : 0),
      readAt: changes.length > 0 ? readAt : history.readAt,
      firstReadAt: history.firstReadAt,
      talks,
    },
  };
  return { store, changes };
}

/**
 * Counts an update's changes in the history of their talks, read at
 * `readAt`: a talk that moved, changed, was cancelled or came back after
 * being cancelled counts one more.
 */
function countChanges(talks: StoreHistory['talks'], changes: Change[], wasCancelled: (uid: string) => boolean, readAt: string): void {
  const bump = (uid: string, movedFrom?: { room: string; start: string }) => {
    const entry = talks[uid];
    talks[uid] = {
      sequence: (entry?.sequence ?? 0) + 1,
      changedAt: readAt,
      ...(movedFrom ? { movedFrom } : entry?.movedFrom ? { movedFrom: entry.movedFrom } : {}),
    };
  };
  for (const change of changes) {
    if (change.kind === 'moved' && change.before) bump(change.uid, { room: change.before.room, start: change.before.start });
    else if (change.kind === 'changed' || change.kind === 'cancelled') bump(change.uid);
    else if (change.kind === 'added' && wasCancelled(change.uid)) bump(change.uid);
  }
}

/**
 * A store's history and cancelled talks as the updates that changed it made
 * them, oldest first, from its first read at `firstReadAt`: what nextVersion
 * gave each version, for a store made again from the schedule of its last.
 */
export function replayUpdates(
  updates: { to: { version: number; readAt: string }; changes: Change[] }[],
  firstReadAt: string,
): { history: StoreHistory; cancelled: Talk[] } {
  const talks: StoreHistory['talks'] = {};
  const cancelled = new Map<string, Talk>();
  let last = { version: 1, readAt: firstReadAt };
  for (const update of updates) {
    countChanges(talks, update.changes, (uid) => cancelled.has(uid), update.to.readAt);
    for (const change of update.changes) {
      if (change.kind === 'cancelled' && change.before) cancelled.set(change.uid, change.before);
      else if (change.kind === 'added') cancelled.delete(change.uid);
    }
    last = update.to;
  }
  return { history: { version: last.version, readAt: last.readAt, firstReadAt, talks }, cancelled: [...cancelled.values()] };
}

/** A talk's calendar SEQUENCE, the time of the version that last changed it, and where it last moved from. */
export function talkVersion(
  store: Store,
  uid: string,
): { sequence: number; changedAt: string | undefined; movedFrom: { room: string; start: string } | undefined } {
  const entry = store.history?.talks[uid];
  return { sequence: entry?.sequence ?? 0, changedAt: entry?.changedAt ?? store.history?.firstReadAt, movedFrom: entry?.movedFrom };
}
