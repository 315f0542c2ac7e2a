/**
 * A published conference schedule (frab XML or c3voc JSON, read by frab.ts
 * and c3voc.ts into the shape below) → a talk store. Both formats say the
 * same things, so what real schedules get wrong is survived here, once:
 * times after midnight under the day before, a zone name that disagrees with
 * the offsets, durations in three spellings, talks without speakers' names.
 */
import { htmlToText } from './html.js';
import { savedSearchText } from './searchIndex.js';
import { compareText, cutForMessage, distinctIds, oneLine, slugify, slugOf } from './text.js';
import { isIsoDate, weekdayOf } from './time.js';
import { OPTIONAL_TALK_FIELDS, STORE_SCHEMA_VERSION, type Store, type Talk, type TzData, type ZoneRules } from './types.js';
import { knownZone, zoneRules } from './zoneRules.js';
import { fixedZone, formatInstant, instantOfWallClock, offsetAt, offsetText, readInstant } from './zoneOffsets.js';

/** One event as the source gives it; every field is text as published. */
export interface ScheduleEvent {
  /** The source's id for the event, for messages and as a uid when there is no guid. */
  id: string;
  guid: string;
  title: string;
  subtitle: string;
  track: string;
  type: string;
  language: string;
  url: string;
  abstract: string;
  description: string;
  persons: string[];
  room: string;
  /** The instant with its offset (`2024-12-27T16:00:00+01:00`), when the source gives one. */
  date: string;
  /** `16:00`, on the clock of the day the event is listed under. */
  start: string;
  /** `0:30`, `00:30` or `01:30:00`. */
  duration: string;
  /** The date of the `<day>` the event is listed under. */
  day: string;
}

/** The fields both formats name alike, each text as published. */
export const NAMED_FIELDS = [
  'title',
  'subtitle',
  'track',
  'type',
  'language',
  'url',
  'abstract',
  'description',
  'date',
  'start',
  'duration',
] as const;

type OwnFields = Pick<ScheduleEvent, 'id' | 'guid' | 'persons' | 'room' | 'day'>;

/**
 * An event with the fields each format finds its own way and the named
 * fields empty. Written out, so that every event has one shape from the start.
 */
export function blankEvent(own: OwnFields): ScheduleEvent {
  const { id, guid, persons, room, day } = own;
  return {
    id,
    guid,
    persons,
    room,
    day,
    title: '',
    subtitle: '',
    track: '',
    type: '',
    language: '',
    url: '',
    abstract: '',
    description: '',
    date: '',
    start: '',
    duration: '',
  };
}

/** An event from a format's reader of a named field, and the fields each format finds its own way. */
export function eventOf(field: (name: string) => string, own: OwnFields): ScheduleEvent {
  const event = blankEvent(own);
  for (const name of NAMED_FIELDS) event[name] = field(name);
  return event;
}

/** A parsed JSON or XML value as an object, or an empty one. */
export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export interface ScheduleDocument {
  format: 'frab XML' | 'c3voc JSON';
  title: string;
  acronym: string;
  /** `time_zone_name`, or '' when the source has none. */
  zoneName: string;
  version: string;
  /** Each day's date, and when it starts (an instant) if the source says. */
  days: { date: string; start: string }[];
  events: ScheduleEvent[];
}

export interface BuildOptions {
  /** `--zone`, already checked to be an IANA name. */
  zone?: string | undefined;
  /** The machine's tz database files, when it has them. */
  tzdata?: TzData | undefined;
}

export type BuildResult = { store: Store; warnings: string[]; version: string } | { problem: string };

/** An event listed under a day before this hour, with no instant of its own, is after that day's midnight. */
const EARLIEST_DAY_START = 6 * 60;

/**
 * A value from the schedule inside a message: on one line, trimmed, cut at
 * 60 characters, and quoted. An id of letters, digits and `.:_-` is shown as
 * it is (`event 7`).
 */
function shown(text: string): string {
  const quotedText = quoted(text);
  return /^"[\w.:-]+"$/.test(quotedText) ? quotedText.slice(1, -1) : quotedText;
}

function quoted(text: string): string {
  return `"${cutForMessage(oneLine(text).trim(), 60)}"`;
}

