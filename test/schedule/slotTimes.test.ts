import { describe, expect, it } from 'vitest';
import { conferenceClock, expectedWeekdays, readSlot } from '../../src/schedule/slotTimes.js';
import type { Problem } from '../../src/schedule/types.js';

const clock = conferenceClock({ firstDay: '2019-05-03', timezone: 'America/New_York' });
const days = ['Friday', 'Saturday', 'Sunday'];

function read(text: string, weekdays = days) {
  const problems: Problem[] = [];
  const slot = readSlot({ number: 7, text }, weekdays, clock, problems);
  return { slot, problems };
}

describe('reading a slot line into times', () => {
  it('places the talk on its weekday of the conference, in its zone', () => {
    expect(read('Saturday 12:10 p.m.–12:55 p.m. in Grand Ballroom C')).toEqual({
      slot: {
        day: 'Saturday',
        date: '2019-05-04',
        start: '2019-05-04T12:10:00-04:00',
        end: '2019-05-04T12:55:00-04:00',
        room: 'Grand Ballroom C',
        startMs: Date.parse('2019-05-04T16:10:00Z'),
        endMs: Date.parse('2019-05-04T16:55:00Z'),
      },
      problems: [],
    });
  });

  it('ends a talk at midnight at the end of its day, and one from 12 a.m. to midnight nowhere', () => {
    expect(read('Friday 11:30 p.m.–midnight in Hall').slot?.end).toBe('2019-05-04T00:00:00-04:00');
    expect(read('Friday 12 a.m.–midnight in Hall')).toEqual({
      slot: undefined,
      problems: [
        { line: 7, column: 16, message: 'the talk ends at midnight, not after it starts at 12 a.m.', hint: 'check the times on this line' },
      ],
    });
  });

  it('names each part it cannot read, at its column, and gives no slot', () => {
    expect(read('Someday 9 a.m.–10 a.m. in Hall', ['Friday'])).toEqual({
      slot: undefined,
      problems: [{ line: 7, column: 1, message: 'unknown weekday "Someday"', hint: 'expected Friday' }],
    });
    expect(read('Someday 9 a.m.–10 a.m. in Hall').problems[0]?.hint).toBe('expected Friday, Saturday or Sunday');
    expect(read('Friday 25 a.m.–half past in Hall').problems).toEqual([
      { line: 7, column: 8, message: 'unreadable time "25 a.m."', hint: 'write times as 10:50 a.m., 4 p.m. or noon' },
      { line: 7, column: 16, message: 'unreadable time "half past"', hint: 'write times as 10:50 a.m., 4 p.m. or noon' },
    ]);
    expect(read('Friday 9 a.m.–10 a.m.').problems).toEqual([
      { line: 7, column: 22, message: 'the slot line has no room', hint: 'end it with " in <room>", for example " in Grand Ballroom C"' },
    ]);
    expect(read('Friday at nine in Hall').problems).toEqual([
      {
        line: 7,
        column: 1,
        message: 'unreadable slot line "Friday at nine in Hall"',
        hint: 'write it as "Saturday 12:10 p.m.–12:55 p.m. in Grand Ballroom C"',
      },
    ]);
  });

  it('refuses a talk that ends when it starts, or before', () => {
    expect(read('Friday 10 a.m.–10 a.m. in Hall').problems.map((problem) => problem.message)).toEqual([
      'the talk ends at 10 a.m., not after it starts at 10 a.m.',
    ]);
    expect(read('Friday 10 a.m.–9:59 a.m. in Hall').slot).toBeUndefined();
    expect(read('Friday 10 a.m.–10:01 a.m. in Hall').slot?.end).toBe('2019-05-03T10:01:00-04:00');
  });
});

describe('the weekdays a hint expects', () => {
  it('lists the weekdays the file uses, in the order of the conference from its first day', () => {
    expect(
      expectedWeekdays(
        [
          'Sunday 9 a.m.–10 a.m. in A',
          'Friday 9 a.m.–10 a.m. in A',
          'Sunday 1 p.m.–2 p.m. in A',
          'Blursday 9 a.m.–10 a.m. in A',
          'not a slot',
        ],
        5,
      ),
    ).toEqual(['Friday', 'Sunday']);
  });

  it('lists the whole week from the first day when the file names no weekday it knows', () => {
    expect(expectedWeekdays(['not a slot'], 5)).toEqual(['Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday']);
  });
});
