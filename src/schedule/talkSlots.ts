/**
 * When and where every talk of a store is, saved in its outline
 * (store/storeOutline.ts) as one string holding a JSON list of numbers,
 * three a talk: its start in whole minutes since 1970 (UTC), its length in
 * minutes, and its room as a place in the store's rooms.
 *
 * With them `now` and `talks --at` find the talks running at a moment, and
 * the next one in each room, parsing only those: a store's outline gives
 * its talks one at a time, when each is first asked for (store/lazyTalks.ts).
 * Without them, or when they do not hold a slot for each talk, the talks
 * are read through.
 *
 * A string, so that the commands that never use the slots only copy it
 * when they read the outline; JSON.parse reads the numbers ten times as
 * fast as a loop over the characters would, in code V8 has not optimized,
 * as a command's is.
 */
import { isCount } from './savedLists.js';
import { spanOf } from './time.js';
import type { Talk } from './types.js';

/** The talks' slots, a list for each field, in the talks' order. */
export interface Slots {
  /** Epoch ms. */
  starts: number[];
  ends: number[];
  /** Each talk's room, as a place in the store's rooms. */
  rooms: number[];
}

const MINUTE = 60_000;

/** The slots' text for these talks, or undefined when a time is not a whole minute or a room is not among `rooms`. */
export function slotsText(talks: Talk[], rooms: string[]): string | undefined {
  const roomAt = new Map(rooms.map((room, at) => [room, at]));
  const numbers: number[] = [];
  for (const talk of talks) {
    const { start, end } = spanOf(talk);
    const room = roomAt.get(talk.room);
    if (room === undefined || start < 0 || end < start || start % MINUTE !== 0 || end % MINUTE !== 0) return undefined;
    numbers.push(start / MINUTE, (end - start) / MINUTE, room);
  }
  return JSON.stringify(numbers);
}

const saved = new WeakMap<Talk[], { text: unknown; roomCount: number }>();
const read = new WeakMap<Talk[], Slots | undefined>();

/** What a store saved as its talks' slots, for its talks among `roomCount` rooms: checked when first used. */
export function rememberSlots(talks: Talk[], text: unknown, roomCount: number): void {
  saved.set(talks, { text, roomCount });
}

/** The talks' slots as saved, when they hold one for each talk; else undefined. */
export function slotsOf(talks: Talk[]): Slots | undefined {
  if (!read.has(talks)) {
    const kept = saved.get(talks);
    read.set(talks, kept && slotsIn(kept.text, talks.length, kept.roomCount));
  }
  return read.get(talks);
}

function slotsIn(text: unknown, count: number, roomCount: number): Slots | undefined {
  if (typeof text !== 'string') return undefined;
  let numbers: unknown;
  try {
    numbers = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(numbers) || numbers.length !== count * 3) return undefined;
  const slots: Slots = { starts: [], ends: [], rooms: [] };
  for (let at = 0; at < numbers.length; at += 3) {
    const start: unknown = numbers[at];
    const minutes: unknown = numbers[at + 1];
    const room: unknown = numbers[at + 2];
    if (!isCount(start) || !isCount(minutes) || !isCount(room) || room >= roomCount || !Number.isSafeInteger((start + minutes) * MINUTE))
      return undefined;
    slots.starts.push(start * MINUTE);
    slots.ends.push((start + minutes) * MINUTE);
    slots.rooms.push(room);
  }
  return slots;
}

/** The places of the talks running at `at` (epoch ms), by their saved slots; undefined without them. */
export function placesRunningAt(talks: Talk[], at: number): number[] | undefined {
  const slots = slotsOf(talks);
  if (!slots) return undefined;
  const places: number[] = [];
  slots.starts.forEach((start, place) => {
    if (start <= at && at < (slots.ends[place] as number)) places.push(place);
  });
  return places;
}
