/**
 * Writing a file where the user pointed, so that readers see the old content
 * or the new, never half of it, as npm's write-file-atomic does:
 *
 * - a regular file (or a new one) is replaced by renaming a flushed temporary
 *   file of the same mode and owner over it;
 * - a symbolic link is followed, and its target replaced, so the link stays;
 * - a FIFO or a device (`-o /dev/null`, `-o >(gzip)`) gets the bytes in place,
 *   as a shell redirection would give them.
 *
 * Every failure is a UserError that names the path.
 */
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readlinkSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { fileProblem } from './fileProblem.js';

/**
 * What a file is written from: text (as UTF-8), bytes as they are, or text in
 * parts, written one after another and never joined, so that a file of a
 * megabyte made of many pieces is never first made one string of it. Each
 * part is encoded on its own: a surrogate pair is never split between two.
 */
export type FileContent = string | Uint8Array | readonly string[];

export interface WriteOptions {
  /** Create the folder (and its parents) when missing: for pycon's own files, never for `-o`. */
  createFolder?: boolean;
  /**
   * A file only pycon reads (a conference's store, its outline, search text,
   * seal, source and history): whatever stands at the path is replaced, a
   * link itself and not what it points to, and a FIFO or a device too, never
   * written to, where writing would wait for a reader that never comes.
   */
  onlyPyconReads?: boolean;
}

/** Writes a file only pycon reads (WriteOptions.onlyPyconReads): a conference's own files, and a seal. */
export function writeOwnFile(path: string, content: FileContent): void {
  writeFileAtomic(path, content, { onlyPyconReads: true });
}

/** Writes text (as UTF-8) or bytes as they are. */
export function writeFileAtomic(path: string, content: FileContent, options: WriteOptions = {}): void {
  const own = options.onlyPyconReads === true;
  const target = own ? resolve(path) : followLinks(path);
  const found = statOrUndefined(target, path, ['ENOENT'], !own);
  if (found?.isDirectory()) throw new UserError(`Cannot write ${path}: it is a folder; give the path of a file.`);
  if (found && !found.isFile() && !own) {
    writeInPlace(target, content, path);
    return;
  }
  // Only a regular file gives the new one its mode and owner.
  const existing = found?.isFile() ? found : undefined;
  const folder = dirname(target);
  if (options.createFolder) makeFolder(folder);
  else if (!existing) checkFolder(folder, path);
  const temporary = join(folder, `.${basename(target)}.${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}.tmp`);
  try {
    const fd = openSync(temporary, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    try {
      if (existing) keepModeAndOwner(fd, existing);
      writeAll(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw fileProblem(error, path, 'write');
  }
}

/** Removes the temporary files of writers to `path` that were killed before they could rename them. */
export function removeLeftovers(path: string): void {
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) rmSync(join(dirname(path), name), { force: true });
  }
}

/** Creates a folder and its missing parents, one level at a time (Node's recursive mkdir spins forever under /proc). */
export function makeFolder(folder: string): void {
  const missing: string[] = [];
  let current = resolve(folder);
  for (;;) {
    const stat = statOrUndefined(current, folder, ['ENOENT', 'ENOTDIR']);
    if (stat) {
      if (!stat.isDirectory())
        throw new UserError(`Cannot create ${folder}: ${current} is a file, not a folder; check the path (and PYCON_HOME).`);
      break;
    }
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT')
        throw new UserError(`Cannot create the folder ${level}: the system allows no folder there; choose another place (PYCON_HOME).`);
      if (code !== 'EEXIST') throw fileProblem(error, level, 'create the folder');
    }
  }
}

function checkFolder(folder: string, path: string): void {
  const stat = statOrUndefined(folder, path);
  if (!stat) throw new UserError(`Cannot write ${path}: the folder ${folder} does not exist; create it first, or choose another path.`);
  if (!stat.isDirectory()) throw new UserError(`Cannot write ${path}: ${folder} is a file, not a folder; check the path.`);
}

/** The file a path names once its symbolic links are followed; a dangling link names the file it would create. */
function followLinks(path: string): string {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let stat: Stats;
    try {
      stat = lstatSync(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return current;
      throw fileProblem(error, path, 'write');
    }
    if (!stat.isSymbolicLink()) return current;
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw new UserError(`Cannot write ${path}: its symbolic links go round in a loop; check the path.`);
}

/** The file's stats, or undefined when it is missing (`absent` lists the codes that mean so). */
function statOrUndefined(path: string, shown: string, absent = ['ENOENT'], followLink = true): Stats | undefined {
  try {
    return followLink ? statSync(path) : lstatSync(path);
  } catch (error) {
    if (absent.includes((error as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw fileProblem(error, shown, 'write');
  }
}

function writeInPlace(target: string, content: FileContent, path: string): void {
  try {
    const fd = openSync(target, 'w');
    try {
      writeAll(fd, content);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw fileProblem(error, path, 'write');
  }
}

function writeAll(fd: number, content: FileContent): void {
  if (content instanceof Uint8Array) writeBytes(fd, content);
  else writeText(fd, typeof content === 'string' ? [content] : content);
}

/**
 * Text is encoded into room used again, and written each time the room is
 * full: encoded whole, an outline or a calendar of a megabyte would take a
 * megabyte of memory the process has not touched before.
 */
function writeText(fd: number, parts: readonly string[]): void {
  const room = textRoom();
  let used = 0;
  for (const part of parts) {
    for (let at = 0; at < part.length; ) {
      let end = Math.min(at + TEXT_PIECE, part.length);
      // A surrogate pair stays whole: encoded apart, each half would be a replacement character.
      if (end < part.length && isHighSurrogate(part.charCodeAt(end - 1))) end--;
      const piece = part.slice(at, end);
      if (used + MAX_UTF8_BYTES * piece.length > room.length) {
        writeBytes(fd, room.subarray(0, used));
        used = 0;
      }
      used += room.write(piece, used, 'utf8');
      at = end;
    }
  }
  writeBytes(fd, room.subarray(0, used));
}

function writeBytes(fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
}

/** The UTF-16 units of text encoded at a time at most; each takes at most three bytes of UTF-8. */
const TEXT_PIECE = 64 * 1024;
const MAX_UTF8_BYTES = 3;
let room: Buffer | undefined;

function textRoom(): Buffer {
  room ??= Buffer.allocUnsafe(MAX_UTF8_BYTES * TEXT_PIECE);
  return room;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The replacement keeps the mode the file had (umask would narrow it) and, where allowed, its owner. */
function keepModeAndOwner(fd: number, existing: Stats): void {
  fchmodSync(fd, existing.mode & 0o7777);
  const made = fstatSync(fd);
  if (made.uid === existing.uid && made.gid === existing.gid) return;
  try {
    fchownSync(fd, existing.uid, existing.gid);
  } catch {
    // Only root may give a file away; anyone else's replacement is theirs, as with any editor.
  }
}
