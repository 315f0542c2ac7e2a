/**
 * The index a search reads: each field of every talk, folded, in one string
 * (a column), and the descriptions' word starts. Made in memory from the
 * talks, or read from the search text saved beside a store.
 */
import { countAtMost } from './countAtMost.js';
import { once } from './once.js';
import { FOLDING, foldText } from './fold.js';
import type { SearchText, Store, Talk } from './types.js';
import { type DescriptionWords, wordIndexText } from './wordIndex.js';

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
  /**
   * The talks whose descriptions hold the text anywhere, with how many times:
   * for words of scripts written without spaces (search.ts), which a
   * description's every character may start.
   */
  descriptionsHolding(text: string): Map<number, number>;
  /** Each talk's title and speaker words, split when the talk is first scored. */
  words: Map<number, { title: string[]; speakers: string[] }>;
  /** Each distinct title or speaker word, for fuzzy matching: listed when a typo first asks. */
  vocabulary: () => string[];
}

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
    descriptionsHolding: (text) => occurrences(columns.descriptions, text),
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
  // Read from the file only when a word written without spaces asks: no word index can find it inside a word.
  const descriptionColumn = once(() => savedColumn(columns.descriptions(), count));
  const descriptionsHolding = (text: string) => {
    const column = descriptionColumn();
    return column ? occurrences(column, text) : new Map<number, number>();
  };
  return { titles, speakers, descriptions: columns.descriptionWords, descriptionsHolding, vocabulary };
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
export function occurrences(column: Column, needle: string, wordStart = false): Map<number, number> {
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

/** One talk's folded text in a column. */
export function fieldOf(column: Column, talk: number): string {
  const start = (column.starts[talk] as number) + 1;
  return column.text.slice(start, column.text.indexOf('\n', start));
}

function vocabularyOf(index: Pick<SearchIndex, 'titles' | 'speakers'>): string[] {
  const words = new Set(`${index.titles.text}${index.speakers.text}`.replaceAll('\n', ' ').split(' '));
  words.delete('');
  return [...words];
}
