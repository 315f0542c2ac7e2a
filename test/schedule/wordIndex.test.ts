import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/schedule/searchIndex.js';
import { savedWordStarts, wordIndexText } from '../../src/schedule/wordIndex.js';
import { saturdayTalk } from '../helpers/talks.js';

/** An index made in memory, whose word starts are found in the column of these descriptions. */
function scanned(descriptions: string[]) {
  const talks = descriptions.map((description, i) => ({ ...saturdayTalk(`t${i}`, '10:00', '11:00'), description }));
  return buildSearchIndex(talks, (talk) => ({ title: '', speakers: '', description: talk.description })).descriptions;
}

/** The same from the saved index, with each stretch of postings it reads. */
function saved(descriptions: string[]) {
  const { words, postings } = wordIndexText(descriptions);
  const reads: string[] = [];
  const starts = savedWordStarts(words, (offset, length) => {
    const read = postings.slice(offset, offset + length);
    reads.push(read);
    return read;
  });
  return { starts, reads };
}

describe('the index of the descriptions’ words', () => {
  it('lists each word once in code-unit order, with where its talks and counts lie', () => {
    const descriptions = ['testing asyncio testing', 'tests', '', 'asyncio 型ヒント'];
    expect(wordIndexText(descriptions)).toEqual({
      words: '\nasyncio 0 8\ntesting 8 4\ntests 12 4\n型ヒント 16 4',
      postings: '0 1 3 1\n0 2\n1 1\n3 1\n',
    });
  });

  it('reads the talks of all the words a start begins, in one stretch', () => {
    const { starts, reads } = saved(['testing asyncio testing', 'tests', '', 'asyncio contest']);
    expect([...starts.mentions('test')]).toEqual([
      [0, 2],
      [1, 1],
    ]);
    expect(reads).toEqual(['0 2\n1 1\n']);
    expect([...starts.mentions('test')]).toEqual([...starts.mentions('tes')]);
    expect([...starts.mentions('async')]).toEqual([
      [0, 1],
      [3, 1],
    ]);
    // `contest` holds `test` but does not start with it; nothing starts with `zz`.
    expect(starts.mentions('ontest').size).toBe(0);
    expect(starts.mentions('zz').size).toBe(0);
    expect([starts.anyStarts('con'), starts.anyStarts('ontest'), starts.anyStarts('testing'), starts.anyStarts('testings')]).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });

  it('counts every word start as a scan of the descriptions does', () => {
    const word = fc.stringMatching(/^[abc]{1,4}$/);
    const description = fc.array(word, { maxLength: 8 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(description, { maxLength: 6 }), word, (descriptions, start) => {
        const { starts } = saved(descriptions);
        const column = scanned(descriptions);
        expect([...starts.mentions(start)]).toEqual([...column.mentions(start)]);
        expect(starts.anyStarts(start)).toBe(column.anyStarts(start));
      }),
    );
  });
});
