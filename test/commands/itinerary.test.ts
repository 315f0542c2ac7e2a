import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledStore, homeWithWinterHackDays, makeHome, run, runTTY, inHome } from '../helpers/run.js';
import { homeWithHackWeekend, homeWithOneDay } from '../helpers/schedules.js';

describe('pycon add and drop', () => {
  it('says when a talk added is one the itinerary has in another slot, given again, and keeps both', async () => {
    const my = await homeWithWinterHackDays();
    expect(await my.run(['add', 'rust for hardware'])).toEqual({
      stdout:
        'Added "Rust for Hardware" (Fri 16:00–16:30, Saal G) to itinerary default; it is also given Sat 11:00–11:30 (rust-for-hardware-2).\n',
      stderr: '',
      code: 0,
    });
    const again = await my.run(['add', 'rust-for-hardware-2']);
    expect([again.code, again.stderr]).toEqual([
      0,
      '"Rust for Hardware" (Sat 11:00–11:30) is the talk you have on Fri 16:00–16:30, given again; both are kept, so drop one with "pycon drop".\n',
    ]);
    expect(again.stdout).toBe('Added "Rust for Hardware" (Sat 11:00–11:30, Saal G) to itinerary default.\n');
    expect((await my.run(['itinerary', '--json'])).stdout).toContain('"rust-for-hardware-2"');
    // Both in one command: said once, of the later slot.
    await my.run(['clear', '--yes']);
    expect((await my.run(['add', 'rust-for-hardware-2', 'rust-for-hardware'])).stderr).toBe(again.stderr);
  });

  it('drops the slot the itinerary holds of words or a title that name several talks, but never another by its id', async () => {
    const my = await homeWithWinterHackDays();
    const dropped = { stdout: 'Dropped "Rust for Hardware" from itinerary default.\n', stderr: '', code: 0 };
    for (const words of ['Rust for Hardware', 'rust']) {
      await my.run(['add', 'rust-for-hardware-2']);
      expect(await my.run(['drop', words])).toEqual(dropped);
    }
    await my.run(['add', 'rust-for-hardware-2']);
    expect(await my.run(['drop', 'rust-for-hardware'])).toEqual({
      stdout: '"Rust for Hardware" is not in itinerary default; nothing changed.\n',
      stderr: '',
      code: 0,
    });
    // Words that name two talks the itinerary holds are as ambiguous as ever.
    await my.run(['add', 'rust-for-hardware']);
    expect((await my.run(['drop', 'rust'])).stderr).toMatch(/^pycon: "rust" matches 2 talks; name one by its handle:\n/);
  });

  it('tells two slots of one title apart by their start when a name matches both', async () => {
    const my = await homeWithWinterHackDays();
    expect(await my.run(['show', 'rust'])).toEqual({
      stdout: '',
      stderr: [
        'pycon: "rust" matches 2 talks; name one by its handle:',
        '  rust-for-hardware  (Rust for Hardware, Fri 16:00)',
        '  rust-for-hardware-2  (Rust for Hardware, Sat 11:00)',
        '',
      ].join('\n'),
      code: 1,
    });
  });

  it('adds a talk, says so, and stores its id with when it was added', async () => {
    const my = inHome();
    expect(await my.run(['add', 'advanced-asyncio'])).toEqual({
      stdout:
        'Added "Advanced asyncio: Solving Real-world Production Problems" (Sat 12:10–12:55, Grand Ballroom C) to itinerary default.\n',
      stderr: '',
      code: 0,
    });
    expect(JSON.parse(readFileSync(my.file(), 'utf8'))).toEqual({
      schemaVersion: 1,
      name: 'default',
      talks: [
        {
          id: 'advanced-asyncio-solving-real-world-production-problems',
          uid: 'advanced-asyncio-solving-real-world-production-problems',
          added: '2026-11-25T12:00:00.000Z',
        },
      ],
    });
  });

  it('says a talk is already there and changes nothing', async () => {
    const my = inHome();
    await my.run(['add', 'advanced-asyncio']);
    const before = readFileSync(my.file(), 'utf8');
    const file = statSync(my.file()).ino;
    expect(await my.run(['add', 'advanced asyncio'])).toEqual({
      stdout: '"Advanced asyncio: Solving Real-world Production Problems" is already in itinerary default; nothing changed.\n',
      stderr: '',
      code: 0,
    });
    // Not even written again: a write replaces the file with a new one.
    expect([readFileSync(my.file(), 'utf8'), statSync(my.file()).ino]).toEqual([before, file]);
  });

  it('reports each clash it creates on stderr, and still adds the talk', async () => {
    const my = inHome();
    await my.run(['add', 'advanced-asyncio']);
    const { stdout, stderr, code } = await my.run(['add', 'django-channels-in-practice']);
    expect(code).toBe(0);
    expect(stdout).toBe('Added "Django Channels in practice" (Sat 12:10–12:40, Atrium Ballroom AB) to itinerary default.\n');
    expect(stderr).toBe(
      '"Django Channels in practice" clashes with "Advanced asyncio: Solving Real-world Production Problems" (in Grand Ballroom C) for 30 minutes; both are kept, and "pycon itinerary" shows every clash.\n',
    );
  });

  it('wraps what it says between words on a terminal, and writes it a line each for a pipe', async () => {
    const home = makeHome();
    const env = { PYCON_HOME: home };
    const added = await run(['add', 'advanced-asyncio'], { tty: true, stderrTTY: true, columns: 60, env });
    expect(added.stdout).toBe(
      'Added "Advanced asyncio: Solving Real-world Production\nProblems" (Sat 12:10–12:55, Grand Ballroom C) to itinerary\ndefault.\n',
    );
    const clash = await run(['add', 'django-channels-in-practice'], { tty: true, stderrTTY: true, columns: 60, env });
    expect(clash.stderr).toBe(
      [
        '"Django Channels in practice" clashes with "Advanced',
        'asyncio: Solving Real-world Production Problems" (in Grand',
        // The command it quotes goes whole to the next line, to be copied in one go.
        'Ballroom C) for 30 minutes; both are kept, and',
        '"pycon itinerary" shows every clash.',
        '',
      ].join('\n'),
    );
    // With stdout piped, a warning on the terminal is wrapped to that terminal's width.
    await run(['drop', 'django-channels-in-practice'], { env });
    const piped = await run(['add', 'django-channels-in-practice'], { stderrTTY: true, stderrColumns: 44, env });
    expect(piped.stderr.split('\n').slice(0, 2)).toEqual([
      '"Django Channels in practice" clashes with',
      '"Advanced asyncio: Solving Real-world',
    ]);
    // An error's sentence is wrapped; the lines that list its candidates are left whole, the handle first.
    const ambiguous = await run(['show', 'django'], { tty: true, stderrTTY: true, columns: 40, env });
    expect(ambiguous.stderr.split('\n').slice(0, 3)).toEqual([
      'pycon: "django" matches 3 talks; name',
      'one by its handle:',
      '  django-channels  (Django Channels in practice)',
    ]);
    // Piped, and on stderr when stdout is a terminal but stderr is not, a message is one line.
    expect((await run(['drop', 'advanced-asyncio'], { env })).stdout).toBe(
      'Dropped "Advanced asyncio: Solving Real-world Production Problems" from itinerary default.\n',
    );
  });

  it('takes several talks, and the words of one title unquoted', async () => {
    const my = inHome();
    await my.run(['add', 'beeware', 'plugins-adding']);
    await my.run(['add', 'dont', 'be', 'a', 'robot']);
    const { stdout } = await my.run(['itinerary', '--json']);
    expect(JSON.parse(stdout).talks.map((talk: { id: string }) => talk.id)).toEqual([
      'dont-be-a-robot-build-the-bot',
      'plugins-adding-flexibility-to-your-apps',
      '5-steps-to-build-python-native-gui-widgets-for-beeware',
    ]);
  });

  it('drops a talk and says so; dropping one not there changes nothing', async () => {
    const my = inHome();
    await my.run(['add', 'beeware']);
    expect((await my.run(['drop', 'beeware'])).stdout).toBe(
      'Dropped "5 Steps to Build Python Native GUI Widgets for BeeWare" from itinerary default.\n',
    );
    expect((await my.run(['drop', 'beeware'])).stdout).toBe(
      '"5 Steps to Build Python Native GUI Widgets for BeeWare" is not in itinerary default; nothing changed.\n',
    );
    await my.run(['add', 'advanced-asyncio']);
    expect((await my.run(['drop', 'advanced', 'asyncio'])).stdout).toBe(
      'Dropped "Advanced asyncio: Solving Real-world Production Problems" from itinerary default.\n',
    );
  });

  it('counts a group of overlapping talks as one clash in the header', async () => {
    const my = inHome();
    await my.run(['add', 'django-channels-in-practice', 'assets-in-django-without-losing-your-hair', 'the-elephant-and-the-serpent']);
    const { stdout } = await my.run(['itinerary']);
    expect(stdout.split('\n')[0]).toBe('Itinerary default: 3 talks, 1 clash');
    expect(JSON.parse((await my.run(['itinerary', '--json'])).stdout).conflicts).toHaveLength(3);
  });

  it('renames an itinerary, never over another, and deletes one only with --yes', async () => {
    const my = inHome();
    await my.run(['add', '-i', 'friday-plan', 'beeware']);
    await my.run(['add', '-i', 'other', 'advanced-asyncio']);
    expect(await my.run(['itinerary', '-i', 'friday-plan', '--rename', 'friday'])).toEqual({
      stdout: 'Renamed itinerary friday-plan to friday.\n',
      stderr: '',
      code: 0,
    });
    expect((await my.run(['itinerary', '--list'])).stdout).toBe('friday  1 talk\nother   1 talk\n');
    expect(await my.run(['itinerary', '-i', 'friday', '--rename', 'other'])).toEqual({
      stdout: '',
      stderr: 'pycon: There is already an itinerary named other; choose another name, or delete that one first.\n',
      code: 1,
    });
    expect((await my.run(['itinerary', '-i', 'friday', '--rename', '../x'])).code).toBe(2);
    expect(await my.run(['itinerary', '-i', 'other', '--delete'])).toEqual({
      stdout: '',
      stderr: 'pycon: This deletes itinerary other and its 1 talk; run "pycon itinerary -i other --delete --yes" to do it.\n',
      code: 2,
    });
    expect((await my.run(['itinerary', '-i', 'other', '--delete', '--yes'])).stdout).toBe('Deleted itinerary other.\n');
    expect(await my.run(['itinerary', '--list'])).toEqual({ stdout: 'friday  1 talk\n', stderr: '', code: 0 });
    expect(await my.run(['itinerary', '-i', 'other', '--delete', '--yes'])).toEqual({
      stdout: '',
      stderr: 'pycon: There is no itinerary named other; you have only friday ("pycon add -i other <talk>" starts it).\n',
      code: 1,
    });
    // The default itinerary is there to be added to before it is written, but not to be renamed or deleted.
    for (const [flag, verb] of [
      ['--rename', 'rename'],
      ['--delete', 'delete'],
    ]) {
      expect(await my.run(['itinerary', flag as string, ...(flag === '--rename' ? ['mine'] : ['--yes'])])).toEqual({
        stdout: '',
        stderr: `pycon: Itinerary default was never written, so there is nothing to ${verb}.\n`,
        code: 1,
      });
    }
  });

  it('says when there are no itineraries to list, and when one has no talks on the day asked for', async () => {
    const my = inHome();
    expect(await my.run(['itinerary', '--list'])).toEqual({
      stdout: 'You have no itineraries yet; "pycon add <talk>" starts the default one.\n',
      stderr: '',
      code: 0,
    });
    await my.run(['add', 'beeware']);
    expect((await my.run(['itinerary', '--day', 'fri'])).stdout).toBe(
      'Itinerary default has no talks on that day; add some with "pycon add <talk>", or let "pycon plan <interests>" pick them.\n',
    );
  });

  it('keeps several itineraries apart with -i, and lists them', async () => {
    const my = inHome();
    await my.run(['add', 'beeware', '-i', 'friends']);
    await my.run(['add', 'advanced-asyncio', 'plugins-adding']);
    expect((await my.run(['itinerary', '--list'])).stdout).toBe('default  2 talks\nfriends  1 talk\n');
    expect(JSON.parse((await my.run(['itinerary', '--list', '--json'])).stdout)).toEqual([
      { name: 'default', talks: 2 },
      { name: 'friends', talks: 1 },
    ]);
    expect(await my.run(['add', 'beeware', '-i', '../escape'])).toMatchObject({ code: 2 });
    expect(await my.run(['add', 'beeware', '-i', '友達'])).toEqual({
      stdout: '',
      stderr: 'pycon: "友達" cannot name an itinerary; use letters a–z, digits, dots, dashes and underscores, such as -i friday-plan.\n',
      code: 2,
    });
  });

  it('prints the itinerary as --json with its conflicts', async () => {
    const my = inHome();
    await my.run(['add', 'advanced-asyncio', 'django-channels-in-practice', 'assets-in-django']);
    const data = JSON.parse((await my.run(['itinerary', '--json'])).stdout);
    expect(Object.keys(data)).toEqual(['name', 'talks', 'conflicts', 'tightChanges']);
    expect(data.talks.map((talk: { priority: string }) => talk.priority)).toEqual(['want', 'want', 'want']);
    expect(data.conflicts).toEqual([
      { talks: ['django-channels-in-practice', 'assets-in-django-without-losing-your-hair'], minutes: 30 },
      { talks: ['django-channels-in-practice', 'advanced-asyncio-solving-real-world-production-problems'], minutes: 30 },
      { talks: ['assets-in-django-without-losing-your-hair', 'advanced-asyncio-solving-real-world-production-problems'], minutes: 30 },
    ]);
    expect(JSON.parse((await my.run(['add', 'beeware', '--json'])).stdout).talks).toHaveLength(4);
  });
});

