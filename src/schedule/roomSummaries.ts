/**
 * Each room's number of talks, on each conference day and in all: what
 * `pycon rooms` lists. A store's outline saves them when the store is made
 * (store/storeOutline.ts), so that listing the rooms reads no talk.
 */
import { isCount, isListFor } from './savedLists.js';
import type { Store, Talk } from './types.js';

export interface RoomSummary {
  name: string;
  talks: number;
  days: { date: string; talks: number }[];
}

/** The rooms' summaries, in the rooms' order, worked out from the talks in one pass. */
export function summarizeRooms(rooms: string[], days: string[], talks: Talk[]): RoomSummary[] {
  const dayIndex = new Map(days.map((date, index) => [date, index]));
  const counts = new Map(rooms.map((name) => [name, { talks: 0, days: days.map(() => 0) }]));
  for (const talk of talks) {
    const room = counts.get(talk.room);
    if (room === undefined) continue;
    room.talks++;
    const day = dayIndex.get(talk.date);
    if (day !== undefined) room.days[day] = (room.days[day] as number) + 1;
  }
  return rooms.map((name) => {
    const room = counts.get(name) as { talks: number; days: number[] };
    return { name, talks: room.talks, days: days.map((date, index) => ({ date, talks: room.days[index] as number })) };
  });
}

const saved = new WeakMap<Talk[], unknown>();

/** What a store saved as its rooms' summaries, for its talks: checked when first used. */
export function rememberRoomSummaries(talks: Talk[], summaries: unknown): void {
  saved.set(talks, summaries);
}

/** A store's rooms with their numbers of talks: as saved with it when that fits its rooms and days, else worked out from its talks. */
export function roomSummaries(store: Store): RoomSummary[] {
  const summaries = saved.get(store.talks);
  const { rooms } = store;
  const { days } = store.conference;
  return areRoomSummaries(summaries, rooms, days) ? summaries : summarizeRooms(rooms, days, store.talks);
}

/** Whether `value` is the summaries of exactly these rooms on these days, as summarizeRooms makes them. */
function areRoomSummaries(value: unknown, rooms: string[], days: string[]): value is RoomSummary[] {
  return isListFor(value, rooms, 'name', (room) => isCount(room.talks) && isListFor(room.days, days, 'date', (day) => isCount(day.talks)));
}
