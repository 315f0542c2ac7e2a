/**
 * Measuring and wrapping text for a terminal of a given width.
 */

import { eastAsianWidth } from 'get-east-asian-width';
import { isCommonWideLetter, isUnspacedAlphabet } from '../schedule/scripts.js';
import { mayBreakBetween } from './lineBreaks.js';

const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Marks that combine with the letter before, format characters (ZWJ),
 * variation selectors: they take no column. Made when first needed, as is
 * afterHyphen(): V8 builds a regex's Unicode classes when it is created,
 * which ASCII text never needs.
 */
let zeroWidthPattern: RegExp | undefined;
function zeroWidth(): RegExp {
  zeroWidthPattern ??= /[\p{Mn}\p{Me}\p{Cf}\u0000-\u001f\u007f-\u009f]/u;
  return zeroWidthPattern;
}

/**
 * Columns a string takes on a terminal: East Asian wide and fullwidth
 * characters (CJK, Hangul, most emoji) two, combining marks and ANSI codes
 * none. The widths come from get-east-asian-width, the Unicode table that
 * string-width is built on; string-width itself segments graphemes with
 * Intl.Segmenter, whose first use costs 20–40 ms, more than pycon's whole
 * start-up budget.
 */
export function displayWidth(text: string): number {
  if (ONE_COLUMN_EACH.test(text)) return text.length;
  // A styled line of a grid (`until 17:40`, dimmed) is as wide as its text is long, once its codes are out.
  const plain = text.includes('\u001b') ? text.replace(ANSI, '') : text;
  if (plain !== text && ONE_COLUMN_EACH.test(plain)) return plain.length;
  if (COMMON_WIDE_ONLY.test(plain)) return plain.length * 2;
  let width = 0;
  let joined = false;
  for (const char of plain) {
    // A character joined to the one before (👩‍💻) is drawn as one picture with it.
    if (joined) {
      joined = false;
      continue;
    }
    if (char === ZWJ) joined = true;
    const code = char.codePointAt(0) ?? 0;
    if ((code >= 0x20 && code < 0x7f) || ONE_COLUMN_MARKS.includes(char)) width += 1;
    else if (isCommonWideLetter(code)) width += 2;
    else if (!zeroWidth().test(char)) width += eastAsianWidth(code);
  }
  return width;
}

/** Text of isCommonWideLetter's blocks alone (a Japanese word, say): two columns a character, counted with no look at each. */
const COMMON_WIDE_ONLY = /^[\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fa\u30fc\uac00-\ud7a3]+$/;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/**
 * Printable ASCII, and the few other characters pycon writes between words
 * (no-break space, `·`, `–`, `…`, `★`, `▶`, `“`, `”`) or inside a handle
 * (the no-break hyphen that keeps it whole): one column each, and none a letter.
 */
const ONE_COLUMN_MARKS = '\u00a0\u00b7\u2011\u2013\u2026\u2605\u25b6\u201c\u201d';
const ONE_COLUMN_EACH = new RegExp(`^[\\x20-\\x7e${ONE_COLUMN_MARKS}]*$`);
const ZWJ = '\u200d';

/**
 * Wraps plain text to lines no wider than `width`: at spaces, else after a
 * hyphen the text already has, else inside a word too long for any line.
 */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  // Text that fits as it is, such as a cell's `until 17:40`, is its own one line.
  const plain = ONE_COLUMN_EACH.test(text) && !text.includes('  ') && text[0] !== ' ' && text[text.length - 1] !== ' ';
  if (plain && text.length <= limit) return [text];
  const cut = plain ? cutPlainText(text, limit) : undefined;
  if (cut) return cut;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    // Widths add up piece by piece; printable ASCII is as wide as it is long.
    const widthOf = PRINTABLE_ASCII.test(paragraph) ? lengthOf : displayWidth;
    let line = '';
    let lineWidth = 0;
    /** Whether `line` started as the end of a word broken over lines. */
    let brokenOff = false;
    for (const word of paragraph.split(' ')) {
      if (word === '') continue;
      // The parts of a hyphenated word (`Auto-`, `Formatting`) are glued to what precedes them.
      const pieces = hyphenParts(word);
      for (let index = 0; index < pieces.length; index++) {
        const piece = pieces[index] as string;
        const glued = index > 0;
        const pieceWidth = widthOf(piece);
        const joined = line === '' ? pieceWidth : lineWidth + (glued ? 0 : 1) + pieceWidth;
        if (joined <= limit) {
          line = line === '' ? piece : `${line}${glued ? '' : ' '}${piece}`;
          lineWidth = joined;
          continue;
        }
        if (line !== '') pushLine(lines, line, brokenOff, limit);
        line = '';
        const parts = pieceWidth <= limit ? [piece] : breakWord(piece, limit);
        for (const part of parts) {
          if (line !== '') lines.push(line);
          line = part;
        }
        lineWidth = widthOf(line);
        brokenOff = parts.length > 1;
      }
    }
    pushLine(lines, line, brokenOff, limit);
  }
  return lines;
}

