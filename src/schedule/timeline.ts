/**
 * What runs when: the questions `now` and `show` ask of a schedule.
 */
import { overlaps, runsAt, spanOf } from './time.js';
import type { Store, Talk } from './types.js';

/** In each room, the talk running at `at` and the next one to start: after `at`, and never the one running. */
export function nowAndNext(store: Store, at: number, rooms: string[] = store.rooms): { now: Talk[]; next: Talk[] } {
  // Two passes over the talks, not one per room: a conference may have sixty rooms and thousands of talks.
  const current = new Map<string, Talk>();
  for (const talk of store.talks) if (!current.has(talk.room) && runsAt(talk, at)) current.set(talk.room, talk);
  const coming = new Map<string, Talk>();
  for (const talk of store.talks) {
    const start = spanOf(talk).start;
    if (start < at || talk === current.get(talk.room)) continue;
    const earliest = coming.get(talk.room);
    if (!earliest || start < spanOf(earliest).start) coming.set(talk.room, talk);
  }
  const inRooms = (found: Map<string, Talk>) => rooms.flatMap((room) => found.get(room) ?? []);
  return { now: inRooms(current), next: inRooms(coming) };
}

/** The other talks that overlap this one, in the store's order (time, then room). */
export function runningAlongside(talks: Talk[], talk: Talk): Talk[] {
  const span = spanOf(talk);
  return talks.filter((other) => other !== talk && overlaps(spanOf(other), span));
}
