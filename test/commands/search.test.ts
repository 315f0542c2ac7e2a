import { describe, expect, it } from 'vitest';
import { ANSI, makeHome, run, runTTY } from '../helpers/run.js';
import { homeWithOneDay } from '../helpers/schedules.js';

async function firstTitle(...words: string[]): Promise<string> {
  const { stdout, code } = await run(['search', ...words, '--json']);
  const hits = JSON.parse(stdout) as { title: string }[];
  // Nothing found is exit 1, as grep does.
  expect(code).toBe(hits.length === 0 ? 1 : 0);
  return hits[0]?.title ?? '(none)';
}

describe('pycon search', () => {
  it.each([
    [['asyncio'], 'Advanced asyncio: Solving Real-world Production Problems'],
    [['asynco'], 'Advanced asyncio: Solving Real-world Production Problems'],
    [['asyncoi'], 'Advanced asyncio: Solving Real-world Production Problems'],
    [['belanger'], 'Going from 2 to 3 on Windows, macOS and Linux'],
    [['dont'], "Don't be a robot, build the bot"],
    [['BeeWare'], '5 Steps to Build Python Native GUI Widgets for BeeWare'],
    [['time', 'zones'], "Working with Time Zones: Everything You Wish You Didn't Need to Know"],
    [['hypothesis'], 'Escape from auto-manual testing with Hypothesis!'],
    [['christopher', 'beacham'], 'A Medieval DSL? Parsing Heraldic Blazons with Python!'],
    [['lady', 'red'], 'A Medieval DSL? Parsing Heraldic Blazons with Python!'],
    [['escuincla'], '¡Escuincla babosa!: Creating a telenovela script in three Python deep learning frameworks'],
    [['langa'], 'Life Is Better Painted Black, or: How to Stop Worrying and Embrace Auto-Formatting'],
  ])('puts the right talk first for %j', async (words, title) => {
    expect(await firstTitle(...words)).toBe(title);
  });

  it('ranks a title match above a mention in a description', async () => {
    const { stdout } = await run(['search', 'asyncio', '--json']);
    const hits = JSON.parse(stdout) as { title: string; score: number }[];
    expect(hits.map((hit) => hit.title)).toEqual([
      'Advanced asyncio: Solving Real-world Production Problems',
      'Strategies for testing Async code',
      "Everything at Once: Python's Many Concurrency Models",
      'Instant serverless APIs, powered by SQLite',
    ]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('requires every word to match somewhere', async () => {
    expect(await firstTitle('asyncio', 'heraldic')).toBe('(none)');
  });

  it('prints Talk[] with a score as --json', async () => {
    const { stdout } = await run(['search', 'beeware', '--json']);
    expect(JSON.parse(stdout)).toEqual([
      {
        id: '5-steps-to-build-python-native-gui-widgets-for-beeware',
        uid: '5-steps-to-build-python-native-gui-widgets-for-beeware',
        title: '5 Steps to Build Python Native GUI Widgets for BeeWare',
        speakers: ['Dan Yeaw'],
        day: 'Sunday',
        date: '2019-05-05',
        start: '2019-05-05T14:30:00-04:00',
        end: '2019-05-05T15:00:00-04:00',
        room: 'Grand Ballroom A',
        description: expect.stringMatching(/^Have you ever wanted to write a GUI application/),
        handle: '5',
        inItinerary: false,
        score: 10.2,
      },
    ]);
  });

  it('prints for people on a terminal', async () => {
    const { stdout, stderr, code } = await runTTY(['search', 'django', '--day', 'sat'], 80);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        'But, Why is the (Django) Admin Slow?',
        '  but  Jacinda Shelly · Sat 13:55–14:25 · Grand Ballroom C',
        '',
        'Django Channels in practice',
        '  django-channels  Aaron Gee-Clough · Sat 12:10–12:40 · Atrium Ballroom AB',
        '',
        'Assets in Django without losing your hair',
        '  assets  Jacob Kaplan-Moss · Sat 12:10–12:40 · Grand Ballroom A',
        '',
        // Found only in its description: the sentence it is in says why.
        'Eita! Why Internationalization and Localization matter',
        '  eita  Nicolle Cysneiros · Sat 15:15–16:00 · Room 26A/B/C',
        '  “…for their website in Django. Finally, this presentation will discuss how…”',
        '',
      ].join('\n'),
    );
  });

  it('ends a wrapped details line with ·, never starts one with it', async () => {
    const { stdout } = await runTTY(['search', 'strategies', 'testing', 'async', '--limit', '1'], 44);
    expect(stdout).toBe(
      [
        'Strategies for testing Async code',
        '  strategies  Neil Chazin ·',
        '              Sun 13:50–14:20 ·',
        '              Grand Ballroom A',
        '',
      ].join('\n'),
    );
  });

  it('marks your talks ★ and hangs long details under the handle', async () => {
    const home = makeHome();
    await run(['add', 'advanced'], { env: { PYCON_HOME: home } });
    const { stdout } = await runTTY(['search', 'asyncio', '--limit', '1'], 50, { env: { PYCON_HOME: home } });
    expect(stdout).toBe(
      [
        '★ Advanced asyncio: Solving Real-world Production',
        'Problems',
        '  advanced  Lynn Root · Sat 12:10–12:55 ·',
        '            Grand Ballroom C',
        '',
      ].join('\n'),
    );
  });

  it('gives a handle wider than half the screen a line of its own, the details under it', async () => {
    const title = 'Kernel and Compilers and Testing in practice';
    const my = await homeWithOneDay('Many Tracks', [
      { id: 1, start: '10:00', duration: '00:30', room: 'Main', title: `${title} 1` },
      { id: 2, start: '10:30', duration: '00:30', room: 'Main', title: `${title} 2` },
    ]);
    expect((await my.runTTY(['search', 'kernel', '--limit', '1'], 60)).stdout).toBe(
      [
        'Kernel and Compilers and Testing in practice 1',
        '  kernel-and-compilers-and-testing-in-practice-1',
        '    Sat 10:00–10:30 · Main',
        '',
      ].join('\n'),
    );
  });

  it('highlights matched words only when colour is on', async () => {
    const colour = await runTTY(['search', 'asyncio'], 80, { env: { NO_COLOR: undefined } });
    expect(colour.stdout).toContain('\u001b[33masyncio\u001b[39m');
    const noColour = await runTTY(['search', 'asyncio'], 80, { env: { NO_COLOR: '1' } });
    expect(noColour.stdout).not.toMatch(ANSI);
    const flag = await runTTY(['search', 'asyncio', '--no-color'], 80, { env: { FORCE_COLOR: '1' } });
    expect(flag.stdout).not.toMatch(ANSI);
    const json = await runTTY(['search', 'asyncio', '--json'], 80, { env: { FORCE_COLOR: '1' } });
    expect(json.stdout).not.toMatch(ANSI);
  });

  it('prints one tab-separated line per talk when piped', async () => {
    const { stdout } = await run(['search', 'asyncio', '--limit', '1']);
    expect(stdout).toBe(
      'advanced-asyncio-solving-real-world-production-problems\tAdvanced asyncio: Solving Real-world Production Problems\tLynn Root\t2019-05-04T12:10:00-04:00\t2019-05-04T12:55:00-04:00\tGrand Ballroom C\n',
    );
  });

  it('says so on stderr when nothing matches, and exits 1 as grep does', async () => {
    expect(await run(['search', 'zzqqxx'])).toEqual({
      stdout: '',
      stderr: 'No talk matches "zzqqxx"; try fewer or other words, or "pycon talks" to list them all.\n',
      code: 1,
    });
    expect(await run(['search', 'zzqqxx', '--json'])).toEqual({ stdout: '[]\n', stderr: '', code: 1 });
    // JSON holds what was asked for and says nothing more: a --limit shorter than the matches adds no note.
    expect((await run(['search', 'asyncio', '--limit', '1', '--json'])).stderr).toBe('');
    expect((await run(['talks', '--room', '26', '--day', 'fri', '--speaker', 'nobody'])).code).toBe(1);
  });

  it('limits the list and says how to see the rest', async () => {
    const { stdout, stderr } = await runTTY(['search', 'python', '--limit', '2'], 80);
    expect(stdout.split('\n\n')).toHaveLength(2);
    expect(stderr).toBe('Showing 2 of 71 matches; add --limit all to see them all.\n');
    const piped = await run(['search', 'python', '--limit', '3']);
    expect([piped.stdout.split('\n').length, piped.stderr]).toEqual([4, 'Showing 3 of 71 matches; add --limit all to see them all.\n']);
    const all = await run(['search', 'python', '--limit', 'all']);
    expect([all.stdout.split('\n').length, all.stderr]).toEqual([72, '']);
    expect((await run(['search', 'python', '--limit', ' ALL '])).stdout).toBe(all.stdout);
  });

  it('narrows by room and speaker', async () => {
    const { stdout } = await run(['search', 'python', '--room', 'atrium', '--speaker', 'łukasz', '--json']);
    expect((JSON.parse(stdout) as { id: string }[]).map((talk) => talk.id)).toEqual([
      'life-is-better-painted-black-or-how-to-stop-worrying-and-embrace-auto-formatting',
    ]);
    const elsewhere = await run(['search', 'python', '--room', '26', '--speaker', 'lukasz', '--json']);
    expect(JSON.parse(elsewhere.stdout)).toEqual([]);
  });

  it('rejects a limit that is not a positive number as a usage error', async () => {
    expect(await run(['search', 'x', '--limit', '0'])).toEqual({
      stdout: '',
      stderr:
        "pycon: option '--limit <n>' argument '0' is invalid: give a whole number of 1 or more, or all; see \"pycon search --help\".\n",
      code: 2,
    });
  });
});

describe('a search snippet', () => {
  it('opens without … when it starts where the description does, and closes without … when it shows it all', async () => {
    const my = await homeWithOneDay('Snippets', [
      { id: 1, start: '10:00', duration: '00:30', room: 'Hall', title: 'Morning', abstract: 'Bring coffee and a laptop.' },
      { id: 2, start: '11:00', duration: '00:30', room: 'Hall', title: 'Types', abstract: 'mypyについて語ります。' },
    ]);
    expect((await my.runTTY(['search', 'coffee'])).stdout.split('\n')[2]).toBe('  “Bring coffee and a laptop.”');
    // Eight characters before a match inside a word are shown whole; a ninth would cut them.
    expect((await my.runTTY(['search', '語ります'])).stdout.split('\n')[2]).toBe('  “mypyについて語ります。”');
  });
});

describe('pycon search on a Japanese conference', () => {
  const japanese = () =>
    homeWithOneDay('PyCon JP', [
      {
        id: 1,
        start: '10:00',
        duration: '00:30',
        room: 'ホールA',
        title: '型ヒント入門',
        abstract: '&lt;p&gt;Pythonの静的型付けについて、実例を交えてじっくりと話します。詳細はこちら。&lt;/p&gt;',
      },
      { id: 2, start: '11:00', duration: '00:30', room: 'ホールA', title: 'データ分析', abstract: 'pandasの話です。' },
      {
        id: 3,
        start: '12:00',
        duration: '00:30',
        room: 'ホールA',
        title: 'パッケージング',
        abstract: 'uv, hatch, poetryについて語ります。',
      },
    ]);

  it('finds a word inside a description’s sentence, and shows the sentence from a little before it', async () => {
    const my = await japanese();
    expect((await my.runTTY(['search', '話します'])).stdout).toBe(
      ['型ヒント入門', '  型ヒント入門  Sat 10:00–10:30 · ホールA', '  “…交えてじっくりと話します。詳細はこちら。”', ''].join('\n'),
    );
    expect((await my.run(['search', 'こちら'])).stdout).toBe(
      '型ヒント入門\t型ヒント入門\t\t2025-02-01T10:00:00+01:00\t2025-02-01T10:30:00+01:00\tホールA\n',
    );
    // A talk is named by any part of its title, as a search finds it.
    expect((await my.run(['show', 'ヒント'])).stdout.split('\n')[0]).toBe('型ヒント入門');
    expect(await my.run(['add', '分析'])).toMatchObject({ code: 0, stderr: '' });
    // Only the word is highlighted, not the whole sentence it is in.
    const coloured = await runTTY(['search', 'こちら'], 80, { env: { PYCON_HOME: my.home, NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured.stdout.split('\n')[2]).toBe('  “…話します。詳細は\u001b[1m\u001b[33mこちら\u001b[39m\u001b[22m。”');
    // The few characters shown before the match never start inside a word of Latin letters (`…etryについて`).
    expect((await my.runTTY(['search', '語ります'])).stdout.split('\n')[2]).toBe('  “…について語ります。”');
  });
});
