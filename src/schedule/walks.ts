/**
 * Walking time between rooms, and the changes of room it makes tight. A walk
 * names two rooms, or two buildings: a name ending in `*` stands for every
 * room whose name starts with what precedes it, so `K.*` is FOSDEM's
 * building K and `Grand Ballroom *` every Grand Ballroom. The walk between
 * two rooms is the one set for that pair, else the one for the most
 * specific pair of buildings that holds them, else DEFAULT_WALK.
 */
import { plainSpaces } from './text.js';
import { spanOf } from './time.js';
import type { Talk } from './types.js';

/** Minutes to allow between rooms where no walk is set. */
export const DEFAULT_WALK = 10;

export interface Walk {
  from: string;
  to: string;
  minutes: number;
}

/** A change of room with less time than the walk: ids, and minutes. */
export interface TightChange {
  from: string;
  to: string;
  gap: number;
  walk: number;
}

export function isBuilding(name: string): boolean {
  return name.endsWith('*');
}

/**
 * Whether a building (a name ending in `*`) holds a room: the room's name
 * starts with what precedes the `*`, in any case, as a room is named in any
 * case (`saal*` holds "Saal 1"). A no-break space (`&nbsp;` in a published
 * name) is read as the space a terminal shows and a user types.
 */
export function buildingHolds(building: string, room: string): boolean {
  return plainSpaces(room)
    .toLowerCase()
    .startsWith(plainSpaces(building.slice(0, -1)).toLowerCase());
}

/** Whether a walk's end, a room or a building, takes in this room. */
export function walkEndHolds(end: string, room: string): boolean {
  return isBuilding(end) ? buildingHolds(end, room) : end === room;
}

/** How closely a walk's end names a room: the length of the name or prefix, or -1 when it does not. */
function closeness(pattern: string, room: string): number {
  if (!walkEndHolds(pattern, room)) return -1;
  return isBuilding(pattern) ? pattern.length - 1 : Number.MAX_SAFE_INTEGER;
}

/** The minutes to walk from one room to another (the same either way), cached per pair. */
export function walkTimes(walks: Walk[]): (from: string, to: string) => number {
  // With no walk set, as for most conferences, every change of room is the same walk: nothing to look up.
  if (walks.length === 0) return (from, to) => (from === to ? 0 : DEFAULT_WALK);
  // Keyed room by room: a plan asks for thousands of walks, and joining two names into one key for each costs more than the lookups.
  const cache = new Map<string, Map<string, number>>();
  return (from, to) => {
    if (from === to) return 0;
    let fromHere = cache.get(from);
    if (fromHere === undefined) {
      fromHere = new Map();
      cache.set(from, fromHere);
    }
    const known = fromHere.get(to);
    if (known !== undefined) return known;
    let best = -1;
    let minutes = DEFAULT_WALK;
    for (const walk of walks) {
      for (const [a, b] of [
        [walk.from, walk.to],
        [walk.to, walk.from],
      ] as const) {
        const near = Math.min(closeness(a, from), closeness(b, to));
        if (near >= 0 && near > best) {
          best = near;
          minutes = walk.minutes;
        }
      }
    }
    fromHere.set(to, minutes);
    return minutes;
  };
}

/** The longest walk between two different rooms: the longest set, or DEFAULT_WALK. */
export function longestWalk(walks: Walk[]): number {
  return walks.reduce((longest, walk) => Math.max(longest, walk.minutes), DEFAULT_WALK);
}

/** The changes of room between one talk and the next, in time order, with less time than the walk. */
export function tightChanges(talks: Talk[], walk: (from: string, to: string) => number): TightChange[] {
  const sorted = [...talks].sort((a, b) => spanOf(a).start - spanOf(b).start || spanOf(a).end - spanOf(b).end);
  const found: TightChange[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1] as Talk;
    const talk = sorted[i] as Talk;
    const gap = Math.round((spanOf(talk).start - spanOf(previous).end) / 60_000);
    const minutes = walk(previous.room, talk.room);
    if (gap >= 0 && gap < minutes) found.push({ from: previous.id, to: talk.id, gap, walk: minutes });
  }
  return found;
}
