/**
 * Folding text for matching, so that case, accents and punctuation never
 * matter: what the search text a store saves is made of, and what a typed
 * word is compared with.
 */

/**
 * Folds text for matching: lower case, accents removed, apostrophes dropped
 * (so `dont` finds "Don't"), any other punctuation a space. Only the accents
 * of alphabets such as Latin, Greek and Cyrillic go (`Café` → `cafe`): a
 * Japanese voicing mark, a Hindi vowel sign or the parts of a Hangul
 * syllable belong to their letter (`データ` is not `テータ`), and the letters
 * are composed again.
 */
export function foldText(text: string): string {
  // ASCII and the marks of typography beyond it need no Unicode tables: the pattern of Unicode's letters
  // takes 2.4 ms to build, in any command that folds one title holding a character beyond ASCII.
  return PLAIN.test(text) ? foldPlain(text) : foldUnicode(text);
}

/**
 * The marks of English typography, which the Unicode way folds as it does
 * ASCII punctuation: the curly apostrophes are dropped as `'` is, and the
 * rest (quotes, dashes, the ellipsis, bullets, guillemets, inverted marks
 * and a few signs) keep words apart. None has a compatibility form but the
 * ellipsis, whose three dots keep words apart too.
 */
const DROPPED_MARKS = '\u2018\u2019';
const PARTING_MARKS = '\u00a1\u00a9\u00ab\u00ae\u00b0\u00b7\u00bb\u00bf\u00d7\u2010\u2013\u2014\u201c\u201d\u201e\u2022\u2026\u2039\u203a';
/** Text foldPlain folds as the Unicode way would: ASCII (line breaks too: descriptions have paragraphs) and those marks. */
const PLAIN = new RegExp(`^[\\x00-\\x7f${DROPPED_MARKS}${PARTING_MARKS}]*$`);
const DROPPED = new RegExp(`['\`${DROPPED_MARKS}]`, 'g');

/**
 * foldText for PLAIN text, by three patterns that V8 runs natively: for a
 * title, and for a description too. An import folds a megabyte of them with
 * V8's optimizing compiler left out, and a loop a character at a time then
 * took 18 ms more than these patterns and their copies.
 */
function foldPlain(text: string): string {
  return text
    .toLowerCase()
    .replace(DROPPED, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function foldUnicode(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(ACCENTS, '')
      .normalize('NFC')
      .toLowerCase()
      .replace(SPELLED_OUT, (letter) => LETTERS_SPELLED_OUT[letter] ?? letter)
      .replace(/['\u2019\u2018`\u00b4]/g, '')
      // Marks with no letter or digit to belong to, such as those left after a symbol: else a word of marks alone, invisible in an id.
      .replace(/(^|[^\p{L}\p{M}\p{N}])\p{M}+/gu, '$1')
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
      .trim()
  );
}

/**
 * The combining marks that are accents (Unicode's blocks of combining
 * diacritical marks), and the variation selectors, which choose how a
 * character is drawn (`❤️`, an emoji's red heart; a kanji's variant), not
 * which it is.
 */
const ACCENTS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f\u{e0100}-\u{e01ef}]+/gu;

/**
 * Letters Unicode does not take apart as it does an accented one, as people
 * type them on a keyboard without them: those drawn from another with a
 * stroke or a bar (`lukasz` finds Łukasz, `soren` Søren), and the ligatures
 * and ß spelled out (`strasse` finds Straße).
 */
export const LETTERS_SPELLED_OUT: Readonly<Record<string, string>> = {
  '\u00f8': 'o',
  '\u0142': 'l',
  '\u0111': 'd',
  '\u0127': 'h',
  '\u00f0': 'd',
  '\u00e6': 'ae',
  '\u0153': 'oe',
  '\u00df': 'ss',
};
const SPELLED_OUT = /[\u00f8\u0142\u0111\u0127\u00f0\u00e6\u0153\u00df]/g;

/**
 * Which way foldText folds, saved with text it folded (Store.folding): text
 * folded another way, by an earlier pycon, is folded again. Folding 1 took
 * every mark away, voicing marks and vowel signs too; folding 2 kept a
 * variation selector, and a mark after a symbol, as a word of its own, and
 * ø, ł, đ, ħ, ð, æ, œ and ß as they are.
 */
export const FOLDING = 3;

/** The words of folded text. */
export function foldWords(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}
