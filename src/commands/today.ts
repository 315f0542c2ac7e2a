import type { Command } from 'commander';
import { formatDateRange, formatLongDate } from '../render/times.js';
import { weekdayOf } from '../schedule/time.js';
import { conferenceToday, currentMoment } from '../session/moments.js';
import { openStore } from '../session/store.js';
import { examples } from './help.js';
import { itineraryOption } from './itineraryOption.js';
import { writeJson } from './output.js';
import { showTimetable } from './timetable.js';
import { roomOption, trackOption } from './options.js';
import type { Run } from '../run.js';
import { tell } from '../tell.js';

export function registerToday(program: Command, run: () => Run): void {
  itineraryOption(
    trackOption(
      roomOption(
        program.command('today').description("today's timetable from the talks on now (on a terminal); outside the conference, when it is"),
      ),
    ),
  )
    .option('--compact', 'one line per row, so the day fits one screen')
    .option('--whole-day', "from the day's first talk, not from the talks on now")
    .addHelpText('after', examples(['pycon today', 'pycon today --compact', 'pycon today --now "sat 14:40"', 'pycon today --room 26']))
    .action((options: TodayOptions) => runToday(options, run()));
}

export interface TodayOptions {
  room?: string;
  track?: string;
  itinerary: string;
  compact?: boolean;
  wholeDay?: boolean;
}

export async function runToday(options: TodayOptions, ctx: Run): Promise<void> {
  const store = openStore(ctx);
  const { conference } = store;
  const today = conferenceToday(store, await currentMoment(ctx, store));
  // The grid for people starts at the talks on now; --json and pipes get the whole day.
  if (conference.days.includes(today)) return showTimetable(ctx, store, today, { ...options, fromNow: options.wholeDay !== true });
  if (ctx.json) return writeJson(ctx, { date: today, day: weekdayOf(today), rooms: store.rooms, talks: [] });
  const first = conference.days[0] ?? today;
  const tense = today < first ? 'runs' : 'ran';
  const where = conference.location ? ` in ${conference.location}` : '';
  tell(
    ctx,
    'stdout',
    `${conference.title} ${tense} ${formatDateRange(conference.days)}${where}, and today is ${formatLongDate(today)}; see a day with "pycon timetable ${weekdayOf(first).toLowerCase()}".`,
  );
}
