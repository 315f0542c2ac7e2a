import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { homeWithWinterHackDays, makeHome, run, inHome } from '../helpers/run.js';
import { homeWithOneDay } from '../helpers/schedules.js';

describe('pycon plan', () => {
  it('plans a talk given in two slots once, and says when else it is on', async () => {
    const my = await homeWithWinterHackDays();
    const { stdout, code } = await my.runTTY(['plan', 'rust', '--dry-run'], 60);
    expect([code, stdout]).toEqual([
      0,
      [
        'Plan for rust: 1 new talk',
        '',
        'Friday 27 December 2024',
        '  16:00–16:30  Rust for Hardware',
        '               Saal G · rust-for-hardware · matches rust',
        '               (title match) · also Sat 11:00–11:30',
        '',
        'Dry run: nothing saved; run without --dry-run to add it to',
        'itinerary default.',
        '',
      ].join('\n'),
    ]);
  });

  it('names the room of another slot of a talk given twice when it is not the same room', async () => {
    const given = { title: 'Packaging today', duration: '00:30', speakers: ['Ada Example'] };
    const my = await homeWithOneDay('Repeat Day', [
      { id: 1, start: '10:00', room: 'Hall', ...given },
      { id: 2, start: '10:00', room: 'Annex', ...given },
      { id: 3, start: '14:00', room: 'Hall', ...given },
    ]);
    const { stdout, code } = await my.runTTY(['plan', 'packaging', '--dry-run'], 60);
    expect([code, stdout.split('\n').slice(2, 7)]).toEqual([
      0,
      [
        'Saturday 1 February 2025',
        '  10:00–10:30  Packaging today',
        '               Hall · packaging-today · matches packaging',
        '               (title match) · also Sat 10:00–10:30',
        '               in Annex · also Sat 14:00–14:30',
      ],
    ]);
  });

  it('keeps the slot of a talk given twice that leaves room for the most, and never breaks a handle on a narrow terminal', async () => {
    const my = await homeWithWinterHackDays();
    const { stdout } = await my.runTTY(['plan', 'rust', 'encrypt', '--backups', '--dry-run'], 40);
    expect(stdout.split('\n').slice(0, 19)).toEqual([
      'Plan for rust, encrypt: 2 new talks',
      '',
      'Friday 27 December 2024',
      "  16:00–16:45  Let's Encrypt Everything",
      '               Saal 1 · lets · matches',
      '               encrypt (title match)',
      '               backup: Rust for',
      '                 Hardware (Saal G,',
      '                 rust-for-hardware) ·',
      '                 rust (title match)',
      '',
      'Saturday 28 December 2024',
      '  11:00–11:30  Rust for Hardware',
      '               Saal G ·',
      '               rust-for-hardware-2 ·',
      '               matches rust (title',
      '               match) ·',
      '               also Fri 16:00–16:30',
      '               no backup: nothing else',
    ]);
  });

  it('shows the best clash-free plan by day, and what was left out', async () => {
    const my = inHome();
    const { stdout, stderr, code } = await my.runTTY(['plan', 'asyncio', 'testing', 'security', '--day', 'sunday', '--dry-run']);
    // On a narrow terminal, a line of room, handle and reason may end in `·` but never starts with it.
    const narrow = (await my.runTTY(['plan', 'testing', '--day', 'sat', '--dry-run'], 40)).stdout.split('\n');
    expect(narrow.slice(3, 9)).toEqual([
      '  11:30–12:00  Beyond Two Groups:',
      '               Generalized Bayesian',
      '               A/B[/C/D/E...] Testing',
      '               Grand Ballroom C ·',
      '               beyond · matches testing',
      '               (title match)',
    ]);
    expect({ stderr, code }).toEqual({ stderr: '', code: 0 });
    expect(stdout).toBe(
      [
        'Plan for asyncio, testing, security: 3 new talks',
        '',
        'Sunday 5 May 2019',
        '  13:10–13:40  Account Security Patterns: How Logged-In Are you?',
        '               Grand Ballroom B · account · matches security (title match)',
        '  13:50–14:20  Strategies for testing Async code',
        '               Grand Ballroom A · strategies · matches testing (title match),',
        '               asyncio (mentioned twice)',
        '  14:30–15:00  Escape from auto-manual testing with Hypothesis!',
        '               Grand Ballroom C · escape · matches testing (title match)',
        '',
        'Left out, as they clash with the plan:',
        '  Getting Started Testing in Data Science',
        '    Sun 13:50–14:20, testing (title match), clashes with "Strategies for testing',
        '    Async code"',
        '',
        'Dry run: nothing saved; run without --dry-run to add them to itinerary default.',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(my.home, 'conferences', 'pycon-us-2019', 'itineraries', 'default.json'))).toBe(false);
    // Of many left out, the best few are shown, and the rest counted.
    expect((await my.runTTY(['plan', 'python', '--dry-run'])).stdout).toContain(
      '    Effective Parallel Programming on the GPU"\n  … and 25 weaker matches\n',
    );
  });

  it('leaves out a talk that mentions an interest only in passing, unless --mentions asks for fewer', async () => {
    const my = inHome();
    const planned = async (...extra: string[]) =>
      JSON.parse((await my.run(['plan', 'testing', '--dry-run', '--json', ...extra])).stdout).talks.map((talk: { id: string }) => talk.id);
    const clinical = 'how-to-build-a-clinical-diagnostic-model-in-python';
    // "testing" once, among lab results and imaging; mocking's says testing, tests and test.
    expect(await planned()).not.toContain(clinical);
    expect(await planned()).toContain('mocking-and-patching-pitfalls');
    expect(await planned('--mentions', '1')).toContain(clinical);
    expect(await my.run(['plan', 'testing', '--mentions', '0'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--mentions'),
    });
  });

  it("says how each talk matched: a speaker's name, a description that mentions an interest once", async () => {
    const { stdout } = await run(['plan', 'lynn', 'docker', '--mentions', '1', '--dry-run'], { env: { PYCON_HOME: makeHome() } });
    expect(stdout).toBe(
      [
        'Plan for lynn, docker: 1 new talk',
        '',
        'Saturday 4 May 2019',
        '  12:10–12:55  Advanced asyncio: Solving Real-world Production Problems',
        '               Grand Ballroom C · advanced · matches lynn (speaker match)',
        '',
        'Left out, as they clash with the plan:',
        '  Instant serverless APIs, powered by SQLite',
        '    Sat 12:10–12:55, docker (mentioned once), clashes with "Advanced asyncio:',
        '    Solving Real-world Production Problems"',
        '',
        'Dry run: nothing saved; run without --dry-run to add it to itinerary default.',
        '',
      ].join('\n'),
    );
  });

  it('saves the plan unless --dry-run, and prints the itinerary as --json', async () => {
    const my = inHome();
    const { stdout } = await my.run(['plan', 'asyncio', 'testing', 'security', '--json']);
    const data = JSON.parse(stdout);
    expect(Object.keys(data)).toEqual(['name', 'talks', 'conflicts']);
    expect(data.conflicts).toEqual([]);
    expect(data.talks.map((talk: { id: string }) => talk.id)).toEqual([
      'a-snake-in-the-bits-security-automation-with-python',
      'mocking-and-patching-pitfalls',
      'beyond-two-groups-generalized-bayesian-a-b-c-d-e-testing',
      'advanced-asyncio-solving-real-world-production-problems',
      'leveraging-the-type-system-to-write-secure-applications',
      'python-security-tools',
      'account-security-patterns-how-logged-in-are-you',
      'strategies-for-testing-async-code',
      'escape-from-auto-manual-testing-with-hypothesis',
    ]);
    const saved = JSON.parse(readFileSync(join(my.home, 'conferences', 'pycon-us-2019', 'itineraries', 'default.json'), 'utf8'));
    expect(saved.talks).toHaveLength(9);
    expect((await my.run(['itinerary', '--check'])).code).toBe(0);
  });

  it('keeps the talks already picked and plans around them', async () => {
    const my = inHome();
    await my.run(['add', 'getting-started-testing-in-data-science']);
    const { stdout } = await my.run(['plan', 'testing', '--day', 'sun', '--json']);
    expect(JSON.parse(stdout).talks.map((talk: { id: string }) => talk.id)).toEqual([
      'getting-started-testing-in-data-science',
      'escape-from-auto-manual-testing-with-hypothesis',
    ]);
  });

  it('says when the talks already picked clash with each other', async () => {
    const my = inHome();
    await my.run(['add', 'advanced-asyncio', 'django-channels-in-practice']);
    const { stderr, code } = await my.run(['plan', 'security', '--dry-run']);
    expect(code).toBe(0);
    expect(stderr).toBe(
      'Your itinerary already has "Django Channels in practice" and "Advanced asyncio: Solving Real-world Production Problems" overlapping for 30 minutes; the plan keeps both, so drop one with "pycon drop".\n',
    );
  });

  it('asks for an interest when given none, or only blank ones, as a usage error', async () => {
    const my = inHome();
    for (const argv of [['plan'], ['plan', ' ', '']]) {
      expect(await my.run(argv)).toEqual({
        stdout: '',
        stderr: 'pycon: Name at least one interest, such as "pycon plan asyncio testing".\n',
        code: 2,
      });
    }
  });

  it('says so when no talk matches the interests', async () => {
    const my = inHome();
    expect(await my.runTTY(['plan', 'zzqqxx'])).toEqual({
      stdout: 'No talk matches "zzqqxx"; try other interests, or "pycon search" to explore.\n',
      stderr: '',
      code: 0,
    });
  });

  it('says when descriptions only mention the interests in passing, and how to count them', async () => {
    const my = inHome();
    // Four descriptions say "hardware", each once, and no title or speaker's name does.
    expect(await my.run(['plan', 'hardware'])).toEqual({
      stdout: 'No talk is about "hardware": 4 talks mention it fewer than 2 times; add "--mentions 1" to count those.\n',
      stderr: '',
      code: 0,
    });
    expect((await my.runTTY(['plan', 'hardware', '--mentions', '1', '--dry-run'])).stdout).toMatch(/^Plan for hardware: \d new talks?\n/);
    // On a terminal, wrapped between words.
    expect((await my.runTTY(['plan', 'startup', '--dry-run'])).stdout).toBe(
      'No talk is about "startup": 1 talk mentions it fewer than 2 times; add\n"--mentions 1" to count that one.\n',
    );
  });

  it('says so when a plan adds nothing, dry run or not', async () => {
    const home = makeHome();
    const env = { PYCON_HOME: home };
    await run(['plan', 'asyncio'], { env });
    const dry = await run(['plan', 'asyncio', '--dry-run'], { env });
    expect(dry.stdout.trimEnd().split('\n').slice(-1)).toEqual([
      'Dry run: the plan would add nothing to itinerary default; every match clashes with a talk you have, or is in it already.',
    ]);
    const again = await run(['plan', 'asyncio'], { env });
    expect(again.stdout.trimEnd().split('\n').slice(-1)).toEqual([
      'Nothing added to itinerary default: every match clashes with a talk you have, or is in it already.',
    ]);
  });
});
