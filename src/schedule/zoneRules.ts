/**
 * A zone's offsets over one year: what a VTIMEZONE needs. Worked out when a
 * store is made, so that exporting a calendar needs no time-zone library at
 * all. From the zone's TZif file when the machine has the tz database's
 * files (tzif.ts), else from ICU through luxon.
 */
import { luxon } from './luxon.js';
import { tzifZoneRules } from './tzif.js';
import type { TzData, ZoneRules } from './types.js';

const HOUR = 3_600_000;
/** Offsets are compared a week apart: no zone changes its offset twice in a week. */
const STEP = 7 * 24 * HOUR;

export function zoneRules(zone: string, year: number, tzdata?: TzData): ZoneRules {
  const bytes = tzdata?.(zone);
  return (bytes && tzifZoneRules(bytes, zone, year)) ?? icuZoneRules(zone, year);
}

/** The IANA name as the tz database knows it, or undefined when it knows no such zone. */
export function knownZone(name: string, tzdata?: TzData): string | undefined {
  if (name === '' || !/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(name)) return undefined;
  const bytes = tzdata?.(name);
  if (bytes && tzifZoneRules(bytes, name, 2000)) return name;
  const zone = luxon().now().setZone(name);
  return zone.isValid ? (zone.zoneName ?? name) : undefined;
}

function icuZoneRules(zone: string, year: number): ZoneRules {
  const start = Date.UTC(year, 0, 1);
  return { zone, year, base: { offset: offsetAt(zone, start), name: shortName(zone, start) }, transitions: findTransitions(zone, year) };
}

function offsetAt(zone: string, ms: number): number {
  return luxon().fromMillis(ms, { zone }).offset;
}

/**
 * The zone's short name in US English (`EST`, `GMT+1`): in the machine's own
 * locale it would be `MEZ` on one and `GMT+1` on another, and two machines
 * importing one schedule would write different stores and calendars.
 */
function shortName(zone: string, ms: number): string {
  return luxon().fromMillis(ms, { zone, locale: 'en-US' }).offsetNameShort ?? zone;
}

/** The instants in `year` where the zone's UTC offset changes, to the minute. */
function findTransitions(zone: string, year: number): ZoneRules['transitions'] {
  const transitions: ZoneRules['transitions'] = [];
  const end = Date.UTC(year + 1, 0, 1);
  for (let from = Date.UTC(year, 0, 1); from < end; from += STEP) {
    const to = Math.min(from + STEP, end);
    if (offsetAt(zone, from) === offsetAt(zone, to)) continue;
    let low = from;
    let high = to;
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetAt(zone, middle) === offsetAt(zone, low)) low = middle;
      else high = middle;
    }
    transitions.push({ at: high, from: offsetAt(zone, low), to: offsetAt(zone, high), name: shortName(zone, high) });
  }
  return transitions;
}
