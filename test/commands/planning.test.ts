import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inHome } from '../helpers/run.js';
import { homeWithOneDay, oneDaySchedule, type TestEvent } from '../helpers/schedules.js';

const BEYOND = 'beyond-two-groups-generalized-bayesian-a-b-c-d-e-testing';
const CHANNELS = 'django-channels-in-practice';

describe('priorities', () => {
  it('adds a talk as a must or a maybe, changes the priority of one already there, and shows it', async () => {
    const my = inHome();
    expect((await my.run(['add', '--must', 'beyond'])).stdout).toBe(
      'Added "Beyond Two Groups: Generalized Bayesian A/B[/C/D/E...] Testing" (Sat 11:30–12:00, Grand Ballroom C) to itinerary default as a must.\n',
    );
    await my.run(['add', 'django-channels']);
    expect((await my.run(['add', '--maybe', 'django-channels'])).stdout).toBe(
      '"Django Channels in practice" is now a maybe in itinerary default.\n',
    );
    const data = JSON.parse((await my.run(['itinerary', '--json'])).stdout);
    expect(data.talks.map((talk: { id: string; priority: string }) => [talk.id, talk.priority])).toEqual([
      [BEYOND, 'must'],
      [CHANNELS, 'maybe'],
    ]);
    expect(await my.run(['add', '--must', '--maybe', 'django-channels'])).toEqual({
      stdout: '',
      stderr: 'pycon: A talk is either --must or --maybe, not both; leave both out for want.\n',
      code: 2,
    });
    expect((await my.runTTY(['itinerary'])).stdout.split('\n').slice(3, 7)).toEqual([
      '  11:30–12:00  Beyond Two Groups: Generalized Bayesian A/B[/C/D/E...] Testing',
      '               Grand Ballroom C · beyond · must',
      '  12:10–12:40  Django Channels in practice',
      '               Atrium Ballroom AB · django-channels · maybe',
    ]);
    expect(await my.run(['add', '--must', '--maybe', 'beeware'])).toMatchObject({ code: 2 });
  });

  it('names two musts that clash and leaves the choice to you', async () => {
    const my = inHome();
    await my.run(['add', '--must', 'type-hinting', 'statistical']);
    const { stderr, code } = await my.run(['plan', 'asyncio', '--dry-run']);
    expect(code).toBe(0);
    expect(stderr).toBe(
      '"Statistical Profiling (and other fun with the sys module)" and "Type hinting (and mypy)" are both musts and overlap for 30 minutes; plan keeps both and leaves the choice to you: "pycon drop" one, or "pycon add --maybe" it.\n',
    );
  });

  it('gives up a maybe for a much better match, saying so, and keeps it otherwise', async () => {
    const my = inHome();
    // Dependency hell runs at 11:30, beside Beyond Two Groups; a maybe is worth a title match more than its own match.
    await my.run(['add', '--maybe', 'dependency']);
    const kept = await my.runTTY(['plan', 'testing', '--day', 'sat', '--dry-run']);
    expect(kept.stdout).toContain('               Grand Ballroom B · dependency · already in your itinerary, a\n               maybe\n');
    const traded = await my.runTTY(['plan', 'testing', 'bayesian', 'generalized', '--day', 'sat']);
    expect(traded.stdout.split('\n')[0]).toBe('Plan for testing, bayesian, generalized: 1 new talk, giving up 1 maybe');
    expect(traded.stdout.split('\n').slice(-6)).toEqual([
      'Gives up the maybe "Dependency hell: a library author\'s guide" (Sat 11:30–12:00)',
      'for "Beyond Two Groups: Generalized Bayesian A/B[/C/D/E...] Testing", worth',
      'more.',
      '',
      'Saved: 1 talk added to itinerary default, 1 maybe taken out.',
      '',
    ]);
    const ids = JSON.parse((await my.run(['itinerary', '--json'])).stdout).talks.map((talk: { id: string }) => talk.id);
    expect(ids).toContain(BEYOND);
    expect(ids).not.toContain('dependency-hell-a-library-authors-guide');
  });
});

