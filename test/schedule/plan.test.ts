import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../src/schedule/conflicts.js';
import { planTalks, type Candidate } from '../../src/schedule/plan.js';
import type { Talk } from '../../src/schedule/types.js';

function talkAt(index: number, startMinute: number, length: number): Talk {
  const iso = (minute: number) => new Date(Date.UTC(2019, 4, 4, 14, 0) + minute * 60_000).toISOString();
  return {
    id: `t${index}`,
    uid: `t${index}`,
    title: `Talk ${index}`,
    speakers: [],
    day: 'Saturday',
    date: '2019-05-04',
    start: iso(startMinute),
    end: iso(startMinute + length),
    room: `Room ${index}`,
    description: '',
  };
}

const schedule = fc.array(
  fc.record({
    start: fc.integer({ min: 0, max: 300 }),
    length: fc.integer({ min: 5, max: 90 }),
    relevance: fc.integer({ min: 0, max: 20 }),
  }),
  { maxLength: 11 },
);

function candidatesOf(items: { start: number; length: number; relevance: number }[]): Candidate[] {
  return items.map((item, index) => ({
    talk: talkAt(index, item.start, item.length),
    relevance: item.relevance,
    interests: [{ interest: 'x', field: 'title', mentions: 0 }],
  }));
}

/** The best total by trying every subset. */
function bruteForceBest(candidates: Candidate[], kept: Talk[]): number {
  let best = 0;
  for (let mask = 0; mask < 1 << candidates.length; mask++) {
    const picked = candidates.filter((_, i) => mask & (1 << i));
    if (findConflicts([...kept, ...picked.map((c) => c.talk)]).length > 0) continue;
    best = Math.max(
      best,
      picked.reduce((sum, c) => sum + c.relevance, 0),
    );
  }
  return best;
}

describe('planning', () => {
  it('reaches the brute-force optimum and never picks a clash', () => {
    fc.assert(
      fc.property(schedule, (items) => {
        const candidates = candidatesOf(items);
        const { chosen } = planTalks(candidates, []);
        expect(findConflicts(chosen.map((c) => c.talk))).toEqual([]);
        expect(chosen.reduce((sum, c) => sum + c.relevance, 0)).toBe(
          bruteForceBest(
            candidates.filter((c) => c.relevance > 0),
            [],
          ),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('plans around kept talks, optimally, never clashing with them', () => {
    fc.assert(
      fc.property(schedule, fc.integer({ min: 0, max: 300 }), (items, keptStart) => {
        const candidates = candidatesOf(items);
        const kept = [{ ...talkAt(99, keptStart, 45), id: 'kept' }];
        const { chosen } = planTalks(candidates, kept);
        expect(findConflicts([...kept, ...chosen.map((c) => c.talk)])).toEqual([]);
        expect(chosen.reduce((sum, c) => sum + c.relevance, 0)).toBe(
          bruteForceBest(
            candidates.filter((c) => c.relevance > 0),
            kept,
          ),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('names what each left-out match clashes with', () => {
    const candidates = candidatesOf([
      { start: 0, length: 30, relevance: 10 },
      { start: 15, length: 30, relevance: 4 },
      { start: 60, length: 30, relevance: 3 },
    ]);
    const plan = planTalks(candidates, []);
    expect(plan.chosen.map((c) => c.talk.id)).toEqual(['t0', 't2']);
    expect(plan.leftOut.map((l) => [l.candidate.talk.id, l.clashesWith.map((t) => t.id)])).toEqual([['t1', ['t0']]]);
  });
});
