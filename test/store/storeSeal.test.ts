import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/schedule/types.js';
import { isSealed, outlinePath, sealedOutlineStore, sealStore } from '../../src/store/storeSeal.js';
import { inHome, repoRoot } from '../helpers/run.js';

const schedule = join(repoRoot, 'test', 'fixtures', 'schedules', 'winter-hack-days.xml');

async function imported() {
  const my = inHome();
  expect((await my.run(['import', schedule])).code).toBe(0);
  const store = join(my.home, 'conferences', 'whd24', 'store.json');
  const edit = (change: (data: Store) => void) => {
    const data = JSON.parse(readFileSync(store, 'utf8')) as Store;
    change(data);
    // Written in place, as an editor may: same file, new size.
    writeFileSync(store, `${JSON.stringify(data, null, 2)}\n`);
  };
  return { ...my, store, edit };
}

describe('the seal beside a saved store', () => {
  it('is made when import saves a store that loading would leave as it is', async () => {
    const my = await imported();
    expect(readFileSync(`${my.store}.seal`, 'utf8')).toMatch(
      /^\{"schemaVersion":2,"folding":3,"store":\{"dev":"\d+","ino":"\d+","size":"\d+","ctimeNs":"\d+"\},"outline":\{"dev":"\d+","ino":"\d+","size":"\d+","ctimeNs":"\d+"\},"outlineLayout":3,"search":\{"dev":"\d+","ino":"\d+","size":"\d+","ctimeNs":"\d+"\},"summary":\{"conference":\{"name":"whd24","title":"Winter Hack Days 2024","days":\["2024-12-27","2024-12-28"\],"timezone":"Europe\/Berlin"\},"talks":5,"rooms":2\}\}\n$/,
    );
    expect(isSealed(my.store, statSync(my.store, { bigint: true }))).toBe(true);
  });

  it('stands for the check: a store that matches its seal is read as it is', async () => {
    const my = await imported();
    my.edit((data) => {
      data.talks[1] = { ...(data.talks[1] as Store['talks'][number]), id: data.talks[0]?.id ?? '' };
    });
    const damaged = await my.run(['talks']);
    expect([damaged.code, damaged.stderr]).toEqual([
      1,
      `pycon: The talk store ${my.store} is damaged (talk 2 "Let's Encrypt Everything": its id "opening-welcome" is another talk's too); "pycon update whd24" builds it again from its schedule.\n`,
    ]);
    sealStore(my.store, false);
    expect((await my.run(['talks'])).code).toBe(0);
  });

  it('no longer matches a store changed after it was sealed, which is then checked and cleaned', async () => {
    const my = await imported();
    my.edit((data) => {
      const first = data.talks[0] as Store['talks'][number];
      first.title = `\u001b[2J\u001b]0;owned\u0007${first.title}`;
    });
    const { stdout, code } = await my.run(['talks', '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { title: string }[])[0]?.title).toBe('[2J]0;ownedOpening & Welcome');
  });
});

describe('reading a seal', () => {
  async function sealed() {
    const my = await imported();
    const seal = `${my.store}.seal`;
    const stat = () => statSync(my.store, { bigint: true });
    const rewrite = (change: (data: Record<string, Record<string, string>>) => unknown) => {
      const data = JSON.parse(readFileSync(seal, 'utf8')) as Record<string, Record<string, string>>;
      writeFileSync(seal, JSON.stringify(change(data) ?? data));
    };
    return { ...my, stat, rewrite };
  }

  it('matches only the file it names, by each of device, inode, size and change time', async () => {
    const my = await sealed();
    expect(isSealed(my.store, my.stat())).toBe(true);
    for (const field of ['dev', 'ino', 'size', 'ctimeNs']) {
      const before = readFileSync(`${my.store}.seal`, 'utf8');
      my.rewrite((data) => {
        (data.store as Record<string, string>)[field] = '1';
      });
      expect(isSealed(my.store, my.stat()), field).toBe(false);
      writeFileSync(`${my.store}.seal`, before);
      expect(isSealed(my.store, my.stat())).toBe(true);
    }
  });

  it('is no seal when it is not an object of this schema version, or names no store', async () => {
    const my = await sealed();
    for (const text of ['null', '5', '"store"', '{"schemaVersion": 2, "store":', '']) {
      writeFileSync(`${my.store}.seal`, text);
      expect(isSealed(my.store, my.stat()), text).toBe(false);
    }
    sealStore(my.store, true);
    my.rewrite((data) => ({ ...data, schemaVersion: 1 }));
    expect(isSealed(my.store, my.stat())).toBe(false);
    sealStore(my.store, true);
    my.rewrite((data) => ({ ...data, store: null }));
    expect(isSealed(my.store, my.stat())).toBe(false);
  });

  it('trusts an outline only while the store it was sealed with is there', async () => {
    const my = await sealed();
    const outline = outlinePath(my.store);
    const outlineStat = statSync(outline, { bigint: true });
    expect(sealedOutlineStore(my.store, outlineStat)?.ino).toBe(statSync(my.store, { bigint: true }).ino);
    rmSync(my.store);
    expect(sealedOutlineStore(my.store, outlineStat)).toBeUndefined();
  });

  it('holds what conferences lists of the store, read from it only while the store is the one sealed', async () => {
    const my = await sealed();
    const listed = async () => (await my.run(['conferences'])).stdout.split('\n')[1];
    const row = (title: string, talks: number) => `*\twhd24\t${title}\t${talks}\t2024-12-27\t2024-12-28\tEurope/Berlin\t${schedule}`;
    const sealedSummary = (summary: unknown) => my.rewrite((data) => ({ ...data, summary }));
    const told = {
      conference: { name: 'whd24', title: 'From the seal', days: ['2024-12-27', '2024-12-28'], timezone: 'Europe/Berlin' },
      talks: 7,
      rooms: 2,
    };
    expect(await listed()).toBe(row('Winter Hack Days 2024', 5));
    // Nothing but the seal says this: listing reads it, and neither the store nor its outline.
    sealedSummary(told);
    expect(await listed()).toBe(row('From the seal', 7));
    // A seal whose search text an earlier pycon folded another way still holds the summary: it does not depend on folding.
    my.rewrite(({ folding: _folding, ...rest }) => rest);
    expect(await listed()).toBe(row('From the seal', 7));
    for (const summary of [null, { talks: 7 }, { ...told, talks: '7' }, { ...told, conference: { name: 'whd24' } }]) {
      sealedSummary(summary);
      expect(await listed(), JSON.stringify(summary)).toBe(row('Winter Hack Days 2024', 5));
    }
    sealedSummary(told);
    writeFileSync(my.store, readFileSync(my.store));
    expect(await listed()).toBe(row('Winter Hack Days 2024', 5));
  });

  it('is given the summary by the first listing when it was made without one, unless another pycon holds the conference', async () => {
    const my = await sealed();
    const summary = () => JSON.parse(readFileSync(`${my.store}.seal`, 'utf8')).summary;
    const made = summary();
    const listing = (await my.run(['conferences'])).stdout;
    const lock = join(my.home, 'conferences', 'whd24.lock');
    writeFileSync(lock, '{"pid":1,"host":"elsewhere"}');
    my.rewrite(({ summary: _summary, ...rest }) => rest);
    // Read from the outline, which is closed again once the summary is made.
    const openFiles = () => readdirSync('/proc/self/fd').length;
    const before = openFiles();
    expect([(await my.run(['conferences'])).stdout, summary()]).toEqual([listing, undefined]);
    expect(openFiles()).toBe(before);
    rmSync(lock);
    expect([(await my.run(['conferences'])).stdout, summary()]).toEqual([listing, made]);
    expect(isSealed(my.store, my.stat())).toBe(true);
  });

  it('keeps the outline beside the store, named after it', () => {
    expect(outlinePath('/home/ada/conferences/whd24/store.json')).toBe('/home/ada/conferences/whd24/store.outline.json');
    expect(outlinePath('/tmp/talks')).toBe('/tmp/talks.outline.json');
  });
});
