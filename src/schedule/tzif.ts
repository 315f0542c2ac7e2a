/**
 * A zone's rules read from the tz database's compiled files (TZif, RFC 8536),
 * as /usr/share/zoneinfo holds them: the same rules ICU has, without the
 * 20–30 ms ICU takes to start, and the tz database's own short names (CET,
 * CEST). A file's transitions end with the last change of rules; the POSIX
 * TZ string at its end (`CET-1CEST,M3.5.0,M10.5.0/3`) gives the later ones.
 */
import type { ZoneRules } from './types.js';

interface LocalTime {
  /** Minutes east of UTC. */
  offset: number;
  name: string;
}

/** One yearly change of a POSIX TZ string: which day, and the local time of day (seconds) it happens at. */
type YearlyDay =
  | { kind: 'julian'; day: number }
  | { kind: 'dayOfYear'; day: number }
  | { kind: 'weekday'; month: number; week: number; weekday: number };
type YearlyChange = YearlyDay & { time: number };

interface PosixZone {
  standard: LocalTime;
  daylight?: { local: LocalTime; starts: YearlyChange; ends: YearlyChange };
}

interface Tzif {
  /** Epoch ms of each transition, in order, and the local time each starts. */
  transitions: { at: number; local: LocalTime }[];
  /** The local time before the first transition. */
  first: LocalTime;
  /** For instants after the last transition. */
  later: PosixZone | undefined;
}

const MINUTE = 60_000;
const HEADER_BYTES = 44;

/** The zone's offsets over `year` from its TZif file; undefined when the bytes are not one pycon can read. */
export function tzifZoneRules(bytes: Uint8Array, zone: string, year: number): ZoneRules | undefined {
  const tzif = readTzif(bytes);
  if (!tzif) return undefined;
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const lastAt = tzif.transitions.at(-1)?.at ?? Number.NEGATIVE_INFINITY;
  const changes = tzif.transitions.map((transition) => transition.at);
  if (tzif.later)
    for (let y = year - 1; y <= year + 1; y++)
      changes.push(
        ...posixChanges(tzif.later, y)
          .map((change) => change.at)
          .filter((at) => at > lastAt),
      );
  const base = localTimeAt(tzif, start);
  const transitions: ZoneRules['transitions'] = [];
  for (const at of [...new Set(changes)].sort((a, b) => a - b)) {
    if (at <= start || at >= end) continue;
    const from = localTimeAt(tzif, at - 1).offset;
    const to = localTimeAt(tzif, at);
    if (from !== to.offset) transitions.push({ at, from, to: to.offset, name: to.name });
  }
  return { zone, year, base: { offset: base.offset, name: base.name }, transitions };
}

function localTimeAt(tzif: Tzif, ms: number): LocalTime {
  const { transitions, later } = tzif;
  const last = transitions.at(-1);
  if (later && (last === undefined || ms > last.at)) return posixLocalTimeAt(later, ms);
  let low = 0;
  let high = transitions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((transitions[middle] as Tzif['transitions'][number]).at <= ms) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? tzif.first : (transitions[low - 1] as Tzif['transitions'][number]).local;
}

/**
 * The header, then the version 1 data (32-bit times), then from version 2 on
 * the same again with 64-bit times, then the TZ string between newlines.
 * Files with leap seconds (the `right/` zones) count time differently and
 * are not read.
 */
