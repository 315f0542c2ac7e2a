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
