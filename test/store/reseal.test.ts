import { cpSync, existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/schedule/types.js';
import {
  isSealed,
  outlinePath,
  sealedOutlineStore,
  sealPath,
  searchPath,
  searchSeal,
  sealStore,
  sealText,
} from '../../src/store/storeSeal.js';
import { readStore } from '../../src/store/loadStore.js';
import { storeText } from '../../src/store/storeText.js';
import { resealStore, sealBundledStore } from '../../src/store/reseal.js';
import { bundledStore } from '../../src/context.js';
import { outlineFiles } from '../../src/store/storeOutline.js';
import { FOLDING } from '../../src/schedule/fold.js';
import { homeWithWinterHackDays, inHome, makeHome, run, testLockOwner } from '../helpers/run.js';
import { homeWithOneDay } from '../helpers/schedules.js';

/** A conference imported into one home, then copied with the whole home to another, as a restore from a backup would. */
async function copiedConference() {
  const original = await homeWithWinterHackDays();
  const my = inHome(makeHome());
  cpSync(original.home, my.home, { recursive: true });
  const store = join(my.home, 'conferences', 'whd24', 'store.json');
  const sealed = () => isSealed(store, statSync(store, { bigint: true }));
  return { ...my, store, sealed };
}

describe('a conference store edited by hand', () => {
  it('is searched by its descriptions as edited, from the first command after, and written again as pycon writes it', async () => {
    const my = await homeWithWinterHackDays();
    const edited = readFileSync(my.store, 'utf8').replace('"A film after midnight.', '"Un film après minuit, 真夜中.');
    writeFileSync(my.store, edited);
    const found = async (words: string) => (await my.run(['search', words])).stdout.split('\t')[0];
    expect(await found('après')).toBe('late-night-film-真夜中の映画');
    expect(await found('minuit')).toBe('late-night-film-真夜中の映画');
    // Its search text folded anew, the store is written in ASCII, so that its outline can say where each description lies.
    expect(readFileSync(my.store, 'latin1')).toContain('"Un film apr\\u00e8s minuit, \\u771f\\u591c\\u4e2d.');
    for (let run = 0; run < 2; run++) expect((await my.run(['show', 'film'])).stdout).toMatch(/\n\nUn film après minuit, 真夜中\.\n$/);
  });

  it('is read whole for its descriptions, never as "changed while pycon read it", when a character beyond ASCII is written as itself', async () => {
    const my = await homeWithWinterHackDays();
    // The same store, with one escape written out: its search text still matches it, so it is not written again.
    const edited = readFileSync(my.store, 'utf8').replace('Blinking lights \\u2013 in Rust.', 'Blinking lights – in Rust.');
    expect(edited).toContain('Blinking lights – in Rust.');
    writeFileSync(my.store, edited);
    for (let run = 0; run < 2; run++) {
      const { code, stdout, stderr } = await my.run(['show', 'rust-for-hardware']);
      expect([code, stderr, stdout.includes('\n\nBlinking lights – in Rust.\n')]).toEqual([0, '', true]);
    }
    expect(readFileSync(my.store, 'utf8')).toBe(edited);
    expect(isSealed(my.store, statSync(my.store, { bigint: true }))).toBe(true);
  });
});

describe('a conference store whose seal a copy broke', () => {
  it('is sealed again by the first command that reads it', async () => {
    const my = await copiedConference();
    expect(my.sealed()).toBe(false);
    expect((await my.run(['days'])).code).toBe(0);
    expect(my.sealed()).toBe(true);
  });

  it('stays unsealed, and is checked at every command, when checking changes it', async () => {
    const my = await copiedConference();
    writeFileSync(my.store, readFileSync(my.store, 'utf8').replace('"Opening & Welcome"', '"Opening \\u0007& Welcome"'));
    for (let run = 0; run < 2; run++) {
      const { code, stdout } = await my.run(['talks']);
      expect([code, stdout.split('\n')[0]?.split('\t')[1]]).toEqual([0, 'Opening & Welcome']);
      expect(my.sealed()).toBe(false);
    }
  });

  it('is left to a later command while another pycon holds the conference', async () => {
    const my = await copiedConference();
    const lock = join(my.home, 'conferences', 'whd24.lock');
    writeFileSync(lock, JSON.stringify({ pid: 1, host: 'elsewhere', since: '2026-11-25T12:00:00Z', token: 'held' }));
    expect((await my.run(['days'])).code).toBe(0);
    expect([my.sealed(), readFileSync(lock, 'utf8')]).toEqual([
      false,
      '{"pid":1,"host":"elsewhere","since":"2026-11-25T12:00:00Z","token":"held"}',
    ]);
    rmSync(lock);
    expect((await my.run(['days'])).code).toBe(0);
    expect([my.sealed(), existsSync(lock)]).toEqual([true, false]);
  });

  it('is not sealed when another store took its place after it was read: the seal would vouch for text never checked', async () => {
    const my = await copiedConference();
    const read = readStore(my.store);
    // An update in between writes its store beside the old one and renames it into place.
    writeFileSync(`${my.store}.new`, readFileSync(my.store, 'utf8').replace('Opening & Welcome', 'Opening & Goodbye'));
    renameSync(`${my.store}.new`, my.store);
    resealStore(my.store, read, testLockOwner());
    expect(my.sealed()).toBe(false);
    // The store it read, still in place, is sealed.
    resealStore(my.store, readStore(my.store), testLockOwner());
    expect(my.sealed()).toBe(true);
  });

  it('is never sealed when given with --store: only a conference’s own files are written', async () => {
    const my = await copiedConference();
    expect((await my.run(['days', '--store', my.store])).code).toBe(0);
    expect(my.sealed()).toBe(false);
  });
});

describe('a conference store whose search text or outline is read whole', () => {
  async function imported() {
    const my = await homeWithWinterHackDays();
    const { store } = my;
    const search = searchPath(store);
    const searchSealed = () => searchSeal(store, statSync(store, { bigint: true }), statSync(search, { bigint: true }));
    return { ...my, store, search, searchSealed };
  }

  it('writes a search file that is gone or spoiled again at the first search that misses it, and seals it', async () => {
    const my = await imported();
    const written = readFileSync(my.search, 'utf8');
    for (const spoil of [() => rmSync(my.search), () => writeFileSync(my.search, '[]\n')]) {
      spoil();
      const { code, stdout } = await my.run(['search', 'welcome']);
      expect([code, stdout.split('\t')[0]]).toEqual([0, 'opening-welcome']);
      expect([my.searchSealed(), readFileSync(my.search, 'utf8')]).toEqual(['sealed', written]);
    }
  });

  it('writes anew, at the first command, an outline an older pycon sealed, before it held what days, rooms and speakers list', async () => {
    const my = await imported();
    const outline = outlinePath(my.store);
    const written = readFileSync(outline, 'utf8');
    // As an older pycon left them: the outline without the lists, and a seal that does not say what the outline holds.
    writeFileSync(outline, written.replace(/"speakerTalks":"[^"]*",|"daySummaries":\[[^\]]*\],|"roomSummaries":\[.*?\]\}\],/g, ''));
    sealStore(my.store, true);
    const seal = JSON.parse(readFileSync(sealPath(my.store), 'utf8')) as Record<string, unknown>;
    delete seal.outlineLayout;
    writeFileSync(sealPath(my.store), `${JSON.stringify(seal)}\n`);
    expect(readFileSync(outline, 'utf8')).not.toMatch(/speakerTalks|daySummaries|roomSummaries/);
    expect((await my.run(['days'])).code).toBe(0);
    expect(readFileSync(outline, 'utf8')).toBe(written);
    expect(JSON.parse(readFileSync(sealPath(my.store), 'utf8')).outlineLayout).toBe(3);
  });

  it('replaces the JSON search file an older pycon wrote, at the first search, and removes it', async () => {
    const my = await imported();
    const written = readFileSync(my.search, 'utf8');
    const former = join(my.home, 'conferences', 'whd24', 'store.search.json');
    writeFileSync(former, '{"titles":" opening welcome\\n"}\n');
    rmSync(my.search);
    const { code, stdout } = await my.run(['search', 'welcome']);
    expect([code, stdout.split('\t')[0]]).toEqual([0, 'opening-welcome']);
    expect([my.searchSealed(), readFileSync(my.search, 'utf8'), existsSync(former)]).toEqual(['sealed', written, false]);
  });

  it('writes nothing again for an outline that cannot say where descriptions lie: writing would not change that', async () => {
    const my = await imported();
    const outline = outlinePath(my.store);
    const data = JSON.parse(readFileSync(outline, 'utf8')) as { descriptionAt?: unknown };
    delete data.descriptionAt;
    writeFileSync(outline, JSON.stringify(data));
    sealStore(my.store, true);
    const seal = sealText(my.store);
    const { code, stdout } = await my.run(['show', 'opening']);
    expect([code, stdout.includes('and who to ask.')]).toEqual([0, true]);
    expect(sealText(my.store)).toBe(seal);
  });
});

/** How pycon folded search text before it kept Japanese voicing marks: every mark taken away. */
function foldedEveryMarkAway(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

describe('a conference whose search text an earlier pycon folded another way', () => {
  /** A home as that pycon left it: パイソン folded to ハイソン in the store and its search file, and all of it sealed, with no word of the folding. */
  async function foldedBefore() {
    const my = await homeWithOneDay('Folds', [
      { id: 1, start: '10:00', duration: '00:30', room: 'A', title: 'パイソン 入門' },
      { id: 2, start: '11:00', duration: '00:30', room: 'A', title: 'ハイソン 実践' },
    ]);
    const store = join(my.home, 'conferences', 'folds', 'store.json');
    const imported = readFileSync(store, 'utf8');
    const { folding: _folding, ...data } = JSON.parse(imported) as Store;
    data.searchText = data.talks.map((talk) => ({
      title: foldedEveryMarkAway(talk.title),
      speakers: foldedEveryMarkAway(talk.speakers.join(' ')),
      description: foldedEveryMarkAway(talk.description),
    }));
    const text = storeText(data);
    writeFileSync(store, text);
    const files = outlineFiles(data, text);
    writeFileSync(outlinePath(store), files.outline.join(''));
    writeFileSync(searchPath(store), files.search.join(''));
    sealStore(store, true, files.summary);
    writeFileSync(sealPath(store), (sealText(store) ?? '').replace(`"folding":${FOLDING},`, ''));
    const ids = async (args: string[]) => {
      const { code, stdout } = await my.run(args);
      expect(code).toBe(0);
      return args.includes('--json')
        ? (JSON.parse(stdout) as { id: string }[]).map((talk) => talk.id)
        : stdout
            .split('\n')
            .filter(Boolean)
            .map((line) => line.split('\t')[0]);
    };
    return { ...my, store, imported, ids };
  }

  it('finds パイソン and not ハイソン, and seals the search file folded anew at the first command', async () => {
    const my = await foldedBefore();
    expect(readFileSync(searchPath(my.store), 'utf8')).not.toContain('パイソン');
    expect(await my.ids(['search', 'パイソン'])).toEqual(['パイソン-入門']);
    expect(readFileSync(searchPath(my.store), 'utf8')).toContain('パイソン');
    expect(JSON.parse(sealText(my.store) ?? '{}')).toMatchObject({ folding: FOLDING });
    expect(isSealed(my.store, statSync(my.store, { bigint: true }))).toBe(true);
    expect(await my.ids(['search', 'ハイソン'])).toEqual(['ハイソン-実践']);
  });

  it('writes the store again with its text folded now, byte for byte as an import writes it, so that reading it whole folds nothing', async () => {
    const my = await foldedBefore();
    expect(readFileSync(my.store, 'utf8')).not.toBe(my.imported);
    expect((await my.run(['days'])).code).toBe(0);
    expect(readFileSync(my.store, 'utf8')).toBe(my.imported);
    expect(isSealed(my.store, statSync(my.store, { bigint: true }))).toBe(true);
  });

  it('folds the store’s own text again where a command reads the store whole, as --json does, before and after sealing it', async () => {
    const my = await foldedBefore();
    expect(await my.ids(['search', 'パイソン', '--json'])).toEqual(['パイソン-入門']);
    expect(await my.ids(['days'])).toEqual(['2025-02-01']);
    expect(isSealed(my.store, statSync(my.store, { bigint: true }))).toBe(true);
    expect(await my.ids(['search', 'パイソン', '--json'])).toEqual(['パイソン-入門']);
  });
});

describe('PyCon US 2019 as bundled', () => {
  it('is sealed by the build with an outline and search text, which its commands read as they would the whole store', async () => {
    const path = bundledStore();
    expect(sealedOutlineStore(path, statSync(outlinePath(path), { bigint: true }))).toBeDefined();
    expect(existsSync(searchPath(path))).toBe(true);
    // The same talks read whole, from a copy with nothing beside it.
    const copy = join(makeHome(), 'pycon-2019.json');
    cpSync(path, copy);
    for (const argv of [
      ['search', 'asyncio'],
      ['talks', '--day', 'sat'],
      ['show', 'beeware'],
    ]) {
      expect((await run(argv)).stdout).toBe((await run(['--store', copy, ...argv])).stdout);
    }
  });

  it('is sealed only when its search text is folded as this pycon folds it, and is never written', () => {
    const folder = makeHome();
    const copy = join(folder, 'pycon-2019.json');
    cpSync(bundledStore(), copy);
    const bytes = readFileSync(copy);
    expect(sealBundledStore(copy)).toBe(true);
    expect(readFileSync(copy).equals(bytes)).toBe(true);
    expect(isSealed(copy, statSync(copy, { bigint: true }))).toBe(true);
    expect(existsSync(outlinePath(copy))).toBe(true);

    // Its search text folded by an earlier pycon: sealing it would need the store written again.
    const unfolded = join(folder, 'unfolded.json');
    writeFileSync(unfolded, JSON.stringify({ ...(JSON.parse(bytes.toString('utf8')) as Store), folding: FOLDING - 1 }));
    const before = readFileSync(unfolded);
    expect(sealBundledStore(unfolded)).toBe(false);
    expect(readFileSync(unfolded).equals(before)).toBe(true);
    expect([existsSync(outlinePath(unfolded)), existsSync(sealPath(unfolded))]).toEqual([false, false]);
  });
});
