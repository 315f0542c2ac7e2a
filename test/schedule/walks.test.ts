import { describe, expect, it } from 'vitest';
import { DEFAULT_WALK, longestWalk, tightChanges, walkTimes } from '../../src/schedule/walks.js';
import { saturdayTalk } from '../helpers/talks.js';

describe('walking time between rooms', () => {
  const walks = [
    { from: 'Grand Ballroom *', to: 'Grand Ballroom *', minutes: 2 },
    { from: 'Grand Ballroom *', to: 'Room 26*', minutes: 30 },
    { from: 'Room 26A/B/C', to: 'Grand Ballroom C', minutes: 7 },
  ];
  const walk = walkTimes(walks);

  it('takes the most specific walk naming both rooms, either way round', () => {
    expect(walk('Grand Ballroom A', 'Grand Ballroom C')).toBe(2);
    expect(walk('Grand Ballroom A', 'Room 26A/B/C')).toBe(30);
    expect(walk('Room 26A/B/C', 'Grand Ballroom A')).toBe(30);
    expect(walk('Grand Ballroom C', 'Room 26A/B/C')).toBe(7);
    expect(walk('Room 26A/B/C', 'Grand Ballroom C')).toBe(7);
    // In whatever order the walks were set.
    const reversed = walkTimes([...walks].reverse());
    expect([reversed('Grand Ballroom A', 'Grand Ballroom C'), reversed('Room 26A/B/C', 'Grand Ballroom C')]).toEqual([2, 7]);
  });

  it('is nothing within a room, and the default between rooms no walk names', () => {
    expect(walk('Atrium Ballroom AB', 'Atrium Ballroom AB')).toBe(0);
    expect(walk('Atrium Ballroom AB', 'Grand Ballroom A')).toBe(DEFAULT_WALK);
    expect(longestWalk(walks)).toBe(30);
    expect(longestWalk([])).toBe(DEFAULT_WALK);
  });

  it('with no walk set, is nothing within a room and 10 minutes between any two', () => {
    const none = walkTimes([]);
    expect(none('Grand Ballroom A', 'Grand Ballroom A')).toBe(0);
    expect(none('Grand Ballroom A', 'Room 26A/B/C')).toBe(10);
  });

  it('names a building in any case', () => {
    expect(walkTimes([{ from: 'grand ballroom *', to: 'ROOM 26*', minutes: 30 }])('Room 26A/B/C', 'Grand Ballroom A')).toBe(30);
  });

  it('takes a walk between * and * as the one for every pair of rooms no nearer walk names', () => {
    const everywhere = walkTimes([{ from: '*', to: '*', minutes: 4 }, ...walks]);
    expect(everywhere('Atrium Ballroom AB', 'Grand Ballroom A')).toBe(4);
    expect(everywhere('Grand Ballroom A', 'Room 26A/B/C')).toBe(30);
    expect(everywhere('Atrium Ballroom AB', 'Atrium Ballroom AB')).toBe(0);
  });

  it('finds the tight changes of room in time order, a change with no gap among them, and no clash', () => {
    const talk = saturdayTalk;
    const talks = [
      talk('late', '11:00', '11:30', 'Grand Ballroom A'),
      talk('early', '10:00', '10:30', 'Room 26A/B/C'),
      talk('next', '10:30', '11:00', 'Grand Ballroom C'),
      // Runs with "late" in another room: a clash, which itinerary names, not a change of room.
      talk('clash', '11:15', '11:45', 'Room 26A/B/C'),
    ];
    expect(tightChanges(talks, walk)).toEqual([
      { from: 'early', to: 'next', gap: 0, walk: 7 },
      { from: 'next', to: 'late', gap: 0, walk: 2 },
    ]);
  });
});
