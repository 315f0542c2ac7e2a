import { describe, expect, it } from 'vitest';
import { findConflicts, overlappingAny } from '../../src/schedule/conflicts.js';
import { saturdayTalk } from '../helpers/talks.js';

const talk = saturdayTalk;

describe('finding clashes', () => {
  it('reports a partial overlap with its minutes', () => {
    expect(findConflicts([talk('a', '12:10', '12:55'), talk('b', '12:40', '13:10', 'Room 2')])).toEqual([
      { talks: ['a', 'b'], minutes: 15 },
    ]);
  });

  it('finds the talks that overlap any one of others, back to back being no overlap', () => {
    const day = [talk('morning', '10:00', '10:30'), talk('noon', '12:00', '12:30')];
    const others = [talk('early', '09:00', '10:00'), talk('late', '11:50', '12:10'), talk('between', '10:40', '11:40')];
    expect(overlappingAny(others, day).map((found) => found.id)).toEqual(['late']);
  });

  it('treats back-to-back talks as no clash', () => {
    expect(findConflicts([talk('a', '13:30', '14:00'), talk('b', '14:00', '14:30', 'Room 2')])).toEqual([]);
  });

  it('reports a talk inside another by the shorter one', () => {
    expect(findConflicts([talk('long', '13:40', '14:25'), talk('short', '13:55', '14:25', 'Room 2')])).toEqual([
      { talks: ['long', 'short'], minutes: 30 },
    ]);
  });

  it('reports talks in the same slot in other rooms', () => {
    expect(findConflicts([talk('a', '12:10', '12:40', 'Room 1'), talk('b', '12:10', '12:40', 'Room 2')])).toEqual([
      { talks: ['a', 'b'], minutes: 30 },
    ]);
  });

  it('reports every pair among three overlapping talks', () => {
    const conflicts = findConflicts([
      talk('a', '12:10', '12:55'),
      talk('b', '12:10', '12:40', 'Room 2'),
      talk('c', '12:30', '13:00', 'Room 3'),
    ]);
    expect(conflicts).toEqual([
      { talks: ['b', 'a'], minutes: 30 },
      { talks: ['b', 'c'], minutes: 10 },
      { talks: ['a', 'c'], minutes: 25 },
    ]);
  });

  it('finds nothing in an empty or single-talk list', () => {
    expect(findConflicts([])).toEqual([]);
    expect(findConflicts([talk('a', '12:10', '12:55')])).toEqual([]);
  });
});