/**
 * Adds a line to `lines`. The end of a word broken over lines that is one
 * character of Chinese or Japanese alone (`門` of `MachineLearning入`) takes
 * the character before it down too, where a line may break there and the
 * two fit: no line is added, and the line above keeps two characters or
 * more, so that it is not left holding one instead.
 */
function pushLine(lines: string[], line: string, brokenOff: boolean, limit: number): void {
  const above = brokenOff && line.length === 1 && displayWidth(line) === 2 ? lines[lines.length - 1] : undefined;
  if (above !== undefined) {
    const chars = [...above];
    const last = chars[chars.length - 1] as string;
    // The two wide characters take four columns together.
    const bothFit = displayWidth(last) === 2 && limit >= 4;
    if (chars.length > 2 && bothFit && mayBreakBetween(chars[chars.length - 2] as string, last)) {
      lines[lines.length - 1] = chars.slice(0, -1).join('');
      lines.push(`${last}${line}`);
      return;
    }
  }
  lines.push(line);
}

/**
 * wrapText for single-spaced text of one-column characters, as most titles
 * are (a no-break space is part of its word): each line
 * is a stretch of the text itself, cut where the whole wrapping would cut it
 * (at the last space, or after the last hyphen between two letters, that
 * leaves the line no wider than the limit), found with the engine's own
 * searches rather than a character at a time. Undefined when a piece is
 * longer than a line: the whole wrapping breaks it.
 */
function cutPlainText(text: string, limit: number): string[] | undefined {
  const lines: string[] = [];
  const hyphens = text.includes('-');
  let lineStart = 0;
  while (text.length - lineStart > limit) {
    const space = text.lastIndexOf(' ', lineStart + limit);
    const afterHyphen = hyphens ? lastHyphenBreak(text, lineStart, lineStart + limit - 1) + 1 : 0;
    const lineEnd = Math.max(space, afterHyphen);
    if (lineEnd <= lineStart) return undefined;
    lines.push(text.slice(lineStart, lineEnd));
    lineStart = lineEnd === space ? space + 1 : lineEnd;
  }
  lines.push(text.slice(lineStart));
  return lines;
}

/** The last hyphen between two letters after `from` and at most at `to`, or -1. */
function lastHyphenBreak(text: string, from: number, to: number): number {
  for (let at = text.lastIndexOf('-', to); at > from; at = text.lastIndexOf('-', at - 1)) {
    if (isAsciiLetterAt(text, at - 1) && isAsciiLetterAt(text, at + 1)) return at;
  }
  return -1;
}

function isAsciiLetterAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at) | 0x20;
  return code >= 0x61 && code <= 0x7a;
}

let afterHyphenPattern: RegExp | undefined;
function afterHyphen(): RegExp {
  afterHyphenPattern ??= /(?<=\p{L}-)(?=\p{L})/u;
  return afterHyphenPattern;
}

/** afterHyphen() for words of one-column characters, whose only letters are A to Z: a pattern with no Unicode class. */
const AFTER_ASCII_HYPHEN = /(?<=[A-Za-z]-)(?=[A-Za-z])/;

/**
 * A word cut after each hyphen between two letters (`Auto-`, `Formatting`).
 * Unicode's letter class is asked only of a word that needs it: one with
 * characters beyond pycon's one-column ones and a hyphen before what may be
 * such a letter (not `入門-1220`, whose hyphen comes before a digit).
 */
