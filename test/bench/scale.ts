/**
 * The steps behind pycon's commands, timed in-process on schedules 1, 10 and
 * 100 times the size of PyCon 2019. Used by bench.mjs.
 */
import { performance } from 'node:perf_hooks';
import { diffTalks } from '../../src/schedule/changes.js';
import { findConflicts } from '../../src/schedule/conflicts.js';
import { parseSource } from '../../src/schedule/parse.js';
import { planTalks } from '../../src/schedule/plan.js';
import { scoreInterests } from '../../src/schedule/relevance.js';
import { searchTalks } from '../../src/schedule/search.js';
import { indexStore } from '../../src/schedule/searchIndex.js';
import type { Store } from '../../src/schedule/types.js';
import { renderTimetable } from '../../src/render/timetable.js';
import { plainStyle } from '../../src/render/style.js';
import { conferenceTimeView } from '../../src/render/times.js';
import { validateStore } from '../../src/store/validateStore.js';
import { multiplySource } from './generate.js';

/** Collects garbage between samples when node runs with --expose-gc, so one sample's garbage is not timed in the next. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function time(run: () => unknown): number {
  const samples: number[] = [];
  const started = performance.now();
  do {
    collect();
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  } while (samples.length < 3 || (performance.now() - started < 300 && samples.length < 50));
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1] as number;
}

export function measureScale(source: string, sizes: number[]) {
  return sizes.map((times) => {
    const text = multiplySource(source, times);
    const store = parseSource(text).store as Store;
    const json = JSON.stringify(store);
    const itinerary = store.talks.filter((_, i) => i % Math.max(1, Math.floor(store.talks.length / 50)) === 0).slice(0, 50);
    const friday = store.talks.filter((talk) => talk.date === '2019-05-03');
    // The next version: every tenth talk in another room, every twentieth retitled.
    const changed = store.talks.map((talk, i) =>
      i % 10 === 0 ? { ...talk, room: `${talk.room} (moved)` } : i % 20 === 5 ? { ...talk, title: `${talk.title}!` } : talk,
    );
    return {
      times,
      talks: store.talks.length,
      ms: {
        'parse source': time(() => parseSource(text)),
        'load store (JSON + check)': time(() => validateStore(JSON.parse(json), 'store.json')),
        'search asyncio': time(() => searchTalks(indexStore(store), 'asyncio')),
        'search asynco (typo)': time(() => searchTalks(indexStore(store), 'asynco')),
        'timetable friday (grid)': time(() =>
          renderTimetable(
            '2019-05-03',
            store.rooms.slice(0, 5),
            friday.filter((talk) => store.rooms.indexOf(talk.room) < 5),
            { view: conferenceTimeView(store.conference.timezone), style: plainStyle, width: 120, mine: new Set(), now: undefined },
          ),
        ),
        'conflicts of 50 talks': time(() => findConflicts(itinerary)),
        'plan asyncio testing': time(() => planTalks(scoreInterests(indexStore(store), ['asyncio', 'testing', 'security']), [])),
        'compare two versions': time(() => diffTalks(store.talks, changed)),
      },
    };
  });
}

/** Lines built to make backtracking regular expressions slow: a linear parser takes about 2× as long for 2× the line. */
export const HOSTILE_LINES: Record<string, (length: number) => string> = {
  'a line of [': (length) => '['.repeat(length),
  '[x]: [a  repeated': (length) => '[x]: [a '.repeat(length / 8),
  'a run of spaces': (length) => `a${' '.repeat(length)}b`,
  '( then spaces': (length) => `${'('.repeat(length / 2)}${' '.repeat(length / 2)}`,
  '&# then digits': (length) => `&#${'1'.repeat(length)}`,
};

/** A one-talk source whose description is `line`, so the line's cost is what is timed. */
export function oneTalkSource(line: string): string {
  return `A talk\n\nA Speaker\nFriday 10:50 a.m.–11:20 a.m. in Room 1\n\n${line}`;
}

/** Parse time of a one-talk source whose description is each hostile line, at 50 kB and 100 kB. */
export function measureHostileLines() {
  return Object.entries(HOSTILE_LINES).map(([name, line]) => {
    const [half, full] = [50_000, 100_000].map((length) => time(() => parseSource(oneTalkSource(line(length)))));
    return { name, half: half as number, full: full as number };
  });
}
