import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlesOf } from '../../src/schedule/handles.js';
import type { Store } from '../../src/schedule/types.js';
import { loadStore } from '../../src/store/loadStore.js';
import { loadOutline, outlineText } from '../../src/store/storeOutline.js';
import { outlinePath, searchPath, sealStore } from '../../src/store/storeSeal.js';
import { storeText } from '../../src/store/storeText.js';
import { homeWithWinterHackDays, repoRoot } from '../helpers/run.js';

const schedule = join(repoRoot, 'test', 'fixtures', 'schedules', 'winter-hack-days.xml');

async function imported() {
  const my = await homeWithWinterHackDays();
  const { store } = my;
  const outline = outlinePath(store);
  /** Rewrites the outline and seals it again, as pycon would have written it. */
  const rewriteOutline = (change: (data: Store) => void) => {
    const data = JSON.parse(readFileSync(outline, 'utf8')) as Store;
    change(data);
    writeFileSync(outline, JSON.stringify(data));
    sealStore(store, true);
  };
  return { ...my, store, outline, rewriteOutline };
}

describe("a store's outline", () => {
  it('is the store without descriptions and search text', async () => {
    const my = await imported();
    const whole = loadStore(my.store);
    const outline = JSON.parse(readFileSync(my.outline, 'utf8')) as Store;
    expect(outline.searchText).toBeUndefined();
    expect(outline.talks.map((talk) => Object.keys(talk))).toEqual(
      whole.talks.map((talk) => Object.keys(talk).filter((field) => field !== 'description')),
    );
    expect(outline.talks[1]).toEqual({ ...whole.talks[1], description: undefined });
    expect(readFileSync(my.outline, 'latin1')).toBe(outlineText(whole, readFileSync(my.store, 'latin1')).join(''));
  });

  it('writes each talk on a line of its own, after the rest, so that a command parses only the talks it needs', async () => {
    const my = await imported();
    const whole = loadStore(my.store);
    const lines = readFileSync(my.outline, 'latin1').split('\n');
    expect(lines[0]).toMatch(/,"talks":\[$/);
    const talkLines = lines.slice(1, 1 + whole.talks.length);
    expect(talkLines.map((line) => JSON.parse(line.replace(/,$/, '')))).toEqual(
      whole.talks.map(({ description: _description, ...talk }) => talk),
    );
    expect(lines.slice(1 + whole.talks.length)).toEqual([']}', '']);

    // The line of the first talk spoiled, as long as it was, and sealed so, as if pycon had written it: a search for rust never parses it.
    lines[1] = `{${'x'.repeat((lines[1]?.length ?? 3) - 3)}},`;
    writeFileSync(my.outline, lines.join('\n'));
    sealStore(my.store, true);
    const found = await my.run(['search', 'rust']);
    expect(found.code).toBe(0);
    expect(found.stdout.split('\n').map((line) => line.split('\t')[0])).toEqual(['rust-for-hardware', 'rust-for-hardware-2', '']);
    // Nor does adding a talk named by its id to an itinerary, whatever script the id is in.
    expect(await my.run(['add', 'rust-for-hardware'])).toMatchObject({ code: 0, stderr: '' });
    expect(await my.run(['add', 'late-night-film-真夜中の映画'])).toMatchObject({ code: 0, stderr: '' });
    // Listing every talk parses it: the outline is removed, and the next command reads the store whole.
    expect(await my.run(['talks'])).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `pycon: The outline beside the talk store ${my.store} was spoiled, so pycon removed it; run the command again.\n`,
    });
    expect(existsSync(my.outline)).toBe(false);
    const listed = await my.run(['talks']);
    expect(listed.code).toBe(0);
    expect(listed.stdout.split('\n')[0]).toMatch(/^opening-welcome\tOpening & Welcome\t/);
    expect(readFileSync(my.outline, 'latin1')).toBe(outlineText(whole, readFileSync(my.store, 'latin1')).join(''));
  });

  it('finds a talk by its id, and an itinerary its talks, without the uid and date columns, parsing no other talk', async () => {
    const my = await imported();
    const lines = readFileSync(my.outline, 'latin1').split('\n');
    const head = lines[0] ?? '';
    lines[0] = head.replace(/,"uids":"[^"]*","dates":"[^"]*"/, '');
    expect(lines[0]).not.toBe(head);
    lines[1] = `{${'x'.repeat((lines[1]?.length ?? 3) - 3)}},`;
    writeFileSync(my.outline, lines.join('\n'));
    sealStore(my.store, true);
    expect(await my.run(['add', 'rust-for-hardware'])).toMatchObject({ code: 0, stderr: '' });
    expect((await my.run(['itinerary'])).stdout).toContain('Rust for Hardware');
  });

  it('is not trusted when its talks are not as long as it says, and is then written again from the store', async () => {
    const my = await imported();
    writeFileSync(my.outline, readFileSync(my.outline, 'latin1').replace('Opening & Welcome', 'Shorter'));
    sealStore(my.store, true);
    expect((await my.run(['talks'])).stdout.split('\n')[0]).toMatch(/^opening-welcome\tOpening & Welcome\t/);
    const whole = loadStore(my.store);
    expect(readFileSync(my.outline, 'latin1')).toBe(outlineText(whole, readFileSync(my.store, 'latin1')).join(''));
  });

  it("holds the speakers in the order of a name index, and each one's number of talks, as pycon speakers lists them", async () => {
    const my = await imported();
    const { speakerOrder, speakerTalks } = JSON.parse(readFileSync(my.outline, 'utf8')) as { speakerOrder: string; speakerTalks: string };
    expect(speakerOrder).toBe(['Ada Example', 'Bob Tester', 'Chris Maker', 'Grace Sample'].join('\n'));
    expect(speakerTalks).toBe(['1', '1', '2', '1'].join('\n'));
    expect((await my.run(['speakers'])).stdout).toBe('Ada Example\t1\nBob Tester\t1\nChris Maker\t2\nGrace Sample\t1\n');
    // Listed as saved, without reading the talks.
    my.rewriteOutline((data) => {
      const saved = data as Store & { speakerOrder: string; speakerTalks: string };
      saved.speakerOrder = ['Grace Sample', 'Chris Maker', 'Bob Tester', 'Ada Example'].join('\n');
      saved.speakerTalks = ['1', '2', '1', '3'].join('\n');
    });
    expect((await my.run(['speakers'])).stdout).toBe('Grace Sample\t1\nChris Maker\t2\nBob Tester\t1\nAda Example\t3\n');
  });

  it("counts each speaker's talks when the outline holds no counts, or not one for each speaker", async () => {
    const my = await imported();
    for (const speakerTalks of [undefined, ['1', 'x', '2', '1'].join('\n'), ['1', '1', '2'].join('\n')]) {
      my.rewriteOutline((data) => {
        const saved = data as Store & { speakerOrder: string; speakerTalks?: string };
        saved.speakerOrder = ['Grace Sample', 'Chris Maker', 'Bob Tester', 'Ada Example'].join('\n');
        saved.speakerTalks = speakerTalks;
      });
      expect((await my.run(['speakers'])).stdout).toBe('Grace Sample\t1\nChris Maker\t2\nBob Tester\t1\nAda Example\t1\n');
    }
  });

  it("holds each day's number of talks, first start and last end, as pycon days lists them", async () => {
    const my = await imported();
    const { daySummaries } = JSON.parse(readFileSync(my.outline, 'utf8')) as { daySummaries: unknown };
    expect(daySummaries).toEqual([
      { date: '2024-12-27', talks: 4, firstStart: '2024-12-27T10:00:00+01:00', lastEnd: '2024-12-28T02:00:00+01:00' },
      { date: '2024-12-28', talks: 1, firstStart: '2024-12-28T11:00:00+01:00', lastEnd: '2024-12-28T11:30:00+01:00' },
    ]);
    // Listed as saved, without reading the talks.
    my.rewriteOutline((data) => {
      (data as Store & { daySummaries: unknown }).daySummaries = [
        { date: '2024-12-27', talks: 9, firstStart: '2024-12-27T08:00:00+01:00', lastEnd: '2024-12-27T20:00:00+01:00' },
        { date: '2024-12-28', talks: 0, firstStart: null, lastEnd: null },
      ];
    });
    expect((await my.run(['days'])).stdout).toBe(
      '2024-12-27\tFriday\t9\t2024-12-27T08:00:00+01:00\t2024-12-27T20:00:00+01:00\n2024-12-28\tSaturday\t0\t\t\n',
    );
  });

  it('works the days out from the talks when the outline holds no summary of them, or not one of each day, with its times', async () => {
    const my = await imported();
    const friday = { date: '2024-12-27', talks: 9, firstStart: '2024-12-27T08:00:00+01:00', lastEnd: '2024-12-27T20:00:00+01:00' };
    const empty = { date: '2024-12-28', talks: 0, firstStart: null, lastEnd: null };
    for (const daySummaries of [
      undefined,
      [friday],
      [friday, { ...empty, date: '2024-12-29' }],
      [friday, { ...friday, date: '2024-12-28', talks: -1 }],
      [friday, { ...friday, date: '2024-12-28', firstStart: 'noon' }],
      [friday, { ...empty, talks: 1 }],
    ]) {
      my.rewriteOutline((data) => {
        (data as Store & { daySummaries: unknown }).daySummaries = daySummaries;
      });
      expect((await my.run(['days'])).stdout).toBe(
        '2024-12-27\tFriday\t4\t2024-12-27T10:00:00+01:00\t2024-12-28T02:00:00+01:00\n2024-12-28\tSaturday\t1\t2024-12-28T11:00:00+01:00\t2024-12-28T11:30:00+01:00\n',
      );
    }
  });

  it("holds each room's number of talks on each day and in all, as pycon rooms lists them", async () => {
    const my = await imported();
    const { roomSummaries } = JSON.parse(readFileSync(my.outline, 'utf8')) as { roomSummaries: unknown };
    const perDay = (friday: number, saturday: number) => [
      { date: '2024-12-27', talks: friday },
      { date: '2024-12-28', talks: saturday },
    ];
    expect(roomSummaries).toEqual([
      { name: 'Saal 1', talks: 3, days: perDay(3, 0) },
      { name: 'Saal G', talks: 2, days: perDay(1, 1) },
    ]);
    // Listed as saved, without reading the talks.
    my.rewriteOutline((data) => {
      (data as Store & { roomSummaries: unknown }).roomSummaries = [
        { name: 'Saal 1', talks: 7, days: perDay(5, 2) },
        { name: 'Saal G', talks: 0, days: perDay(0, 0) },
      ];
    });
    expect((await my.run(['rooms'])).stdout).toBe('Saal 1\t5\t2\t7\nSaal G\t0\t0\t0\n');
  });

  it('works the rooms out from the talks when the outline holds no summary of them, or not one of each room and day', async () => {
    const my = await imported();
    const perDay = (friday: unknown, saturday: number, date = '2024-12-28') => [
      { date: '2024-12-27', talks: friday },
      { date, talks: saturday },
    ];
    const first = { name: 'Saal 1', talks: 7, days: perDay(5, 2) };
    for (const roomSummaries of [
      undefined,
      [first],
      [first, { name: 'Saal 2', talks: 0, days: perDay(0, 0) }],
      [first, { name: 'Saal G', talks: -1, days: perDay(0, 0) }],
      [first, { name: 'Saal G', talks: 1, days: perDay(0.5, 0) }],
      [first, { name: 'Saal G', talks: 1, days: perDay(1, 0, '2024-12-29') }],
      [first, { name: 'Saal G', talks: 1, days: perDay(1, 0).slice(0, 1) }],
    ]) {
      my.rewriteOutline((data) => {
        (data as Store & { roomSummaries: unknown }).roomSummaries = roomSummaries;
      });
      expect((await my.run(['rooms'])).stdout).toBe('Saal 1\t3\t0\t3\nSaal G\t1\t1\t2\n');
    }
  });

  it("holds each talk's start and length in minutes and its room's place, which now and talks --at find talks by", async () => {
    const my = await imported();
    const { slots } = JSON.parse(readFileSync(my.outline, 'utf8')) as { slots: unknown };
    // Opening at 10:00 (+01:00) in Saal 1, the talks at 16:00 in Saal 1 and Saal G, the film after midnight, and Saturday's.
    expect(slots).toBe('[28921500,30,0,28921860,45,0,28921860,30,1,28922370,90,0,28923000,30,1]');
    const film = 'late-night-film-真夜中の映画';
    const running = async () => (await my.run(['talks', '--at', 'sat 01:00'])).stdout.split('\t')[0];
    expect(await running()).toBe(film);
    // Found as saved: slots that put the film an hour later are believed.
    my.rewriteOutline((data) => {
      (data as Store & { slots: unknown }).slots = '[28921500,30,0,28921860,45,0,28921860,30,1,28922430,90,0,28923000,30,1]';
    });
    expect(await running()).toBe('');
    // Slots that are not one for each talk are not read: the talks are read through.
    for (const spoiled of [undefined, '[28921500,30,0]', '[28921500,30,0,28921860,45,0,28921860,30,1,28922370,90,0,28923000,30,2]']) {
      my.rewriteOutline((data) => {
        (data as Store & { slots: unknown }).slots = spoiled;
      });
      expect(await running(), String(spoiled)).toBe(film);
      expect((await my.run(['now', '--now', 'sat 01:00'])).stdout).toContain('now   00:30–02:00  Late Night Film');
    }
  });

  it('says where in the store each description lies, as offset and length', async () => {
    const my = await imported();
    const text = readFileSync(my.store, 'latin1');
    const { descriptionAt } = JSON.parse(readFileSync(my.outline, 'utf8')) as { descriptionAt: number[] };
    const whole = loadStore(my.store);
    expect(descriptionAt).toHaveLength(whole.talks.length * 2);
    const [offset = 0, length = 0] = descriptionAt.slice(4, 6);
    expect(JSON.parse(text.slice(offset, offset + length))).toBe(whole.talks[2]?.description);
    expect(text.slice(offset - '"description": '.length, offset)).toBe('"description": ');
  });

  it('says nowhere a description lies when the store is not written with descriptions last, or in ASCII, so they come from the whole store', () => {
    const store = loadStore(join(repoRoot, 'data', 'pycon-2019.json'));
    const written = (talks: Store['talks']) => storeText({ ...store, talks });
    expect(JSON.parse(outlineText(store, written(store.talks)).join('')).descriptionAt).toHaveLength(store.talks.length * 2);
    // Nor in text beyond ASCII, whose characters are not the bytes the places count.
    expect(JSON.parse(outlineText(store, JSON.stringify(store, null, 2)).join('')).descriptionAt).toBeUndefined();
    const [first, ...rest] = store.talks;
    expect(
      JSON.parse(
        outlineText(store, written([{ ...(first as Store['talks'][number]), after: 'x' } as Store['talks'][number], ...rest])).join(''),
      ).descriptionAt,
    ).toBeUndefined();
  });

  it('is what commands read, with the search text beside it, while --json reads the whole store', async () => {
    const my = await imported();
    my.rewriteOutline((data) => {
      (data.talks[0] as Store['talks'][number]).title = 'Read from the outline';
    });
    const line =
      'opening-welcome\tRead from the outline\tAda Example, Grace Sample\t2024-12-27T10:00:00+01:00\t2024-12-27T10:30:00+01:00\tSaal 1';
    expect((await my.run(['talks'])).stdout.split('\n')[0]).toBe(line);
    // Found by the search text written with the store, shown as the outline has it.
    expect((await my.run(['search', 'welcome'])).stdout.split('\n')[0]).toBe(line);
    expect((JSON.parse((await my.run(['talks', '--json'])).stdout) as { title: string }[])[0]?.title).toBe('Opening & Welcome');
  });

  it('is not trusted once the store or the outline changes after they were sealed, and is then written again from the store', async () => {
    const my = await imported();
    // As long as the title it replaces: the outline says how long each talk's line is.
    const untrusted = readFileSync(my.outline, 'utf8').replace('Opening & Welcome', 'Not sealed at all');
    writeFileSync(my.outline, untrusted);
    expect((await my.run(['talks'])).stdout).toContain('\tOpening & Welcome\t');
    expect(readFileSync(my.outline, 'utf8')).not.toContain('Not sealed at all');
    writeFileSync(my.outline, untrusted);
    sealStore(my.store, true);
    expect((await my.run(['talks'])).stdout).toContain('\tNot sealed at all\t');
    writeFileSync(my.store, readFileSync(my.store, 'utf8').replace('Opening & Welcome', 'Edited by hand'));
    expect((await my.run(['talks'])).stdout).toContain('\tEdited by hand\t');
  });

  it('gives each talk its description from its place in the store, and the search text from its own file, when asked', async () => {
    const my = await imported();
    const whole = loadStore(my.store);
    let reads = 0;
    const store = loadOutline(my.store, () => {
      reads++;
      return loadStore(my.store);
    });
    expect(store).toBeDefined();
    expect(store?.talks[2]?.title).toBe(whole.talks[2]?.title);
    expect(store?.talks[2]?.description).toBe(whole.talks[2]?.description);
    expect(JSON.stringify(store?.talks)).toBe(JSON.stringify(whole.talks));
    expect(store?.searchText).toEqual(whole.searchText);
    expect(store).toEqual(whole);
    expect(reads).toBe(0);
  });

  it('reads the search text from the whole store when its file is not the one sealed, or is gone', async () => {
    const my = await imported();
    const whole = loadStore(my.store);
    const search = searchPath(my.store);
    writeFileSync(search, readFileSync(search, 'latin1').replace('welcome', 'edited'));
    let reads = 0;
    const loadWhole = () => {
      reads++;
      return loadStore(my.store);
    };
    expect(loadOutline(my.store, loadWhole)?.searchText).toEqual(whole.searchText);
    expect(reads).toBe(1);
    rmSync(search);
    expect(loadOutline(my.store, loadWhole)?.searchText).toEqual(whole.searchText);
    expect(reads).toBe(2);
    // Sealed, but not the columns of a search index.
    writeFileSync(search, '[]\n');
    sealStore(my.store, true);
    expect(loadOutline(my.store, loadWhole)?.searchText).toEqual(whole.searchText);
    expect(reads).toBe(3);
  });

  it('says the store changed when the seal is another store’s by the time the search text is read', async () => {
    const my = await imported();
    const store = loadOutline(my.store, () => loadStore(my.store));
    // An update in between writes a new store, and seals it with its own outline and search text.
    writeFileSync(`${my.store}.new`, readFileSync(my.store));
    renameSync(`${my.store}.new`, my.store);
    sealStore(my.store, true);
    expect(() => store?.searchText).toThrow(`The talk store ${my.store} changed while pycon read it; run the command again.`);
  });

  it('holds every talk’s handle as how many words of its id it is, which commands print; without them, they are worked out', async () => {
    const my = await imported();
    const whole = loadStore(my.store);
    const { handleWords } = JSON.parse(readFileSync(my.outline, 'utf8')) as { handleWords: number[] };
    expect(whole.talks.slice(0, 3).map((talk) => talk.id)).toEqual(['opening-welcome', 'lets-encrypt-everything', 'rust-for-hardware']);
    expect(handleWords.slice(0, 3)).toEqual([1, 1, 3]);
    expect(handleWords).toEqual(
      handlesOf(whole.talks)
        .values()
        .map((handle) => handle.split('-').length),
    );
    my.rewriteOutline((data) => {
      (data as Store & { handleWords: number[] }).handleWords[0] = 2;
    });
    const planned = async () => (await my.run(['plan', 'welcome', '--dry-run'])).stdout.split('\n')[4];
    expect(await planned()).toBe('               Saal 1 · opening-welcome · matches welcome (title match)');
    expect(loadOutline(my.store, () => whole)).not.toHaveProperty('handleWords');
    my.rewriteOutline((data) => {
      delete (data as { handleWords?: unknown }).handleWords;
    });
    expect(await planned()).toBe('               Saal 1 · opening · matches welcome (title match)');
  });

  it('reads descriptions from the whole store for an outline that does not say where they lie', async () => {
    const my = await imported();
    my.rewriteOutline((data) => {
      delete (data as { descriptionAt?: unknown }).descriptionAt;
    });
    const whole = loadStore(my.store);
    let reads = 0;
    const store = loadOutline(my.store, () => {
      reads++;
      return loadStore(my.store);
    });
    expect(store?.talks[3]?.description).toBe(whole.talks[3]?.description);
    expect(reads).toBe(1);
    expect(store).toEqual(whole);
    expect(reads).toBe(1);
  });

  it('reads a talk as JSON with its description, and gives cancelled talks theirs', async () => {
    const my = await imported();
    const lines = readFileSync(schedule, 'utf8').split('\n');
    // Without lines 36-52, the event "Let's Encrypt Everything": the update finds it cancelled.
    const without = join(my.home, 'v2.xml');
    writeFileSync(without, [...lines.slice(0, 35), ...lines.slice(52)].join('\n'));
    expect((await my.run(['update', '--from', without])).code).toBe(0);
    const whole = loadStore(my.store);
    expect(whole.cancelled?.map((talk) => talk.title)).toEqual(["Let's Encrypt Everything"]);
    const outline = JSON.parse(readFileSync(my.outline, 'utf8')) as Store;
    expect(outline.cancelled?.map((talk) => Object.keys(talk).includes('description'))).toEqual([false]);

    const store = loadOutline(my.store, () => loadStore(my.store));
    expect(JSON.stringify(store?.cancelled)).toBe(JSON.stringify(whole.cancelled));
    const again = loadOutline(my.store, () => loadStore(my.store));
    expect(JSON.stringify(again?.talks[0])).toBe(JSON.stringify(whole.talks[0]));
    expect(Object.keys(again ?? {})).toContain('searchText');
  });

  it('says the store changed when the whole store no longer has the talks of the outline, in their order', async () => {
    const my = await imported();
    const changed = `The talk store ${my.store} changed while pycon read it; run the command again.`;
    rmSync(searchPath(my.store));
    const fewer = loadOutline(my.store, () => ({ ...loadStore(my.store), talks: [] }));
    expect(() => fewer?.searchText).toThrow(changed);
    const reordered = loadOutline(my.store, () => {
      const whole = loadStore(my.store);
      return { ...whole, talks: [...whole.talks].reverse() };
    });
    expect(() => reordered?.searchText).toThrow(changed);
  });

  it('says the store changed when it is no longer the file sealed with the outline by the time a description is read', async () => {
    const my = await imported();
    const store = loadOutline(my.store, () => loadStore(my.store));
    // An update in between writes a new store, and seals it with its own outline.
    const replaced = `${my.store}.new`;
    // Of the same length, so that the places the outline gives would still read as text.
    writeFileSync(
      replaced,
      readFileSync(my.store, 'latin1').replace(/"description": "(\w+)/, (_, word: string) => `"description": "${'x'.repeat(word.length)}`),
    );
    renameSync(replaced, my.store);
    sealStore(my.store, false);
    expect(() => store?.talks[0]?.description).toThrow(`The talk store ${my.store} changed while pycon read it; run the command again.`);
  });

  it('is written again, and sealed, by an update that changes the schedule', async () => {
    const my = await imported();
    const changed = join(my.home, 'v2.xml');
    writeFileSync(changed, readFileSync(schedule, 'utf8').replace('Opening &amp; Welcome', 'Opening and Welcome'));
    expect((await my.run(['update', '--from', changed])).code).toBe(0);
    expect((JSON.parse(readFileSync(my.outline, 'utf8')) as Store).talks[0]?.title).toBe('Opening and Welcome');
    expect(loadOutline(my.store, () => loadStore(my.store))?.talks[0]?.title).toBe('Opening and Welcome');
  });

  it.runIf(existsSync('/proc/self/fd'))(
    'leaves no file open once a command ends, though its talks were read as they were asked for',
    async () => {
      const my = await imported();
      const openFiles = () => readdirSync('/proc/self/fd').length;
      const before = openFiles();
      for (const args of [
        ['search', 'rust'],
        ['show', 'rust-for-hardware'],
        ['add', 'rust-for-hardware'],
        ['itinerary'],
        ['__complete', 'show', 'ru'],
      ]) {
        expect((await my.run(args)).code).toBe(0);
        expect([args, openFiles()]).toEqual([args, before]);
      }
      // Joined with another conference in use, the code's conference is read.
      const code = (await my.run(['share'])).stdout.trim();
      expect((await my.run(['use', 'pycon-us-2019'])).code).toBe(0);
      expect(await my.run(['join', code, '--as', 'mine'])).toMatchObject({ code: 0, stderr: '' });
      expect(openFiles()).toBe(before);
    },
  );

  it('goes with its store when the conference is removed', async () => {
    const my = await imported();
    expect((await my.run(['conferences', '--remove', 'whd24'])).code).toBe(0);
    expect(existsSync(my.outline)).toBe(false);
    expect(existsSync(searchPath(my.store))).toBe(false);
    expect(loadOutline(my.store, () => loadStore(my.store))).toBeUndefined();
  });
});
