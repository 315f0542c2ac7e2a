import type { Command } from 'commander';
import { formatDateRange, formatLongDate } from '../render/times.js';
import { weekdayOf } from '../schedule/time.js';
import { conferenceDate, currentMoment } from '../session/moments.js';
import { openStore } from '../session/store.js';
import { examples } from './help.js';
import { itineraryOption } from './itineraryOption.js';
import { writeJson } from './output.js';
import { showTimetable } from './timetable.js';
import { roomOption, trackOption } from './options.js';
import type { Run } from '../run.js';

export function registerToday(program: Command, run: () => Run): void {
  itineraryOption(trackOption(roomOption(program.command('today').description("today's timetable; outside the conference, when it is"))))
    .addHelpText('after', examples(['pycon today', 'pycon today --now "sat 14:40"', 'pycon today --room 26']))
    .action((options: { room?: string; itinerary: string }) => runToday(options, run()));
}

export async function runToday(options: { room?: string; itinerary: string }, ctx: Run): Promise<void> {
  const store = openStore(ctx);
  const { conference } = store;
  const today = conferenceDate(store, await currentMoment(ctx, store));
  if (conference.days.includes(today)) return showTimetable(ctx, store, today, options);
  if (ctx.json) return writeJson(ctx, { date: today, day: weekdayOf(today), rooms: store.rooms, talks: [] });
  const first = conference.days[0] ?? today;
  const tense = today < first ? 'runs' : 'ran';
  const where = conference.location ? ` in ${conference.location}` : '';
  ctx.stdout.write(
    `${conference.title} ${tense} ${formatDateRange(conference.days)}${where}, and today is ${formatLongDate(today)}; see a day with "pycon timetable ${weekdayOf(first).toLowerCase()}".\n`,
  );
}
