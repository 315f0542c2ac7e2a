/**
 * iCalendar (RFC 5545) text, written by hand: CRLF line ends, content lines
 * folded at 75 octets without splitting a UTF-8 character, TEXT values
 * escaped, local times with a TZID whose VTIMEZONE the caller supplies.
 */
import { stripControls } from '../schedule/text.js';
import type { Talk } from '../schedule/types.js';

export interface CalendarMeta {
  /** PRODID text, e.g. `-//pycon//pycon 0.1.0//EN`. */
  productId: string;
  /** X-WR-CALNAME. */
  name: string;
  /** The conference's name (a slug), the right-hand side of every UID: `<uid>@<conference>.pycon`. */
  conference: string;
  /** The conference's title, as each event's category. */
  category: string;
  timezone: string;
  /** The VTIMEZONE component's lines for `timezone`. */
  vtimezone: string[];
  /** DTSTAMP, UTC, `20190503T000000Z`: fixed by the store so exports are byte-identical. */
  stamp: string;
  /** Minutes before each talk for a reminder, if any. */
  alarmMinutes?: number | undefined;
  /** Whether `timezone` shows this time's wall clock twice (as the clocks go back): such a time is written in UTC. */
  shownTwice?: (iso: string) => boolean;
  /** Each talk's place among the schedule's versions; without it every talk is at SEQUENCE 0, stamped `stamp`. */
  versionOf?: (talk: Talk) => EventVersion;
}

/** What the schedule's history says of one talk, so that calendars update an event in place. */
export interface EventVersion {
  /** How many versions moved or changed it (and one more for a cancellation). */
  sequence: number;
  /** DTSTAMP and LAST-MODIFIED: the read time of the version that last changed it, UTC, `20241227T100000Z`. */
  stamp: string;
  cancelled: boolean;
  /** Where and when it was before its last move, for the description: `Saal 6, Fri 16:00`. */
  movedFrom?: string | undefined;
}

export function renderCalendar(talks: Talk[], meta: CalendarMeta): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    text('PRODID', meta.productId),
    'CALSCALE:GREGORIAN',
    text('X-WR-CALNAME', meta.name),
    ...meta.vtimezone,
    ...talks.flatMap((talk) => renderEvent(talk, meta)),
    'END:VCALENDAR',
  ];
  // An empty last line, so that the text ends with a CRLF: joined, the calendar is one string, not two to be copied into one when written.
  return [...lines, ''].map(foldLine).join('\r\n');
}

function renderEvent(talk: Talk, meta: CalendarMeta): string[] {
  const version = meta.versionOf?.(talk) ?? { sequence: 0, stamp: meta.stamp, cancelled: false };
  const moved = version.movedFrom ? `Moved from ${version.movedFrom}.` : '';
  const page = webPage(talk.url);
  // The page closes the description too: some calendars show no URL property.
  const description = [moved, talk.speakers.join(', '), talk.description, page ?? ''].filter((part) => part !== '').join('\n\n');
  const lines = [
    'BEGIN:VEVENT',
    token('UID', `${uidPart(talk.uid)}@${uidDomain(meta.conference)}`),
    token('DTSTAMP', version.stamp, UTC_STAMP),
    token('LAST-MODIFIED', version.stamp, UTC_STAMP),
    token('SEQUENCE', String(version.sequence), /^\d+$/),
    ...(version.cancelled ? ['STATUS:CANCELLED'] : []),
    eventTime('DTSTART', meta, talk.start),
    eventTime('DTEND', meta, talk.end),
    text('SUMMARY', talk.title),
    text('LOCATION', talk.room),
    // A talk with no speakers, description or page has no DESCRIPTION, rather than an empty one.
    ...(description === '' ? [] : [text('DESCRIPTION', description)]),
    ...(page === undefined ? [] : [token('URL', page, WEB_PAGE)]),
    `CATEGORIES:${categoriesOf(talk, meta).map(escapeText).join(',')}`,
  ];
  if (meta.alarmMinutes !== undefined) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      token('TRIGGER', `-PT${meta.alarmMinutes}M`, /^-PT\d+M$/),
      text('DESCRIPTION', talk.title),
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * An event's categories, which calendars filter and colour by: the
 * conference, the talk's track when it has one, and its type (a workshop, a
 * lightning talk), else "Talk", as every PyCon talk is.
 */
function categoriesOf(talk: Talk, meta: CalendarMeta): string[] {
  const named = [meta.category, talk.track, talk.type ?? 'Talk'].filter((name): name is string => name !== undefined && name !== '');
  return [...new Set(named)];
}

/*
 * Every property built from data goes through one of these three, so no
 * value can end a line early or carry a control character: TEXT is escaped,
 * and anything else must match the form it is checked against.
 */

/** A TEXT property (RFC 5545 §3.3.11). */
function text(name: string, value: string): string {
  return `${name}:${escapeText(value)}`;
}

const UTC_STAMP = /^\d{8}T\d{6}Z$/;
const SAFE_TOKEN = /^[A-Za-z0-9._~%@-]+$/;
/** An IANA zone name as a TZID parameter: no `;`, `:`, `,` or quote to escape. */
const ZONE = /^[A-Za-z0-9_+/-]+$/;

/**
 * A URI value (§3.3.13) is written as it is, unescaped: only an http(s)
 * address of the characters RFC 3986 allows unencoded. A schedule's url
 * that is not one (a space, a quote, text beyond ASCII, another scheme)
 * gives the event no page.
 */
