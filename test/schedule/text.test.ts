import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText, decodeEntities, distinctIds, dropLinkRemnants, oneLine, slugify } from '../../src/schedule/text.js';
import { foldText, foldWords } from '../../src/schedule/fold.js';

describe('entities', () => {
  it('decodes named, decimal and hexadecimal entities, in any case', () => {
    expect(decodeEntities('&AMP; &lt;b&GT; &#8217; &#x2019; &#X1F600; &Hellip;')).toBe('& <b> ’ ’ 😀 …');
  });

  it('keeps an entity it does not know, or one naming no character, as written', () => {
    expect(decodeEntities('&bogus; &#0; &#x110000; &#1114111; &#x; &')).toBe('&bogus; &#0; &#x110000; \u{10FFFF} &#x; &');
  });
});

describe('link remnants', () => {
  it('turns [text]( and [text][1] into their text, and drops empty reference lines and ()', () => {
    expect(dropLinkRemnants('See [the docs](, [the talk][1] and [more][] here ()')).toBe('See the docs, the talk and more here');
    expect(dropLinkRemnants('[1]: \nnotes [2]:\n[x]:y')).toBe(' \nnotes \n[x]:y');
    expect(dropLinkRemnants('call f() or g ( )')).toBe('call f or g');
  });

  it('keeps brackets that are not what a lost link leaves', () => {
    expect(dropLinkRemnants('a[i] [][1] [a][b][c] [] : [ab]x:')).toBe('a[i]  a[c] [] : [ab]x:');
  });
});

describe('one line', () => {
  it('turns any run of tabs and newlines into one space, and drops control characters', () => {
    expect(oneLine('Grand\t\tBallroom\n\nA\u0007\u009b')).toBe('Grand Ballroom A');
    expect(oneLine('plain')).toBe('plain');
  });

  it('drops the controls that turn the direction of what follows, and keeps the marks', () => {
    // An override left open (U+202E) would turn a grid's borders and the next cells around on a right-to-left terminal.
    expect(oneLine('Evil\u202e txet\u202c, \u2067שלום\u2069 \u202a\u202b\u202d\u2066\u2068')).toBe('Evil txet, שלום ');
    expect(oneLine('עברית\u200f English\u200e')).toBe('עברית\u200f English\u200e');
  });
});

