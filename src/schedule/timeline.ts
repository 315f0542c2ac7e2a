/**
 * What runs when: the questions `now` and `show` ask of a schedule.
 */
import { overlaps, runsAt, spanOf } from './time.js';
import type { Store, Talk } from './types.js';

/** In each room, the talk running at `at` and the next one to start: after `at`, and never the one running. */
export function nowAndNext(store: Store, at: number): { now: Talk[]; next: Talk[] } {
  const now: Talk[] = [];
  const next: Talk[] = [];
  for (const room of store.rooms) {
    const inRoom = store.talks.filter((talk) => talk.room === room);
    const current = inRoom.find((talk) => runsAt(talk, at));
    const coming = inRoom
      .filter((talk) => spanOf(talk).start >= at && talk !== current)
      .sort((a, b) => spanOf(a).start - spanOf(b).start)[0];
    if (current) now.push(current);
    if (coming) next.push(coming);
  }
  return { now, next };
}

/** The other talks that overlap this one, in the store's order (time, then room). */
export function runningAlongside(talks: Talk[], talk: Talk): Talk[] {
  const span = spanOf(talk);
  return talks.filter((other) => other !== talk && overlaps(spanOf(other), span));
}
