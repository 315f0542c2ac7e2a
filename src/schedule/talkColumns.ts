/**
 * Three fields of every talk of a store, saved beside it in its outline
 * (store/storeOutline.ts) as one string each, a talk a line: its id, its
 * uid and its date. With them a command finds a talk by its id, the talks
 * an itinerary holds, or the talks of a day, without reading every talk: a
 * store's outline gives its talks one at a time, when each is first asked
 * for (store/lazyTalks.ts). Without them, the talks are read through.
 */
import type { Talk } from './types.js';

interface Columns {
  ids: string;
  uids: string;
  dates: string;
}

/** A run of the talks, parsed at once when the list is read lazily (store/lazyTalks.ts): a day's talks are one run. */
type Range = (from: number, to: number) => Talk[];

const saved = new WeakMap<Talk[], Columns & { range?: Range | undefined }>();
/** Made from the columns when first needed; undefined when a column does not hold a line per talk. */
const idIndexes = new WeakMap<Talk[], Map<string, number> | undefined>();
const uidIndexes = new WeakMap<Talk[], Map<string, number> | undefined>();
const dayIndexes = new WeakMap<Talk[], Map<string, number[]> | undefined>();

/** The columns saved for these talks, in their order; not used unless each holds a line per talk. */
export function rememberColumns(talks: Talk[], columns: Columns, range?: Range): void {
  saved.set(talks, { ...columns, range });
}

/** The talks' ids, uids and dates as saved, a talk a line; undefined when one holds a line break, which would break its column. */
export function columnsOf(talks: Talk[]): Columns | undefined {
  const column = (field: 'id' | 'uid' | 'date') => talks.map((talk) => `${talk[field]}\n`).join('');
  const columns = { ids: column('id'), uids: column('uid'), dates: column('date') };
  return Object.values(columns).every((text) => linesIn(text) === talks.length) ? columns : undefined;
}

function linesIn(column: string): number {
  let count = 0;
  for (let at = column.indexOf('\n'); at !== -1; at = column.indexOf('\n', at + 1)) count++;
  return count;
}

/** The talk with this id, if any. */
export function talkWithId(talks: Talk[], id: string): Talk | undefined {
  const found = positionIndex(idIndexes, talks, 'ids');
  if (!found) return talks.find((talk) => talk.id === id);
  const at = found.get(id);
  return at === undefined ? undefined : talks[at];
}

/** The talks whose uids these are, in the talks' order. */
export function talksWithUids(talks: Talk[], uids: Set<string>): Talk[] {
  const found = uidIndex(talks);
  if (!found) return talks.filter((talk) => uids.has(talk.uid));
  const positions = [...uids].flatMap((uid) => {
    const at = found.get(uid);
    return at === undefined ? [] : [at];
  });
  return positions.sort((a, b) => a - b).map((at) => talks[at] as Talk);
}

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
  return positionIndex(uidIndexes, talks, 'uids');
}

/** Where each talk is by the field a column holds, which is each talk's own (ids, uids). */
function positionIndex(
  indexes: WeakMap<Talk[], Map<string, number> | undefined>,
  talks: Talk[],
  column: 'ids' | 'uids',
): Map<string, number> | undefined {
  if (!indexes.has(talks)) {
    const values = lines(saved.get(talks)?.[column], talks.length);
    indexes.set(talks, values && new Map(values.map((value, at) => [value, at])));
  }
  return indexes.get(talks);
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
