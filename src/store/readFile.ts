/**
 * Reading a file a user pointed pycon at, with one sentence for each way
 * that can fail: a device or a pipe (`--store /dev/zero` would never end),
 * a folder, a file too large to be what it claims, or no permission.
 */
import { isAscii } from 'node:buffer';
import { type BigIntStats, closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from '../errors.js';
import { fileProblem } from './fileProblem.js';

/** Far larger than any schedule: a 10,000-talk store is about 20 MB. Downloads and standard input stop here too. */
export const MAX_BYTES = 256 * 1024 * 1024;

export interface ReadFileWords {
  /** What the file is, for messages: `talk store`, `itinerary`. */
  what: string;
  /** The sentence for a file that does not exist. */
  missing: string;
  /** The sentence for a pipe (`<(curl …)` in a shell), when the command reads one another way; else it is refused as any file that is not regular. */
  pipe?: string;
  /**
   * A file pycon keeps in its home (settings, an itinerary, a conference's
   * files), whose path no one typed: something else in its place is to be
   * moved aside, not named again.
   */
  kept?: boolean;
}

/** The bytes of a regular file. */
export function readBytes(path: string, words: ReadFileWords): Buffer {
  return readFileAndStat(path, words).bytes;
}

/** The bytes of a regular file, and its status when they were read (from the same open file, so the two agree). */
export function readFileAndStat(path: string, words: ReadFileWords): { bytes: Buffer; stat: BigIntStats } {
  const { fd, stat } = openRegularFile(path, words);
  try {
    return { bytes: readAt(fd, null, Number(stat.size)), stat };
  } catch (error) {
    throw fileProblem(error, path, `read the ${words.what}`);
  } finally {
    closeSync(fd);
  }
}

/** A regular file opened to read, and its status; the caller closes it. */
export function openRegularFile(path: string, words: ReadFileWords): { fd: number; stat: BigIntStats } {
  let fd: number;
  try {
    fd = openToRead(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError(words.missing);
    throw fileProblem(error, path, `read the ${words.what}`);
  }
  try {
    const stat = fstatSync(fd, { bigint: true });
    if (stat.isDirectory()) throw new UserError(`${path} is a folder, not ${aFile(words)}; ${adviceFor(words)}.`);
    if ((stat.isFIFO() || stat.isSocket()) && words.pipe !== undefined) throw new UserError(words.pipe);
    if (!stat.isFile()) throw new UserError(`${path} is not a regular file, so it cannot be ${aFile(words)}; ${adviceFor(words)}.`);
    const size = Number(stat.size);
    if (size > MAX_BYTES)
      throw new UserError(`${path} is ${Math.round(size / 1024 / 1024)} MB, too large for ${aFile(words)}; check the path.`);
    return { fd, stat };
  } catch (error) {
    closeSync(fd);
    if (error instanceof UserError) throw error;
    throw fileProblem(error, path, `read the ${words.what}`);
  }
}

/**
 * Opens a file to read it, without waiting: opening a named pipe that no
 * program writes to would wait for ever.
 */
export function openToRead(path: string): number {
  return openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
}

/** Up to `length` bytes of an open file, from `position` (null: from where it was left); fewer only at its end. */
export function readAt(fd: number, position: number | null, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  return bytes.subarray(0, readInto(fd, bytes, position));
}

/** Fills `bytes` from an open file, from `position` (null: from where it was left); how many it read, fewer only at the file's end. */
export function readInto(fd: number, bytes: Buffer, position: number | null): number {
  let filled = 0;
  while (filled < bytes.length) {
    const read = readSync(fd, bytes, filled, bytes.length - filled, position === null ? null : position + filled);
    if (read === 0) break;
    filled += read;
  }
  return filled;
}

/** `an itinerary`, `a settings file`. */
function aFile(words: ReadFileWords): string {
  return `${/^[aeiou]/.test(words.what) ? 'an' : 'a'} ${words.what}`;
}

/** What to do about something other than a regular file where the file should be. */
function adviceFor(words: ReadFileWords): string {
  return words.kept ? 'move it aside and try again' : 'give the path of a file';
}

/**
 * The text of a regular UTF-8 file, without a byte-order mark. Files pycon
 * writes are ASCII (see storeText), which is copied rather than decoded:
 * five times faster for a large store.
 */
export function readTextFile(path: string, words: ReadFileWords): string {
  return textOf(readBytes(path, words));
}

export function textOf(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8').replace(/^\uFEFF/, '');
}
