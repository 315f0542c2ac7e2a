import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Talk } from '../../src/schedule/types.js';
import { bundledStore, homeWithWinterHackDays, inHome, makeHome, run, runTTY } from '../helpers/run.js';
import { homeWithHackWeekend } from '../helpers/schedules.js';

const talks = (JSON.parse(readFileSync(bundledStore, 'utf8')) as { talks: Talk[] }).talks;
const days = [
  ['friday', '2019-05-03'],
  ['saturday', '2019-05-04'],
  ['sunday', '2019-05-05'],
] as const;

describe('pycon timetable', () => {
  for (const [day, date] of days) {
    for (const width of [80, 120]) {
      it(`draws ${day} at ${width} columns`, async () => {
        const { stdout, stderr, code } = await runTTY(['timetable', day], width);
        expect({ stderr, code }).toEqual({ stderr: '', code: 0 });
        await expect(stdout).toMatchFileSnapshot(`__snapshots__/timetable-${day}-${width}.txt`);
        const lines = stdout.trimEnd().split('\n');
        for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(width);
        const dayTalks = talks.filter((talk) => talk.date === date);
        expect(stdout.match(/until \d\d:\d\d/g)).toHaveLength(dayTalks.length);
        const flat = lines
          .join(' ')
          .replace(/[│├┼┤┌┬┐└┴┘─]/g, ' ')
          .replace(/\s+/g, ' ');
        for (const room of ['Atrium', 'Ballroom AB', 'Ballroom A', 'Ballroom B', 'Ballroom C', 'Room', '26A/B/C'])
          expect(flat).toContain(room);
        for (const talk of dayTalks) expect(flat, talk.title).toContain(talk.title.split(' ')[0]!.slice(0, 6));
      });
    }
  }

  it('prints {date, day, rooms, talks} as --json', async () => {
    const { stdout } = await run(['timetable', 'sunday', '--json']);
    const data = JSON.parse(stdout);
    expect(Object.keys(data)).toEqual(['date', 'day', 'rooms', 'talks']);
    expect(data).toMatchObject({
      date: '2019-05-05',
      day: 'Sunday',
      rooms: ['Atrium Ballroom AB', 'Grand Ballroom A', 'Grand Ballroom B', 'Grand Ballroom C', 'Room 26A/B/C'],
    });
    // Each talk as in the store, with its handle and whether your itinerary holds it.
    const sunday = talks.filter((talk) => talk.date === '2019-05-05');
    expect(data.talks.map(({ handle, inItinerary, ...talk }: { handle: string; inItinerary: boolean }) => talk)).toEqual(sunday);
    expect(data.talks[0]).toMatchObject({ id: 'building-a-culture-of-observability', handle: 'building-a-culture', inItinerary: false });
  });

  it('prints one tab-separated line per talk when piped', async () => {
    const { stdout } = await run(['timetable', 'sunday', '--room', '26']);
    expect(stdout).toBe(
      [
        'plugins-adding-flexibility-to-your-apps\tPlugins: Adding Flexibility to Your Apps\tGeir Arne Hjelle\t2019-05-05T13:10:00-04:00\t2019-05-05T13:40:00-04:00\tRoom 26A/B/C',
        'python-on-windows-is-okay-actually\tPython on Windows is Okay, Actually\tSteve Dower\t2019-05-05T13:50:00-04:00\t2019-05-05T14:20:00-04:00\tRoom 26A/B/C',
        "working-with-time-zones-everything-you-wish-you-didnt-need-to-know\tWorking with Time Zones: Everything You Wish You Didn't Need to Know\tPaul Ganssle\t2019-05-05T14:30:00-04:00\t2019-05-05T15:00:00-04:00\tRoom 26A/B/C",
        '',
      ].join('\n'),
    );
  });

  it('shows one room, marks your talks and those on now', async () => {
    const home = makeHome();
    await run(['add', 'python-on-windows-is-okay-actually'], { env: { PYCON_HOME: home } });
    const { stdout } = await runTTY(['timetable', 'today', '--room', '26', '--now', 'sun 13:20'], 60, { env: { PYCON_HOME: home } });
    expect(stdout).toBe(
      [
        'Sunday 5 May 2019 · times in America/New_York',
        '★ in your itinerary · ▶ on now',
        '┌───────┬──────────────────────────────────┐',
        '│       │ Room 26A/B/C                     │',
        '├───────┼──────────────────────────────────┤',
        '│ 13:10 │ ▶ Plugins: Adding Flexibility to │',
        '│       │ Your Apps                        │',
        '│       │ until 13:40                      │',
        '├───────┼──────────────────────────────────┤',
        '│ 13:50 │ ★ Python on Windows is Okay,     │',
        '│       │ Actually                         │',
        '│       │ until 14:20                      │',
        '├───────┼──────────────────────────────────┤',
        '│ 14:30 │ Working with Time Zones:         │',
        "│       │ Everything You Wish You Didn't   │",
        '│       │ Need to Know                     │',
        '│       │ until 15:00                      │',
        '└───────┴──────────────────────────────────┘',
        '',
      ].join('\n'),
    );
  });

  it('shows the rooms of a building, named as a walk names one', async () => {
    const { stdout } = await run(['timetable', 'sun', '--room', 'Grand Ballroom *', '--json']);
    expect((JSON.parse(stdout) as { rooms: string[] }).rooms).toEqual(['Grand Ballroom A', 'Grand Ballroom B', 'Grand Ballroom C']);
    // In any case, as a room is named.
    expect(await run(['timetable', 'sun', '--room', 'grand ballroom *', '--json'])).toMatchObject({ code: 0, stdout });
    const narrowed = await run(['talks', '--at', 'sun 12:00', '--room', 'Grand Ballroom *']);
    expect([narrowed.code, narrowed.stderr]).toEqual([
      1,
      "Nothing runs at Sun 12:00; next, at 13:10, 3 talks start: \"pycon talks --at 'sun 13:10' --room 'Grand Ballroom *'\" lists them.\n",
    ]);
    // Rooms that all start with what was typed: the building that names them all is offered.
    expect((await run(['timetable', 'sun', '--room', 'Grand Ballroom'])).stderr).toBe(
      'pycon: "Grand Ballroom" matches 3 rooms; give more of the name (or "Grand Ballroom*" for all of them), one of:\n' +
        '  Grand Ballroom A\n  Grand Ballroom B\n  Grand Ballroom C\n',
    );
    // One room is named in full, as the command that lists its talks.
    expect((await run(['talks', '--at', 'sun 12:00', '--room', '26'])).stderr).toContain(`--room 'Room 26A/B/C'" lists`);
    expect((await run(['timetable', 'sun', '--room', 'Kitchen *'])).stderr).toBe(
      'pycon: No room\'s name starts "Kitchen "; "pycon rooms" lists them.\n',
    );
  });

  it('lists the day instead of a grid on a very narrow terminal', async () => {
    const { stdout } = await runTTY(['timetable', 'sunday', '--room', '26'], 14);
    expect(stdout.split('\n').slice(0, 10)).toEqual([
      'Sunday 5 May',
      '2019',
      'times in',
      'America/New_',
      'York',
      '',
      '13:10–13:40',
      'Room 26A/B/C',
      'Plugins:',
      'Adding',
    ]);
  });

  it('draws a grid a room at a time while one room still fits, with less text than a panel usually has', async () => {
    const { stdout } = await runTTY(['timetable', 'sunday'], 20);
    expect(stdout.split('\n').slice(8, 14)).toEqual([
      'room 1 of 5',
      '┌───────┬──────────┐',
      '│       │ Atrium   │',
      '│       │ Ballroom │',
      '│       │ AB       │',
      '├───────┼──────────┤',
    ]);
  });

  it('names the offset of each row when the clocks go back and 02:30 comes twice', async () => {
    const my = inHome();
    /** A night's schedule of talks in one room, each at an instant with its offset, written to a file. */
    const night = (name: string, zone: string, day: string, starts: [string, string][]) => {
      const events = starts.map(
        ([start, title], id) =>
          `<event guid="${name}-${id}" id="${id}"><date>${start}</date><start>${start.slice(11, 16)}</start><duration>00:30</duration>` +
          `<room>Main</room><title>${title}</title><persons/></event>`,
      );
      const path = join(my.home, `${name}.xml`);
      writeFileSync(
        path,
        `<?xml version="1.0"?><schedule><conference><title>Autumn Night</title><time_zone_name>${zone}</time_zone_name></conference>` +
          `<day index="1" date="${day}"><room name="Main">${events.join('')}</room></day></schedule>`,
      );
      return path;
    };
    const file = night('autumn', 'Europe/Brussels', '2025-10-25', [
      ['2025-10-26T01:30:00+02:00', 'Before'],
      ['2025-10-26T02:30:00+02:00', 'Summer time'],
      ['2025-10-26T02:30:00+01:00', 'Winter time'],
      ['2025-10-26T03:00:00+01:00', 'After'],
    ]);
    expect((await my.run(['import', file])).code).toBe(0);
    expect((await my.runTTY(['timetable'], 60)).stdout).toBe(
      [
        'Saturday 25 October 2025 · times in Europe/Brussels',
        '┌─────────────────┬──────────────────────────────────┐',
        '│                 │ Main                             │',
        '├─────────────────┼──────────────────────────────────┤',
        '│ Sun 01:30       │ Before                           │',
        '│                 │ until 02:00                      │',
        '├─────────────────┼──────────────────────────────────┤',
        '│ Sun 02:30 UTC+2 │ Summer time                      │',
        '│                 │ until 02:00                      │',
        '├─────────────────┼──────────────────────────────────┤',
        '│ Sun 02:30 UTC+1 │ Winter time                      │',
        '│                 │ until 03:00                      │',
        '├─────────────────┼──────────────────────────────────┤',
        '│ Sun 03:00       │ After                            │',
        '│                 │ until 03:30                      │',
        '└─────────────────┴──────────────────────────────────┘',
        '',
      ].join('\n'),
    );
    // West of Greenwich, and in a zone half an hour off the hour.
    const west = night('west', 'America/St_Johns', '2025-11-01', [
      ['2025-11-02T01:30:00-02:30', 'Summer time'],
      ['2025-11-02T01:30:00-03:30', 'Winter time'],
    ]);
    expect((await my.run(['import', west, '--as', 'west'])).code).toBe(0);
    expect((await my.runTTY(['timetable', '--conference', 'west'], 60)).stdout.split('\n').filter((line) => line.includes('UTC'))).toEqual([
      '│ Sun 01:30 UTC-2:30 │ Summer time                      │',
      '│ Sun 01:30 UTC-3:30 │ Winter time                      │',
    ]);
    // At Greenwich, the offset of winter time is UTC+0.
    const london = night('london', 'Europe/London', '2025-10-25', [
      ['2025-10-26T01:30:00+01:00', 'Summer time'],
      ['2025-10-26T01:30:00+00:00', 'Winter time'],
    ]);
    expect((await my.run(['import', london, '--as', 'london'])).code).toBe(0);
    expect(
      (await my.runTTY(['timetable', '--conference', 'london'], 60)).stdout.split('\n').filter((line) => line.includes('UTC')),
    ).toEqual(['│ Sun 01:30 UTC+1 │ Summer time                      │', '│ Sun 01:30 UTC+0 │ Winter time                      │']);
    // Too narrow for a grid, the list names them too.
    expect(
      (await my.runTTY(['timetable', '--conference', 'autumn-night'], 24)).stdout.split('\n').filter((line) => line.includes('02:30')),
    ).toEqual(['Sun 02:30 UTC+2–02:00', 'Sun 02:30 UTC+1–03:00']);
  });

  it("shows a talk of an earlier day still on in the day's grid, from when it started", async () => {
    const my = await homeWithHackWeekend();
    expect((await my.runTTY(['timetable', 'sun'], 50)).stdout).toBe(
      [
        'Sunday 2 February 2025 · times in Europe/Brussels',
        '┌───────────┬───────────────────┬────────────────┐',
        '│           │ Lab               │ Hall           │',
        '├───────────┼───────────────────┼────────────────┤',
        '│ Sat 10:00 │ The Hackathon     │                │',
        '├───────────┤ until Mon 02:00   ├────────────────┤',
        '│ 09:00     │                   │ Demos          │',
        '│           │                   │ until 09:30    │',
        '└───────────┴───────────────────┴────────────────┘',
        '',
      ].join('\n'),
    );
    // The night's session and the sunrise walk, over by Sunday's first talk, stay on Saturday's grid alone; piped, as --json, the hackathon comes first.
    expect((await my.run(['timetable', 'sun'])).stdout.split('\n').map((line) => line.split('\t')[0])).toEqual([
      'the-hackathon',
      'demos',
      '',
    ]);
    expect(JSON.parse((await my.run(['timetable', 'sun', '--json'])).stdout).talks.map((talk: Talk) => talk.id)).toEqual([
      'the-hackathon',
      'demos',
    ]);
    expect((await my.run(['timetable', 'sat'])).stdout.split('\n').map((line) => line.split('\t')[0])).toEqual([
      'the-hackathon',
      'opening',
      'night-owls',
      'sunrise-walk',
      '',
    ]);
    // Too narrow for a grid, and compact, the start names its weekday too.
    expect((await my.runTTY(['timetable', 'sun'], 20)).stdout.split('\n').slice(4, 7)).toEqual(['', 'Sat 10:00–Mon 02:00', 'Lab']);
    expect((await my.runTTY(['timetable', 'sun', '--compact'], 30)).stdout.split('\n').slice(2)).toEqual([
      'Sat 10:00 Lab   The Hackathon',
      '09:00     Hall  Demos',
      '',
    ]);
    // Today is Saturday past midnight while a talk listed under it runs that ends by Sunday's first, and Sunday while only the hackathon does.
    const todayAt = async (now: string) => (await my.runTTY(['today', '--now', now])).stdout.split('\n')[0];
    expect(await todayAt('sun 00:30')).toBe('Saturday 1 February 2025 · times in Europe/Brussels');
    expect(await todayAt('sun 06:00')).toBe('Sunday 2 February 2025 · times in Europe/Brussels');
    expect(await todayAt('sun 08:00')).toBe('Saturday 1 February 2025 · times in Europe/Brussels');
    // Monday has no talks: while the hackathon runs on into it, today is Sunday.
    expect(await todayAt('2025-02-03 01:00')).toBe('Sunday 2 February 2025 · times in Europe/Brussels');
  });

  it('says a day of the schedule has no talks, or none in the rooms asked for', async () => {
    const my = inHome();
    const file = join(my.home, 'gap.xml');
    const event = (id: number, date: string, title: string) =>
      `<room name="Hall"><event guid="gap-${id}" id="${id}"><date>${date}T09:00:00+01:00</date><start>09:00</start><duration>00:30</duration><room>Hall</room><title>${title}</title><persons/></event></room>`;
    writeFileSync(
      file,
      `<?xml version="1.0"?><schedule><conference><title>Gap Con</title><time_zone_name>Europe/Brussels</time_zone_name></conference>` +
        `<day index="1" date="2025-02-01">${event(1, '2025-02-01', 'First')}</day><day index="2" date="2025-02-02"></day>` +
        `<day index="3" date="2025-02-03">${event(2, '2025-02-03', 'Last')}</day></schedule>`,
    );
    expect((await my.run(['import', file])).code).toBe(0);
    expect((await my.runTTY(['timetable', 'sun'])).stdout).toBe(
      'Sunday 2 February 2025 · times in Europe/Brussels\nno talks on this day\n',
    );
    expect((await my.runTTY(['timetable', 'sun', '--room', 'hall'])).stdout.split('\n')[1]).toBe(
      'no talks on this day in the rooms or track asked for',
    );
  });

  it('names the zone and converts times with --tz', async () => {
    const { stdout } = await runTTY(['timetable', 'sunday', '--tz', 'Europe/Berlin'], 120);
    expect(stdout.split('\n')[0]).toBe('Sunday 5 May 2019 · times in Europe/Berlin');
    expect(stdout).toContain('│ 19:10 │');
    expect(stdout).toContain('until 19:40');
    const kolkata = await runTTY(['timetable', 'sunday', '--tz', 'Asia/Kolkata'], 120);
    expect(kolkata.stdout.split('\n')[0]).toBe('Sunday 5 May 2019 · times in Asia/Kolkata');
  });
});

