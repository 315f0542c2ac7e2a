import { describe, expect, it } from 'vitest';
import { editDistance, typoAllowance } from '../../src/schedule/editDistance.js';

describe('edit distance', () => {
  it('counts a letter changed, added, dropped, or two neighbours swapped as one step each', () => {
    const limit = 9;
    expect(
      [
        ['asyncio', 'asyncio'],
        ['asyncio', 'asyncoi'],
        ['asyncio', 'asynco'],
        ['asynco', 'asyncio'],
        ['secrity', 'security'],
        ['testing', 'tasting'],
        ['ab', 'ba'],
        ['abc', 'cab'],
        ['', 'abc'],
        ['abc', ''],
        ['kitten', 'sitting'],
      ].map(([a, b]) => editDistance(a as string, b as string, limit)),
    ).toEqual([0, 1, 1, 1, 1, 1, 1, 2, 3, 3, 3]);
  });

  it('gives up once the distance must pass the limit, returning one more than the limit', () => {
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('a', 'abcd', 2)).toBe(3);
    expect(editDistance('abcd', 'wxyz', 1)).toBe(2);
    // A swapped pair is not edited again: "ca" is three steps from "abc", not two.
    expect(editDistance('ca', 'abc', 9)).toBe(3);
  });

  it('agrees with the textbook table on thousands of word pairs, at every limit, in any order of calls', () => {
    // The textbook optimal string alignment distance: the whole table, no shortcuts.
    const reference = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          const row = d[i] as number[];
          const up = d[i - 1] as number[];
          row[j] = Math.min(up[j] as number, row[j - 1] as number) + 1;
          row[j] = Math.min(row[j] as number, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
            row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
        }
      return (d[a.length] as number[])[b.length] as number;
    };
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const word = (longest: number) =>
      Array.from({ length: Math.floor(random() * longest) }, () => 'abcde1'[Math.floor(random() * 6)]).join('');
    for (let n = 0; n < 3000; n++) {
      // Now and then words longer than the rows kept between calls.
      const longest = n % 50 === 0 ? 60 : 12;
      const a = word(longest);
      const b = n % 50 === 0 ? a.replace(/a/g, 'b') : word(longest);
      const limit = n % 50 === 0 ? 20 : Math.floor(random() * 4);
      expect(editDistance(a, b, limit), `${a} ${b} ${limit}`).toBe(Math.min(reference(a, b), limit + 1));
    }
  });

  it('allows no typo below four letters, one up to seven, two from eight', () => {
    expect([3, 4, 7, 8, 20].map(typoAllowance)).toEqual([0, 1, 1, 2, 2]);
  });
});
