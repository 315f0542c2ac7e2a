/**
 * Ranked search over titles, speakers and descriptions. Matching is on folded
 * text (case, accents and punctuation never matter); titles and speakers are
 * also matched fuzzily, word by word, so `asynco` still finds asyncio.
 * Descriptions are matched by word prefix only: a fuzzy scan of long text is
 * both slow and noisy.
 */
import { editDistance, typoAllowance } from './editDistance.js';
import { fuzzysort } from './fuzzy.js';
import { countAtMost } from './countAtMost.js';
import { once } from './once.js';
import { compareText, FOLDING, foldText, foldWords } from './text.js';
import type { SearchText, Store, Talk } from './types.js';
import { type DescriptionWords, wordIndexText } from './wordIndex.js';

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

/**
 * One field of every talk, folded, in one string: each talk's text starts
 * with a space and ends before a newline, so a word's occurrences in all
 * talks are found by the engine's own string search, and only the talks
 * where it occurs are scored word by word.
 */
interface Column {
  text: string;
  /** Where each talk's text starts (at its leading space), in talk order. */
  starts: number[];
}

export interface SearchIndex {
  talks: Talk[];
  titles: Column;
  speakers: Column;
  /** Found as they start words: from a column, or from the word index saved with a store. */
  descriptions: DescriptionWords;
  /** Each talk's title and speaker words, split when the talk is first scored. */
  words: Map<number, { title: string[]; speakers: string[] }>;
  /** Each distinct title or speaker word, for fuzzy matching: listed when a typo first asks. */
  vocabulary: () => string[];
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

/** What a store saves of its talks' text for search: the text folded, and which way it was folded. */
export function savedSearchText(talks: Talk[]): Pick<Store, 'searchText' | 'folding'> {
  return { searchText: talks.map(foldTalk), folding: FOLDING };
}

export function buildSearchIndex(talks: Talk[], folded: (talk: Talk) => SearchText = foldTalk): SearchIndex {
  const columns = columnsOf(talks.map(folded));
  return {
    talks,
    titles: columns.titles,
    speakers: columns.speakers,
    descriptions: wordStartsIn(columns.descriptions),
    words: new Map(),
    vocabulary: once(() => vocabularyOf(columns)),
  };
}

function columnsOf(texts: SearchText[]): Record<'titles' | 'speakers' | 'descriptions', Column> {
  return {
    titles: columnOf(texts.map((text) => text.title)),
    speakers: columnOf(texts.map((text) => text.speakers)),
    descriptions: columnOf(texts.map((text) => text.description)),
  };
}

/** Word starts found in a column, for an index made in memory (a store of PyCon's size, or some of a store's talks). */
function wordStartsIn(column: Column): DescriptionWords {
  return { mentions: (start) => occurrences(column, start, true), anyStarts: (start) => startsAWord(column, start) };
}

/** An index over some or all of a store's talks, from the folded text the store carries. */
export function indexStore(store: Store, talks: Talk[] = store.talks): SearchIndex {
  // All the store's talks, in order (a filter that kept them all): saved columns, when the store has them, are this index.
  const all = talks === store.talks || (talks.length === store.talks.length && talks.every((talk, i) => talk === store.talks[i]));
  const ready = all ? offered.get(store)?.() : undefined;
  if (ready) return { talks, ...ready, words: new Map() };
  const folded = new Map<Talk, SearchText>();
  store.searchText?.forEach((text, i) => {
    folded.set(store.talks[i] as Talk, text);
  });
  return buildSearchIndex(talks, (talk) => folded.get(talk) ?? foldTalk(talk));
}

/**
 * A store's search text as it is saved beside the store: the columns an
 * index of all its talks searches, the words typos are looked for among,
 * and the index of the descriptions' words, so that a search reads them
 * rather than builds them.
 */
export interface SearchColumnsText {
  titles: string;
  speakers: string;
  /** Each distinct title or speaker word, in the order they first appear, one space between. */
  vocabulary: string;
  /** The descriptions' words and postings (wordIndex.ts). */
  words: string;
  postings: string;
  /** A column of the descriptions' folded text, read only to give a talk its own search text. */
  descriptions: string;
}

export function searchColumnsOf(texts: SearchText[]): SearchColumnsText {
  const columns = columnsOf(texts);
  return {
    titles: columns.titles.text,
    speakers: columns.speakers.text,
    vocabulary: vocabularyOf(columns).join(' '),
    ...wordIndexText(texts.map((text) => text.description)),
    descriptions: columns.descriptions.text,
  };
}

/** Saved search text as read: the descriptions' column and postings are read when asked for. */
export interface SearchColumns {
  titles: string;
  speakers: string;
  vocabulary: string;
  descriptionWords: DescriptionWords;
  descriptions(): string;
}

type SavedIndex = Omit<SearchIndex, 'talks' | 'words'>;

/** Saved columns offered for a store, made into an index of all its talks when a search first asks. */
const offered = new WeakMap<Store, () => SavedIndex | undefined>();

/**
 * Offers saved columns (read when first needed) as the index of all the
 * store's talks: a search of them all then needs no talk's search text on
 * its own. Columns that do not hold the store's talks are not used.
 */
export function offerSearchColumns(store: Store, read: () => SearchColumns | undefined): void {
  let index: SavedIndex | undefined;
  let tried = false;
  offered.set(store, () => {
    if (!tried) {
      tried = true;
      const columns = read();
      index = columns && savedIndexOf(columns, store.talks.length);
    }
    return index;
  });
}

function savedIndexOf(columns: SearchColumns, count: number): SavedIndex | undefined {
  const titles = savedColumn(columns.titles, count);
  const speakers = savedColumn(columns.speakers, count);
  if (!titles || !speakers) return undefined;
  const vocabulary = once(() => (columns.vocabulary === '' ? [] : columns.vocabulary.split(' ')));
  return { titles, speakers, descriptions: columns.descriptionWords, vocabulary };
}

/** Each of `count` talks' search text, from saved columns; undefined unless each column holds exactly `count` talks' text. */
export function searchTextOfColumns(columns: SearchColumns, count: number): SearchText[] | undefined {
  const titles = savedColumn(columns.titles, count);
  const speakers = savedColumn(columns.speakers, count);
  const descriptions = titles && speakers ? savedColumn(columns.descriptions(), count) : undefined;
  if (!titles || !speakers || !descriptions) return undefined;
  const textAt = (column: Column, i: number) =>
    column.text.slice((column.starts[i] as number) + 1, (column.starts[i + 1] ?? column.text.length) - 1);
  return Array.from({ length: count }, (_, i) => ({
    title: textAt(titles, i),
    speakers: textAt(speakers, i),
    description: textAt(descriptions, i),
  }));
}

/** A column as columnOf writes it, with where each of its `count` talks' text starts; undefined when it holds another number. */
function savedColumn(text: string, count: number): Column | undefined {
  const starts: number[] = [];
  let at = 0;
  while (at < text.length) {
    if (text[at] !== ' ') return undefined;
    starts.push(at);
    const end = text.indexOf('\n', at);
    if (end === -1) return undefined;
    at = end + 1;
  }
  return starts.length === count ? { text, starts } : undefined;
}

function columnOf(texts: string[]): Column {
  const starts: number[] = [];
  let at = 0;
  for (const text of texts) {
    starts.push(at);
    at += text.length + 2;
  }
  return { text: texts.map((text) => ` ${text}\n`).join(''), starts };
}

/** The talk whose text holds this offset of the column: the last to start at or before it. */
function talkAt(column: Column, offset: number): number {
  return Math.max(0, countAtMost(column.starts, offset) - 1);
}

const SPACE = 0x20;

/**
 * The talks whose text in this column holds the needle, each with how many
 * times (never overlapping); with `wordStart`, only where a word starts with
 * it. Occurrences come in order, most of them in the talk of the one before:
 * only one past its talk's end looks its talk up.
 */
function occurrences(column: Column, needle: string, wordStart = false): Map<number, number> {
  const { text } = column;
  const counts = new Map<number, number>();
  let talk = -1;
  let talkEnd = -1;
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    // Looked for with the space before it, the word would stop the engine's search at every space of the column,
    // five times as many places as its first letter: the space is checked after. The needle holds none, so no
    // word start is skipped.
    if (wordStart && text.charCodeAt(at - 1) !== SPACE) continue;
    if (at >= talkEnd) {
      if (count > 0) counts.set(talk, count);
      talk = talkAt(column, at);
      talkEnd = column.starts[talk + 1] ?? text.length;
      count = 0;
    }
    count++;
  }
  if (count > 0) counts.set(talk, count);
  return counts;
}

