import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/schedule/parse.js';
import type { Store } from '../../src/schedule/types.js';
import { repoRoot } from '../helpers/run.js';

const sourceBytes = readFileSync(`${repoRoot}data/pycon-2019-talks.txt`);

function parseOk(text: string | Uint8Array): Store {
  const result = parseSource(text);
  expect(result.problems).toEqual([]);
  return result.store as Store;
}

function talk(store: Store, id: string) {
  const found = store.talks.find((t) => t.id === id);
  expect(found, id).toBeDefined();
  return found!;
}

const store = parseOk(sourceBytes);

describe('parsing the PyCon 2019 talk list', () => {
  it('finds 95 talks in 5 rooms over three days', () => {
    expect(store.talks).toHaveLength(95);
    expect(store.rooms).toEqual(['Atrium Ballroom AB', 'Grand Ballroom A', 'Grand Ballroom B', 'Grand Ballroom C', 'Room 26A/B/C']);
    expect(store.conference).toEqual({
      name: 'PyCon US 2019',
      timezone: 'America/New_York',
      location: 'Cleveland, Ohio',
      days: ['2019-05-03', '2019-05-04', '2019-05-05'],
    });
    expect(store.schemaVersion).toBe(1);
  });

  it('reads a Saturday talk exactly', () => {
    expect(talk(store, 'advanced-asyncio-solving-real-world-production-problems')).toEqual({
      id: 'advanced-asyncio-solving-real-world-production-problems',
      title: 'Advanced asyncio: Solving Real-world Production Problems',
      speakers: ['Lynn Root'],
      day: 'Saturday',
      date: '2019-05-04',
      start: '2019-05-04T12:10:00-04:00',
      end: '2019-05-04T12:55:00-04:00',
      room: 'Grand Ballroom C',
      description: expect.stringMatching(/^Everyone’s talking about it\. .* and learn what pitfalls to avoid\.$/),
    });
  });

  it('reads a Friday talk ending at noon and a Sunday talk ending at "3 p.m."', () => {
    const friday = store.talks.find((t) => t.date === '2019-05-03' && t.room === 'Grand Ballroom C' && t.start.includes('T11:30'))!;
    expect(friday).toMatchObject({ day: 'Friday', start: '2019-05-03T11:30:00-04:00', end: '2019-05-03T12:00:00-04:00' });
    expect(talk(store, '5-steps-to-build-python-native-gui-widgets-for-beeware')).toMatchObject({
      speakers: ['Dan Yeaw'],
      day: 'Sunday',
      date: '2019-05-05',
      start: '2019-05-05T14:30:00-04:00',
      end: '2019-05-05T15:00:00-04:00',
      room: 'Grand Ballroom A',
    });
  });

  it('covers every room on every day', () => {
    for (const date of store.conference.days) {
      const rooms = new Set(store.talks.filter((t) => t.date === date).map((t) => t.room));
      expect([...rooms].sort()).toEqual(store.rooms);
    }
    expect(store.talks.filter((t) => t.day === 'Friday')).toHaveLength(40);
    expect(store.talks.filter((t) => t.day === 'Sunday')).toHaveLength(15);
  });

  it('keeps the talk with no speakers line', () => {
    expect(talk(store, 'dont-be-a-robot-build-the-bot')).toMatchObject({ title: "Don't be a robot, build the bot", speakers: [] });
  });

  it('splits co-speakers at ", " and keeps a stage name as one person', () => {
    expect(talk(store, 'lessons-learned-from-building-a-community-of-python-users-among-thousands-of-analysts').speakers).toEqual([
      'I-Kang Ding',
      "Ariel M'ndange-Pfupfu",
      'Marina Sergeeva',
    ]);
    expect(store.talks.find((t) => t.speakers.includes('Lady Red / Christopher Beacham'))).toBeDefined();
  });

  it('turns link remnants into their text and decodes entities', () => {
    const zones = store.talks.find((t) => t.title.startsWith('Working with Time Zones'))!;
    expect(zones.description).toContain('Time zones have skipped entire days and repeated others.');
    expect(zones.description.endsWith('introduced in Python 3.6 (PEP 495')).toBe(true);
    const hiring = store.talks.find((t) => t.description.includes('announcer>'))!;
    expect(hiring.description.startsWith('<announcer> This one quick trick')).toBe(true);
    const flags = store.talks.find((t) => t.description.includes('feature flagging program'))!;
    expect(flags.description.startsWith('Feature flags can be powerful tools')).toBe(true);
    expect(store.talks.some((t) => /&nbsp;|&lt;|\]\(/.test(t.description + t.title))).toBe(false);
  });

  it('keeps curly quotes, accents and emoji as published', () => {
    expect(store.talks.some((t) => t.speakers.includes('Max Bélanger'))).toBe(true);
    expect(store.talks.some((t) => t.speakers.includes('Łukasz Langa'))).toBe(true);
    expect(store.talks.some((t) => t.title === 'Maintaining a Python Project When It’s Not Your Job')).toBe(true);
    expect(store.talks.some((t) => t.title.startsWith('¡Escuincla babosa!'))).toBe(true);
    expect(store.talks.some((t) => /\p{Extended_Pictographic}/u.test(t.description))).toBe(true);
  });

  it('reads the final talk although the file has no final newline', () => {
    expect(sourceBytes.at(-1)).not.toBe(0x0a);
    const last = store.talks.find((t) => t.title.startsWith('Working with Time Zones'))!;
    expect(last.description.length).toBeGreaterThan(500);
  });

  it('gives ids that are unique slugs of the title', () => {
    const ids = store.talks.map((t) => t.id);
    expect(new Set(ids).size).toBe(95);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('suffixes a repeated title with -2', () => {
    const text = ['A talk', '', 'Ann', 'Friday 10 a.m.–10:30 a.m. in Room 1', '', 'One.', '', 'A talk', '', 'Bob', 'Friday 10 a.m.–10:30 a.m. in Room 2', '', 'Two.'].join('\n');
    expect(parseOk(text).talks.map((t) => t.id)).toEqual(['a-talk', 'a-talk-2']);
  });

  it('orders talks by start, then room', () => {
    const keys = store.talks.map((t) => `${t.start} ${store.rooms.indexOf(t.room)}`);
    expect(keys).toEqual([...keys].sort());
  });
});
