/**
 * Checking a store is one this version understands, beyond the types of its
 * fields: a store can be edited by hand or come from anywhere. Ids, uids and
 * days must agree and instants parse; its text is cleaned of control
 * characters on the way, so no command sees them.
 */
import { UserError } from '../errors.js';
import { oneLine, slugify, stripControls } from '../schedule/text.js';
import { FOLDING } from '../schedule/fold.js';
import { isIsoDate, isIsoInstant, spanOf } from '../schedule/time.js';
import {
  OPTIONAL_TALK_FIELDS,
  STORE_SCHEMA_VERSION,
  type Conference,
  type Store,
  type StoreHistory,
  type Talk,
  type ZoneRules,
} from '../schedule/types.js';
import { conferenceOfStore } from './conferences.js';

/** A store this pycon cannot read: damaged, or made by a pycon that writes another schema. */
export class UnreadableStoreError extends UserError {
  /** What is wrong with it, as the message says. */
  readonly why: string;

  constructor(message: string, why: string) {
    super(message);
    this.why = why;
  }
}

export function corrupt(path: string, why: string): UnreadableStoreError {
  return new UnreadableStoreError(`The talk store ${path} is damaged (${why}); ${rebuildAdvice(path)}.`, why);
}

/** How to make the store at path again: a conference's from its schedule, any other from its PyCon talk list. */
function rebuildAdvice(path: string): string {
  const conference = conferenceOfStore(path);
  return conference === undefined
    ? `rebuild it with "pycon parse <source> -o ${path}"`
    : `"pycon update ${conference}" builds it again from its schedule`;
}

export function validateStore(data: unknown, path: string): Store {
  if (!isObject(data)) throw corrupt(path, 'it is not a JSON object');
  if (data.schemaVersion !== STORE_SCHEMA_VERSION && data.schemaVersion !== 1) {
    const found = `schema version ${JSON.stringify(data.schemaVersion)}, but this pycon reads versions 1 and ${STORE_SCHEMA_VERSION}`;
    throw new UnreadableStoreError(`The talk store ${path} has ${found}; ${rebuildAdvice(path)}.`, `it has ${found}`);
  }
  const conference = data.conference;
  if (
    !isObject(conference) ||
    !isString(conference.name) ||
    (conference.title !== undefined && !isString(conference.title)) ||
    !isString(conference.timezone) ||
    !isString(conference.location) ||
    !isStringArray(conference.days)
  ) {
    throw corrupt(path, 'its "conference" needs name, timezone, location and days');
  }
  if (!looksLikeZone(conference.timezone))
    throw corrupt(path, `its time zone ${JSON.stringify(conference.timezone)} is not an IANA name such as Europe/Berlin`);
  if (conference.days.length === 0) throw corrupt(path, 'its "days" is empty');
  if (conference.zoneRules !== undefined && !isZoneRules(conference.zoneRules))
    throw corrupt(path, 'its "zoneRules" are not offsets by year');
  const badDay = conference.days.find((day) => !isIsoDate(day));
  if (badDay !== undefined) throw corrupt(path, `its day ${JSON.stringify(badDay)} is not a date such as 2019-05-03`);
  if (!isStringArray(data.rooms)) throw corrupt(path, '"rooms" must be a list of names');
  if (!Array.isArray(data.talks)) throw corrupt(path, '"talks" must be a list');
  const days = new Set(conference.days);
  const ids = new Set<string>();
  const uids = new Set<string>();
  /** Instants already found good: talks in one slot share theirs. */
  const instants = new Set<string>();
  const talks = data.talks.map((value: unknown, index) => {
    if (!isTalk(value)) throw corrupt(path, `talk ${index + 1} lacks a field or has one of the wrong type`);
    const talk = cleanTalk(value);
    const problem = talkProblem(talk, { days, ids, uids, instants });
    if (problem) throw corrupt(path, `talk ${index + 1} ${JSON.stringify(talk.title)}: ${problem}`);
    return talk;
  });
  const cancelled = data.cancelled === undefined ? undefined : cancelledTalks(data.cancelled, path);
  if (data.history !== undefined && !isHistory(data.history)) throw corrupt(path, 'its "history" is not versions of talks');
  const searchText = data.folding === FOLDING ? data.searchText : undefined;
  if (searchText !== undefined && !(Array.isArray(searchText) && searchText.length === talks.length && searchText.every(isSearchText))) {
    throw corrupt(path, '"searchText" must hold the folded text of each talk, in order');
  }
  return {
    schemaVersion: STORE_SCHEMA_VERSION,
    conference: cleanConference(conference as unknown as StoredConference),
    rooms: data.rooms.map(oneLine),
    talks,
    ...(cancelled === undefined ? {} : { cancelled }),
    ...(data.history === undefined ? {} : { history: data.history as StoreHistory }),
    ...(searchText === undefined ? {} : { searchText: searchText as Store['searchText'], folding: FOLDING }),
  };
}

/** The talks an update found cancelled: checked as talks, but on any date. */
function cancelledTalks(value: unknown, path: string): Talk[] {
  if (!Array.isArray(value)) throw corrupt(path, '"cancelled" must be a list');
  const seen = { days: new Set<string>(), ids: new Set<string>(), uids: new Set<string>(), instants: new Set<string>() };
  return value.map((entry: unknown, index) => {
    if (!isTalk(entry)) throw corrupt(path, `cancelled talk ${index + 1} lacks a field or has one of the wrong type`);
    const talk = cleanTalk(entry);
    seen.days.add(talk.date);
    const problem = talkProblem(talk, seen);
    if (problem) throw corrupt(path, `cancelled talk ${index + 1} ${JSON.stringify(talk.title)}: ${problem}`);
    return talk;
  });
}

