/**
 * Showing the instants a store holds in the zone the user asked for. In the
 * conference's own zone the stored ISO text already is local time, so no
 * time-zone library is loaded; any other zone goes through luxon.
 */
import { instantOf, weekdayOf } from '../schedule/time.js';
import type { Talk, ZoneRules } from '../schedule/types.js';
import { formatInstant, rulesCover } from '../schedule/zoneOffsets.js';

export interface LocalTime {
  /** `2019-05-04` */
  date: string;
  /** `Saturday` */
  weekday: string;
  /** `12:10`, 24-hour */
  time: string;
}

export interface TimeView {
  zone: string;
  /** Whether this is the conference's own zone. */
  isConferenceZone: boolean;
  local(iso: string): LocalTime;
  /** The same for an instant given as epoch milliseconds. */
  localMs(ms: number): LocalTime;
  /** In another zone than the conference's: the conference's own clock, and the place to name it by (`Cleveland`). */
  home?: { view: TimeView; place: string } | undefined;
}

/** ` (10:50–11:20 in Cleveland)`: the conference's own time of a span, when the view shows another zone; else ''. */
export function homeTime(view: TimeView, start: string, end?: string): string {
  if (!view.home) return '';
  const { view: home, place } = view.home;
  const from = home.local(start);
  const span = end === undefined ? from.time : `${from.time}–${endTime(home, start, end)}`;
  return `${otherDay(from, view.local(start))}${span} in ${place}`;
}

/** `Sat 03:00 in Berlin`: the conference's own time of an instant, when the view shows another zone; else ''. */
export function homeTimeAt(view: TimeView, ms: number): string {
  if (!view.home) return '';
  const home = view.home.view.localMs(ms);
  return `${otherDay(home, view.localMs(ms))}${home.time} in ${view.home.place}`;
}

/** A time in a list of one day's: `13:40` on that date, `Sat 02:00` on another (the clock, such as `02:30 UTC+2`, when given). */
export function timeOnDay(local: LocalTime, date: string, clock = local.time): string {
  return local.date === date ? clock : `${local.weekday.slice(0, 3)} ${clock}`;
}

/** `Sat ` when the conference's clock is on another day than the one shown; else ''. */
function otherDay(home: LocalTime, shown: LocalTime): string {
  return home.date === shown.date ? '' : `${home.weekday.slice(0, 3)} `;
}

/**
 * The conference's own zone; an instant is shown by its zone rules (no ICU
 * tables) in the year they cover, else by the tz database, after `checkZone`
 * (which throws when the database does not know the zone).
 */
export function conferenceTimeView(zone: string, rules?: ZoneRules, checkZone: () => void = () => {}): TimeView {
  let format: Intl.DateTimeFormat | undefined;
  const local = (iso: string) => {
    const date = iso.slice(0, 10);
    return { date, weekday: weekdayOf(date), time: iso.slice(11, 16) };
  };
  return {
    zone,
    isConferenceZone: true,
    local,
    localMs: (ms) => {
      if (rules && rulesCover(rules, ms)) return local(formatInstant(rules, ms));
      checkZone();
      format ??= new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
      const part = (type: string) => format?.formatToParts(ms).find((p) => p.type === type)?.value ?? '';
      const date = `${part('year')}-${part('month')}-${part('day')}`;
      return { date, weekday: weekdayOf(date), time: `${part('hour')}:${part('minute')}` };
    },
  };
}

export async function zoneTimeView(zone: string, conferenceZone: string, rules?: ZoneRules, checkZone?: () => void): Promise<TimeView> {
  if (zone === conferenceZone) return conferenceTimeView(zone, rules, checkZone);
  const { luxonTimeView } = await import('./luxonTimeView.js');
  return luxonTimeView(zone);
}

const DAY_MS = 24 * 3_600_000;

/** Whether a span lasts 24 hours or more (a hackathon, an art installation), so that its end's clock time alone would mislead. */
function lastsADay(start: string, end: string): boolean {
  return instantOf(end) - instantOf(start) >= DAY_MS;
}

/**
 * When a span ends: its clock time, the first after the start (`23:30–01:00`
 * ends the next night), or, for a span of a day or more, its weekday and
 * time: `10:00–Sun 02:00`.
 */
export function endTime(view: TimeView, start: string, end: string): string {
  return endClock(view.local(end), lastsADay(start, end));
}

/** A span's end as shown: its clock time, after its weekday when the span lasts a day or more. */
function endClock(until: LocalTime, aDayOrMore: boolean): string {
  return aDayOrMore ? `${until.weekday.slice(0, 3)} ${until.time}` : until.time;
}

