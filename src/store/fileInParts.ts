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
  /**
   * The bytes from `from` up to `to`. They stay as read, but may be the
   * bytes the file keeps of its start: a caller that changes them puts them
   * back (outlineLayout.ts's `run`).
   */
  bytes(from: number, to: number): Buffer;
  /** Where `text` (ASCII) first lies whole between `from` and `to`; -1 if nowhere. */
  find(text: string, from: number, to: number): number;
  /** The file's bytes up to its first line break, with it; all of them when it has none. */
  firstLine(): Buffer;
  close(): void;
}

/** The first read of a file: an outline's first line, on a conference of 1,500 talks, is 100 kB. */
const FIRST_READ = 128 * 1024;
/**
 * How much of the file is read at a time, into one buffer used again: by
 * `find`, and for a small part, whose read runs on past it. A read costs
 * about as much for 64 kB as for one talk's line, and a command asks for
 * its talks' lines in the order they lie in, so the lines after the first
 * are most often read already.
 */
const STRETCH = 64 * 1024;
/** A part longer than this is read on its own, not through the stretch kept. */
const SMALL_PART = 4 * 1024;
const LINE_BREAK = 0x0a;

/** The open file `fd`, of `size` bytes; closed by `close()`. */
export function fileInParts(fd: number, size: number): FileInParts {
  let open = true;
  const checkOpen = () => {
    if (!open) throw new Error('The file was read after it was closed.');
  };
  // The bytes read from the start of the file so far: parts within them are not read again.
  let start: Buffer = Buffer.alloc(0);
  // The stretch read last, from `stretchFrom`; its buffer is made at the first read through it.
  let stretch: Buffer | undefined;
  let stretchFrom = 0;
  let stretchLength = 0;
  const holds = (from: number, to: number) => stretchLength > 0 && from >= stretchFrom && to <= stretchFrom + stretchLength;
  /** Reads the stretch from `from`, up to `to` at most, into a buffer of `room` bytes or more; how many bytes it holds. */
  const readStretch = (from: number, to: number, room: number) => {
    if (!stretch || stretch.length < room) stretch = Buffer.allocUnsafe(Math.max(STRETCH, room));
    stretchFrom = from;
    // Empty until the read is done: a read that throws leaves no stretch to answer from.
    stretchLength = 0;
    stretchLength = readInto(fd, stretch.subarray(0, Math.min(stretch.length, to - from)), from);
    return stretchLength;
  };
  return {
    size,
    bytes(from, to) {
      if (to <= start.length) return start.subarray(from, to);
      checkOpen();
      if (to - from > SMALL_PART) return readAt(fd, from, to - from);
      if (!holds(from, to)) readStretch(from, size, 0);
      // A copy: the stretch's buffer is read into again.
      return Buffer.from((stretch as Buffer).subarray(from - stretchFrom, Math.min(to, stretchFrom + stretchLength) - stretchFrom));
    },
    find(text, from, to) {
      if (to <= start.length) return start.subarray(0, to).indexOf(text, from, 'latin1');
      checkOpen();
      for (let at = from; at < to; ) {
        let ended = false;
        if (!holds(at, Math.min(to, at + text.length))) {
          const wanted = Math.min(Math.max(STRETCH, text.length * 2), to - at);
          ended = readStretch(at, to, wanted) < wanted;
        }
        const end = Math.min(stretchFrom + stretchLength, to);
        const found = (stretch as Buffer).subarray(at - stretchFrom, end - stretchFrom).indexOf(text, 0, 'latin1');
        if (found !== -1) return at + found;
        if (ended || end >= to) return -1;
        // The next stretch starts early enough to hold the text whole if this one ends inside it.
        at = end - text.length + 1;
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
