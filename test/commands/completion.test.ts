/**
 * Completion as the real shells run it: each script is sourced by bash, zsh
 * or fish, which call a `pycon` on PATH at TAB time.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHome, run } from '../helpers/run.js';
import { HUNG_AFTER_MS, binPath } from '../helpers/spawn.js';
import { writeStore } from '../helpers/store.js';

/** A folder holding a `pycon` that runs this checkout's build, as `npm link` would give. */
function pathWithPycon(): string {
  const bin = join(makeHome(), 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'pycon'), `#!/bin/sh\nexec "${process.execPath}" "${binPath}" "$@"\n`);
  chmodSync(join(bin, 'pycon'), 0o755);
  return `${bin}:${process.env.PATH ?? ''}`;
}
const PATH = pathWithPycon();

const hasShell = (shell: string) => spawnSync(shell, ['-c', 'exit 0'], { timeout: HUNG_AFTER_MS }).status === 0;

interface ShellRun {
  env?: Record<string, string>;
  cwd?: string;
}

/** The script as `pycon completion <shell>` prints it, with the same environment as the shell's run. */
async function scriptFor(shell: 'bash' | 'zsh' | 'fish', options: ShellRun): Promise<string> {
  const path = join(makeHome(), `pycon.${shell}`);
  writeFileSync(path, (await run(['completion', shell], { env: options.env ?? {} })).stdout);
  return path;
}

const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

function shellRun(shell: string, probe: string, options: ShellRun): string[] {
  const result = spawnSync(shell, ['-c', probe], {
    encoding: 'utf8',
    timeout: HUNG_AFTER_MS,
    cwd: options.cwd ?? makeHome(),
    env: { PATH, HOME: makeHome(), PYCON_HOME: makeHome(), LANG: 'C.UTF-8', ...options.env },
  });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter((line) => line !== '');
}

/** What bash puts in COMPREPLY for `pycon <words>` with the cursor at the end of the last word. */
async function bash(words: string[], options: ShellRun = {}): Promise<string[]> {
  const line = ['pycon', ...words].map(quote).join(' ');
  return shellRun(
    'bash',
    `source ${quote(await scriptFor('bash', options))}; COMP_WORDS=(${line}); COMP_CWORD=${words.length}; _pycon; printf '%s\\n' "\${COMPREPLY[@]}"`,
    options,
  );
}

/** What zsh's function hands to compadd (or _files), with compadd stubbed to print. */
async function zsh(words: string[], options: ShellRun = {}): Promise<string[]> {
  const line = ['pycon', ...words].map(quote).join(' ');
  const stubs = `compadd() { [[ $1 == -- ]] && shift; print -rl -- "$@"; }; _files() { print -r -- FILES; }; compdef() { :; }`;
  return shellRun(
    'zsh',
    `${stubs}; source ${quote(await scriptFor('zsh', options))}; words=(${line}); CURRENT=${words.length + 1}; _pycon`,
    options,
  );
}

/** What fish offers for `pycon <line>`, through its own `complete -C`. */
async function fish(line: string, options: ShellRun = {}): Promise<string[]> {
  return shellRun('fish', `source ${quote(await scriptFor('fish', options))}; complete -C ${quote(`pycon ${line}`)}`, options);
}

describe('bash completion', () => {
  it('completes commands: pycon ti<TAB>', async () => {
    expect(await bash(['ti'])).toEqual(['timetable']);
    expect(await bash(['s'])).toEqual(['search', 'show', 'speakers', 'speaker', 'share']);
  });

  it('completes days after timetable, also after global options', async () => {
    const days = ['friday', 'saturday', 'sunday', 'today', 'tomorrow', '2019-05-03', '2019-05-04', '2019-05-05'];
    expect(await bash(['timetable', ''])).toEqual(days);
    expect(await bash(['--tz', 'UTC', 'timetable', ''])).toEqual(days);
    expect(await bash(['--tz', 'UTC', 'timetable', 'sa'])).toEqual(['saturday']);
  });

  it('completes flags, and rooms with backslash-escaped spaces so their common start stays typeable', async () => {
    expect(await bash(['search', '--r'])).toEqual(['--room']);
    expect(await bash(['talks', '--room', 'gr'])).toEqual(['Grand\\ Ballroom\\ A', 'Grand\\ Ballroom\\ B', 'Grand\\ Ballroom\\ C']);
    expect(await bash(['talks', '--room', 'Grand\\ Ballroom\\ B'])).toEqual(['Grand\\ Ballroom\\ B']);
    expect(await bash(['talks', '--room', '26'])).toEqual(['Room\\ 26A/B/C']);
  });

  it('completes talk ids, shells, zones and itinerary names', async () => {
    expect(await bash(['show', 'advanced-a'])).toEqual(['advanced-asyncio-solving-real-world-production-problems']);
    expect(await bash(['completion', 'b'])).toEqual(['bash']);
    expect(await bash(['--tz', 'Europe/Berl'])).toEqual(['Europe/Berlin']);
    const home = makeHome();
    await run(['add', 'beeware', '-i', 'friends'], { env: { PYCON_HOME: home } });
    expect(await bash(['itinerary', '-i', 'fr'], { env: { PYCON_HOME: home } })).toEqual(['friends']);
  });

  it('completes drop with the talks the itinerary holds, of the -i given', async () => {
    const env = { PYCON_HOME: makeHome() };
    await run(['add', 'beeware', 'advanced-asyncio'], { env });
    await run(['add', 'type-hinting', '-i', 'friends'], { env });
    expect(await bash(['drop', ''], { env })).toEqual([
      'advanced-asyncio-solving-real-world-production-problems',
      '5-steps-to-build-python-native-gui-widgets-for-beeware',
    ]);
    expect(await bash(['drop', '-i', 'friends', ''], { env })).toEqual(['type-hinting-and-mypy']);
    expect(await bash(['drop', '-i', 'nobody', ''], { env })).toEqual([]);
    expect(await bash(['drop', '-i', '../friends', ''], { env })).toEqual([]);
  });

  it('lets bash complete file names after -o and --store', async () => {
    const cwd = makeHome();
    writeFileSync(join(cwd, 'pycon.ics'), '');
    expect(await bash(['export', '-o', 'pyc'], { cwd })).toEqual(['pycon.ics']);
  });
});

