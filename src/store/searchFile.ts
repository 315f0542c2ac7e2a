/**
 * A store's search file (`store.search.txt`), written and sealed with its
 * outline (storeOutline.ts): the folded text of all its talks as the three
 * columns a search scans, and the words typos are looked for among
 * (schedule/search.ts), so that a search reads them rather than the store.
 *
 * The file is a heading, a line per column with its name and its length in
 * UTF-8 bytes, then the columns one after another, as they are:
 *
 *   pycon search text 1
 *   titles 79100
 *   speakers 19670
 *   descriptions 570778
 *   vocabulary 10575
 *   <the columns' text>
 *
 * so each column is read as a stretch of the file's bytes. As JSON, whose
 * escapes must be undone, parsing took as long as reading the file.
 */
import { isAscii } from 'node:buffer';
import type { BigIntStats } from 'node:fs';
import type { UserError } from '../errors.js';
import { foldTalk, type SearchColumns, searchColumnsOf } from '../schedule/search.js';
import type { Store } from '../schedule/types.js';
import { readFileAndStat } from './readFile.js';
import { searchPath, searchSeal } from './storeSeal.js';

/** A search file's first line; a file without it (an older pycon's, say) is not read, and is written again. */
const HEADING = 'pycon search text 1';
const COLUMNS = ['titles', 'speakers', 'descriptions', 'vocabulary'] as const;

export function searchFileText(store: Store): string {
  const columns = searchColumnsOf(store.searchText ?? store.talks.map(foldTalk));
  const lengths = COLUMNS.map((name) => `${name} ${Buffer.byteLength(columns[name])}`);
  return `${[HEADING, ...lengths].join('\n')}\n${COLUMNS.map((name) => columns[name]).join('')}`;
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
  return columnsOf(read.bytes);
}

/** The columns of a search file's bytes; undefined unless they are laid out as searchFileText writes them. */
function columnsOf(bytes: Buffer): SearchColumns | undefined {
  let at = 0;
  const nextLine = (): string | undefined => {
    const end = bytes.indexOf(0x0a, at);
    if (end === -1) return undefined;
    const line = bytes.toString('latin1', at, end);
    at = end + 1;
    return line;
  };
  if (nextLine() !== HEADING) return undefined;
  const lengths: number[] = [];
  for (const name of COLUMNS) {
    const [given, length] = (nextLine() ?? '').split(' ');
    if (given !== name || !/^\d+$/.test(length ?? '')) return undefined;
    lengths.push(Number(length));
  }
  if (at + lengths.reduce((sum, length) => sum + length, 0) !== bytes.length) return undefined;
  const columns: Partial<SearchColumns> = {};
  COLUMNS.forEach((name, i) => {
    const text = bytes.subarray(at, at + (lengths[i] as number));
    // Each on its own, so that a Japanese title makes only the titles a two-byte string.
    columns[name] = isAscii(text) ? text.toString('latin1') : text.toString('utf8');
    at += text.length;
  });
  return columns as SearchColumns;
}