describe('folding', () => {
  it('folds case, accents, apostrophes and punctuation, for ASCII and beyond', () => {
    expect(foldText("Don't Be A-Robot!")).toBe('dont be a robot');
    expect(foldText('Ce\u0301line’s Straße — été')).toBe('celines strasse ete');
    expect(foldText('e\u0301\u0300x')).toBe('ex');
    expect(foldText('日本語のトーク')).toBe('日本語のトーク');
    expect(foldWords(' -- ')).toEqual([]);
    expect(slugify('Ça va?')).toBe('ca-va');
    expect(slugify('!!!')).toBe('talk');
  });

  it('folds away only accents: other scripts keep their marks, composed again', () => {
    expect(foldText('データ パイソン')).toBe('データ パイソン');
    expect(foldText('ﾊﾟｲｿﾝ')).toBe('パイソン');
    expect(foldText('한국어').length).toBe(3);
    expect(foldText('हिन्दी')).toBe('हिन्दी');
    expect(foldText('Tiếng Việt')).toBe('tieng viet');
    // Letters with a stroke or a bar, which Unicode does not take apart, go to the letter they are drawn from.
    expect(foldText('Łukasz Søren Đorđe Ħamrun Ðóra')).toBe('lukasz soren dorde hamrun dora');
    // So are the ligatures and ß, as a keyboard without them spells them.
    expect(foldText('Æsir Œuvre Fußball')).toBe('aesir oeuvre fussball');
  });

  it('makes ids that keep the marks other scripts need, and drop only accents', () => {
    // A Japanese voicing mark is not an accent: データ (data) is not テータ.
    expect(slugify('データ分析とパイソン')).toBe('データ分析とパイソン');
    // Hangul stays in syllables, not the letters NFKD splits them into.
    expect(slugify('파이썬 시작하기')).toBe('파이썬-시작하기');
    expect(slugify('हिन्दी में पायथन')).toBe('हिन्दी-में-पायथन');
    expect(slugify('Ångström Ελληνικά Ёлка: Café')).toBe('angstrom-ελληνικα-елка-cafe');
    // Compatibility forms fold: fullwidth letters, half-width katakana, ligatures.
    expect(slugify('ＰｙＣｏｎ ｶﾞｲﾄﾞ ﬁle')).toBe('pycon-ガイド-file');
  });

  it('drops variation selectors, and marks with no letter to belong to, from ids and search text', () => {
    // Each emoji is a symbol, not a word: the selector that makes it red, or the keycap around a digit, goes with it.
    expect(slugify('Emoji: \u2764\ufe0f \u2615\ufe0f and 1\ufe0f\u20e3')).toBe('emoji-and-1');
    expect(slugify('\u0301Caf\u00e9 \u00b7\u093f \u3099 open')).toBe('cafe-open');
    // At the start, several in a row, and after a mark of punctuation, which still parts the words around it.
    expect(slugify('\u093fStart ab\u00b7\u093f\u093fcd')).toBe('start-ab-cd');
    // A kanji's variant (an ideographic variation selector) is that kanji.
    expect(foldText('\u845b\u{e0100}\u98fe\u533a')).toBe('\u845b\u98fe\u533a');
    // Marks that belong to their letter stay.
    expect(slugify('\u0e44\u0e17\u0e22 \u0e2a\u0e33\u0e2b\u0e23\u0e31\u0e1a')).toBe(
      '\u0e44\u0e17\u0e22-\u0e2a\u0e4d\u0e32\u0e2b\u0e23\u0e31\u0e1a',
    );
  });

  it('gives talks distinct ids, the slots of one title numbered in order past any id taken', () => {
    expect(distinctIds(['talk', 'talk', 'other', 'talk'])).toEqual(['talk', 'talk-2', 'other', 'talk-3']);
    // A title whose own slug ends in a number takes that id first, or a number after it when a slot holds it.
    expect(distinctIds(['rust', 'rust-2', 'rust', 'rust'])).toEqual(['rust', 'rust-2', 'rust-3', 'rust-4']);
    expect(distinctIds(['rust', 'rust', 'rust-2', 'rust-2'])).toEqual(['rust', 'rust-2', 'rust-2-2', 'rust-2-3']);
  });

  it('folds ASCII, line breaks and controls included, and the marks of typography, as the Unicode way does', () => {
    /**
     * Checks `text` folds as the Unicode way would: an accented word takes a text off the ways without
     * Unicode's tables, and folds to a last word "e". Checked short (a title) and long (a description).
     */
    const foldsAsUnicode = (text: string) => {
      for (const each of [text, `${'Long text, '.repeat(30)}${text}`]) {
        const folded = foldText(each);
        expect(foldText(`${each} \u00e9`)).toBe(folded === '' ? 'e' : `${folded} e`);
      }
    };
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(..."aZ9 \n\t\r'`-_.!\u0001\u007f"), maxLength: 40 }), foldsAsUnicode), {
      numRuns: 500,
    });
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii', maxLength: 60 }), foldsAsUnicode), { numRuns: 500 });
    // The marks of English typography, and characters that fold otherwise (to a letter, a number or two).
    const typography = [...'‘’¡©«®°·»¿×‐–—“”„•…‹›', ...'´¨ªµ²½ßéﬁ'];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...typography, 'a', 'Z', '9', ' ', "'", '-'), maxLength: 40 }), foldsAsUnicode),
      {
        numRuns: 500,
      },
    );
    expect(foldText('Don’t “panic” – it’s… ¡Fine! « Oui »')).toBe('dont panic its fine oui');
    expect(foldText(`Don’t “panic” – it’s… ${'¡Fine! '.repeat(50)}`)).toBe(`dont panic its${' fine'.repeat(50)}`);
    expect(foldText('First paragraph.\n\nSecond one')).toBe('first paragraph second one');
    expect(foldText(`  ${'Long, '.repeat(2000)}end.`)).toBe(`${'long '.repeat(2000)}end`);
  });

  it('compares by code unit: -1, 0 or 1', () => {
    expect([compareText('a', 'b'), compareText('b', 'a'), compareText('a', 'a'), compareText('B', 'a')]).toEqual([-1, 1, 0, -1]);
  });
});
