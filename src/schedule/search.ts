/**
 * Ranked search over titles, speakers and descriptions. Matching is on folded
 * text (case, accents and punctuation never matter); titles and speakers are
 * also matched fuzzily, word by word, so `asynco` still finds asyncio.
 * Descriptions are matched by word prefix only: a fuzzy scan of long text is
 * both slow and noisy. A word of a script written without spaces between
 * words (Chinese, Japanese, Thai) is matched anywhere in a description, as
 * it is in a title.
 */
import { editDistance, typoAllowance } from './editDistance.js';
import { fuzzysort } from './fuzzy.js';
import { fieldOf, occurrences, type SearchIndex } from './searchIndex.js';
import { compareText } from './text.js';
import { foldWords } from './fold.js';
import { writtenUnspaced } from './scripts.js';
import type { Talk } from './types.js';

export interface SearchHit {
  talk: Talk;
  score: number;
  /** Folded title words that matched, for highlighting. */
  titleTerms: Set<string>;
  /** How the talk matched, as its weakest word did: a query matches as well as its worst-matched word. */
  match: WordMatch;
}

/** Where a word matched best: a title word, a speaker's name, or only in the description, so many times. */
export interface WordMatch {
  field: 'title' | 'speaker' | 'description';
  /** How many description words start with it. */
  mentions: number;
}

const FIELD_STRENGTH = { title: 2, speaker: 1, description: 0 };

function weaker(a: WordMatch, b: WordMatch): WordMatch {
  const order = FIELD_STRENGTH[a.field] - FIELD_STRENGTH[b.field] || a.mentions - b.mentions;
  return order <= 0 ? a : b;
}

/** Scores per field and kind of match: a title or speaker always outranks a description. */
const SCORE = {
  titleWord: 10,
  titlePrefix: 8,
  titleInside: 6,
  speakerWord: 9,
  speakerPrefix: 7,
  speakerInside: 5,
  fuzzyBase: 3,
  fuzzySpan: 2,
  descriptionBase: 1,
  descriptionPerMention: 0.25,
  descriptionMentions: 4,
  /** Among title or speaker matches, the talk whose description also dwells on the word comes first. */
  descriptionTiebreak: 0.1,
};
const FUZZY_MIN_LENGTH = 4;
const FUZZY_THRESHOLD = 0.2;
/** The closeness of a word one typo away; two typos count half. */
const TYPO_CLOSENESS = 0.4;

function wordsOf(index: SearchIndex, talk: number): { title: string[]; speakers: string[] } {
  let words = index.words.get(talk);
  if (!words) {
    words = { title: splitWords(fieldOf(index.titles, talk)), speakers: splitWords(fieldOf(index.speakers, talk)) };
    index.words.set(talk, words);
  }
  return words;
}

function splitWords(folded: string): string[] {
  return folded === '' ? [] : folded.split(' ');
}

/** Talks matching every word of the query, best first; ties in time order. */
export function searchTalks(index: SearchIndex, query: string): SearchHit[] {
  const words = [...new Set(foldWords(query))];
  if (words.length === 0) return [];
  const perWord = words.map((word) => {
    const unspaced = writtenUnspaced(word);
    const mentions = unspaced ? index.descriptionsHolding(word) : index.descriptions.mentions(stemOf(word));
    const fuzzy = fuzzyNeighbours(index, word, () => (unspaced ? mentions.size > 0 : index.descriptions.anyStarts(word)));
    const named = new Set<number>();
    for (const needle of [word, ...fuzzy.keys()]) {
      for (const talk of occurrences(index.titles, needle).keys()) named.add(talk);
      for (const talk of occurrences(index.speakers, needle).keys()) named.add(talk);
    }
    return { word, fuzzy, named, mentions };
  });
  const hits: SearchHit[] = [];
  for (const talk of candidates(perWord)) {
    let score = 0;
    let match: WordMatch | undefined;
    const titleTerms = new Set<string>();
    for (const { word, fuzzy, named, mentions } of perWord) {
      const count = mentions.get(talk) ?? 0;
      // A talk whose title and speakers do not hold the word (nor a word it may be a typo of) matches by its description alone.
      const scored = named.has(talk) ? scoreWord(wordsOf(index, talk), word, fuzzy, titleTerms, count) : descriptionScore(count);
      if (scored.score === 0) {
        score = 0;
        break;
      }
      score += scored.score;
      match = match === undefined ? scored.match : weaker(match, scored.match);
    }
    const found = index.talks[talk];
    if (score > 0 && match && found) hits.push({ talk: found, score: Math.round(score * 100) / 100, titleTerms, match });
  }
  return hits.sort((a, b) => b.score - a.score || compareText(a.talk.start, b.talk.start) || compareText(a.talk.title, b.talk.title));
}