function isHistory(value: unknown): boolean {
  if (
    !isObject(value) ||
    !Number.isInteger(value.version) ||
    !isInstant(value.readAt) ||
    !isInstant(value.firstReadAt) ||
    !isObject(value.talks)
  ) {
    return false;
  }
  return Object.values(value.talks).every(
    (entry) =>
      isObject(entry) &&
      Number.isInteger(entry.sequence) &&
      isInstant(entry.changedAt) &&
      (entry.movedFrom === undefined || (isObject(entry.movedFrom) && isString(entry.movedFrom.room) && isInstant(entry.movedFrom.start))),
  );
}

/** A history's times go into calendars (a DTSTAMP, "Moved from … Fri 16:00"): each must be an instant, not only text. */
function isInstant(value: unknown): boolean {
  return isString(value) && isIsoInstant(value);
}

/** What is wrong with a talk beyond the types of its fields, or undefined. */
interface Seen {
  days: Set<string>;
  ids: Set<string>;
  uids: Set<string>;
  instants: Set<string>;
}

function talkProblem(talk: Talk, { days, ids, uids, instants }: Seen): string | undefined {
  if (talk.id === '') return 'its id is empty';
  if (ids.has(talk.id)) return `its id ${JSON.stringify(talk.id)} is another talk's too`;
  ids.add(talk.id);
  if (talk.uid === '') return 'its uid is empty';
  if (uids.has(talk.uid)) return `its uid ${JSON.stringify(talk.uid)} is another talk's too`;
  uids.add(talk.uid);
  for (const [field, value] of [
    ['start', talk.start],
    ['end', talk.end],
  ] as const) {
    if (instants.has(value)) continue;
    if (!isIsoInstant(value)) return `${field} ${JSON.stringify(value)} is not an ISO 8601 time with an offset`;
    instants.add(value);
  }
  const { start, end } = spanOf(talk);
  if (end <= start) return 'end is before start';
  if (!days.has(talk.date)) return `its date ${JSON.stringify(talk.date)} is not one of the conference's days`;
  if (talk.room === '') return 'its room is empty';
  return undefined;
}

/** A talk as a version 1 store may hold it: without a uid, which is then its id. */
type StoredTalk = Omit<Talk, 'uid'> & { uid?: string };

function cleanTalk(talk: StoredTalk): Talk {
  const optional: Partial<Pick<Talk, (typeof OPTIONAL_TALK_FIELDS)[number]>> = {};
  for (const field of OPTIONAL_TALK_FIELDS) {
    const value = talk[field];
    if (value !== undefined) optional[field] = oneLine(value);
  }
  return {
    id: oneLine(talk.id),
    uid: oneLine(talk.uid ?? talk.id),
    title: oneLine(talk.title),
    speakers: talk.speakers.map(oneLine),
    day: oneLine(talk.day),
    date: oneLine(talk.date),
    start: oneLine(talk.start),
    end: oneLine(talk.end),
    room: oneLine(talk.room),
    ...optional,
    // Last, as a store's outline adds it back (storeOutline.ts), so a talk's fields come in one order however it was read.
    description: stripControls(talk.description),
  };
}

/** A conference as a version 1 store holds it: `name` is the title, and there is no slug. */
type StoredConference = Omit<Conference, 'title'> & { title?: string };

function cleanConference(conference: StoredConference): Conference {
  const title = oneLine(conference.title ?? conference.name);
  const name = conference.title === undefined ? slugify(title) : oneLine(conference.name);
  return {
    name,
    title,
    timezone: conference.timezone,
    location: oneLine(conference.location),
    days: conference.days,
    ...(conference.zoneRules === undefined ? {} : { zoneRules: conference.zoneRules }),
  };
}

function isZoneRules(value: unknown): value is ZoneRules {
  const isOffset = (entry: unknown): boolean => isObject(entry) && Number.isInteger(entry.offset) && isString(entry.name);
  const isTransition = (entry: unknown): boolean =>
    isObject(entry) && Number.isFinite(entry.at) && Number.isInteger(entry.from) && Number.isInteger(entry.to) && isString(entry.name);
  return (
    isObject(value) &&
    isString(value.zone) &&
    Number.isInteger(value.year) &&
    isOffset(value.base) &&
    Array.isArray(value.transitions) &&
    value.transitions.every(isTransition)
  );
}

/** An IANA name's shape (`America/New_York`, `UTC`, `Etc/GMT+5`); the tz database is asked only when a command needs it. */
function looksLikeZone(zone: string): boolean {
  return zone.length <= 64 && /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(zone);
}

function isTalk(value: unknown): value is StoredTalk {
  return (
    isObject(value) &&
    isString(value.id) &&
    isString(value.title) &&
    isStringArray(value.speakers) &&
    isString(value.day) &&
    isString(value.date) &&
    isString(value.start) &&
    isString(value.end) &&
    isString(value.room) &&
    isString(value.description) &&
    (value.uid === undefined || isString(value.uid)) &&
    OPTIONAL_TALK_FIELDS.every((field) => value[field] === undefined || isString(value[field]))
  );
}

function isSearchText(value: unknown): boolean {
  return isObject(value) && isString(value.title) && isString(value.speakers) && isString(value.description);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isString);
}
