import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdtempSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { makeHome, repoRoot } from './helpers/run.js';
import { bigFrabSchedule } from './bench/generate.js';
import { HUNG_AFTER_MS, MANY_STARTS_MS, binPath, spawnPycon } from './helpers/spawn.js';
import { zoneOfLocaltime } from '../src/context.js';

describe('the pycon command', () => {
  it('answers pycon search asyncio with the asyncio talk first', () => {
    const { stdout, stderr, code } = spawnPycon(['search', 'asyncio']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n')[0]).toBe(
      'advanced-asyncio-solving-real-world-production-problems\tAdvanced asyncio: Solving Real-world Production Problems\tLynn Root\t2019-05-04T12:10:00-04:00\t2019-05-04T12:55:00-04:00\tGrand Ballroom C',
    );
  });

  it('prints its version', () => {
    expect(spawnPycon(['--version'])).toEqual({ stdout: '0.1.0\n', stderr: '', code: 0 });
  });

  it('exits 2 on a usage error with one sentence and no stack trace', () => {
    expect(spawnPycon(['serch', 'asyncio'])).toEqual({
      stdout: '',
      stderr: 'pycon: unknown command \'serch\' (did you mean search?); see "pycon --help".\n',
      code: 2,
    });
  });

  it('exits 1 on a runtime problem with no stack trace', () => {
    const { stderr, code } = spawnPycon(['show', 'zzqqxx']);
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('loads what only some commands need: another zone, the clock, the calendar', () => {
    expect(spawnPycon(['show', 'beeware', '--tz', 'Europe/Berlin']).stdout.split('\n').slice(2, 4)).toEqual([
      'Sunday 5 May 2019, 20:30–21:00 (Europe/Berlin; 14:30–15:00 in Cleveland) ·',
      'Grand Ballroom A',
    ]);
    expect(JSON.parse(spawnPycon(['now', '--json', '--now', 'sat 14:40']).stdout).at).toBe('2019-05-04T14:40:00-04:00');
    const calendar = spawnPycon(['export', '--all', '--day', 'sun']);
    expect(calendar.code).toBe(0);
    expect(calendar.stdout).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n');
    expect(spawnPycon(['timetable', 'sunday', '--json']).code).toBe(0);
  });

  it('follows TZ with --tz local', () => {
    expect(spawnPycon(['show', 'beeware', '--tz', 'local'], { TZ: 'Asia/Tokyo' }).stdout.split('\n').slice(2, 4)).toEqual([
      'Monday 6 May 2019, 03:30–04:00 (Asia/Tokyo; Sun 14:30–15:00 in Cleveland) ·',
      'Grand Ballroom A',
    ]);
  });

  it('names the machine’s zone for --tz local as /etc/localtime does, not by an older name ICU gives it', () => {
    expect(zoneOfLocaltime('/usr/share/zoneinfo/Europe/Kyiv', 'Europe/Kiev')).toBe('Europe/Kyiv');
    expect(zoneOfLocaltime('../usr/share/zoneinfo/Asia/Kolkata', 'Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(zoneOfLocaltime('/usr/share/zoneinfo/Europe/Berlin', 'Europe/Berlin')).toBe('Europe/Berlin');
    // A link to another zone than ICU reads, or to no zone file, or no link at all: ICU's.
    expect(zoneOfLocaltime('/usr/share/zoneinfo/Asia/Tokyo', 'Europe/Kiev')).toBe('Europe/Kiev');
    expect(zoneOfLocaltime('/usr/share/zoneinfo/Mars/Base', 'UTC')).toBe('UTC');
    expect(zoneOfLocaltime('/etc/zone', 'UTC')).toBe('UTC');
    expect(zoneOfLocaltime(undefined, 'Asia/Calcutta')).toBe('Asia/Calcutta');
  });

  it('ends every command help with examples', () => {
    for (const command of [
      'search',
      'talks',
      'show',
      'timetable',
      'today',
      'now',
      'days',
      'rooms',
      'speakers',
      'speaker',
      'add',
      'drop',
      'itinerary',
      'clear',
      'plan',
      'export',
      'parse',
      'completion',
    ]) {
      const { stdout, code } = spawnPycon([command, '--help']);
      expect(code, command).toBe(0);
      expect(stdout, command).toMatch(/\nExamples:\n( {2}\$ pycon .+\n)+$/);
    }
  });
});

/**
 * Runs the installed command in `home`, piped (stderr to the descriptor
 * given, else a pipe) or on a terminal (script(1)) of the size given, with a
 * watch that records the modules Node loaded and the bindings pycon asked
 * process.binding() for (`binding v8`). `withoutBindings` runs it on a Node
 * without process.binding().
 */
function runWatchingModules(
  home: string,
  argv: string[],
  how: {
    terminal?: boolean;
    size?: { columns: number; rows: number };
    pager?: string;
    stderr?: number;
    color?: boolean;
    withoutBindings?: boolean;
    nodeFlags?: string[];
  } = {},
) {
  const watch = join(home, 'watch.cjs');
  const loaded = join(home, 'loaded');
  writeFileSync(
    watch,
    `const bound = [];
    const binding = process.binding;
    const watched = (name) => {
      bound.push('binding ' + name);
      const found = binding(name);
      if (name !== 'v8') return found;
      const setFlags = found.setFlagsFromString;
      return { ...found, setFlagsFromString: (flags) => (bound.push('V8 flags ' + flags), setFlags(flags)) };
    };
    process.binding = ${how.withoutBindings ? 'undefined' : 'watched'};
    process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(loaded)}, [...process.moduleLoadList, ...bound].join('\\n')));`,
  );
  const command = [process.execPath, ...(how.nodeFlags ?? []), '-r', watch, binPath, ...argv];
  const env = {
    PATH: process.env.PATH ?? '',
    PYCON_HOME: home,
    PYCON_PAGER: how.pager ?? 'cat',
    ...(how.color ? { FORCE_COLOR: '1' } : { NO_COLOR: '1' }),
  };
  const sized = how.size ? `stty cols ${how.size.columns} rows ${how.size.rows}; ` : '';
  const result =
    how.terminal || how.size
      ? spawnSync('script', ['-qec', sized + command.map((arg) => `'${arg}'`).join(' '), '/dev/null'], {
          encoding: 'utf8',
          env,
          timeout: 20_000,
        })
      : spawnSync(command[0] as string, command.slice(1), {
          encoding: 'utf8',
          env,
          stdio: ['ignore', 'pipe', how.stderr ?? 'pipe'],
          timeout: 20_000,
        });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr ?? '', loaded: readFileSync(loaded, 'utf8').split('\n') };
}

/** A copy of the installed pycon (bin, dist, data) whose files a test may spoil. */
function copyOfPycon(): string {
  const copy = mkdtempSync(join(tmpdir(), 'pycon-copy-'));
  cpSync(join(repoRoot, 'bin'), join(copy, 'bin'), { recursive: true });
  cpSync(join(repoRoot, 'dist'), join(copy, 'dist'), { recursive: true });
  cpSync(join(repoRoot, 'data'), join(copy, 'data'), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

function runCopy(copy: string, argv: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [join(copy, 'bin', 'pycon.js'), ...argv], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', PYCON_HOME: makeHome(), ...env },
    timeout: 20_000,
  });
}

describe('the start-up machinery', () => {
  it('says, under PYCON_DEBUG=1, when V8 rejects the code cache, and still runs', () => {
    const copy = copyOfPycon();
    writeFileSync(join(copy, 'dist', 'pycon.cjs.cache'), 'not a code cache');
    expect(runCopy(copy, ['--version'], { PYCON_DEBUG: '1' })).toMatchObject({
      status: 0,
      stdout: '0.1.0\n',
      stderr: `pycon: V8 rejected the code cache ${join(copy, 'dist', 'pycon.cjs')}.cache (built by another Node?); run "npm run build" to make a new one.\n`,
    });
    expect(runCopy(copy, ['--version'], {})).toMatchObject({ status: 0, stderr: '' });
  });

  it('starts an everyday command from its own code cache, and any other command from the shared one', () => {
    const copy = copyOfPycon();
    writeFileSync(join(copy, 'dist', 'pycon.cjs.search.cache'), 'not a code cache');
    expect(runCopy(copy, ['search', 'asyncio'], { PYCON_DEBUG: '1' }).stderr).toBe(
      `pycon: V8 rejected the code cache ${join(copy, 'dist', 'pycon.cjs')}.search.cache (built by another Node?); run "npm run build" to make a new one.\n`,
    );
    expect(runCopy(copy, ['speakers'], { PYCON_DEBUG: '1' })).toMatchObject({ status: 0, stderr: '' });
    // After a global option the command is not looked for: the shared cache is used, and works.
    expect(runCopy(copy, ['--conference', 'pycon-us-2019', 'search', 'asyncio'], { PYCON_DEBUG: '1' })).toMatchObject({
      status: 0,
      stderr: '',
    });
  });

  it('names the line in src/ behind an error in the minified bundle, under PYCON_DEBUG=1', () => {
    // The bundle's main, called without the context bin/pycon.js gives it, fails on its first use of one.
    const script = `
      const { readFileSync } = require('node:fs');
      const file = ${JSON.stringify(join(repoRoot, 'dist', 'pycon.cjs'))};
      require(${JSON.stringify(join(repoRoot, 'bin', 'debugStack.js'))}).mapStackTraces(file);
      const { exports: bundle } = require(${JSON.stringify(join(repoRoot, 'bin', 'bundle.js'))}).loadBundle(file, readFileSync(file, 'utf8'));
      bundle.main(['--version'], null).catch((error) => process.stdout.write(error.stack.split('\\n').slice(0, 2).join('\\n')));`;
    const { stdout } = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: HUNG_AFTER_MS });
    const [message, frame] = stdout.split('\n');
    expect(message).toBe("TypeError: Cannot read properties of null (reading 'isTTY')");
    const [, source, line] = /^ {4}at (src\/cli\.ts):(\d+):\d+$/.exec(frame ?? '') ?? [];
    expect(source, frame).toBe('src/cli.ts');
    expect(readFileSync(join(repoRoot, 'src', 'cli.ts'), 'utf8').split('\n')[Number(line) - 1]).toContain('system.isTTY');
  });

  it('leaves node:tty unloaded when its messages go to /dev/null, yet knows a real terminal', () => {
    const home = makeHome();
    const devNull = openSync('/dev/null', 'w');
    const result = runWatchingModules(home, ['days'], { stderr: devNull });
    closeSync(devNull);
    expect([result.status, result.stdout.split('\n')[0]]).toEqual([
      0,
      '2019-05-03\tFriday\t40\t2019-05-03T10:50:00-04:00\t2019-05-03T17:40:00-04:00',
    ]);
    expect(result.loaded).not.toContain('NativeModule tty');
    // On a terminal the days are a table for people, not lines for a pipe.
    const terminal = runWatchingModules(home, ['days'], { terminal: true });
    expect(terminal.stdout).not.toContain('\t');
    expect(terminal.stdout).toContain('Friday');
    // Node's binding tells a terminal and its size without node:tty, which loads node:net.
    expect(terminal.loaded).toContain('binding tty_wrap');
    expect(terminal.loaded).not.toContain('NativeModule tty');
    expect(terminal.loaded).not.toContain('NativeModule net');
  });

  it('fits the terminal it runs on, and pages what is taller than it, with or without Node’s bindings', () => {
    const home = makeHome();
    for (const withoutBindings of [false, true]) {
      const grid = (rows: number) =>
        runWatchingModules(home, ['timetable', 'friday', '--room', 'Grand*'], {
          size: { columns: 57, rows },
          withoutBindings,
          pager: 'tr a-z A-Z',
        });
      const tall = grid(200);
      expect(tall.status).toBe(0);
      expect(tall.stdout.split('\r\n')[1]).toBe(`┌───────┬${'─'.repeat(15)}┬${'─'.repeat(15)}┬${'─'.repeat(15)}┐`);
      expect(tall.loaded.includes('NativeModule tty')).toBe(withoutBindings);
      // Shorter than the grid, the terminal gets it through the pager: here one that shouts.
      const short = grid(20);
      expect(short.stdout.split('\r\n')[0]).toBe('FRIDAY 3 MAY 2019 · TIMES IN AMERICA/NEW_YORK');
      expect(grid(200).stdout.split('\r\n')[0]).toBe('Friday 3 May 2019 · times in America/New_York');
    }
  });

  it('loads node:os only for a command that takes a lock, which names its host', () => {
    const home = makeHome();
    const days = runWatchingModules(home, ['days']);
    expect(days.status).toBe(0);
    expect(days.loaded).not.toContain('NativeModule os');
    const add = runWatchingModules(home, ['add', 'wily']);
    expect([add.status, add.stderr]).toEqual([0, '']);
    expect(add.loaded).toContain('NativeModule os');
  });

  it('gives chalk its colour level, so that chalk never loads node:os to work one out', () => {
    const home = makeHome();
    const search = runWatchingModules(home, ['search', 'wily'], { terminal: true, color: true });
    expect(search.status).toBe(0);
    expect(search.stdout).toContain('\u001b[1m');
    expect(search.loaded).not.toContain('NativeModule os');
  });

  it('bundles pycon as ASCII, so that Node reads the bundle as bytes', () => {
    const bundle = readFileSync(join(repoRoot, 'dist', 'pycon.cjs'));
    expect(bundle.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });

  it('bundles pycon as the module function it is run as, so that its text is compiled as read, not copied into a wrapper', () => {
    const bundle = new Script(readFileSync(join(repoRoot, 'dist', 'pycon.cjs'), 'latin1')).runInThisContext();
    expect(typeof bundle).toBe('function');
    expect(bundle.length).toBe(5);
  });

  it('starts every command from a code cache the build made, which V8 accepts', { timeout: MANY_STARTS_MS }, () => {
    expect(
      readdirSync(join(repoRoot, 'dist'))
        .filter((name) => name.endsWith('.cache'))
        .sort(),
    ).toEqual([
      'pycon.cjs.__complete.cache',
      'pycon.cjs.add.cache',
      'pycon.cjs.cache',
      'pycon.cjs.days.cache',
      'pycon.cjs.drop.cache',
      'pycon.cjs.export.cache',
      'pycon.cjs.import.cache',
      'pycon.cjs.itinerary.cache',
      'pycon.cjs.now.cache',
      'pycon.cjs.plan.cache',
      'pycon.cjs.rooms.cache',
      'pycon.cjs.search.cache',
      'pycon.cjs.show.cache',
      'pycon.cjs.speaker.cache',
      'pycon.cjs.speakers.cache',
      'pycon.cjs.talks.cache',
      'pycon.cjs.timetable.cache',
      'pycon.cjs.today.cache',
    ]);
    const home = makeHome();
    const commands = [
      ['--version'],
      ['add', 'beeware'],
      ['search', 'asyncio'],
      ['talks', '--day', 'sat'],
      ['show', 'beeware'],
      ['timetable', 'friday'],
      ['today', '--now', 'fri 10:00'],
      ['now', '--now', 'fri 10:00'],
      ['itinerary'],
      ['plan', 'asyncio', '--dry-run'],
      ['export'],
      ['days'],
      ['speakers'],
      ['speaker', 'jesse'],
      ['rooms'],
      ['drop', 'beeware'],
      ['__complete', 'show', 'asy'],
      ['import', join(repoRoot, 'test', 'fixtures', 'schedules', 'winter-hack-days.xml')],
    ];
    for (const argv of commands) {
      expect(spawnPycon(argv, { PYCON_HOME: home, PYCON_DEBUG: '1' }), argv.join(' ')).toMatchObject({ stderr: '', code: 0 });
    }
  });

  it('skips V8’s optimizing compiler on a big conference, and for a grid of a busy day on a terminal', { timeout: MANY_STARTS_MS }, () => {
    const modulesLoadedBy = (home: string, argv: string[], terminal = false, withoutBindings = false) => {
      // Node warns of process.binding() under --pending-deprecation, and of its v8 binding always: pycon silences both.
      const result = runWatchingModules(home, argv, { terminal, withoutBindings, nodeFlags: ['--pending-deprecation'] });
      expect(result.status, result.stderr).toBe(0);
      expect(`${result.stdout}${result.stderr}`).not.toContain('DeprecationWarning');
      // V8 writes to stderr itself when it does not know a flag.
      expect(`${result.stdout}${result.stderr}`).not.toContain('unrecognized flag');
      return result.loaded;
    };
    const big = makeHome();
    writeFileSync(join(big, 'big.xml'), bigFrabSchedule(45, 1));
    expect(spawnPycon(['import', join(big, 'big.xml')], { PATH: process.env.PATH ?? '', PYCON_HOME: big }).code).toBe(0);
    expect(modulesLoadedBy(big, ['plan', 'testing', '--dry-run'])).toContain('binding v8');
    expect(modulesLoadedBy(big, ['timetable'], true)).toContain('binding v8');
    // A Node without process.binding() is asked through node:v8.
    expect(modulesLoadedBy(big, ['plan', 'testing', '--dry-run'], false, true)).toContain('NativeModule v8');
    expect(modulesLoadedBy(big, ['search', 'testing'])).toContain('binding v8');
    expect(modulesLoadedBy(big, ['days'])).toContain('binding v8');
    // 12 rooms: 204 talks, a day's grid of them hot enough on a terminal only.
    const busy = makeHome();
    writeFileSync(join(busy, 'busy.xml'), bigFrabSchedule(12, 1));
    expect(spawnPycon(['import', join(busy, 'busy.xml')], { PATH: process.env.PATH ?? '', PYCON_HOME: busy }).code).toBe(0);
    expect(modulesLoadedBy(busy, ['timetable'], true)).toContain('binding v8');
    expect(modulesLoadedBy(busy, ['timetable'])).not.toContain('binding v8');
    expect(modulesLoadedBy(busy, ['plan', 'testing', '--dry-run'])).not.toContain('binding v8');
    const pycon = makeHome();
    expect(modulesLoadedBy(pycon, ['plan', 'testing', '--dry-run'])).not.toContain('binding v8');
    expect(modulesLoadedBy(pycon, ['timetable', 'friday'], true)).not.toContain('binding v8');
  });

  it('keeps V8’s young generation small and its optimizing compiler out while it reads a schedule, on import and on update', () => {
    const home = makeHome();
    writeFileSync(join(home, 'schedule.xml'), bigFrabSchedule(4, 1));
    const flagsSetBy = (argv: string[]) => {
      const result = runWatchingModules(home, argv);
      expect(result.status, result.stderr).toBe(0);
      // V8 writes to stderr itself when it does not know a flag.
      expect(`${result.stdout}${result.stderr}`).not.toContain('unrecognized flag');
      return result.loaded.filter((line) => line.startsWith('V8 flags'));
    };
    const reading = ['V8 flags --semi-space-growth-factor=1 --no-parallel-scavenge', 'V8 flags --max-opt=1'];
    expect(flagsSetBy(['import', join(home, 'schedule.xml')])).toEqual(reading);
    writeFileSync(join(home, 'schedule.xml'), bigFrabSchedule(5, 1));
    expect(flagsSetBy(['update'])).toEqual(reading);
    expect(flagsSetBy(['search', 'testing'])).toEqual([]);
  });

  it('asks on a real terminal before clearing, and reads the answer typed there', () => {
    const env = { PATH: process.env.PATH ?? '', HOME: makeHome(), PYCON_HOME: makeHome() };
    expect(spawnPycon(['add', 'wily', 'beeware'], env).code).toBe(0);
    // script(1) gives pycon a terminal; what is piped to it is typed there.
    const typed = (answer: string) =>
      spawnSync('script', ['-qec', `'${process.execPath}' '${binPath}' clear`, '/dev/null'], {
        input: answer,
        encoding: 'utf8',
        env,
        timeout: 20_000,
      });
    const no = typed('n\r');
    expect(no.status).toBe(1);
    expect(no.stdout).toContain('Remove all 2 talks from itinerary default? [y/N] ');
    expect(no.stdout).toContain('pycon: Nothing was changed.');
    expect(JSON.parse(spawnPycon(['itinerary', '--json'], env).stdout).talks).toHaveLength(2);
    const yes = typed('y\r');
    expect(yes.status).toBe(0);
    expect(yes.stdout).toContain('Cleared itinerary default: 2 talks removed.');
  });
});