describe('pycon timetable --compact', () => {
  it('gives each row one line and each talk one line per row it spans, so a day fits 24 rows', async () => {
    const { stdout } = await runTTY(['timetable', 'saturday', '--compact'], 80);
    expect(stdout).toBe(
      [
        'Saturday 4 May 2019 · times in America/New_York',
        '┌───────┬──────────────┬─────────────┬─────────────┬─────────────┬─────────────┐',
        '│       │ Atrium       │ Grand       │ Grand       │ Grand       │ Room        │',
        '│       │ Ballroom AB  │ Ballroom A  │ Ballroom B  │ Ballroom C  │ 26A/B/C     │',
        '├───────┼──────────────┼─────────────┼─────────────┼─────────────┼─────────────┤',
        '│ 10:50 │ Thinking In… │ Releasing…  │ Floats are… │ The Zen of… │ Machine le… │',
        '│ 11:30 │ Thoth - how… │ Intentiona… │ Dependency… │ Beyond Two… │ The Black…  │',
        '│ 12:10 │ Django Chan… │ Assets in…  │ The Elepha… │ Advanced a… │ Instant se… │',
        '│ 13:40 │ Measures and │ Time to     │             │             │             │',
        '│ 13:55 │ Mismeasures… │ take out t… │ Engineerin… │ But, Why i… │ PEP 572: T… │',
        '│ 14:35 │ Statistical… │ Leveraging… │ Type hinti… │ Building a… │ 8 things t… │',
        '│ 15:15 │ Exceptional… │ Put down t… │ Shipping y… │ Does remot… │ Eita! Why…  │',
        '│ 16:15 │ Getting to   │ Getting     │             │             │             │',
        '│ 16:30 │ Three Milli… │ started wi… │ The Perils… │ Things I W… │ Syntax Tre… │',
        '│ 17:10 │ Building re… │ Measuring…  │ CUDA in yo… │ A Medieval… │ Python Sec… │',
        '└───────┴──────────────┴─────────────┴─────────────┴─────────────┴─────────────┘',
        '',
      ].join('\n'),
    );
  });

  it('lists a day one line a talk, rooms in full, when a grid does not fit', async () => {
    const { stdout } = await runTTY(['timetable', 'sunday', '--compact'], 40);
    expect(stdout.split('\n').slice(0, 5)).toEqual([
      'Sunday 5 May 2019',
      'times in America/New_York',
      '13:10 Atrium Ballroom AB  Building a Cu…',
      '13:10 Grand Ballroom A    Logging for S…',
      '13:10 Grand Ballroom B    Account Secur…',
    ]);
  });

  it('shows the weekday of a row past midnight in another zone', async () => {
    const { stdout } = await runTTY(['timetable', 'friday', '--compact', '--tz', 'Asia/Tokyo'], 80);
    expect(stdout.split('\n').slice(0, 8)).toEqual([
      'Friday 3 May 2019 · times in Asia/Tokyo',
      '┌───────────┬─────────────┬─────────────┬────────────┬────────────┬────────────┐',
      '│           │ Atrium      │ Grand       │ Grand      │ Grand      │ Room       │',
      '│           │ Ballroom AB │ Ballroom A  │ Ballroom B │ Ballroom C │ 26A/B/C    │',
      '├───────────┼─────────────┼─────────────┼────────────┼────────────┼────────────┤',
      "│ 23:50     │ A Right St… │ Practical…  │ Don't be…  │ Set Pract… │ Plan your… │",
      '│ Sat 00:30 │ A Snake in… │ One Engine… │ Terrain,…  │ API Evolu… │ Break the… │',
      '│ Sat 01:10 │ ¡Escuincla… │ What is a…  │ Modern so… │ Migrating… │ From days… │',
    ]);
  });
});

