/**
 * What runs when: the questions `now` and `show` ask of a schedule.
 */
import { type Slots, slotsOf } from './talkSlots.js';
import { overlaps, spanOf } from './time.js';
import type { Store, Talk } from './types.js';

/** In each room, the talks running at `at` (two, should a schedule book a room twice) and the next one to start: after `at`, and never one running. */
export function nowAndNext(store: Store, at: number, rooms: string[] = store.rooms): { now: Talk[]; next: Talk[] } {
  const slots = slotsOf(store.talks);
  return (slots && nowAndNextBySlots(store, slots, at, rooms)) ?? nowAndNextByTalks(store.talks, at, rooms);
}

/** nowAndNext found by the store's saved slots, each talk found checked against its own: undefined when one differs, as in stale slots. */
function nowAndNextBySlots(store: Store, slots: Slots, at: number, rooms: string[]): { now: Talk[]; next: Talk[] } | undefined {
  const { talks } = store;
  const roomOf = (place: number) => store.rooms[slots.rooms[place] as number];
  const found = nowAndNextIn(
    { count: talks.length, start: (place) => slots.starts[place] as number, end: (place) => slots.ends[place] as number, room: roomOf },
    at,
    rooms,
  );
  const fits = (place: number) => {
    const talk = talks[place] as Talk;
    const { start, end } = spanOf(talk);
    return start === slots.starts[place] && end === slots.ends[place] && talk.room === roomOf(place);
  };
  if (!found.now.every(fits) || !found.next.every(fits)) return undefined;
  return { now: talksAt(talks, found.now), next: talksAt(talks, found.next) };
}

function nowAndNextByTalks(talks: Talk[], at: number, rooms: string[]): { now: Talk[]; next: Talk[] } {
  // Every talk is read, all at once: quicker than one at a time.
  const all = [...talks];
  const span = (place: number) => spanOf(all[place] as Talk);
  const found = nowAndNextIn(
    { count: all.length, start: (place) => span(place).start, end: (place) => span(place).end, room: (place) => all[place]?.room },
    at,
    rooms,
  );
  return { now: talksAt(all, found.now), next: talksAt(all, found.next) };
}

function talksAt(talks: Talk[], places: number[]): Talk[] {
  return places.map((place) => talks[place] as Talk);
}

/** When and where each of `count` talks is, by its place in the store. */
interface Timeline {
  count: number;
  start(place: number): number;
  end(place: number): number;
  room(place: number): string | undefined;
}

/**
 * nowAndNext, as the talks' places in the store, in the order of `rooms`:
 * every talk running (two, should a schedule book a room twice), and the
 * first to start after.
 */
function nowAndNextIn(timeline: Timeline, at: number, rooms: string[]): { now: number[]; next: number[] } {
  // Two passes over the talks, not one per room: a conference may have sixty rooms and thousands of talks.
  // A room's first talk is kept as a number, and any other (a room booked twice) in a list of its own: no list per room.
  const current = new Map<string | undefined, number>();
  const alsoCurrent: number[] = [];
  for (let place = 0; place < timeline.count; place++) {
    if (timeline.start(place) > at || at >= timeline.end(place)) continue;
    const room = timeline.room(place);
    if (current.has(room)) alsoCurrent.push(place);
    else current.set(room, place);
  }
  const coming = new Map<string | undefined, number>();
  for (let place = 0; place < timeline.count; place++) {
    const start = timeline.start(place);
    if (start < at) continue;
    const room = timeline.room(place);
    if (place === current.get(room) || alsoCurrent.includes(place)) continue;
    const earliest = coming.get(room);
    if (earliest === undefined || start < timeline.start(earliest)) coming.set(room, place);
  }
  const now = rooms.flatMap((room) => {
    const first = current.get(room);
    if (first === undefined) return [];
    return alsoCurrent.length === 0 ? first : [first, ...alsoCurrent.filter((place) => timeline.room(place) === room)];
  });
  return { now, next: rooms.flatMap((room) => coming.get(room) ?? []) };
}

/** The other talks that overlap this one, in the store's order (time, then room). */
export function runningAlongside(talks: Talk[], talk: Talk): Talk[] {
  const span = spanOf(talk);
  return talks.filter((other) => other !== talk && overlaps(spanOf(other), span));
}
