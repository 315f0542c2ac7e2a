/**
 * Everything about one talk (its track, type, language and link when the
 * schedule gives them), and what else runs while it does.
 */
import type { Talk } from '../schedule/types.js';
import { formatClockSpan, formatLongDate } from './times.js';
import { padEnd, truncate, wrapText } from './wrap.js';
import type { Look } from './look.js';

/** The widest a description is wrapped to, however wide the terminal. */
const READING_WIDTH = 100;

export function renderTalkPage(talk: Talk, alongside: Talk[], look: Look): string {
  const { view, style } = look;
  const width = Math.min(look.width, READING_WIDTH);
  const from = view.local(talk.start);
  const kind = [talk.track, talk.type, talk.language].filter((part) => part !== undefined && part !== '').join(' · ');
  const lines = [
    ...wrapText(talk.title, width).map(style.title),
    ...(talk.subtitle ? wrapText(talk.subtitle, width) : []),
    ...(talk.speakers.length > 0 ? wrapText(talk.speakers.join(', '), width) : []),
    ...wrapText(`${formatLongDate(from.date)}, ${formatClockSpan(view, talk.start, talk.end)} (${view.zone}) · ${talk.room}`, width),
    ...(kind ? wrapText(kind, width) : []),
    ...(talk.url ? [talk.url] : []),
    style.dim(`id: ${talk.id}`),
    '',
    ...wrapText(talk.description, width),
  ];
  if (alongside.length > 0) {
    const roomWidth = Math.max(...alongside.map((other) => other.room.length));
    lines.push('', style.heading('At the same time:'));
    for (const other of alongside) {
      const lead = `  ${formatClockSpan(view, other.start, other.end)}  ${padEnd(other.room, roomWidth)}  `;
      lines.push(`${style.dim(lead)}${truncate(other.title, Math.max(10, width - lead.length))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
