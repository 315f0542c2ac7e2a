import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { inHome, makeHome, repoRoot, run, runTTY } from '../helpers/run.js';
import { homeWithOneDay } from '../helpers/schedules.js';

const ids = (talks: { id: string }[]) => talks.map((talk) => talk.id);

describe('pycon now', () => {
  it('lists exactly the talks running, and the next in each room', async () => {
    const { stdout } = await run(['now', '--json', '--now', '2019-05-04T14:40-04:00']);
    const data = JSON.parse(stdout);
    expect(data.at).toBe('2019-05-04T14:40:00-04:00');
    expect(ids(data.now)).toEqual([
      'statistical-profiling-and-other-fun-with-the-sys-module',
      'leveraging-the-type-system-to-write-secure-applications',
      'type-hinting-and-mypy',
      'building-an-open-source-artificial-pancreas',
      '8-things-that-happen-at-the-dot-attribute-access-descriptors',
    ]);
    expect(data.next.map((talk: { start: string }) => talk.start)).toEqual(Array(5).fill('2019-05-04T15:15:00-04:00'));
  });

  it('marks your talks ★, says which is your next, and carries inItinerary in the JSON', async () => {
    const home = makeHome();
    await run(['add', 'exceptional', 'statistical-profiling', 'beeware'], { env: { PYCON_HOME: home } });
    const { stdout } = await runTTY(['now', '--now', 'sat 14:40'], 80, { env: { PYCON_HOME: home } });
    expect(stdout.split('\n').slice(0, 7)).toEqual([
      'Saturday 4 May 2019, 14:40 (America/New_York)',
      '★ your next: Exceptional Exceptions - How to properly raise, handle and create…',
      '             15:15 in Atrium Ballroom AB, in 35 min',
      '',
      'Atrium Ballroom AB',
      '★ now   14:35–15:05  Statistical Profiling (and other fun with th… · 25 min left',
      '★ next  15:15–15:45  Exceptional Exceptions - How to properly raise… · in 35 min',
    ]);
    expect(stdout).toContain('\n  now   14:35–15:05  Type hinting (and mypy) · 25 min left\n');
    // Wide enough, your next is one line.
    const wide = await runTTY(['now', '--now', 'sat 14:40'], 140, { env: { PYCON_HOME: home } });
    expect(wide.stdout.split('\n')[1]).toBe(
      '★ your next: Exceptional Exceptions - How to properly raise, handle and create them., 15:15 in Atrium Ballroom AB, in 35 min',
    );
    const evening = await runTTY(['now', '--now', 'sat 21:00'], 80, { env: { PYCON_HOME: home } });
    expect(evening.stdout.split('\n').slice(1, 3)).toEqual([
      '★ your next: 5 Steps to Build Python Native GUI Widgets for BeeWare',
      '             tomorrow 14:30 in Grand Ballroom A',
    ]);
    // Two days off, the talk's weekday.
    const later = makeHome();
    await run(['add', 'plugins'], { env: { PYCON_HOME: later } });
    const friday = await runTTY(['now', '--now', 'fri 10:00'], 80, { env: { PYCON_HOME: later } });
    expect(friday.stdout.split('\n').slice(1, 3)).toEqual([
      '★ your next: Plugins: Adding Flexibility to Your Apps',
      '             Sunday 13:10 in Room 26A/B/C',
    ]);
    const data = JSON.parse((await run(['now', '--json', '--now', 'sat 14:40'], { env: { PYCON_HOME: home } })).stdout);
    expect(data.now.map((talk: { inItinerary: boolean }) => talk.inItinerary)).toEqual([true, false, false, false, false]);
  });

  it('puts the when under the title where a narrow terminal leaves the title too little room', async () => {
    const { stdout } = await runTTY(['now', '--now', 'sat 14:40'], 40);
    expect(stdout.split('\n').slice(0, 8)).toEqual([
      // The heading too is wrapped between words, not cut by the terminal inside the zone's name.
      'Saturday 4 May 2019, 14:40',
      '(America/New_York)',
      '',
      'Atrium Ballroom AB',
      '  now   14:35–15:05  Statistical Profil…',
      '                     25 min left',
      '  next  15:15–15:45  Exceptional Except…',
      '                     in 35 min',
    ]);
  });

  it('gives every talk on in a room the schedule books twice, and the first listed of those starting next', async () => {
    const my = await homeWithOneDay('Booked Twice', [
      { id: 1, start: '10:00', duration: '01:00', room: 'Hall', title: 'Long talk' },
      { id: 2, start: '10:30', duration: '00:30', room: 'Hall', title: 'Overlapping talk' },
      { id: 3, start: '11:00', duration: '00:30', room: 'Hall', title: 'Eleven one' },
      { id: 4, start: '11:00', duration: '00:30', room: 'Hall', title: 'Eleven two' },
    ]);
    expect((await my.runTTY(['now', '--now', 'sat 10:40'])).stdout).toBe(
      [
        'Saturday 1 February 2025, 10:40 (Europe/Brussels)',
        '',
        'Hall',
        '  now   10:00–11:00  Long talk · 20 min left',
        '  now   10:30–11:00  Overlapping talk · 20 min left',
        '  next  11:00–11:30  Eleven one · in 20 min',
        '',
      ].join('\n'),
    );
  });

  it('never gives a talk starting this minute as both on now and next', async () => {
    const data = JSON.parse((await run(['now', '--json', '--now', '2019-05-04T15:15-04:00'])).stdout);
    expect(data.now.map((talk: { start: string }) => talk.start)).toEqual(Array(5).fill('2019-05-04T15:15:00-04:00'));
    expect(data.next.map((talk: { start: string }) => talk.start.slice(11, 16))).toEqual(['16:15', '16:15', '16:30', '16:30', '16:30']);
  });

  it('shows minutes left and minutes to go for people', async () => {
    const { stdout } = await runTTY(['now', '--now', 'sat 14:40'], 80);
    expect(stdout).toBe(
      [
        'Saturday 4 May 2019, 14:40 (America/New_York)',
        '',
        'Atrium Ballroom AB',
        '  now   14:35–15:05  Statistical Profiling (and other fun with th… · 25 min left',
        '  next  15:15–15:45  Exceptional Exceptions - How to properly raise… · in 35 min',
        '',
        'Grand Ballroom A',
        '  now   14:35–15:05  Leveraging the Type System to Write Secure A… · 25 min left',
        '  next  15:15–15:45  Put down the deep learning: When not to use ne… · in 35 min',
        '',
        'Grand Ballroom B',
        '  now   14:35–15:05  Type hinting (and mypy) · 25 min left',
        '  next  15:15–16:00  Shipping your first Python package and automat… · in 35 min',
        '',
        'Grand Ballroom C',
        '  now   14:35–15:05  Building an Open Source Artificial Pancreas · 25 min left',
        '  next  15:15–16:00  Does remote work really work? · in 35 min',
        '',
        'Room 26A/B/C',
        '  now   14:35–15:05  8 things that happen at the dot: Attribute A… · 25 min left',
        '  next  15:15–16:00  Eita! Why Internationalization and Localizatio… · in 35 min',
        '',
      ].join('\n'),
    );
    expect(stdout.trimEnd().split('\n').length).toBeLessThanOrEqual(23);
  });

  it("gives the next day's first talks in the evening", async () => {
    const { stdout } = await run(['now', '--json', '--now', 'sat 21:00']);
    const data = JSON.parse(stdout);
    expect(data.now).toEqual([]);
    expect(data.next.map((talk: { start: string }) => talk.start)).toEqual(Array(5).fill('2019-05-05T13:10:00-04:00'));
    const people = await runTTY(['now', '--now', 'sat 21:00'], 80);
    // The span names the day and the time: the rest says which day that is.
    expect(people.stdout).toContain('  next  Sun 13:10–13:40  Building a Culture of Observability · tomorrow\n');
    const friday = await runTTY(['now', '--now', 'fri 09:00'], 80);
    expect(friday.stdout).toContain(' · in 1 h 50 min\n');
  });

  it('reads a time the clocks skip an hour on, as calendars do, and says so once', async () => {
    // 10 March 2019, 02:00 in New York: the clocks go forward to 03:00. By the store's zone rules, and by the tz database in 2020.
    const spring = await run(['timetable', 'today', '--now', '2019-03-10 02:30']);
    expect(spring.stderr).toBe(
      '--now "2019-03-10 02:30" is a time the clocks skip in America/New_York, as they go forward; it is read as 03:30.\n' +
        'pycon: 2019-03-10 is not a conference day; it runs Friday 3 – Sunday 5 May 2019, so try friday instead.\n',
    );
    const later = await run(['now', '--json', '--now', '2020-03-08 02:30']);
    expect(JSON.parse(later.stdout).at).toBe('2020-03-08T03:30:00-04:00');
    expect(later.stderr).toBe(
      '--now "2020-03-08 02:30" is a time the clocks skip in America/New_York, as they go forward; it is read as 03:30.\n',
    );
    // Read for the day to show, and again for the line that marks now in the grid.
    const grid = await runTTY(['timetable', '--now', '2019-03-10 02:30'], 80);
    expect(grid.stderr).toBe(
      '--now "2019-03-10 02:30" is a time the clocks skip in America/New_York, as they go forward; it is read as 03:30.\n',
    );
    const at = await run(['talks', '--at', 'sat 14:40']);
    expect(at.stderr).toBe('');
    // An instant with its offset is no time on the conference's clock to check.
    expect((await run(['now', '--json', '--now', '2019-03-10T02:30-05:00'])).stderr).toBe('');
    // A time given to the second is on the clock all the same.
    expect((await run(['now', '--json', '--now', '2019-05-04 14:40:15'])).stderr).toBe('');
  });

  it('says how long until a talk after midnight, late in the evening, and a day and a time for one further off', async () => {
    const my = inHome();
    expect((await my.run(['import', join(repoRoot, 'test', 'fixtures', 'schedules', 'winter-hack-days.xml')])).code).toBe(0);
    expect((await my.run(['add', 'late-night'])).code).toBe(0);
    expect((await runTTY(['now', '--now', 'fri 23:00'], 80, { env: { PYCON_HOME: my.home } })).stdout).toBe(
      [
        'Friday 27 December 2024, 23:00 (Europe/Berlin)',
        '★ your next: Late Night Film: 真夜中の映画',
        '             tomorrow 00:30 in Saal 1, in 1 h 30 min',
        '',
        'Saal 1',
        '★ next  Sat 00:30–02:00  Late Night Film: 真夜中の映画 · in 1 h 30 min',
        '',
        'Saal G',
        '  next  Sat 11:00–11:30  Rust for Hardware · tomorrow',
        '',
      ].join('\n'),
    );
    expect((await runTTY(['now', '--now', 'fri 16:50'], 80, { env: { PYCON_HOME: my.home } })).stdout.split('\n')[1]).toBe(
      '★ your next: Late Night Film: 真夜中の映画, tomorrow 00:30 in Saal 1',
    );
  });

  it('names the weekday of a start or end on another day than now, as a hackathon of two nights has', async () => {
    const my = await homeWithOneDay('Hack Days', [
      { id: 1, start: '10:00', duration: '40:00', room: 'Hall', title: 'The Hackathon' },
      { id: 2, start: '11:00', duration: '00:30', room: 'Nook', title: 'Lightning talks' },
      { id: 3, date: '2025-02-02', start: '00:30', duration: '01:00', room: 'Nook', title: 'Night film' },
    ]);
    expect((await my.runTTY(['now', '--now', '2025-02-01 11:10'])).stdout.split('\n').slice(2, 4)).toEqual([
      'Hall',
      '  now   10:00–Mon 02:00  The Hackathon · 38 h 50 min left',
    ]);
    expect((await my.runTTY(['now', '--now', '2025-02-02 09:00'])).stdout).toBe(
      ['Sunday 2 February 2025, 09:00 (Europe/Brussels)', '', 'Hall', '  now   Sat 10:00–Mon 02:00  The Hackathon · 17 h left', ''].join(
        '\n',
      ),
    );
    // Everywhere its span is shown: its end's clock time alone would read as the same night's.
    expect((await my.runTTY(['show', 'hackathon'])).stdout.split('\n')[1]).toBe(
      'Saturday 1 February 2025, 10:00–Mon 02:00 (Europe/Brussels) · Hall',
    );
    expect((await my.runTTY(['show', 'hackathon'])).stdout.split('\n').slice(-4)).toEqual([
      'At the same time:',
      '  11:00–11:30      Nook  Lightning talks',
      '  Sun 00:30–01:30  Nook  Night film',
      '',
    ]);
    expect((await my.runTTY(['talks'])).stdout.split('\n')[1]).toBe('  the  Sat 10:00–Mon 02:00 · Hall');
    expect((await my.runTTY(['timetable'])).stdout).toContain('┤ until Mon 02:00 ');
    // In a day's list, every time takes the width of the longest, so that the titles stay in line.
    expect((await my.run(['add', 'hackathon', 'lightning'])).code).toBe(0);
    expect((await my.runTTY(['itinerary'])).stdout.split('\n').slice(3)).toEqual([
      '! Clash: 30 min overlap',
      '! 10:00–Mon 02:00  The Hackathon',
      '!                  Hall · the',
      '! 11:00–11:30      Lightning talks',
      '!                  Nook · lightning',
      '',
    ]);
  });

  it('shows only the rooms asked for, one or a building, and says when nothing more runs in them', async () => {
    const my = inHome();
    expect((await my.run(['import', join(repoRoot, 'test', 'fixtures', 'schedules', 'winter-hack-days.xml')])).code).toBe(0);
    const now = (...argv: string[]) => runTTY(['now', '--now', 'sat 03:00', ...argv], 80, { env: { PYCON_HOME: my.home } });
    expect((await now('--room', 'Saal*')).stdout).toBe(
      ['Saturday 28 December 2024, 03:00 (Europe/Berlin)', '', 'Saal G', '  next  11:00–11:30  Rust for Hardware · in 8 h', ''].join('\n'),
    );
    // In another zone, the conference's own clock beside it, named by its zone's city when the schedule names no place.
    expect((await now('--room', 'Saal G', '--tz', 'America/Los_Angeles')).stdout.split('\n')[0]).toBe(
      'Friday 27 December 2024, 18:00 (America/Los_Angeles; Sat 03:00 in Berlin)',
    );
    expect(await now('--room', 'saal 1')).toMatchObject({
      code: 0,
      stdout: 'Nothing more runs in Saal 1; "pycon now" shows every room.\n',
    });
    const { stdout } = await runTTY(['now', '--now', 'sat 14:40', '--room', 'Grand Ballroom *'], 80);
    expect(stdout.split('\n').filter((line) => line.startsWith('Grand') || line.startsWith('Room'))).toEqual([
      'Grand Ballroom A',
      'Grand Ballroom B',
      'Grand Ballroom C',
    ]);
  });

  it('says when nothing more runs in the rooms of a building, and gives a talk of yours starting this minute as on now, not next', async () => {
    const my = await homeWithOneDay('Buildings', [
      { id: 1, start: '10:00', duration: '00:30', room: 'K.1', title: 'Kernel news' },
      { id: 2, start: '10:00', duration: '00:30', room: 'K.2', title: 'Keyboards' },
      { id: 3, start: '14:00', duration: '01:00', room: 'H.1', title: 'Hardware hacking' },
      { id: 4, start: '16:00', duration: '00:30', room: 'H.1', title: 'Closing' },
    ]);
    expect(await my.runTTY(['now', '--now', 'sat 12:00', '--room', 'K.*'])).toEqual({
      stdout: 'Nothing more runs in the rooms of K.*; "pycon now" shows every room.\n',
      stderr: '',
      code: 0,
    });
    await my.run(['add', 'hardware', 'closing']);
    expect((await my.runTTY(['now', '--now', 'sat 14:00'])).stdout.split('\n').slice(0, 6)).toEqual([
      'Saturday 1 February 2025, 14:00 (Europe/Brussels)',
      '★ your next: Closing, 16:00 in H.1, in 2 h',
      '',
      'H.1',
      '★ now   14:00–15:00  Hardware hacking · 1 h left',
      '★ next  16:00–16:30  Closing · in 2 h',
    ]);
  });

  it('says the conference is over after it', async () => {
    const { stdout, code } = await runTTY(['now'], 80);
    expect(code).toBe(0);
    expect(stdout).toBe('PyCon US 2019 is over: it ran Friday 3 – Sunday 5 May 2019; see any day with\n"pycon timetable friday".\n');
  });
});

