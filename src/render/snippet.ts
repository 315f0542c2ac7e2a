/**
 * Why a search matched a talk whose title and speakers do not hold the words:
 * one line of its description around the first word that matched,
 *
 *   “…a good foundation for an asyncio-based service, including graceful…”
 *
 * with the matched words highlighted. A description word matches when it
 * starts with a query word's stem, as search counts mentions.
 */
import { stemOf } from '../schedule/search.js';
import { foldWords } from '../schedule/fold.js';
import type { Style } from './style.js';
import { displayWidth, truncate } from './wrap.js';

/** Words shown before the first match, so it is read in its sentence. */
const LEAD_WORDS = 4;

export function matchSnippet(description: string, query: string[], width: number, style: Style): string | undefined {
  const words = query.map(stemOf);
  const tokens = description.split(/\s+/).filter((token) => token !== '');
  const matches = (token: string) => foldWords(token).some((part) => words.some((word) => part.startsWith(word)));
  const first = tokens.findIndex(matches);
  if (first === -1) return undefined;
  const start = Math.max(0, first - LEAD_WORDS);
  const open = start > 0 ? '“…' : '“';
  const room = width - displayWidth(open) - 2;
  const shown: string[] = [];
  let used = 0;
  for (const token of tokens.slice(start)) {
    const cost = displayWidth(token) + (shown.length > 0 ? 1 : 0);
    if (used + cost > room) break;
    shown.push(token);
    used += cost;
  }
  if (shown.length === 0) return `${open}${truncate(tokens[start] ?? '', room)}”`;
  const close = start + shown.length < tokens.length ? '…”' : '”';
  return `${open}${shown.map((token) => (matches(token) ? style.match(token) : token)).join(' ')}${close}`;
}
