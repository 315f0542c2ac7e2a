/** What a user typed for `<day>`, `--day`, `--room`, `--track` and `--speaker`, as conference dates, rooms and a TalkFilter. */
import type { Run } from '../run.js';
import { findDay, findRooms, findTrack, type TalkFilter } from '../schedule/query.js';
import type { Store } from '../schedule/types.js';
import { conferenceToday, currentMoment } from './moments.js';

/** A `<day>` argument as a conference date. */
export async function resolveDay(ctx: Run, store: Store, text: string): Promise<string> {
  const relative = /^\s*(today|tomorrow)\s*$/i.test(text);
  const today = relative ? conferenceToday(store, await currentMoment(ctx, store)) : '';
  return findDay(text, { days: store.conference.days, today: () => today });
}

export interface FilterFlags {
  day?: string | undefined;
  room?: string | undefined;
  track?: string | undefined;
  speaker?: string | undefined;
}

/** `--day`, `--room`, `--track` and `--speaker` as a TalkFilter. */
export async function resolveFilter(ctx: Run, store: Store, flags: FilterFlags): Promise<TalkFilter> {
  return {
    date: flags.day === undefined ? undefined : await resolveDay(ctx, store, flags.day),
    rooms: flags.room === undefined ? undefined : findRooms(store.rooms, flags.room),
    track: flags.track === undefined ? undefined : findTrack(store.talks, flags.track),
    speaker: flags.speaker,
  };
}
