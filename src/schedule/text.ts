/**
 * Text helpers shared by the parser and the search: cleaning what the source
 * publishes, ids made from titles (folded, fold.ts), and text for messages.
 */
import { foldText } from './fold.js';

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: '\u00a0',
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};

/** Decodes the HTML entities the published text still carries (`&nbsp;`, `&lt;`, `&#8217;`). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Turns the remnants of links whose targets were lost into their text:
 * `[text](` and `[text][1]`, and drops the reference lines `[1]:` left
 * empty, and the parentheses a link with no text leaves behind.
 */
export function dropLinkRemnants(text: string): string {
  // Linear on any input: a bracket's text excludes `[`, so each try stops at
  // the next one; a run of spaces before `()` is tried from its start only.
  if (!text.includes('[') && !text.includes('(')) return text;
  return text
    .replace(/\[([^[\]\n]*)\]\(/g, '$1')
    .replace(/\[([^[\]\n]*)\]\[[^[\]\n]*\]/g, '$1')
    .replace(/(^|\s)\[[^[\]\n]+\]:(?=\s|$)/g, '$1')
    .replace(/(?<!\s)\s*\(\s*\)/g, '');
}

/**
 * What a terminal acts on rather than prints: C0 controls (but tab and
 * newline), DEL and C1; and the controls that set the direction of what
 * follows them (embeddings, overrides, isolates), since one left open turns
 * the rest of a line around on a terminal that lays out right-to-left text,
 * a grid's borders and the next talks with it. Text from a schedule or a
 * store never keeps them. The right-to-left and left-to-right marks stay:
 * they turn nothing around, and mixed Arabic or Hebrew text may need them.
 * As the ranges of a regular expression's class; safeOutput.ts drops them too.
 */
export const CONTROL_CHARACTERS = '\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069';
const CONTROLS = new RegExp(`[${CONTROL_CHARACTERS}]`, 'g');
const HAS_CONTROL = new RegExp(`[${CONTROL_CHARACTERS}]`);
/** Any character oneLine changes: a control character, a tab or a line break. */
const HAS_CONTROL_OR_BREAK = new RegExp(`[\\t\\n${CONTROL_CHARACTERS}]`);

/** Removes control characters, keeping tabs and newlines. */
export function stripControls(text: string): string {
  return HAS_CONTROL.test(text) ? text.replace(CONTROLS, '') : text;
}

/** Text for one line (a title, a room, a name): control characters removed, tabs and newlines a space. */
export function oneLine(text: string): string {
  return HAS_CONTROL_OR_BREAK.test(text) ? stripControls(text).replace(/[\t\n]+/g, ' ') : text;
}

/** No-break spaces (`&nbsp;` in a published name, or put between words to keep them on one line) made plain. */
export function plainSpaces(text: string): string {
  return text.includes('\u00a0') ? text.replaceAll('\u00a0', ' ') : text;
}

/** Everything the parser does to a published line: entities, control characters, link remnants, runs of spaces. */
export function cleanText(text: string): string {
  return dropLinkRemnants(stripControls(decodeEntities(text)))
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** A URL- and file-safe id made from a title: `Don't be a robot` → `dont-be-a-robot`, `データ分析` → `データ分析`. */
export function slugify(title: string): string {
  return slugOf(title) || 'talk';
}

/**
 * Talks' ids from their titles' slugs, in the talks' order: a slug's first
 * talk has it as it is, the next `slug-2`, then `slug-3`, each number
 * skipped that another talk's id already holds (a title of its own, `Rust
 * 2`, or a slot before it), so that no two talks share an id and the slots
 * of one title follow one another (repeats.ts).
 */
export function distinctIds(slugs: string[]): string[] {
  const taken = new Set<string>();
  const next = new Map<string, number>();
  return slugs.map((slug) => {
    let count = next.get(slug) ?? 1;
    let id = count === 1 ? slug : `${slug}-${count}`;
    while (taken.has(id)) id = `${slug}-${++count}`;
    next.set(slug, count + 1);
    taken.add(id);
    return id;
  });
}

/** The folded words of the text joined by hyphens: empty when it has no letter or digit. */
export function slugOf(text: string): string {
  return foldText(text).replace(/ /g, '-');
}

/** Code-unit order: the same on every machine whatever its locale data, and free of ICU's start-up cost. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The line and column (both from 1, a column in UTF-16 code units) of an offset in the text. */
export function placeIn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}

/**
 * Text from a file inside a message, kept short: whole when it has at most
 * `most` characters, else its first `most - 1` and "…". Counted by
 * characters, not UTF-16 units, so that an emoji is never split in half.
 */
export function cutForMessage(text: string, most: number): string {
  const chars = [...text];
  return chars.length <= most ? text : `${chars.slice(0, most - 1).join('')}…`;
}

/**
 * A piece of a file inside a message: printable ASCII (a space too) in quotes, anything
 * else (a line break, an escape code) as its first code point, `U+000A`.
 * Only that much of a schedule reaches the sentence.
 */
export function quotedPiece(piece: string): string {
  if (piece === '"') return `'"'`;
  if (/^[\x20-\x7e]+$/.test(piece)) return `"${piece}"`;
  return `U+${(piece.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
