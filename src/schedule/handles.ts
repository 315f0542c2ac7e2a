/**
 * Handles: the short names people type for talks. A talk's handle is the
 * shortest start of its id, in whole words, that names it alone: no other
 * id starts with it, and no other title holds its words as a phrase (so
 * `django` and `type`, in several titles, are never handles, even when one
 * id alone starts with them).
 */
import { compareText } from './text.js';
import { foldWords } from './fold.js';
import type { Talk } from './types.js';

const handlesByTalks = new WeakMap<Talk[], Handles>();

/**
 * Every talk's handle, worked out when first asked: a list prints a few
 * talks of a conference that may hold thousands.
 */
export function handlesOf(talks: Talk[]): Handles {
  let handles = handlesByTalks.get(talks);
  if (!handles) {
    handles = new Handles(talks);
    handlesByTalks.set(talks, handles);
  }
  return handles;
}

/**
 * Handles worked out before, for these talks in this order, each saved as
 * how many words of the talk's id it holds: a store's outline saves them so
 * (store/storeOutline.ts).
 */
export function rememberHandles(talks: Talk[], wordCounts: readonly number[], positionOf?: (talk: Talk) => number | undefined): void {
  handlesByTalks.set(talks, new Handles(talks, wordCounts, positionOf));
}

export class Handles {
  /** For each talk, how many leading words of its id another id starts with too; worked out for all once a few are asked for. */
  private shared: Map<Talk, number> | undefined;
  private lookups = 0;
  private readonly found = new Map<Talk, string>();
  private titles: TitlePhrases | undefined;

  /** Where each talk is in `talks`, for its saved handle: made when a first one is asked for, as most commands print none. */
  private savedAt: Map<Talk, number> | undefined;

  constructor(
    private readonly talks: Talk[],
    /** Handles saved for the talks in order, as word counts. */
    private readonly saved?: readonly number[],
    /** Where a talk is in `talks`, when the list knows without being read through (store/lazyTalks.ts). */
    private readonly positionOf?: (talk: Talk) => number | undefined,
  ) {}

  private sharedOf(talk: Talk): number {
    if (!this.shared && ++this.lookups <= FEW_LOOKUPS) return this.sharedByScan(talk);
    this.shared ??= sharedBySorting(this.talks);
    return this.shared.get(talk) ?? talk.id.split('-').length;
  }

  /**
   * The most leading words of the talk's id any other id has too, found by
   * comparing it with each; a talk not among them (a cancelled one) has no
   * shorter handle than its id.
   */
  private sharedByScan(talk: Talk): number {
    let most = 0;
    let among = false;
    const first = talk.id.charCodeAt(0);
    for (const other of this.talks) {
      if (other === talk) among = true;
      // An id that starts with another letter shares no word: most do.
      else if (other.id.charCodeAt(0) === first) most = Math.max(most, leadingWordsShared(talk.id, other.id));
    }
    return among ? most : talk.id.split('-').length;
  }

  private savedPosition(talk: Talk): number | undefined {
    if (this.positionOf) return this.positionOf(talk);
    this.savedAt ??= new Map(this.talks.map((each, index) => [each, index]));
    return this.savedAt.get(talk);
  }

  get(talk: Talk): string {
    const known = this.found.get(talk);
    if (known !== undefined) return known;
    if (this.saved) {
      const count = this.saved[this.savedPosition(talk) ?? -1];
      if (count !== undefined) {
        const handle = leadingWords(talk.id, count);
        this.found.set(talk, handle);
        return handle;
      }
    }
    const words = talk.id.split('-');
    let handle = talk.id;
    for (let count = this.sharedOf(talk) + 1; count < words.length; count++) {
      this.titles ??= new TitlePhrases(this.talks);
      if (!this.titles.heldByAnother(words.slice(0, count), talk)) {
        handle = words.slice(0, count).join('-');
        break;
      }
    }
    this.found.set(talk, handle);
    return handle;
  }

  /** How many words of its id each talk's handle holds, in store order: handles as an outline saves them. */
  wordCounts(): number[] {
    return this.values().map((handle) => handle.split('-').length);
  }

  /** Every talk's handle, in store order. */
  values(): string[] {
    this.shared ??= sharedBySorting(this.talks);
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

/** Lists print a few talks, or many: a few handles are found by comparing ids, many by sorting them all once (which costs about as much as ten comparisons). */
const FEW_LOOKUPS = 4;

/**
 * Sorted word by word, ids that share leading words are neighbours, so the
 * most words a talk's id shares with any other is the most it shares with
 * the id before or after it.
 */
function sharedBySorting(talks: Talk[]): Map<Talk, number> {
  const shared = new Map<Talk, number>();
  const byId = new Map(talks.map((talk) => [talk.id, talk]));
  const sorted = sortedWordByWord([...byId.keys()]);
  // Split by the engine, not compared character by character: neighbours share long starts.
  const words = sorted.map((id) => id.split('-'));
  sorted.forEach((id, i) => {
    const own = words[i] as string[];
    shared.set(byId.get(id) as Talk, Math.max(sharedWords(own, words[i - 1]), sharedWords(own, words[i + 1])));
  });
  return shared;
}

/**
 * Ids in the order of their words. Code-unit order is that order when no id
 * holds a character below the hyphen, as slugs never do; else the words are
 * compared one by one.
 */
function sortedWordByWord(ids: string[]): string[] {
  if (!/[\u0000-\u002c]/.test(ids.join(''))) return ids.sort();
  const words = new Map(ids.map((id) => [id, id.split('-')]));
  return ids.sort((a, b) => compareWords(words.get(a) ?? [], words.get(b) ?? []));
}

function compareWords(a: string[], b: string[]): number {
  const shared = sharedWords(a, b);
  return shared === a.length || shared === b.length ? a.length - b.length : compareText(a[shared] ?? '', b[shared] ?? '');
}

/** How many leading words two ids share, compared as text: `a-bc-d` and `a-bc-e` share 2, `a-bc` and `a-bx` 1. */
function leadingWordsShared(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let same = 0;
  while (same < length && a.charCodeAt(same) === b.charCodeAt(same)) same++;
  let words = 0;
  for (let i = 0; i < same; i++) if (a.charCodeAt(i) === HYPHEN) words++;
  // The word the two agree up to counts when it ends there in both.
  const endsWord = (id: string) => same === id.length || id.charCodeAt(same) === HYPHEN;
  return same > 0 && endsWord(a) && endsWord(b) ? words + 1 : words;
}

const HYPHEN = 0x2d;

/** The first `count` words of an id, or all of it. */
function leadingWords(id: string, count: number): string {
  let end = -1;
  for (let word = 0; word < count; word++) {
    end = id.indexOf('-', end + 1);
    if (end === -1) return id;
  }
  return id.slice(0, end);
}

/** How many leading words two ids share. */
function sharedWords(a: string[], b: string[] | undefined): number {
  let words = 0;
  while (b && words < a.length && a[words] === b[words]) words++;
  return words;
}
