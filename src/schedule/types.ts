/** One talk, exactly as the store, every `--json` output and every test see it. */
export interface Talk {
  id: string;
  /**
   * The talk's identity across versions of a schedule: the source's guid,
   * else its event id, else the id. Itineraries and changes key on it.
   */
  uid: string;
  title: string;
  speakers: string[];
  day: string;
  date: string;
  start: string;
  end: string;
  room: string;
  description: string;
  /** Optional, when the source has them. */
  track?: string;
  type?: string;
  language?: string;
  subtitle?: string;
  url?: string;
}

/** The optional talk fields, in the order `show` prints them. */
export const OPTIONAL_TALK_FIELDS = ['subtitle', 'track', 'type', 'language', 'url'] as const;

export interface Conference {
  /** The name people type (`pycon-us-2019`, `fosdem-2025`): a slug. */
  name: string;
  /** The name people read (`PyCon US 2019`). */
  title: string;
  timezone: string;
  location: string;
  days: string[];
  /** The zone's offsets around the conference, for calendar export; worked out when the store is made. */
  zoneRules?: ZoneRules;
}

/**
 * What a VTIMEZONE needs, taken from the tz database once, when the store is
 * made, so that export needs no time-zone library. Offsets are minutes east
 * of UTC; `at` is epoch ms.
 */
export interface ZoneRules {
  zone: string;
  year: number;
  /** The offset and its short name at the start of the year. */
  base: { offset: number; name: string };
  /** The year's changes of offset, in order. */
  transitions: { at: number; from: number; to: number; name: string }[];
}

/** Version 2 added `uid` to every talk, the conference's `title`, `zoneRules` and the optional talk fields; version 1 still loads. */
export const STORE_SCHEMA_VERSION = 2;

export interface Store {
  schemaVersion: number;
  conference: Conference;
  rooms: string[];
  talks: Talk[];
  /** Talks an update found gone from the schedule, as they last were: kept for the itineraries that hold them. */
  cancelled?: Talk[];
  /** Which version of the schedule this is, and each talk's changes across versions (see schedule/changes.ts). */
  history?: StoreHistory;
  /**
   * Each talk's text folded for search (see foldText), in the order of `talks`:
   * computed when the store is built so no command pays for it at start-up.
   * Optional: a store without it is folded when loaded.
   */
  searchText?: SearchText[];
  /** How searchText was folded (FOLDING in fold.ts); search text folded another way is left out when the store is loaded. */
  folding?: number;
}

export interface StoreHistory {
  /** 1 for the schedule as first read, one more for each update that changed something. */
  version: number;
  /** When this version was read, ISO 8601 in UTC. */
  readAt: string;
  /** When the first version was read: the stamp of talks that never changed. */
  firstReadAt: string;
  /** Talks that moved, changed or were cancelled, by uid: how many times (their SEQUENCE), when last, and where they last moved from. */
  talks: Record<string, { sequence: number; changedAt: string; movedFrom?: { room: string; start: string } }>;
}

export interface SearchText {
  title: string;
  speakers: string;
  description: string;
}

/** Something wrong in a source file, pointing at where to fix it. */
export interface Problem {
  line: number;
  column: number;
  message: string;
  hint?: string;
}

/** What the source text does not say: when the conference starts, where in time, its name. */
export interface ParseOptions {
  firstDay: string;
  timezone: string;
  name: string;
  /** The machine's tz database files, for the zone's rules (zoneRules.ts); ICU's when not given. */
  tzdata?: TzData | undefined;
}

/** The TZif bytes of a zone, from the machine's tz database; undefined when it has no file for the name. */
export type TzData = (zone: string) => Uint8Array | undefined;

/** PyCon US 2019, the defaults of the parser and of `pycon parse`. */
export const PYCON_2019: ParseOptions = { firstDay: '2019-05-03', timezone: 'America/New_York', name: 'PyCon US 2019' };

/** How much a talk of an itinerary matters: `plan` never drops a must, and may give up a maybe for better matches. */
export type Priority = 'must' | 'want' | 'maybe';