/** The talks where every word occurs somewhere: the only ones worth scoring. */
function candidates(perWord: { named: Set<number>; mentions: Map<number, number> }[]): number[] {
  const [first, ...rest] = perWord;
  if (!first) return [];
  const found = new Set([...first.named, ...first.mentions.keys()]);
  return [...found].filter((talk) => rest.every(({ named, mentions }) => named.has(talk) || mentions.has(talk)));
}

/**
 * Title and speaker words close to a word typed with a typo, with a closeness
 * from 0 to 1: fuzzysort's score for letters left out (`asynco`), and one
 * typo-distance step for letters swapped or mistyped (`asyncoi`, `secrity`).
 * A word found as typed is taken as meant: in some title or speaker name, or
 * in some description (`rust` is no typo of `rest`).
 */
function fuzzyNeighbours(index: SearchIndex, word: string, inDescriptions: () => boolean): Map<string, number> {
  const near = new Map<string, number>();
  if (word.length < FUZZY_MIN_LENGTH || index.titles.text.includes(word) || index.speakers.text.includes(word)) return near;
  if (inDescriptions()) return near;
  const vocabulary = index.vocabulary();
  const allowance = typoAllowance(word.length);
  // fuzzysort matches only words that hold the typed letters in order, and words over twice as long match too loosely: it is given no others.
  const inOrder = new RegExp([...word].map((letter) => letter.replace(/[.*+?^${}()|[\]\\/]/, '\\$&')).join('.*'), 'u');
  const holding = vocabulary.filter((known) => known.length <= word.length * 2 && inOrder.test(known));
  if (holding.length > 0)
    for (const result of fuzzysort().go(word, holding, { threshold: FUZZY_THRESHOLD })) near.set(result.target, result.score);
  for (const known of vocabulary) {
    if (Math.abs(known.length - word.length) > allowance) continue;
    const distance = editDistance(word, known, allowance);
    if (distance <= allowance) near.set(known, Math.max(near.get(known) ?? 0, TYPO_CLOSENESS / distance));
  }
  return near;
}

function scoreWord(
  words: { title: string[]; speakers: string[] },
  word: string,
  fuzzy: Map<string, number>,
  titleTerms: Set<string>,
  mentions: number,
): { score: number; match: WordMatch } {
  let best = 0;
  for (const titleWord of words.title) {
    const score =
      titleWord === word
        ? SCORE.titleWord
        : titleWord.startsWith(word)
          ? SCORE.titlePrefix
          : titleWord.includes(word)
            ? SCORE.titleInside
            : fuzzyScore(fuzzy, titleWord);
    if (score > 0) titleTerms.add(titleWord);
    best = Math.max(best, score);
  }
  const inTitle = best;
  for (const speakerWord of words.speakers) {
    const score =
      speakerWord === word
        ? SCORE.speakerWord
        : speakerWord.startsWith(word)
          ? SCORE.speakerPrefix
          : speakerWord.includes(word)
            ? SCORE.speakerInside
            : fuzzyScore(fuzzy, speakerWord);
    best = Math.max(best, score);
  }
  if (best > 0) {
    const counted = Math.min(mentions, SCORE.descriptionMentions);
    return { score: best + counted * SCORE.descriptionTiebreak, match: { field: inTitle >= best ? 'title' : 'speaker', mentions } };
  }
  return descriptionScore(mentions);
}

/** The score of a word that only a talk's description holds, `mentions` times (none: no match). */
function descriptionScore(mentions: number): { score: number; match: WordMatch } {
  const score = mentions > 0 ? SCORE.descriptionBase + Math.min(mentions, SCORE.descriptionMentions) * SCORE.descriptionPerMention : 0;
  return { score, match: { field: 'description', mentions } };
}

function fuzzyScore(fuzzy: Map<string, number>, word: string): number {
  const score = fuzzy.get(word);
  return score === undefined ? 0 : SCORE.fuzzyBase + SCORE.fuzzySpan * score;
}

/**
 * A word without a common English ending, so that mentions of "testing"
 * count "tests" and "test" too: the ending goes when four letters remain.
 */
export function stemOf(word: string): string {
  const ending = ['ing', 'ed', 'es', 's'].find((end) => word.endsWith(end) && word.length - end.length >= 4);
  return ending === undefined ? word : word.slice(0, -ending.length);
}
