import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/wrap.js';
import { bigFrabSchedule } from '../bench/generate.js';
import { makeHome, run, runTTY } from '../helpers/run.js';
import { homeWithOneDay } from '../helpers/schedules.js';

/** A home that imports, before its tests, a one-day conference of this many rooms (test/bench/generate.ts). */
function homeWithRooms(rooms: number): string {
  const home = makeHome();
  beforeAll(async () => {
    const path = join(home, 'schedule.xml');
    writeFileSync(path, bigFrabSchedule(rooms, 1));
    expect((await run(['import', path], { env: { PYCON_HOME: home } })).code).toBe(0);
  });
  return home;
}

describe('a timetable of many rooms and Japanese titles', () => {
  const home = homeWithRooms(10);
  const grid = async (columns: number, ...extra: string[]) =>
    (await runTTY(['timetable', 'sat', ...extra], columns, { env: { PYCON_HOME: home } })).stdout.split('\n');

  it('splits ten rooms into labelled panels that each fit 80 columns', async () => {
    const lines = await grid(80);
    expect(lines.filter((line) => line.startsWith('rooms '))).toEqual(['rooms 1–4 of 10', 'rooms 5–8 of 10', 'rooms 9–10 of 10']);
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(80);
    expect(lines.slice(1, 5)).toEqual([
      // The building most rooms share (two start "A.") is named for --room.
      '10 rooms do not fit side by side; --room \'A.*\' shows those starting "A.".',
      'rooms 1–4 of 10',
      // Each room's share of the width follows the text it holds.
      '┌───────┬───────────────┬───────────────────┬───────────────────┬──────────────┐',
      '│       │ A.1.100       │ B.1.101           │ C.1.102           │ D.1.103      │',
    ]);
    // Every talk of the day is in its room's panel, each cell ending with when it ends.
    const listed = (await run(['talks', '--day', 'sat'], { env: { PYCON_HOME: home } })).stdout.trim().split('\n');
    expect(lines.join('\n').match(/until \d\d:\d\d/g)?.length).toBe(listed.length);
    // Narrowed already, the grid says nothing of --room.
    expect((await grid(30, '--room', 'A.*')).slice(2, 3)).toEqual(['room 1 of 2']);
  });

  it('names no building for --room where no two rooms share one', async () => {
    const my = await homeWithOneDay('Three Halls', [
      { id: 1, start: '10:00', duration: '00:30', room: 'Hall Janson', title: 'Keynote' },
      { id: 2, start: '10:00', duration: '00:30', room: 'Room Chavanne', title: 'Workshop' },
      { id: 3, start: '10:00', duration: '00:30', room: 'Aula Lameere', title: 'Lightning' },
    ]);
    // Too narrow for the heading too: the zone has a line of its own.
    expect((await my.runTTY(['timetable', 'sat'], 30)).stdout.split('\n').slice(0, 5)).toEqual([
      'Saturday 1 February 2025',
      'times in Europe/Brussels',
      '3 rooms do not fit side by',
      'side; --room shows one alone.',
      'room 1 of 3',
    ]);
  });

  it('never breaks the --room it suggests, or the start it quotes, at a space', async () => {
    const my = await homeWithOneDay(
      'Six Saals',
      [1, 2, 3, 4, 5, 6].map((n) => ({ id: n, start: '10:00', duration: '00:30', room: `Saal ${n}`, title: 'Keynote' })),
    );
    // At 46 columns the line would end inside the quotes, after "--room 'Saal"; at 43, after "starting \"Saal".
    expect((await my.runTTY(['timetable', 'sat'], 46)).stdout.split('\n').slice(2, 5)).toEqual([
      '6 rooms do not fit side by side;',
      '--room \'Saal *\' shows those starting "Saal ".',
      'rooms 1–2 of 6',
    ]);
    expect((await my.runTTY(['timetable', 'sat'], 43)).stdout.split('\n').slice(2, 5)).toEqual([
      '6 rooms do not fit side by side;',
      "--room 'Saal *' shows those starting",
      '"Saal ".',
    ]);
  });

  it('suggests a --room that works when room names hold no-break spaces', async () => {
    const my = await homeWithOneDay(
      'Haus',
      [1, 2, 3, 4, 5, 6].map((n) => ({ id: n, start: '10:00', duration: '00:30', room: `Haus\u00a0A.${n}`, title: 'Keynote' })),
    );
    // The terminal shows a plain space, and a user copies or types one.
    expect((await my.runTTY(['timetable', 'sat'], 60)).stdout.split('\n').slice(1, 3)).toEqual([
      "6 rooms do not fit side by side; --room 'Haus A.*' shows",
      'those starting "Haus A.".',
    ]);
    const narrowed = await my.runTTY(['timetable', 'sat', '--room', 'Haus A.*'], 60);
    expect([narrowed.code, narrowed.stderr, narrowed.stdout.split('\n')[1]]).toEqual([0, '', 'rooms 1–3 of 6']);
  });

  it('labels a panel of one room as one room', async () => {
    const lines = await grid(30);
    expect(lines.filter((line) => line.startsWith('room'))).toEqual(Array.from({ length: 10 }, (_, i) => `room ${i + 1} of 10`));
  });

  it('draws them in one grid when the terminal is wide enough', async () => {
    const lines = await grid(200);
    expect(lines.filter((line) => line.startsWith('rooms '))).toEqual([]);
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(200);
  });

  it('keeps every border of a grid in its column, Japanese titles included, compact or not', async () => {
    for (const lines of [await grid(80), await grid(80, '--compact'), await grid(131, '--compact')]) expectStraightBorders(lines);
  });

  function expectStraightBorders(lines: string[]): void {
    const tables = lines.filter((line) => /^[│├┌└]/.test(line));
    expect(tables.some((line) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(line))).toBe(true);
    // Every line of a panel is as wide as its top border.
    let width = 0;
    for (const line of tables) {
      if (line.startsWith('┌')) width = displayWidth(line);
      expect(displayWidth(line), line).toBe(width);
    }
  }
});

describe('naming a room at a conference of many', () => {
  const home = homeWithRooms(12);
  const talks = (room: string) => run(['talks', '--room', room], { env: { PYCON_HOME: home } });

  it('points to "pycon rooms" for a room none is named, rather than listing them all', async () => {
    expect(await talks('kitchen')).toEqual({
      stdout: '',
      stderr: 'pycon: No room matches "kitchen"; "pycon rooms" lists all 12.\n',
      code: 1,
    });
  });

  it('lists the first ten rooms a part of a name matches, and how many more', async () => {
    expect((await talks('.1')).stderr).toBe(
      [
        'pycon: ".1" matches 12 rooms; give more of the name, one of:',
        ...['A.1.100', 'B.1.101', 'C.1.102', 'D.1.103', 'E.1.104', 'F.1.105', 'G.1.106', 'H.1.107', 'A.2.108', 'B.2.109'].map(
          (room) => `  ${room}`,
        ),
        '  … and 2 more',
        '',
      ].join('\n'),
    );
  });
});
