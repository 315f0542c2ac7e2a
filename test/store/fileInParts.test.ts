import { mkdtempSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { type FileInParts, fileInParts } from '../../src/store/fileInParts.js';
import { readAt } from '../../src/store/readFile.js';

// readAt as it is, watched: a test can tell a loop of reads that would never end from one that ends.
vi.mock('../../src/store/readFile.js', async (actual) => {
  const module = await actual<typeof import('../../src/store/readFile.js')>();
  return { ...module, readAt: vi.fn(module.readAt) };
});

const KB = 1024;

function written(text: string): { path: string; file: FileInParts } {
  const path = join(mkdtempSync(join(tmpdir(), 'pycon-parts-')), 'file.txt');
  writeFileSync(path, text, 'latin1');
  return { path, file: fileInParts(openSync(path, 'r'), text.length) };
}

/** `length` characters of filler, with `text` placed at `at`. */
function withTextAt(length: number, text: string, at: number): string {
  return `${'x'.repeat(at)}${text}${'x'.repeat(length - at - text.length)}`;
}

describe('a file read in parts', () => {
  it('finds text that lies across the end of one stretch it reads and the start of the next', () => {
    for (const at of [64 * KB - 4, 64 * KB - 1, 64 * KB, 128 * KB - 5, 200 * KB - 6]) {
      const { file } = written(withTextAt(200 * KB, 'needle', at));
      expect([at, file.find('needle', 0, file.size)]).toEqual([at, at]);
      expect([at, file.find('needle', at + 1, file.size)]).toEqual([at, -1]);
      // The text must lie whole before the end given.
      expect([at, file.find('needle', 0, at + 5)]).toEqual([at, -1]);
      expect([at, file.find('needle', 0, at + 6)]).toEqual([at, at]);
    }
    expect(written('x'.repeat(300 * KB)).file.find('needle', 0, 300 * KB)).toBe(-1);
  });

  it('reads a first line longer than its first read whole, and the rest of the file from there', () => {
    const line = `${'a'.repeat(300 * KB)}\n`;
    const { file } = written(`${line}next line\n`);
    expect(file.firstLine().toString('latin1')).toBe(line);
    expect(file.bytes(line.length, line.length + 4).toString('latin1')).toBe('next');
    expect(file.find('next', 0, file.size)).toBe(line.length);
    expect(written('no line break').file.firstLine().toString('latin1')).toBe('no line break');
    expect(written('').file.firstLine().length).toBe(0);
  });

  it('reads the file as it was opened, even once another is renamed over it', () => {
    const { path, file } = written(`first\n${withTextAt(100 * KB, 'old', 90 * KB)}`);
    expect(file.firstLine().toString('latin1')).toBe('first\n');
    const replacement = join(mkdtempSync(join(tmpdir(), 'pycon-parts-')), 'new.txt');
    writeFileSync(replacement, `other\n${withTextAt(100 * KB, 'new', 90 * KB)}`);
    renameSync(replacement, path);
    expect(file.bytes(6 + 90 * KB, 6 + 90 * KB + 3).toString('latin1')).toBe('old');
    expect(file.find('new', 0, file.size)).toBe(-1);
  });

  it('answers small parts from the stretch read with the first, and reads again past its end', () => {
    // Lines of 100 bytes, each starting with its number: a part is right only if it came from its own place.
    const lines = Array.from({ length: 2000 }, (_, index) => `${String(index).padStart(5, '0')}${'.'.repeat(94)}\n`);
    const { file } = written(lines.join(''));
    const line = (index: number) => file.bytes(index * 100, index * 100 + 100).toString('latin1');
    for (const index of [0, 1, 300, 654, 655, 656, 1999, 1310, 3, 655]) expect([index, line(index)]).toEqual([index, lines[index]]);
    // A part of a few kilobytes, from a place no stretch read so far holds.
    expect(file.bytes(1300 * 100 + 50, 1300 * 100 + 50 + 4000).toString('latin1')).toBe(lines.join('').slice(130050, 134050));
    // A part read through the stretch is a copy: changing it changes neither the file's next part nor the stretch.
    const part = file.bytes(500, 600);
    part.fill(0x21);
    expect(line(5)).toBe(lines[5]);
    // A search through the stretch a part was read with, and on past it.
    expect(file.find('01999', 654 * 100, file.size)).toBe(1999 * 100);
    expect(line(1998)).toBe(lines[1998]);
    expect(file.find('00656', 655 * 100, file.size)).toBe(656 * 100);
  });

  it('finds nothing past the end given, though the stretch it kept from an earlier search holds more', () => {
    const { file } = written(withTextAt(10 * KB, 'needle', 100));
    expect(file.find('absent', 50, file.size)).toBe(-1);
    expect(file.find('needle', 50, 105)).toBe(-1);
    expect(file.find('needle', 50, 106)).toBe(100);
  });

  it('ends its first line where the file ends, when the file is shorter than when it was opened', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'pycon-parts-')), 'file.txt');
    writeFileSync(path, 'a line cut short');
    const file = fileInParts(openSync(path, 'r'), 200 * KB);
    const reads = vi.mocked(readAt);
    const { readAt: read } = await vi.importActual<typeof import('../../src/store/readFile.js')>('../../src/store/readFile.js');
    reads.mockImplementation((fd, position, length) => {
      if (reads.mock.calls.length > 10) throw new Error('firstLine read on past the end of the file');
      return read(fd, position, length);
    });
    try {
      expect(file.firstLine().toString('latin1')).toBe('a line cut short');
    } finally {
      reads.mockReset();
      reads.mockImplementation(read);
    }
  });

  it('reads nothing once closed', () => {
    const { file } = written(`line\n${'x'.repeat(200 * KB)}`);
    file.close();
    expect(() => file.firstLine()).toThrow('closed');
    expect(() => file.bytes(0, 4)).toThrow('closed');
    expect(() => file.find('x', 0, file.size)).toThrow('closed');
    file.close();
  });
});
