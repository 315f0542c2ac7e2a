/**
 * Handles: the short names people type for talks. A talk's handle is the
 * shortest start of its id, in whole words, that names it alone: no other
 * id starts with it, and no other title holds its words as a phrase (so
 * `django` and `type`, in several titles, are never handles, even when one
 * id alone starts with them).
 */
import { foldWords } from './text.js';
import type { Talk } from './types.js';

const handlesByTalks = new WeakMap<Talk[], Handles>();

/**
 * Every talk's handle, worked out when first asked: a list prints a few
 * talks of a conference that may hold thousands. Counting how many ids
 * start with each prefix is linear in the words of the ids, and done once.
 */
export function handlesOf(talks: Talk[]): Handles {
  let handles = handlesByTalks.get(talks);
  if (!handles) {
    handles = new Handles(talks);
    handlesByTalks.set(talks, handles);
  }
  return handles;
}

export class Handles {
  private readonly starts = new Map<string, number>();
  private readonly found = new Map<Talk, string>();
  private titles: TitlePhrases | undefined;

  constructor(private readonly talks: Talk[]) {
    for (const talk of talks) {
      let prefix = '';
      for (const word of talk.id.split('-')) {
        prefix = prefix === '' ? word : `${prefix}-${word}`;
        this.starts.set(prefix, (this.starts.get(prefix) ?? 0) + 1);
      }
    }
  }

  get(talk: Talk): string {
    const known = this.found.get(talk);
    if (known !== undefined) return known;
    const words = talk.id.split('-');
    let handle = talk.id;
    for (let count = 1; count < words.length; count++) {
      const prefix = words.slice(0, count).join('-');
      if (this.starts.get(prefix) !== 1) continue;
      this.titles ??= new TitlePhrases(this.talks);
      if (!this.titles.heldByAnother(words.slice(0, count), talk)) {
        handle = prefix;
        break;
      }
    }
    this.found.set(talk, handle);
    return handle;
  }

  /** Every talk's handle, in store order. */
  values(): string[] {
    return this.talks.map((talk) => this.get(talk));
  }
}

/** Which titles hold a phrase of folded words, found through the titles that hold its first word. */
export class TitlePhrases {
  private readonly folded = new Map<Talk, string>();
  private readonly byWord = new Map<string, Talk[]>();

  constructor(talks: Talk[]) {
    for (const talk of talks) {
      const words = foldWords(talk.title);
      this.folded.set(talk, ` ${words.join(' ')} `);
      for (const word of new Set(words)) {
        const holders = this.byWord.get(word);
        if (holders) holders.push(talk);
        else this.byWord.set(word, [talk]);
      }
    }
  }

  /** The talks whose titles hold these words, together and in order, as whole words. */
  holding(words: string[]): Talk[] {
    const phrase = ` ${words.join(' ')} `;
    return (this.byWord.get(words[0] ?? '') ?? []).filter((talk) => this.folded.get(talk)?.includes(phrase));
  }

  heldByAnother(words: string[], talk: Talk): boolean {
    const phrase = ` ${words.join(' ')} `;
    return (this.byWord.get(words[0] ?? '') ?? []).some((other) => other !== talk && this.folded.get(other)?.includes(phrase));
  }
}
