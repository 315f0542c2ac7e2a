/**
 * Long lines written to make a backtracking parser take minutes. The parser
 * is linear, so each of these takes milliseconds; a quadratic regression
 * takes far longer than the test's time limit of 2 s (a 100 kB line of
 * `[` took 18 s). `npm run bench` prints the growth from 50 kB to 100 kB.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/schedule/parse.js';
import { cleanText } from '../../src/schedule/text.js';
import { HOSTILE_LINES } from '../bench/scale.js';
import { repoRoot } from '../helpers/run.js';
import { CONTROL } from '../helpers/store.js';

const source = readFileSync(join(repoRoot, 'data', 'pycon-2019-talks.txt'), 'utf8');
const FIRST_DESCRIPTION = 'Everyone’s talking about it.';

function parseWithDescription(line: string) {
  return parseSource(source.replace(FIRST_DESCRIPTION, line));
}

describe('the parser on long hostile lines', () => {
  for (const [name, line] of Object.entries(HOSTILE_LINES)) {
    it(`reads a 400 kB description of ${name}`, () => {
      const { store, problems } = parseWithDescription(line(400_000));
      expect(problems).toEqual([]);
      expect(store?.talks).toHaveLength(95);
    }, 2_000);
  }

  it('reads any long line built of the characters links and entities are made of', () => {
    const piece = fc.constantFrom('[', ']', '(', ')', ':', ' ', '  ', '&', '#', ';', 'x', '1', '[x]', '](', '][', '[1]: ', '&#27;', '\t');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 5_000, maxLength: 20_000 }), (pieces) => {
        const cleaned = cleanText(pieces.join(''));
        expect(cleaned).not.toMatch(CONTROL);
        expect(cleaned).not.toMatch(/\s{2}/);
      }),
      { numRuns: 30 },
    );
  });
});

describe('entities in a source', () => {
  it('never decode into control characters', () => {
    const { store } = parseWithDescription('A bell &#7;, an escape &#27;[2J, a C1 &#x9b;31m and &#127; delete.');
    expect(store?.talks.find((talk) => talk.id.startsWith('advanced-asyncio'))?.description).toMatch(
      /^A bell , an escape \[2J, a C1 31m and delete. Everyone’s using it./,
    );
  });
});
