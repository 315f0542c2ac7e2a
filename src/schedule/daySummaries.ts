/**
 * Each conference day in brief: how many talks it has, when the first
 * starts and when the last ends. What `pycon days` lists. A store's outline
 * saves them when the store is made (store/storeOutline.ts), so that
 * listing the days reads no talk.
 */
import { spanOf } from './time.js';
import type { Store, Talk } from './types.js';

export interface DaySummary {
  date: string;
  talks: number;
  /** The start of the talk that starts first (the first listed of those that start together); null on a day without talks. */
  firstStart: string | null;
  /** The end of the talk that ends last (the first listed of those that end together). */
  lastEnd: string | null;
}

/** The days' summaries, worked out from the talks. */
export function summarizeDays(days: string[], talks: Talk[]): DaySummary[] {
  return days.map((date) => {
    const own = talks.filter((talk) => talk.date === date);
    return { date, talks: own.length, firstStart: earliest(own)?.start ?? null, lastEnd: latest(own)?.end ?? null };
  });
}

const saved = new WeakMap<Talk[], DaySummary[]>();

/** The summaries saved with a store, for its talks. */
export function rememberDaySummaries(talks: Talk[], summaries: DaySummary[]): void {
  saved.set(talks, summaries);
}

/** A store's days in brief: as saved with it, else worked out from its talks. */
export function daySummaries(store: Store): DaySummary[] {
  return saved.get(store.talks) ?? summarizeDays(store.conference.days, store.talks);
}

/** Whether `value` is the summaries of exactly these days, as summarizeDays makes them. */
export function areDaySummaries(value: unknown, days: string[]): value is DaySummary[] {
  return (
    Array.isArray(value) &&
    value.length === days.length &&
    value.every(
      (summary, index) =>
        typeof summary === 'object' &&
        summary !== null &&
        summary.date === days[index] &&
        Number.isInteger(summary.talks) &&
        summary.talks >= 0 &&
        (summary.talks === 0
          ? summary.firstStart === null && summary.lastEnd === null
          : typeof summary.firstStart === 'string' && typeof summary.lastEnd === 'string'),
    )
  );
}

function earliest(talks: Talk[]): Talk | undefined {
  let first: Talk | undefined;
  for (const talk of talks) if (first === undefined || spanOf(talk).start < spanOf(first).start) first = talk;
  return first;
}

function latest(talks: Talk[]): Talk | undefined {
  let last: Talk | undefined;
  for (const talk of talks) if (last === undefined || spanOf(talk).end > spanOf(last).end) last = talk;
  return last;
}
