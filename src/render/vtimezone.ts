/**
 * A VTIMEZONE for a zone, derived from the tz database through luxon: the
 * year's real transitions, as STANDARD and DAYLIGHT rules that repeat yearly.
 */
import { DateTime } from 'luxon';

const HOUR = 3_600_000;
/** Offsets are compared a week apart: no zone changes its offset twice in a week. */
const STEP = 7 * 24 * HOUR;

interface Transition {
  at: number;
  from: number;
  to: number;
}

export function renderVTimezone(zone: string, year: number): string[] {
  const transitions = findTransitions(zone, year);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  if (transitions.length === 0) {
    const offset = DateTime.fromObject({ year, month: 1, day: 1 }, { zone }).offset;
    lines.push(
      'BEGIN:STANDARD',
      `TZOFFSETFROM:${formatOffset(offset)}`,
      `TZOFFSETTO:${formatOffset(offset)}`,
      `TZNAME:${shortName(zone, Date.UTC(year, 0, 1))}`,
      'DTSTART:19700101T000000',
      'END:STANDARD',
    );
  }
  for (const transition of transitions) {
    const kind = transition.to > transition.from ? 'DAYLIGHT' : 'STANDARD';
    const local = DateTime.fromMillis(transition.at, { zone: 'UTC' }).plus({ minutes: transition.from });
    lines.push(
      `BEGIN:${kind}`,
      `TZOFFSETFROM:${formatOffset(transition.from)}`,
      `TZOFFSETTO:${formatOffset(transition.to)}`,
      `TZNAME:${shortName(zone, transition.at)}`,
      `DTSTART:${local.toFormat("yyyyMMdd'T'HHmmss")}`,
      `RRULE:FREQ=YEARLY;BYMONTH=${local.month};BYDAY=${weekdayOrdinal(local)}${['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][local.weekday - 1]}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** The instants in `year` where the zone's UTC offset changes, to the minute. */
function findTransitions(zone: string, year: number): Transition[] {
  const offsetAt = (ms: number) => DateTime.fromMillis(ms, { zone }).offset;
  const transitions: Transition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  for (let from = Date.UTC(year, 0, 1); from < end; from += STEP) {
    const to = Math.min(from + STEP, end);
    if (offsetAt(from) === offsetAt(to)) continue;
    let low = from;
    let high = to;
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetAt(middle) === offsetAt(low)) low = middle;
      else high = middle;
    }
    transitions.push({ at: high, from: offsetAt(low), to: offsetAt(high) });
  }
  return transitions;
}

/** `2SU` for the second Sunday; `-1SU` for the last one of its month. */
function weekdayOrdinal(local: DateTime): string {
  return local.day + 7 > (local.daysInMonth ?? 31) ? '-1' : String(Math.ceil(local.day / 7));
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}${String(absolute % 60).padStart(2, '0')}`;
}

function shortName(zone: string, at: number): string {
  return DateTime.fromMillis(at, { zone }).offsetNameShort ?? zone;
}
