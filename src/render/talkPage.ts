/**
 * Everything about one talk (its track, type, language and link when the
 * schedule gives them), when else it is given, and what else runs while it does.
 */
import type { Talk } from '../schedule/types.js';
import { formatClockSpan, formatLongDate, formatSpan, formatSpanOnDay, homeTime, type TimeView } from './times.js';
import { displayWidth, joinParts, padEnd, truncate, wrapText } from './wrap.js';
import { keepTogether, type Look, MIN_TITLE, mineMark, type TalkMarks, unbreakable } from './look.js';

/** The widest a description is wrapped to, however wide the terminal. */
const READING_WIDTH = 100;

/** `Europe/Berlin; 12:10–12:55 in Cleveland` in another zone, else the zone alone. */
function zoneAndHome(view: TimeView, talk: Talk): string {
  const home = homeTime(view, talk.start, talk.end);
  return home === '' ? view.zone : `${view.zone}; ${home}`;
}

/** The talks a talk's page names beside it: those that run while it does, and its other slots when it is given twice. */
export interface AroundTalk {
  alongside: Talk[];
  otherSlots: Talk[];
}

export function renderTalkPage(talk: Talk, { alongside, otherSlots }: AroundTalk, look: Look, marks: TalkMarks): string {
  const { view, style } = look;
  const width = Math.min(look.width, READING_WIDTH);
  const from = view.local(talk.start);
  const kind = [talk.track, talk.type, talk.language].filter((part): part is string => part !== undefined && part !== '');
  const lines = [
    ...wrapText(`${mineMark(talk, marks)}${talk.title}`, width).map((line) => style.title(unbreakable(line))),
    ...(talk.subtitle ? wrapText(talk.subtitle, width) : []),
    ...(talk.speakers.length > 0 ? wrapText(talk.speakers.join(', '), width) : []),
    // The room is never broken over two lines.
    ...wrapText(
      `${formatLongDate(from.date)}, ${formatClockSpan(view, talk.start, talk.end)} (${zoneAndHome(view, talk)})\u00a0· ${keepTogether(talk.room)}`,
      width,
    ).map(unbreakable),
    ...joinParts(kind, width),
    ...(talk.url ? [talk.url] : []),
    ...joinParts(marks.handleOf(talk) !== talk.id ? [`handle: ${marks.handleOf(talk)}`, `id: ${talk.id}`] : [`id: ${talk.id}`], width).map(
      (line) => style.dim(line),
    ),
    ...(marks.isMine(talk) ? [style.mine('★ in your itinerary')] : []),
    ...otherSlots.flatMap((slot) =>
      joinParts([`also given ${formatSpan(view, slot.start, slot.end)}`, keepTogether(slot.room), marks.handleOf(slot)], width).map(
        (line) => style.dim(unbreakable(line)),
      ),
    ),
    // A blank line before the description, when the schedule gives one.
    ...(talk.description === '' ? [] : ['', ...wrapText(talk.description, width)]),
  ];
  if (alongside.length > 0) {
    const roomWidth = Math.max(...alongside.map((other) => displayWidth(other.room)));
    // Beside a talk of a day or more, what runs on another date names its weekday.
    const spans = alongside.map((other) => formatSpanOnDay(view, other.start, other.end, from.date));
    const spanWidth = Math.max(...spans.map((span) => span.length));
    lines.push('', style.heading('At the same time:'));
    for (const [i, other] of alongside.entries()) {
      const lead = `  ${(spans[i] ?? '').padEnd(spanWidth)}  ${padEnd(other.room, roomWidth)}  `;
      const title = unbreakable(`${mineMark(other, marks)}${other.title}`);
      // Where the times and rooms leave a title too little room, it takes the next line.
      if (width - displayWidth(lead) >= MIN_TITLE) lines.push(`${style.dim(lead)}${truncate(title, width - displayWidth(lead))}`);
      else lines.push(style.dim(lead.trimEnd()), `    ${truncate(title, width - 4)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
