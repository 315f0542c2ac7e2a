/**
 * Where pycon writes and what it does when the file system says no: every
 * ordinary I/O problem is one sentence that names the path, exit 1.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/store/atomicWrite.js';
import { homeWithWinterHackDays, makeHome, repoRoot, run } from '../helpers/run.js';
import { HUNG_AFTER_MS, binPath, spawnPycon } from '../helpers/spawn.js';

const itinerary = (home: string, name = 'default') => join(home, 'conferences', 'pycon-us-2019', 'itineraries', `${name}.json`);
/**
 * A private copy of a device (c 1 3 is null, c 1 7 is full), so that a broken
 * writer could only ever replace the copy; mknod needs root, as CI has.
 */
function device(name: 'null' | 'full'): string | undefined {
  const path = join(makeHome(), name);
  return spawnSync('mknod', ['-m', '666', path, 'c', '1', name === 'null' ? '3' : '7']).status === 0 ? path : undefined;
}
const canMakeDevices = device('null') !== undefined;
const canMountReadOnly = spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o ro tmpfs /tmp'], { stdio: 'ignore' }).status === 0;

describe('writing text', () => {
  it('writes text of any length as its UTF-8, a character cut between two pieces or a surrogate pair never split', () => {
    const piece = 64 * 1024;
    // An emoji across the first cut, Japanese across the second, and text past a third.
    const text = `${'a'.repeat(piece - 1)}🐍${'日本'.repeat(piece / 2)}${'é'.repeat(piece + 5)}\n`;
    const path = join(makeHome(), 'text.txt');
    writeFileAtomic(path, text);
    expect(readFileSync(path).equals(Buffer.from(text, 'utf8'))).toBe(true);
    writeFileAtomic(path, '');
    expect(readFileSync(path)).toHaveLength(0);
  });

  it('writes text in parts as the UTF-8 of the parts one after another, however many and however long', () => {
    // Short parts that fill the room many times over, then an emoji, a part of three-byte characters longer than a piece, and an empty one.
    const parts = [...Array.from({ length: 700 }, (_, i) => `${i},${'x'.repeat(997)}\n`), '🐍', '日本'.repeat(70_000), '', 'end\n'];
    const path = join(makeHome(), 'parts.txt');
    writeFileAtomic(path, parts);
    expect(readFileSync(path).equals(Buffer.from(parts.join(''), 'utf8'))).toBe(true);
    writeFileAtomic(path, []);
    expect(readFileSync(path)).toHaveLength(0);
  });
});

