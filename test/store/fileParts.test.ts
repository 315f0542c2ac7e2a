/**
 * The file layer in-process, one behaviour at a time: each sentence a failed
 * file operation gives, reading only regular files, and writing atomically
 * without losing a link, a mode or a device.
 */
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { makeFolder, removeLeftovers, writeFileAtomic } from '../../src/store/atomicWrite.js';
import { fileProblem, isFileError } from '../../src/store/fileProblem.js';
import { itineraryNames, itineraryPath, readItinerary } from '../../src/store/itineraryFile.js';
import { readBytes, readTextFile } from '../../src/store/readFile.js';
import { makeHome } from '../helpers/run.js';

const errno = (code: string) => Object.assign(new Error(code), { code, syscall: 'open' });

describe('fileProblem', () => {
  it.each([
    ['EACCES', 'Permission denied: cannot write /x/y; check the permissions of it and its folder.'],
    ['EPERM', 'Permission denied: cannot write /x/y; check the permissions of it and its folder.'],
    ['ENOENT', 'Cannot write /x/y: its folder does not exist; create it first, or choose another path.'],
    ['ENOTDIR', 'Cannot write /x/y: part of that path is a file, not a folder; check the path (and PYCON_HOME).'],
    ['EISDIR', 'Cannot write /x/y: it is a folder; give the path of a file.'],
    ['ENOSPC', 'Cannot write /x/y: the disk is full; free some space and try again.'],
    ['EDQUOT', 'Cannot write /x/y: the disk is full; free some space and try again.'],
    ['EROFS', 'Cannot write /x/y: it is on a read-only file system; choose a writable place.'],
    ['ELOOP', 'Cannot write /x/y: its symbolic links go round in a loop; check the path.'],
    ['ENAMETOOLONG', 'Cannot write /x/y: the path is too long; choose a shorter one.'],
    ['EIO', 'Cannot write /x/y (EIO); check the path and try again.'],
  ])('says %s in one sentence', (code, sentence) => {
    const problem = fileProblem(errno(code), '/x/y', 'write');
    expect(problem).toBeInstanceOf(UserError);
    expect(problem.message).toBe(sentence);
  });

  it('names an error without a code by its message', () => {
    expect(fileProblem(new Error('odd'), '/x', 'read').message).toBe('Cannot read /x (odd); check the path and try again.');
  });

  it('tells a file system error from a bug', () => {
    expect(isFileError(errno('ENOENT'))).toBe(true);
    expect(isFileError(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe(false);
    expect(isFileError(Object.assign(new Error('x'), { code: 'ERR_INVALID_ARG', syscall: 'open' }))).toBe(false);
    expect(isFileError(new Error('x'))).toBe(false);
    expect(isFileError(undefined)).toBe(false);
  });
});

describe('reading a file', () => {
  const words = { what: 'schedule', missing: 'No file there.' };

  it('reads a regular file, the text without its byte-order mark', () => {
    const path = join(makeHome(), 'a.txt');
    writeFileSync(path, '\ufeffhello\ufeff');
    expect(readTextFile(path, words)).toBe('hello\ufeff');
    expect(readBytes(path, words).length).toBe(11);
  });

  it('says a missing file in the words given, and refuses a folder and a device', () => {
    const folder = makeHome();
    expect(() => readBytes(join(folder, 'none'), words)).toThrow(new UserError('No file there.'));
    expect(() => readBytes(folder, words)).toThrow(`${folder} is a folder, not a schedule; give the path of a file.`);
    expect(() => readBytes('/dev/null', words)).toThrow(
      '/dev/null is not a regular file, so it cannot be a schedule; give the path of a file.',
    );
  });

  it.skipIf(process.getuid?.() === 0)('names a file it may not read', () => {
    const path = join(makeHome(), 'secret');
    writeFileSync(path, 'x');
    chmodSync(path, 0o000);
    expect(() => readBytes(path, words)).toThrow(`Permission denied: cannot read the schedule ${path}`);
  });
});

describe('writing a file atomically', () => {
  it('writes a new file with the usual mode, and text as UTF-8 or bytes as they are', () => {
    const folder = makeHome();
    writeFileAtomic(join(folder, 'a'), 'é');
    writeFileAtomic(join(folder, 'b'), new Uint8Array([0xff, 0x00]));
    expect(readFileSync(join(folder, 'a'))).toEqual(Buffer.from([0xc3, 0xa9]));
    expect(readFileSync(join(folder, 'b'))).toEqual(Buffer.from([0xff, 0x00]));
    expect(readdirSync(folder).sort()).toEqual(['a', 'b']);
  });

  it('keeps the mode of the file it replaces', () => {
    const path = join(makeHome(), 'mine');
    writeFileSync(path, 'old');
    chmodSync(path, 0o600);
    writeFileAtomic(path, 'new');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('new');
  });

  it('replaces the target of a symbolic link and keeps the link', () => {
    const folder = makeHome();
    writeFileSync(join(folder, 'target'), 'old');
    symlinkSync(join(folder, 'target'), join(folder, 'link'));
    writeFileAtomic(join(folder, 'link'), 'new');
    expect(lstatSync(join(folder, 'link')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(folder, 'target'), 'utf8')).toBe('new');
  });

  // A private copy of the null device (c 1 3), so that a broken writer could only ever replace the copy.
  const device = join(makeHome(), 'null');
  const canMakeDevices = spawnSync('mknod', ['-m', '666', device, 'c', '1', '3']).status === 0;
  it.skipIf(!canMakeDevices)('writes into a device in place, as a shell redirection would', () => {
    writeFileAtomic(device, 'nothing');
    expect(statSync(device).isCharacterDevice()).toBe(true);
  });

  it('refuses a folder, and a missing folder unless asked to create it', () => {
    const folder = makeHome();
    expect(() => writeFileAtomic(folder, 'x')).toThrow(`Cannot write ${folder}: it is a folder; give the path of a file.`);
    expect(() => writeFileAtomic(join(folder, 'no', 'file'), 'x')).toThrow(
      `Cannot write ${join(folder, 'no', 'file')}: the folder ${join(folder, 'no')} does not exist; create it first, or choose another path.`,
    );
    writeFileAtomic(join(folder, 'made', 'deep', 'file'), 'x', { createFolder: true });
    expect(readFileSync(join(folder, 'made', 'deep', 'file'), 'utf8')).toBe('x');
  });

  it('refuses to make a folder where a file is', () => {
    const folder = makeHome();
    writeFileSync(join(folder, 'file'), '');
    expect(() => makeFolder(join(folder, 'file', 'inside'))).toThrow(
      `Cannot create ${join(folder, 'file', 'inside')}: ${join(folder, 'file')} is a file, not a folder; check the path (and PYCON_HOME).`,
    );
    makeFolder(join(folder, 'a', 'b'));
    expect(statSync(join(folder, 'a', 'b')).isDirectory()).toBe(true);
  });

  it('removes the temporary files a killed writer left, and only those', () => {
    const folder = makeHome();
    for (const name of ['.store.json.abc.tmp', '.store.json.def.tmp', '.other.json.x.tmp', 'store.json', '.store.json.keep']) {
      writeFileSync(join(folder, name), '');
    }
    removeLeftovers(join(folder, 'store.json'));
    expect(readdirSync(folder).sort()).toEqual(['.other.json.x.tmp', '.store.json.keep', 'store.json']);
    removeLeftovers(join(folder, 'none', 'store.json'));
  });
});

describe('the itinerary file', () => {
  it('reads a file never written as empty, and names every way a file is damaged', () => {
    const folder = makeHome();
    const path = itineraryPath(folder, 'friends');
    expect(readItinerary(path, 'friends')).toEqual({ schemaVersion: 1, name: 'friends', talks: [] });
    const damaged = (content: string) => {
      writeFileSync(path, content);
      return () => readItinerary(path, 'friends');
    };
    expect(damaged('{')).toThrow(`The itinerary ${path} is damaged (it is not valid JSON)`);
    expect(damaged('[]')).toThrow(`The itinerary ${path} is damaged (it is not a JSON object)`);
    expect(damaged('null')).toThrow('it is not a JSON object');
    expect(damaged('{"schemaVersion": 2, "talks": []}')).toThrow(
      `The itinerary ${path} has schema version 2, which this pycon does not know`,
    );
    expect(damaged('{"schemaVersion": 1, "talks": {}}')).toThrow('"talks" must be a list of {id, uid, added, priority}');
    expect(damaged('{"schemaVersion": 1, "talks": [{"id": "a"}]}')).toThrow('"talks" must be a list of {id, uid, added, priority}');
    expect(damaged('{"schemaVersion": 1, "talks": [{"id": "a", "added": "x", "uid": 3}]}')).toThrow('"talks" must be a list');
    expect(damaged('{"schemaVersion": 1, "talks": [{"id": "a", "added": "x", "uid": "u"}], "extra": 1}')()).toEqual({
      schemaVersion: 1,
      name: 'friends',
      talks: [{ id: 'a', added: 'x', uid: 'u' }],
      extra: 1,
    });
  });

  it('refuses a name that is no itinerary name, and lists the names in a folder', () => {
    const folder = makeHome();
    expect(() => itineraryPath(folder, '../x')).toThrow('"../x" cannot name an itinerary');
    expect(() => itineraryPath(folder, '')).toThrow('cannot name an itinerary');
    expect(() => itineraryPath(folder, 'a'.repeat(65))).toThrow('cannot name an itinerary');
    expect(itineraryPath(folder, `a${'b'.repeat(63)}`)).toBe(join(folder, `a${'b'.repeat(63)}.json`));
    expect(itineraryNames(join(folder, 'none'))).toEqual([]);
    mkdirSync(join(folder, 'list'));
    for (const name of ['b.json', 'a.json', '.hidden.json', 'notes.txt', 'a.json.lock']) writeFileSync(join(folder, 'list', name), '');
    expect(itineraryNames(join(folder, 'list'))).toEqual(['a', 'b']);
    expect(existsSync(join(folder, 'list', 'b.json'))).toBe(true);
  });
});