const WEB_PAGE = /^https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/i;

function webPage(url: string | undefined): string | undefined {
  return url !== undefined && WEB_PAGE.test(url) ? url : undefined;
}

/** A value that is not TEXT, checked against its form: a mismatch is a bug, never written. */
function token(name: string, value: string, form = SAFE_TOKEN): string {
  if (!form.test(value)) throw new Error(`refusing to write ${name} value ${JSON.stringify(value)} into a calendar`);
  return `${name}:${value}`;
}

/**
 * A time as the conference's wall clock shows it, with its TZID; in UTC
 * where that clock shows it twice. RFC 5545 takes such a time as the first
 * of the two, ical.js as the second: only UTC is read alike by every calendar.
 */
function eventTime(name: string, meta: CalendarMeta, iso: string): string {
  if (meta.shownTwice?.(iso)) return token(name, utcStamp(iso), UTC_STAMP);
  return token(`${name};TZID=${zoneId(meta.timezone)}`, localStamp(iso), /^\d{8}T\d{6}$/);
}

/** A zone's name checked as a TZID: a mismatch is a bug, never written. */
export function zoneId(zone: string): string {
  if (!ZONE.test(zone)) throw new Error(`refusing to write TZID ${JSON.stringify(zone)} into a calendar`);
  return zone;
}

/**
 * A talk's uid as the left of a UID: letters, digits and `.-_~` as they
 * are, any other byte as %XX, so distinct uids stay distinct and the
 * bundled store (whose uids are its slugs) keeps the UIDs calendars already hold.
 */
export function uidPart(id: string): string {
  if (UID_SAFE.test(id)) return id;
  return (
    Array.from(new TextEncoder().encode(id), (byte) => {
      const char = String.fromCharCode(byte);
      return /[A-Za-z0-9._~-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }).join('') || 'talk'
  );
}

const UID_SAFE = /^[A-Za-z0-9._~-]+$/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** `pycon-us-2019` → `pycon-us-2019.pycon`: the right-hand side of every UID, any byte outside a hostname's letters as %XX. */
function uidDomain(conference: string): string {
  return `${uidPart(conference)}.pycon`;
}

/** `2019-05-04T12:10:00-04:00` (or `…T16:10:00.000Z`) → `20190504T161000Z`: the instant in UTC. */
export function utcStamp(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** `2019-05-04T12:10:00-04:00` → `20190504T121000`: the wall-clock time the store holds. */
export function localStamp(iso: string): string {
  return iso.slice(0, 19).replace(/[-:]/g, '');
}

/**
 * TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newline;
 * control characters, which the RFC forbids, are dropped.
 */
export function escapeText(value: string): string {
  // One pass, a description being most of a calendar; line breaks are escaped first, so that stripControls finds no CR to drop.
  return stripControls(value.replace(/\r\n?|[\n\\;,]/g, (found) => TEXT_ESCAPES[found] ?? found));
}

const TEXT_ESCAPES: Record<string, string> = { '\r\n': '\\n', '\r': '\\n', '\n': '\\n', '\\': '\\\\', ';': '\\;', ',': '\\,' };

/** The octets a code point takes in UTF-8. */
function utf8Length(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** A line of at most this many UTF-16 units fits in 75 octets: a unit takes three at most. */
const SHORT_LINE = Math.floor(75 / 3);

/** Folds a content line into 75-octet pieces, continuing each with a space, never inside a character. */
export function foldLine(line: string): string {
  if (line.length <= SHORT_LINE) return line;
  // ASCII is an octet a character: cut by length, most lines of a calendar at once.
  if (ASCII_ONLY.test(line)) {
    if (line.length <= 75) return line;
    const pieces = [line.slice(0, 75)];
    for (let at = 75; at < line.length; at += 74) pieces.push(line.slice(at, at + 74));
    return pieces.join('\r\n ');
  }
  if (!SURROGATE.test(line)) return foldUtf8(line);
  // Else character by character (a pair of surrogates is one), each piece cut out of the line when full.
  const pieces: string[] = [];
  let start = 0;
  let octets = 0;
  for (let at = 0; at < line.length; ) {
    const code = line.codePointAt(at) ?? 0;
    const size = utf8Length(code);
    if (octets + size > (pieces.length === 0 ? 75 : 74)) {
      pieces.push(line.slice(start, at));
      start = at;
      octets = 0;
    }
    octets += size;
    at += code > 0xffff ? 2 : 1;
  }
  pieces.push(line.slice(start));
  return pieces.join('\r\n ');
}

const SURROGATE = /[\ud800-\udfff]/;
const CONTINUATION_BITS = 0xc0;
const CONTINUATION = 0x80;

/**
 * foldLine for a line without surrogates, cut by its UTF-8 bytes: each
 * piece ends before the first byte of a character, never in its middle.
 * Encoding the line and decoding its pieces is native work; looking at each
 * of a description's characters would be the interpreter's.
 */
function foldUtf8(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  const pieces: string[] = [];
  let start = 0;
  let room = 75;
  while (bytes.length - start > room) {
    let end = start + room;
    while (((bytes[end] as number) & CONTINUATION_BITS) === CONTINUATION) end--;
    pieces.push(bytes.toString('utf8', start, end));
    start = end;
    room = 74;
  }
  pieces.push(bytes.toString('utf8', start));
  return pieces.join('\r\n ');
}
