import { describe, expect, it } from 'vitest';
import { decodeSource, splitParagraphs } from '../../src/schedule/source.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decoding a source file', () => {
  it('drops a byte-order mark at the start of the text, and only there', () => {
    expect(decodeSource('\uFEFFTitle\n')).toEqual({ text: 'Title\n' });
    expect(decodeSource('Title \uFEFF\n')).toEqual({ text: 'Title \uFEFF\n' });
    expect(decodeSource(bytes([0xef, 0xbb, 0xbf], 'Title\n'))).toEqual({ text: 'Title\n' });
  });

  it('calls a file of nothing but blank space empty, and a file with one letter not', () => {
    const empty = {
      problem: {
        line: 1,
        column: 1,
        message: 'the file is empty',
        hint: 'it should hold talks: a title, speakers, a slot line and a description each',
      },
    };
    expect(decodeSource(' \n\t\n')).toEqual(empty);
    expect(decodeSource(bytes(' \r\n \n'))).toEqual(empty);
    expect(decodeSource(' x ')).toEqual({ text: ' x ' });
  });

  it('places a NUL byte by line and column, and calls the file binary', () => {
    expect(decodeSource(bytes('one\ntwo\nab', [0], 'c\n'))).toEqual({
      problem: { line: 3, column: 3, message: 'the file is binary, not text', hint: 'give pycon parse the talk list as UTF-8 text' },
    });
  });

  it('places the first byte that is not UTF-8 after characters of every length: 2, 3 and 4 bytes, each lead byte at its limits', () => {
    // © (c2), ߿ (df), ࠀ (e0), � (ef), 😀 (f0) and U+10FFFF (f4) are all good UTF-8; 0xff never is.
    // Columns count bytes: the 0xff is the 25th byte of its line.
    const source = bytes('Title\n© ߿ ࠀ \uFFFD 😀 \u{10FFFF} ', [0xff], '\n');
    expect(decodeSource(source)).toEqual({
      problem: { line: 2, column: 25, message: 'the file is not UTF-8 text', hint: 'save it as UTF-8 and try again' },
    });
  });

  it('places a lone continuation byte, an overlong lead and a character cut short at the end', () => {
    const place = (source: Buffer) => decodeSource(source).problem ?? { line: 0, column: 0 };
    expect(place(bytes('ab', [0x80], 'c'))).toMatchObject({ line: 1, column: 3 });
    expect(place(bytes('é', [0xc1, 0xbf]))).toMatchObject({ line: 1, column: 3 });
    expect(place(bytes('x\n€', [0xf5, 0x80, 0x80, 0x80]))).toMatchObject({ line: 2, column: 4 });
    expect(place(bytes('x\n€', [0xe2, 0x82]))).toMatchObject({ line: 2, column: 4 });
  });
});

describe('splitting text into paragraphs', () => {
  it('splits at blank lines of any line ending, keeps each line number, trims only the line end', () => {
    expect(splitParagraphs('\n  \nTitle  \n  Speaker\r\n\r\nSlot\r\n \t\nDescription\rmore\n\n')).toEqual([
      [
        { number: 3, text: 'Title' },
        { number: 4, text: '  Speaker' },
      ],
      [{ number: 6, text: 'Slot' }],
      [
        { number: 8, text: 'Description' },
        { number: 9, text: 'more' },
      ],
    ]);
  });

  it('keeps a last paragraph with no blank line after it, and makes none of blank text', () => {
    expect(splitParagraphs('a\nb')).toEqual([
      [
        { number: 1, text: 'a' },
        { number: 2, text: 'b' },
      ],
    ]);
    expect(splitParagraphs('\n \n')).toEqual([]);
  });
});
