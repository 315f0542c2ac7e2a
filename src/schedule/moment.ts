/**
 * Reading a moment people type for `--now` and `--at`: ISO 8601 (`2019-05-04T14:40-04:00`),
 * `2019-05-04 14:40`, `sat 14:40`, `saturday 2:40pm`. Without an offset it is
 * the conference's local time.
 */
import { DateTime } from 'luxon';
import { clockMinutes, weekdayIndex, weekdayIndexOf } from './time.js';
import type { Conference } from './types.js';

export const MOMENT_FORMS = ['2019-05-04T14:40-04:00', '2019-05-04 14:40', 'sat 14:40', 'saturday 2:40pm'];

/** Epoch milliseconds, or undefined when the text is none of the accepted forms. */
export function parseMoment(text: string, conference: Conference): number | undefined {
  const trimmed = text.trim();
  const iso = DateTime.fromISO(trimmed.replace(/^(\d{4}-\d{2}-\d{2}) +/, '$1T'), { zone: conference.timezone });
  if (iso.isValid) return iso.toMillis();

  const match = /^([a-z]+)\.?\s+(.+)$/i.exec(trimmed);
  if (!match) return undefined;
  const weekday = weekdayIndex(match[1] ?? '');
  const minutes = clockMinutes((match[2] ?? '').replace(/\s+/g, ''));
  const date = conference.days.find((day) => weekdayIndexOf(day) === weekday);
  if (weekday < 0 || minutes === undefined || date === undefined) return undefined;
  return DateTime.fromISO(date, { zone: conference.timezone })
    .set({ hour: Math.floor(minutes / 60), minute: minutes % 60 })
    .toMillis();
}

/** An instant as ISO 8601 with the zone's offset: `2019-05-04T14:40:00-04:00`. */
export function isoInZone(moment: number, zone: string): string {
  return DateTime.fromMillis(moment, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
}
