import { describe, expect, it } from 'vitest';
import { homeWithWinterHackDays, makeHome, run, runTTY } from '../helpers/run.js';

const ids = (stdout: string) => (JSON.parse(stdout) as { id: string }[]).map((talk) => talk.id);

describe('pycon talks', () => {
  it('lists all 95 talks in time order', async () => {
    const { stdout } = await run(['talks', '--json']);
    const talks = JSON.parse(stdout) as { start: string }[];
    expect(talks).toHaveLength(95);
    expect(talks.map((talk) => talk.start)).toEqual(talks.map((talk) => talk.start).sort());
  });

  it('keeps the talks running at a moment', async () => {
    const { stdout } = await run(['talks', '--at', 'sat 14:40', '--json']);
    expect(ids(stdout)).toEqual([
      'statistical-profiling-and-other-fun-with-the-sys-module',
      'leveraging-the-type-system-to-write-secure-applications',
      'type-hinting-and-mypy',
      'building-an-open-source-artificial-pancreas',
      '8-things-that-happen-at-the-dot-attribute-access-descriptors',
    ]);
  });

  it('reads a time alone as on --day, else today while the conference runs, else asks for the day', async () => {
    const saturday = ids((await run(['talks', '--at', 'sat 14:40', '--json'])).stdout);
    expect(ids((await run(['talks', '--at', '14:40', '--day', 'sat', '--json'])).stdout)).toEqual(saturday);
    expect(ids((await run(['talks', '--at', '2:40pm', '--json', '--now', '2019-05-04 09:00'])).stdout)).toEqual(saturday);
    expect(await run(['talks', '--at', '14:40', '--now', '2019-05-08 09:00'])).toEqual({
      stdout: '',
      stderr:
        'pycon: --at "14:40" names no day, and the conference does not run today; give one, as in --at "fri 14:40", or add --day fri.\n',
      code: 2,
    });
  });

  it('treats a talk as over at its end minute', async () => {
    const { stdout } = await run(['talks', '--at', '2019-05-05T14:20-04:00', '--room', '26', '--json']);
    expect(ids(stdout)).toEqual([]);
  });

  it('narrows by day and room', async () => {
    const home = makeHome();
    await run(['add', 'plugins'], { env: { PYCON_HOME: home } });
    const { stdout } = await runTTY(['talks', '--room', '26', '--day', 'sun'], 80, { env: { PYCON_HOME: home } });
    // ★ marks a talk of the itinerary; the handle to type leads the details.
    expect(stdout).toBe(
      [
        '★ Plugins: Adding Flexibility to Your Apps',
        '  plugins  Geir Arne Hjelle · Sun 13:10–13:40 · Room 26A/B/C',
        '',
        'Python on Windows is Okay, Actually',
        '  python-on  Steve Dower · Sun 13:50–14:20 · Room 26A/B/C',
        '',
        "Working with Time Zones: Everything You Wish You Didn't Need to Know",
        '  working  Paul Ganssle · Sun 14:30–15:00 · Room 26A/B/C',
        '',
      ].join('\n'),
    );
    // A room and a speaker that never meet.
    expect(await run(['talks', '--room', '26', '--speaker', 'lynn root'])).toEqual({
      stdout: '',
      stderr: 'No talks match these filters; try "pycon talks" without them.\n',
      code: 1,
    });
  });

  it('narrows by speaker, ignoring accents', async () => {
    const { stdout } = await run(['talks', '--speaker', 'belanger', '--json']);
    expect(ids(stdout)).toEqual(['going-from-2-to-3-on-windows-macos-and-linux']);
  });

  it('lists the candidates of an ambiguous room, exit 1', async () => {
    expect(await run(['talks', '--room', 'ballroom'])).toEqual({
      stdout: '',
      stderr: [
        'pycon: "ballroom" matches 4 rooms; give more of the name, one of:',
        '  Atrium Ballroom AB',
        '  Grand Ballroom A',
        '  Grand Ballroom B',
        '  Grand Ballroom C',
        '',
      ].join('\n'),
      code: 1,
    });
  });

  it('prefers the one room whose whole words match', async () => {
    const { stdout } = await run(['talks', '--room', 'ballroom a', '--json']);
    expect(new Set((JSON.parse(stdout) as { room: string }[]).map((talk) => talk.room))).toEqual(new Set(['Grand Ballroom A']));
  });

  it('names the rooms for an unknown one, exit 1', async () => {
    const { stderr, code } = await run(['talks', '--room', 'kitchen']);
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe('pycon: No room matches "kitchen"; the rooms are:');
  });

  it('reads days as names, abbreviations and dates', async () => {
    for (const day of ['friday', 'FRI', '2019-05-03']) {
      const { stdout } = await run(['talks', '--day', day, '--json']);
      expect(new Set((JSON.parse(stdout) as { date: string }[]).map((talk) => talk.date))).toEqual(new Set(['2019-05-03']));
    }
  });

  it('reads today and tomorrow from --now', async () => {
    const { stdout } = await run(['talks', '--day', 'tomorrow', '--now', 'fri 9:00', '--json']);
    expect(new Set((JSON.parse(stdout) as { date: string }[]).map((talk) => talk.date))).toEqual(new Set(['2019-05-04']));
  });

  it('rejects an unreadable day (exit 2) and a day outside the conference (exit 1)', async () => {
    expect(await run(['talks', '--day', 'caturday'])).toMatchObject({
      code: 2,
      stderr: 'pycon: Cannot read the day "caturday"; use a weekday (friday or fri), a date (2019-05-03), today or tomorrow.\n',
    });
    expect(await run(['talks', '--day', '2019-05-09'])).toMatchObject({
      code: 1,
      stderr: 'pycon: 2019-05-09 is not a conference day; it runs Friday 3 – Sunday 5 May 2019, so try friday instead.\n',
    });
    // A weekday the conference does not have.
    expect(await run(['talks', '--day', 'monday'])).toEqual({
      stdout: '',
      stderr: 'pycon: The conference has no Monday; it runs Friday 3 – Sunday 5 May 2019.\n',
      code: 1,
    });
  });

  it('rejects an unreadable --at as a usage error listing the forms', async () => {
    expect(await run(['talks', '--at', 'half past'])).toEqual({
      stdout: '',
      stderr:
        'pycon: Cannot read --at "half past"; use one of these forms: 2019-05-04T14:40-04:00, 2019-05-04 14:40, sat 14:40, saturday 2:40pm.\n',
      code: 2,
    });
  });

  it("shows the forms of a moment on the conference's own days and clock", async () => {
    const my = await homeWithWinterHackDays();
    expect(await my.run(['talks', '--at', 'half past'])).toEqual({
      stdout: '',
      stderr:
        'pycon: Cannot read --at "half past"; use one of these forms: 2024-12-28T14:40+01:00, 2024-12-28 14:40, sat 14:40, saturday 2:40pm.\n',
      code: 2,
    });
    expect(await my.run(['talks', '--at', '1899-12-31 10:00'])).toMatchObject({
      code: 2,
      stderr: 'pycon: --at "1899-12-31 10:00" is outside the years 1900–2100; check the year, as in 2024-12-28T14:40+01:00.\n',
    });
  });

  it('says, at a moment between talks, when the next ones start, exit 1', async () => {
    expect(await run(['talks', '--at', 'sat 12:58'])).toEqual({
      stdout: '',
      stderr: 'Nothing runs at Sat 12:58; next, at 13:40, 2 talks start: "pycon talks --at \'sat 13:40\'" lists them.\n',
      code: 1,
    });
    expect((await run(['talks', '--at', 'sat 12:58', '--room', 'ballroom c'])).stderr).toBe(
      "Nothing runs at Sat 12:58; next, at 13:55, 1 talk starts: \"pycon talks --at 'sat 13:55' --room 'Grand Ballroom C'\" lists it.\n",
    );
    expect((await run(['talks', '--at', 'fri 9:00', '--speaker', 'max bélanger'])).stderr).toBe(
      "Nothing runs at Fri 09:00; next, at 13:55, 1 talk starts: \"pycon talks --at 'fri 13:55' --speaker 'max bélanger'\" lists it.\n",
    );
    expect((await run(['talks', '--at', 'sat 20:00'])).stderr).toBe(
      'Nothing runs at Sat 20:00; next, at Sunday 13:10, 5 talks start: "pycon talks --at \'sun 13:10\'" lists them.\n',
    );
    expect((await run(['talks', '--at', 'sun 20:00'])).stderr).toBe(
      'Nothing runs at Sun 20:00, and nothing after it; see the whole schedule with "pycon talks".\n',
    );
    expect((await run(['talks', '--at', 'sat 13:40'])).stdout.split('\n')).toHaveLength(3);
  });
});
