/**
 * A file kept open and read in parts, as they are asked for: a command on a
 * conference of 1,500 talks reads the outline's first line and the lines of
 * the talks it needs, not the 0.6 MB of every talk. Each part comes from the
 * file as it was when opened, even if pycon replaces it in the meantime (an
 * update renames a new file over it, and never writes into one).
 */
import { closeSync } from 'node:fs';
import { readAt, readInto } from './readFile.js';

export interface FileInParts {
  readonly size: number;
  /** The bytes from `from` up to `to`. */
  bytes(from: number, to: number): Buffer;
  /** Where `text` (ASCII) first lies whole between `from` and `to`; -1 if nowhere. */
  find(text: string, from: number, to: number): number;
  /** The file's bytes up to its first line break, with it; all of them when it has none. */
  firstLine(): Buffer;
  close(): void;
}

/** The first read of a file: an outline's first line, on a conference of 1,500 talks, is 100 kB. */
const FIRST_READ = 128 * 1024;
/** How much of a file `find` reads at a time, into one buffer used again. */
const SCAN_READ = 64 * 1024;
const LINE_BREAK = 0x0a;

/** The open file `fd`, of `size` bytes; closed by `close()`. */
export function fileInParts(fd: number, size: number): FileInParts {
  let open = true;
  const checkOpen = () => {
    if (!open) throw new Error('The file was read after it was closed.');
  };
  // The bytes read from the start of the file so far: parts within them are not read again.
  let start: Buffer = Buffer.alloc(0);
  return {
    size,
    bytes(from, to) {
      if (to <= start.length) return start.subarray(from, to);
      checkOpen();
      return readAt(fd, from, to - from);
    },
    find(text, from, to) {
      if (to <= start.length) return start.subarray(0, to).indexOf(text, from, 'latin1');
      checkOpen();
      const buffer = Buffer.allocUnsafe(Math.max(SCAN_READ, text.length * 2));
      for (let at = from; at < to; ) {
        const filled = readInto(fd, buffer.subarray(0, Math.min(buffer.length, to - at)), at);
        const found = buffer.subarray(0, filled).indexOf(text, 0, 'latin1');
        if (found !== -1) return at + found;
        if (filled < text.length || at + filled >= to) return -1;
        // The next stretch starts early enough to hold the text whole if this one ends inside it.
        at += filled - text.length + 1;
      }
      return -1;
    },
    firstLine() {
      let lineBreak = start.indexOf(LINE_BREAK);
      while (lineBreak === -1 && start.length < size) {
        checkOpen();
        const searched = start.length;
        const more = readAt(fd, searched, searched === 0 ? Math.min(size, FIRST_READ) : Math.min(size - searched, searched));
        if (more.length === 0) break;
        start = searched === 0 ? more : Buffer.concat([start, more]);
        lineBreak = start.indexOf(LINE_BREAK, searched);
      }
      return start.subarray(0, lineBreak === -1 ? start.length : lineBreak + 1);
    },
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
}
