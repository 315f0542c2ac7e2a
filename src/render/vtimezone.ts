/**
 * A VTIMEZONE component from a zone's rules for a year (see
 * schedule/zoneRules.ts): the offset the year starts with, from its first
 * moment, then the year's real transitions, as STANDARD and DAYLIGHT rules
 * that repeat yearly. Plain arithmetic on UTC dates, so no time-zone library
 * is loaded to export a calendar.
 *
 * RFC 5545 says nothing of a time before a VTIMEZONE's first onset, and
 * ical.js (Thunderbird's reader) takes it as UTC: without the year's
 * starting offset, a talk in February would be an hour out in Brussels.
 */
import type { ZoneRules } from '../schedule/types.js';
import { escapeText, zoneId } from './ics.js';

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export function renderVTimezone(zone: string, rules: ZoneRules): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zoneId(zone)}`];
  const { offset, name } = rules.base;
  const [first] = rules.transitions;
  // The year starts in daylight time where its first change puts the clocks back (south of the equator).
  const kind = first !== undefined && first.to < first.from ? 'DAYLIGHT' : 'STANDARD';
  lines.push(
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${formatOffset(offset)}`,
    `TZOFFSETTO:${formatOffset(offset)}`,
    // TEXT, like any name from a store: one edited by hand could hold a line break.
    `TZNAME:${escapeText(name)}`,
    // A zone that never changes its clocks has kept this offset as far back as any calendar asks.
    `DTSTART:${first === undefined ? '1970' : String(rules.year).padStart(4, '0')}0101T000000`,
    `END:${kind}`,
  );
  for (const transition of rules.transitions) {
    const kind = transition.to > transition.from ? 'DAYLIGHT' : 'STANDARD';
    /** The wall-clock time just before the change, read through UTC getters. */
    const local = new Date(transition.at + transition.from * 60_000);
    lines.push(
      `BEGIN:${kind}`,
      `TZOFFSETFROM:${formatOffset(transition.from)}`,
      `TZOFFSETTO:${formatOffset(transition.to)}`,
      `TZNAME:${escapeText(transition.name)}`,
      `DTSTART:${stamp(local)}`,
      `RRULE:FREQ=YEARLY;BYMONTH=${local.getUTCMonth() + 1};BYDAY=${weekdayOrdinal(local)}${BYDAY[local.getUTCDay()]}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** `2SU` for the second Sunday; `-1SU` for the last one of its month. */
function weekdayOrdinal(local: Date): string {
  const daysInMonth = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  const day = local.getUTCDate();
  return day + 7 > daysInMonth ? '-1' : String(Math.ceil(day / 7));
}

function stamp(local: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${local.getUTCFullYear()}${two(local.getUTCMonth() + 1)}${two(local.getUTCDate())}T${two(local.getUTCHours())}${two(local.getUTCMinutes())}${two(local.getUTCSeconds())}`;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}${String(absolute % 60).padStart(2, '0')}`;
}
