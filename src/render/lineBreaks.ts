/**
 * Where a line may break between two characters of a word too long for it
 * (wrap.ts breaks it), as each script is set:
 *
 * - Japanese and Chinese typesetting (JIS X 4051, at the level word
 *   processors apply by default) start no line with a closing mark
 *   (`）`, `」`, `、`, `。`, `：`) and end none with an opening one (`（`, `「`);
 *   the ASCII marks alike (`)`, `.`, `:`; `(`).
 * - Thai and Lao keep a vowel written before its consonant (เ, ไ) from ending
 *   a line, and one written after it that is a letter (ะ, า, ำ) from starting one.
 * - A combining mark (an accent, an Indic vowel sign) stays with its letter,
 *   and the consonants that a virama or a zero-width joiner joins stay together.
 */
import { isCommonWideLetter } from '../schedule/scripts.js';

/** Whether a line may end with `before` and the next start with `after`. */
export function mayBreakBetween(before: string, after: string): boolean {
  if (NO_LINE_START.includes(after) || NO_LINE_END.includes(before)) return false;
  // An ASCII character is neither a mark nor a joiner: most words need no more.
  if (after.charCodeAt(0) < 0x80 && before.charCodeAt(0) < 0x80) return true;
  return !isMark(after) && !JOINS_NEXT.includes(before);
}

const NO_LINE_START =
  '!%),.:;?]}\u00a2\u00b0\u2019\u201d\u2030\u2032\u2033\u2103\u3001\u3002\u3005\u3009\u300b\u300d\u300f\u3011\u3015\u309b\u309c\u309d\u309e\u30fb\u30fd\u30fe\uff01\uff05\uff09\uff0c\uff0e\uff1a\uff1b\uff1f\uff3d\uff5d\uff61\uff63\uff64\uff65\uff9e\uff9f' +
  // Thai and Lao vowels written after their consonant that are letters, not marks.
  '\u0e2f\u0e30\u0e32\u0e33\u0e45\u0e46\u0eb0\u0eb2\u0eb3\u0ec6';

const NO_LINE_END =
  '$([{\u00a3\u00a5\u2018\u201c\u3008\u300a\u300c\u300e\u3010\u3014\uff04\uff08\uff3b\uff5b\uff62' +
  // Thai and Lao vowels written before their consonant.
  '\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4';

/** The zero-width joiner, and the viramas that join consonants into one conjunct (not Tamil's pulli, which ends a syllable). */
const JOINS_NEXT = '\u200d\u094d\u09cd\u0a4d\u0acd\u0b4d\u0c4d\u0ccd\u0d4d\u0dca\u0e3a\u1039\u17d2';

let markPattern: RegExp | undefined;
/** A combining mark. The pattern is made when first needed: V8 builds a Unicode class when a regex is created. */
function isMark(char: string): boolean {
  if (isCommonWideLetter(char.charCodeAt(0))) return false;
  markPattern ??= /^\p{M}$/u;
  return markPattern.test(char);
}