describe('pycon itinerary', () => {
  it('keeps in one clash the talks a long one overlaps, though a short one among them ends first', async () => {
    const my = await homeWithHackWeekend();
    // The night owls end at 02:00, the walk starts at 07:00: both while the hackathon runs.
    expect((await my.run(['add', 'hackathon', 'night', 'sunrise'])).code).toBe(0);
    expect((await my.runTTY(['itinerary'])).stdout).toBe(
      [
        'Itinerary default: 3 talks, 1 clash',
        '',
        'Saturday 1 February 2025',
        '! Clash: 3 talks overlap for 300 min',
        '! Sat 10:00–Mon 02:00  The Hackathon',
        '!                      Lab · the',
        '! Sat 23:00–02:00      Night owls',
        '!                      Hall · night',
        '! Sun 07:00–09:00      Sunrise walk',
        '!                      Hall · sunrise',
        '',
      ].join('\n'),
    );
  });

  it('shows a clash with a talk of an earlier day on the day it happens, and counts it', async () => {
    const my = await homeWithHackWeekend();
    expect((await my.run(['add', 'hackathon', 'demos', 'night'])).code).toBe(0);
    expect((await my.runTTY(['itinerary'])).stdout).toBe(
      [
        'Itinerary default: 3 talks, 2 clashes',
        '',
        'Saturday 1 February 2025',
        '! Clash: 180 min overlap',
        '! 10:00–Mon 02:00  The Hackathon',
        '!                  Lab · the',
        '! 23:00–02:00      Night owls',
        '!                  Hall · night',
        '',
        'Sunday 2 February 2025',
        '! Clash: 30 min overlap',
        '! Sat 10:00–Mon 02:00  The Hackathon',
        '!                      Lab · the',
        '! Sun 09:00–09:30      Demos',
        '!                      Hall · demos',
        '',
      ].join('\n'),
    );
    expect((await my.run(['itinerary', '--check'])).code).toBe(1);
    // Sunday alone shows the clash, and checks it, with the hackathon in its JSON.
    expect((await my.runTTY(['itinerary', '--day', 'sun'])).stdout.split('\n').slice(0, 4)).toEqual([
      'Itinerary default: 1 talk, 1 clash',
      '',
      'Sunday 2 February 2025',
      '! Clash: 30 min overlap',
    ]);
    expect((await my.run(['itinerary', '--day', 'sun', '--check'])).code).toBe(1);
    // From another zone, the conference's own time of the hackathon names the weekday it ends, as every span of a day or more does.
    expect((await my.runTTY(['itinerary', '--tz', 'America/New_York'])).stdout.split('\n').slice(4, 8)).toEqual([
      'Saturday 1 February 2025',
      '! Clash: 180 min overlap',
      '! 04:00–Sun 20:00  The Hackathon',
      '!                  Lab · the · 10:00–Mon 02:00 in Brussels',
    ]);
    expect(JSON.parse((await my.run(['itinerary', '--day', 'sun', '--json'])).stdout).conflicts).toEqual([
      { talks: ['the-hackathon', 'demos'], minutes: 30 },
    ]);
  });

  it('shows talks by day, clashes grouped, free gaps and tight room changes', async () => {
    const my = inHome();
    await my.run([
      'add',
      'dont-be-a-robot',
      'advanced-asyncio',
      'django-channels-in-practice',
      'but-why-is-the-django',
      'statistical-profiling',
      'plugins-adding',
      'beeware',
    ]);
    const { stdout, code } = await my.runTTY(['itinerary']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Itinerary default: 7 talks, 1 clash',
        '',
        'Friday 3 May 2019',
        "  10:50–11:20  Don't be a robot, build the bot",
        '               Grand Ballroom B · dont',
        '',
        'Saturday 4 May 2019',
        '! Clash: 30 min overlap',
        '! 12:10–12:40  Django Channels in practice',
        '!              Atrium Ballroom AB · django-channels',
        '! 12:10–12:55  Advanced asyncio: Solving Real-world Production Problems',
        '!              Grand Ballroom C · advanced',
        '  12:55–13:55  free for 1 h: 2 talks run then',
        '  13:55–14:25  But, Why is the (Django) Admin Slow?',
        '               Grand Ballroom C · but',
        '  14:35–15:05  Statistical Profiling (and other fun with the sys module)',
        '               Atrium Ballroom AB · statistical',
        '',
        'Sunday 5 May 2019',
        '  13:10–13:40  Plugins: Adding Flexibility to Your Apps',
        '               Room 26A/B/C · plugins',
        '  13:40–14:30  free for 50 min: 5 talks run then',
        '  14:30–15:00  5 Steps to Build Python Native GUI Widgets for BeeWare',
        '               Grand Ballroom A · 5',
        '',
      ].join('\n'),
    );
  });

  it('flags a change of room with under 10 minutes as tight', async () => {
    const store = JSON.parse(readFileSync(bundledStore, 'utf8'));
    const moved = store.talks.find((talk: { id: string }) => talk.id === 'statistical-profiling-and-other-fun-with-the-sys-module');
    moved.start = '2019-05-04T14:30:00-04:00';
    const storePath = join(makeHome(), 'store.json');
    writeFileSync(storePath, JSON.stringify(store));
    const env = { PYCON_HOME: makeHome(), PYCON_STORE: storePath };
    await run(['add', 'but-why-is-the-django', 'statistical-profiling'], { env });
    const { stdout } = await runTTY(['itinerary'], 80, { env });
    expect(stdout.split('\n').slice(3)).toEqual([
      '  13:55–14:25  But, Why is the (Django) Admin Slow?',
      '               Grand Ballroom C · but',
      '  14:30–15:05  Statistical Profiling (and other fun with the sys module)',
      '               Atrium Ballroom AB · statistical',
      '               tight: Grand Ballroom C → Atrium Ballroom AB: 5 min, the walk',
      '               takes 10',
      '',
    ]);
  });

  it('wraps the room, handle and home time between parts, never inside one', async () => {
    const my = inHome();
    await my.run(['add', 'advanced-asyncio']);
    const { stdout } = await runTTY(['itinerary', '--tz', 'Asia/Tokyo'], 40, { env: { PYCON_HOME: my.home } });
    expect(stdout.split('\n').slice(4)).toEqual([
      'Sunday 5 May 2019',
      '  01:10–01:55  Advanced asyncio: Solving',
      '               Real-world Production',
      '               Problems',
      '               Grand Ballroom C ·',
      '               advanced ·',
      '               Sat 12:10–12:55 in Cleveland',
      '',
    ]);
  });

  it('says a clash of one minute as one minute', async () => {
    const my = await homeWithOneDay('Minute Day', [
      { id: 1, start: '10:00', duration: '00:31', room: 'A', title: 'Long Opening' },
      { id: 2, start: '10:30', duration: '00:30', room: 'B', title: 'Quick Start' },
    ]);
    await my.run(['add', 'long']);
    expect((await my.run(['add', 'quick'])).stderr).toBe(
      '"Quick Start" clashes with "Long Opening" (in A) for 1 minute; both are kept, and "pycon itinerary" shows every clash.\n',
    );
  });

  it('says a long free gap in hours, and one talk then as one', async () => {
    const my = await homeWithOneDay('Gap Day', [
      { id: 1, start: '09:00', duration: '00:30', room: 'A', title: 'Morning' },
      { id: 2, start: '10:00', duration: '01:00', room: 'A', title: 'Midday' },
      { id: 3, start: '12:05', duration: '00:30', room: 'A', title: 'Evening' },
    ]);
    await my.run(['add', 'morning', 'evening']);
    expect((await my.runTTY(['itinerary'])).stdout.split('\n').slice(5, 6)).toEqual([
      '  09:30–12:05  free for 2 h 35 min: 1 talk runs then',
    ]);
  });

  it('lists a talk after midnight under the day the schedule puts it in, each time that day with its weekday', async () => {
    const my = await homeWithOneDay('Night Day', [
      { id: 1, start: '10:00', duration: '00:30', room: 'A', title: 'Opening' },
      { id: 2, start: '16:00', duration: '00:45', room: 'B', title: 'Afternoon Talk' },
      { id: 3, date: '2025-02-02', start: '00:30', duration: '01:30', room: 'A', title: 'Late Film' },
    ]);
    await my.run(['add', 'opening', 'late']);
    expect((await my.runTTY(['itinerary', '--day', 'sat'])).stdout.split('\n')).toEqual([
      'Itinerary default: 2 talks, no clashes',
      '',
      'Saturday 1 February 2025',
      '  Sat 10:00–10:30  Opening',
      '                   A · opening',
      '  Sat 10:30–00:30  free for 14 h: 1 talk runs then',
      '  Sun 00:30–02:00  Late Film',
      '                   A · late',
      '',
    ]);
    // As plan shows the talks it plans around.
    expect((await my.runTTY(['plan', 'afternoon', '--day', 'sat', '--dry-run'])).stdout.split('\n').slice(0, 9)).toEqual([
      'Plan for afternoon: 1 new talk, around 2 talks you had',
      '',
      'Saturday 1 February 2025',
      '  Sat 10:00–10:30  Opening',
      '                   A · opening · already in your itinerary',
      '  Sat 16:00–16:45  Afternoon Talk',
      '                   B · afternoon · matches afternoon (title match)',
      '  Sun 00:30–02:00  Late Film',
      '                   A · late · already in your itinerary',
    ]);
  });

  it('names the zone and converts times with --tz', async () => {
    const my = inHome();
    await my.run(['add', 'dont-be-a-robot']);
    const { stdout } = await runTTY(['itinerary', '--tz', 'Europe/Berlin'], 80, { env: { PYCON_HOME: my.home } });
    expect(stdout.split('\n').slice(0, 6)).toEqual([
      'Times in Europe/Berlin.',
      '',
      'Itinerary default: 1 talk, no clashes',
      '',
      'Friday 3 May 2019',
      "  16:50–17:20  Don't be a robot, build the bot",
    ]);
  });

  it('exits 1 under --check when anything clashes, 0 otherwise', async () => {
    const my = inHome();
    await my.run(['add', 'advanced-asyncio']);
    expect((await my.run(['itinerary', '--check'])).code).toBe(0);
    await my.run(['add', 'django-channels-in-practice']);
    expect((await my.run(['itinerary', '--check'])).code).toBe(1);
    expect((await my.run(['itinerary', '--check', '--day', 'friday'])).code).toBe(0);
    await my.run(['drop', 'django-channels-in-practice']);
    expect((await my.run(['itinerary', '--check'])).code).toBe(0);
  });

  it('treats an itinerary never written as empty', async () => {
    const my = inHome();
    expect(await my.runTTY(['itinerary'])).toEqual({
      stdout: 'Itinerary default has no talks; add some with "pycon add <talk>", or let\n"pycon plan <interests>" pick them.\n',
      stderr: '',
      code: 0,
    });
    expect(JSON.parse((await my.run(['itinerary', '--json'])).stdout)).toEqual({
      name: 'default',
      talks: [],
      conflicts: [],
      tightChanges: [],
    });
    expect(existsSync(my.file())).toBe(false);
  });

  it('says there is no itinerary of a name never written, naming yours, exit 1', async () => {
    const my = inHome();
    for (const argv of [['itinerary'], ['export'], ['timetable', 'fri'], ['drop', 'beeware']]) {
      expect(await my.run([...argv, '-i', 'nosuch']), argv[0]).toEqual({
        stdout: '',
        stderr: 'pycon: There is no itinerary named nosuch; you have none yet ("pycon add -i nosuch <talk>" starts it).\n',
        code: 1,
      });
    }
    expect((await my.run(['add', '-i', 'friends', 'beeware'])).stdout).toBe(
      'Created itinerary friends.\nAdded "5 Steps to Build Python Native GUI Widgets for BeeWare" (Sun 14:30–15:00, Grand Ballroom A) to itinerary friends.\n',
    );
    expect((await my.run(['add', '-i', 'friends', 'advanced-asyncio'])).stdout).not.toContain('Created');
    expect((await my.run(['itinerary', '-i', 'friend'])).stderr).toBe(
      'pycon: There is no itinerary named friend; you have only friends ("pycon add -i friend <talk>" starts it).\n',
    );
    expect(existsSync(my.file('nosuch'))).toBe(false);
  });

  it('clears only with --yes', async () => {
    const my = inHome();
    await my.run(['add', 'beeware', 'plugins-adding']);
    expect(await my.run(['clear'])).toEqual({
      stdout: '',
      stderr: 'pycon: This removes every talk from itinerary default; run "pycon clear --yes" to do it.\n',
      code: 2,
    });
    expect(await my.run(['clear', '--yes'])).toEqual({ stdout: 'Cleared itinerary default: 2 talks removed.\n', stderr: '', code: 0 });
    expect(JSON.parse(readFileSync(my.file(), 'utf8')).talks).toEqual([]);
    // Empty, it asks nothing and says there was nothing to clear.
    expect(await my.run(['clear'])).toEqual({ stdout: 'Itinerary default was already empty.\n', stderr: '', code: 0 });
    // Another itinerary's command says which.
    await my.run(['add', '-i', 'friends', 'beeware']);
    expect((await my.run(['clear', '-i', 'friends'])).stderr).toBe(
      'pycon: This removes every talk from itinerary friends; run "pycon clear --yes -i friends" to do it.\n',
    );
  });

  it('prints the itinerary as --json after drop and clear, as after add', async () => {
    const my = inHome();
    await my.run(['add', 'beeware', 'plugins-adding']);
    const ids = (stdout: string) => JSON.parse(stdout).talks.map((talk: { id: string }) => talk.id);
    expect(ids((await my.run(['drop', 'beeware', '--json'])).stdout)).toEqual(['plugins-adding-flexibility-to-your-apps']);
    expect(ids((await my.run(['clear', '--yes', '--json'])).stdout)).toEqual([]);
  });

  it('asks on a terminal before clearing or deleting, and changes nothing unless told yes', async () => {
    const my = inHome();
    await my.run(['add', 'beeware', 'plugins-adding']);
    const before = readFileSync(my.file(), 'utf8');
    const answered = (argv: string[], answer: string) => runTTY(argv, 80, { env: { PYCON_HOME: my.home }, answers: [answer] });
    expect(await answered(['clear'], 'n')).toEqual({
      stdout: '',
      stderr: 'Remove all 2 talks from itinerary default? [y/N] n\npycon: Nothing was changed.\n',
      code: 1,
    });
    expect(await answered(['itinerary', '--delete'], '')).toMatchObject({
      stderr: 'Delete itinerary default and its 2 talks? [y/N] \npycon: Nothing was changed.\n',
      code: 1,
    });
    expect(readFileSync(my.file(), 'utf8')).toBe(before);
    expect(await answered(['clear'], 'Yes')).toEqual({
      stdout: 'Cleared itinerary default: 2 talks removed.\n',
      stderr: 'Remove all 2 talks from itinerary default? [y/N] Yes\n',
      code: 0,
    });
    expect(await answered(['itinerary', '--delete'], 'y')).toMatchObject({ stdout: 'Deleted itinerary default.\n', code: 0 });
    expect(existsSync(my.file())).toBe(false);
    await my.run(['add', 'beeware']);
    expect((await answered(['clear'], 'n')).stderr).toBe(
      'Remove the one talk from itinerary default? [y/N] n\npycon: Nothing was changed.\n',
    );
  });
});