export function hyphenParts(word: string): string[] {
  if (!word.includes('-')) return [word];
  if (ONE_COLUMN_EACH.test(word)) return word.split(AFTER_ASCII_HYPHEN);
  if (!/-[A-Za-z\u0080-\uffff]/.test(word)) return [word];
  return word.split(afterHyphen());
}

function lengthOf(text: string): number {
  return text.length;
}

/**
 * Breaks a word too long for a line. Between two letters of an alphabet a
 * hyphen marks the break; Chinese, Japanese and Korean break between any two
 * characters without one, as they are written. Where a line is full at a
 * place no line may break (lineBreaks.ts: before a closing mark, say), the
 * break moves back to the last place one may, and what follows it goes down.
 */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  const chars = [...word];
  // Most words are printable ASCII, whose width is their length and whose letters are A to Z.
  const ascii = PRINTABLE_ASCII.test(word);
  const widthOf = ascii ? (text: string) => text.length : displayWidth;
  const letters = chars.map(ascii ? isAsciiLetter : isNarrowLetter);
  const closing = closingMarks(chars, ascii);
  /**
   * How many characters of the word follow `at`, from it on, up to its closing
   * punctuation (`ng:` is two) or to the first two columns wide after them, such
   * as Chinese or Japanese (`ng` of `ng入門`).
   */
  const leftFrom = (at: number) => {
    const end = chars.length - closing;
    if (ascii) return end - at;
    let stop = at;
    while (stop < end && displayWidth(chars[stop] as string) !== 2) stop++;
    return stop - at;
  };
  /** Whether a break between the characters at `before` and `before + 1` takes a hyphen. */
  const hyphenAfter = (before: number) => width >= 4 && letters[before] === true && letters[before + 1] === true;
  chars.forEach((char, i) => {
    // Room is kept for the hyphen the line would need if it broke right after this character.
    const fits = widthOf(piece + char) + (hyphenAfter(i) ? 1 : 0) <= width;
    if (!fits && piece !== '') {
      /** Where the line's characters start in `chars`. */
      const first = i - [...piece].length;
      const wordStart = startOfLetters(letters, i - 1);
      // A word of letters after Chinese or Japanese (`Rustで書く` + `Python`) goes whole to the next line where it fits
      // one, as a word after a space would, rather than being hyphenated; so does a longer one that would keep fewer
      // than three letters before the hyphen (`データ分析とM-`), to be hyphenated there as a word alone would be.
      const wordToNextLine =
        hyphenAfter(i - 1) &&
        wordStart > first &&
        mayBreakBetween(chars[wordStart - 1] as string, chars[wordStart] as string) &&
        (i - wordStart < MIN_PART || widthOf(chars.slice(wordStart, endOfLetters(letters, i) + 1).join('')) <= width);
      if (wordToNextLine) {
        const kept = [...piece];
        const carried = kept.splice(wordStart - first).join('');
        pieces.push(kept.join(''));
        piece = carried;
      } else if (hyphenAfter(i - 1)) {
        // Never fewer than three letters after a hyphen ("Concurrenc- y"): carry some over when the line keeps three.
        const kept = [...piece];
        const carry = Math.min(Math.max(0, MIN_PART - leftFrom(i)), kept.length - MIN_PART);
        const carried = carry > 0 ? kept.splice(kept.length - carry).join('') : '';
        pieces.push(`${kept.join('')}-`);
        piece = carried;
      } else {
        const kept = [...piece];
        /** Whether the line may break after its first `end` characters (chars[first + end - 1]). */
        const breaksAfter = (end: number) => {
          const before = first + end - 1;
          if (!mayBreakBetween(chars[before] as string, chars[before + 1] as string)) return false;
          if (!hyphenAfter(before)) return true;
          // Between two letters, a break takes a hyphen, which must fit, and leaves three letters on either side.
          return end >= MIN_PART && leftFrom(before + 1) >= MIN_PART && widthOf(`${kept.slice(0, end).join('')}-`) <= width;
        };
        let end = kept.length;
        while (end > 1 && !breaksAfter(end)) end--;
        // No better place on the line: it breaks where it is full.
        if (!breaksAfter(end)) end = kept.length;
        const hyphen = end < kept.length && hyphenAfter(first + end - 1);
        const carried = kept.splice(end).join('');
        pieces.push(hyphen ? `${kept.join('')}-` : kept.join(''));
        piece = carried;
      }
    }
    piece += char;
  });
  pieces.push(piece);
  return pieces;
}

