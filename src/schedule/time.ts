/**
 * Time, in one place: when a talk runs as numbers, when two talks overlap,
 * what weekday a date is, and reading dates, instants and clock times
 * strictly (`2019-02-30` is no date, whatever Date.parse makes of it).
 */
import type { Talk } from './types.js';

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** When a talk runs, as epoch milliseconds: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

const spans = new WeakMap<Talk, Span>();

/** A talk's span, parsed once per talk (loading a store parses every talk's as it checks it). */
export function spanOf(talk: Talk): Span {
  let span = spans.get(talk);
  if (!span) {
    span = { start: instantOf(talk.start), end: instantOf(talk.end) };
    spans.set(talk, span);
  }
  return span;
}

/**
 * Each timestamp parsed once: a big conference's talks share a few hundred
 * start and end times, and looking one up costs a fifth of parsing it.
 */
const instants = new Map<string, number>();
export function instantOf(iso: string): number {
  let instant = instants.get(iso);
  if (instant === undefined) {
    instant = Date.parse(iso);
    instants.set(iso, instant);
  }
  return instant;
}

/** Half-open spans: a talk ending at 14:00 and one starting at 14:00 do not overlap. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whole minutes two spans share, 0 when they do not overlap. */
export function overlapMinutes(a: Span, b: Span): number {
  return Math.max(0, minutesBetween(Math.max(a.start, b.start), Math.min(a.end, b.end)));
}

/** The minutes during which two or more of the spans run at once: for two, their overlap. */
export function minutesRunningTogether(spans: Span[]): number {
  const edges = spans.flatMap(({ start, end }): [number, number][] => [
    [start, 1],
    [end, -1],
  ]);
  edges.sort((a, b) => a[0] - b[0]);
  let running = 0;
  let since = 0;
  let together = 0;
  for (const [at, step] of edges) {
    if (running >= 2) together += at - since;
    running += step;
    since = at;
  }
  return minutesBetween(0, together);
}

export function runsAt(talk: Talk, at: number): boolean {
  const { start, end } = spanOf(talk);
  return start <= at && at < end;
}

/** Whole minutes from one instant to a later one. */
export function minutesBetween(from: number, to: number): number {
  return Math.round((to - from) / 60_000);
}

/** Talks in time order: by start, then by end. */
export function byTime(a: Talk, b: Talk): number {
  const [one, other] = [spanOf(a), spanOf(b)];
  return one.start - other.start || one.end - other.end;
}

/** The weekday (0 = Sunday) of an ISO date, by the calendar alone (no time-zone data). */
export function weekdayIndexOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** `2019-05-04` → `Saturday`. Asked for every time shown, of a handful of dates: each is worked out once. */
export function weekdayOf(date: string): string {
  let weekday = weekdays.get(date);
  if (weekday === undefined) {
    weekday = WEEKDAYS[weekdayIndexOf(date)] ?? '';
    weekdays.set(date, weekday);
  }
  return weekday;
}

const weekdays = new Map<string, string>();

export function addDays(date: string, days: number): string {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

/** The weekday index (0 = Sunday) of a full or three-letter English name, or -1. */
export function weekdayIndex(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return WEEKDAYS.findIndex((day) => {
    const name = day.toLowerCase();
    return lower === name || lower === name.slice(0, 3);
  });
}

/** Minutes after midnight for `10:50 a.m.`, `4 p.m.`, `noon`, `12 a.m.`, `14:35`; undefined if unreadable. */
export function clockMinutes(text: string): number | undefined {
  const lower = text.trim().toLowerCase();
  if (lower === 'noon') return 12 * 60;
  if (lower === 'midnight') return 0;
  const match = /^(\d{1,2})(?::(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?$/.exec(lower);
  if (!match) return undefined;
  const [, hourText = '', minuteText, meridiem] = match;
  let hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (minute > 59) return undefined;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  } else if (minuteText === undefined || hour > 23) {
    return undefined;
  }
  return hour * 60 + minute;
}

/** The minutes of the day's end: a talk that ends at midnight (or 12 a.m.) ends at 24:00, not 00:00. */
export const END_OF_DAY = 24 * 60;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `2019-05-03`, a day that exists (checked by arithmetic: a store has hundreds of dates to check at every start). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const length = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return length !== undefined && day >= 1 && day <= length;
}

/** `2019-05-04T12:10:00-04:00`: a date, a time and an offset (or Z). */
export function isIsoInstant(text: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/.exec(text);
  return match !== null && isIsoDate(match[1] as string);
}

/** The years a moment people type may fall in: a typo such as 20199 or 19 is refused rather than believed. */
export const MOMENT_YEARS = { first: 1900, last: 2100 };

export function inMomentYears(moment: number): boolean {
  const year = new Date(moment).getUTCFullYear();
  return year >= MOMENT_YEARS.first && year <= MOMENT_YEARS.last;
}
