/**
 * Ranked search over titles, speakers and descriptions. Matching is on folded
 * text (case, accents and punctuation never matter); titles and speakers are
 * also matched fuzzily, word by word, so `asynco` still finds asyncio.
 * Descriptions are matched by word prefix only: a fuzzy scan of long text is
 * both slow and noisy.
 */
import fuzzysort from 'fuzzysort';
import { editDistance, typoAllowance } from './editDistance.js';
import { compareText, foldText, foldWords } from './text.js';
import type { SearchText, Store, Talk } from './types.js';

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

interface Entry {
  talk: Talk;
  titleWords: string[];
  speakerWords: string[];
  /** Folded description: words separated by single spaces. */
  description: string;
}

export interface SearchIndex {
  entries: Entry[];
  /** Each distinct title or speaker word, for fuzzy matching. */
  vocabulary: string[];
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

/** A talk's text folded for search; stores carry it precomputed (Store.searchText). */
export function foldTalk(talk: Talk): SearchText {
  return { title: foldText(talk.title), speakers: foldText(talk.speakers.join(' ')), description: foldText(talk.description) };
}

export function buildSearchIndex(talks: Talk[], folded: (talk: Talk) => SearchText = foldTalk): SearchIndex {
  const vocabulary = new Set<string>();
  const entries = talks.map((talk) => {
    const text = folded(talk);
    const titleWords = splitWords(text.title);
    const speakerWords = splitWords(text.speakers);
    for (const word of titleWords) vocabulary.add(word);
    for (const word of speakerWords) vocabulary.add(word);
    return { talk, titleWords, speakerWords, description: text.description };
  });
  return { entries, vocabulary: [...vocabulary] };
}

/** An index over some or all of a store's talks, from the folded text the store carries. */
export function indexStore(store: Store, talks: Talk[] = store.talks): SearchIndex {
  const folded = new Map<Talk, SearchText>();
  store.searchText?.forEach((text, i) => {
    folded.set(store.talks[i] as Talk, text);
  });
  return buildSearchIndex(talks, (talk) => folded.get(talk) ?? foldTalk(talk));
}

function splitWords(folded: string): string[] {
  return folded === '' ? [] : folded.split(' ');
}

/** Talks matching every word of the query, best first; ties in time order. */
export function searchTalks(index: SearchIndex, query: string): SearchHit[] {
  const words = [...new Set(foldWords(query))];
  if (words.length === 0) return [];
  const fuzzy = words.map((word) => fuzzyNeighbours(index, word));
  const hits: SearchHit[] = [];
  for (const entry of index.entries) {
    let score = 0;
    let match: WordMatch | undefined;
    const titleTerms = new Set<string>();
    for (const [i, word] of words.entries()) {
      const scored = scoreWord(entry, word, fuzzy[i] ?? new Map(), titleTerms);
      if (scored.score === 0) {
        score = 0;
        break;
      }
      score += scored.score;
      match = match === undefined ? scored.match : weaker(match, scored.match);
    }
    if (score > 0 && match) hits.push({ talk: entry.talk, score: Math.round(score * 100) / 100, titleTerms, match });
  }
  return hits.sort((a, b) => b.score - a.score || compareText(a.talk.start, b.talk.start) || compareText(a.talk.title, b.talk.title));
}

/**
 * Title and speaker words close to a word typed with a typo, with a closeness
 * from 0 to 1: fuzzysort's score for letters left out (`asynco`), and one
 * typo-distance step for letters swapped or mistyped (`asyncoi`, `secrity`).
 * A word found as typed in some title or speaker name is taken as meant.
 */
function fuzzyNeighbours(index: SearchIndex, word: string): Map<string, number> {
  const near = new Map<string, number>();
  if (word.length < FUZZY_MIN_LENGTH || index.vocabulary.some((known) => known.includes(word))) return near;
  for (const result of fuzzysort.go(word, index.vocabulary, { threshold: FUZZY_THRESHOLD })) {
    if (result.target.length <= word.length * 2) near.set(result.target, result.score);
  }
  const allowance = typoAllowance(word.length);
  for (const known of index.vocabulary) {
    const distance = editDistance(word, known, allowance);
    if (distance <= allowance) near.set(known, Math.max(near.get(known) ?? 0, TYPO_CLOSENESS / distance));
  }
  return near;
}

function scoreWord(entry: Entry, word: string, fuzzy: Map<string, number>, titleTerms: Set<string>): { score: number; match: WordMatch } {
  let best = 0;
  for (const titleWord of entry.titleWords) {
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
  for (const speakerWord of entry.speakerWords) {
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
  const mentions = countMentions(entry.description, stemOf(word));
  const counted = Math.min(mentions, SCORE.descriptionMentions);
  if (best > 0) {
    return { score: best + counted * SCORE.descriptionTiebreak, match: { field: inTitle >= best ? 'title' : 'speaker', mentions } };
  }
  const score = mentions > 0 ? SCORE.descriptionBase + counted * SCORE.descriptionPerMention : 0;
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

/** How many words of the folded description start with `word`. */
function countMentions(description: string, word: string): number {
  const needle = ` ${word}`;
  let count = description.startsWith(word) ? 1 : 0;
  for (let at = description.indexOf(needle); at !== -1; at = description.indexOf(needle, at + needle.length)) count++;
  return count;
}