/** How many punctuation marks and symbols end a word (`:` of `Computing:`, `)` of `(pyproject.toml)`). */
function closingMarks(chars: string[], ascii: boolean): number {
  let count = 0;
  while (count < chars.length && isClosingMark(chars[chars.length - 1 - count] as string, ascii)) count++;
  return count;
}

function isClosingMark(char: string, ascii: boolean): boolean {
  if (ascii) return ASCII_MARKS.includes(char);
  if (isCommonWideLetter(char.charCodeAt(0))) return false;
  punctuationPattern ??= /^[\p{P}\p{S}]$/u;
  return punctuationPattern.test(char);
}

const ASCII_MARKS = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
let punctuationPattern: RegExp | undefined;

/** Where the run of letters that holds `letters[at]` starts. */
function startOfLetters(letters: boolean[], at: number): number {
  let start = at;
  while (start > 0 && letters[start - 1] === true) start--;
  return start;
}

/** Where the run of letters that holds `letters[at]` ends (its last letter). */
function endOfLetters(letters: boolean[], at: number): number {
  let end = at;
  while (end + 1 < letters.length && letters[end + 1] === true) end++;
  return end;
}

/** The fewest letters a hyphenated break leaves on either side. */
const MIN_PART = 3;

function isAsciiLetter(char: string): boolean {
  return isAsciiLetterAt(char, 0);
}

/** A letter one column wide: of the Latin, Greek or Cyrillic alphabets, say, not a CJK ideograph, a kana or Thai. */
function isNarrowLetter(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return isAsciiLetter(char);
  // Thai and the other alphabets written without spaces break between letters with no hyphen, as Chinese does.
  if (isCommonWideLetter(code) || isUnspacedAlphabet(code)) return false;
  return /\p{L}/u.test(char) && eastAsianWidth(code) === 1;
}

/**
 * A message for people, each of its sentences wider than `width` wrapped
 * between words: left to the terminal, a long title would cut a word, or a
 * time, in two. An indented line (a candidate under an error, its handle
 * first and spaced from its title) is left whole.
 */
export function wrapMessage(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) =>
      line.startsWith(' ') || displayWidth(line) <= width ? line : wrapText(wholeCommands(line), width).map(plainCommands).join('\n'),
    )
    .join('\n');
}

/**
 * The commands a message quotes (`"pycon talks --at 'sun 13:10'"`) with
 * no-break spaces and hyphens, so that wrapping moves each whole to the next
 * line, to be copied in one go; `plainCommands` makes them plain again, as a
 * terminal shows them and a user types them.
 */
function wholeCommands(line: string): string {
  return line.replace(/"pycon [^"]*"/g, (command) => command.replace(/ /g, '\u00a0').replace(/-/g, '\u2011'));
}

function plainCommands(line: string): string {
  return line.replace(/\u00a0/g, ' ').replace(/\u2011/g, '-');
}

/**
 * Parts joined with ` · `, a line ending in ` ·` where the next part would
 * not fit in `width`. A part is never broken: a handle stays whole to be
 * copied, even when it is wider than the line.
 */
export function joinParts(parts: string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    if (line === '') line = part;
    else if (displayWidth(line) + 3 + displayWidth(part) <= width) line = `${line} · ${part}`;
    else {
      lines.push(`${line} ·`);
      line = part;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Pads with spaces to exactly `width` columns (text must already fit). */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Cuts to `width` columns, ending in … when anything was cut (after a word, not after its space). */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (PRINTABLE_ASCII.test(text)) return `${text.slice(0, Math.max(0, width - 1)).trimEnd()}…`;
  // A longer start is never narrower, so the longest that fits is found by halving.
  const chars = [...text];
  let fits = 0;
  let over = chars.length;
  while (over - fits > 1) {
    const middle = (fits + over) >> 1;
    if (displayWidth(`${chars.slice(0, middle).join('')}…`) <= width) fits = middle;
    else over = middle;
  }
  return `${chars.slice(0, fits).join('').trimEnd()}…`;
}
