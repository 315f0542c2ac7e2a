/**
 * Speakers as people: everyone who speaks, and finding one by a name typed
 * loosely (accents, case, typos, either name of "Lady Red / Christopher Beacham").
 */
import { fuzzysort } from './fuzzy.js';
import { editDistance, typoAllowance } from './editDistance.js';
import { compareText } from './text.js';
import { foldText, foldWords } from './fold.js';
import type { Talk } from './types.js';

export interface Speaker {
  name: string;
  talks: Talk[];
}

/** Everyone who speaks, sorted by name ignoring accents, each with their talks in time order. */
export function listSpeakers(talks: Talk[]): Speaker[] {
  const byName = new Map<string, Talk[]>();
  for (const talk of talks) for (const name of talk.speakers) byName.set(name, [...(byName.get(name) ?? []), talk]);
  return [...byName]
    .map(([name, own]) => ({ name, talks: own, key: foldText(name) }))
    .sort((a, b) => compareText(a.key, b.key) || compareText(a.name, b.name))
    .map(({ name, talks: own }) => ({ name, talks: own }));
}

/**
 * The speakers' names in the order of a name index, so that Łukasz comes
 * under L and Speaker 20 before Speaker 100: the collation of the `en`
 * locale, whose ICU data takes 8 to 10 ms to load. Names it collates as
 * simply as collationKey says are sorted without it. A store's outline
 * saves this order when the store is made (rememberNameOrder), so that
 * listing speakers need not sort them.
 */
function inNameOrder(names: string[]): string[] {
  const keys = new Map<string, string>();
  for (const name of names) {
    const key = collationKey(name);
    if (key === undefined) {
      const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
      return [...names].sort((a, b) => collator.compare(a, b));
    }
    keys.set(name, key);
  }
  return [...names].sort((a, b) => compareKeys(keys.get(a) ?? '', keys.get(b) ?? ''));
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
const LETTERS_READ_AS: Record<string, string> = {
  '\u00f8': 'o',
  '\u0142': 'l',
  '\u0111': 'd',
  '\u0127': 'h',
  '\u00f0': 'd',
  '\u00e6': 'ae',
  '\u0153': 'oe',
  '\u00df': 'ss',
  '\u2019': "'",
};

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

/** Two collation keys compared as the collation compares their names: a character at a time, a run of digits by its number. */
export function compareKeys(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (isDigit(x) && isDigit(y)) {
      const first = numberAt(a, i);
      const second = numberAt(b, j);
      const byNumber = first.digits.length - second.digits.length || compareText(first.digits, second.digits);
      if (byNumber !== 0) return Math.sign(byNumber);
      i = first.end;
      j = second.end;
      continue;
    }
    const byRank = rank(x) - rank(y);
    if (byRank !== 0) return Math.sign(byRank);
    i++;
    j++;
  }
  return Math.sign(a.length - i - (b.length - j));
}

/** The run of digits from `at`: its digits without leading zeros, and where it ends. */
function numberAt(text: string, at: number): { digits: string; end: number } {
  let end = at;
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  let start = at;
  while (start < end && text.charCodeAt(start) === ZERO) start++;
  return { digits: text.slice(start, end), end };
}

/** The speakers of these talks by name, as a name index lists them: what a store's outline saves. */
export function speakerNameOrder(talks: Talk[]): string[] {
  return inNameOrder(listSpeakers(talks).map((speaker) => speaker.name));
}

/** A speaker and their number of talks: what `pycon speakers` lists. */
export interface SpeakerCount {
  name: string;
  talks: number;
}

/** Each named speaker's number of talks among these talks, in the names' order: saved with the name order. */
export function talkCounts(talks: Talk[], names: string[]): number[] {
  const counts = new Map<string, number>();
  for (const talk of talks) for (const name of talk.speakers) counts.set(name, (counts.get(name) ?? 0) + 1);
  return names.map((name) => counts.get(name) ?? 0);
}

/**
 * What a store saves of its speakers, read when first asked for: the
 * name-index order of all of them, and each one's number of talks in that
 * order (undefined in an outline written before it held them).
 */
interface SavedSpeakers {
  names: () => string[];
  counts?: (() => number[] | undefined) | undefined;
}

const savedSpeakers = new WeakMap<Talk[], SavedSpeakers>();

export function rememberNameOrder(talks: Talk[], names: () => string[], counts?: () => number[] | undefined): void {
  savedSpeakers.set(talks, { names, counts });
}

/**
 * Every speaker of a store's talks with their number of talks, as a name
 * index lists them: as saved with the store when it saved the counts, so
 * that no talk is read; else counted from the talks.
 */
export function speakerCounts(storeTalks: Talk[]): SpeakerCount[] {
  const saved = savedSpeakers.get(storeTalks);
  const counts = saved?.counts?.();
  if (saved && counts) {
    const names = saved.names();
    if (names.length === counts.length) return names.map((name, index) => ({ name, talks: counts[index] as number }));
  }
  return sortByName(listSpeakers(storeTalks), storeTalks).map((speaker) => ({ name: speaker.name, talks: speaker.talks.length }));
}

/** Speakers sorted as a name index: by the order saved for the store's talks when it names them all, else by collating. */
export function sortByName(speakers: Speaker[], storeTalks: Talk[]): Speaker[] {
  const saved = positions(savedSpeakers.get(storeTalks)?.names() ?? []);
  const order = speakers.every((speaker) => saved.has(speaker.name))
    ? saved
    : positions(inNameOrder(speakers.map((speaker) => speaker.name)));
  return [...speakers].sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));
}

/** Where each name is in a list. */
function positions(names: string[]): Map<string, number> {
  return new Map(names.map((name, index) => [name, index]));
}

/**
 * The speakers a typed name means: those whose folded name holds every typed
 * word (as a word start), else the closest by fuzzy match or typo distance.
 */
export function findSpeakers(speakers: Speaker[], typed: string): Speaker[] {
  const words = foldWords(typed);
  if (words.length === 0) return [];
  const exact = speakers.filter((speaker) => {
    const nameWords = foldWords(speaker.name);
    return words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
  });
  if (exact.length > 0) return exact;
  const folded = words.join(' ');
  const fuzzy = fuzzysort().go(folded, speakers, { key: (speaker: Speaker) => foldText(speaker.name), threshold: 0.3 });
  if (fuzzy.length > 0) return fuzzy.slice(0, 5).map((result) => result.obj);
  return speakers.filter((speaker) => {
    const nameWords = foldWords(speaker.name);
    return words.every((word) =>
      nameWords.some((nameWord) => editDistance(word, nameWord, typoAllowance(word.length)) <= typoAllowance(word.length)),
    );
  });
}
