import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { searchColumnsOf } from '../../src/schedule/search.js';
import { loadStore } from '../../src/store/loadStore.js';
import { sealedSearchColumns } from '../../src/store/searchFile.js';
import { searchPath, sealStore } from '../../src/store/storeSeal.js';
import { homeWithWinterHackDays } from '../helpers/run.js';

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
  it('is a heading, each column’s name and length in bytes, then the columns as they are', async () => {
    const my = await imported();
    const columns = searchColumnsOf(loadStore(my.store).searchText ?? []);
    const text = readFileSync(my.search, 'utf8');
    const lengths = [columns.titles, columns.speakers, columns.descriptions, columns.vocabulary].map((column) => Buffer.byteLength(column));
    expect(text).toBe(
      `pycon search text 1\ntitles ${lengths[0]}\nspeakers ${lengths[1]}\ndescriptions ${lengths[2]}\nvocabulary ${lengths[3]}\n` +
        `${columns.titles}${columns.speakers}${columns.descriptions}${columns.vocabulary}`,
    );
    // The fixture's Japanese title makes the byte lengths differ from the lengths in characters.
    expect(columns.titles.includes('真夜中の映画')).toBe(true);
    expect(my.readBack()).toEqual(columns);
  });

  it('is not read unless laid out so, and the whole store is read instead', async () => {
    const my = await imported();
    const good = readFileSync(my.search, 'utf8');
    expect(my.readBack(good)).toBeDefined();
    for (const spoiled of [
      '{"titles":"","speakers":"","descriptions":"","vocabulary":""}\n',
      good.replace('pycon search text 1', 'pycon search text 2'),
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
