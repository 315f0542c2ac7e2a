import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { homeWithWinterHackDays, inHome, makeHome, repoRoot, run, runTTY } from '../helpers/run.js';
import { homeWithOneDay } from '../helpers/schedules.js';

describe('pycon show', () => {
  it('says when else a talk given twice is on, its handle whole', async () => {
    const my = await homeWithWinterHackDays();
    expect((await my.runTTY(['show', 'rust-for-hardware'], 40)).stdout.split('\n').slice(3, 8)).toEqual([
      '(Europe/Berlin) · Saal G',
      'Hardware · Workshop · de',
      'id: rust-for-hardware',
      'also given Sat 11:00–11:30 · Saal G ·',
      'rust-for-hardware-2',
    ]);
    expect((await my.runTTY(['show', 'rust-for-hardware-2'])).stdout.split('\n')[5]).toBe(
      'also given Fri 16:00–16:30 · Saal G · rust-for-hardware',
    );
    expect((await my.runTTY(['show', 'lets'])).stdout).not.toContain('also given');
  });

  it('names the weekday a talk of exactly a day ends on, and only the clock of one a minute shorter', async () => {
    const my = await homeWithOneDay('Day Con', [
      { id: 1, start: '10:00', duration: '24:00', room: 'Lab', title: 'Round the clock' },
      { id: 2, start: '10:00', duration: '23:59', room: 'Hall', title: 'Nearly' },
    ]);
    expect((await my.runTTY(['show', 'round'])).stdout.split('\n')[1]).toBe(
      'Saturday 1 February 2025, 10:00–Sun 10:00 (Europe/Brussels) · Lab',
    );
    expect((await my.runTTY(['show', 'nearly'])).stdout.split('\n')[1]).toBe(
      'Saturday 1 February 2025, 10:00–09:59 (Europe/Brussels) · Hall',
    );
  });

  it('leaves no blank lines for a talk with no description', async () => {
    const my = await homeWithOneDay('Winter Con', [
      { id: 1, start: '10:00', duration: '00:30', room: 'Main', title: 'Untold' },
      { id: 2, start: '10:00', duration: '00:30', room: 'Side', title: 'Beside' },
    ]);
    expect((await my.runTTY(['show', 'untold'], 80)).stdout).toBe(
      [
        'Untold',
        'Saturday 1 February 2025, 10:00–10:30 (Europe/Brussels) · Main',
        'id: untold',
        '',
        'At the same time:',
        '  10:00–10:30  Side  Beside',
        '',
      ].join('\n'),
    );
  });

  it('wraps its lines of parts between the parts on a narrow terminal: an id stays whole to copy', async () => {
    const { stdout } = await runTTY(['show', 'advanced-asyncio'], 40);
    expect(stdout.split('\n').slice(0, 7)).toEqual([
      'Advanced asyncio: Solving Real-world',
      'Production Problems',
      'Lynn Root',
      'Saturday 4 May 2019, 12:10–12:55',
      '(America/New_York) · Grand Ballroom C',
      'handle: advanced ·',
      'id: advanced-asyncio-solving-real-world-production-problems',
    ]);
    // A title that would get fewer than ten columns beside its time and room takes the next line.
    expect(stdout.split('\n').slice(-5, -1)).toEqual([
      '  12:10–12:55  Grand Ballroom B',
      '    The Elephant and the Serpent: Using…',
      '  12:10–12:55  Room 26A/B/C',
      '    Instant serverless APIs, powered by…',
    ]);
  });

  it('shows everything about a talk, wrapped, and what runs alongside', async () => {
    const { stdout, code } = await runTTY(['show', 'advanced-asyncio'], 80);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Advanced asyncio: Solving Real-world Production Problems',
        'Lynn Root',
        'Saturday 4 May 2019, 12:10–12:55 (America/New_York) · Grand Ballroom C',
        'handle: advanced · id: advanced-asyncio-solving-real-world-production-problems',
        '',
        'Everyone’s talking about it. Everyone’s using it. But most likely, they’re doing',
        'it wrong, just like we did. By building a simplified chaos monkey service, we',
        'will walk through how to create a good foundation for an asyncio-based service,',
        'including graceful shutdowns, proper exception handling, and testing',
        'asynchronous code. We’ll get into the hairier topics as well, covering topics',
        'like working with synchronous code, debugging and profiling, and working with',
        'threaded code. We’ll learn how to approach asynchronous and concurrent',
        'programming with Python’s `asyncio` library, take away some best practices, and',
        'learn what pitfalls to avoid.',
        '',
        'At the same time:',
        '  12:10–12:40  Atrium Ballroom AB  Django Channels in practice',
        '  12:10–12:40  Grand Ballroom A    Assets in Django without losing your hair',
        '  12:10–12:55  Grand Ballroom B    The Elephant and the Serpent: Using Mastodon…',
        '  12:10–12:55  Room 26A/B/C        Instant serverless APIs, powered by SQLite',
        '',
      ].join('\n'),
    );
  });

  it('marks a talk of your itinerary ★, here and among those at the same time', async () => {
    const env = { PYCON_HOME: makeHome() };
    await run(['add', 'advanced', 'instant'], { env });
    const lines = (await runTTY(['show', 'advanced'], 80, { env })).stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '★ Advanced asyncio: Solving Real-world Production Problems',
      'Lynn Root',
      'Saturday 4 May 2019, 12:10–12:55 (America/New_York) · Grand Ballroom C',
      'handle: advanced · id: advanced-asyncio-solving-real-world-production-problems',
      '★ in your itinerary',
    ]);
    expect(lines.at(-2)).toBe('  12:10–12:55  Room 26A/B/C        ★ Instant serverless APIs, powered by SQLite');
  });

  it('prints the Talk as --json', async () => {
    const { stdout } = await run(['show', 'Advanced asyncio: Solving Real-world Production Problems', '--json']);
    expect(JSON.parse(stdout)).toMatchObject({ id: 'advanced-asyncio-solving-real-world-production-problems', room: 'Grand Ballroom C' });
  });

  it('shows times in another zone with --tz', async () => {
    const { stdout } = await runTTY(['show', 'dont-be-a-robot-build-the-bot', '--tz', 'Europe/Berlin'], 80);
    expect(stdout.split('\n').slice(1, 3)).toEqual([
      'Friday 3 May 2019, 16:50–17:20 (Europe/Berlin; 10:50–11:20 in Cleveland) ·',
      'Grand Ballroom B',
    ]);
  });

  it('follows TZ with --tz local', async () => {
    const { stdout } = await runTTY(['show', 'dont-be-a-robot-build-the-bot', '--tz', 'local'], 80, { localZone: 'Asia/Tokyo' });
    expect(stdout.split('\n').slice(1, 3)).toEqual([
      'Friday 3 May 2019, 23:50–00:20 (Asia/Tokyo; 10:50–11:20 in Cleveland) ·',
      'Grand Ballroom B',
    ]);
  });

  it('rejects an unknown zone as a usage error with an example', async () => {
    expect(await run(['show', 'asyncio', '--tz', 'Mars/Olympus'])).toEqual({
      stdout: '',
      stderr: 'pycon: Unknown time zone "Mars/Olympus"; use an IANA name such as --tz Europe/Berlin, or --tz local (here UTC).\n',
      code: 2,
    });
  });

  it('says which zone an unknown one probably means: a typo, a city, a fixed offset', async () => {
    const told = async (zone: string) => {
      const result = await run(['show', 'asyncio', '--tz', zone]);
      return [result.code, result.stderr];
    };
    expect(await told('Europe/Berlinn')).toEqual([2, 'pycon: Unknown time zone "Europe/Berlinn"; did you mean --tz Europe/Berlin?\n']);
    expect(await told('new york')).toEqual([2, 'pycon: Unknown time zone "new york"; did you mean --tz America/New_York?\n']);
    expect(await told('Tokyo')).toEqual([2, 'pycon: Unknown time zone "Tokyo"; did you mean --tz Asia/Tokyo?\n']);
    expect(await told('+01:00')).toEqual([
      2,
      'pycon: Unknown time zone "+01:00"; a fixed offset is --tz Etc/GMT-1 (the tz database turns its sign round), but a place\'s zone, such as --tz Europe/Berlin, also knows its summer time.\n',
    ]);
    expect(await told('+00:00')).toEqual([2, 'pycon: Unknown time zone "+00:00"; did you mean --tz UTC?\n']);
    // Half an hour off has no fixed zone of its own; nor is Europe more than one zone.
    for (const zone of ['+05:30', 'Europe'])
      expect(await told(zone)).toEqual([
        2,
        `pycon: Unknown time zone "${zone}"; use an IANA name such as --tz Europe/Berlin, or --tz local (here UTC).\n`,
      ]);
  });
});

