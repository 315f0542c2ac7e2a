import type { Command } from 'commander';
import { daySummaries } from '../schedule/daySummaries.js';
import { weekdayOf } from '../schedule/time.js';
import { openStore } from '../session/store.js';
import { timeViewFor } from '../session/zones.js';
import { timeOnDay } from '../render/times.js';
import { examples } from './help.js';
import { writeTable } from './output.js';
import type { Run } from '../run.js';

export function registerDays(program: Command, run: () => Run): void {
  program
    .command('days')
    .description("the conference's days: date, talk count, first start and last end")
    .addHelpText('after', examples(['pycon days', 'pycon days --json']))
    .action(() => runDays(run()));
}

export async function runDays(ctx: Run): Promise<void> {
  const store = openStore(ctx);
  const days = daySummaries(store).map(({ date, talks, firstStart, lastEnd }) => ({
    date,
    day: weekdayOf(date),
    talks,
    firstStart,
    lastEnd,
  }));
  const view = await timeViewFor(ctx, store);
  // A day's last talk may end after midnight (a film at FOSDEM), or, in another zone, start the day before: `Sat 02:00`.
  const time = (iso: string | null, date: string) => (iso === null ? '–' : timeOnDay(view.local(iso), date));
  writeTable(ctx, {
    json: days,
    header: ['Date', 'Day', 'Talks', 'First', 'Last'],
    rows: days.map((day) => [day.date, day.day, String(day.talks), time(day.firstStart, day.date), time(day.lastEnd, day.date)]),
    pipeRows: days.map((day) => [day.date, day.day, String(day.talks), day.firstStart ?? '', day.lastEnd ?? '']),
    rightAligned: [2],
    // On a narrow screen the weekday gives way, not the times.
    shrink: 1,
  });
}
