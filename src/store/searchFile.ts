/**
 * A store's search file (`store.search.txt`), written and sealed with its
 * outline (storeOutline.ts): the folded text of all its talks' titles and
 * speakers as the columns a search scans, the words typos are looked for
 * among, and the index of the descriptions' words (schedule/wordIndex.ts),
 * so that a search reads them rather than the store.
 *
 * The file is a heading, a line per section with its name and its length in
 * UTF-8 bytes, then the sections one after another, as they are:
 *
 *   pycon search text 2
 *   titles 79100
 *   speakers 19670
 *   vocabulary 10575
 *   words 16934
 *   descriptions 1300767
 *   postings 891745
 *   <the sections' text>
 *
 * A search reads the heading and the first four sections (126 kB of the
 * 2.3 MB above, for 1,530 talks with abstracts of 500 to 1,200 characters).
 * It reads the postings of the words it looks for, a stretch at a time, and
 * the descriptions' column only to give a talk its own search text: however
 * long a conference's abstracts, a search reads a few kilobytes of them.
 */
import { type BigIntStats, closeSync, fstatSync } from 'node:fs';
import type { UserError } from '../errors.js';
import { once } from '../schedule/once.js';
import { foldTalk, type SearchColumns, type SearchColumnsText, searchColumnsOf } from '../schedule/searchIndex.js';
import { savedWordStarts } from '../schedule/wordIndex.js';
import type { Store } from '../schedule/types.js';
import { openToRead, readAt, textOf } from './readFile.js';
import { isSameFile, searchPath, searchSeal } from './storeSeal.js';

/** A search file's first line; a file without it (an older pycon's, say) is not read, and is written again. */
const HEADING = 'pycon search text 2';
/** The sections, in their order in the file: those every search reads come first, and are read at once. */
const SECTIONS = ['titles', 'speakers', 'vocabulary', 'words', 'descriptions', 'postings'] as const;
const READ_AT_ONCE = 4;
/** More than the heading and the sections' lines can take. */
const HEAD_BYTES = 512;

/** The search file's text, in the parts it is written in: its heading, then each section. */
export function searchFileText(store: Store): string[] {
  const sections: SearchColumnsText = searchColumnsOf(store.searchText ?? store.talks.map(foldTalk));
  const lengths = SECTIONS.map((name) => `${name} ${Buffer.byteLength(sections[name])}`);
  return [`${[HEADING, ...lengths].join('\n')}\n`, ...SECTIONS.map((name) => sections[name])];
}

/**
 * The search text sealed with the store, or undefined when there is none to
 * trust and the whole store is read instead. What is read later (postings,
 * descriptions) is read from the file only while it is still the one read
 * first: replaced by an update in between, the command is asked to run again.
 */
export function sealedSearchColumns(storePath: string, storeStat: BigIntStats, changed: () => UserError): SearchColumns | undefined {
  const path = searchPath(storePath);
  const opened = openSearchFile(path);
  if (!opened) return undefined;
  const { fd, stat } = opened;
  try {
    const seal = searchSeal(storePath, storeStat, stat);
    if (seal === 'replaced') throw changed();
    if (seal === 'unsealed' || !stat.isFile()) return undefined;
    const later = (position: number, length: number): Buffer => {
      const again = openSearchFile(path);
      if (!again) throw changed();
      try {
        if (!isSameFile(stat, again.stat)) throw changed();
        return readAt(again.fd, position, length);
      } finally {
        closeSync(again.fd);
      }
    };
    return columnsOf(fd, Number(stat.size), later);
  } finally {
    closeSync(fd);
  }
}

/** The search file opened, and its status; undefined when it cannot be. */
function openSearchFile(path: string): { fd: number; stat: BigIntStats } | undefined {
  let fd: number;
  try {
    fd = openToRead(path);
  } catch {
    return undefined;
  }
  try {
    return { fd, stat: fstatSync(fd, { bigint: true }) };
  } catch {
    closeSync(fd);
    return undefined;
  }
}

/**
 * The search text of an open search file of `size` bytes, the sections every
 * search needs read now and the others with `later`; undefined unless it is
 * laid out as searchFileText writes it.
 */
function columnsOf(fd: number, size: number, later: (position: number, length: number) => Buffer): SearchColumns | undefined {
  const head = readAt(fd, 0, Math.min(size, HEAD_BYTES));
  let at = 0;
  const nextLine = (): string | undefined => {
    const end = head.indexOf(0x0a, at);
    if (end === -1) return undefined;
    const line = head.toString('latin1', at, end);
    at = end + 1;
    return line;
  };
  if (nextLine() !== HEADING) return undefined;
  const lengths: number[] = [];
  for (const name of SECTIONS) {
    const [given, length] = (nextLine() ?? '').split(' ');
    if (given !== name || !/^\d+$/.test(length ?? '')) return undefined;
    lengths.push(Number(length));
  }
  if (at + lengths.reduce((sum, length) => sum + length, 0) !== size) return undefined;
  const starts = lengths.map((_, i) => at + lengths.slice(0, i).reduce((sum, length) => sum + length, 0));
  const first = readAt(
    fd,
    at,
    lengths.slice(0, READ_AT_ONCE).reduce((sum, length) => sum + length, 0),
  );
  // Each section decoded on its own: a Japanese title makes only the titles a two-byte string.
  const [titles, speakers, vocabulary, words] = SECTIONS.slice(0, READ_AT_ONCE).map((_, i) =>
    textOf(first.subarray((starts[i] as number) - at, (starts[i] as number) - at + (lengths[i] as number))),
  ) as [string, string, string, string];
  const [descriptionsAt = 0, postingsAt = 0] = starts.slice(READ_AT_ONCE);
  const [descriptionsLength = 0, postingsLength = 0] = lengths.slice(READ_AT_ONCE);
  const postings = (offset: number, length: number) =>
    offset + length <= postingsLength ? later(postingsAt + offset, length).toString('latin1') : '';
  return {
    titles,
    speakers,
    vocabulary,
    descriptionWords: savedWordStarts(words, postings),
    descriptions: once(() => textOf(later(descriptionsAt, descriptionsLength))),
  };
}