describe('naming a talk', () => {
  it('finds a talk by a unique id prefix, by title words, ignoring case and accents', async () => {
    for (const name of ['advanced-asy', 'ADVANCED ASYNCIO', 'escuincla babosa', 'dont be a robot']) {
      const { code } = await run(['show', name, '--json']);
      expect(code, name).toBe(0);
    }
  });

  it('lets an exact id win over a longer id it prefixes', async () => {
    const { stdout } = await run(['show', 'dont-be-a-robot-build-the-bot', '--json']);
    expect(JSON.parse(stdout).id).toBe('dont-be-a-robot-build-the-bot');
  });

  it('lists the candidates of an ambiguous name with their handles, exit 1', async () => {
    expect(await run(['show', 'testing'])).toEqual({
      stdout: '',
      stderr: [
        'pycon: "testing" matches 4 talks; name one by its handle:',
        '  beyond  (Beyond Two Groups: Generalized Bayesian A/B[/C/D/E...] Testing)',
        '  strategies  (Strategies for testing Async code)',
        '  getting-started-testing  (Getting Started Testing in Data Science)',
        '  escape  (Escape from auto-manual testing with Hypothesis!)',
        '',
      ].join('\n'),
      code: 1,
    });
  });

  it('suggests the closest talks for an unknown name, exit 1', async () => {
    expect(await run(['show', 'asyncoi'])).toEqual({
      stdout: '',
      stderr: [
        'pycon: No talk matches "asyncoi"; the closest are:',
        '  advanced-asyncio-solving-real-world-production-problems  (Advanced asyncio: Solving Real-world Production Problems)',
        '',
      ].join('\n'),
      code: 1,
    });
  });

  it('says how to search when nothing is close, exit 1', async () => {
    expect(await run(['show', 'zzqqxx'])).toEqual({
      stdout: '',
      stderr: 'pycon: No talk matches "zzqqxx"; try "pycon search zzqqxx" or "pycon talks" to list them all.\n',
      code: 1,
    });
  });
});

