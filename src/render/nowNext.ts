/**
 * What is on in each room now, and what comes next.
 */
import { addDays, spanOf, weekdayOf } from '../schedule/time.js';
import type { Talk } from '../schedule/types.js';
import { duration, formatLongDate, formatSpan, formatClockSpan, formatSpanOnDay, homeTime, homeTimeAt } from './times.js';
import { displayWidth, truncate, wrapText } from './wrap.js';
import { type Look, MIN_TITLE } from './look.js';

export interface NowLook extends Look {
  /** The talks of the user's itinerary, marked ★. */
  mine: Set<Talk>;
  /** The user's next talk, after this moment. */
  yourNext?: Talk | undefined;
}

export function renderNowNext(at: number, rooms: string[], now: Talk[], next: Talk[], look: NowLook): string {
  const local = look.view.localMs(at);
  const home = look.view.home ? `; ${homeTimeAt(look.view, at)}` : '';
  // Wrapped between words: on a narrow screen the terminal would cut the zone's name in two.
  const lines = wrapText(`${formatLongDate(local.date)}, ${local.time} (${look.view.zone}${home})`, look.width).map((line) =>
    look.style.heading(line),
  );
  if (look.yourNext) lines.push(yourNextLine(at, local.date, look.yourNext, look));
  for (const room of rooms) {
    // One of each, unless the schedule books the room twice.
    const current = now.filter((talk) => talk.room === room);
    const coming = next.filter((talk) => talk.room === room);
    if (current.length === 0 && coming.length === 0) continue;
    lines.push('', look.style.title(room));
    for (const talk of current) {
      // A talk on since another day names the weekday it began (`Fri 23:30–01:00`); one of a day or more, the weekday it ends.
      const span = formatSpanOnDay(look.view, talk.start, talk.end, local.date);
      lines.push(entry('now ', span, talk, `${duration(spanOf(talk).end - at)} left`, look));
    }
    for (const talk of coming) {
      const sameDay = look.view.local(talk.start).date === local.date;
      const span = sameDay ? formatClockSpan(look.view, talk.start, talk.end) : formatSpan(look.view, talk.start, talk.end);
      // Another day's span names its weekday: its start is said as `in 1 h 30 min` when soon, else as `tomorrow`.
      lines.push(entry('next', span, talk, startsIn(at, local.date, talk, look) ?? dayOf(local.date, talk, look), look));
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Within this long, when a talk starts is said as how long until it, even
 * after midnight (a film at 00:30, seen at 23:00); further off, as a day and
 * a time, `tomorrow 10:50`, never `in 16 h 20 min`.
 */
const SOON_MS = 6 * 3_600_000;

/** `in 35 min` for a talk that starts the same day (`today`, the local date at `at`) or soon; undefined for one further off. */
function startsIn(at: number, today: string, talk: Talk, look: Look): string | undefined {
  const wait = spanOf(talk).start - at;
  return look.view.local(talk.start).date === today || wait <= SOON_MS ? `in ${duration(wait)}` : undefined;
}

/** The day a talk starts on, said from `today`: empty for today, else `tomorrow` or its weekday. */
function dayOf(today: string, talk: Talk, look: Look): string {
  const date = look.view.local(talk.start).date;
  if (date === today) return '';
  return date === addDays(today, 1) ? 'tomorrow' : weekdayOf(date);
}

/** `your next: Exceptional Exceptions, 15:15 in Atrium Ballroom AB, in 35 min` */
function yourNextLine(at: number, today: string, talk: Talk, look: Look): string {
  const lead = '★ your next: ';
  const day = dayOf(today, talk, look);
  const home = homeTime(look.view, talk.start);
  const clock = `${day === '' ? '' : `${day} `}${look.view.local(talk.start).time}${home ? ` (${home})` : ''}`;
  const soon = startsIn(at, today, talk, look);
  const tail = soon === undefined ? `, ${clock} in ${talk.room}` : `, ${clock} in ${talk.room}, ${soon}`;
  const line = `${lead}${talk.title}${tail}`;
  if (displayWidth(line) <= look.width) return look.style.mine(line);
  // Too long for one line: the title on the first, cut if it must be, and when and where on the next.
  const indent = ' '.repeat(displayWidth(lead));
  const title = truncate(talk.title, look.width - displayWidth(lead));
  return [`${lead}${title}`, ...wrapText(tail.slice(2), look.width - indent.length).map((part) => `${indent}${part}`)]
    .map((part) => look.style.mine(part))
    .join('\n');
}

/**
 * One line: `  now   12:10–12:40  Title, cut to fit · 20 min left`, with ★
 * for one of yours. Where that leaves the title fewer than MIN_TITLE
 * columns, the when goes on a line of its own, under the title.
 */
function entry(label: string, span: string, talk: Talk, when: string, look: NowLook): string {
  const lead = `${look.mine.has(talk) ? '★ ' : '  '}${label}  ${span}  `;
  const tail = ` · ${when}`;
  const room = look.width - displayWidth(lead) - displayWidth(tail);
  if (room >= MIN_TITLE) return `${look.style.dim(lead)}${truncate(talk.title, room)}${look.style.dim(tail)}`;
  const title = truncate(talk.title, Math.max(MIN_TITLE, look.width - displayWidth(lead)));
  return `${look.style.dim(lead)}${title}\n${' '.repeat(displayWidth(lead))}${look.style.dim(when)}`;
}