describe('pycon days, rooms, speakers and speaker', () => {
  it('lists the days', async () => {
    expect((await runTTY(['days'])).stdout).toBe(
      [
        'Date        Day       Talks  First  Last',
        '2019-05-03  Friday       40  10:50  17:40',
        '2019-05-04  Saturday     40  10:50  17:40',
        '2019-05-05  Sunday       15  13:10  15:00',
        '',
      ].join('\n'),
    );
    // On a narrow screen the weekday gives way, and the times stay whole.
    expect((await runTTY(['days'], 36)).stdout.split('\n').slice(0, 3)).toEqual([
      'Date        Day  Talks  First  Last',
      '2019-05-03  Fr…     40  10:50  17:40',
      '2019-05-04  Sa…     40  10:50  17:40',
    ]);
    expect(JSON.parse((await run(['days', '--json'])).stdout)[2]).toEqual({
      date: '2019-05-05',
      day: 'Sunday',
      talks: 15,
      firstStart: '2019-05-05T13:10:00-04:00',
      lastEnd: '2019-05-05T15:00:00-04:00',
    });
  });

  it('lists the rooms with talks per day', async () => {
    expect((await runTTY(['rooms'])).stdout.split('\n').slice(0, 3)).toEqual([
      'Room                Fri  Sat  Sun  Total',
      'Atrium Ballroom AB    8    8    3     19',
      'Grand Ballroom A      8    8    3     19',
    ]);
    expect(JSON.parse((await run(['rooms', '--json'])).stdout)[4]).toEqual({
      name: 'Room 26A/B/C',
      talks: 19,
      days: [
        { date: '2019-05-03', talks: 8 },
        { date: '2019-05-04', talks: 8 },
        { date: '2019-05-05', talks: 3 },
      ],
    });
  });

  it('lists every speaker with their talk count', async () => {
    const speakers = JSON.parse((await run(['speakers', '--json'])).stdout) as { name: string; talks: unknown[] }[];
    expect(speakers.length).toBeGreaterThan(90);
    expect(speakers.find((speaker) => speaker.name === 'Lady Red / Christopher Beacham')?.talks).toHaveLength(1);
    expect((await run(['speakers'])).stdout.split('\n')[0]).toBe('A. Jesse Jiryu Davis\t1');
    // By the locale's collation: Łukasz under L, between Luciano and Lynn.
    const names = speakers.map((speaker) => speaker.name);
    expect(names.slice(names.indexOf('Luciano Ramalho'), names.indexOf('Luciano Ramalho') + 3)).toEqual([
      'Luciano Ramalho',
      'Łukasz Langa',
      'Lynn Root',
    ]);
  });

  it('finds a speaker by either stage or given name, without accents, with a typo', async () => {
    for (const name of [['lady', 'red'], ['christopher', 'beacham'], ['belanger'], ['belangr'], ['lukasz']]) {
      const { stdout, code } = await run(['speaker', ...name, '--json']);
      expect(code, name.join(' ')).toBe(0);
      expect(JSON.parse(stdout)).toHaveLength(1);
    }
    const { stdout } = await runTTY(['speaker', 'christopher', 'beacham']);
    expect(stdout).toBe(
      'Lady Red / Christopher Beacham\n\nA Medieval DSL? Parsing Heraldic Blazons with Python!\n  a-medieval  Lady Red / Christopher Beacham · Sat 17:10–17:40 ·\n              Grand Ballroom C\n',
    );
  });

  it('says how to list speakers when none matches, exit 1', async () => {
    expect(await run(['speaker', 'zzqqxx'])).toEqual({
      stdout: '',
      stderr: 'pycon: No speaker matches "zzqqxx"; "pycon speakers" lists everyone.\n',
      code: 1,
    });
  });
});
