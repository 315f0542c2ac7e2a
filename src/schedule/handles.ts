/**
 * Handles: the short names people type for talks. A talk's handle is the
 * shortest start of its id, in whole words, that names it alone: no other
 * id starts with it, and no other title holds its words as a phrase (so
 * `django` and `type`, in several titles, are never handles, even when one
 * id alone starts with them).
 */
import { foldWords } from './text.js';
import type { Talk } from './types.js';

const handlesByTalks = new WeakMap<Talk[], Map<Talk, string>>();

/** Every talk's handle, worked out once per list of talks. Linear in the words of the ids. */
export function handlesOf(talks: Talk[]): Map<Talk, string> {
  let handles = handlesByTalks.get(talks);
  if (handles) return handles;
  const titles = new TitlePhrases(talks);
  const starts = new Map<string, number>();
  for (const talk of talks) {
    let prefix = '';
    for (const word of talk.id.split('-')) {
      prefix = prefix === '' ? word : `${prefix}-${word}`;
      starts.set(prefix, (starts.get(prefix) ?? 0) + 1);
    }
  }
  handles = new Map();
  for (const talk of talks) {
    const words = talk.id.split('-');
    let handle = talk.id;
    for (let count = 1; count < words.length; count++) {
      const prefix = words.slice(0, count).join('-');
      if (starts.get(prefix) === 1 && !titles.heldByAnother(words.slice(0, count), talk)) {
        handle = prefix;
        break;
      }
    }
    handles.set(talk, handle);
  }
  handlesByTalks.set(talks, handles);
  return handles;
}

/** Which titles hold a phrase of folded words, found through the titles that hold its first word. */
export class TitlePhrases {
  private readonly folded = new Map<Talk, string>();
  private readonly byWord = new Map<string, Talk[]>();

  constructor(talks: Talk[]) {
    for (const talk of talks) {
      const words = foldWords(talk.title);
      this.folded.set(talk, ` ${words.join(' ')} `);
      for (const word of new Set(words)) this.byWord.set(word, [...(this.byWord.get(word) ?? []), talk]);
    }
  }

  /** The talks whose titles hold these words, together and in order, as whole words. */
  holding(words: string[]): Talk[] {
    const phrase = ` ${words.join(' ')} `;
    return (this.byWord.get(words[0] ?? '') ?? []).filter((talk) => this.folded.get(talk)?.includes(phrase));
  }

  heldByAnother(words: string[], talk: Talk): boolean {
    return this.holding(words).some((other) => other !== talk);
  }
}
