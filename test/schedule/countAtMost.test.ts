import { describe, expect, it } from 'vitest';
import { countAtMost } from '../../src/schedule/countAtMost.js';

describe('countAtMost', () => {
  it('counts the sorted numbers at or below a value, ties included', () => {
    const sorted = [10, 20, 20, 30];
    expect([5, 10, 15, 20, 25, 30, 35].map((value) => countAtMost(sorted, value))).toEqual([0, 1, 1, 3, 3, 4, 4]);
    expect(countAtMost([], 10)).toBe(0);
  });

  it('looks only at the first `limit` of them', () => {
    expect(countAtMost([10, 20, 30], 35, 2)).toBe(2);
    expect(countAtMost([10, 20, 30], 5, 0)).toBe(0);
  });
});
