import { describe, expect, it } from 'vitest';
import { DEFAULT_WALK, longestWalk, walkTimes } from '../../src/schedule/walks.js';

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
});
