import { describe, expect, it } from 'vitest';
import { run, runTTY } from '../helpers/run.js';

describe('help', () => {
  it('exits 0 for pycon help and pycon help <command>, and 2 for a command that does not exist', async () => {
    const general = await run(['help']);
    expect([general.code, general.stdout.split('\n')[0]]).toEqual([0, 'Usage: pycon [options] [command]']);
    const search = await run(['help', 'search']);
    expect([search.code, search.stdout.split('\n')[0]]).toEqual([0, 'Usage: pycon search [options] <words...>']);
    expect(await run(['help', 'nosuch'])).toEqual({
      stdout: '',
      stderr: 'pycon: unknown command "nosuch"; see "pycon --help" for the commands.\n',
      code: 2,
    });
  });

  it('answers an unknown option, and more arguments than a command takes, in one sentence, exit 2', async () => {
    const usage = (stderr: string) => ({ stdout: '', stderr, code: 2 });
    expect(await run(['days', '--bogus'])).toEqual(usage('pycon: unknown option \'--bogus\'; see "pycon days --help".\n'));
    expect(await run(['days', 'friday'])).toEqual(usage('pycon: days takes no arguments, and was given 1; see "pycon days --help".\n'));
    expect(await run(['changes', 'a', 'b'])).toEqual(
      usage('pycon: changes takes at most 1 argument, and was given 2; see "pycon changes --help".\n'),
    );
    expect(await run(['completion', 'fish', 'x', 'y'])).toEqual(
      usage('pycon: completion takes at most 1 argument, and was given 3; see "pycon completion --help".\n'),
    );
  });

  it('refuses an empty path, as an unset variable in a script gives, before reading or writing anything', async () => {
    const usage = (stderr: string) => ({ stdout: '', stderr, code: 2 });
    const empty = 'is invalid: it is empty, and names no file';
    expect(await run(['import', ''])).toEqual(usage(`pycon: argument <file|url> '' ${empty}; see "pycon import --help".\n`));
    expect(await run(['parse', ' '])).toEqual(usage(`pycon: argument <source> ' ' ${empty}; see "pycon parse --help".\n`));
    expect(await run(['update', '--from', ''])).toEqual(
      usage(`pycon: option '--from <file|url>' argument '' ${empty}; see "pycon update --help".\n`),
    );
    expect(await run(['export', '--all', '-o', ''])).toEqual(
      usage(`pycon: option '-o, --output <file>' argument '' ${empty}; see "pycon export --help".\n`),
    );
    expect(await run(['--store', '', 'days'])).toEqual(usage(`pycon: option '--store <file>' argument '' ${empty}; see "pycon --help".\n`));
  });

  it('prints the help on stdout for pycon alone, and is a usage error for options without a command', async () => {
    const alone = await run([]);
    expect([alone.code, alone.stderr, alone.stdout]).toEqual([0, '', (await run(['--help'])).stdout]);
    const optionsOnly = await run(['--json']);
    expect([optionsOnly.code, optionsOnly.stdout, optionsOnly.stderr.split('\n')[0]]).toEqual([2, '', 'Usage: pycon [options] [command]']);
  });

  it("ends pycon's help with examples of the everyday commands, and of importing a conference", async () => {
    const { stdout } = await run(['--help']);
    expect(stdout.slice(stdout.indexOf('\nExamples:'))).toBe(
      [
        '',
        'Examples:',
        '  $ pycon search asyncio',
        '  $ pycon today',
        '  $ pycon timetable saturday --room "ballroom c"',
        '  $ pycon add "advanced asyncio"',
        '  $ pycon plan asyncio testing',
        '  $ pycon export -o pycon.ics',
        '  $ pycon import https://pretalx.com/democon/schedule/export/schedule.xml',
        '',
      ].join('\n'),
    );
  });

  it('wraps each description under its own column on a narrow screen, the lines no wider than it', async () => {
    const { stdout } = await runTTY(['export', '--help'], 60);
    const lines = stdout.split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(60);
    expect(lines.slice(lines.indexOf('Options:') + 1, lines.indexOf('Options:') + 5)).toEqual([
      '  --all                   all talks instead of your',
      '                          itinerary',
      '  --day <day>             only this day: friday, fri,',
      '                          2019-05-03, today, tomorrow',
    ]);
  });

  it("lists the global options in each command's help", async () => {
    const { stdout, code } = await run(['days', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Global Options:\n');
    expect(stdout).toContain('  --tz <zone>          show times in this IANA zone, or "local"\n');
    expect(stdout).toContain('  --conference <name>  read this conference (env PYCON_CONFERENCE); default: the\n');
  });
});

describe('export --json', () => {
  it('is refused, saying where JSON is, exit 2', async () => {
    expect(await run(['export', '--json'])).toEqual({
      stdout: '',
      stderr:
        'pycon: export writes iCalendar, not JSON; leave out --json, or use "pycon itinerary --json" or "pycon talks --json" for JSON.\n',
      code: 2,
    });
  });
});
