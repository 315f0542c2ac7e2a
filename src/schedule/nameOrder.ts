/**
 * Names in the order of a name index: the collation of the `en` locale at
 * the strength of base letters, with numbers by their value.
 */
import { compareText } from './text.js';
import { LETTERS_SPELLED_OUT } from './fold.js';

/**
 * The speakers' names in the order of a name index, so that Łukasz comes
 * under L and Speaker 20 before Speaker 100: the collation of the `en`
 * locale, whose ICU data takes 8 to 10 ms to load. Names it collates as
 * simply as collationKey says are sorted without it. A store's outline
 * saves this order when the store is made (rememberNameOrder), so that
 * listing speakers need not sort them.
 */
export function inNameOrder(names: string[]): string[] {
  const keys = new Map<string, string>();
  for (const name of names) {
    const key = collationKey(name);
    if (key === undefined) {
      const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
      return [...names].sort((a, b) => collator.compare(a, b));
    }
    keys.set(name, sortKey(key));
  }
  return [...names].sort((a, b) => compareText(keys.get(a) ?? '', keys.get(b) ?? ''));
}

/**
 * A name as the `en` collation reads it at the strength of base letters:
 * without case or accents, with ø, ł, đ, ħ and ð as the letters they are
 * drawn from, æ, œ and ß as ae, oe and ss, and ’ as '. Undefined when it
 * holds anything but those, ASCII letters, digits and the punctuation of
 * PUNCTUATION_ORDER: other scripts and signs are left to ICU.
 */
export function collationKey(name: string): string | undefined {
  let key = name.toLowerCase();
  if (BEYOND_ASCII.test(key)) {
    key = key
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u00f8\u0142\u0111\u0127\u00f0\u00e6\u0153\u00df\u2019]/g, (letter) => LETTERS_READ_AS[letter] ?? letter);
  }
  return COLLATED_SIMPLY.test(key) ? key : undefined;
}

const BEYOND_ASCII = /[^\x00-\x7f]/;
const LETTERS_READ_AS: Record<string, string> = { ...LETTERS_SPELLED_OUT, '\u2019': "'" };

/** The punctuation the collation puts before digits, in its order; digits come before letters. */
export const PUNCTUATION_ORDER = ' _-,;:!?.\'"()[]@*/&#%+<=>|~$';
const COLLATED_SIMPLY = /^[a-z0-9 _\-,;:!?.'"()[\]@*/&#%+<=>|~$]*$/;
const DIGIT_RANK = PUNCTUATION_ORDER.length;
const ZERO = 0x30;
const NINE = 0x39;
const LOWER_A = 0x61;
const LOWER_Z = 0x7a;

function rank(code: number): number {
  if (code >= LOWER_A && code <= LOWER_Z) return DIGIT_RANK + 1 + code - LOWER_A;
  if (code >= ZERO && code <= NINE) return DIGIT_RANK;
  return PUNCTUATION_ORDER.indexOf(String.fromCharCode(code));
}

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

/**
 * A collation key written so that keys in code-unit order are in the
 * collation's: each character as its rank, and a run of digits as the
 * digits' rank, then how many digits it has without its leading zeros, then
 * those digits, so that a longer number comes after a shorter one. Sorting
 * by it asks the engine to compare strings rather than to run a comparison
 * of ours a character at a time, for the thousand or more speakers of a
 * big conference, sorted when its store is made.
 */
export function sortKey(key: string): string {
  let sortable = '';
  let at = 0;
  while (at < key.length) {
    const code = key.charCodeAt(at);
    if (!isDigit(code)) {
      sortable += String.fromCharCode(RANK_BASE + rank(code));
      at++;
      continue;
    }
    let end = at;
    while (end < key.length && isDigit(key.charCodeAt(end))) end++;
    let start = at;
    while (start < end && key.charCodeAt(start) === ZERO) start++;
    sortable += `${String.fromCharCode(RANK_BASE + DIGIT_RANK, end - start)}${key.slice(start, end)}`;
    at = end;
  }
  return sortable;
}

/** Where the ranks start among the code units: any start keeps their order. */
const RANK_BASE = 0x21;