describe.skipIf(!hasShell('zsh'))('zsh completion', () => {
  it('completes commands, days after global options, and rooms', async () => {
    expect(await zsh(['ti'])).toEqual(['timetable']);
    expect(await zsh(['--tz', 'UTC', 'timetable', 'fr'])).toEqual(['friday']);
    expect(await zsh(['talks', '--room', 'Grand\\ B'])).toEqual(['Grand Ballroom A', 'Grand Ballroom B', 'Grand Ballroom C']);
    expect(await zsh(['talks', '--room', 'Grand\\ Ballroom\\ B'])).toEqual(['Grand Ballroom B']);
    expect(await zsh(['export', '-o', ''])).toEqual(['FILES']);
  });
});

describe.skipIf(!hasShell('fish'))('fish completion', () => {
  it('completes commands, days after global options, and rooms', async () => {
    expect(await fish('ti')).toEqual(['timetable']);
    expect(await fish('--tz UTC timetable fr')).toEqual(['friday']);
    expect(await fish("talks --room 'Grand B")).toEqual(['Grand Ballroom A', 'Grand Ballroom B', 'Grand Ballroom C']);
    expect(await fish("talks --room 'Grand Ballroom B")).toEqual(['Grand Ballroom B']);
  });
});

describe('completion and a hostile store', () => {
  /** Room names that ended a here-document, broke out of $'…', or run a command if ever evaluated. */
  const hostileRooms = [
    'ROOMS',
    'touch PWNED_HEREDOC',
    "x'; touch PWNED_QUOTE; '",
    '$(touch PWNED_SUBST)',
    '`touch PWNED_TICK`',
    '"; touch PWNED_DQ; "',
  ];
  const store = writeStore((data) => {
    data.rooms = [...data.rooms, ...hostileRooms];
    const [first, second, third, fourth, fifth, sixth] = data.talks.filter((talk) => talk.room === 'Room 26A/B/C');
    [first, second, third, fourth, fifth, sixth].forEach((talk, index) => {
      if (talk) talk.room = hostileRooms[index] as string;
    });
    data.conference.days = [...data.conference.days];
  });

  it('writes scripts that hold no data from the store', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const script = (await run(['completion', shell], { env: { PYCON_STORE: store } })).stdout;
      expect(script).toBe((await run(['completion', shell])).stdout);
      expect(script).not.toContain('Grand Ballroom');
    }
  });

  it('runs no room name as a command in any shell, and offers each as it is', async () => {
    const cwd = makeHome();
    const env = { PYCON_STORE: store };
    const fromBash = await bash(['talks', '--room', ''], { env, cwd });
    const fromZsh = hasShell('zsh') ? await zsh(['talks', '--room', ''], { env, cwd }) : ['$(touch PWNED_SUBST)'];
    const fromFish = hasShell('fish') ? await fish('talks --room ', { env, cwd }) : ['`touch PWNED_TICK`'];
    expect(readdirSync(cwd)).toEqual([]);
    expect(fromBash).toContain('\\$\\(touch\\ PWNED_SUBST\\)');
    expect(fromBash).toContain('ROOMS');
    expect(fromZsh).toContain('$(touch PWNED_SUBST)');
    expect(fromFish).toContain('`touch PWNED_TICK`');
    expect(existsSync(join(cwd, 'PWNED_HEREDOC'))).toBe(false);
  });
});

describe('pycon completion', () => {
  it('rejects an unknown shell as a usage error', async () => {
    expect(await run(['completion', 'tcsh'])).toEqual({
      stdout: '',
      stderr: 'pycon: pycon completes for bash, zsh, fish, not "tcsh"; try "pycon completion bash".\n',
      code: 2,
    });
  });

  it('answers __complete with a directive line, then one candidate a line', async () => {
    expect(await run(['__complete', 'timetable', 'sun'])).toEqual({ stdout: 'words\nsunday\n', stderr: '', code: 0 });
    expect(await run(['__complete', 'parse', ''])).toEqual({ stdout: 'files\n', stderr: '', code: 0 });
    expect(await run(['__complete', '--store', '/nonexistent', 'timetable', ''])).toEqual({ stdout: 'words\n', stderr: '', code: 0 });
  });
});
