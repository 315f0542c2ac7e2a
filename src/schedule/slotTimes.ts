/**
 * Reading the slot lines of a talk list into times on the conference's days
 * in its zone, with a problem for each part that cannot be read.
 */
import { luxon } from './luxon.js';
import type { Line } from './source.js';
import { splitSlot } from './slot.js';
import { clockMinutes, END_OF_DAY, weekdayIndex, WEEKDAYS } from './time.js';
import { cleanText } from './text.js';
import type { Problem } from './types.js';

export interface Slot {
  day: string;
  date: string;
  start: string;
  end: string;
  room: string;
  startMs: number;
  endMs: number;
}

export function readSlot(line: Line, weekdays: string[], clock: ConferenceClock, problems: Problem[]): Slot | undefined {
  const problem = (column: number, message: string, hint: string) => problems.push({ line: line.number, column, message, hint });
  const parts = splitSlot(line.text);
  if (!parts) {
    problem(1, `unreadable slot line "${line.text}"`, 'write it as "Saturday 12:10 p.m.–12:55 p.m. in Grand Ballroom C"');
    return undefined;
  }
  const before = problems.length;
  const weekday = weekdayIndex(parts.weekday);
  if (weekday < 0) problem(parts.columns.weekday, `unknown weekday "${parts.weekday}"`, `expected ${orList(weekdays)}`);
  const startMinutes = clockMinutes(parts.start);
  const endClock = clockMinutes(parts.end);
  // `11:30 p.m.–midnight` ends at 24:00 of the same day, not at its start.
  const endMinutes = endClock === 0 && startMinutes !== 0 ? END_OF_DAY : endClock;
  const clockHint = 'write times as 10:50 a.m., 4 p.m. or noon';
  if (startMinutes === undefined) problem(parts.columns.start, `unreadable time "${parts.start}"`, clockHint);
  if (endMinutes === undefined) problem(parts.columns.end, `unreadable time "${parts.end}"`, clockHint);
  const room = parts.room ? cleanText(parts.room) : '';
  if (room === '') problem(parts.columns.room, 'the slot line has no room', 'end it with " in <room>", for example " in Grand Ballroom C"');
  if (startMinutes !== undefined && endMinutes !== undefined && endMinutes <= startMinutes) {
    problem(parts.columns.end, `the talk ends at ${parts.end}, not after it starts at ${parts.start}`, 'check the times on this line');
  }
  if (problems.length > before || startMinutes === undefined || endMinutes === undefined) return undefined;

  const day = (weekday - clock.firstWeekday + 7) % 7;
  const start = clock.at(day, startMinutes);
  const end = clock.at(day, endMinutes);
  return { day: WEEKDAYS[weekday] ?? '', date: start.date, start: start.iso, end: end.iso, room, startMs: start.ms, endMs: end.ms };
}

interface ZonedTime {
  date: string;
  iso: string;
  ms: number;
}

/** The conference's calendar: its first weekday, and wall-clock times on its days in its zone. */
export interface ConferenceClock {
  firstWeekday: number;
  at(day: number, minutes: number): ZonedTime;
}

export function conferenceClock(options: { firstDay: string; timezone: string }): ConferenceClock {
  const firstDay = luxon().fromISO(options.firstDay, { zone: options.timezone });
  // Asking the tz database is the parser's slowest step, and a conference has few distinct slot times.
  const times = new Map<string, ZonedTime>();
  return {
    firstWeekday: firstDay.weekday % 7,
    at(day, minutes) {
      const key = `${day} ${minutes}`;
      let time = times.get(key);
      if (!time) {
        const onDay = minutes % END_OF_DAY;
        const moment = firstDay
          .plus({ days: day + Math.floor(minutes / END_OF_DAY) })
          .set({ hour: Math.floor(onDay / 60), minute: onDay % 60 });
        time = { date: moment.toISODate() ?? '', iso: moment.toISO({ suppressMilliseconds: true }) ?? '', ms: moment.toMillis() };
        times.set(key, time);
      }
      return time;
    },
  };
}

function orList(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** The weekdays the file uses that the conference can hold, in date order, for hints. */
export function expectedWeekdays(slotLines: string[], first: number): string[] {
  const found = new Set<number>();
  for (const line of slotLines) {
    const slot = splitSlot(line);
    const index = slot ? weekdayIndex(slot.weekday) : -1;
    if (index >= 0) found.add(index);
  }
  const indexes = found.size > 0 ? [...found] : [0, 1, 2, 3, 4, 5, 6];
  return indexes.sort((a, b) => ((a - first + 7) % 7) - ((b - first + 7) % 7)).map((index) => WEEKDAYS[index] ?? '');
}