/** A home that has imported winter-hack-days.xml with the page `url` given to every talk titled `title`. */
async function homeWithPage(title: string, url: string) {
  const my = inHome();
  const source = join(my.home, 'pages.xml');
  const schedule = readFileSync(join(repoRoot, 'test', 'fixtures', 'schedules', 'winter-hack-days.xml'), 'utf8');
  writeFileSync(source, schedule.replaceAll(`<title>${title}</title>`, `<url>${url}</url><title>${title}</title>`));
  expect((await my.run(['import', source])).code).toBe(0);
  return my;
}

describe('naming a talk by its page on the conference site', () => {
  it('finds the talk whose url it is, over http or https, with or without a trailing slash or a #fragment', async () => {
    const my = await homeWithWinterHackDays();
    for (const page of [
      'https://example.org/whd24/talk/101',
      'http://EXAMPLE.org/whd24/talk/101/',
      ' https://example.org/whd24/talk/101#schedule ',
    ]) {
      const { stdout, code } = await my.run(['show', page, '--json']);
      expect(code, page).toBe(0);
      expect(JSON.parse(stdout).id, page).toBe('opening-welcome');
    }
    expect(await my.run(['add', 'https://example.org/whd24/talk/101/'])).toEqual({
      stdout: 'Added "Opening & Welcome" (Fri 10:00–10:30, Saal 1) to itinerary default.\n',
      stderr: '',
      code: 0,
    });
  });

  it("leaves out a query the talk's page does not have, as sharing a link adds, and tells talks apart by one it has", async () => {
    const my = await homeWithPage("Let's Encrypt Everything", 'https://example.org/whd24/talk?id=102');
    const idOf = async (page: string) => JSON.parse((await my.run(['show', page, '--json'])).stdout).id;
    expect(await idOf('https://example.org/whd24/talk/101/?utm_source=chat&utm_medium=social')).toBe('opening-welcome');
    expect(await idOf('https://example.org/whd24/talk?id=102')).toBe('lets-encrypt-everything');
    expect((await my.run(['show', 'https://example.org/whd24/talk?id=103'])).stderr).toBe(
      'pycon: No talk of this conference has the page "https://example.org/whd24/talk?id=103"; try "pycon search" with words of its title, or --conference to read another.\n',
    );
  });

  it('says no talk has a page that is not one of its talks, even one that starts another page, exit 1', async () => {
    const my = await homeWithWinterHackDays();
    expect(await my.run(['show', 'https://example.org/whd24/talk/10'])).toEqual({
      stdout: '',
      stderr:
        'pycon: No talk of this conference has the page "https://example.org/whd24/talk/10"; try "pycon search" with words of its title, or --conference to read another.\n',
      code: 1,
    });
  });

  it('lists both talks of a page that a talk given twice shares, with their handles and starts, exit 1', async () => {
    const my = await homeWithPage('Rust for Hardware', 'https://example.org/whd24/talk/rust');
    expect(await my.run(['show', 'https://example.org/whd24/talk/rust'])).toEqual({
      stdout: '',
      stderr: [
        'pycon: "https://example.org/whd24/talk/rust" matches 2 talks; name one by its handle:',
        '  rust-for-hardware  (Rust for Hardware, Fri 16:00)',
        '  rust-for-hardware-2  (Rust for Hardware, Sat 11:00)',
        '',
      ].join('\n'),
      code: 1,
    });
  });
});

describe('naming nothing', () => {
  it('rejects an empty talk or search as usage errors', async () => {
    expect(await run(['show', ' '])).toEqual({
      stdout: '',
      stderr: 'pycon: Name a talk by its id, a unique start of its id or words of its title, such as "advanced-asyncio".\n',
      code: 2,
    });
    expect(await run(['search', '?'])).toEqual({
      stdout: '',
      stderr: 'pycon: Give words to search for, such as "pycon search asyncio".\n',
      code: 2,
    });
  });
});