describe('export -o', () => {
  it.skipIf(!canMakeDevices)('writes a character device in place: -o /dev/null leaves it a device', async () => {
    const devNull = device('null') as string;
    const before = statSync(devNull);
    expect(await run(['export', '--all', '-o', devNull])).toEqual({ stdout: '', stderr: `Wrote 95 talks to ${devNull}\n`, code: 0 });
    const after = statSync(devNull);
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.ino).toBe(before.ino);
  });

  it('writes a FIFO in place, for a reader at the other end', async () => {
    const fifo = join(makeHome(), 'calendar.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (chunk) => (read += chunk));
    const done = new Promise((resolve) => reader.on('close', resolve));
    setTimeout(() => reader.kill(), 4_000).unref();
    expect((await run(['export', '--all', '--room', '26', '-o', fifo])).code).toBe(0);
    await done;
    expect(read).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('follows a symlink, replacing its target and keeping the link', async () => {
    const home = makeHome();
    const target = join(home, 'calendars', 'pycon.ics');
    mkdirSync(join(home, 'calendars'));
    writeFileSync(target, 'old');
    symlinkSync('calendars/pycon.ics', join(home, 'link.ics'));
    expect((await run(['export', '--all', '-o', join(home, 'link.ics')])).code).toBe(0);
    expect(lstatSync(join(home, 'link.ics')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(home, 'link.ics'))).toBe('calendars/pycon.ics');
    expect(readFileSync(target, 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
  });

  it("keeps the file's mode, even one the umask would narrow", async () => {
    const out = join(makeHome(), 'pycon.ics');
    writeFileSync(out, 'old');
    // 666 is narrowed by the usual umasks (022, 002), which a new file is made under.
    for (const mode of [0o640, 0o666]) {
      chmodSync(out, mode);
      expect((await run(['export', '--all', '-o', out])).code).toBe(0);
      expect(statSync(out).mode & 0o777).toBe(mode);
    }
  });

  it('refuses a folder, and a folder that does not exist, creating nothing', async () => {
    const home = makeHome();
    expect(await run(['export', '--all', '-o', home])).toEqual({
      stdout: '',
      stderr: `pycon: Cannot write ${home}: it is a folder; give the path of a file.\n`,
      code: 1,
    });
    expect(await run(['export', '--all', '-o', join(home, 'new', 'pycon.ics')])).toEqual({
      stdout: '',
      stderr: `pycon: Cannot write ${home}/new/pycon.ics: the folder ${home}/new does not exist; create it first, or choose another path.\n`,
      code: 1,
    });
    expect(readdirSync(home)).toEqual([]);
  });

  it.skipIf(!canMakeDevices)('says the disk is full for -o /dev/full', async () => {
    const devFull = device('full') as string;
    expect(await run(['export', '--all', '-o', devFull])).toEqual({
      stdout: '',
      stderr: `pycon: Cannot write ${devFull}: the disk is full; free some space and try again.\n`,
      code: 1,
    });
    expect(statSync(devFull).isCharacterDevice()).toBe(true);
  });

  it('names a file it may not create', async () => {
    expect(await run(['export', '--all', '-o', '/sys/pycon.ics'])).toEqual({
      stdout: '',
      stderr: 'pycon: Permission denied: cannot write /sys/pycon.ics; check the permissions of it and its folder.\n',
      code: 1,
    });
  });

  it.skipIf(!canMountReadOnly)('names a read-only file system', () => {
    const folder = makeHome();
    const result = spawnSync(
      'unshare',
      [
        '-rm',
        'sh',
        '-c',
        `mount -t tmpfs -o ro tmpfs "${folder}" && "${process.execPath}" "${binPath}" export --all -o "${folder}/pycon.ics"`,
      ],
      {
        encoding: 'utf8',
        timeout: HUNG_AFTER_MS,
        env: { PATH: process.env.PATH ?? '', PYCON_HOME: makeHome() },
      },
    );
    expect({ stderr: result.stderr, code: result.status }).toEqual({
      stderr: `pycon: Cannot write ${folder}/pycon.ics: it is on a read-only file system; choose a writable place.\n`,
      code: 1,
    });
  });
});

describe('parse -o', () => {
  it('refuses to write the store over its own source', async () => {
    const home = makeHome();
    const source = join(home, 'talks.txt');
    const original = readFileSync(join(repoRoot, 'data', 'pycon-2019-talks.txt'));
    writeFileSync(source, original);
    symlinkSync(source, join(home, 'alias.txt'));
    for (const out of [source, join(home, 'alias.txt')]) {
      expect(await run(['parse', source, '-o', out])).toEqual({
        stdout: '',
        stderr: `pycon: -o ${out} is the source itself, and writing the store there would lose the talk list; choose another file.\n`,
        code: 2,
      });
    }
    expect(readFileSync(source).equals(original)).toBe(true);
  });
});

describe('the itinerary file', () => {
  it('stays a symlink, keeps mode 600 and keeps the keys pycon does not know', async () => {
    const home = makeHome();
    const elsewhere = join(makeHome(), 'synced.json');
    writeFileSync(elsewhere, JSON.stringify({ schemaVersion: 1, name: 'default', talks: [], sharedWith: ['alice'], colour: 'green' }));
    chmodSync(elsewhere, 0o600);
    mkdirSync(join(home, 'conferences', 'pycon-us-2019', 'itineraries'), { recursive: true });
    symlinkSync(elsewhere, itinerary(home));
    expect((await run(['add', 'beeware'], { env: { PYCON_HOME: home } })).code).toBe(0);
    expect(lstatSync(itinerary(home)).isSymbolicLink()).toBe(true);
    expect(statSync(elsewhere).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(readFileSync(elsewhere, 'utf8'));
    expect(saved).toMatchObject({ sharedWith: ['alice'], colour: 'green' });
    expect(saved.talks.map((entry: { id: string }) => entry.id)).toEqual(['5-steps-to-build-python-native-gui-widgets-for-beeware']);
  });

  it('accepts a byte-order mark', async () => {
    const home = makeHome();
    mkdirSync(join(home, 'conferences', 'pycon-us-2019', 'itineraries'), { recursive: true });
    writeFileSync(
      itinerary(home),
      `\uFEFF${JSON.stringify({ schemaVersion: 1, name: 'default', talks: [{ id: 'dont-be-a-robot-build-the-bot', added: '2019-04-01T00:00:00.000Z' }] })}`,
    );
    const { stdout, code } = await run(['itinerary', '--json'], { env: { PYCON_HOME: home } });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).talks.map((talk: { id: string }) => talk.id)).toEqual(['dont-be-a-robot-build-the-bot']);
  });

  it('cleans up the temporary files of a writer that was killed', async () => {
    const home = makeHome();
    mkdirSync(join(home, 'conferences', 'pycon-us-2019', 'itineraries'), { recursive: true });
    writeFileSync(join(home, 'conferences', 'pycon-us-2019', 'itineraries', '.default.json.k1ll3d.tmp'), '{"half": ');
    writeFileSync(join(home, 'conferences', 'pycon-us-2019', 'itineraries', '.friends.json.k1ll3d.tmp'), '{"half": ');
    expect((await run(['add', 'beeware'], { env: { PYCON_HOME: home } })).code).toBe(0);
    expect(readdirSync(join(home, 'conferences', 'pycon-us-2019', 'itineraries')).sort()).toEqual([
      '.friends.json.k1ll3d.tmp',
      'default.json',
    ]);
  });

  it('lists every itinerary but a damaged one, which it names', async () => {
    const home = makeHome();
    await run(['add', 'beeware'], { env: { PYCON_HOME: home } });
    await run(['add', 'beeware', 'dont-be-a-robot', '-i', 'friends'], { env: { PYCON_HOME: home } });
    writeFileSync(itinerary(home, 'broken'), '{"schemaVersion": 1, "talks": [');
    expect(await run(['itinerary', '--list'], { env: { PYCON_HOME: home } })).toEqual({
      stdout: 'default  1 talk\nfriends  2 talks\n',
      stderr: `pycon: The itinerary ${itinerary(home, 'broken')} is damaged (it is not valid JSON); it was left untouched, so fix it by hand or move it aside (mv "${itinerary(home, 'broken')}" "${itinerary(home, 'broken')}.bak") to start afresh.\n`,
      code: 1,
    });
  });

  it('says to move aside a folder where pycon keeps an itinerary, and changes nothing', async () => {
    const home = makeHome();
    mkdirSync(itinerary(home), { recursive: true });
    for (const command of [['itinerary'], ['add', 'beeware']]) {
      expect(await run(command, { env: { PYCON_HOME: home } })).toEqual({
        stdout: '',
        stderr: `pycon: ${itinerary(home)} is a folder, not an itinerary; move it aside and try again.\n`,
        code: 1,
      });
    }
    expect(readdirSync(itinerary(home))).toEqual([]);
  });

  it('says once how many talks the store lacks, however many there are', async () => {
    const home = makeHome();
    mkdirSync(join(home, 'conferences', 'pycon-us-2019', 'itineraries'), { recursive: true });
    const talks = Array.from({ length: 150_000 }, (_, index) => ({ id: `gone-${index}`, added: '2019-04-01T00:00:00.000Z' }));
    writeFileSync(itinerary(home), JSON.stringify({ schemaVersion: 1, name: 'default', talks }));
    const { stderr } = await run(['itinerary'], { env: { PYCON_HOME: home } });
    expect(stderr).toBe(
      'pycon: 150,000 talks in itinerary default are not in the talk store (gone-0, gone-1, gone-2, gone-3, gone-4 and 149,995 more); kept, so drop them with "pycon drop gone-0" if they are gone for good.\n',
    );
  });
});

describe('PYCON_HOME and XDG_DATA_HOME', () => {
  it('fails at once, in a sentence, where no folder can be made', () => {
    const result = spawnPycon(['add', 'beeware'], { PYCON_HOME: '/proc/nope' }, { timeout: 10_000 });
    expect(result).toEqual({
      stdout: '',
      stderr: 'pycon: Cannot create the folder /proc/nope: the system allows no folder there; choose another place (PYCON_HOME).\n',
      code: 1,
    });
    expect(spawnPycon(['add', 'beeware'], { PYCON_HOME: '/sys/pycon' }).stderr).toBe(
      'pycon: Permission denied: cannot create the folder /sys/pycon; check the permissions of it and its folder.\n',
    );
  });

  it('names a PYCON_HOME that is a file', async () => {
    const file = join(makeHome(), 'home');
    writeFileSync(file, '');
    expect(await run(['add', 'beeware'], { env: { PYCON_HOME: file } })).toEqual({
      stdout: '',
      stderr: `pycon: Cannot create ${file}/conferences/pycon-us-2019/itineraries: ${file} is a file, not a folder; check the path (and PYCON_HOME).\n`,
      code: 1,
    });
  });

  it('ignores a relative XDG_DATA_HOME, as the XDG spec says', async () => {
    const home = makeHome();
    const cwd = makeHome();
    const result = spawnSync(process.execPath, [binPath, 'add', 'beeware'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: home, XDG_DATA_HOME: 'relative/data' },
      encoding: 'utf8',
      timeout: HUNG_AFTER_MS,
    });
    expect(result.status).toBe(0);
    expect(existsSync(join(home, '.local', 'share', 'pycon', 'conferences', 'pycon-us-2019', 'itineraries', 'default.json'))).toBe(true);
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('reading', () => {
  it('refuses a named pipe no program writes to, at once, as a schedule or a store', () => {
    const fifo = join(makeHome(), 'schedule.xml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(spawnPycon(['import', fifo], {}, { timeout: 10_000 })).toEqual({
      stdout: '',
      stderr: `pycon: ${fifo} is a pipe; pipe the schedule to pycon instead, as in "curl -sL <URL> | pycon import -".\n`,
      code: 1,
    });
    expect(spawnPycon(['talks', '--store', fifo], {}, { timeout: 10_000 })).toEqual({
      stdout: '',
      stderr: `pycon: ${fifo} is not a regular file, so it cannot be a talk store; give the path of a file.\n`,
      code: 1,
    });
  });

  it('searches on, from the store, when a named pipe stands where a conference keeps its search file', async () => {
    const my = await homeWithWinterHackDays();
    const search = join(my.home, 'conferences', 'whd24', 'store.search.txt');
    rmSync(search);
    expect(spawnSync('mkfifo', [search]).status).toBe(0);
    const found = spawnPycon(['search', 'hardware'], { PYCON_HOME: my.home }, { timeout: 10_000 });
    expect([found.code, found.stdout.split('\n')[0]]).toEqual([
      0,
      'rust-for-hardware\tRust for Hardware\tChris Maker\t2024-12-27T16:00:00+01:00\t2024-12-27T16:30:00+01:00\tSaal G',
    ]);
    // Sealed again, with a search file of its own in the pipe's place.
    expect(lstatSync(search).isFile()).toBe(true);
    const seal = `${my.store}.seal`;
    rmSync(seal);
    expect(spawnSync('mkfifo', [seal]).status).toBe(0);
    expect(spawnPycon(['search', 'hardware'], { PYCON_HOME: my.home }, { timeout: 10_000 }).code).toBe(0);
    expect(lstatSync(seal).isFile()).toBe(true);
  });

  it('replaces a link where a conference keeps its search file, and leaves the file it points to as it was', async () => {
    const my = await homeWithWinterHackDays();
    const search = join(my.home, 'conferences', 'whd24', 'store.search.txt');
    const elsewhere = join(makeHome(), 'notes.txt');
    writeFileSync(elsewhere, 'mine\n');
    rmSync(search);
    symlinkSync(elsewhere, search);
    expect((await my.run(['search', 'hardware'])).code).toBe(0);
    expect([lstatSync(search).isFile(), readFileSync(elsewhere, 'utf8')]).toEqual([true, 'mine\n']);
    // Made as a new file, not with the link's mode.
    expect(lstatSync(search).mode & 0o111).toBe(0);
  });

  it('refuses a device as a store rather than reading it forever', async () => {
    expect(spawnPycon(['talks', '--store', '/dev/zero'], {}, { timeout: 10_000 })).toEqual({
      stdout: '',
      stderr: 'pycon: /dev/zero is not a regular file, so it cannot be a talk store; give the path of a file.\n',
      code: 1,
    });
    expect((await run(['talks', '--store', repoRoot])).stderr).toBe(
      `pycon: ${repoRoot} is a folder, not a talk store; give the path of a file.\n`,
    );
  });
});

describe('stdout', () => {
  const pycon = `"${process.execPath}" "${binPath}"`;
  // In a home of its own: the talks' inItinerary must not depend on the itinerary of whoever runs the tests.
  const bundledTalksJson = () => spawnPycon(['talks', '--json']).stdout;

  it('stops quietly, exit 0, when its reader stops early', () => {
    const result = spawnSync('sh', ['-c', `{ ${pycon} talks --json; echo "exit $?" >&2; } | head -c 10 >/dev/null`], {
      encoding: 'utf8',
      timeout: HUNG_AFTER_MS,
      env: { PATH: process.env.PATH ?? '', PYCON_HOME: makeHome() },
    });
    expect(result.stderr).toBe('exit 0\n');
  });

  it('writes everything, in order, to a pipe left non-blocking that fills up before it is read', () => {
    // python3 (which khal brings) can hand pycon such a pipe; Node never does.
    const script = [
      'import os, subprocess, sys, time',
      'read, write = os.pipe()',
      'os.set_blocking(write, False)',
      'child = subprocess.Popen(sys.argv[1:], stdout=write)',
      'os.close(write)',
      'time.sleep(0.5)',
      'chunks = []',
      'while chunk := os.read(read, 65536): chunks.append(chunk)',
      'sys.stdout.buffer.write(b"".join(chunks))',
      'sys.exit(child.wait())',
    ].join('\n');
    const result = spawnSync('python3', ['-c', script, process.execPath, binPath, 'talks', '--json'], {
      encoding: 'utf8',
      timeout: HUNG_AFTER_MS,
      maxBuffer: 1 << 26,
      env: { PATH: process.env.PATH ?? '', PYCON_HOME: makeHome() },
    });
    expect(result.stdout.length).toBeGreaterThan(65536);
    expect({ same: result.stdout === bundledTalksJson(), stderr: result.stderr, code: result.status }).toEqual({
      same: true,
      stderr: '',
      code: 0,
    });
  });

  it('says the disk is full when the output cannot be written, without a stack trace', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${binPath}" search asyncio > ${device('full') ?? '/dev/full'}`], {
      encoding: 'utf8',
      timeout: HUNG_AFTER_MS,
      env: { PATH: process.env.PATH ?? '', PYCON_HOME: makeHome() },
    });
    expect({ stderr: result.stderr, code: result.status }).toEqual({
      stderr: 'pycon: Cannot write the output: the disk is full; free some space and try again.\n',
      code: 1,
    });
  });
});
