/**
 * A VTIMEZONE component from a zone's rules for a year (see
 * schedule/zoneRules.ts): the year's real transitions, as STANDARD and
 * DAYLIGHT rules that repeat yearly. Plain arithmetic on UTC dates, so no
 * time-zone library is loaded to export a calendar.
 *
 * Every time in the year must come after an onset: RFC 5545 says nothing of
 * a time before a VTIMEZONE's first one, and ical.js (Thunderbird's reader)
 * takes it as UTC, which would put a talk in February an hour out in
 * Brussels. So each rule starts in the year before, as Google Calendar's
 * and Apple's exports start theirs in the past. Where the year's changes do
 * not bring the clocks back to where they started (a zone that dropped or
 * took up daylight saving that year), the rules start in the year itself,
 * after an observance that holds the year's first offset from 1 January.
 */
import type { ZoneRules } from '../schedule/types.js';
import { escapeText, zoneId } from './ics.js';

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export function renderVTimezone(zone: string, rules: ZoneRules): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zoneId(zone)}`];
  const { transitions, base } = rules;
  const last = transitions.at(-1);
  const yearly = last !== undefined && last.to === base.offset;
  if (!yearly) {
    const [first] = transitions;
    // The year starts in daylight time where its first change puts the clocks back (south of the equator).
    const kind = first !== undefined && first.to < first.from ? 'DAYLIGHT' : 'STANDARD';
    // A zone that never changes its clocks has kept its offset as far back as any calendar asks.
    const since = first === undefined ? 1970 : rules.year;
    lines.push(...observance(kind, base.offset, base.offset, base.name, `${fourDigits(since)}0101T000000`));
  }
  for (const transition of transitions) {
    /** The wall-clock time just before the change, read through UTC getters. */
    const local = new Date(transition.at + transition.from * 60_000);
    const month = local.getUTCMonth();
    const ordinal = weekdayOrdinal(local);
    const weekday = local.getUTCDay();
    const onset = yearly ? sameWeekdayIn(local.getUTCFullYear() - 1, month, ordinal, weekday, local) : local;
    lines.push(
      ...observance(
        transition.to > transition.from ? 'DAYLIGHT' : 'STANDARD',
        transition.from,
        transition.to,
        transition.name,
        stamp(onset),
        `RRULE:FREQ=YEARLY;BYMONTH=${month + 1};BYDAY=${ordinal}${BYDAY[weekday]}`,
      ),
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/**
 * Whether the zone's wall clock shows the time of `iso` (an ISO 8601 time
 * with the offset it was at) twice in the rules' year: in the span the
 * clocks go back over, an hour in most zones.
 */
export function shownTwice(rules: ZoneRules): (iso: string) => boolean {
  const repeated = rules.transitions
    .filter((transition) => transition.to < transition.from)
    .map((transition) => ({ from: transition.at + transition.to * 60_000, to: transition.at + transition.from * 60_000 }));
  return (iso) => {
    /** The wall-clock time, as milliseconds read through UTC getters. */
    const wall = Date.parse(`${iso.slice(0, 19)}Z`);
    return repeated.some((window) => wall >= window.from && wall < window.to);
  };
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', from: number, to: number, name: string, start: string, ...rule: string[]): string[] {
  return [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
    // TEXT, like any name from a store: one edited by hand could hold a line break.
    `TZNAME:${escapeText(name)}`,
    `DTSTART:${start}`,
    ...rule,
    `END:${kind}`,
  ];
}

/** The day of `year` that a yearly rule's `BYMONTH` and `BYDAY` give, at the wall-clock time of `time`. */
function sameWeekdayIn(year: number, month: number, ordinal: string, weekday: number, time: Date): Date {
  const at = (day: number) => new Date(Date.UTC(year, month, day, time.getUTCHours(), time.getUTCMinutes(), time.getUTCSeconds()));
  if (ordinal === '-1') {
    const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return at(lastDay - ((at(lastDay).getUTCDay() - weekday + 7) % 7));
  }
  return at(1 + ((weekday - at(1).getUTCDay() + 7) % 7) + 7 * (Number(ordinal) - 1));
}

/** `2SU` for the second Sunday; `-1SU` for the last one of its month. */
function weekdayOrdinal(local: Date): string {
  const daysInMonth = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  const day = local.getUTCDate();
  return day + 7 > daysInMonth ? '-1' : String(Math.ceil(day / 7));
}

function stamp(local: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${fourDigits(local.getUTCFullYear())}${two(local.getUTCMonth() + 1)}${two(local.getUTCDate())}T${two(local.getUTCHours())}${two(local.getUTCMinutes())}${two(local.getUTCSeconds())}`;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}${String(absolute % 60).padStart(2, '0')}`;
}

function fourDigits(year: number): string {
  return String(year).padStart(4, '0');
}
