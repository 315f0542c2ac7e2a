import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/schedule/types.js';
import { isSealed, sealStore } from '../../src/store/storeSeal.js';
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
      /^\{"schemaVersion":2,"store":\{"dev":"\d+","ino":"\d+","size":"\d+","ctimeNs":"\d+"\},"outline":\{"dev":"\d+","ino":"\d+","size":"\d+","ctimeNs":"\d+"\}\}\n$/,
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
      `pycon: The talk store ${my.store} is damaged (talk 2 "Let's Encrypt Everything": its id "opening-welcome" is another talk's too); rebuild it with "pycon parse <source> -o ${my.store}".\n`,
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
