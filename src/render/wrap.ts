/**
 * Measuring and wrapping text for a terminal of a given width.
 */

const ANSI = /\u001b\[[0-9;]*m/g;

/** Columns a string takes on a terminal: wide CJK and emoji count two, marks and ANSI codes none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI, '')) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x300 && code < 0x370) || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/**
 * Wraps plain text to lines no wider than `width`: at spaces, else after a
 * hyphen the text already has, else inside a word too long for any line.
 */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const { piece, glued } of splitPieces(paragraph)) {
      const candidate = line === '' ? piece : `${line}${glued ? '' : ' '}${piece}`;
      if (displayWidth(candidate) <= limit) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = '';
      for (const part of breakWord(piece, limit)) {
        if (line !== '') lines.push(line);
        line = part;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Words, and the parts of hyphenated words (`Auto-`, `Formatting`) glued to what precedes them. */
function splitPieces(paragraph: string): { piece: string; glued: boolean }[] {
  return paragraph
    .split(/ +/)
    .filter((word) => word !== '')
    .flatMap((word) => word.split(/(?<=\p{L}-)(?=\p{L})/u).map((piece, index) => ({ piece, glued: index > 0 })));
}

/** Breaks a word too long for a line, with a hyphen where it splits between letters. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  const chars = [...word];
  chars.forEach((char, i) => {
    const betweenLetters = /\p{L}/u.test(char) && /\p{L}/u.test(chars[i + 1] ?? '');
    const room = betweenLetters && width >= 4 ? width - 1 : width;
    piece += char;
    if (displayWidth(piece) >= room && i < chars.length - 1) {
      pieces.push(betweenLetters && width >= 4 ? `${piece}-` : piece);
      piece = '';
    }
  });
  pieces.push(piece);
  return pieces;
}

/** Pads with spaces to exactly `width` columns (text must already fit). */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Cuts to `width` columns, ending in … when anything was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(`${out}${char}…`) > width) break;
    out += char;
  }
  return `${out}…`;
}