/** formatSpan of two instants, in ms: `Sat 12:10–12:55`, `Sat 10:00–Mon 02:00`. */
export function formatSpanMs(view: TimeView, start: number, end: number): string {
  const from = view.localMs(start);
  return `${from.weekday.slice(0, 3)} ${from.time}–${endClock(view.localMs(end), end - start >= DAY_MS)}`;
}

/** `Sat 12:10–12:55` */
export function formatSpan(view: TimeView, start: string, end: string): string {
  const from = view.local(start);
  return `${from.weekday.slice(0, 3)} ${from.time}–${endTime(view, start, end)}`;
}

/** `12:10–12:55` on that date; a start on another date with its weekday (`Fri 23:30–01:00`). */
export function formatSpanOnDay(view: TimeView, start: string, end: string, date: string): string {
  return `${timeOnDay(view.local(start), date)}–${endTime(view, start, end)}`;
}

/** `12:10–12:55` */
export function formatClockSpan(view: TimeView, start: string, end: string): string {
  return `${view.local(start).time}–${endTime(view, start, end)}`;
}

/** The talks (or what holds them) listed under one date, and how that date shows their times. */
export interface ListedDay<T> {
  date: string;
  items: T[];
  clock: DayClock;
}

/** How the talks listed under one date show their times, and how wide those times are. */
export interface DayClock {
  /** A talk's time, padded to `width`. */
  span(start: string, end: string): string;
  width: number;
}

/**
 * Items by the date their talks are listed under, in the order first met.
 * In the conference's zone that is the conference day the schedule lists a
 * talk under: a film at 00:30 stays with the evening before it, as in the
 * timetable. From another zone it is the date the talk starts on there:
 * from afar, one's own days are the ones to plan by.
 */
export function byListedDate<T>(view: TimeView, items: T[], talkOf: (item: T) => Talk): ListedDay<T>[] {
  const byDate = new Map<string, T[]>();
  for (const item of items) {
    const talk = talkOf(item);
    const date = view.isConferenceZone ? talk.date : view.local(talk.start).date;
    const listed = byDate.get(date);
    if (listed) listed.push(item);
    else byDate.set(date, [item]);
  }
  return [...byDate].map(([date, listed]) => ({
    date,
    items: listed,
    clock: dayClock(
      view,
      date,
      listed.map((item) => talkOf(item)),
    ),
  }));
}

/**
 * The times of the talks listed under a date: `16:00–16:45`; or, when one of
 * them starts on another date (a film after midnight), `Fri 16:00–16:45` for
 * each, so that no time is read as the heading's date when it is not. As
 * wide as the widest, `10:00–Mon 02:00` for a talk of a day or more.
 */
export function dayClock(view: TimeView, date: string, talks: Talk[]): DayClock {
  const otherDate = talks.some((talk) => view.local(talk.start).date !== date);
  const span = otherDate ? formatSpan : formatClockSpan;
  const usual = otherDate ? 'Fri 16:00–16:45'.length : '16:00–16:45'.length;
  const long = talks.filter((talk) => lastsADay(talk.start, talk.end));
  const width = Math.max(usual, ...long.map((talk) => span(view, talk.start, talk.end).length));
  return { span: (start, end) => span(view, start, end).padEnd(width), width };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `Saturday 4 May 2019` */
export function formatLongDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${weekdayOf(date)} ${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** `Friday 3 – Sunday 5 May 2019` for a conference's days; the first's month, and its year, only when they differ from the last's. */
export function formatDateRange(days: string[]): string {
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return '';
  if (first === last) return formatLongDate(first);
  const [firstYear, firstMonth, firstDay] = first.split('-').map(Number);
  const [lastYear, lastMonth] = last.split('-').map(Number);
  const start =
    firstYear !== lastYear
      ? formatLongDate(first)
      : firstMonth === lastMonth
        ? `${weekdayOf(first)} ${firstDay}`
        : formatLongDate(first).replace(/ \d{4}$/, '');
  return `${start} – ${formatLongDate(last)}`;
}

/** `3–5 May 2019`, `30 Apr – 2 May 2019`, `30 Dec 2024 – 2 Jan 2025`: a conference's days where a table has little room. */
export function formatShortDateRange(days: string[]): string {
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return '';
  const [firstYear, firstMonth, firstDay] = first.split('-').map(Number);
  const [lastYear, lastMonth, lastDay] = last.split('-').map(Number);
  const month = (number: number | undefined) => MONTHS[(number ?? 1) - 1]?.slice(0, 3);
  const end = `${lastDay} ${month(lastMonth)} ${lastYear}`;
  if (first === last) return end;
  if (firstYear !== lastYear) return `${firstDay} ${month(firstMonth)} ${firstYear} – ${end}`;
  if (firstMonth !== lastMonth) return `${firstDay} ${month(firstMonth)} – ${end}`;
  return `${firstDay}–${end}`;
}

/** `25 min`, `1 h 5 min`, `22 h`. */
export function duration(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
