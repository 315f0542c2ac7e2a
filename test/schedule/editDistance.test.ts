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

  it('allows no typo below four letters, one up to seven, two from eight', () => {
    expect([3, 4, 7, 8, 20].map(typoAllowance)).toEqual([0, 1, 1, 2, 2]);
  });
});
