/**
 * Each conference day in brief: how many talks it has, when the first
 * starts and when the last ends. What `pycon days` lists. A store's outline
 * saves them when the store is made (store/storeOutline.ts), so that
 * listing the days reads no talk.
 */
import { isCount, isListFor } from './savedLists.js';
import { instantOf, isIsoInstant, spanOf } from './time.js';
import type { Store, Talk } from './types.js';
import { talksOn } from './talkColumns.js';

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

const saved = new WeakMap<Talk[], unknown>();

/** What a store saved as its days' summaries, for its talks: checked when first used. */
export function rememberDaySummaries(talks: Talk[], summaries: unknown): void {
  saved.set(talks, summaries);
}

/** A store's days in brief: as saved with it when that fits its days, else worked out from its talks. */
export function daySummaries(store: Store): DaySummary[] {
  const summaries = saved.get(store.talks);
  return areDaySummaries(summaries, store.conference.days) ? summaries : summarizeDays(store.conference.days, store.talks);
}

/** Whether `value` is the summaries of exactly these days, as summarizeDays makes them. */
function areDaySummaries(value: unknown, days: string[]): value is DaySummary[] {
  return isListFor(value, days, 'date', ({ talks, firstStart, lastEnd }) =>
    talks === 0
      ? firstStart === null && lastEnd === null
      : isCount(talks) &&
        typeof firstStart === 'string' &&
        isIsoInstant(firstStart) &&
        typeof lastEnd === 'string' &&
        isIsoInstant(lastEnd),
  );
}

/**
 * The talks of earlier days still on when a day's first talk starts: a
 * hackathon from Saturday 10:00 to Monday 02:00, or a night's hacking that
 * runs into the morning. The schedule lists each under the day it starts
 * on; a day's grid shows them too, as its rooms are taken. Only an earlier
 * day whose last talk ends after that start has its talks read.
 */
export function talksRunningInto(store: Store, date: string): Talk[] {
  const dayStarts = firstStartOf(store, date);
  if (dayStarts === undefined) return [];
  return daySummaries(store)
    .filter((day) => day.date < date && day.lastEnd !== null && instantOf(day.lastEnd) > dayStarts)
    .flatMap((day) => talksOn(store.talks, day.date).filter((talk) => spanOf(talk).end > dayStarts));
}

/** When a day's first talk starts, in ms; undefined for a day without talks, or not the conference's. */
export function firstStartOf(store: Store, date: string): number | undefined {
  const firstStart = daySummaries(store).find((day) => day.date === date)?.firstStart;
  return firstStart === undefined || firstStart === null ? undefined : instantOf(firstStart);
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