function readTzif(bytes: Uint8Array): Tzif | undefined {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (String.fromCharCode(...bytes.subarray(0, 4)) !== 'TZif') return undefined;
    const version = bytes[4] ?? 0;
    let header = readCounts(view, 0);
    let at = HEADER_BYTES;
    let timeBytes = 4;
    if (version >= 0x32) {
      at += dataBytes(header, 4);
      header = readCounts(view, at);
      at += HEADER_BYTES;
      timeBytes = 8;
    }
    const { timeCount, typeCount, charCount, leapCount } = header;
    if (leapCount > 0 || typeCount === 0) return undefined;
    const typesAt = at + timeCount * timeBytes;
    const localsAt = typesAt + timeCount;
    const namesAt = localsAt + typeCount * 6;
    const names = bytes.subarray(namesAt, namesAt + charCount);
    const locals: LocalTime[] = [];
    for (let i = 0; i < typeCount; i++) {
      const seconds = view.getInt32(localsAt + i * 6);
      const nameAt = view.getUint8(localsAt + i * 6 + 5);
      const nameEnd = names.indexOf(0, nameAt);
      locals.push({
        offset: Math.round(seconds / 60),
        name: String.fromCharCode(...names.subarray(nameAt, nameEnd === -1 ? undefined : nameEnd)),
      });
    }
    const transitions: Tzif['transitions'] = [];
    for (let i = 0; i < timeCount; i++) {
      const seconds = timeBytes === 8 ? Number(view.getBigInt64(at + i * 8)) : view.getInt32(at + i * 4);
      const local = locals[view.getUint8(typesAt + i)];
      if (local === undefined) return undefined;
      transitions.push({ at: seconds * 1000, local });
    }
    let later: PosixZone | undefined;
    if (version >= 0x32) {
      const footerAt = at + dataBytes(header, 8);
      const footerEnd = bytes.indexOf(0x0a, footerAt + 1);
      if (bytes[footerAt] !== 0x0a || footerEnd === -1) return undefined;
      const text = String.fromCharCode(...bytes.subarray(footerAt + 1, footerEnd));
      if (text !== '') {
        later = readPosixZone(text);
        if (!later) return undefined;
      }
    }
    return { transitions, first: locals[0] as LocalTime, later };
  } catch {
    // A count that runs past the end of the file.
    return undefined;
  }
}

interface Counts {
  utcCount: number;
  standardCount: number;
  leapCount: number;
  timeCount: number;
  typeCount: number;
  charCount: number;
}

function readCounts(view: DataView, at: number): Counts {
  const count = (index: number) => view.getUint32(at + 20 + index * 4);
  return {
    utcCount: count(0),
    standardCount: count(1),
    leapCount: count(2),
    timeCount: count(3),
    typeCount: count(4),
    charCount: count(5),
  };
}

function dataBytes(counts: Counts, timeBytes: number): number {
  return (
    counts.timeCount * (timeBytes + 1) +
    counts.typeCount * 6 +
    counts.charCount +
    counts.leapCount * (timeBytes + 4) +
    counts.standardCount +
    counts.utcCount
  );
}

/**
 * `std offset [dst [offset] [,start[/time],end[/time]]]`, as POSIX and RFC
 * 8536 write it. Offsets are west of UTC (`CET-1` is an hour east).
 */
export function readPosixZone(text: string): PosixZone | undefined {
  const reader = { text, at: 0 };
  const standardName = readName(reader);
  const standardOffset = readClock(reader, 24);
  if (standardName === undefined || standardOffset === undefined) return undefined;
  const standard = { name: standardName, offset: -standardOffset / 60 };
  if (reader.at === text.length) return { standard };
  const daylightName = readName(reader);
  if (daylightName === undefined) return undefined;
  const ownOffset = text[reader.at] === ',' ? undefined : readClock(reader, 24);
  const local = { name: daylightName, offset: ownOffset === undefined ? standard.offset + 60 : -ownOffset / 60 };
  // Without rules POSIX leaves the dates to the system; the tz database always writes them.
  if (text[reader.at++] !== ',') return undefined;
  const starts = readYearlyChange(reader);
  if (text[reader.at++] !== ',') return undefined;
  const ends = readYearlyChange(reader);
  if (!starts || !ends || reader.at !== text.length) return undefined;
  return { standard, daylight: { local, starts, ends } };
}

interface Reader {
  text: string;
  at: number;
}

function readName(reader: Reader): string | undefined {
  const match = /^(?:<([A-Za-z0-9+-]{3,})>|([A-Za-z]{3,}))/.exec(reader.text.slice(reader.at));
  if (!match) return undefined;
  reader.at += match[0].length;
  return match[1] ?? match[2];
}