describe('walks', () => {
  it('says a match is too far a walk to the must after it', async () => {
    const my = inHome();
    await my.run(['rooms', '--walk', 'ballroom c', 'atrium', '25']);
    await my.run(['add', '--must', 'django-channels']);
    const { stdout } = await my.runTTY(['plan', 'bayesian', '--day', 'sat', '--dry-run']);
    expect(stdout.split('\n').slice(7, 11)).toEqual([
      'Left out, as they clash with the plan or are too far a walk from it:',
      '  Beyond Two Groups: Generalized Bayesian A/B[/C/D/E...] Testing',
      '    Sat 11:30–12:00, bayesian (title match), too far a walk to "Django Channels',
      '    in practice"',
    ]);
  });

  it('says what --walk takes when it gets too few words', async () => {
    expect(await inHome().run(['rooms', '--walk', 'Saal 1 to Saal G'])).toEqual({
      stdout: '',
      stderr: 'pycon: --walk takes two rooms and the minutes between them, such as --walk "Saal 1" "Saal G" 5; it got 1 word.\n',
      code: 2,
    });
  });

  it('takes the minutes of a walk as a whole number up to a day, and lists the walks set under the rooms', async () => {
    const my = inHome();
    for (const minutes of ['x', '1441', '2.5']) {
      expect(await my.run(['rooms', '--walk', '26', 'ballroom c', minutes])).toEqual({
        stdout: '',
        stderr: `pycon: "${minutes}" is not a number of minutes; give a whole number such as 5.\n`,
        code: 2,
      });
    }
    expect((await my.run(['rooms', '--walk', '26', 'ballroom c', ' 5 '])).stdout).toBe(
      'Walk between Room 26A/B/C and Grand Ballroom C: 5 minutes, either way.\n',
    );
    expect((await my.runTTY(['rooms'])).stdout.split('\n').slice(-4)).toEqual([
      '',
      'Walks (10 minutes between any other two rooms):',
      '  Room 26A/B/C ↔ Grand Ballroom C: 5 minutes',
      '',
    ]);
    // Piped, the rooms alone; a walk set with --json prints the rooms and every walk.
    expect((await my.run(['rooms'])).stdout).not.toContain('Walks');
    const set = JSON.parse((await my.run(['rooms', '--walk', '26', 'atrium', '7', '--json'])).stdout);
    expect([set.rooms.length, set.walks]).toEqual([
      5,
      [
        { from: 'Room 26A/B/C', to: 'Grand Ballroom C', minutes: 5 },
        { from: 'Room 26A/B/C', to: 'Atrium Ballroom AB', minutes: 7 },
      ],
    ]);
  });

  it('keeps a walk whose room an update took away, and says the schedule no longer has it', async () => {
    const before = [
      { id: 1, start: '10:00', duration: '00:30', room: 'Hall', title: 'Opening' },
      { id: 2, start: '11:00', duration: '00:30', room: 'Annex', title: 'Workshop' },
      { id: 3, start: '12:00', duration: '00:30', room: 'Foyer', title: 'Lunch talk' },
    ];
    const my = await homeWithOneDay('Walk Day', before);
    await my.run(['rooms', '--walk', 'Hall', 'Annex', '5']);
    await my.run(['rooms', '--walk', 'Hall', 'Ann*', '6']);
    await my.run(['rooms', '--walk', 'Annex', 'Foyer', '2']);
    // The Annex becomes Annex B and the Foyer is gone: the building Ann* still holds a room, the Annex itself does not.
    const [opening, workshop, lunch] = before as [TestEvent, TestEvent, TestEvent];
    writeFileSync(
      join(my.home, 'schedule.xml'),
      oneDaySchedule('Walk Day', [opening, { ...workshop, room: 'Annex B' }, { ...lunch, room: 'Hall' }]),
    );
    expect((await my.run(['update'])).code).toBe(0);
    expect((await my.runTTY(['rooms'])).stdout.split('\n').slice(-6)).toEqual([
      '',
      'Walks (10 minutes between any other two rooms):',
      '  Hall ↔ Annex: 5 minutes (not in this schedule: Annex)',
      '  Hall ↔ Ann*: 6 minutes',
      '  Annex ↔ Foyer: 2 minutes (not in this schedule: Annex, Foyer)',
      '',
    ]);
  });

  it('replaces the walk set before between the same two rooms, either way round, and no other', async () => {
    const my = inHome();
    const saved = () => JSON.parse(readFileSync(join(my.home, 'conferences', 'pycon-us-2019', 'walks.json'), 'utf8')).walks;
    await my.run(['rooms', '--walk', 'ballroom c', 'atrium', '25']);
    await my.run(['rooms', '--walk', '26', 'atrium', '7']);
    expect(saved()).toEqual([
      { from: 'Grand Ballroom C', to: 'Atrium Ballroom AB', minutes: 25 },
      { from: 'Room 26A/B/C', to: 'Atrium Ballroom AB', minutes: 7 },
    ]);
    await my.run(['rooms', '--walk', 'atrium', 'ballroom c', '4']);
    expect(saved()).toEqual([
      { from: 'Room 26A/B/C', to: 'Atrium Ballroom AB', minutes: 7 },
      { from: 'Atrium Ballroom AB', to: 'Grand Ballroom C', minutes: 4 },
    ]);
  });

  it('refuses a walk from a room to itself, however it is named, and saves nothing', async () => {
    const my = inHome();
    const rooms = (await my.run(['rooms', '--json'])).stdout;
    expect(await my.run(['rooms', '--walk', 'ballroom a', 'Grand Ballroom A', '3'])).toEqual({
      stdout: '',
      stderr:
        'pycon: Both ends of the walk are Grand Ballroom A, which is no walk from itself; give two rooms, such as --walk "Saal 1" "Saal G" 5.\n',
      code: 2,
    });
    expect((await my.run(['rooms', '--json'])).stdout).toBe(rooms);
    expect((await my.runTTY(['rooms'])).stdout).not.toContain('Walks');
  });

  it('keeps a walk per conference, flags the tight change, and plans none', async () => {
    const my = inHome();
    expect((await my.run(['rooms', '--walk', 'ballroom c', 'atrium', '25'])).stdout).toBe(
      'Walk between Grand Ballroom C and Atrium Ballroom AB: 25 minutes, either way.\n',
    );
    const walks = JSON.parse(readFileSync(join(my.home, 'conferences', 'pycon-us-2019', 'walks.json'), 'utf8'));
    expect(walks).toEqual({ schemaVersion: 1, walks: [{ from: 'Grand Ballroom C', to: 'Atrium Ballroom AB', minutes: 25 }] });
    await my.run(['add', '--must', 'beyond']);
    // Django Channels, in the Atrium 10 minutes after Beyond Two Groups ends, is out of reach: the plan takes the next best.
    const plan = JSON.parse((await my.run(['plan', 'django', '--day', 'sat', '--dry-run', '--json'])).stdout);
    expect(plan.talks.map((talk: { id: string }) => talk.id)).toEqual([
      BEYOND,
      'assets-in-django-without-losing-your-hair',
      'but-why-is-the-django-admin-slow',
    ]);
    // Nor is it a backup for Assets in Django: it could not be reached in time either.
    const backups = JSON.parse((await my.run(['plan', 'django', 'channels', '--day', 'sat', '--dry-run', '--backups', '--json'])).stdout);
    expect(backups.talks.map((talk: { id: string; backups?: { id: string }[] }) => [talk.id, talk.backups?.map((b) => b.id)])).toEqual([
      [BEYOND, undefined],
      ['assets-in-django-without-losing-your-hair', []],
      ['but-why-is-the-django-admin-slow', []],
    ]);
    // For people, the two empty lists say different things: one has a match then, too far a walk away.
    const shown = (await my.runTTY(['plan', 'django', 'channels', '--day', 'sat', '--dry-run', '--backups'])).stdout.split('\n');
    expect(shown.slice(5, 10)).toEqual([
      '  12:10–12:40  Assets in Django without losing your hair',
      '               Grand Ballroom A · assets · matches django (title match)',
      '               no backup: the other matches then are too far a walk away',
      '  13:55–14:25  But, Why is the (Django) Admin Slow?',
      '               Grand Ballroom C · but · matches django (title match)',
    ]);
    // What a walk counts is said once, under everything a walk kept out.
    expect(shown.slice(17, 19)).toEqual(['', 'A walk between two rooms counts 10 minutes unless "pycon rooms --walk" sets it.']);
    // Left out with no clash at all: the walk from the must is what keeps Django Channels out.
    const alone = await my.runTTY(['plan', 'channels', '--day', 'sat', '--dry-run']);
    expect(alone.stdout.split('\n').slice(6)).toEqual([
      'Left out, as they clash with the plan or are too far a walk from it:',
      '  Django Channels in practice',
      '    Sat 12:10–12:40, channels (title match), too far a walk from "Beyond Two',
      '    Groups: Generalized Bayesian A/B[/C/D/E...] Testing"',
      '',
      'A walk between two rooms counts 10 minutes unless "pycon rooms --walk" sets it.',
      '',
      'Dry run: the plan would add nothing to itinerary default; every match clashes',
      'with a talk you have, is too far a walk from one, or is in it already.',
      '',
    ]);
    await my.run(['add', 'django-channels']);
    expect(JSON.parse((await my.run(['itinerary', '--json'])).stdout).tightChanges).toEqual([
      { from: BEYOND, to: CHANNELS, gap: 10, walk: 25 },
    ]);
    expect((await my.runTTY(['itinerary', '--day', 'sat'])).stdout).toContain(
      '               tight: Grand Ballroom C → Atrium Ballroom AB: 10 min, the walk\n               takes 25\n',
    );
    expect((await my.runTTY(['rooms'])).stdout).toMatch(
      /\nWalks \(10 minutes between any other two rooms\):\n {2}Grand Ballroom C ↔ Atrium Ballroom AB: 25 minutes\n$/,
    );
  });

  it('takes one walk for a building, a more specific one winning', async () => {
    const my = inHome();
    await my.run(['rooms', '--walk', 'Grand Ballroom *', 'Grand Ballroom *', '2']);
    await my.run(['rooms', '--walk', 'Grand Ballroom *', 'Room 26*', '30']);
    await my.run(['add', 'django-channels', 'but-why']);
    await my.run(['add', 'assets', '-i', 'second']);
    await my.run(['add', 'assets', 'plugins', '-i', 'third']);
    // Assets (Grand Ballroom A, Sat) and Plugins (Room 26A/B/C, Sun) are far apart in time: no tight change.
    expect(JSON.parse((await my.run(['itinerary', '-i', 'third', '--json'])).stdout).tightChanges).toEqual([]);
    // Beyond Two Groups (Grand Ballroom C) ends at 12:00; the building walk to Room 26 is 30 minutes, not 10.
    await my.run(['add', 'beyond', 'instant', '-i', 'fourth']);
    expect(JSON.parse((await my.run(['itinerary', '-i', 'fourth', '--json'])).stdout).tightChanges).toEqual([
      {
        from: 'beyond-two-groups-generalized-bayesian-a-b-c-d-e-testing',
        to: 'instant-serverless-apis-powered-by-sqlite',
        gap: 10,
        walk: 30,
      },
    ]);
    expect(await my.run(['rooms', '--walk', 'Hall Z*', 'atrium', '5'])).toMatchObject({
      code: 1,
      stderr: 'pycon: No room\'s name starts "Hall Z"; "pycon rooms" lists them.\n',
    });
    expect(await my.run(['rooms', '--walk', 'atrium', '5'])).toMatchObject({ code: 2 });
    expect(await my.run(['rooms', '--walk', 'atrium', 'ballroom c', 'ten'])).toMatchObject({ code: 2 });
  });
});

