import { describe, expect, it } from 'vitest';
import { plainStyle } from '../../src/render/style.js';
import { conferenceTimeView } from '../../src/render/times.js';
import { renderTimetable } from '../../src/render/timetable.js';
import { saturdayTalk } from '../helpers/talks.js';

const look = (width: number) => ({ view: conferenceTimeView('America/New_York'), style: plainStyle, width, mine: new Set<string>() });

describe('the timetable grid', () => {
  it('gives a room of long titles the columns a room of short ones can spare', () => {
    const long = { ...saturdayTalk('long', '10:00', '10:30', 'Hall'), title: 'A very long title that needs many lines in a narrow cell' };
    const short = { ...saturdayTalk('short', '10:00', '10:30', 'Nook'), title: 'Tea' };
    expect(renderTimetable('2019-05-04', ['Hall', 'Nook'], [long, short], look(50))).toBe(
      [
        'Saturday 4 May 2019 · times in America/New_York',
        '┌───────┬─────────────────────────┬──────────────┐',
        '│       │ Hall                    │ Nook         │',
        '├───────┼─────────────────────────┼──────────────┤',
        '│ 10:00 │ A very long title that  │ Tea          │',
        '│       │ needs many lines in a   │ until 10:30  │',
        '│       │ narrow cell             │              │',
        '│       │ until 10:30             │              │',
        '└───────┴─────────────────────────┴──────────────┘',
        '',
      ].join('\n'),
    );
  });

  it('ends a cell at the row where the next talk starts, as back-to-back talks follow each other', () => {
    const talks = [
      saturdayTalk('first', '10:00', '10:30', 'Hall'),
      saturdayTalk('second', '10:30', '11:00', 'Hall'),
      saturdayTalk('whole hour', '10:00', '11:00', 'Nook'),
    ];
    // At 44 columns the heading does not fit on one line: the zone has a line of its own.
    expect(renderTimetable('2019-05-04', ['Hall', 'Nook'], talks, look(44))).toBe(
      [
        'Saturday 4 May 2019',
        'times in America/New_York',
        '┌───────┬──────────────────┬───────────────┐',
        '│       │ Hall             │ Nook          │',
        '├───────┼──────────────────┼───────────────┤',
        '│ 10:00 │ first            │ whole hour    │',
        '│       │ until 10:30      │ until 11:00   │',
        '├───────┼──────────────────┤               │',
        '│ 10:30 │ second           │               │',
        '│       │ until 11:00      │               │',
        '└───────┴──────────────────┴───────────────┘',
        '',
      ].join('\n'),
    );
  });

  it('keeps a room with nothing on when the grid fits, and leaves such rooms out when it does not', () => {
    const talks = [saturdayTalk('a', '10:00', '10:30', 'R1'), saturdayTalk('b', '10:00', '10:30', 'R7')];
    const header = (width: number, rooms: string[]) =>
      renderTimetable('2019-05-04', rooms, talks, look(width))
        .split('\n')
        .find((line) => line.startsWith('│       │'));
    expect(header(50, ['R1', 'R2', 'R7'])).toBe('│       │ R1          │ R2          │ R7         │');
    const twelve = Array.from({ length: 12 }, (_, i) => `R${i + 1}`);
    expect(header(40, twelve)).toBe('│       │ R1            │ R7           │');
  });

  it('says when a compact cell ends on a line its title leaves spare, as briefly as its column needs', () => {
    const talks = [
      saturdayTalk('Long one', '10:00', '11:30', 'Hall'),
      saturdayTalk('a', '10:00', '10:30', 'Nook'),
      saturdayTalk('b', '10:30', '11:00', 'Nook'),
      saturdayTalk('c', '11:00', '11:30', 'Nook'),
    ];
    expect(
      renderTimetable('2019-05-04', ['Hall', 'Nook'], talks, { ...look(40), compact: true })
        .split('\n')
        .slice(5, 8),
    ).toEqual([
      '│ 10:00 │ Long one    │ a              │',
      '│ 10:30 │ until 11:30 │ b              │',
      '│ 11:00 │             │ c              │',
    ]);
    // Fitted by columns: the title whole where it fits, and when it ends as briefly as the column needs.
    const hallCells = (width: number) =>
      renderTimetable('2019-05-04', ['Hall', 'Nook'], talks, { ...look(width), compact: true })
        .split('\n')
        .filter((line) => line.startsWith('│ 1'))
        .map((line) => line.split('│')[2]);
    expect(hallCells(70)).toEqual([' Long one                 ', ' until 11:30              ', '                          ']);
    expect(hallCells(32)).toEqual([' Long one  ', ' –11:30    ', '           ']);
  });

  it('keeps the heading on one line when it is exactly as wide as the screen', () => {
    const heading = 'Saturday 4 May 2019 · times in America/New_York';
    const lines = renderTimetable('2019-05-04', ['Hall'], [saturdayTalk('a', '10:00', '10:30', 'Hall')], look(heading.length)).split('\n');
    expect(lines[0]).toBe(heading);
  });

  it('cuts a long room name at half the screen in the list for a narrow screen', () => {
    const hall = 'Grand Ballroom of the Convention Center';
    const talks = [saturdayTalk('opening', '10:00', '10:30', hall), saturdayTalk('tea', '10:00', '10:30', 'Nook')];
    expect(
      renderTimetable('2019-05-04', [hall, 'Nook'], talks, { ...look(30), compact: true })
        .split('\n')
        .slice(2),
    ).toEqual(['10:00 Grand Ballro…  opening', '10:00 Nook           tea', '']);
  });

  it('lists the day in time order, then room order, where the terminal is too narrow for a grid', () => {
    const talks = [
      saturdayTalk('later', '11:00', '11:30', 'Hall'),
      saturdayTalk('nook first', '10:00', '10:30', 'Nook'),
      saturdayTalk('hall first', '10:00', '10:30', 'Hall'),
    ];
    expect(renderTimetable('2019-05-04', ['Hall', 'Nook'], talks, { ...look(20), compact: true })).toBe(
      ['Saturday 4 May 2019', 'times in', 'America/New_York', '10:00 Hall  hall fi…', '10:00 Nook  nook fi…', '11:00 Hall  later', ''].join(
        '\n',
      ),
    );
  });

  it('draws a talk that overlaps another in its room in a column of its own, and says why', () => {
    const talks = [
      saturdayTalk('long', '10:00', '11:00', 'Hall'),
      saturdayTalk('side', '10:00', '10:30', 'Nook'),
      saturdayTalk('booked twice', '10:30', '11:00', 'Hall'),
      saturdayTalk('same start', '10:00', '10:30', 'Hall'),
    ];
    expect(renderTimetable('2019-05-04', ['Hall', 'Nook'], talks, look(60))).toBe(
      [
        'Saturday 4 May 2019 · times in America/New_York',
        'Hall holds talks at the same time; those that overlap are in',
        'the column Hall (2).',
        '┌───────┬──────────────┬─────────────────────┬─────────────┐',
        '│       │ Hall         │ Hall (2)            │ Nook        │',
        '├───────┼──────────────┼─────────────────────┼─────────────┤',
        '│ 10:00 │ long         │ same start          │ side        │',
        '│       │ until 11:00  │ until 10:30         │ until 10:30 │',
        '├───────┤              ├─────────────────────┼─────────────┤',
        '│ 10:30 │              │ booked twice        │             │',
        '│       │              │ until 11:00         │             │',
        '└───────┴──────────────┴─────────────────────┴─────────────┘',
        '',
      ].join('\n'),
    );
  });

  it('keeps a room with nothing on beside a room booked twice', () => {
    const talks = [saturdayTalk('long', '10:00', '11:00', 'Hall'), saturdayTalk('booked twice', '10:30', '11:00', 'Hall')];
    const lines = renderTimetable('2019-05-04', ['Hall', 'Quiet'], talks, look(60)).split('\n');
    expect(lines.slice(3, 6)).toEqual([
      '┌───────┬────────────────┬───────────────────┬─────────────┐',
      '│       │ Hall           │ Hall (2)          │ Quiet       │',
      '├───────┼────────────────┼───────────────────┼─────────────┤',
    ]);
  });

  it('lists a talk of a room booked twice under its own room where the terminal is too narrow for a grid', () => {
    const talks = [saturdayTalk('long', '10:00', '11:00', 'Hall'), saturdayTalk('booked twice', '10:30', '11:00', 'Hall')];
    expect(renderTimetable('2019-05-04', ['Hall'], talks, { ...look(24), compact: true })).toBe(
      ['Saturday 4 May 2019', 'times in', 'America/New_York', '10:00 Hall  long', '10:30 Hall  booked twice', ''].join('\n'),
    );
  });

  it("marks a talk on now in a room's second column", () => {
    const talks = [saturdayTalk('long', '10:00', '11:00', 'Hall'), saturdayTalk('twice', '10:30', '11:00', 'Hall')];
    const lines = renderTimetable('2019-05-04', ['Hall'], talks, { ...look(60), now: Date.parse('2019-05-04T10:45:00-04:00') }).split('\n');
    expect(lines.filter((line) => line.includes('▶'))).toEqual([
      '▶ on now',
      '│ 10:00 │ ▶ long                │                          │',
      '│ 10:30 │                       │ ▶ twice                  │',
    ]);
  });

  it('numbers panels by rooms, a room booked twice counted once', () => {
    const rooms = ['A.1', 'A.2', 'A.3', 'B.1', 'B.2'];
    const talks = [
      ...rooms.map((room) => saturdayTalk(`${room} talk`, '10:00', '11:00', room)),
      saturdayTalk('A.2 again', '10:30', '11:00', 'A.2'),
    ];
    const lines = renderTimetable('2019-05-04', rooms, talks, { ...look(50), allRooms: true }).split('\n');
    expect(lines.filter((line) => /^(rooms? |\d+ rooms)/.test(line))).toEqual([
      "5 rooms do not fit side by side; --room 'A.*'",
      'rooms 1–2 of 5',
      'rooms 2–3 of 5',
      'rooms 4–5 of 5',
    ]);
    expect(lines).toContain('│       │ A.2 (2)            │ A.3               │');
  });

  it('names every room booked twice, and one of their second columns', () => {
    const talks = ['Hall', 'Nook'].flatMap((room) => [
      saturdayTalk(`${room} one`, '10:00', '11:00', room),
      saturdayTalk(`${room} two`, '10:30', '11:00', room),
    ]);
    const lines = renderTimetable('2019-05-04', ['Hall', 'Nook'], talks, look(120)).split('\n');
    expect(lines.slice(1, 2)).toEqual([
      'Hall, Nook hold talks at the same time; those that overlap are in columns of their own, such as Hall (2).',
    ]);
    expect(lines[3]?.split('│').map((cell) => cell.trim())).toEqual(['', '', 'Hall', 'Hall (2)', 'Nook', 'Nook (2)', '']);
  });

  it('breaks `until` over two lines in a column too narrow for it, never past the border', () => {
    const talks = ['A', 'B', 'C', 'D', 'E'].map((room) => saturdayTalk(`talk-${room}`, '10:00', '10:30', room));
    const grid = renderTimetable('2019-05-04', ['A', 'B', 'C', 'D', 'E'], talks, look(64))
      .split('\n')
      .filter((line) => /^[┌│├└]/.test(line));
    expect(new Set(grid.map((line) => [...line].length))).toEqual(new Set([64]));
    expect(grid.slice(3, 6)).toEqual([
      '│ 10:00 │ talk-A   │ talk-B   │ talk-C   │ talk-D   │ talk-E   │',
      '│       │ until    │ until    │ until    │ until    │ until    │',
      '│       │ 10:30    │ 10:30    │ 10:30    │ 10:30    │ 10:30    │',
    ]);
  });
});
