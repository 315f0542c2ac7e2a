/**
 * iCalendar (RFC 5545) text, written by hand: CRLF line ends, content lines
 * folded at 75 octets without splitting a UTF-8 character, TEXT values
 * escaped, local times with a TZID whose VTIMEZONE the caller supplies.
 */
import type { Talk } from '../schedule/types.js';

export interface CalendarMeta {
  /** PRODID text, e.g. `-//pycon//pycon 0.1.0//EN`. */
  productId: string;
  /** X-WR-CALNAME. */
  name: string;
  /** The conference's name, for categories and UIDs. */
  conference: string;
  timezone: string;
  /** The VTIMEZONE component's lines for `timezone`. */
  vtimezone: string[];
  /** DTSTAMP, UTC, `20190503T000000Z`: fixed by the store so exports are byte-identical. */
  stamp: string;
  /** Minutes before each talk for a reminder, if any. */
  alarmMinutes?: number | undefined;
}

export function renderCalendar(talks: Talk[], meta: CalendarMeta): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${meta.productId}`,
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(meta.name)}`,
    ...meta.vtimezone,
    ...talks.flatMap((talk) => renderEvent(talk, meta)),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}

function renderEvent(talk: Talk, meta: CalendarMeta): string[] {
  const description = [talk.speakers.join(', '), talk.description].filter((part) => part !== '').join('\n\n');
  const lines = [
    'BEGIN:VEVENT',
    `UID:${talk.id}@${uidDomain(meta.conference)}`,
    `DTSTAMP:${meta.stamp}`,
    `DTSTART;TZID=${meta.timezone}:${localStamp(talk.start)}`,
    `DTEND;TZID=${meta.timezone}:${localStamp(talk.end)}`,
    `SUMMARY:${escapeText(talk.title)}`,
    `LOCATION:${escapeText(talk.room)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `CATEGORIES:${[meta.conference, 'Talk'].map(escapeText).join(',')}`,
  ];
  if (meta.alarmMinutes !== undefined) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:-PT${meta.alarmMinutes}M`, `DESCRIPTION:${escapeText(talk.title)}`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

/** `PyCon US 2019` → `pycon-us-2019.pycon`: the right-hand side of every UID. */
function uidDomain(conference: string): string {
  const slug = conference.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug || 'conference'}.pycon`;
}

/** `2019-05-04T12:10:00-04:00` → `20190504T121000`: the wall-clock time the store holds. */
export function localStamp(iso: string): string {
  return iso.slice(0, 19).replace(/[-:]/g, '');
}

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newline. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** The octets a code point takes in UTF-8. */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Folds a content line into 75-octet pieces, continuing each with a space, never inside a character. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += char;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}