describe('plan --backups', () => {
  it('lists up to two matches at the same time under each picked talk, with why they matched', async () => {
    const my = inHome();
    const { stdout } = await my.runTTY(['plan', 'python', 'web', '--day', 'sun', '--backups', '--dry-run']);
    expect(stdout.split('\n').slice(10, 17)).toEqual([
      '  14:30–15:00  5 Steps to Build Python Native GUI Widgets for BeeWare',
      '               Grand Ballroom A · 5 · matches python (title match), web',
      '               (mentioned twice)',
      '               backup: Ace Your Technical Interview Using Python (Atrium',
      '                 Ballroom AB, ace) · python (title match)',
      "               or: Working with Time Zones: Everything You Wish You Didn't",
      '                 Need to Know (Room 26A/B/C, working) · python (mentioned 3',
    ]);
    const json = JSON.parse((await my.run(['plan', 'python', 'web', '--day', 'sun', '--backups', '--dry-run', '--json'])).stdout);
    expect(json.talks.map((talk: { id: string; backups: { id: string }[] }) => talk.backups.map((backup) => backup.id))).toEqual([
      ['plugins-adding-flexibility-to-your-apps'],
      [],
      ['ace-your-technical-interview-using-python', 'working-with-time-zones-everything-you-wish-you-didnt-need-to-know'],
    ]);
  });
});

