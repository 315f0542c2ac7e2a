/**
 * Why a search matched a talk whose title and speakers do not hold the words:
 * one line of its description around the first word that matched,
 *
 *   “…a good foundation for an asyncio-based service, including graceful…”
 *
 * with the matched words highlighted. A description word matches when it
 * starts with a query word's stem, as search counts mentions, or, for a query
 * word of a script written without spaces (Japanese, say), when it holds it:
 * such a description's sentence is one word, and the line then starts a few
 * characters before the match.
 */
import { stemOf } from '../schedule/search.js';
import { writtenUnspaced } from '../schedule/scripts.js';
import { foldWords } from '../schedule/fold.js';
import type { Style } from './style.js';
import { displayWidth, truncate } from './wrap.js';

/** Words shown before the first match, so it is read in its sentence. */
const LEAD_WORDS = 4;
/** Characters shown before a match inside a word: about as wide as four short words. */
const LEAD_CHARACTERS = 8;

export function matchSnippet(description: string, query: string[], width: number, style: Style): string | undefined {
  const starts = query.filter((word) => !writtenUnspaced(word)).map(stemOf);
  const inside = query.filter(writtenUnspaced);
  const tokens = description.split(/\s+/).filter((token) => token !== '');
  /** How a description word matches: it starts with a query word, or holds one written without spaces. */
  const matchOf = (token: string): 'start' | 'inside' | undefined => {
    const parts = foldWords(token);
    if (parts.some((part) => starts.some((word) => part.startsWith(word)))) return 'start';
    return parts.some((part) => inside.some((word) => part.includes(word))) ? 'inside' : undefined;
  };
  const first = tokens.findIndex((token) => matchOf(token) !== undefined);
  if (first === -1) return undefined;
  const found = matchOf(tokens[first] as string) === 'start' ? -1 : insideAt(tokens[first] as string, inside);
  let start = Math.max(0, first - LEAD_WORDS);
  let cut = false;
  if (found !== -1) {
    const token = tokens[first] as string;
    const before = [...token.slice(0, found)];
    start = first;
    cut = before.length > LEAD_CHARACTERS;
    if (cut) tokens[first] = `${before.slice(leadStart(before)).join('')}${token.slice(found)}`;
  }
  const open = start > 0 || cut ? '“…' : '“';
  const room = width - displayWidth(open) - 2;
  const highlight = (token: string) => {
    const match = matchOf(token);
    return match === 'start' ? style.match(token) : match === 'inside' ? markInside(token, inside, style) : token;
  };
  const shown: string[] = [];
  let used = 0;
  for (const token of tokens.slice(start)) {
    const cost = displayWidth(token) + (shown.length > 0 ? 1 : 0);
    if (used + cost > room) break;
    shown.push(token);
    used += cost;
  }
  if (shown.length === 0) return `${open}${highlight(truncate(tokens[start] ?? '', room))}”`;
  const close = start + shown.length < tokens.length ? '…”' : '”';
  return `${open}${shown.map(highlight).join(' ')}${close}`;
}

/**
 * Where the characters shown before a match inside a word start: the last
 * LEAD_CHARACTERS of them, but not inside a Latin word (`…etryについて`
 * of `poetryについて`): that word is left out.
 */
function leadStart(before: string[]): number {
  let at = before.length - LEAD_CHARACTERS;
  while (at < before.length && LATIN_LETTER.test(before[at] as string) && LATIN_LETTER.test(before[at - 1] as string)) at++;
  return at;
}

const LATIN_LETTER = /^[A-Za-z0-9\u00c0-\u024f]$/;

/** Where in a word the first of `words` is, as folded text would find it (case aside); -1 if none is there as typed. */
function insideAt(token: string, words: string[]): number {
  const lower = token.toLowerCase();
  const places = words.map((word) => lower.indexOf(word)).filter((at) => at !== -1);
  return places.length === 0 ? -1 : Math.min(...places);
}

/** A word with each of `words` it holds highlighted, or all of it when none is there as typed. */
function markInside(token: string, words: string[], style: Style): string {
  const lower = token.toLowerCase();
  const marked = words.filter((word) => lower.includes(word));
  if (marked.length === 0 || lower.length !== token.length) return style.match(token);
  let out = '';
  let at = 0;
  while (at < token.length) {
    const next = marked.map((word) => [lower.indexOf(word, at), word.length] as const).filter(([index]) => index !== -1);
    if (next.length === 0) break;
    const [index, length] = next.reduce((a, b) => (b[0] < a[0] ? b : a));
    out += `${token.slice(at, index)}${style.match(token.slice(index, index + length))}`;
    at = index + length;
  }
  return `${out}${token.slice(at)}`;
}
