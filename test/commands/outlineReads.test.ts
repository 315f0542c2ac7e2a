/** The everyday commands read a conference's outline, never its whole store: the reason the outline exists. */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadStore, readStore } from '../../src/store/loadStore.js';
import { inHome, makeHome, repoRoot } from '../helpers/run.js';

vi.mock('../../src/store/loadStore.js', async (original) => {
  const actual = await original<typeof import('../../src/store/loadStore.js')>();
  return { ...actual, loadStore: vi.fn(actual.loadStore), readStore: vi.fn(actual.readStore) };
});

const schedule = join(repoRoot, 'test', 'fixtures', 'schedules', 'winter-hack-days.xml');

describe('reading a conference with a sealed outline', () => {
  /** The paths read whole, by either way of reading a store. */
  const readWhole = () => [...vi.mocked(loadStore).mock.calls, ...vi.mocked(readStore).mock.calls].map(([path]) => path);
  const forget = () => {
    vi.mocked(loadStore).mockClear();
    vi.mocked(readStore).mockClear();
  };
  beforeEach(forget);

  it('never reads the whole store for talks, timetable, today, now, itinerary, days, rooms, speakers, show, export, search or plan', async () => {
    const my = inHome();
    expect((await my.run(['import', schedule])).code).toBe(0);
    expect((await my.run(['add', 'opening', 'lets-encrypt'])).code).toBe(0);
    for (const argv of [
      ['talks', '--day', 'fri'],
      ['talks', '--at', 'fri 16:10'],
      ['timetable', 'fri'],
      ['today', '--now', 'fri 16:10'],
      ['now', '--now', 'fri 16:10'],
      ['itinerary'],
      ['days'],
      ['rooms'],
      ['speakers'],
      ['show', 'opening'],
      ['export'],
      ['search', 'rust'],
      ['search', 'encrypt', '--day', 'fri'],
      ['plan', 'rust', '--dry-run'],
    ]) {
      forget();
      const { code, stderr } = await my.run(argv);
      expect([argv.join(' '), code, stderr]).toEqual([argv.join(' '), 0, '']);
      expect(readWhole(), argv.join(' ')).toEqual([]);
    }
  });

  it('lists the conferences from what an imported one’s seal holds; only the bundled store, which has none, is read whole', async () => {
    const my = inHome();
    expect((await my.run(['import', schedule])).code).toBe(0);
    forget();
    expect((await my.run(['conferences'])).code).toBe(0);
    expect(readWhole()).toEqual([join(repoRoot, 'data', 'pycon-2019.json')]);
  });

  it('reads a conference copied to another home whole once, sealing it there, and from its outline after', async () => {
    const mine = inHome();
    expect((await mine.run(['import', schedule])).code).toBe(0);
    // A copy gives every file a new inode, which no seal made for the old ones matches.
    const copied = inHome(makeHome());
    cpSync(mine.home, copied.home, { recursive: true });
    const store = join(copied.home, 'conferences', 'whd24', 'store.json');
    const expected = (await mine.run(['talks'])).stdout;
    forget();
    expect((await copied.run(['talks'])).stdout).toBe(expected);
    expect(readWhole()).toEqual([store]);
    forget();
    expect((await copied.run(['talks'])).stdout).toBe(expected);
    expect(readWhole()).toEqual([]);
  });

  it('reads the whole store for --json, which prints every description', async () => {
    const my = inHome();
    expect((await my.run(['import', schedule])).code).toBe(0);
    for (const argv of [
      ['talks', '--json'],
      ['search', 'rust', '--json'],
    ]) {
      forget();
      expect((await my.run(argv)).code).toBe(0);
      expect(readWhole().length, argv.join(' ')).toBe(1);
    }
  });
});
