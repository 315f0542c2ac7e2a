/**
 * Scripts written without spaces between words: Chinese, Japanese (kana and
 * kanji), and the alphabets of Thai, Lao, Myanmar and Khmer. A word typed in
 * one is looked for anywhere in a text, not only where a space-parted word
 * starts (search.ts), and a line of one breaks between any two letters,
 * with no hyphen (render/wrap.ts). Korean puts spaces between its words.
 */

/** The alphabets among them: one column a letter, as Latin, but never hyphenated. */
const ALPHABETS = [
  [0x0e00, 0x0eff], // Thai, Lao
  [0x1000, 0x109f], // Myanmar
  [0x1780, 0x17ff], // Khmer
] as const;

/** Chinese and Japanese, with the iteration marks (々) and a high surrogate of the ideographs beyond the first plane. */
const IDEOGRAPHS_AND_KANA = [
  [0x3005, 0x3007],
  [0x3040, 0x30ff],
  [0x31f0, 0x31ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xff66, 0xff9f],
  [0xd840, 0xd87f],
] as const;

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
const UNSPACED = new RegExp(`[${[...ALPHABETS, ...IDEOGRAPHS_AND_KANA].map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')}]`);

/** Whether text holds a character of a script written without spaces between words. */
export function writtenUnspaced(text: string): boolean {
  return UNSPACED.test(text);
}

/** Whether a character (by its code point) is a letter of an alphabet written without spaces, such as Thai. */
export function isUnspacedAlphabet(code: number): boolean {
  return ALPHABETS.some(([from, to]) => code >= from && code <= to);
}

/**
 * The blocks most Chinese, Japanese and Korean text is written in: CJK
 * ideographs, hiragana, katakana with its long-vowel mark (ー), and Hangul
 * syllables. Each of their characters is a letter two columns wide, never a
 * mark or punctuation: asked first, they spare a title's every character the
 * full width table, and a regex of a Unicode class, whose first use costs
 * V8 about half a millisecond to build.
 */
export function isCommonWideLetter(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x30a1 && code <= 0x30fa) ||
    code === 0x30fc ||
    (code >= 0xac00 && code <= 0xd7a3)
  );
}
