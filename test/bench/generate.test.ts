import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/schedule/parse.js';
import { repoRoot } from '../helpers/run.js';
import { readSchedule } from '../../src/schedule/formats.js';
import { bigFrabSchedule, multiplySource } from './generate.js';

describe('the benchmark source generator', () => {
  it('makes a valid source N times larger, with rooms suffixed so talks never collide', () => {
    const source = readFileSync(`${repoRoot}data/pycon-2019-talks.txt`, 'utf8');
    const { store, problems } = parseSource(multiplySource(source, 3));
    expect(problems).toEqual([]);
    expect(store?.talks).toHaveLength(285);
    expect(store?.rooms).toHaveLength(15);
    expect(store?.rooms).toContain('Room 26A/B/C 3');
    expect(store?.talks.some((talk) => talk.title === 'Advanced asyncio: Solving Real-world Production Problems 2')).toBe(true);
  });
});

describe('the FOSDEM-size schedule generator', () => {
  it('makes a valid frab schedule of about 1,500 talks in 45 rooms and about 1 MB', () => {
    const xml = bigFrabSchedule();
    const result = readSchedule(new TextEncoder().encode(xml));
    if ('problem' in result) throw new Error(result.problem);
    expect(result.store.talks.length).toBeGreaterThan(1400);
    expect(result.store.rooms).toHaveLength(45);
    expect(xml.length).toBeGreaterThan(900_000);
    expect(bigFrabSchedule()).toBe(xml);
  });
});