export function buildConferenceStore(document: ScheduleDocument, options: BuildOptions = {}): BuildResult {
  const warnings: string[] = [];
  const untitled = document.events.find((event) => oneLine(event.title).trim() === '');
  if (untitled)
    return { problem: `event ${untitled.id ? shown(untitled.id) : '(no id)'} has no title; a schedule needs one for every event` };
  const days = [...new Set(document.days.map((day) => day.date))].sort(compareText);
  if (days.length === 0 || document.events.length === 0) return { problem: 'it lists no events' };
  const badDay = days.find((date) => !isIsoDate(date));
  if (badDay !== undefined) return { problem: `its day ${quoted(badDay)} is not a date such as 2024-12-27` };

  const year = Number((days[0] as string).slice(0, 4));
  // Each event's own instant, when it has one: the zone is chosen by them, and they are its times.
  const instants = document.events.map((event) => readInstant(event.date));
  const { zone, rules } = chooseZone(document, instants, options, year, warnings);
  const dayStarts = new Map(document.days.map((day) => [day.date, day.start]));
  const timed: { event: ScheduleEvent; start: number; minutes: number; room: string }[] = [];
  const unlengthened: string[] = [];
  for (const [index, event] of document.events.entries()) {
    const minutes = durationMinutes(event.duration);
    if (minutes === undefined)
      return {
        problem: `event ${shown(event.id)} ${quoted(event.title)} has a duration ${quoted(event.duration)} that is not 0:30, 00:30 or 01:30:00`,
      };
    if (minutes === 0) {
      unlengthened.push(event.id);
      continue;
    }
    const start = instants[index]?.ms ?? startOf(event, rules, dayStarts.get(event.day) ?? '');
    if (start === undefined)
      return {
        problem: `event ${shown(event.id)} ${quoted(event.title)} has no time pycon can read (date ${quoted(event.date)}, start ${quoted(event.start)})`,
      };
    timed.push({ event, start, minutes, room: roomOf(event) });
  }
  if (unlengthened.length > 0)
    warnings.push(
      `left out ${unlengthened.length} ${unlengthened.length === 1 ? 'event' : 'events'} of no length (${unlengthened.slice(0, 5).map(shown).join(', ')})`,
    );
  if (timed.length === 0) return { problem: 'it lists no events with a length' };

  const rooms = [...new Set(timed.map(({ room }) => room))];
  const roomOrder = new Map(rooms.map((room, index) => [room, index]));
  timed.sort((a, b) => a.start - b.start || (roomOrder.get(a.room) ?? 0) - (roomOrder.get(b.room) ?? 0));

  const ids = distinctIds(timed.map(({ event }) => slugify(oneLine(event.title).trim())));
  const uids = new Set<string>();
  // Talks share a few hundred starts and ends: each is written once, and the talks share its text.
  const instantTexts = new Map<number, string>();
  const instantText = (ms: number) => {
    let text = instantTexts.get(ms);
    if (text === undefined) {
      text = formatInstant(rules, ms);
      instantTexts.set(ms, text);
    }
    return text;
  };
  const talks = timed.map(({ event, start, minutes, room }, i) => {
    const title = oneLine(event.title).trim();
    const id = ids[i] as string;
    let uid = oneLine(event.guid).trim() || oneLine(event.id).trim() || id;
    for (let n = 2; uids.has(uid); n++) uid = `${oneLine(event.guid || event.id)}-${n}`;
    uids.add(uid);
    const talk: Talk = {
      id,
      uid,
      title,
      speakers: event.persons.map((person) => oneLine(person).trim()).filter((person) => person !== ''),
      day: weekdayOf(event.day),
      date: event.day,
      start: instantText(start),
      end: instantText(start + minutes * 60_000),
      room,
      ...optionalFields(event),
      // Last, as in every store: a store's outline adds it back last (store/storeOutline.ts).
      description: describe(event),
    };
    return talk;
  });
  const title = oneLine(document.title).trim() || oneLine(document.acronym).trim() || 'Conference';
  return {
    store: {
      schemaVersion: STORE_SCHEMA_VERSION,
      conference: {
        name: conferenceSlug(document.acronym, title),
        title,
        timezone: zone,
        location: '',
        days,
        zoneRules: rules,
      },
      rooms,
      talks,
      ...savedSearchText(talks),
    },
    warnings,
    version: oneLine(document.version).trim(),
  };
}

/**
 * A conference name people type, from the first of `texts` (its acronym,
 * then its title) that holds an ASCII word: `36C3` → `36c3`, `PyCon DE
 * 2024` → `pycon-de-2024`, `Café Conf` → `cafe-conf`. A word beyond ASCII
 * (`パイコン`) is left out, as a name is typed after --conference and kept
 * as a folder's name.
 */
export function conferenceSlug(...texts: string[]): string {
  for (const text of texts) {
    const words = slugOf(text)
      .split('-')
      .filter((word) => ASCII_WORD.test(word));
    const slug = words.join('-').slice(0, 64).replace(/-+$/, '');
    if (slug !== '') return slug;
  }
  return 'conference';
}

const ASCII_WORD = /^[a-z0-9]+$/;

/** The optional fields the event has, in the order of OPTIONAL_TALK_FIELDS. */
function optionalFields(event: ScheduleEvent): Partial<Pick<Talk, (typeof OPTIONAL_TALK_FIELDS)[number]>> {
  const fields: Partial<Pick<Talk, (typeof OPTIONAL_TALK_FIELDS)[number]>> = {};
  for (const field of OPTIONAL_TALK_FIELDS) {
    const value = oneLine(event[field]).trim();
    if (value !== '') fields[field] = value;
  }
  return fields;
}

function roomOf(event: ScheduleEvent): string {
  return oneLine(event.room).trim() || 'Unnamed room';
}

