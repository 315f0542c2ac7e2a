import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { searchColumnsOf } from '../../src/schedule/searchIndex.js';
import { loadStore } from '../../src/store/loadStore.js';
import { sealedSearchColumns } from '../../src/store/searchFile.js';
import { searchPath, sealStore } from '../../src/store/storeSeal.js';
import { homeWithWinterHackDays } from '../helpers/run.js';
import { searchColumnsFrom } from '../helpers/searchColumns.js';

async function imported() {
  const { store } = await homeWithWinterHackDays();
  const search = searchPath(store);
  /** The columns read back, after the file is given this text and sealed again. */
  const readBack = (text?: string) => {
    if (text !== undefined) {
      writeFileSync(search, text);
      sealStore(store, true);
    }
    return sealedSearchColumns(store, statSync(store, { bigint: true }), () => new UserError('changed'));
  };
  return { store, search, readBack };
}

describe('the search file', () => {
  it('is a heading, each section’s name and length in bytes, then the sections as they are', async () => {
    const my = await imported();
    const sections = searchColumnsOf(loadStore(my.store).searchText ?? []);
    const text = readFileSync(my.search, 'utf8');
    const names = ['titles', 'speakers', 'vocabulary', 'words', 'descriptions', 'postings'] as const;
    expect(text).toBe(
      `pycon search text 2\n${names.map((name) => `${name} ${Buffer.byteLength(sections[name])}\n`).join('')}` +
        names.map((name) => sections[name]).join(''),
    );
    // The fixture's Japanese title makes the byte lengths differ from the lengths in characters.
    expect(sections.titles.includes('真夜中の映画')).toBe(true);
    const read = my.readBack();
    expect(read && [read.titles, read.speakers, read.vocabulary, read.descriptions()]).toEqual([
      sections.titles,
      sections.speakers,
      sections.vocabulary,
      sections.descriptions,
    ]);
    const inMemory = searchColumnsFrom(sections);
    for (const start of ['rust', 'film', 'let', 'nothing']) {
      expect(read?.descriptionWords.mentions(start), start).toEqual(inMemory.descriptionWords.mentions(start));
    }
    expect(read?.descriptionWords.mentions('rust').size).toBeGreaterThan(0);
  });

  it('reads postings and descriptions later only from the file it read first', async () => {
    const my = await imported();
    const read = my.readBack();
    expect(read?.descriptionWords.mentions('rust').size).toBeGreaterThan(0);
    // An update in between writes a new search file in its place.
    writeFileSync(`${my.search}.new`, readFileSync(my.search));
    renameSync(`${my.search}.new`, my.search);
    expect(() => read?.descriptionWords.mentions('rust')).toThrow('changed');
    expect(() => read?.descriptions()).toThrow('changed');
    // A start no word has reads nothing.
    expect(read?.descriptionWords.mentions('zzz').size).toBe(0);
  });

  it('is not read unless laid out so, and the whole store is read instead', async () => {
    const my = await imported();
    const good = readFileSync(my.search, 'utf8');
    expect(my.readBack(good)).toBeDefined();
    for (const spoiled of [
      '{"titles":"","speakers":"","descriptions":"","vocabulary":""}\n',
      good.replace('pycon search text 2', 'pycon search text 1'),
      good.replace('speakers ', 'names '),
      good.replace(/titles \d+/, 'titles x'),
      good.slice(0, -1),
      `${good} `,
      good.split('\n').slice(0, 3).join('\n'),
    ]) {
      expect(my.readBack(spoiled)).toBeUndefined();
    }
  });
});
