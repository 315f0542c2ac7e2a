/**
 * Text helpers shared by the parser and the search: cleaning what the source
 * publishes, and folding text so that case, accents and punctuation never matter.
 */

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

/**
 * Folds text for matching: lower case, accents removed, apostrophes dropped
 * (so `dont` finds "Don't"), any other punctuation a space. Only the accents
 * of alphabets such as Latin, Greek and Cyrillic go (`Café` → `cafe`): a
 * Japanese voicing mark, a Hindi vowel sign or the parts of a Hangul
 * syllable belong to their letter (`データ` is not `テータ`), and the letters
 * are composed again.
 */
export function foldText(text: string): string {
  // ASCII and the marks of typography beyond it need no Unicode tables: the pattern of Unicode's letters
  // takes 2.4 ms to build, in any command that folds one title holding a character beyond ASCII.
  if (text.length < LONG_TEXT) return PLAIN.test(text) ? foldPlain(text) : foldUnicode(text);
  return foldLongPlain(text) ?? foldUnicode(text);
}

/**
 * The marks of English typography, which the Unicode way folds as it does
 * ASCII punctuation: the curly apostrophes are dropped as `'` is, and the
 * rest (quotes, dashes, the ellipsis, bullets, guillemets, inverted marks
 * and a few signs) keep words apart. None has a compatibility form but the
 * ellipsis, whose three dots keep words apart too.
 */
const DROPPED_MARKS = '\u2018\u2019';
const PARTING_MARKS = '\u00a1\u00a9\u00ab\u00ae\u00b0\u00b7\u00bb\u00bf\u00d7\u2010\u2013\u2014\u201c\u201d\u201e\u2022\u2026\u2039\u203a';
/** Text foldPlain folds as the Unicode way would: ASCII (line breaks too: descriptions have paragraphs) and those marks. */
const PLAIN = new RegExp(`^[\\x00-\\x7f${DROPPED_MARKS}${PARTING_MARKS}]*$`);
const DROPPED = new RegExp(`['\`${DROPPED_MARKS}]`, 'g');

/** foldText for PLAIN text, by three patterns that V8 runs natively. */
function foldPlain(text: string): string {
  return text
    .toLowerCase()
    .replace(DROPPED, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * From this length, PLAIN text (a description) is folded a character at a
 * time, into a buffer kept from one text to the next: an import folds a
 * megabyte of descriptions, and foldPlain's copies of each (lower case,
 * without apostrophes, spaced) filled ten megabytes of memory. V8 optimizes
 * the loop then; for a command's titles, that would cost more than the loop
 * saves (a megabyte of memory, in `pycon itinerary` on PyCon).
 */
const LONG_TEXT = 256;
let foldRoom: Buffer | undefined;
const DROPPED_CODES = new Set([...DROPPED_MARKS].map((mark) => mark.charCodeAt(0)));
const PARTING_CODES = new Set([...PARTING_MARKS].map((mark) => mark.charCodeAt(0)));

/** foldPlain, a character at a time; undefined for text that is not PLAIN. */
function foldLongPlain(text: string): string | undefined {
  // A folded text is never longer: a space stands for at least one character.
  if (foldRoom === undefined || foldRoom.length < text.length) foldRoom = Buffer.allocUnsafe(Math.max(text.length, 4096));
  const room = foldRoom;
  let length = 0;
  let apart = false;
  for (let at = 0; at < text.length; at++) {
    let code = text.charCodeAt(at);
    if (code > LAST_ASCII) {
      if (PARTING_CODES.has(code)) apart = true;
      else if (!DROPPED_CODES.has(code)) return undefined;
      continue;
    }
    if (code >= UPPER_A && code <= UPPER_Z) code += LOWER_A - UPPER_A;
    if ((code >= LOWER_A && code <= LOWER_Z) || (code >= DIGIT_0 && code <= DIGIT_9)) {
      if (apart && length > 0) room[length++] = SPACE;
      apart = false;
      room[length++] = code;
    } else if (code !== APOSTROPHE && code !== BACKTICK) apart = true;
  }
  return room.toString('latin1', 0, length);
}

const LAST_ASCII = 0x7f;
const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const LOWER_A = 0x61;
const LOWER_Z = 0x7a;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const SPACE = 0x20;
const APOSTROPHE = 0x27;
const BACKTICK = 0x60;

function foldUnicode(text: string): string {
  return text
    .normalize('NFKD')
    .replace(ACCENTS, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['\u2019\u2018`\u00b4]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

/** The combining marks that are accents: Unicode's blocks of combining diacritical marks. */
const ACCENTS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;

/**
 * Which way foldText folds, saved with text it folded (Store.folding): text
 * folded another way, by an earlier pycon, is folded again. Folding 1 took
 * every mark away, voicing marks and vowel signs too.
 */
export const FOLDING = 2;

/** The words of folded text. */
export function foldWords(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
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
