/** The everyday commands read a conference's outline, never its whole store: the reason the outline exists. */
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadStore } from '../../src/store/loadStore.js';
import { inHome, repoRoot } from '../helpers/run.js';

vi.mock('../../src/store/loadStore.js', async (original) => {
  const actual = await original<typeof import('../../src/store/loadStore.js')>();
  return { ...actual, loadStore: vi.fn(actual.loadStore) };
});

const schedule = join(repoRoot, 'test', 'fixtures', 'schedules', 'winter-hack-days.xml');

describe('reading a conference with a sealed outline', () => {
  beforeEach(() => {
    vi.mocked(loadStore).mockClear();
  });

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
      vi.mocked(loadStore).mockClear();
      const { code, stderr } = await my.run(argv);
      expect([argv.join(' '), code, stderr]).toEqual([argv.join(' '), 0, '']);
      expect(vi.mocked(loadStore).mock.calls, argv.join(' ')).toEqual([]);
    }
  });

  it('lists the conferences from an imported one’s outline; only the bundled store, which has none, is read whole', async () => {
    const my = inHome();
    expect((await my.run(['import', schedule])).code).toBe(0);
    vi.mocked(loadStore).mockClear();
    expect((await my.run(['conferences'])).code).toBe(0);
    expect(vi.mocked(loadStore).mock.calls.map(([path]) => path)).toEqual([join(repoRoot, 'data', 'pycon-2019.json')]);
  });

  it('reads the whole store for --json, which prints every description', async () => {
    const my = inHome();
    expect((await my.run(['import', schedule])).code).toBe(0);
    for (const argv of [
      ['talks', '--json'],
      ['search', 'rust', '--json'],
    ]) {
      vi.mocked(loadStore).mockClear();
      expect((await my.run(argv)).code).toBe(0);
      expect(vi.mocked(loadStore).mock.calls.length, argv.join(' ')).toBe(1);
    }
  });
});
