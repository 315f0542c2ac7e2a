/**
 * What runs when: the questions `now` and `show` ask of a schedule.
 */
import { slotsOf } from './talkSlots.js';
import { overlaps, spanOf } from './time.js';
import type { Store, Talk } from './types.js';

/** In each room, the talk running at `at` and the next one to start: after `at`, and never the one running. */
export function nowAndNext(store: Store, at: number, rooms: string[] = store.rooms): { now: Talk[]; next: Talk[] } {
  const { talks } = store;
  const slots = slotsOf(talks);
  if (slots) {
    // Found from the saved slots, each talk then checked against its slot: one that differs means the slots are stale.
    const found = nowAndNextIn(
      {
        count: talks.length,
        start: (i) => slots.starts[i] as number,
        end: (i) => slots.ends[i] as number,
        room: (i) => store.rooms[slots.rooms[i] as number],
      },
      at,
      rooms,
    );
    const fits = (i: number) => {
      const talk = talks[i] as Talk;
      const { start, end } = spanOf(talk);
      return start === slots.starts[i] && end === slots.ends[i] && talk.room === store.rooms[slots.rooms[i] as number];
    };
    if (found.now.every(fits) && found.next.every(fits))
      return { now: found.now.map((i) => talks[i] as Talk), next: found.next.map((i) => talks[i] as Talk) };
  }
  // Every talk is read: all at once, which is quicker than one at a time.
  const all = [...talks];
  const found = nowAndNextIn(
    {
      count: all.length,
      start: (i) => spanOf(all[i] as Talk).start,
      end: (i) => spanOf(all[i] as Talk).end,
      room: (i) => (all[i] as Talk).room,
    },
    at,
    rooms,
  );
  return { now: found.now.map((i) => all[i] as Talk), next: found.next.map((i) => all[i] as Talk) };
}

/** When and where each of `count` talks is, by its place in the store. */
interface Timeline {
  count: number;
  start(i: number): number;
  end(i: number): number;
  room(i: number): string | undefined;
}

/** nowAndNext, as the talks' places in the store, in the order of `rooms`. */
function nowAndNextIn(timeline: Timeline, at: number, rooms: string[]): { now: number[]; next: number[] } {
  // Two passes over the talks, not one per room: a conference may have sixty rooms and thousands of talks.
  const current = new Map<string | undefined, number>();
  for (let i = 0; i < timeline.count; i++) {
    const room = timeline.room(i);
    if (!current.has(room) && timeline.start(i) <= at && at < timeline.end(i)) current.set(room, i);
  }
  const coming = new Map<string | undefined, number>();
  for (let i = 0; i < timeline.count; i++) {
    const start = timeline.start(i);
    const room = timeline.room(i);
    if (start < at || i === current.get(room)) continue;
    const earliest = coming.get(room);
    if (earliest === undefined || start < timeline.start(earliest)) coming.set(room, i);
  }
  const inRooms = (found: Map<string | undefined, number>) => rooms.flatMap((room) => found.get(room) ?? []);
  return { now: inRooms(current), next: inRooms(coming) };
}

/** The other talks that overlap this one, in the store's order (time, then room). */
export function runningAlongside(talks: Talk[], talk: Talk): Talk[] {
  const span = spanOf(talk);
  return talks.filter((other) => other !== talk && overlaps(spanOf(other), span));
}
