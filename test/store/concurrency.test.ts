/**
 * Many pycon processes changing one itinerary at once, as
 * `pycon talks | cut -f1 | xargs -P 95 -I{} pycon add {}` does: real
 * processes, the real lock and the real check of whether its holder runs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledStoreData } from '../helpers/store.js';
import { makeHome } from '../helpers/run.js';
import { HUNG_AFTER_MS, binPath } from '../helpers/spawn.js';

const ids = bundledStoreData().talks.map((talk) => talk.id);

interface Ended {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A command run to its end, given `input`, the event loop left free
 * meanwhile (a vitest worker blocked for a minute loses its messages). It
 * runs in a process group of its own, so that a hung run is stopped with
 * every process it started.
 */
function spawned(file: string, args: string[], env: Record<string, string | undefined>, input = ''): Promise<Ended> {
  return new Promise((resolve) => {
    const child = spawn(file, args, { env, detached: true });
    const hung = setTimeout(() => process.kill(-(child.pid as number), 'SIGKILL'), HUNG_AFTER_MS);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      clearTimeout(hung);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

function pycon(home: string, args: string[], env: Record<string, string> = {}): Promise<Ended> {
  return spawned(process.execPath, [binPath, ...args], { PATH: process.env.PATH ?? '', PYCON_HOME: home, ...env });
}

/** A shell command line run against `home`, with the environment of the tests. */
function shell(command: string, home: string, input = ''): Promise<Ended> {
  return spawned('sh', ['-c', command], { ...process.env, PYCON_HOME: home }, input);
}

function stored(home: string): string[] {
  return JSON.parse(readFileSync(join(home, 'conferences', 'pycon-us-2019', 'itineraries', 'default.json'), 'utf8')).talks.map(
    (entry: { id: string }) => entry.id,
  );
}

describe('concurrent writers', () => {
  it('keep all 95 talks when xargs runs 95 pycon add at once, three times over', async () => {
    const pyconCommand = `"${process.execPath}" "${binPath}"`;
    for (let round = 0; round < 3; round++) {
      const home = makeHome();
      const xargs = await shell(`${pyconCommand} talks | cut -f1 | xargs -P 95 -I{} ${pyconCommand} add {}`, home);
      expect(xargs.code, xargs.stderr).toBe(0);
      expect(stored(home).sort()).toEqual([...ids].sort());
      expect(existsSync(join(home, 'conferences', 'pycon-us-2019', 'itineraries', 'default.json.lock'))).toBe(false);
    }
  }, 180_000);

  it('give the exact final set when xargs runs 30 adds and 30 drops at once', async () => {
    const home = makeHome();
    const dropped = ids.slice(0, 30);
    const added = ids.slice(30, 60);
    expect((await pycon(home, ['add', ...dropped])).code).toBe(0);
    const lines = dropped.flatMap((id, index) => [`drop ${id}`, `add ${added[index]}`]).join('\n');
    const xargs = await shell(`xargs -P 60 -L 1 "${process.execPath}" "${binPath}"`, home, lines);
    expect(xargs.code, xargs.stderr).toBe(0);
    expect(stored(home).sort()).toEqual([...added].sort());
  }, 60_000);
});

describe('the lock', () => {
  function lockedHome(holder: object): string {
    const home = makeHome();
    mkdirSync(join(home, 'conferences', 'pycon-us-2019', 'itineraries'), { recursive: true });
    writeFileSync(join(home, 'conferences', 'pycon-us-2019', 'itineraries', 'default.json.lock'), JSON.stringify(holder));
    return home;
  }

  it('is taken over when the process that held it has died', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const home = lockedHome({ pid: dead, host: hostname(), since: new Date().toISOString() });
    expect((await pycon(home, ['add', 'beeware'])).code).toBe(0);
    expect(stored(home)).toEqual(['5-steps-to-build-python-native-gui-widgets-for-beeware']);
    expect(existsSync(join(home, 'conferences', 'pycon-us-2019', 'itineraries', 'default.json.lock'))).toBe(false);
  });

  it('is waited for while its holder runs, then refused with what to do, changing nothing', async () => {
    const home = lockedHome({ pid: process.pid, host: hostname(), since: new Date().toISOString() });
    const lock = join(home, 'conferences', 'pycon-us-2019', 'itineraries', 'default.json.lock');
    expect(await pycon(home, ['add', 'beeware'], { PYCON_LOCK_WAIT: '0.3' })).toEqual({
      code: 1,
      stdout: '',
      stderr: `pycon: Another pycon (process ${process.pid} on ${hostname()}) is still changing itinerary default after 0.3 s; nothing was changed, so try again, or if no pycon is running, delete ${lock}.\n`,
    });
    expect(existsSync(join(home, 'conferences', 'pycon-us-2019', 'itineraries', 'default.json'))).toBe(false);
    expect(existsSync(lock)).toBe(true);
  });

  it('is never taken over from another host, whose processes it cannot see', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const home = lockedHome({ pid: dead, host: `not-${hostname()}`, since: new Date().toISOString() });
    const { code, stderr } = await pycon(home, ['add', 'beeware'], { PYCON_LOCK_WAIT: '0.2' });
    expect(code).toBe(1);
    expect(stderr).toContain(`(process ${dead} on not-${hostname()})`);
  });
});
