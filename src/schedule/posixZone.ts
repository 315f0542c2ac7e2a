/**
 * POSIX TZ strings (`CET-1CEST,M3.5.0,M10.5.0/3`), as RFC 8536 extends them
 * and as a TZif file ends with one (tzif.ts): a zone's standard time, and
 * its summer time with the yearly rules for when it starts and ends.
 */

const MINUTE = 60_000;

export interface LocalTime {
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

export interface PosixZone {
  standard: LocalTime;
  daylight?: { local: LocalTime; starts: YearlyChange; ends: YearlyChange };
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
export function posixChanges(zone: PosixZone, year: number): { at: number; local: LocalTime }[] {
  const { standard, daylight } = zone;
  if (!daylight) return [];
  return [
    { at: wallClockOf(daylight.starts, year) - standard.offset * MINUTE, local: daylight.local },
    { at: wallClockOf(daylight.ends, year) - daylight.local.offset * MINUTE, local: standard },
  ];
}

export function posixLocalTimeAt(zone: PosixZone, ms: number): LocalTime {
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
