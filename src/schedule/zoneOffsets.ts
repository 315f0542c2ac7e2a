/**
 * Instants and a zone's offsets by plain arithmetic, from the zone's rules
 * (zoneRules.ts) rather than a time-zone library per time: reading a
 * schedule of 1,500 talks asks for thousands of them.
 */
import type { Conference, ZoneRules } from './types.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The conference's zone rules, when they are its zone's (a store edited by hand may have changed the zone). */
export function rulesOf(conference: Conference): ZoneRules | undefined {
  const rules = conference.zoneRules;
  return rules?.zone === conference.timezone ? rules : undefined;
}

/**
 * Whether the rules know the offset at an instant, or of a wall-clock time
 * (`Date.UTC` of its fields): within their year, a day inside either end.
 */
export function rulesCover(rules: ZoneRules, ms: number): boolean {
  return ms >= Date.UTC(rules.year, 0, 1) + DAY && ms < Date.UTC(rules.year + 1, 0, 1) - DAY;
}

/** The zone's offset (minutes east of UTC) at an instant. Past the rules' year, the year's last offset holds. */
export function offsetAt(rules: ZoneRules, ms: number): number {
  let offset = rules.base.offset;
  for (const transition of rules.transitions) {
    if (ms < transition.at) break;
    offset = transition.to;
  }
  return offset;
}

/** `2024-12-27T16:00:00+01:00` → epoch ms and the offset written; undefined unless it is an instant with an offset (or Z). */
export function readInstant(text: string): { ms: number; offset: number } | undefined {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})\s*$/i.exec(text);
  if (!match) return undefined;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  const zone = (match[7] as string).toUpperCase();
  const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(wall).getUTCDate() !== day) return undefined;
  return { ms: wall - offset * MINUTE, offset };
}

/**
 * The instant a wall-clock time (`Date.UTC` of its fields) names in the zone.
 * As calendars read it: a time the clock passes twice (02:30 when summer time
 * ends) is its first passing, and a time the clock skips (02:30 when summer
 * time starts) is read with the offset before the jump, so it falls an hour later.
 */
export function instantOfWallClock(rules: ZoneRules, wall: number): number {
  const offsets = new Set([rules.base.offset, ...rules.transitions.map((transition) => transition.to)]);
  const readings = [...offsets].map((offset) => wall - offset * MINUTE).filter((ms) => wall - ms === offsetAt(rules, ms) * MINUTE);
  if (readings.length > 0) return Math.min(...readings);
  const skipped = rules.transitions.find(
    (transition) => wall >= transition.at + transition.from * MINUTE && wall < transition.at + transition.to * MINUTE,
  );
  return wall - (skipped?.from ?? rules.base.offset) * MINUTE;
}

/** An instant as the store writes it: `2024-12-27T16:00:00+01:00`, at the zone's offset then. */
export function formatInstant(rules: ZoneRules, ms: number): string {
  const offset = offsetAt(rules, ms);
  const local = new Date(ms + offset * MINUTE).toISOString().slice(0, 19);
  return `${local}${offsetText(offset)}`;
}

/** A fixed offset as a zone: `Etc/GMT-1` for +01:00 (the tz database's signs are reversed); UTC for an offset of part hours. */
export function fixedZone(offset: number): string {
  if (offset === 0) return 'UTC';
  if (offset % 60 !== 0) return 'UTC';
  const hours = offset / 60;
  return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}

/** An offset in minutes east of UTC as ISO 8601 writes it: `+01:00`, `-04:00`. */
export function offsetText(offset: number): string {
  const absolute = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}
