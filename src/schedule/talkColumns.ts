/**
 * Two fields of every talk of a store, saved beside it in its outline
 * (store/storeOutline.ts) as one string each, a talk a line: its uid and
 * its date. With them a command finds the talks an itinerary holds, or the
 * talks of a day, without reading every talk: a store's outline gives its
 * talks one at a time, when each is first asked for (store/lazyTalks.ts).
 * The outline finds a talk by its id itself, with one search of its text.
 * Without them, the talks are read through.
 */
import type { Talk } from './types.js';

interface Columns {
  uids: string;
  dates: string;
}

/** What a list read lazily (store/lazyTalks.ts) does faster than reading through it. */
export interface LazyReads {
  /** A run of the talks, parsed at once: a day's talks are one run. */
  range?: ((from: number, to: number) => Talk[]) | undefined;
  /** The talk with this id, if the list finds it (undefined says only that it did not). */
  withId?: ((id: string) => Talk | undefined) | undefined;
  /** Where the talk with this uid may be, if the list finds it (its uid is to be checked). */
  uidAt?: ((uid: string) => number | undefined) | undefined;
}

const saved = new WeakMap<Talk[], Partial<Columns> & LazyReads>();
/** Made from the columns when first needed; undefined when a column does not hold a line per talk. */
const uidIndexes = new WeakMap<Talk[], Map<string, number> | undefined>();
const dayIndexes = new WeakMap<Talk[], Map<string, number[]> | undefined>();

/** The columns saved for these talks, in their order; not used unless each holds a line per talk. */
export function rememberColumns(talks: Talk[], columns: Partial<Columns>, reads: LazyReads = {}): void {
  saved.set(talks, { ...columns, ...reads });
}

/** The talks' uids and dates as saved, a talk a line; undefined when a uid holds a line break, which would break its column. */
export function columnsOf(talks: Talk[]): Columns | undefined {
  if (talks.some((talk) => talk.uid.includes('\n'))) return undefined;
  return { uids: talks.map((talk) => `${talk.uid}\n`).join(''), dates: talks.map((talk) => `${talk.date}\n`).join('') };
}

/** The talk with this id, if any. */
export function talkWithId(talks: Talk[], id: string): Talk | undefined {
  const found = saved.get(talks)?.withId?.(id);
  return found?.id === id ? found : talks.find((talk) => talk.id === id);
}

/**
 * The talks whose uids these are, in the talks' order. A few uids are each
 * looked for by the list itself, with a search of its text; more, or one it
 * does not find, through an index of the uid column, which costs about as
 * much to make as FEW_UIDS searches.
 */
export function talksWithUids(talks: Talk[], uids: Set<string>): Talk[] {
  const uidAt = saved.get(talks)?.uidAt;
  if (uidAt && uids.size <= FEW_UIDS) {
    const positions = [...uids].map((uid) => {
      const at = uidAt(uid);
      return at !== undefined && talks[at]?.uid === uid ? at : undefined;
    });
    if (positions.every((at) => at !== undefined)) return inOrder(talks, positions as number[]);
  }
  const found = uidIndex(talks);
  if (!found) return talks.filter((talk) => uids.has(talk.uid));
  return inOrder(
    talks,
    [...uids].flatMap((uid) => {
      const at = found.get(uid);
      return at === undefined ? [] : [at];
    }),
  );
}

function inOrder(talks: Talk[], positions: number[]): Talk[] {
  return positions.sort((a, b) => a - b).map((at) => talks[at] as Talk);
}

const FEW_UIDS = 8;

/** The talks on this date, in the talks' order. */
export function talksOn(talks: Talk[], date: string): Talk[] {
  const found = dayIndex(talks);
  if (!found) return talks.filter((talk) => talk.date === date);
  const positions = found.get(date) ?? [];
  const first = positions[0] ?? 0;
  const range = saved.get(talks)?.range;
  if (range && positions[positions.length - 1] === first + positions.length - 1) return range(first, first + positions.length);
  return positions.map((at) => talks[at] as Talk);
}

function uidIndex(talks: Talk[]): Map<string, number> | undefined {
  if (!uidIndexes.has(talks)) {
    const uids = lines(saved.get(talks)?.uids, talks.length);
    uidIndexes.set(talks, uids && new Map(uids.map((uid, at) => [uid, at])));
  }
  return uidIndexes.get(talks);
}

function dayIndex(talks: Talk[]): Map<string, number[]> | undefined {
  if (!dayIndexes.has(talks)) {
    const dates = lines(saved.get(talks)?.dates, talks.length);
    dayIndexes.set(talks, dates && positionsByValue(dates));
  }
  return dayIndexes.get(talks);
}

/** Where each value is among them, for values that repeat (dates). */
function positionsByValue(values: string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  values.forEach((value, at) => {
    const positions = index.get(value);
    if (positions) positions.push(at);
    else index.set(value, [at]);
  });
  return index;
}

/** A saved column's lines, when it holds one for each of `count` talks. */
function lines(column: string | undefined, count: number): string[] | undefined {
  if (column === undefined || (column !== '' && !column.endsWith('\n'))) return undefined;
  const each = column === '' ? [] : column.slice(0, -1).split('\n');
  return each.length === count ? each : undefined;
}
