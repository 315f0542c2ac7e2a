import type { Command } from 'commander';
import { findRooms, findTrack } from '../schedule/query.js';
import type { Store } from '../schedule/types.js';
import { renderTalkLines } from '../render/talkList.js';
import { loadStyle } from '../render/style.js';
import { weekdayOf } from '../schedule/time.js';
import { openItinerary } from '../itinerary.js';
import { conferenceToday, currentMoment } from '../session/moments.js';
import { openStore } from '../session/store.js';
import { resolveDay } from '../session/filters.js';
import { timeViewFor } from '../session/zones.js';
import { examples } from './help.js';
import { itineraryOption } from './itineraryOption.js';
import { listedTalks, writeListing } from './output.js';
import { roomOption, trackOption } from './options.js';
import type { Run } from '../run.js';
import { talksOn } from '../schedule/talkColumns.js';
import { talksRunningInto } from '../schedule/daySummaries.js';

export interface TimetableOptions {
  day?: string | undefined;
  room?: string | undefined;
  track?: string | undefined;
  itinerary: string;
  compact?: boolean | undefined;
  /** From the current slot on: `today` on a conference day, unless --whole-day. */
  fromNow?: boolean | undefined;
}

export function registerTimetable(program: Command, run: () => Run): void {
  itineraryOption(
    trackOption(
      roomOption(
        program
          .command('timetable')
          .description('a day as a grid: a row per start time, a column per room; your talks marked ★')
          .argument('[day]', 'friday, fri, 2019-05-03, today or tomorrow (default: today during the conference, else its first day)'),
      ),
    ),
  )
    .option('--compact', 'one line per row, so a day fits one screen')
    .addHelpText(
      'after',
      examples([
        'pycon timetable friday',
        'pycon timetable saturday --compact',
        'pycon timetable sat --room "ballroom c"',
        'pycon timetable sunday --tz Europe/Berlin',
        'pycon timetable friday --json',
      ]),
    )
    .action((day: string | undefined, options: Omit<TimetableOptions, 'day'>) => runTimetable({ ...options, day }, run()));
}

export async function runTimetable(options: TimetableOptions, ctx: Run): Promise<void> {
  const store = openStore(ctx);
  const date = options.day === undefined ? await defaultDay(ctx, store) : await resolveDay(ctx, store, options.day);
  await showTimetable(ctx, store, date, options);
}

/** Today during the conference, else its first day. */
async function defaultDay(ctx: Run, store: Store): Promise<string> {
  const today = conferenceToday(store, await currentMoment(ctx, store));
  return store.conference.days.includes(today) ? today : (store.conference.days[0] ?? today);
}

/**
 * From this many talks a grid's wrapping runs hot enough for V8 to optimize
 * it, which costs more than it saves before the run ends (Ctx.skipOptimizingCompiler):
 * skipping it took 22 ms off a grid of 765 talks on a terminal and 6 ms off
 * one of 153, while on PyCon's 40 a day it saves nothing, and asking Node
 * for it costs 0.2 ms. On a conference of 500 talks or more it is skipped
 * once the store is open (session/store.ts); this is for a smaller one's busy day.
 */
const HOT_GRID_TALKS = 150;

export async function showTimetable(ctx: Run, store: Store, date: string, options: Omit<TimetableOptions, 'day'>): Promise<void> {
  const track = options.track === undefined ? undefined : findTrack(store.talks, options.track);
  const roomsAsked = options.room === undefined ? store.rooms : findRooms(store.rooms, options.room);
  const asked = new Set(roomsAsked);
  // Talks of earlier days that are still on take their rooms in this day's grid too.
  const talks = [...talksRunningInto(store, date), ...talksOn(store.talks, date)].filter(
    (talk) => asked.has(talk.room) && (track === undefined || talk.track === track),
  );
  const itinerary = openItinerary(ctx, store, options.itinerary);
  const mine = new Set(itinerary.talks.map((talk) => talk.id));
  // A track's grid shows only the rooms it uses that day.
  const rooms = track === undefined ? roomsAsked : roomsAsked.filter((room) => talks.some((talk) => talk.room === room));
  await writeListing(ctx, {
    json: () => ({ date, day: weekdayOf(date), rooms, talks: listedTalks(store, itinerary, talks) }),
    pipe: () => renderTalkLines(talks),
    people: async () => {
      if (talks.length >= HOT_GRID_TALKS) ctx.skipOptimizingCompiler();
      const moment = await currentMoment(ctx, store);
      const [{ renderTimetable }, view, style] = await Promise.all([
        import('../render/timetable.js'),
        timeViewFor(ctx, store),
        loadStyle(ctx.color),
      ]);
      const { compact, fromNow } = options;
      const allRooms = options.room === undefined && track === undefined;
      return renderTimetable(date, rooms, talks, { view, style, width: ctx.columns, mine, now: moment, compact, fromNow, allRooms });
    },
  });
}