/** The abstract, then the description when it adds something; HTML and markdown links reduced to text. */
function describe(event: ScheduleEvent): string {
  const abstract = htmlToText(event.abstract);
  const description = htmlToText(event.description);
  if (description === '' || abstract.includes(description)) return abstract;
  if (abstract === '' || description.includes(abstract)) return description;
  return `${abstract}\n\n${description}`;
}

/** `0:30`, `00:30`, `01:30:00` → minutes; undefined when unreadable. */
export function durationMinutes(text: string): number | undefined {
  const match = /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/.exec(text);
  if (!match) return undefined;
  const [hours, minutes, seconds] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  if (minutes > 59 || seconds > 59) return undefined;
  return hours * 60 + minutes + Math.round(seconds / 60);
}

/**
 * When an event without an instant of its own starts (epoch ms): its clock
 * time on its day in the conference's zone, on the next calendar date
 * when that time is before the day's start (a film at 00:30 after the
 * evening's talks).
 */
function startOf(event: ScheduleEvent, rules: ZoneRules, dayStart: string): number | undefined {
  const minutes = clockOf(event);
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(event.day);
  if (minutes === undefined || !date) return undefined;
  const begins = /T(\d{2}):(\d{2})/.exec(dayStart);
  const dayBegins = begins ? Number(begins[1]) * 60 + Number(begins[2]) : EARLIEST_DAY_START;
  const next = minutes < dayBegins ? 1 : 0;
  const wall = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]) + next, 0, minutes);
  return instantOfWallClock(rules, wall);
}

/**
 * The conference's zone: --zone; else the source's zone name when every
 * event agrees with it, by the offset its time is written with or, written
 * in UTC as some exports do (`08:00:00Z`), by the clock time it gives
 * (`10:00`); else the offset most events carry, as a fixed zone, with a
 * warning that names --zone.
 */
function chooseZone(
  document: ScheduleDocument,
  instants: ({ ms: number; offset: number } | undefined)[],
  options: BuildOptions,
  year: number,
  warnings: string[],
): { zone: string; rules: ZoneRules } {
  const withRules = (zone: string) => ({ zone, rules: zoneRules(zone, year, options.tzdata) });
  const offsets = instants.flatMap((instant) => instant ?? []);
  /** The first event's instant that is not on the zone's clock as the source wrote it. */
  const disagreeing = (rules: ZoneRules) => instants.find((instant, i) => !agrees(rules, instant, document.events[i] as ScheduleEvent));
  if (options.zone) {
    const chosen = withRules(options.zone);
    const other = disagreeing(chosen.rules);
    if (other) {
      warnings.push(
        `the schedule's times are at ${offsetText(other.offset)}, which ${options.zone} is not at those times, so pycon shows them at other clock times than the schedule's; check that --zone ${options.zone} is where the conference is`,
      );
    }
    return chosen;
  }
  const named = knownZone(document.zoneName.trim(), options.tzdata);
  if (named) {
    const chosen = withRules(named);
    if (!disagreeing(chosen.rules)) return chosen;
  }
  if (offsets.length === 0) {
    warnings.push(
      'the schedule names no time zone and its times carry no offset, so they are read as UTC; give the real zone with --zone, such as --zone Europe/Berlin',
    );
    return withRules('UTC');
  }
  const counts = new Map<number, number>();
  for (const { offset } of offsets) counts.set(offset, (counts.get(offset) ?? 0) + 1);
  const [common] = [...counts].sort((a, b) => b[1] - a[1])[0] as [number, number];
  const fixed = fixedZone(common);
  const said = document.zoneName.trim()
    ? `names the zone ${quoted(document.zoneName)}, but its times are at ${offsetText(common)}`
    : `names no time zone; its times are at ${offsetText(common)}`;
  warnings.push(
    `the schedule ${said}, so pycon uses the fixed zone ${fixed}; give the real zone with --zone, such as --zone Europe/Berlin, for times across a change of daylight saving`,
  );
  return withRules(fixed);
}

/**
 * Whether an event's instant is on the zone's clock as the source wrote it:
 * at the offset written, or, written in UTC as some exports do (`08:00:00Z`),
 * at the clock time it gives (`10:00`). An event without an instant agrees.
 */
function agrees(rules: ZoneRules, instant: { ms: number; offset: number } | undefined, event: ScheduleEvent): boolean {
  if (instant === undefined) return true;
  const offset = offsetAt(rules, instant.ms);
  const clock = clockOf(event);
  return offset === instant.offset || (clock !== undefined && minutesInDay(instant.ms + offset * 60_000) === clock % (24 * 60));
}

/** An event's clock time as the source writes it (`9:00`, `09:00:00`, `25:30` for 01:30 the next day), in minutes. */
function clockOf(event: ScheduleEvent): number | undefined {
  const clock = /^\s*(\d{1,2}):(\d{2})/.exec(event.start);
  return clock ? Number(clock[1]) * 60 + Number(clock[2]) : undefined;
}

/** The minutes after midnight of a wall-clock time given as `Date.UTC` of its fields. */
function minutesInDay(wall: number): number {
  const minutes = Math.floor(wall / 60_000) % (24 * 60);
  return minutes < 0 ? minutes + 24 * 60 : minutes;
}