/** `[+-]hh[:mm[:ss]]` → seconds; hours up to `maxHours`. */
function readClock(reader: Reader, maxHours: number): number | undefined {
  const match = /^([+-]?)(\d{1,3})(?::(\d{2}))?(?::(\d{2}))?/.exec(reader.text.slice(reader.at));
  if (!match) return undefined;
  const [hours, minutes, seconds] = [Number(match[2]), Number(match[3] ?? 0), Number(match[4] ?? 0)];
  if (hours > maxHours || minutes > 59 || seconds > 59) return undefined;
  reader.at += match[0].length;
  return (match[1] === '-' ? -1 : 1) * (hours * 3600 + minutes * 60 + seconds);
}

/** `Jn`, `n` or `Mm.w.d`, then `/time` (02:00 when not written; RFC 8536 allows -167 to 167 hours). */
function readYearlyChange(reader: Reader): YearlyChange | undefined {
  const rest = reader.text.slice(reader.at);
  const weekday = /^M(\d{1,2})\.(\d)\.(\d)/.exec(rest);
  const julian = /^J(\d{1,3})/.exec(rest);
  const dayOfYear = /^(\d{1,3})/.exec(rest);
  let day: YearlyDay;
  if (weekday) {
    const [month, week, weekdayNumber] = [Number(weekday[1]), Number(weekday[2]), Number(weekday[3])];
    if (month < 1 || month > 12 || week < 1 || week > 5 || weekdayNumber > 6) return undefined;
    day = { kind: 'weekday', month, week, weekday: weekdayNumber };
    reader.at += weekday[0].length;
  } else if (julian) {
    const number = Number(julian[1]);
    if (number < 1 || number > 365) return undefined;
    day = { kind: 'julian', day: number };
    reader.at += julian[0].length;
  } else if (dayOfYear) {
    const number = Number(dayOfYear[1]);
    if (number > 365) return undefined;
    day = { kind: 'dayOfYear', day: number };
    reader.at += dayOfYear[0].length;
  } else return undefined;
  let time = 2 * 3600;
  if (reader.text[reader.at] === '/') {
    reader.at++;
    const written = readClock(reader, 167);
    if (written === undefined) return undefined;
    time = written;
  }
  return { ...day, time };
}

/** The year's two changes of a POSIX zone with daylight saving, as instants. */
function posixChanges(zone: PosixZone, year: number): { at: number; local: LocalTime }[] {
  const { standard, daylight } = zone;
  if (!daylight) return [];
  return [
    { at: wallClockOf(daylight.starts, year) - standard.offset * MINUTE, local: daylight.local },
    { at: wallClockOf(daylight.ends, year) - daylight.local.offset * MINUTE, local: standard },
  ];
}

function posixLocalTimeAt(zone: PosixZone, ms: number): LocalTime {
  if (!zone.daylight) return zone.standard;
  const year = new Date(ms).getUTCFullYear();
  const changes = [year - 1, year, year + 1].flatMap((y) => posixChanges(zone, y)).sort((a, b) => a.at - b.at);
  let local = zone.standard;
  for (const change of changes) {
    if (change.at > ms) break;
    local = change.local;
  }
  return local;
}

/** The `Date.UTC` of the local clock time a yearly change happens at, in `year`. */
function wallClockOf(change: YearlyChange, year: number): number {
  const time = change.time * 1000;
  if (change.kind === 'dayOfYear') return Date.UTC(year, 0, 1 + change.day) + time;
  if (change.kind === 'julian') {
    const leap = new Date(Date.UTC(year, 1, 29)).getUTCDate() === 29;
    return Date.UTC(year, 0, change.day + (leap && change.day >= 60 ? 1 : 0)) + time;
  }
  const firstWeekday = new Date(Date.UTC(year, change.month - 1, 1)).getUTCDay();
  let day = 1 + ((change.weekday - firstWeekday + 7) % 7) + (change.week - 1) * 7;
  const monthDays = new Date(Date.UTC(year, change.month, 0)).getUTCDate();
  while (day > monthDays) day -= 7;
  return Date.UTC(year, change.month - 1, day) + time;
}
