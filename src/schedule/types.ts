/** One talk, exactly as the store, every `--json` output and every test see it. */
export interface Talk {
  id: string;
  /** The talk's identity across versions of a schedule, where the source gives one. */
  uid?: string;
  title: string;
  speakers: string[];
  day: string;
  date: string;
  start: string;
  end: string;
  room: string;
  description: string;
}

export interface Conference {
  name: string;
  timezone: string;
  location: string;
  days: string[];
}

export const STORE_SCHEMA_VERSION = 1;

export interface Store {
  schemaVersion: number;
  conference: Conference;
  rooms: string[];
  talks: Talk[];
  /**
   * Each talk's text folded for search (see foldText), in the order of `talks`:
   * computed when the store is built so no command pays for it at start-up.
   * Optional: a store without it is folded when loaded.
   */
  searchText?: SearchText[];
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
}

/** PyCon US 2019, the defaults of the parser and of `pycon parse`. */
export const PYCON_2019: ParseOptions = { firstDay: '2019-05-03', timezone: 'America/New_York', name: 'PyCon US 2019' };