describe('pycon today', () => {
  it('is the evening still on past midnight, while a talk listed under it runs', async () => {
    const my = await homeWithWinterHackDays();
    const today = (now: string) => my.runTTY(['today', '--now', now], 80);
    // The film (00:30–02:00) is listed under Friday 27 December, as the schedule lists it.
    expect((await today('2024-12-28 01:00')).stdout).toBe(
      [
        'Friday 27 December 2024 · times in Europe/Berlin',
        'from 01:00: the talks that ended are left out; --whole-day shows them',
        '▶ on now',
        '┌───────────┬──────────────────────────────────┬───────────────────────────────┐',
        '│           │ Saal 1                           │ Saal G                        │',
        '├───────────┼──────────────────────────────────┼───────────────────────────────┤',
        '│ Sat 00:30 │ ▶ Late Night Film: 真夜中の映画  │                               │',
        '│           │ until 02:00                      │                               │',
        '└───────────┴──────────────────────────────────┴───────────────────────────────┘',
        '',
      ].join('\n'),
    );
    expect((await today('2024-12-28 02:30')).stdout.split('\n')[0]).toBe('Saturday 28 December 2024 · times in Europe/Berlin');
    const day = async (args: string[]) => JSON.parse((await my.run([...args, '--json', '--now', '2024-12-28 01:00'])).stdout).date;
    expect(await day(['timetable'])).toBe('2024-12-27');
    const dates = async (day: string) =>
      JSON.parse((await my.run(['talks', '--day', day, '--json', '--now', '2024-12-28 01:00'])).stdout).map((talk: Talk) => talk.date);
    expect([...new Set(await dates('today')), ...new Set(await dates('tomorrow'))]).toEqual(['2024-12-27', '2024-12-28']);
  });

  it('starts at the talks on now, and says how to see the whole day', async () => {
    const home = makeHome();
    await run(['add', 'wily'], { env: { PYCON_HOME: home } });
    const { stdout } = await runTTY(['today', '--compact', '--now', 'fri 14:40'], 80, { env: { PYCON_HOME: home } });
    expect(stdout).toBe(
      [
        'Friday 3 May 2019 · times in America/New_York',
        'from 14:40: the talks that ended are left out; --whole-day shows them',
        '★ in your itinerary · ▶ on now',
        '┌───────┬──────────────┬─────────────┬─────────────┬─────────────┬─────────────┐',
        '│       │ Atrium       │ Grand       │ Grand       │ Grand       │ Room        │',
        '│       │ Ballroom AB  │ Ballroom A  │ Ballroom B  │ Ballroom C  │ 26A/B/C     │',
        '├───────┼──────────────┼─────────────┼─────────────┼─────────────┼─────────────┤',
        '│ 14:35 │ ▶ Life Is B… │ ▶ to GIL o… │ ▶ Everythi… │ ▶ Take Bac… │ ★ ▶ Wily P… │',
        "│ 15:15 │ A Guide to…  │ Help! I'm…  │ Thinking l… │ Maintainin… │ Understand… │",
        '│ 16:15 │ Lessons      │ Plug-n-Str… │             │             │             │',
        '│ 16:30 │ learned fro… │ Player Pia… │ Supporting… │ Attracting… │ How to JIT… │',
        '│ 17:10 │ How to Buil… │ Extracting… │ Scraping a… │ How to eng… │ Rescuing K… │',
        '└───────┴──────────────┴─────────────┴─────────────┴─────────────┴─────────────┘',
        '',
      ].join('\n'),
    );
    const whole = await runTTY(['today', '--whole-day', '--now', 'fri 14:40'], 80);
    expect(whole.stdout).toBe((await runTTY(['timetable', 'friday', '--now', 'fri 14:40'], 80)).stdout);
    expect(whole.stdout).toContain('│ 10:50 │');
    // Before any talk has ended, nothing is left out, and nothing says so.
    const early = await runTTY(['today', '--compact', '--now', 'fri 10:00'], 80);
    expect(early.stdout.split('\n')[1]).toBe('┌───────┬──────────────┬─────────────┬─────────────┬─────────────┬─────────────┐');
    // A talk that ends at the minute it is now has ended.
    const atTheEnd = await runTTY(['today', '--compact', '--now', 'fri 15:05'], 80);
    expect(atTheEnd.stdout.split('\n')[6]).toBe("│ 15:15 │ A Guide to… │ Help! I'm…  │ Thinking li… │ Maintainin… │ Understand… │");
    // So when the first talks end as the day's grid is asked for, they are the ones left out.
    const firstEnded = await runTTY(['today', '--compact', '--now', 'fri 11:20'], 80);
    expect(firstEnded.stdout.split('\n')[1]).toBe('from 11:20: the talks that ended are left out; --whole-day shows them');
    const aMinuteBefore = await runTTY(['today', '--compact', '--now', 'fri 15:04'], 80);
    expect(aMinuteBefore.stdout.split('\n')[7]).toBe('│ 14:35 │ ▶ Life Is B… │ ▶ to GIL o… │ ▶ Everythi… │ ▶ Take Bac… │ ▶ Wily Pyt… │');
    // Scripts get the whole day, as DESIGN.md's `timetable today`.
    expect(JSON.parse((await run(['today', '--json', '--now', 'fri 14:40'])).stdout).talks).toHaveLength(40);
    const late = await runTTY(['today', '--now', 'fri 23:00'], 80);
    expect(late.stdout.split('\n').slice(1)).toEqual([
      'from 23:00: the talks that ended are left out; --whole-day shows them',
      'nothing more on this day',
      '',
    ]);
  });

  it('shows Saturday on Saturday', async () => {
    const { stdout, code } = await runTTY(['today', '--now', '2019-05-04T14:40-04:00'], 120);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Saturday 4 May 2019 · times in America/New_York');
    expect(stdout).toContain('▶ Statistical');
  });

  it('reads PYCON_NOW, and names it when it cannot', async () => {
    const { stdout } = await run(['today', '--json'], { env: { PYCON_NOW: 'sunday 1:30pm' } });
    expect(JSON.parse(stdout).date).toBe('2019-05-05');
    const forms = 'use one of these forms: 2019-05-04T14:40-04:00, 2019-05-04 14:40, sat 14:40, saturday 2:40pm.';
    expect((await run(['now'], { env: { PYCON_NOW: 'soon' } })).stderr).toBe(`pycon: Cannot read PYCON_NOW "soon"; ${forms}\n`);
    expect((await run(['now', '--now', 'soon'])).stderr).toBe(`pycon: Cannot read --now "soon"; ${forms}\n`);
  });

  it('says when the conference is on any other day, exit 0', async () => {
    expect(await runTTY(['today'], 80, { clock: '2026-11-25T12:00:00Z' })).toEqual({
      stdout:
        'PyCon US 2019 ran Friday 3 – Sunday 5 May 2019 in Cleveland, Ohio, and today is\nWednesday 25 November 2026; see a day with "pycon timetable friday".\n',
      stderr: '',
      code: 0,
    });
    const before = await runTTY(['today', '--now', '2019-05-02 09:00'], 80);
    expect(before.stdout).toMatch(/^PyCon US 2019 runs Friday 3 – Sunday 5 May 2019/);
    // A schedule that names no place says none.
    const my = await homeWithHackWeekend();
    expect((await my.run(['today', '--now', '2025-01-30 12:00'])).stdout).toBe(
      'Hack Weekend runs Saturday 1 – Sunday 2 February 2025, and today is Thursday 30 January 2025; see a day with "pycon timetable saturday".\n',
    );
  });

  it('gives talks: [] as --json outside the conference', async () => {
    const { stdout } = await run(['today', '--json'], { clock: '2026-11-25T12:00:00Z' });
    expect(JSON.parse(stdout)).toMatchObject({ date: '2026-11-25', day: 'Wednesday', talks: [] });
  });

  it('rejects an unreadable --now as a usage error listing the forms', async () => {
    expect(await run(['today', '--now', 'teatime'])).toEqual({
      stdout: '',
      stderr:
        'pycon: Cannot read --now "teatime"; use one of these forms: 2019-05-04T14:40-04:00, 2019-05-04 14:40, sat 14:40, saturday 2:40pm.\n',
      code: 2,
    });
  });

  it('reads every --now form the same way', async () => {
    for (const form of [
      '2019-05-04T14:40-04:00',
      '2019-05-04T18:40Z',
      '2019-05-04 14:40',
      'sat 14:40',
      'saturday 2:40pm',
      'Sat 2:40 p.m.',
    ]) {
      const { stdout } = await run(['now', '--json', '--now', form]);
      expect(JSON.parse(stdout).at, form).toBe('2019-05-04T14:40:00-04:00');
    }
  });
});
