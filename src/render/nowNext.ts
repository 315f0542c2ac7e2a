/**
 * What is on in each room now, and what comes next.
 */
import type { Talk } from '../schedule/types.js';
import type { Style } from './style.js';
import { formatLongDate, formatSpan, formatClockSpan, type TimeView } from './times.js';
import { wrapText } from './wrap.js';

export interface NowLook {
  view: TimeView;
  style: Style;
  width: number;
}

export function renderNowNext(at: number, rooms: string[], now: Talk[], next: Talk[], look: NowLook): string {
  const local = look.view.localMs(at);
  const lines = [look.style.heading(`${formatLongDate(local.date)}, ${local.time} (${look.view.zone})`)];
  for (const room of rooms) {
    const current = now.find((talk) => talk.room === room);
    const coming = next.find((talk) => talk.room === room);
    if (!current && !coming) continue;
    lines.push('', look.style.title(room));
    if (current) lines.push(...entry('now ', current, `${formatClockSpan(look.view, current.start, current.end)} · ${duration(Date.parse(current.end) - at)} left`, look));
    if (coming) {
      const sameDay = look.view.local(coming.start).date === local.date;
      const span = sameDay ? formatClockSpan(look.view, coming.start, coming.end) : formatSpan(look.view, coming.start, coming.end);
      lines.push(...entry('next', coming, `${span} · in ${duration(Date.parse(coming.start) - at)}`, look));
    }
  }
  return `${lines.join('\n')}\n`;
}

function entry(label: string, talk: Talk, when: string, look: NowLook): string[] {
  const [first = '', ...rest] = wrapText(talk.title, look.width - 8);
  return [`  ${look.style.dim(label)}  ${first}`, ...rest.map((line) => `        ${line}`), `        ${look.style.dim(when)}`];
}

/** `25 min`, `1 h 5 min`, `22 h`. */
export function duration(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
