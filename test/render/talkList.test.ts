import { describe, expect, it } from 'vitest';
import { plainStyle } from '../../src/render/style.js';
import { markTerms } from '../../src/render/talkList.js';

const brackets = { ...plainStyle, match: (text: string) => `[${text}]` };

describe('markTerms', () => {
  it('marks each word of a title whose folded form was searched for, whatever its case or apostrophes', () => {
    expect(markTerms("Don't Be a Robot: Asyncio in Python 3.7", new Set(['dont', 'asyncio', '3']), brackets)).toBe(
      "[Don't] Be a Robot: [Asyncio] in Python [3].7",
    );
  });

  it('marks accented and Japanese words as whole words', () => {
    expect(markTerms('★ Café async 型ヒント入門 – l’été', new Set(['cafe', '型ヒント入門', 'lete']), brackets)).toBe(
      '★ [Café] async [型ヒント入門] – [l’été]',
    );
  });

  it('leaves a title alone when nothing was searched for', () => {
    expect(markTerms('Asyncio', undefined, brackets)).toBe('Asyncio');
    expect(markTerms('Asyncio', new Set(), brackets)).toBe('Asyncio');
  });
});
