/**
 * Drawing Friday's grid (40 talks in 5 rooms, 120 columns): pycon's own
 * renderer against cli-table3, which pycon was first specified with, word
 * wrapping its cells itself or given cells pycon has wrapped. Each table
 * is drawn once, in a fresh process, as a command draws it. Used by bench.mjs.
 */
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { renderTimetable } from '../../src/render/timetable.js';
import { plainStyle } from '../../src/render/style.js';
import { conferenceTimeView } from '../../src/render/times.js';
import { wrapText } from '../../src/render/wrap.js';
import type { Store } from '../../src/schedule/types.js';

type Table = { push(row: unknown[]): void; toString(): string };
type TableClass = new (options: object) => Table;

export function measureGrid(store: Store, which: 'pycon' | 'cli-table3 wordWrap' | 'cli-table3 pre-wrapped'): number {
  const rooms = store.rooms;
  const friday = store.talks.filter((talk) => talk.date === '2019-05-03');
  const view = conferenceTimeView(store.conference.timezone);
  const started = performance.now();
  if (which === 'pycon') {
    renderTimetable('2019-05-03', rooms, friday, { view, style: plainStyle, width: 120, mine: new Set(), now: undefined });
    return performance.now() - started;
  }
  // Resolved from the project (the benchmark runs with it as the working folder), not from the bundle's temporary home.
  const Table = createRequire(`${process.cwd()}/package.json`)('cli-table3') as TableClass;
  const widths = [7, ...rooms.map(() => 22)];
  const table = new Table({ head: ['', ...rooms], colWidths: widths, wordWrap: which === 'cli-table3 wordWrap' });
  for (const start of [...new Set(friday.map((talk) => talk.start))].sort()) {
    const cells = rooms.map((room) => {
      const talk = friday.find((candidate) => candidate.room === room && candidate.start === start);
      if (!talk) return '';
      const text = `${talk.title} until ${view.local(talk.end).time}`;
      return which === 'cli-table3 wordWrap' ? text : wrapText(text, 20).join('\n');
    });
    table.push([view.local(start).time, ...cells]);
  }
  table.toString();
  return performance.now() - started;
}
