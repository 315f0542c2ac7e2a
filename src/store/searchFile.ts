/**
 * A store's search file (`store.search.json`), written and sealed with its
 * outline (storeOutline.ts): the folded text of all its talks as the three
 * columns a search scans, and the words typos are looked for among
 * (schedule/search.ts), so that a search reads them rather than the store.
 */
import type { BigIntStats } from 'node:fs';
import type { UserError } from '../errors.js';
import { foldTalk, type SearchColumns, searchColumnsOf } from '../schedule/search.js';
import type { Store } from '../schedule/types.js';
import { readFileAndStat, storeText, textOf } from './readFile.js';
import { searchPath, searchSeal } from './storeSeal.js';

export function searchFileText(store: Store): string {
  return storeText(searchColumnsOf(store.searchText ?? store.talks.map(foldTalk)), 0);
}

/** The search columns sealed with the store, or undefined when there are none to trust and the whole store is read instead. */
export function sealedSearchColumns(storePath: string, storeStat: BigIntStats, changed: () => UserError): SearchColumns | undefined {
  let read: ReturnType<typeof readFileAndStat>;
  try {
    read = readFileAndStat(searchPath(storePath), { what: 'search text', missing: '' });
  } catch {
    return undefined;
  }
  const seal = searchSeal(storePath, storeStat, read.stat);
  if (seal === 'replaced') throw changed();
  if (seal === 'unsealed') return undefined;
  try {
    const columns: unknown = JSON.parse(textOf(read.bytes));
    return isSearchColumns(columns) ? columns : undefined;
  } catch {
    return undefined;
  }
}

function isSearchColumns(value: unknown): value is SearchColumns {
  if (typeof value !== 'object' || value === null) return false;
  const columns = value as Record<string, unknown>;
  return ['titles', 'speakers', 'descriptions', 'vocabulary'].every((field) => typeof columns[field] === 'string');
}
