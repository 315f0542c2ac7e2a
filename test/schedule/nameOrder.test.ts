import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PUNCTUATION_ORDER, collationKey, sortKey } from '../../src/schedule/nameOrder.js';
import { compareText } from '../../src/schedule/text.js';

describe('the order of a name index', () => {
  it('leaves any other name to the collation', () => {
    for (const name of ['\u00de\u00f3r', '\u674e\u96f7', 'Ana\u00a0Lee', 'Eng \u014b', 'Ann^', 'Zo\u0308e\u0301\u0327']) {
      expect(collationKey(name), name).toBe(name === 'Zo\u0308e\u0301\u0327' ? 'zoe' : undefined);
    }
  });

  it('writes keys that any two such names sort by as the collation of en does, letter by letter and numbers by their value', () => {
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const punctuation = [...PUNCTUATION_ORDER];
    expect(punctuation.toSorted(collator.compare).join('')).toBe(PUNCTUATION_ORDER);
    expect(punctuation.slice(1).filter((mark, at) => collator.compare(punctuation[at] ?? '', mark) === 0)).toEqual([]);
    const piece = fc.constantFrom(
      ...'aAbBzZ09185 ',
      ...PUNCTUATION_ORDER,
      ...[
        '\u00e9',
        '\u00dc',
        '\u00f1',
        '\u00c5',
        '\u00e7',
        '\u00f8',
        '\u0141',
        '\u00df',
        '\u00e6',
        '\u0153',
        '\u0111',
        '\u0127',
        '\u00f0',
        '\u2019',
      ],
      ...['ss', 'ae', 'oe', 'o', 'l', 'd', 'h', '00', '007'],
    );
    const name = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(name, name, (a, b) => {
        const [first, second] = [collationKey(a), collationKey(b)];
        expect(first).toBeDefined();
        expect(compareText(sortKey(first ?? ''), sortKey(second ?? ''))).toBe(Math.sign(collator.compare(a, b)));
      }),
      { numRuns: 3000 },
    );
  });
});
