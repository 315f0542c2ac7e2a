import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHome, repoRoot, run, runTTY } from '../helpers/run.js';
import { khalCalendar } from '../helpers/khal.js';
import { HUNG_AFTER_MS, binPath, spawnPycon } from '../helpers/spawn.js';

const fixturePath = (name: string) => join(repoRoot, 'test', 'fixtures', 'schedules', name);
const fixture = (name: string) => readFileSync(fixturePath(name), 'utf8');

function inHome() {
  const home = makeHome();
  const env = { PYCON_HOME: home };
  return {
    home,
    run: (argv: string[], extra: Record<string, string> = {}) => run(argv, { env: { ...env, ...extra } }),
    runTTY: (argv: string[], columns = 80) => runTTY(argv, columns, { env }),
    file: (name: string, content: string) => {
      const path = join(home, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

const IMPORTED = [
  'Imported Winter Hack Days 2024 as whd24: 5 talks in 2 rooms, Friday 27 – Saturday 28 December 2024 (Europe/Berlin).',
  'It is now the conference in use; try "pycon timetable friday" or "pycon search <words>".',
  '',
].join('\n');

describe('pycon import from a file', () => {
  it('imports, says what it read, and makes it the conference in use', async () => {
    const my = inHome();
    expect(await my.run(['import', fixturePath('winter-hack-days.xml')])).toEqual({ stdout: IMPORTED, stderr: '', code: 0 });
    expect(readdirSync(join(my.home, 'conferences', 'whd24')).sort()).toEqual([
      'origin.json',
      'source.xml',
      'store.json',
      'store.json.seal',
      'store.outline.json',
      'store.search.txt',
    ]);
    expect(readFileSync(join(my.home, 'conferences', 'whd24', 'source.xml'), 'utf8')).toBe(fixture('winter-hack-days.xml'));
    expect(JSON.parse(readFileSync(join(my.home, 'settings.json'), 'utf8'))).toEqual({ conference: 'whd24' });
    expect((await my.run(['talks'])).stdout.split('\n')[0]).toBe(
      'opening-welcome\tOpening & Welcome\tAda Example, Grace Sample\t2024-12-27T10:00:00+01:00\t2024-12-27T10:30:00+01:00\tSaal 1',
    );
  });

  it('prints {name, title, talks, rooms, days, timezone, source, version} as --json', async () => {
    const my = inHome();
    const { stdout } = await my.run(['import', fixturePath('winter-hack-days.json'), '--as', 'winter', '--json']);
    expect(JSON.parse(stdout)).toEqual({
      name: 'winter',
      title: 'Winter Hack Days 2024',
      talks: 2,
      rooms: 2,
      days: ['2024-12-27'],
      timezone: 'Europe/Berlin',
      source: fixturePath('winter-hack-days.json'),
      version: 'Lighthouse 1.2',
    });
  });

  it('keeps the zone --zone names as the tz database names it, not by the older name ICU gives some', async () => {
    const my = inHome();
    let imports = 0;
    const zoneOf = async (zone: string, env: Record<string, string> = {}) => {
      const as = `winter-${++imports}`;
      const { stdout } = await my.run(['import', fixturePath('winter-hack-days.xml'), '--as', as, '--zone', zone, '--json'], env);
      return JSON.parse(stdout).timezone;
    };
    expect(await zoneOf('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(await zoneOf('Europe/Kyiv')).toBe('Europe/Kyiv');
    expect(await zoneOf('europe/berlin')).toBe('Europe/Berlin');
    expect(await zoneOf('US/Eastern')).toBe('America/New_York');
    // Without the tz files to say which names are the database's, ICU's name it is.
    expect(await zoneOf('Asia/Kolkata', { TZDIR: join(my.home, 'no-zoneinfo') })).toBe('Asia/Calcutta');
  });

  it('warns, naming --zone, when the zone name disagrees with the offsets', async () => {
    const my = inHome();
    const path = my.file('utc.xml', fixture('winter-hack-days.xml').replace('Europe/Berlin', 'UTC'));
    const { stderr, code } = await my.run(['import', path]);
    expect(code).toBe(0);
    expect(stderr).toBe(
      'pycon: warning: the schedule names the zone "UTC", but its times are at +01:00, so pycon uses the fixed zone Etc/GMT-1; give the real zone with --zone, such as --zone Europe/Berlin, for times across a change of daylight saving.\n',
    );
    expect((await my.run(['import', path, '--zone', 'Europe/Berlin'])).stderr).toBe('');
  });

  it('warns when --zone is not at the offsets the schedule writes, and uses it all the same', async () => {
    const my = inHome();
    const { stderr, code } = await my.run(['import', fixturePath('winter-hack-days.xml'), '--zone', 'Europe/London']);
    expect(code).toBe(0);
    expect(stderr).toBe(
      "pycon: warning: the schedule's times are at +01:00, which Europe/London is not at those times, so pycon shows them at other clock times than the schedule's; check that --zone Europe/London is where the conference is.\n",
    );
    expect((await my.run(['talks'])).stdout.split('\n')[0]).toBe(
      'opening-welcome\tOpening & Welcome\tAda Example, Grace Sample\t2024-12-27T09:00:00+00:00\t2024-12-27T09:30:00+00:00\tSaal 1',
    );
  });

  const refusals: [string, string, string][] = [
    [
      'a truncated XML file',
      fixture('winter-hack-days.xml').slice(0, 600),
      'its XML ends at line 18, column 20 with <schedule>, <day>, <room>, <event>, <start> still open, so the file looks cut short',
    ],
    [
      'an HTML page',
      '<!doctype html><html><title>Schedule</title></html>',
      'this is a web page, not a schedule; pretalx publishes it at <event URL>/schedule/export/schedule.xml',
    ],
    ['an empty file', '', 'it is empty'],
    ['JSON that is not a schedule', '{"version": 1}', 'it is JSON, but not a schedule: it has no schedule.conference.days'],
    [
      'malformed JSON, quoting none of its text but the word found',
      '{"schedule": {\n  "conference": {"title": \u001b[2J Nope}}}',
      'its JSON is malformed at line 2, column 27: expected a value, found U+001B',
    ],
    [
      'a truncated JSON file',
      fixture('winter-hack-days.json').slice(0, 300),
      'its JSON ends at line 11, column 2 with 3 brackets still open, so the file looks cut short',
    ],
    ['an unknown format', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', 'it is neither frab XML, c3voc JSON nor a PyCon talk list'],
  ];
  it.each(refusals)(
    'refuses %s in one sentence, exit 1, storing nothing and keeping the conference in use',
    async (_name, content, problem) => {
      const my = inHome();
      await my.run(['import', fixturePath('winter-hack-days.json'), '--as', 'before']);
      const path = my.file('schedule', content);
      expect(await my.run(['import', path, '--as', 'after'])).toEqual({
        stdout: '',
        stderr: `pycon: Cannot import ${path}: ${problem}; nothing was imported.\n`,
        code: 1,
      });
      expect(readdirSync(join(my.home, 'conferences'))).toEqual(['before']);
      expect(JSON.parse(readFileSync(join(my.home, 'settings.json'), 'utf8'))).toEqual({ conference: 'before' });
    },
  );

  it('refuses a name and a zone it cannot use, exit 2', async () => {
    const my = inHome();
    expect((await my.run(['import', fixturePath('winter-hack-days.xml'), '--as', '../x'])).stderr).toBe(
      'pycon: "../x" cannot name a conference; use lower-case letters a–z, digits, dots, dashes and underscores, such as --as fosdem-2025.\n',
    );
    // Each command gives the example as it types a name.
    const rule = 'cannot name a conference; use lower-case letters a–z, digits, dots, dashes and underscores, such as';
    for (const [argv, example] of [
      [['use', 'FOSDEM'], '"pycon use fosdem-2025"'],
      [['update', 'FOSDEM'], '"pycon update fosdem-2025"'],
      [['conferences', '--remove', 'FOSDEM'], '--remove fosdem-2025'],
      [['days', '--conference', 'FOSDEM'], '--conference fosdem-2025'],
    ] as const) {
      expect(await my.run([...argv]), argv.join(' ')).toEqual({ stdout: '', stderr: `pycon: "FOSDEM" ${rule} ${example}.\n`, code: 2 });
    }
    expect(await my.run(['import', fixturePath('winter-hack-days.xml'), '--zone', 'Mars/Base'])).toEqual({
      stdout: '',
      stderr: 'pycon: Unknown time zone "Mars/Base"; use an IANA name such as --zone Europe/Brussels.\n',
      code: 2,
    });
    // The zone is where the conference is, not where the reader is.
    expect(await my.run(['import', fixturePath('winter-hack-days.xml'), '--zone', 'local'])).toEqual({
      stdout: '',
      stderr: 'pycon: --zone names where the conference is, so it takes an IANA name such as Europe/Brussels, not "local".\n',
      code: 2,
    });
    expect((await my.run(['import', join(my.home, 'nothing.xml')])).stderr).toBe(
      `pycon: No file at ${join(my.home, 'nothing.xml')}; give the path or URL of a schedule.\n`,
    );
    expect((await my.run(['import', 'ftp://example.org/schedule.xml'])).stderr).toBe(
      'pycon: Only http and https URLs can be downloaded; fetch ftp://example.org/schedule.xml another way and import the file.\n',
    );
  });
});

describe('pycon import - (a schedule piped in)', () => {
  it('imports what is piped in, and updates from it when it is piped in again', async () => {
    const my = inHome();
    const piped = (argv: string[], stdin?: string) =>
      run(argv, { env: { PYCON_HOME: my.home }, ...(stdin === undefined ? {} : { stdin }) });
    expect(await piped(['import', '-'], fixture('winter-hack-days.xml'))).toEqual({ stdout: IMPORTED, stderr: '', code: 0 });
    expect(JSON.parse((await piped(['conferences', '--json'])).stdout)[1]).toMatchObject({ name: 'whd24', source: '-' });
    expect(await piped(['update'], fixture('winter-hack-days.xml'))).toEqual({
      stdout: 'No changes since 2026-11-25 12:00 UTC.\n',
      stderr: '',
      code: 0,
    });
    expect(await piped(['update'])).toEqual({
      stdout: '',
      stderr:
        'pycon: whd24 was read from standard input, and nothing is piped in now; pipe its schedule in again, as in "curl -sL <URL> | pycon update whd24", or give --from <file or URL>.\n',
      code: 2,
    });
    expect((await piped(['update', '--from', '-'], '<!DOCTYPE html><html><body>Sign in</body></html>')).stderr).toBe(
      'pycon: Cannot update whd24 from standard input: this is a web page, not a schedule; the previous version is kept.\n',
    );
  });

  it('says what "-" is for when nothing is piped in, exit 2, and names standard input as what it could not read', async () => {
    const my = inHome();
    expect(await my.run(['import', '-'])).toEqual({
      stdout: '',
      stderr:
        'pycon: Nothing is piped in for "-" to read; pipe a schedule in, as in "curl -sL <URL> | pycon import -", or give its path or URL.\n',
      code: 2,
    });
    expect(await run(['import', '-'], { env: { PYCON_HOME: my.home }, stdin: '' })).toEqual({
      stdout: '',
      stderr: 'pycon: Cannot import standard input: it is empty; nothing was imported.\n',
      code: 1,
    });
  });

  it('says to pipe a schedule in rather than name a pipe, as <(curl …) does, and reads nothing from it', async () => {
    const my = inHome();
    const fifo = join(my.home, 'schedule.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(await my.run(['import', fifo])).toEqual({
      stdout: '',
      stderr: `pycon: ${fifo} is a pipe; pipe the schedule to pycon instead, as in "curl -sL <URL> | pycon import -".\n`,
      code: 1,
    });
    await my.run(['import', fixturePath('winter-hack-days.xml')]);
    expect((await my.run(['update', '--from', fifo])).stderr).toBe(
      `pycon: ${fifo} is a pipe; pipe the schedule to pycon instead, as in "curl -sL <URL> | pycon update whd24 --from -".\n`,
    );
  });

  it('reads a real pipe to its end', () => {
    const home = makeHome();
    expect(spawnPycon(['import', '-'], { PYCON_HOME: home }, { input: fixture('winter-hack-days.xml') })).toEqual({
      stdout: IMPORTED,
      stderr: '',
      code: 0,
    });
    expect(readFileSync(join(home, 'conferences', 'whd24', 'source.xml'), 'utf8')).toBe(fixture('winter-hack-days.xml'));
  });
});

describe('every command on an imported conference', () => {
  const my = inHome();
  beforeAll(async () => {
    await my.run(['import', fixturePath('winter-hack-days.xml')]);
  });

  it('searches, lists rooms and days, and shows a talk in the conference’s zone', async () => {
    expect((await my.run(['search', 'rust', '--json'])).stdout).toContain('"uid": "whd24-rust-1"');
    expect((await my.run(['rooms'])).stdout).toBe('Saal 1\t3\t0\t3\nSaal G\t1\t1\t2\n');
    expect((await my.run(['days'])).stdout).toBe(
      '2024-12-27\tFriday\t4\t2024-12-27T10:00:00+01:00\t2024-12-28T02:00:00+01:00\n2024-12-28\tSaturday\t1\t2024-12-28T11:00:00+01:00\t2024-12-28T11:30:00+01:00\n',
    );
    expect((await my.run(['timetable', 'fri', '--json'])).stdout).toContain('"date": "2024-12-27"');
    expect((await my.run(['now', '--now', 'fri 16:10', '--json'])).stdout).toContain('"id": "lets-encrypt-everything"');
  });

  it("names the weekday of a day's first start or last end that falls on another date", async () => {
    // Friday's film ends at 02:00 on Saturday; seen from Tokyo, each day starts and ends eight hours later.
    expect((await my.runTTY(['days'])).stdout).toBe(
      [
        'Date        Day       Talks  First  Last',
        '2024-12-27  Friday        4  10:00  Sat 02:00',
        '2024-12-28  Saturday      1  11:00  11:30',
        '',
      ].join('\n'),
    );
    expect((await my.runTTY(['days', '--tz', 'Asia/Tokyo'])).stdout.split('\n')[1]).toBe('2024-12-27  Friday        4  18:00  Sat 10:00');
  });

  it('gives the conference’s own first day as the example of a day it can read', async () => {
    expect(await my.run(['timetable', 'funday'])).toEqual({
      stdout: '',
      stderr: 'pycon: Cannot read the day "funday"; use a weekday (friday or fri), a date (2024-12-27), today or tomorrow.\n',
      code: 2,
    });
  });

  it('keeps itineraries per conference, and exports UIDs as <uid>@<conference>.pycon', async () => {
    await my.run(['add', 'film', 'lets-encrypt']);
    const calendar = new ICAL.Component(ICAL.parse((await my.run(['export'])).stdout));
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component);
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    expect(events.map((event) => [event.uid, new Date(event.startDate.toUnixTime() * 1000).toISOString()])).toEqual([
      ['whd24-lets-encrypt@whd24.pycon', '2024-12-27T15:00:00.000Z'],
      ['42@whd24.pycon', '2024-12-27T23:30:00.000Z'],
    ]);
    ICAL.TimezoneService.reset();
    expect(existsSync(join(my.home, 'conferences', 'whd24', 'itineraries', 'default.json'))).toBe(true);
    expect((await my.run(['itinerary', '--json', '--conference', 'pycon-us-2019'])).stdout).toContain('"talks": []');
  });

  it("exports a talk's page as its URL and at the end of its description, as ical.js and khal read them", async () => {
    const out = join(my.home, 'opening.ics');
    expect((await my.run(['export', '--all', '--track', 'community', '-o', out])).code).toBe(0);
    const [event] = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8'))).getAllSubcomponents('vevent');
    expect(event?.getFirstPropertyValue('url')).toBe('https://example.org/whd24/talk/101');
    expect(event?.getFirstPropertyValue('description')).toBe(
      'Ada Example, Grace Sample\n\nWhere things are,\u00a0and who to ask.\n\nBring coffee.\n\nhttps://example.org/whd24/talk/101',
    );
    const khal = khalCalendar('Europe/Berlin');
    if (!khal) return;
    expect(khal.importFile(out)).toBe(0);
    expect(khal.list('{start-time} {title} {url}', '2024-12-27', '1d')).toBe(
      'Friday, 2024-12-27\n10:00 Opening & Welcome https://example.org/whd24/talk/101\n',
    );
  });

  it('shows a talk with its subtitle, track, type, language and link', async () => {
    expect((await my.runTTY(['show', 'opening'])).stdout).toBe(
      [
        'Opening & Welcome',
        'How the days work',
        'Ada Example, Grace Sample',
        'Friday 27 December 2024, 10:00–10:30 (Europe/Berlin) · Saal 1',
        'Community · Talk · en',
        'https://example.org/whd24/talk/101',
        'handle: opening · id: opening-welcome',
        '',
        'Where things are,\u00a0and who to ask.',
        '',
        'Bring coffee.',
        '',
      ].join('\n'),
    );
  });

  it('filters search, talks, timetable and export by --track', async () => {
    const ids = async (argv: string[]) => JSON.parse((await my.run([...argv, '--json'])).stdout).map((talk: { id: string }) => talk.id);
    expect(await ids(['talks', '--track', 'hard'])).toEqual(['rust-for-hardware', 'rust-for-hardware-2']);
    // Between talks, the command suggested keeps the track, so it lists the talk counted.
    expect((await my.run(['talks', '--at', 'fri 12:00', '--track', 'hard'])).stderr).toBe(
      'Nothing runs at Fri 12:00; next, at 16:00, 1 talk starts: "pycon talks --at \'fri 16:00\' --track Hardware" lists it.\n',
    );
    expect(await ids(['search', 'rust', '--track', 'security'])).toEqual([]);
    const timetable = JSON.parse((await my.run(['timetable', 'fri', '--track', 'security', '--json'])).stdout);
    expect([timetable.rooms, timetable.talks.map((talk: { id: string }) => talk.id)]).toEqual([['Saal 1'], ['lets-encrypt-everything']]);
    // Without a track, the day's grid has every room, one with nothing on too.
    expect(JSON.parse((await my.run(['timetable', 'sat', '--json'])).stdout).rooms).toEqual(['Saal 1', 'Saal G']);
    expect((await my.run(['export', '--all', '--track', 'entertain'])).stdout.match(/^SUMMARY:.*$/gm)).toEqual([
      'SUMMARY:Late Night Film: 真夜中の映画',
    ]);
    expect(await my.run(['talks', '--track', 'x'])).toEqual({
      stdout: '',
      stderr: 'pycon: No track matches "x"; the tracks are:\n  Community\n  Entertainment\n  Hardware\n  Security\n',
      code: 1,
    });
    expect((await my.run(['talks', '--track', 'web', '--conference', 'pycon-us-2019'])).stderr).toBe(
      "pycon: This conference's schedule names no tracks, so --track has nothing to choose from; try --room or search instead.\n",
    );
  });

  it('reads another conference for one command with --conference or PYCON_CONFERENCE', async () => {
    expect((await my.run(['search', 'beeware', '--conference', 'pycon-us-2019'])).stdout).toContain('BeeWare');
    expect((await my.run(['search', 'beeware'], { PYCON_CONFERENCE: 'pycon-us-2019' })).stdout).toContain('BeeWare');
    expect(await my.run(['talks', '--conference', 'fosdem'])).toEqual({
      stdout: '',
      stderr:
        'pycon: No conference is named fosdem; yours are pycon-us-2019, whd24: pick one with --conference <name>, or import one under that name with "pycon import <file or URL> --as fosdem".\n',
      code: 1,
    });
    // A name that one conference's starts with, or one a typo away: that one is meant.
    expect((await my.run(['talks', '--conference', 'whd'])).stderr).toBe(
      'pycon: No conference is named whd; did you mean --conference whd24?\n',
    );
    expect((await my.run(['update', 'wdh24'])).stderr).toBe('pycon: No conference is named wdh24; did you mean "pycon update whd24"?\n');
    // A name set in the environment is fixed there: the sentence says so.
    expect((await my.run(['talks'], { PYCON_CONFERENCE: 'whd' })).stderr).toBe(
      'pycon: No conference is named whd; did you mean PYCON_CONFERENCE=whd24?\n',
    );
    expect(await my.run(['talks'], { PYCON_CONFERENCE: '../whd24' })).toEqual({
      stdout: '',
      stderr:
        'pycon: "../whd24" cannot name a conference; use lower-case letters a–z, digits, dots, dashes and underscores, such as PYCON_CONFERENCE=fosdem-2025.\n',
      code: 2,
    });
  });
});

describe('zone names in a calendar', () => {
  const zoneNames = (env: Record<string, string>) => {
    const home = makeHome();
    expect(spawnPycon(['import', fixturePath('winter-hack-days.xml')], { PYCON_HOME: home, ...env }).code).toBe(0);
    return spawnPycon(['export', '--all'], { PYCON_HOME: home, ...env })
      .stdout.split('\r\n')
      .filter((line) => line.startsWith('TZNAME'));
  };

  it('are the tz database’s, from its files, whatever the locale', () => {
    expect(zoneNames({ LC_ALL: 'de_DE.UTF-8' })).toEqual(['TZNAME:CEST', 'TZNAME:CET']);
    expect(zoneNames({ LC_ALL: 'en_US.UTF-8' })).toEqual(['TZNAME:CEST', 'TZNAME:CET']);
  });

  it('are ICU’s when the zone’s file is not a regular file: a FIFO in its place is never read', () => {
    const tzdir = join(makeHome(), 'zoneinfo');
    mkdirSync(join(tzdir, 'Europe'), { recursive: true });
    expect(spawnSync('mkfifo', [join(tzdir, 'Europe', 'Berlin')]).status).toBe(0);
    const home = makeHome();
    // Bounded: reading the FIFO would wait for a writer that never comes.
    const imported = spawnPycon(['import', fixturePath('winter-hack-days.xml')], { PYCON_HOME: home, TZDIR: tzdir }, { timeout: 20_000 });
    expect(imported.code).toBe(0);
    const calendar = spawnPycon(['export', '--all'], { PYCON_HOME: home }).stdout;
    expect(calendar.split('\r\n').filter((line) => line.startsWith('TZNAME'))).toEqual(['TZNAME:GMT+2', 'TZNAME:GMT+1']);
  });

  it('are the tz database’s too when a store has lost the rules it was made with', () => {
    const home = makeHome();
    expect(spawnPycon(['import', fixturePath('winter-hack-days.xml')], { PYCON_HOME: home }).code).toBe(0);
    const path = join(home, 'conferences', 'whd24', 'store.json');
    const store = JSON.parse(readFileSync(path, 'utf8')) as { conference: { zoneRules?: unknown } };
    delete store.conference.zoneRules;
    writeFileSync(path, JSON.stringify(store));
    const names = spawnPycon(['export', '--all'], { PYCON_HOME: home })
      .stdout.split('\r\n')
      .filter((line) => line.startsWith('TZNAME'));
    expect(names).toEqual(['TZNAME:CEST', 'TZNAME:CET']);
  });

  it('are ICU’s in US English on a machine without the tz files, under LC_ALL=de_DE.UTF-8 too', () => {
    const noFiles = { TZDIR: join(makeHome(), 'no-zoneinfo') };
    expect(zoneNames({ ...noFiles, LC_ALL: 'de_DE.UTF-8' })).toEqual(['TZNAME:GMT+2', 'TZNAME:GMT+1']);
    expect(zoneNames({ ...noFiles, LC_ALL: 'en_US.UTF-8' })).toEqual(['TZNAME:GMT+2', 'TZNAME:GMT+1']);
  });
});

describe('what an import loads', () => {
  it('reads the zone from the tz files, never loading luxon or starting ICU', () => {
    const home = makeHome();
    const watch = join(home, 'watch.cjs');
    writeFileSync(
      watch,
      `const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'luxon') process.stderr.write('loaded luxon\\n');
  return load.call(this, request, ...rest);
};
const Format = Intl.DateTimeFormat;
Intl.DateTimeFormat = function (...args) {
  process.stderr.write('started ICU\\n');
  return new Format(...args);
};`,
    );
    const importing = (env: Record<string, string> = {}) =>
      spawnSync(process.execPath, ['-r', watch, binPath, 'import', fixturePath('winter-hack-days.xml')], {
        encoding: 'utf8',
        timeout: HUNG_AFTER_MS,
        env: { PATH: process.env.PATH ?? '', PYCON_HOME: makeHome(), ...env },
      });
    const result = importing();
    expect([result.status, result.stderr]).toEqual([0, '']);
    // The watch sees them: without the tz files, the zone comes from ICU through luxon.
    expect(importing({ TZDIR: join(home, 'no-zoneinfo') }).stderr).toMatch(/^loaded luxon\nstarted ICU\n/);
  });
});

describe('pycon conferences and pycon use', () => {
  it('lists the conferences, the one in use marked, for people, pipes and --json', async () => {
    const my = inHome();
    await my.run(['import', fixturePath('winter-hack-days.xml')]);
    expect((await my.runTTY(['conferences'])).stdout).toBe(
      [
        '   Name           Title                  Talks  Days            Zone',
        '   pycon-us-2019  PyCon US 2019             95  3–5 May 2019    America/New_York',
        '*  whd24          Winter Hack Days 2024      5  27–28 Dec 2024  Europe/Berlin',
        '',
      ].join('\n'),
    );
    // On a narrower terminal the title gives way, cut with …
    expect((await my.runTTY(['conferences'], 72)).stdout.split('\n')[2]).toBe(
      '*  whd24          Winter Hack…       5  27–28 Dec 2024  Europe/Berlin',
    );
    // Where even a title cut to its header's width would not fit, the titles are left out: the names stay whole.
    expect((await my.runTTY(['conferences'], 62)).stdout).toBe(
      [
        '   Name           Talks  Days            Zone',
        '   pycon-us-2019     95  3–5 May 2019    America/New_York',
        '*  whd24              5  27–28 Dec 2024  Europe/Berlin',
        '',
      ].join('\n'),
    );
    expect((await my.run(['conferences'])).stdout).toBe(
      `\tpycon-us-2019\tPyCon US 2019\t95\t2019-05-03\t2019-05-05\tAmerica/New_York\tbundled\n*\twhd24\tWinter Hack Days 2024\t5\t2024-12-27\t2024-12-28\tEurope/Berlin\t${fixturePath('winter-hack-days.xml')}\n`,
    );
    expect(JSON.parse((await my.run(['conferences', '--json'])).stdout)[0]).toEqual({
      name: 'pycon-us-2019',
      title: 'PyCon US 2019',
      talks: 95,
      rooms: 5,
      days: ['2019-05-03', '2019-05-04', '2019-05-05'],
      timezone: 'America/New_York',
      source: 'bundled',
      version: '',
      inUse: false,
    });
  });

  it('lists a conference titled in Japanese by its title, aligned by the columns it takes', async () => {
    const my = inHome();
    const schedule = my.file(
      'jp.xml',
      fixture('winter-hack-days.xml').replace('<title>Winter Hack Days 2024</title>', '<title>冬のハックデイズ 2024</title>'),
    );
    await my.run(['import', schedule]);
    // Listing reads the title from the store's seal, which pycon writes in ASCII.
    expect(readFileSync(join(my.home, 'conferences', 'whd24', 'store.json.seal'), 'latin1')).toContain(
      '"title":"\\u51ac\\u306e\\u30cf\\u30c3\\u30af\\u30c7\\u30a4\\u30ba 2024"',
    );
    expect((await my.runTTY(['conferences'])).stdout).toBe(
      [
        '   Name           Title                  Talks  Days            Zone',
        '   pycon-us-2019  PyCon US 2019             95  3–5 May 2019    America/New_York',
        '*  whd24          冬のハックデイズ 2024      5  27–28 Dec 2024  Europe/Berlin',
        '',
      ].join('\n'),
    );
    expect((await my.run(['conferences'])).stdout.split('\n')[1]).toBe(
      `*\twhd24\t冬のハックデイズ 2024\t5\t2024-12-27\t2024-12-28\tEurope/Berlin\t${schedule}`,
    );
    expect(JSON.parse((await my.run(['conferences', '--json'])).stdout)[1].title).toBe('冬のハックデイズ 2024');
    // An earlier pycon wrote the seal's title in UTF-8.
    const seal = join(my.home, 'conferences', 'whd24', 'store.json.seal');
    writeFileSync(seal, `${JSON.stringify(JSON.parse(readFileSync(seal, 'latin1')))}\n`);
    expect(readFileSync(seal, 'utf8')).toContain('"title":"冬のハックデイズ 2024"');
    expect((await my.run(['conferences'])).stdout.split('\n')[1]).toBe(
      `*\twhd24\t冬のハックデイズ 2024\t5\t2024-12-27\t2024-12-28\tEurope/Berlin\t${schedule}`,
    );
    expect((await my.run(['use', 'whd24'])).stdout).toBe(
      'Now using 冬のハックデイズ 2024 (whd24): Friday 27 – Saturday 28 December 2024, 5 talks.\n',
    );
  });

  it('names a conference whose acronym is Japanese by its title, as a name it can be used by', async () => {
    const my = inHome();
    const schedule = my.file(
      'jp.xml',
      fixture('winter-hack-days.xml').replace('<acronym>WHD24</acronym>', '<acronym>冬ハック24</acronym>'),
    );
    expect((await my.run(['import', schedule])).stdout.split('\n')[0]).toBe(
      'Imported Winter Hack Days 2024 as winter-hack-days-2024: 5 talks in 2 rooms, Friday 27 – Saturday 28 December 2024 (Europe/Berlin).',
    );
    expect((await my.run(['conferences'])).stdout.split('\n')[1]).toBe(
      `*\twinter-hack-days-2024\tWinter Hack Days 2024\t5\t2024-12-27\t2024-12-28\tEurope/Berlin\t${schedule}`,
    );
    expect((await my.run(['days'])).stdout.split('\n')[0]).toBe(
      '2024-12-27\tFriday\t4\t2024-12-27T10:00:00+01:00\t2024-12-28T02:00:00+01:00',
    );
  });

  it('switches with use, and refuses a name it does not know', async () => {
    const my = inHome();
    await my.run(['import', fixturePath('winter-hack-days.xml')]);
    expect(await my.run(['use', 'pycon-us-2019'])).toEqual({
      stdout: 'Now using PyCon US 2019 (pycon-us-2019): Friday 3 – Sunday 5 May 2019, 95 talks.\n',
      stderr: '',
      code: 0,
    });
    expect((await my.run(['talks'])).stdout.split('\n')).toHaveLength(96);
    const alone = inHome();
    expect(await alone.run(['use', 'whd'])).toEqual({
      stdout: '',
      stderr:
        'pycon: No conference is named whd; you have only pycon-us-2019: use it with "pycon use pycon-us-2019", or import one under that name with "pycon import <file or URL> --as whd".\n',
      code: 1,
    });
    expect(await alone.run(['days', '--conference', 'whd'])).toEqual({
      stdout: '',
      stderr:
        'pycon: No conference is named whd; you have only pycon-us-2019: use it with --conference pycon-us-2019, or import one under that name with "pycon import <file or URL> --as whd".\n',
      code: 1,
    });
    expect(await my.run(['use', 'whd'])).toEqual({
      stdout: '',
      stderr: 'pycon: No conference is named whd; did you mean "pycon use whd24"?\n',
      code: 1,
    });
  });

  it('says the conference in use is gone when its folder was removed by hand, and how to go on', async () => {
    const my = inHome();
    await my.run(['import', fixturePath('winter-hack-days.xml')]);
    rmSync(join(my.home, 'conferences', 'whd24'), { recursive: true });
    expect(await my.run(['days'])).toEqual({
      stdout: '',
      stderr:
        'pycon: The conference in use, whd24, is gone; you have only pycon-us-2019: use it with "pycon use pycon-us-2019", or import one under that name with "pycon import <file or URL> --as whd24".\n',
      code: 1,
    });
  });

  it('removes an imported conference but keeps its itineraries, and goes back to the bundled one', async () => {
    const my = inHome();
    expect(await my.run(['conferences', '--remove', 'pycon-us-2019'])).toEqual({
      stdout: '',
      stderr: 'pycon: pycon-us-2019 ships with pycon and cannot be removed; "pycon use <name>" switches to another conference.\n',
      code: 2,
    });
    await my.run(['import', fixturePath('winter-hack-days.xml')]);
    await my.run(['add', 'film']);
    expect(await my.run(['conferences', '--remove', 'whd24'])).toEqual({
      stdout: 'Removed whd24. Its itineraries are kept, for when you import it again. Now using pycon-us-2019.\n',
      stderr: '',
      code: 0,
    });
    expect(readdirSync(join(my.home, 'conferences', 'whd24'))).toEqual(['itineraries']);
    expect((await my.run(['conferences'])).stdout).toBe(
      '*\tpycon-us-2019\tPyCon US 2019\t95\t2019-05-03\t2019-05-05\tAmerica/New_York\tbundled\n',
    );
    await my.run(['import', fixturePath('winter-hack-days.xml')]);
    expect(JSON.parse((await my.run(['itinerary', '--json'])).stdout).talks.map((talk: { id: string }) => talk.id)).toEqual([
      'late-night-film-真夜中の映画',
    ]);
    expect((await my.run(['conferences', '--remove', 'pycon-us-2019'])).code).toBe(2);
    // With no itinerary of its own, nothing of it is left.
    const bare = inHome();
    await bare.run(['import', fixturePath('winter-hack-days.xml')]);
    expect((await bare.run(['conferences', '--remove', 'whd24'])).stdout).toBe('Removed whd24. Now using pycon-us-2019.\n');
    expect(readdirSync(join(bare.home, 'conferences'))).toEqual([]);
  });

  it('keeps a talk in an itinerary when a new version retitles it, by its uid', async () => {
    const my = inHome();
    await my.run(['import', fixturePath('winter-hack-days.xml')]);
    await my.run(['add', 'lets-encrypt']);
    const retitled = my.file('v2.xml', fixture('winter-hack-days.xml').replace("Let's Encrypt Everything", 'Encrypt All The Things'));
    await my.run(['import', retitled]);
    expect(JSON.parse((await my.run(['itinerary', '--json'])).stdout).talks.map((talk: { title: string }) => talk.title)).toEqual([
      'Encrypt All The Things',
    ]);
  });

  it('keeps only the schedule last read when a new version comes in another format', async () => {
    const my = inHome();
    await my.run(['import', fixturePath('winter-hack-days.xml')]);
    expect((await my.run(['import', fixturePath('winter-hack-days.json'), '--as', 'whd24'])).code).toBe(0);
    expect(readdirSync(join(my.home, 'conferences', 'whd24')).filter((file) => file.startsWith('source.'))).toEqual(['source.json']);
    expect((await my.run(['update'])).stdout).toMatch(/^No changes since /);
  });
});

describe('completion on conferences', () => {
  it('completes conference names after use, --conference and --remove, and reads the conference --conference names', async () => {
    const my = inHome();
    await my.run(['import', fixturePath('winter-hack-days.xml')]);
    await my.run(['use', 'pycon-us-2019']);
    expect((await my.run(['__complete', 'use', ''])).stdout).toBe('words\npycon-us-2019\nwhd24\n');
    expect((await my.run(['__complete', '--conference', 'wh'])).stdout).toBe('words\nwhd24\n');
    expect((await my.run(['__complete', 'conferences', '--remove', ''])).stdout).toBe('words\npycon-us-2019\nwhd24\n');
    expect((await my.run(['__complete', '--conference', 'whd24', 'timetable', ''])).stdout).toBe(
      'words\nfriday\nsaturday\ntoday\ntomorrow\n2024-12-27\n2024-12-28\n',
    );
    expect((await my.run(['__complete', 'timetable', '--track', ''], { PYCON_CONFERENCE: 'whd24' })).stdout).toBe(
      'words\nCommunity\nEntertainment\nHardware\nSecurity\n',
    );
    expect((await my.run(['__complete', 'import', ''])).stdout).toBe('files\n');
  });
});

describe('a damaged log of changes', () => {
  it('is named in one sentence, exit 1', async () => {
    const my = inHome();
    await my.run(['import', fixturePath('winter-hack-days.xml')]);
    const log = join(my.home, 'conferences', 'whd24', 'changes.json');
    writeFileSync(log, '[{"from": {"version": 1}}]');
    expect(await my.run(['changes'])).toEqual({
      stdout: '',
      stderr: `pycon: The changes file ${log} is damaged (it is not a list of updates); remove it to start its log afresh.\n`,
      code: 1,
    });
  });
});

describe('itineraries written before conferences', () => {
  it('move, whole, to pycon-us-2019 and keep working', async () => {
    const my = inHome();
    mkdirSync(join(my.home, 'itineraries'));
    const old = {
      schemaVersion: 1,
      name: 'default',
      talks: [{ id: '5-steps-to-build-python-native-gui-widgets-for-beeware', added: '2026-01-01T00:00:00.000Z' }],
    };
    writeFileSync(join(my.home, 'itineraries', 'default.json'), JSON.stringify(old));
    writeFileSync(join(my.home, 'itineraries', 'friends.json'), JSON.stringify({ ...old, name: 'friends' }));
    expect(JSON.parse((await my.run(['itinerary', '--json'])).stdout).talks.map((talk: { id: string }) => talk.id)).toEqual([
      '5-steps-to-build-python-native-gui-widgets-for-beeware',
    ]);
    expect(existsSync(join(my.home, 'itineraries'))).toBe(false);
    expect(readdirSync(join(my.home, 'conferences', 'pycon-us-2019', 'itineraries')).sort()).toEqual(['default.json', 'friends.json']);
    expect((await my.run(['itinerary', '--list'])).stdout).toBe('default  1 talk\nfriends  1 talk\n');
  });
});

/** A local server whose answers each test sets by path. */
describe('pycon import from a URL', () => {
  let server: Server;
  let base: string;
  const silent = new Set<string>();
  /** The Accept header of each request for the schedule. */
  const accepted: (string | undefined)[] = [];
  /** The answers with a status and headers alone. */
  const bare: Record<string, [number, Record<string, string>?]> = {
    '/moved': [301, { location: '/whd24/schedule.xml' }],
    '/busy.xml': [429, { 'retry-after': '90' }],
    // Retry-After as a date, which pycon does not reckon from.
    '/down.xml': [503, { 'retry-after': 'Fri, 31 Dec 2027 23:59:59 GMT' }],
    '/brief.xml': [503, { 'retry-after': '30' }],
    '/throttled.xml': [429],
    '/members/schedule.xml': [401, { 'www-authenticate': 'Basic realm="members"' }],
    '/blank.xml': [204],
    '/closed-tonight.xml': [503, { 'retry-after': '10800' }],
    '/private/schedule/export/schedule.xml': [403],
    '/loop': [302, { location: '/loop' }],
    '/to-ftp': [302, { location: 'ftp://127.0.0.1/schedule.xml' }],
    '/unreleased/schedule/export/schedule.xml': [302, { location: '/login/?next=/unreleased/' }],
  };
  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '/';
      if (silent.has(path)) return; // never answers
      const answer = bare[path];
      if (answer) {
        response.writeHead(...answer);
        response.end();
      } else if (path === '/whd24/schedule.xml') {
        accepted.push(request.headers.accept);
        response.writeHead(200, { 'content-type': 'application/xml', etag: '"v1"' });
        response.end(fixture('winter-hack-days.xml'));
      } else if (path === '/slow.xml') {
        // Half now, the rest after more than a second: long enough for a progress line.
        const body = fixture('winter-hack-days.xml');
        response.writeHead(200, { 'content-type': 'application/xml' });
        response.write(body.slice(0, 1000));
        setTimeout(() => response.end(body.slice(1000)), 1300);
      } else if (path === '/cut.xml') {
        // A tenth of what it promises, then the connection closed.
        const body = fixture('winter-hack-days.xml');
        response.writeHead(200, { 'content-type': 'application/xml', 'content-length': String(body.length) });
        response.write(body.slice(0, body.length / 10));
        setTimeout(() => response.socket?.destroy(), 50);
      } else if (path === '/broken.xml') {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end('oops');
      } else if (path === '/big-slow.xml') {
        // 1.2 MB now, as a big conference's schedule is, and the rest after more than a second.
        const body = fixture('winter-hack-days.xml').replace('<schedule>', `<schedule><!--${' '.repeat(1_200_000)}-->`);
        response.writeHead(200, { 'content-type': 'application/xml' });
        response.write(body.slice(0, 1_200_000));
        setTimeout(() => response.end(body.slice(1_200_000)), 1300);
      } else if (path.startsWith('/democon/') || path.startsWith('/login/')) {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<!DOCTYPE html><html><body>DemoCon</body></html>');
      } else {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not here');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    silent.add('/silent');
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('imports from a URL, keeping where it came from and the ETag', async () => {
    const my = inHome();
    const url = `${base}/whd24/schedule.xml`;
    expect(await my.run(['import', url])).toEqual({ stdout: IMPORTED, stderr: '', code: 0 });
    expect(JSON.parse(readFileSync(join(my.home, 'conferences', 'whd24', 'origin.json'), 'utf8'))).toEqual({
      source: url,
      format: 'frab XML',
      version: 'Lighthouse 1.2',
      readAt: '2026-11-25T12:00:00.000Z',
      etag: '"v1"',
    });
    // Asked for XML or JSON first: a server that answers a browser with its HTML page may give a program the schedule.
    expect(accepted).toEqual(['application/xml, application/json;q=0.9, text/plain;q=0.5, */*;q=0.1']);
  });

  it('draws a progress line on a terminal while a download takes more than a second, and clears it', async () => {
    const home = makeHome();
    const slow = await run(['import', `${base}/slow.xml`], { env: { PYCON_HOME: home }, stderrTTY: true });
    expect(slow.code).toBe(0);
    const line = `Downloading ${base}/slow.xml … 1 kB`;
    expect(slow.stderr).toBe(`\r${line}\r${' '.repeat(line.length)}\r`);
    const piped = await run(['import', `${base}/slow.xml`, '--as', 'again'], { env: { PYCON_HOME: home } });
    expect([piped.code, piped.stderr]).toEqual([0, '']);
    const big = await run(['import', `${base}/big-slow.xml`, '--as', 'big'], { env: { PYCON_HOME: home }, stderrTTY: true });
    const bigLine = `Downloading ${base}/big-slow.xml … 1.2 MB`;
    expect([big.code, big.stderr]).toEqual([0, `\r${bigLine}\r${' '.repeat(bigLine.length)}\r`]);
  });

  it('follows a redirect', async () => {
    expect((await inHome().run(['import', `${base}/moved`])).code).toBe(0);
  });

  it('names an HTTP status, a web page, a server that never answers, a refused connection, an unknown host and a connection closed mid-way', async () => {
    const my = inHome();
    expect(await my.run(['import', `${base}/nothing.xml`])).toEqual({
      stdout: '',
      stderr: `pycon: ${base}/nothing.xml answered 404 Not Found; check the URL.\n`,
      code: 1,
    });
    // A server's own error (5xx) may pass, so the sentence says to try again later.
    expect((await my.run(['import', `${base}/broken.xml`])).stderr).toBe(
      `pycon: ${base}/broken.xml answered 500 Internal Server Error; check the URL, or try again later.\n`,
    );
    expect((await my.run(['import', `${base}/democon/`])).stderr).toBe(
      `pycon: Cannot import ${base}/democon/: this is a web page, not a schedule; pretalx publishes it at ${base}/democon/schedule/export/schedule.xml; nothing was imported.\n`,
    );
    const host = base.replace('http://', '');
    expect(await my.run(['import', `${base}/silent`], { PYCON_FETCH_TIMEOUT: '0.3' })).toEqual({
      stdout: '',
      stderr: `pycon: ${host} did not answer within 0.3 s; check your connection and try again.\n`,
      code: 1,
    });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect((await my.run(['import', `http://127.0.0.1:${port}/schedule.xml`])).stderr).toBe(
      `pycon: 127.0.0.1:${port} refused the connection; check the URL, or try again when the server is up.\n`,
    );
    // Port 25 is mail's: fetch refuses it before connecting.
    expect((await my.run(['import', 'http://127.0.0.1:25/schedule.xml'])).stderr).toBe(
      'pycon: Cannot download http://127.0.0.1:25/schedule.xml: port 25 belongs to another service, so web clients refuse it; check the URL.\n',
    );
    expect((await my.run(['import', 'http://nosuch.invalid/schedule.xml'])).stderr).toBe(
      'pycon: Cannot find the host nosuch.invalid (no such name in DNS); check the URL and your connection.\n',
    );
    expect(await my.run(['import', `${base}/cut.xml`])).toEqual({
      stdout: '',
      stderr: `pycon: ${host} closed the connection mid-way; try again.\n`,
      code: 1,
    });
    expect((await my.run(['import', `${base}/blank.xml`])).stderr).toBe(
      `pycon: Cannot import ${base}/blank.xml: it is empty; nothing was imported.\n`,
    );
    // A server that is not a web server, as at the port of SSH given by mistake, greets in its own protocol.
    const ssh = createNetServer((socket) => socket.end('SSH-2.0-OpenSSH_9.6\r\n'));
    await new Promise<void>((resolve) => ssh.listen(0, '127.0.0.1', resolve));
    const sshHost = `127.0.0.1:${(ssh.address() as AddressInfo).port}`;
    try {
      expect(await my.run(['import', `http://${sshHost}/schedule.xml`])).toEqual({
        stdout: '',
        stderr: `pycon: ${sshHost} did not answer in HTTP, so it is not a web server; check the URL and its port.\n`,
        code: 1,
      });
    } finally {
      ssh.close();
    }
    expect(existsSync(join(my.home, 'conferences'))).toBe(false);
  });

  it('says what to do about a busy server, a private schedule, endless redirects, another scheme and a short answer', async () => {
    const my = inHome();
    const said = async (path: string) => (await my.run(['import', path.startsWith('/') ? `${base}${path}` : path])).stderr;
    expect(await my.run(['import', `${base}/busy.xml`])).toEqual({
      stdout: '',
      stderr: `pycon: ${base}/busy.xml answered 429 Too Many Requests; the server is busy, so try again in 2 minutes.\n`,
      code: 1,
    });
    expect(await said('/down.xml')).toBe(
      `pycon: ${base}/down.xml answered 503 Service Unavailable; the server is busy, so try again later.\n`,
    );
    expect(await said('/brief.xml')).toBe(
      `pycon: ${base}/brief.xml answered 503 Service Unavailable; the server is busy, so try again in a minute.\n`,
    );
    expect(await said('/throttled.xml')).toBe(
      `pycon: ${base}/throttled.xml answered 429 Too Many Requests; the server is busy, so try again later.\n`,
    );
    expect(await said('/members/schedule.xml')).toBe(
      `pycon: ${base}/members/schedule.xml answered 401 Unauthorized; the schedule is not public, or not yet, so check the URL.\n`,
    );
    expect(await said('/closed-tonight.xml')).toBe(
      `pycon: ${base}/closed-tonight.xml answered 503 Service Unavailable; the server is busy, so try again in 3 hours.\n`,
    );
    expect(await said('/private/schedule/export/schedule.xml')).toBe(
      `pycon: ${base}/private/schedule/export/schedule.xml answered 403 Forbidden; the schedule is not public, or not yet, so check the URL.\n`,
    );
    expect(await said('/loop')).toBe(`pycon: ${base}/loop redirects again and again (more than 20 times); check the URL.\n`);
    expect(await said('/to-ftp')).toBe(
      `pycon: ${base}/to-ftp redirects to an address that is not http or https; download the schedule another way and import the file.\n`,
    );
    // Fewer bytes than promised, then the connection closed, which ends an HTTP/1.0 answer (as Python's http.server sends).
    const short = createNetServer((socket) =>
      socket.end(`HTTP/1.0 200 OK\r\nContent-Length: 9000\r\n\r\n${fixture('winter-hack-days.xml').slice(0, 1000)}`),
    );
    await new Promise<void>((resolve) => short.listen(0, '127.0.0.1', resolve));
    const host = `127.0.0.1:${(short.address() as AddressInfo).port}`;
    try {
      expect(await said(`http://${host}/schedule.xml`)).toBe(`pycon: ${host} closed the connection mid-way; try again.\n`);
    } finally {
      short.close();
    }
    expect(existsSync(join(my.home, 'conferences'))).toBe(false);
  });

  it('names the page a redirect led to, and no schedule address when the URL is one already', async () => {
    const my = inHome();
    // A page of the event named by its file: the event's folder is the one the file is in.
    expect((await my.run(['import', `${base}/democon/index.html`])).stderr).toBe(
      `pycon: Cannot import ${base}/democon/index.html: this is a web page, not a schedule; pretalx publishes it at ${base}/democon/schedule/export/schedule.xml; nothing was imported.\n`,
    );
    // A talk's page, and the schedule's page: the event is the folder before /talk/ or /schedule/.
    for (const page of ['/democon/talk/XYZ123/', '/democon/schedule/', '/democon/schedule/nojs']) {
      expect((await my.run(['import', `${base}${page}`])).stderr).toBe(
        `pycon: Cannot import ${base}${page}: this is a web page, not a schedule; pretalx publishes it at ${base}/democon/schedule/export/schedule.xml; nothing was imported.\n`,
      );
    }
    expect(await my.run(['import', `${base}/unreleased/schedule/export/schedule.xml`])).toEqual({
      stdout: '',
      stderr: `pycon: Cannot import ${base}/unreleased/schedule/export/schedule.xml: it led to a web page (${base}/login/?next=/unreleased/), not a schedule; the event has not published its schedule there, or not publicly; nothing was imported.\n`,
      code: 1,
    });
    expect(existsSync(join(my.home, 'conferences'))).toBe(false);
  });

  it("says when a site's certificate is not trusted, and imports nothing", async () => {
    const my = inHome();
    // A certificate of its own making, which no authority vouches for, as a misconfigured site has.
    const [key, cert] = [join(my.home, 'key.pem'), join(my.home, 'cert.pem')];
    const request = 'req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj /CN=127.0.0.1';
    const made = spawnSync('openssl', [...request.split(' '), '-keyout', key, '-out', cert]);
    expect(made.status, made.error?.message ?? made.stderr.toString()).toBe(0);
    const secure = createTlsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_, response) =>
      response.end(fixture('winter-hack-days.xml')),
    );
    await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
    try {
      const host = `127.0.0.1:${(secure.address() as AddressInfo).port}`;
      expect(await my.run(['import', `https://${host}/schedule.xml`])).toEqual({
        stdout: '',
        stderr: `pycon: Cannot download from ${host}: its certificate is not trusted (DEPTH_ZERO_SELF_SIGNED_CERT); check the URL.\n`,
        code: 1,
      });
    } finally {
      secure.closeAllConnections();
      secure.close();
    }
    expect(existsSync(join(my.home, 'conferences'))).toBe(false);
  });
});