describe('the itinerary file', () => {
  it('leaves a corrupt file byte for byte and says how to recover, exit 1', async () => {
    const my = inHome();
    mkdirSync(join(my.home, 'conferences', 'pycon-us-2019', 'itineraries'), { recursive: true });
    const garbage = '{"schemaVersion": 1, "talks": [ {"id": "beew';
    writeFileSync(my.file(), garbage);
    for (const argv of [['add', 'beeware'], ['itinerary'], ['drop', 'beeware'], ['clear', '--yes'], ['plan', 'asyncio']]) {
      const { stdout, stderr, code } = await my.run(argv);
      expect({ stdout, code }, argv.join(' ')).toEqual({ stdout: '', code: 1 });
      expect(stderr).toBe(
        `pycon: The itinerary ${my.file()} is damaged (it is not valid JSON); it was left untouched, so fix it by hand or move it aside (mv "${my.file()}" "${my.file()}.bak") to start afresh.\n`,
      );
    }
    expect(readFileSync(my.file(), 'utf8')).toBe(garbage);
  });

  it('never overwrites a file of an unknown version', async () => {
    const my = inHome();
    mkdirSync(join(my.home, 'conferences', 'pycon-us-2019', 'itineraries'), { recursive: true });
    const future = JSON.stringify({ schemaVersion: 2, name: 'default', entries: [] });
    writeFileSync(my.file(), future);
    const { stderr, code } = await my.run(['add', 'beeware']);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `pycon: The itinerary ${my.file()} has schema version 2, which this pycon does not know; it was left untouched, so use the pycon that wrote it, or move the file aside to start afresh.\n`,
    );
    expect(readFileSync(my.file(), 'utf8')).toBe(future);
  });

  it('keeps and reports a talk id the store no longer has', async () => {
    const my = inHome();
    mkdirSync(join(my.home, 'conferences', 'pycon-us-2019', 'itineraries'), { recursive: true });
    writeFileSync(
      my.file(),
      JSON.stringify({
        schemaVersion: 1,
        name: 'default',
        talks: [{ id: 'a-talk-that-was-cancelled', added: '2019-04-01T00:00:00.000Z' }],
      }),
    );
    const { stdout, stderr } = await my.run(['add', 'beeware']);
    expect(stdout).toContain('Added "5 Steps');
    expect(stderr).toBe(
      'pycon: 1 talk in itinerary default is not in the talk store (a-talk-that-was-cancelled); kept, so drop it with "pycon drop a-talk-that-was-cancelled" if it is gone for good.\n',
    );
    expect(JSON.parse(readFileSync(my.file(), 'utf8')).talks.map((entry: { id: string }) => entry.id)).toEqual([
      'a-talk-that-was-cancelled',
      '5-steps-to-build-python-native-gui-widgets-for-beeware',
    ]);
    expect((await my.run(['drop', 'a-talk-that-was-cancelled'])).stdout).toBe(
      'Dropped "a-talk-that-was-cancelled" from itinerary default.\n',
    );
  });

  it('recovers a stale lock an older pycon left, which names no host', async () => {
    const my = inHome();
    mkdirSync(join(my.home, 'conferences', 'pycon-us-2019', 'itineraries'), { recursive: true });
    writeFileSync(`${my.file()}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, since: '2026-11-25T11:59:59.000Z' }));
    expect((await my.run(['add', 'beeware'])).code).toBe(0);
    expect(existsSync(`${my.file()}.lock`)).toBe(false);
    expect(JSON.parse(readFileSync(my.file(), 'utf8')).talks).toHaveLength(1);
  });
});
