/**
 * What is on in each room now, and what comes next.
 */
import { addDays, spanOf } from '../schedule/time.js';
import type { Talk } from '../schedule/types.js';
import { formatLongDate, formatSpan, formatClockSpan } from './times.js';
import { displayWidth, truncate } from './wrap.js';
import type { Look } from './look.js';

export function renderNowNext(at: number, rooms: string[], now: Talk[], next: Talk[], look: Look): string {
  const local = look.view.localMs(at);
  const lines = [look.style.heading(`${formatLongDate(local.date)}, ${local.time} (${look.view.zone})`)];
  for (const room of rooms) {
    const current = now.find((talk) => talk.room === room);
    const coming = next.find((talk) => talk.room === room);
    if (!current && !coming) continue;
    lines.push('', look.style.title(room));
    if (current)
      lines.push(
        entry('now ', formatClockSpan(look.view, current.start, current.end), current, `${duration(spanOf(current).end - at)} left`, look),
      );
    if (coming) {
      const starts = look.view.local(coming.start);
      const sameDay = starts.date === local.date;
      const span = sameDay ? formatClockSpan(look.view, coming.start, coming.end) : formatSpan(look.view, coming.start, coming.end);
      // Another day is said as a day and a time: "tomorrow 10:50", never "in 16 h 20 min".
      const day = starts.date === addDays(local.date, 1) ? 'tomorrow' : starts.weekday;
      const when = sameDay ? `in ${duration(spanOf(coming).start - at)}` : `${day} ${starts.time}`;
      lines.push(entry('next', span, coming, when, look));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** One line: `  now   12:10–12:40  Title, cut to fit · 20 min left`. */
function entry(label: string, span: string, talk: Talk, when: string, look: Look): string {
  const lead = `  ${label}  ${span}  `;
  const tail = ` · ${when}`;
  const title = truncate(talk.title, Math.max(10, look.width - displayWidth(lead) - displayWidth(tail)));
  return `${look.style.dim(lead)}${title}${look.style.dim(tail)}`;
}

/** `25 min`, `1 h 5 min`, `22 h`. */
export function duration(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
