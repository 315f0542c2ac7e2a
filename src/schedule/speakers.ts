/**
 * Speakers as people: everyone who speaks, and finding one by a name typed
 * loosely (accents, case, typos, either name of "Lady Red / Christopher Beacham").
 */
import { fuzzysort } from './fuzzy.js';
import { editDistance, typoAllowance } from './editDistance.js';
import { inNameOrder } from './nameOrder.js';
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
 * The speakers a typed name means: the one whose whole name it is, else those
 * whose folded name holds every typed word (as a word start), else the
 * closest by fuzzy match or typo distance.
 */
export function findSpeakers(speakers: Speaker[], typed: string): Speaker[] {
  const words = foldWords(typed);
  if (words.length === 0) return [];
  // A whole name names that speaker alone, as an exact title names its talk: "Ada Lee", not "Ada Leeming" too.
  const whole = speakers.filter((speaker) => wholeName(speaker.name) === words.join(' '));
  if (whole.length > 0) return whole;
  const byStarts = speakers.filter((speaker) => {
    const nameWords = foldWords(speaker.name);
    return words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
  });
  if (byStarts.length > 0) return byStarts;
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

/** A name as compared whole, folded as search folds: `ada  LÉE` and `Ada Lee` are both `ada lee`. */
export function wholeName(text: string): string {
  return foldWords(text).join(' ');
}
