/**
 * Turning the bytes of a source file into numbered lines and paragraphs,
 * reporting a file that is empty, binary or not UTF-8.
 */
import type { Problem } from './types.js';

export interface Line {
  number: number;
  text: string;
}

export type Paragraph = Line[];

export type Decoded = { text: string; problem?: undefined } | { text?: undefined; problem: Problem };

export function decodeSource(source: string | Uint8Array): Decoded {
  if (typeof source === 'string') return checkNotEmpty(source.replace(/^\uFEFF/, ''));
  const nul = source.indexOf(0);
  if (nul !== -1) {
    return at(source, nul, 'the file is binary, not text', 'give pycon parse the talk list as UTF-8 text');
  }
  try {
    return checkNotEmpty(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(source));
  } catch {
    return at(source, firstInvalidByte(source), 'the file is not UTF-8 text', 'save it as UTF-8 and try again');
  }
}

function checkNotEmpty(text: string): Decoded {
  if (text.trim() === '') {
    return {
      problem: {
        line: 1,
        column: 1,
        message: 'the file is empty',
        hint: 'it should hold talks: a title, speakers, a slot line and a description each',
      },
    };
  }
  return { text };
}

function at(bytes: Uint8Array, offset: number, message: string, hint: string): { problem: Problem } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { problem: { line, column: offset - lineStart + 1, message, hint } };
}

/** The offset of the first byte that breaks UTF-8 (decoding stops there). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    const length =
      byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

/** Blank-line separated runs of lines, each line keeping its 1-based number. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    if (raw.trim() === '') {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else {
      current.push({ number: index + 1, text: raw.trimEnd() });
    }
  });
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}
