/**
 * A room that holds two talks at once (a schedule that books it twice, or
 * two tracks sharing it) in columns of its own: a grid's column shows one
 * talk at a time, so a talk that overlaps an earlier one in its room goes in
 * a second column beside the room's, `Hall (2)`, rather than under it unseen.
 */
import { spanOf } from '../schedule/time.js';
import type { Talk } from '../schedule/types.js';

export interface Lanes {
  /** The rooms as columns: a room that needs more is followed by `Hall (2)`, `Hall (3)`. */
  rooms: string[];
  /** The talks, those of a second column or later copied with that column as their room. */
  talks: Talk[];
  /** The rooms that needed more than one column. */
  split: string[];
  /** The room a column is of: itself, or `Hall` for `Hall (2)`. */
  roomOf(column: string): string;
}

/** The columns a day's talks need, each talk in the first of its room's that is free when it starts. */
export function laneRooms(rooms: string[], talks: Talk[]): Lanes {
  const lanesOf = new Map<string, number[]>(); // per room, when each of its columns is free again
  let laneOf: Map<Talk, number> | undefined;
  let lastStart = Number.NEGATIVE_INFINITY;
  for (const talk of talks) {
    const { start, end } = spanOf(talk);
    // A day's talks come in time order; should they not, they are put in it first.
    if (start < lastStart) return laneRooms(rooms, inTimeOrder(talks));
    lastStart = start;
    const lanes = lanesOf.get(talk.room);
    if (lanes === undefined) {
      lanesOf.set(talk.room, [end]);
      continue;
    }
    let lane = 0;
    while (lane < lanes.length && (lanes[lane] as number) > start) lane++;
    lanes[lane] = end;
    if (lane > 0) {
      laneOf ??= new Map();
      laneOf.set(talk, lane);
    }
  }
  if (laneOf === undefined) return { rooms, talks, split: [], roomOf: (column) => column };
  const lanes = laneOf;
  const column = (room: string, lane: number) => (lane === 0 ? room : `${room} (${lane + 1})`);
  const added = new Map<string, string>();
  for (const [room, ends] of lanesOf) for (let lane = 1; lane < ends.length; lane++) added.set(column(room, lane), room);
  return {
    rooms: rooms.flatMap((room) => Array.from({ length: lanesOf.get(room)?.length ?? 1 }, (_, lane) => column(room, lane))),
    talks: talks.map((talk) => {
      const lane = lanes.get(talk);
      return lane === undefined ? talk : { ...talk, room: column(talk.room, lane) };
    }),
    split: rooms.filter((room) => (lanesOf.get(room)?.length ?? 0) > 1),
    roomOf: (name) => added.get(name) ?? name,
  };
}

function inTimeOrder(talks: Talk[]): Talk[] {
  return [...talks].sort((a, b) => spanOf(a).start - spanOf(b).start);
}
