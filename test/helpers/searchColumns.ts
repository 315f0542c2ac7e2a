import type { SearchColumns, SearchColumnsText } from '../../src/schedule/searchIndex.js';
import { savedWordStarts } from '../../src/schedule/wordIndex.js';

/** Saved search text as a search reads it back from the file, made from its texts in memory. */
export function searchColumnsFrom(text: SearchColumnsText): SearchColumns {
  const { titles, speakers, vocabulary, words, postings, descriptions } = text;
  const descriptionWords = savedWordStarts(words, (offset, length) => postings.slice(offset, offset + length));
  return { titles, speakers, vocabulary, descriptionWords, descriptions: () => descriptions };
}
