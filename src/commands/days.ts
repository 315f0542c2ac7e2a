import type { Command } from 'commander';
import { spanOf, weekdayOf } from '../schedule/time.js';
import type { Talk } from '../schedule/types.js';
import { openStore } from '../session/store.js';
import { timeViewFor } from '../session/zones.js';
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
  const days = store.conference.days.map((date) => {
    const talks = store.talks.filter((talk) => talk.date === date);
    return {
      date,
      day: weekdayOf(date),
      talks: talks.length,
      firstStart: earliest(talks)?.start ?? null,
      lastEnd: latest(talks)?.end ?? null,
    };
  });
  const view = await timeViewFor(ctx, store);
  const time = (iso: string | null) => (iso === null ? '–' : view.local(iso).time);
  writeTable(ctx, {
    json: days,
    header: ['Date', 'Day', 'Talks', 'First', 'Last'],
    rows: days.map((day) => [day.date, day.day, String(day.talks), time(day.firstStart), time(day.lastEnd)]),
    pipeRows: days.map((day) => [day.date, day.day, String(day.talks), day.firstStart ?? '', day.lastEnd ?? '']),
    rightAligned: [2],
  });
}

/** The talk that starts first (the first listed of those that start together). */
function earliest(talks: Talk[]): Talk | undefined {
  let first: Talk | undefined;
  for (const talk of talks) if (first === undefined || spanOf(talk).start < spanOf(first).start) first = talk;
  return first;
}

/** The talk that ends last (the first listed of those that end together). */
function latest(talks: Talk[]): Talk | undefined {
  let last: Talk | undefined;
  for (const talk of talks) if (last === undefined || spanOf(talk).end > spanOf(last).end) last = talk;
  return last;
}
