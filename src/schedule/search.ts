/**
 * Ranked search over titles, speakers and descriptions. Matching is on folded
 * text (case, accents and punctuation never matter); titles and speakers are
 * also matched fuzzily, word by word, so `asynco` still finds asyncio.
 * Descriptions are matched by word prefix only: a fuzzy scan of long text is
 * both slow and noisy.
 */
import fuzzysort from 'fuzzysort';
import { editDistance, typoAllowance } from './editDistance.js';
import { foldText, foldWords } from './text.js';
import type { Talk } from './types.js';

export interface SearchHit {
  talk: Talk;
  score: number;
  /** Folded title words that matched, for highlighting. */
  titleTerms: Set<string>;
}

interface Entry {
  talk: Talk;
  titleWords: string[];
  speakerWords: string[];
  /** Folded description with a leading space, so ` word` finds a word start. */
  description: string;
}

export interface SearchIndex {
  entries: Entry[];
  /** Each distinct title or speaker word, for fuzzy matching. */
  vocabulary: Fuzzysort.Prepared[];
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

export function buildSearchIndex(talks: Talk[]): SearchIndex {
  const vocabulary = new Set<string>();
  const entries = talks.map((talk) => {
    const titleWords = foldWords(talk.title);
    const speakerWords = foldWords(talk.speakers.join(' '));
    for (const word of titleWords) vocabulary.add(word);
    for (const word of speakerWords) vocabulary.add(word);
    return { talk, titleWords, speakerWords, description: ` ${foldText(talk.description)}` };
  });
  return { entries, vocabulary: [...vocabulary].map((word) => fuzzysort.prepare(word)) };
}

/** Talks matching every word of the query, best first; ties in time order. */
export function searchTalks(index: SearchIndex, query: string): SearchHit[] {
  const words = [...new Set(foldWords(query))];
  if (words.length === 0) return [];
  const fuzzy = words.map((word) => fuzzyNeighbours(index, word));
  const hits: SearchHit[] = [];
  for (const entry of index.entries) {
    let score = 0;
    const titleTerms = new Set<string>();
    for (const [i, word] of words.entries()) {
      const wordScore = scoreWord(entry, word, fuzzy[i] ?? new Map(), titleTerms);
      if (wordScore === 0) {
        score = 0;
        break;
      }
      score += wordScore;
    }
    if (score > 0) hits.push({ talk: entry.talk, score: Math.round(score * 100) / 100, titleTerms });
  }
  return hits.sort((a, b) => b.score - a.score || a.talk.start.localeCompare(b.talk.start) || a.talk.title.localeCompare(b.talk.title));
}

/**
 * Title and speaker words close to a typed word, with a closeness from 0 to 1:
 * fuzzysort's score for letters left out (`asynco`), and one typo-distance
 * step for letters swapped or mistyped (`asyncoi`, `secrity`).
 */
function fuzzyNeighbours(index: SearchIndex, word: string): Map<string, number> {
  const near = new Map<string, number>();
  if (word.length < FUZZY_MIN_LENGTH) return near;
  for (const result of fuzzysort.go(word, index.vocabulary, { threshold: FUZZY_THRESHOLD })) {
    if (result.target.length <= word.length * 2) near.set(result.target, result.score);
  }
  const allowance = typoAllowance(word.length);
  for (const prepared of index.vocabulary) {
    const distance = editDistance(word, prepared.target, allowance);
    if (distance <= allowance) near.set(prepared.target, Math.max(near.get(prepared.target) ?? 0, TYPO_CLOSENESS / distance));
  }
  return near;
}

function scoreWord(entry: Entry, word: string, fuzzy: Map<string, number>, titleTerms: Set<string>): number {
  let best = 0;
  for (const titleWord of entry.titleWords) {
    const score = titleWord === word ? SCORE.titleWord : titleWord.startsWith(word) ? SCORE.titlePrefix : titleWord.includes(word) ? SCORE.titleInside : fuzzyScore(fuzzy, titleWord);
    if (score > 0) titleTerms.add(titleWord);
    best = Math.max(best, score);
  }
  for (const speakerWord of entry.speakerWords) {
    const score = speakerWord === word ? SCORE.speakerWord : speakerWord.startsWith(word) ? SCORE.speakerPrefix : speakerWord.includes(word) ? SCORE.speakerInside : fuzzyScore(fuzzy, speakerWord);
    best = Math.max(best, score);
  }
  const mentions = Math.min(countMentions(entry.description, word), SCORE.descriptionMentions);
  if (best > 0) return best + mentions * SCORE.descriptionTiebreak;
  return mentions > 0 ? SCORE.descriptionBase + mentions * SCORE.descriptionPerMention : 0;
}

function fuzzyScore(fuzzy: Map<string, number>, word: string): number {
  const score = fuzzy.get(word);
  return score === undefined ? 0 : SCORE.fuzzyBase + SCORE.fuzzySpan * score;
}

/** How many words of the folded description start with `word`. */
function countMentions(description: string, word: string): number {
  const needle = ` ${word}`;
  let count = 0;
  for (let at = description.indexOf(needle); at !== -1; at = description.indexOf(needle, at + needle.length)) count++;
  return count;
}
