import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareItineraries } from '../../src/schedule/compare.js';
import { decodeShare, encodeShare } from '../../src/schedule/shareCode.js';
import type { Talk } from '../../src/schedule/types.js';
import { bundledStore, homeWithWinterHackDays, inHome, repoRoot } from '../helpers/run.js';
import { homeWithHackWeekend } from '../helpers/schedules.js';

const talks = (JSON.parse(readFileSync(bundledStore, 'utf8')) as { talks: Talk[] }).talks;

describe('share and join', () => {
  it('carries an itinerary in one URL-safe line, saved by a friend under a name of theirs', async () => {
    const alice = inHome();
    await alice.run(['add', 'advanced', 'statistical', 'beeware']);
    const shared = await alice.run(['share']);
    expect(shared.code).toBe(0);
    const code = shared.stdout.trim();
    expect(shared.stdout).toBe(`${code}\n`);
    expect(code).toMatch(/^pycon1\.[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(300);
    expect(JSON.parse((await alice.run(['share', '--json'])).stdout)).toEqual({ code });

    const me = inHome();
    await me.run(['add', 'advanced', 'type-hinting', 'plugins']);
    expect(await me.run(['join', code, '--as', 'alice'])).toEqual({
      stdout: 'Saved itinerary alice: 3 talks; "pycon compare alice" shows where you meet.\n',
      stderr: '',
      code: 0,
    });
    const ids = (name: string) =>
      JSON.parse(readFileSync(join(me.home, 'conferences', 'pycon-us-2019', 'itineraries', `${name}.json`), 'utf8'));
    expect(ids('alice').talks.map((entry: { id: string }) => entry.id)).toEqual([
      'advanced-asyncio-solving-real-world-production-problems',
      'statistical-profiling-and-other-fun-with-the-sys-module',
      '5-steps-to-build-python-native-gui-widgets-for-beeware',
    ]);
    // A new code from alice replaces what she shared before; an itinerary of your own is never overwritten.
    await alice.run(['drop', 'beeware']);
    await me.run(['join', (await alice.run(['share'])).stdout, '--as', 'alice']);
    expect(ids('alice').talks).toHaveLength(2);
    expect(await me.run(['join', code, '--as', 'default'])).toEqual({
      stdout: '',
      stderr:
        'pycon: You have an itinerary named default of your own, and it was left as it is; join under another name, such as --as default-shared.\n',
      code: 1,
    });
    expect(ids('default').talks).toHaveLength(3);
  });

  it('says an empty itinerary has nothing to share, and on a terminal how a friend reads the line', async () => {
    const me = inHome();
    expect(await me.run(['share'])).toEqual({
      stdout: '',
      stderr: 'pycon: Itinerary default has no talks to share; add some with "pycon add <talk>".\n',
      code: 1,
    });
    await me.run(['add', 'advanced']);
    const shown = await me.runTTY(['share']);
    expect(shown.stdout).toMatch(/^pycon1\.[A-Za-z0-9_-]+\n$/);
    expect(shown.stderr).toBe('Your friend runs "pycon join <this line> --as <your name>".\n');
    expect(await me.run(['join', shown.stdout.trim(), '--as', '../alice'])).toEqual({
      stdout: '',
      stderr: 'pycon: "../alice" cannot name an itinerary; use letters a–z, digits, dots, dashes and underscores, such as --as alice.\n',
      code: 2,
    });
  });

  it('refuses a damaged or foreign code in one sentence and saves nothing', async () => {
    const me = inHome();
    await me.run(['add', 'advanced']);
    const code = encodeShare({ conference: 'pycon-us-2019', uids: talks.slice(0, 5).map((talk) => talk.uid) });
    const middle = Math.floor(code.length / 2);
    const changed = `${code.slice(0, middle)}${code[middle] === 'A' ? 'B' : 'A'}${code.slice(middle + 1)}`;
    for (const [bad, why] of [
      [code.slice(0, -6), 'the code is damaged: cut short, or changed on the way'],
      [changed, 'the code is damaged: cut short, or changed on the way'],
      [`${code}!`, 'the code holds characters a share code never does'],
      ['https://example.org/schedule', 'this is not a pycon share code, which starts "pycon1."'],
      [`pycon1.${Buffer.from('{"c": 1}').toString('base64url')}`, 'the code is damaged: cut short, or changed on the way'],
    ]) {
      expect(await me.run(['join', bad as string, '--as', 'friend'])).toEqual({
        stdout: '',
        stderr: `pycon: That share code was refused (${why}); nothing was saved, so ask for the line "pycon share" printed again.\n`,
        code: 1,
      });
    }
    expect(readdirSync(join(me.home, 'conferences', 'pycon-us-2019', 'itineraries'))).toEqual(['default.json']);
  });

  it('joins a code of a conference not in use, and names that conference in the commands it suggests', async () => {
    const me = await homeWithWinterHackDays();
    const film = JSON.parse((await me.run(['show', 'film', '--json'])).stdout).uid;
    await me.run(['use', 'pycon-us-2019']);
    const code = encodeShare({ conference: 'whd24', uids: [film, 'gone@example.org'] });
    expect(await me.run(['join', code, '--as', 'bob'])).toEqual({
      stdout:
        'Saved itinerary bob (of Winter Hack Days 2024, not the conference in use): 1 talk; "pycon compare bob --conference whd24" shows where you meet.\n',
      stderr: '1 talk of the code is not in your copy of Winter Hack Days 2024; "pycon update whd24" may bring it.\n',
      code: 0,
    });
    expect((await me.run(['compare', 'bob', '--conference', 'whd24'])).code).toBe(0);
    expect(await me.run(['compare', 'bob'])).toEqual({
      stdout: '',
      stderr: 'pycon: There is no itinerary named bob of pycon-us-2019; whd24 has one: add --conference whd24.\n',
      code: 1,
    });
    await me.run(['import', join(repoRoot, 'test', 'fixtures', 'schedules', 'winter-hack-days.json'), '--as', 'winter']);
    await me.run(['add', 'rust', '-i', 'bob']);
    expect((await me.run(['itinerary', '-i', 'bob', '--conference', 'pycon-us-2019'])).stderr).toBe(
      'pycon: There is no itinerary named bob of pycon-us-2019; whd24, winter have one: add --conference and one of them.\n',
    );
  });

  it('names the conference of a code you have not imported, and how to import it', async () => {
    const me = inHome();
    const code = encodeShare({ conference: 'fosdem-2026', uids: ['a1b2'], origin: 'https://fosdem.org/2026/schedule/xml' });
    expect(await me.run(['join', code, '--as', 'bob'])).toEqual({
      stdout: '',
      stderr:
        'pycon: That code is for the conference fosdem-2026, which you have not imported; import it with "pycon import https://fosdem.org/2026/schedule/xml", then join again.\n',
      code: 1,
    });
  });

  it('says how to get a friend to compare or plan with, and refuses to compare an itinerary with itself', async () => {
    const me = inHome();
    const noBob = 'pycon: There is no itinerary named bob; you have none yet ("pycon join <code> --as bob" saves a friend\'s).\n';
    expect(await me.run(['compare', 'bob'])).toEqual({ stdout: '', stderr: noBob, code: 1 });
    expect(await me.run(['plan', 'asyncio', '--with', 'bob', '--dry-run'])).toEqual({ stdout: '', stderr: noBob, code: 1 });
    expect(await me.run(['compare', 'friday', '-i', 'friday'])).toEqual({
      stdout: '',
      stderr:
        'pycon: friday is the itinerary compared from; compare it with another, such as one "pycon join" saved, or name yours with -i.\n',
      code: 2,
    });
    // Your own itinerary with -i still says how to start it.
    expect((await me.run(['itinerary', '-i', 'bob'])).stderr).toBe(
      'pycon: There is no itinerary named bob; you have none yet ("pycon add -i bob <talk>" starts it).\n',
    );
  });

  it('joins into the conference imported from the same URL under another name', async () => {
    const schedule = readFileSync(join(repoRoot, 'test', 'fixtures', 'schedules', 'winter-hack-days.xml'));
    const server = createServer((_, response) => response.end(schedule));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/whd24/schedule.xml`;
      const alice = inHome();
      await alice.run(['import', url]);
      await alice.run(['add', 'opening', 'film']);
      const code = (await alice.run(['share'])).stdout.trim();

      const me = inHome();
      await me.run(['import', url, '--as', 'winter']);
      await me.run(['use', 'pycon-us-2019']);
      expect(await me.run(['join', code, '--as', 'alice'])).toEqual({
        stdout:
          'Saved itinerary alice (of Winter Hack Days 2024, not the conference in use): 2 talks; "pycon compare alice --conference winter" shows where you meet.\n',
        stderr: '',
        code: 0,
      });
      expect((await me.run(['itinerary', '-i', 'alice', '--conference', 'winter'])).stdout).toContain('Late Night Film');
    } finally {
      server.close();
    }
  });

  it('quotes the URL it suggests importing, and refuses an origin that is not a web address', async () => {
    const me = inHome();
    const code = encodeShare({ conference: 'hack-2026', uids: ['a'], origin: "https://example.org/it's;rm -rf ~" });
    expect((await me.run(['join', code, '--as', 'bob'])).stderr).toBe(
      `pycon: That code is for the conference hack-2026, which you have not imported; import it with "pycon import 'https://example.org/it'\\''s;rm -rf ~'", then join again.\n`,
    );
    for (const origin of ['file:///etc/passwd', 'x; rm -rf ~']) {
      const foreign = encodeShare({ conference: 'hack-2026', uids: ['a'], origin });
      expect((await me.run(['join', foreign, '--as', 'bob'])).stderr).toBe(
        'pycon: That share code was refused (the code is damaged: it does not hold a conference and its talks); nothing was saved, so ask for the line "pycon share" printed again.\n',
      );
    }
  });

  it('round-trips any set of uids', () => {
    fc.assert(
      fc.property(fc.subarray(talks.map((talk) => talk.uid)), fc.option(fc.webUrl(), { nil: undefined }), (uids, origin) => {
        const shared = { conference: 'pycon-us-2019', uids, ...(origin ? { origin } : {}) };
        expect(decodeShare(encodeShare(shared))).toEqual(shared);
      }),
      { numRuns: 200 },
    );
  });
});

describe('compare', () => {
  it('shows the talks in common, and for each time apart where each of you is', async () => {
    const me = inHome();
    await me.run(['add', 'advanced', 'type-hinting', 'plugins']);
    await me.run(['add', '-i', 'alice', 'advanced', 'statistical', 'beeware']);
    expect((await me.runTTY(['compare', 'alice'])).stdout).toBe(
      [
        'You and alice: 1 talk together, 3 times apart',
        '',
        'Together',
        '  Sat 12:10–12:55  Grand Ballroom C · Advanced asyncio: Solving Real-world Prod…',
        '',
        'Apart: where each of you is',
        '  Sat 14:35–15:05',
        '    you:   Grand Ballroom B · Type hinting (and mypy)',
        '    alice: Atrium Ballroom AB · Statistical Profiling (and other fun with the s…',
        '  Sun 13:10–13:40',
        '    you:   Room 26A/B/C · Plugins: Adding Flexibility to Your Apps',
        '    alice: free',
        '  Sun 14:30–15:00',
        '    you:   free',
        '    alice: Grand Ballroom A · 5 Steps to Build Python Native GUI Widgets for Be…',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await me.run(['compare', 'alice', '--json'])).stdout);
    const ids = (list: { id: string }[]) => list.map((talk) => talk.id.split('-')[0]);
    expect([ids(json.common), ids(json.onlyMine), ids(json.onlyTheirs)]).toEqual([['advanced'], ['type', 'plugins'], ['statistical', '5']]);
    expect(await me.run(['compare', 'nobody'])).toMatchObject({ code: 1 });
  });

  it('names the weekday a time apart ends on when it lasts a day or more', async () => {
    const me = await homeWithHackWeekend();
    await me.run(['add', 'hackathon']);
    await me.run(['add', '-i', 'alice', 'opening', 'demos']);
    expect((await me.runTTY(['compare', 'alice'])).stdout.split('\n').slice(2, 6)).toEqual([
      'Apart: where each of you is',
      '  Sat 10:00–Mon 02:00',
      '    you:   Lab · The Hackathon',
      '    alice: Hall · Opening',
    ]);
  });

  it('agrees with set arithmetic', () => {
    fc.assert(
      fc.property(fc.subarray(talks), fc.subarray(talks), (mine, theirs) => {
        const { common, onlyMine, onlyTheirs, apart } = compareItineraries(mine, theirs);
        const uids = (list: Talk[]) => new Set(list.map((talk) => talk.uid));
        const [a, b] = [uids(mine), uids(theirs)];
        expect(uids(common)).toEqual(new Set([...a].filter((uid) => b.has(uid))));
        expect(uids(onlyMine)).toEqual(new Set([...a].filter((uid) => !b.has(uid))));
        expect(uids(onlyTheirs)).toEqual(new Set([...b].filter((uid) => !a.has(uid))));
        expect(apart.flatMap((slot) => [...slot.mine, ...slot.theirs])).toHaveLength(onlyMine.length + onlyTheirs.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('plan --with', () => {
  it("weighs a friend's talks, and says whose they are", async () => {
    const me = inHome();
    const alone = await me.runTTY(['plan', 'python', '--day', 'sun', '--dry-run']);
    expect(alone.stdout).toContain('  14:30–15:00  5 Steps to Build Python Native GUI Widgets for BeeWare\n');
    await me.run(['add', '-i', 'alice', 'ace']);
    const together = await me.runTTY(['plan', 'python', '--day', 'sun', '--dry-run', '--with', 'alice']);
    expect(together.stdout).toContain(
      [
        '  14:30–15:00  Ace Your Technical Interview Using Python',
        '               Atrium Ballroom AB · ace · matches python (title match), in',
        "               alice's itinerary",
      ].join('\n'),
    );
  });
});
