/**
 * Reading a moment people type for `--now` and `--at`: ISO 8601 (`2019-05-04T14:40-04:00`),
 * `2019-05-04 14:40`, `sat 14:40`, `saturday 2:40pm`. Without an offset it is
 * a time on the conference's clock, which the caller turns into an instant
 * (by the conference's zone rules, or the tz database: session/moments.ts).
 */
import { clockMinutes, weekdayIndex, weekdayIndexOf, weekdayOf } from './time.js';
import type { Conference } from './types.js';
import { offsetText } from './zoneOffsets.js';

/**
 * The forms a moment is read in, as examples at 14:40 on `date`, whose UTC
 * offset then is `offset` minutes: for PyCon's Saturday, `2019-05-04T14:40-04:00`,
 * `2019-05-04 14:40`, `sat 14:40`, `saturday 2:40pm`.
 */
export function momentForms(date: string, offset: number): string[] {
  const weekday = weekdayOf(date).toLowerCase();
  return [`${date}T14:40${offsetText(offset)}`, `${date} 14:40`, `${weekday.slice(0, 3)} 14:40`, `${weekday} 2:40pm`];
}

export const MOMENT_FORMS = momentForms('2019-05-04', -240);

/** An instant, when the text gives its offset; else a time on the conference's clock, as `Date.UTC` of its fields. */
export type MomentReading = { ms: number } | { wall: number };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:(?:T| +)(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)? *(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** What the text names, or undefined when it is none of the accepted forms. */
export function readMomentText(text: string, conference: Pick<Conference, 'days'>): MomentReading | undefined {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  if (iso) return isoReading(iso);

  const match = /^([a-z]+)\.?\s+(.+)$/i.exec(trimmed);
  if (!match) return undefined;
  const weekday = weekdayIndex(match[1] ?? '');
  const minutes = clockMinutes((match[2] ?? '').replace(/\s+/g, ''));
  const date = conference.days.find((day) => weekdayIndexOf(day) === weekday);
  if (weekday < 0 || minutes === undefined || date === undefined) return undefined;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { wall: Date.UTC(year, month - 1, day, 0, minutes) };
}

function isoReading(match: RegExpExecArray): MomentReading | undefined {
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(wall).getUTCDate() !== day) return undefined;
  const zone = match[7]?.toUpperCase();
  if (zone === undefined) return { wall };
  if (zone === 'Z') return { ms: wall };
  const digits = zone.slice(1).replace(':', '');
  const offset = (zone[0] === '-' ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
  return { ms: wall - offset * 60_000 };
}