describe('two zones', () => {
  it('gives the conference time beside another zone in show, itinerary and now', async () => {
    const my = inHome();
    await my.run(['add', 'advanced', 'exceptional']);
    expect((await my.runTTY(['show', 'advanced', '--tz', 'Europe/Berlin'], 100)).stdout.split('\n')[2]).toBe(
      'Saturday 4 May 2019, 18:10–18:55 (Europe/Berlin; 12:10–12:55 in Cleveland) · Grand Ballroom C',
    );
    expect((await my.runTTY(['itinerary', '--tz', 'Asia/Tokyo'])).stdout.split('\n').slice(4, 7)).toEqual([
      'Sunday 5 May 2019',
      '  01:10–01:55  Advanced asyncio: Solving Real-world Production Problems',
      '               Grand Ballroom C · advanced · Sat 12:10–12:55 in Cleveland',
    ]);
    expect((await my.runTTY(['now', '--now', 'sat 14:40', '--tz', 'Europe/Berlin'])).stdout.split('\n').slice(0, 3)).toEqual([
      'Saturday 4 May 2019, 20:40 (Europe/Berlin; 14:40 in Cleveland)',
      '★ your next: Exceptional Exceptions - How to properly raise, handle and create…',
      '             21:15 (15:15 in Cleveland) in Atrium Ballroom AB, in 35 min',
    ]);
    // In the conference's own zone, one time is enough.
    expect((await my.runTTY(['show', 'advanced'], 100)).stdout.split('\n')[2]).toBe(
      'Saturday 4 May 2019, 12:10–12:55 (America/New_York) · Grand Ballroom C',
    );
  });
});

describe('a pick without a backup', () => {
  it('says when the other matches then clash with the talks around it', async () => {
    // Rust 101 is kept; Rust 201 runs at the same time as Rust in Practice and on into Rust 101.
    const my = await homeWithOneDay('Clash Days', [
      { id: 1, start: '10:00', duration: '00:30', room: 'A', title: 'Rust in Practice' },
      { id: 3, start: '10:40', duration: '00:30', room: 'A', title: 'Rust 101' },
      { id: 2, start: '10:00', duration: '00:50', room: 'B', title: 'Rust 201' },
    ]);
    await my.run(['add', '--must', 'rust-101']);
    const shown = (await my.runTTY(['plan', 'rust', '--dry-run', '--backups'])).stdout.split('\n');
    expect(shown.slice(3, 6)).toEqual([
      '  10:00–10:30  Rust in Practice',
      '               A · rust-in · matches rust (title match)',
      '               no backup: the other matches then clash with the talks around it',
    ]);
  });
});