/** Whether a word of the column starts with the needle, found as occurrences() finds word starts. */
function startsAWord(column: Column, needle: string): boolean {
  const { text } = column;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    if (text.charCodeAt(at - 1) === SPACE) return true;
  }
  return false;
}

function wordsOf(index: SearchIndex, talk: number): { title: string[]; speakers: string[] } {
  let words = index.words.get(talk);
  if (!words) {
    words = { title: splitWords(fieldOf(index.titles, talk)), speakers: splitWords(fieldOf(index.speakers, talk)) };
    index.words.set(talk, words);
  }
  return words;
}

/** One talk's folded text in a column. */
function fieldOf(column: Column, talk: number): string {
  const start = (column.starts[talk] as number) + 1;
  return column.text.slice(start, column.text.indexOf('\n', start));
}

function splitWords(folded: string): string[] {
  return folded === '' ? [] : folded.split(' ');
}

/** Talks matching every word of the query, best first; ties in time order. */
export function searchTalks(index: SearchIndex, query: string): SearchHit[] {
  const words = [...new Set(foldWords(query))];
  if (words.length === 0) return [];
  const perWord = words.map((word) => {
    const fuzzy = fuzzyNeighbours(index, word);
    const named = new Set<number>();
    for (const needle of [word, ...fuzzy.keys()]) {
      for (const talk of occurrences(index.titles, needle).keys()) named.add(talk);
      for (const talk of occurrences(index.speakers, needle).keys()) named.add(talk);
    }
    return { word, fuzzy, named, mentions: index.descriptions.mentions(stemOf(word)) };
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
 * starting a word of some description (`rust` is no typo of `rest`).
 */
function fuzzyNeighbours(index: SearchIndex, word: string): Map<string, number> {
  const near = new Map<string, number>();
  if (word.length < FUZZY_MIN_LENGTH || index.titles.text.includes(word) || index.speakers.text.includes(word)) return near;
  if (index.descriptions.anyStarts(word)) return near;
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

function vocabularyOf(index: Pick<SearchIndex, 'titles' | 'speakers'>): string[] {
  const words = new Set(`${index.titles.text}${index.speakers.text}`.replaceAll('\n', ' ').split(' '));
  words.delete('');
  return [...words];
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
