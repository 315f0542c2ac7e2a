/**
 * Speakers as people: everyone who speaks, and finding one by a name typed
 * loosely (accents, case, typos, either name of "Lady Red / Christopher Beacham").
 */
import { fuzzysort } from './fuzzy.js';
import { editDistance, typoAllowance } from './editDistance.js';
import { compareText, foldText, foldWords } from './text.js';
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
