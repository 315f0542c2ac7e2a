import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../src/schedule/conflicts.js';
import { backupsFor } from '../../src/schedule/backups.js';
import { aroundOf, followsOrPrecedes, MAYBE_WEIGHT, planTalks, timed, type Candidate } from '../../src/schedule/plan.js';
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
    expect(plan.leftOut.map((l) => [l.candidate.talk.id, l.why().clashesWith.map((t) => t.id)])).toEqual([['t1', ['t0']]]);
  });

  it('names the talks a left-out match is too far a walk from, or to', () => {
    // Kept: 30-60. Matches: 0-25 (5 minutes before it), 65-95 (5 after) and 100-130, each in a room of its own.
    const kept = [talkAt(9, 30, 30)];
    const candidates = candidatesOf([
      { start: 0, length: 25, relevance: 5 },
      { start: 65, length: 30, relevance: 5 },
      { start: 100, length: 30, relevance: 5 },
    ]);
    const plan = planTalks(candidates, kept, { walk: (from, to) => (from === to ? 0 : 10) });
    expect(plan.chosen.map((c) => c.talk.id)).toEqual(['t2']);
    expect(
      plan.leftOut.map((l) => [
        l.candidate.talk.id,
        l.why().clashesWith.map((t) => t.id),
        l.why().tooFar.before?.id,
        l.why().tooFar.after?.id,
      ]),
    ).toEqual([
      ['t0', [], undefined, 't9'],
      ['t1', [], 't9', 't2'],
    ]);
  });
});

describe('planning with priorities and walks', () => {
  const rooms = ['A', 'B', 'C'];
  const roleOf = ['match', 'must', 'maybe'] as const;
  const day = fc.record({
    talks: fc.array(
      fc.record({
        start: fc.integer({ min: 0, max: 240 }),
        length: fc.integer({ min: 10, max: 60 }),
        relevance: fc.integer({ min: 1, max: 20 }),
        room: fc.integer({ min: 0, max: 2 }),
        role: fc.integer({ min: 0, max: 2 }),
      }),
      { maxLength: 10 },
    ),
    walks: fc.array(fc.integer({ min: 0, max: 25 }), { minLength: 9, maxLength: 9 }),
  });

  /** The walks as a table, the same either way. */
  const walkOf = (walks: number[]) => (from: string, to: string) =>
    from === to ? 0 : (walks[Math.min(rooms.indexOf(from), rooms.indexOf(to)) * 3 + Math.max(rooms.indexOf(from), rooms.indexOf(to))] ?? 0);

  /** Every talk attended reaches the next in time: no overlap, and time for the walk. */
  function attendable(talks: Talk[], walk: (from: string, to: string) => number): boolean {
    const sorted = [...talks].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    return sorted.every((talk, i) => {
      const next = sorted[i + 1];
      return !next || Date.parse(talk.end) + walk(talk.room, next.room) * 60_000 <= Date.parse(next.start);
    });
  }

  it('checks the walk to a kept talk from the last talk picked before it, not from each talk picked', () => {
    // Kept: 20-30 in A. Matches: 0-10 in B, a 17-minute walk from A, and 10-20 in C, next door to both.
    const walk = walkOf([0, 17, 0, 0, 0, 0, 0, 0, 0]);
    const kept = { ...talkAt(0, 20, 10), room: 'A' };
    const candidates = [
      { talk: { ...talkAt(1, 10, 10), room: 'C' }, relevance: 1, interests: [] },
      { talk: { ...talkAt(2, 0, 10), room: 'B' }, relevance: 1, interests: [] },
    ];
    expect(planTalks(candidates, [kept], { walk }).chosen.map((c) => c.talk.id)).toEqual(['t2', 't1']);
    // Without the talk in C between them, B is too far a walk from A.
    expect(planTalks(candidates.slice(1), [kept], { walk }).chosen).toEqual([]);
  });

  it('between two plans worth the same, keeps the one whose talk before ends first, even within a walk of the next', () => {
    // Two equal matches in C, 0-25 and 0-28, then one at 30 in C: a walk from A or B takes 10 minutes, not from C.
    const walk = walkOf([0, 10, 10, 0, 0, 10, 0, 0, 0]);
    const candidates = [
      { talk: { ...talkAt(1, 0, 28), room: 'C' }, relevance: 5, interests: [] },
      { talk: { ...talkAt(2, 0, 25), room: 'C' }, relevance: 5, interests: [] },
      { talk: { ...talkAt(3, 30, 20), room: 'C' }, relevance: 5, interests: [] },
    ];
    expect(planTalks(candidates, [], { walk, longestWalk: 10 }).chosen.map((c) => c.talk.id)).toEqual(['t2', 't3']);
    expect(planTalks(candidates.slice().reverse(), [], { walk, longestWalk: 10 }).chosen.map((c) => c.talk.id)).toEqual(['t2', 't3']);
  });

  it('keeps every must, never picks a tight change, and reaches the brute-force optimum', () => {
    fc.assert(
      fc.property(day, ({ talks, walks }) => {
        const walk = walkOf(walks);
        const all = talks.map((item, index) => ({
          talk: { ...talkAt(index, item.start, item.length), room: rooms[item.room] as string },
          relevance: item.relevance,
          role: roleOf[item.role] as (typeof roleOf)[number],
        }));
        // Musts that clash with one another are the user's to settle: leave the day without them.
        const musts = all.filter((item) => item.role === 'must').map((item) => item.talk);
        fc.pre(attendable(musts, walk));
        const maybes = all.filter((item) => item.role === 'maybe');
        const candidates: Candidate[] = all
          .filter((item) => item.role === 'match')
          .map((item) => ({ talk: item.talk, relevance: item.relevance, interests: [] }));
        const plan = planTalks(candidates, musts, { maybe: maybes.map((item) => item.talk), walk });
        const given = new Set(plan.givenUp.map((gone) => gone.talk.id));
        const stays = maybes.filter((item) => !given.has(item.talk.id));
        const attended = [...musts, ...stays.map((item) => item.talk), ...plan.chosen.map((c) => c.talk)];
        expect(attendable(attended, walk)).toBe(true);
        const total = plan.chosen.reduce((sum, c) => sum + c.relevance, 0) + stays.length * MAYBE_WEIGHT;
        // Brute force: every subset of matches and maybes that can be attended with the musts.
        const optional = [...candidates, ...maybes.map((item) => ({ talk: item.talk, relevance: MAYBE_WEIGHT, interests: [] }))];
        let best = 0;
        for (let mask = 0; mask < 1 << optional.length; mask++) {
          const picked = optional.filter((_, i) => mask & (1 << i));
          if (!attendable([...musts, ...picked.map((c) => c.talk)], walk)) continue;
          best = Math.max(
            best,
            picked.reduce((sum, c) => sum + c.relevance, 0),
          );
        }
        expect(total).toBe(best);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  });

  it('offers as backups the best matches running during a pick that clash with no talk around it and leave time for both walks', () => {
    /** The backups worked out the plain way: every match against every talk around the pick. */
    const backupsByScan = (pick: Talk, candidates: Candidate[], attended: Talk[], walk: (from: string, to: string) => number) => {
      const at = (iso: string) => Date.parse(iso);
      const meet = (a: Talk, b: Talk) => at(a.start) < at(b.end) && at(b.start) < at(a.end);
      const around = attended.filter((other) => other !== pick && !meet(pick, other));
      const spare = candidates
        .filter((candidate) => candidate.relevance > 0 && !attended.includes(candidate.talk))
        .sort(
          (a, b) =>
            b.relevance - a.relevance ||
            at(a.talk.start) - at(b.talk.start) ||
            (a.talk.room < b.talk.room ? -1 : a.talk.room > b.talk.room ? 1 : 0),
        );
      const talks: string[] = [];
      const reasons = new Set<string>();
      for (const { talk } of spare) {
        if (talks.length === 2) break;
        if (!meet(pick, talk)) continue;
        if (around.some((other) => meet(talk, other))) {
          reasons.add('clash');
          continue;
        }
        const before = around.filter((other) => at(other.end) <= at(talk.start)).sort((a, b) => at(b.end) - at(a.end))[0];
        const after = around.filter((other) => at(other.start) >= at(talk.end)).sort((a, b) => at(a.start) - at(b.start))[0];
        const walkFrom = !before || at(before.end) + walk(before.room, talk.room) * 60_000 <= at(talk.start);
        const walkTo = !after || at(talk.end) + walk(talk.room, after.room) * 60_000 <= at(after.start);
        if (walkFrom && walkTo) talks.push(talk.id);
        else reasons.add('walk');
      }
      return { talks, keptOutBy: talks.length > 0 ? undefined : reasons.has('walk') ? 'walk' : reasons.has('clash') ? 'clash' : undefined };
    };
    // Times on a quarter-hour grid, so that talks often meet end to start and start together.
    const quarterHours = fc.record({
      talks: fc.array(
        fc.record({
          start: fc.integer({ min: 0, max: 16 }).map((quarter) => quarter * 15),
          length: fc.integer({ min: 1, max: 4 }).map((quarters) => quarters * 15),
          relevance: fc.integer({ min: 0, max: 20 }),
          room: fc.integer({ min: 0, max: 2 }),
          must: fc.boolean(),
        }),
        { maxLength: 12 },
      ),
      walks: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 9, maxLength: 9 }),
    });
    fc.assert(
      fc.property(quarterHours, ({ talks, walks }) => {
        const walk = walkOf(walks);
        const all = talks.map((item, index) => ({
          talk: { ...talkAt(index, item.start, item.length), room: rooms[item.room] as string },
          relevance: item.relevance,
          must: item.must,
        }));
        const musts = all.filter((item) => item.must).map((item) => item.talk);
        const candidates: Candidate[] = all
          .filter((item) => !item.must)
          .map((item) => ({ talk: item.talk, relevance: item.relevance, interests: [] }));
        const plan = planTalks(candidates, musts, { walk });
        const attended = [...musts, ...plan.chosen.map((c) => c.talk)];
        const backups = backupsFor(plan.chosen, candidates, attended, { walk });
        for (const { talk } of plan.chosen) {
          const found = backups.get(talk);
          expect({ talks: found?.talks.map((c) => c.talk.id), keptOutBy: found?.keptOutBy }).toEqual(
            backupsByScan(talk, candidates, attended, walk),
          );
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  });

  it('names every planned or kept talk a left-out match clashes with, in time order, and none it only meets', () => {
    const kept = talkAt(9, 50, 30);
    const candidates = candidatesOf([
      { start: 0, length: 30, relevance: 10 },
      { start: 30, length: 20, relevance: 10 },
      // Ends as t1 starts: it clashes with t0 alone.
      { start: 10, length: 20, relevance: 5 },
      // Overlaps t0, t1 and the kept talk.
      { start: 25, length: 35, relevance: 5 },
    ]);
    const plan = planTalks(candidates, [kept]);
    expect(plan.chosen.map((c) => c.talk.id)).toEqual(['t0', 't1']);
    expect(plan.leftOut.map((out) => [out.candidate.talk.id, out.why().clashesWith.map((talk) => talk.id)])).toEqual([
      ['t2', ['t0']],
      ['t3', ['t0', 't1', 't9']],
    ]);
  });

  it('lists up to two backups per picked talk, running at the same time, best first', () => {
    const candidates = candidatesOf([
      { start: 0, length: 30, relevance: 10 },
      { start: 0, length: 30, relevance: 4 },
      { start: 10, length: 30, relevance: 7 },
      { start: 20, length: 30, relevance: 2 },
      { start: 60, length: 30, relevance: 3 },
      // Runs with t4 but matches nothing: never a backup.
      { start: 60, length: 30, relevance: 0 },
    ]);
    const plan = planTalks(candidates, []);
    const backups = backupsFor(
      plan.chosen,
      candidates,
      plan.chosen.map((c) => c.talk),
    );
    expect([...backups].map(([talk, alternatives]) => [talk.id, alternatives.talks.map((c) => c.talk.id), alternatives.keptOutBy])).toEqual(
      [
        ['t0', ['t2', 't1'], undefined],
        ['t4', [], undefined],
      ],
    );
  });

  it('says whether a clash or a walk keeps the other matches out, when a pick has no backup', () => {
    // t0 is picked and t2 follows it; t1 runs with t0, and then either into t2 or 10 minutes' walk from it.
    const backupOf = (t1Length: number, walk: (from: string, to: string) => number) => {
      const candidates = candidatesOf([
        { start: 0, length: 30, relevance: 10 },
        { start: 0, length: t1Length, relevance: 4 },
        { start: 35, length: 30, relevance: 10 },
      ]);
      const [pick, , next] = candidates.map((c) => c.talk) as [Talk, Talk, Talk];
      return backupsFor([candidates[0] as Candidate], candidates, [pick, next], { walk }).get(pick);
    };
    expect(backupOf(40, () => 0)).toEqual({ talks: [], keptOutBy: 'clash' });
    expect(backupOf(30, (from, to) => (from === 'Room 1' || to === 'Room 1' ? 10 : 0))).toEqual({ talks: [], keptOutBy: 'walk' });
  });

  it('names nothing as keeping matches out when one is a backup, and takes one that starts as the talk before ends', () => {
    // t0 is picked, t2 follows it at 35; t1 runs with t0 and ends in time, t3 runs on into t2.
    const some = candidatesOf([
      { start: 0, length: 30, relevance: 10 },
      { start: 0, length: 30, relevance: 4 },
      { start: 35, length: 30, relevance: 10 },
      { start: 0, length: 40, relevance: 3 },
    ]);
    const [pick, , next] = some.map((c) => c.talk) as [Talk, Talk, Talk];
    const found = backupsFor([some[0] as Candidate], some, [pick, next]).get(pick);
    expect([found?.talks.map((c) => c.talk.id), found?.keptOutBy]).toEqual([['t1'], undefined]);
    // t1 ends at 30, as t0 and t2 start: a backup for t2 that leaves no gap, with no walk to make.
    const backToBack = candidatesOf([
      { start: 0, length: 30, relevance: 10 },
      { start: 30, length: 30, relevance: 10 },
      { start: 30, length: 30, relevance: 4 },
    ]);
    const [before, picked] = backToBack.map((c) => c.talk) as [Talk, Talk];
    expect(
      backupsFor([backToBack[1] as Candidate], backToBack, [before, picked])
        .get(picked)
        ?.talks.map((c) => c.talk.id),
    ).toEqual(['t2']);
  });

  it('takes as backups only matches running with the pick, and knows a clash with the talk before from a walk', () => {
    // t1 is picked from 40 to 70, after t0; t2 runs between them, t3 ends as t4 starts, t5 starts while t0 runs.
    const candidates = candidatesOf([
      { start: 0, length: 30, relevance: 10 },
      { start: 40, length: 30, relevance: 10 },
      { start: 31, length: 8, relevance: 9 },
      { start: 40, length: 30, relevance: 4 },
      { start: 70, length: 30, relevance: 10 },
      { start: 20, length: 50, relevance: 8 },
    ]);
    const [first, pick, , , after] = candidates.map((c) => c.talk) as [Talk, Talk, Talk, Talk, Talk];
    const found = backupsFor([candidates[1] as Candidate], candidates, [first, pick, after]).get(pick);
    expect(found?.talks.map((c) => c.talk.id)).toEqual(['t3']);
    const onlyClashing = candidates.filter((c) => c.talk.id !== 't3');
    expect(backupsFor([candidates[1] as Candidate], onlyClashing, [first, pick, after]).get(pick)).toEqual({
      talks: [],
      keptOutBy: 'clash',
    });
  });

  it('gives up a maybe talk only for matches worth more, and says for which', () => {
    const maybe = talkAt(0, 0, 30);
    const weak = candidatesOf([
      { start: 0, length: 30, relevance: 0 },
      { start: 0, length: 30, relevance: 14 },
    ]);
    expect(planTalks(weak, [], { maybe: [maybe] })).toMatchObject({ chosen: [], givenUp: [] });
    const strong = candidatesOf([
      { start: 0, length: 30, relevance: 0 },
      { start: 0, length: 30, relevance: 16 },
    ]);
    const plan = planTalks(strong, [], { maybe: [maybe] });
    expect(plan.chosen.map((c) => c.talk.id)).toEqual(['t1']);
    expect(plan.givenUp.map((gone) => [gone.talk.id, gone.for.map((talk) => talk.id)])).toEqual([['t0', ['t1']]]);
  });

  it('gives up a maybe talk for the picks it clashes with or leaves no time to walk from, not for earlier ones it could follow', () => {
    const maybe = talkAt(0, 60, 30);
    const candidates = candidatesOf([
      { start: 60, length: 30, relevance: 0 },
      // Ends half an hour before the maybe starts.
      { start: 0, length: 30, relevance: 16 },
      // At the maybe's time.
      { start: 60, length: 30, relevance: 16 },
      // Ends five minutes before it, ten minutes' walk away.
      { start: 35, length: 20, relevance: 16 },
    ]);
    const walk = (from: string, to: string) => ([from, to].sort().join() === 'Room 0,Room 3' ? 10 : 0);
    const plan = planTalks(candidates, [], { maybe: [maybe], walk });
    expect(plan.chosen.map((c) => c.talk.id)).toEqual(['t1', 't3', 't2']);
    expect(plan.givenUp.map((gone) => [gone.talk.id, gone.for.map((talk) => talk.id)])).toEqual([['t0', ['t3', 't2']]]);
  });
});

describe('a talk given in two slots', () => {
  /** A slot of "Rust for Hardware" by Chris Maker, or of a talk of its own, `start` minutes after 14:00 for `length` minutes. */
  const slot = (index: number, start: number, length: number, same = true): Talk => ({
    ...talkAt(index, start, length),
    ...(same ? { title: 'Rust for Hardware', speakers: ['Chris Maker'] } : { speakers: ['Someone'] }),
  });
  const matching = (talks: Talk[], relevance: number[]): Candidate[] =>
    talks.map((talk, i) => ({ talk, relevance: relevance[i] ?? 0, interests: [{ interest: 'rust', field: 'title', mentions: 0 }] }));

  it('is planned once, in its first slot the plan picks, and says when else it is on', () => {
    // Without the rule all three fit, and the plan would sit through the same talk twice.
    const twice = [slot(0, 0, 30), slot(1, 100, 30)];
    const other = slot(2, 40, 30, false);
    const plan = planTalks(matching([...twice, other], [10, 10, 5]), []);
    expect(plan.chosen.map((c) => c.talk.id)).toEqual(['t0', 't2']);
    expect([...plan.repeats].map(([talk, others]) => [talk.id, others.map((o) => o.id)])).toEqual([['t0', ['t1']]]);
    expect(plan.leftOut).toEqual([]);
  });

  it('keeps the slot that leaves the most for the rest of the plan', () => {
    // Kept at 0, the talk would push out the other match at 0; kept at 100, both fit.
    const plan = planTalks(matching([slot(0, 0, 30), slot(1, 100, 30), slot(2, 0, 30, false)], [10, 10, 10]), []);
    expect(plan.chosen.map((c) => c.talk.id)).toEqual(['t2', 't1']);
    expect([...plan.repeats].map(([talk, others]) => [talk.id, others.map((o) => o.id)])).toEqual([['t1', ['t0']]]);
  });

  it('reaches the brute-force optimum of plans that attend it at most once', () => {
    // Up to 8 other matches, so that every subset of up to 11 talks can be tried.
    const items = schedule.map((others) => others.slice(0, 8));
    fc.assert(
      fc.property(items, fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 2, maxLength: 3 }), (others, starts) => {
        const talks = [
          ...starts.map((start, i) => slot(i, start, 30)),
          ...others.map((item, i) => slot(starts.length + i, item.start, item.length, false)),
        ];
        const relevance = [...starts.map(() => 10), ...others.map((item) => item.relevance)];
        const candidates = matching(talks, relevance);
        const { chosen } = planTalks(candidates, []);
        const twice = (picked: Candidate[]) => picked.filter((c) => c.talk.title === 'Rust for Hardware').length > 1;
        expect(twice(chosen)).toBe(false);
        let best = 0;
        for (let mask = 0; mask < 1 << candidates.length; mask++) {
          const picked = candidates.filter((_, i) => mask & (1 << i));
          if (twice(picked) || findConflicts(picked.map((c) => c.talk)).length > 0) continue;
          best = Math.max(
            best,
            picked.reduce((sum, c) => sum + c.relevance, 0),
          );
        }
        expect(chosen.reduce((sum, c) => sum + c.relevance, 0)).toBe(best);
      }),
      { numRuns: 200 },
    );
  });

  it('gives up a maybe for its other slot only when that is worth more, and says so', () => {
    // The maybe, on Saturday, matches nothing; the same talk on Friday matches well.
    const maybe = slot(1, 100, 30);
    const plan = planTalks(matching([slot(0, 0, 30)], [20]), [], { maybe: [maybe] });
    expect(plan.chosen.map((c) => c.talk.id)).toEqual(['t0']);
    expect(plan.givenUp.map((gone) => [gone.talk.id, gone.for.map((talk) => talk.id)])).toEqual([['t1', ['t0']]]);
    expect(planTalks(matching([slot(0, 0, 30)], [10]), [], { maybe: [maybe] })).toMatchObject({ chosen: [], givenUp: [] });
  });

  it('gives its other slot to the next best match', () => {
    const plan = planTalks(matching([slot(0, 0, 30), slot(1, 100, 30), slot(2, 100, 30, false)], [10, 10, 3]), []);
    expect(plan.chosen.map((c) => c.talk.id)).toEqual(['t0', 't2']);
  });

  it('is not planned again when the itinerary has it in either slot', () => {
    const [first, second] = [slot(0, 0, 30), slot(1, 100, 30)];
    const plan = planTalks(matching([first, second], [10, 10]), [second]);
    expect([plan.chosen, plan.leftOut]).toEqual([[], []]);
    expect([...plan.repeats].map(([talk, others]) => [talk.id, others.map((o) => o.id)])).toEqual([['t1', ['t0']]]);
  });

  it('counts only with a speaker named and the same length: untitled sessions such as lightning talks are each their own', () => {
    const lightning = (index: number, start: number) => ({ ...talkAt(index, start, 30), title: 'Lightning Talks' });
    expect(planTalks(matching([lightning(0, 0), lightning(1, 100)], [5, 5]), []).chosen).toHaveLength(2);
    expect(planTalks(matching([slot(0, 0, 30), slot(1, 100, 45)], [5, 5]), []).chosen).toHaveLength(2);
  });
});

describe('the pieces of a plan', () => {
  const inRoom = (index: number, start: number, length: number, room: string): Talk => ({ ...talkAt(index, start, length), room });
  const weighed = (talks: Talk[], relevance = 5): Candidate[] =>
    talks.map((talk) => ({ talk, relevance, interests: [{ interest: 'x', field: 'title', mentions: 0 }] }));
  /** Ten minutes between two rooms, none within one. */
  const tenMinutes = (from: string, to: string) => (from === to ? 0 : 10);

  it('lists the matches left out best first, and never one that matches nothing', () => {
    const candidates = candidatesOf([
      { start: 0, length: 30, relevance: 10 },
      { start: 0, length: 30, relevance: 4 },
      { start: 0, length: 30, relevance: 0 },
      { start: 10, length: 30, relevance: 6 },
    ]);
    expect(planTalks(candidates, []).leftOut.map((out) => out.candidate.talk.id)).toEqual(['t3', 't1']);
  });

  it('lets one talk follow another that ends as it starts, or that leaves just the walk between them', () => {
    const later = inRoom(0, 30, 30, 'Hall');
    expect(followsOrPrecedes(later, inRoom(1, 0, 30, 'Hall'), tenMinutes)).toBe(true);
    expect(followsOrPrecedes(later, inRoom(1, 0, 20, 'Annex'), tenMinutes)).toBe(true);
    expect(followsOrPrecedes(later, inRoom(1, 0, 21, 'Annex'), tenMinutes)).toBe(false);
  });

  it('plans talks back to back in one room, and a change of room with just the walk to make it', () => {
    const talks = [inRoom(0, 0, 30, 'Hall'), inRoom(1, 30, 30, 'Hall'), inRoom(2, 70, 30, 'Annex')];
    const plan = planTalks(weighed(talks), [], { walk: tenMinutes, longestWalk: 10 });
    expect(plan.chosen.map((c) => c.talk.id)).toEqual(['t0', 't1', 't2']);
  });

  it('plans around kept talks in whatever order they are given', () => {
    const kept = [inRoom(8, 0, 30, 'Hall'), inRoom(9, 120, 30, 'Hall')];
    const candidates = weighed([inRoom(0, 30, 30, 'Hall'), inRoom(1, 60, 30, 'Hall'), inRoom(2, 150, 30, 'Hall')]);
    const planned = (keptTalks: Talk[]) =>
      planTalks(candidates, keptTalks, { walk: tenMinutes, longestWalk: 10 }).chosen.map((c) => c.talk.id);
    expect([planned(kept), planned([...kept].reverse())]).toEqual([
      ['t0', 't1', 't2'],
      ['t0', 't1', 't2'],
    ]);
  });

  it('never starts from a kept talk with less than the walk, however the kept talks are ordered, but may go by way of a pick', () => {
    const kept = [inRoom(8, 0, 30, 'Hall'), inRoom(9, 120, 30, 'Hall')];
    // t1 starts in the Annex as the second kept talk ends in the Hall: ten minutes too soon, though it could follow t0.
    const candidates = [...weighed([inRoom(0, 40, 30, 'Annex'), inRoom(1, 150, 30, 'Annex')]), ...weighed([inRoom(2, 150, 30, 'Hall')], 3)];
    const planned = (keptTalks: Talk[]) =>
      planTalks(candidates, keptTalks, { walk: tenMinutes, longestWalk: 10 }).chosen.map((c) => c.talk.id);
    expect([planned(kept), planned([...kept].reverse())]).toEqual([
      ['t0', 't2'],
      ['t0', 't2'],
    ]);
    // From the Hall, the Yard is half an hour's walk, but five minutes by way of the Annex.
    const walks: Record<string, number> = { 'Hall Annex': 5, 'Hall Yard': 30, 'Annex Yard': 0 };
    const walk = (from: string, to: string) => (from === to ? 0 : (walks[`${from} ${to}`] ?? walks[`${to} ${from}`] ?? 10));
    const viaAnnex = weighed([inRoom(0, 35, 5, 'Annex'), inRoom(1, 40, 30, 'Yard')]);
    const plan = planTalks(viaAnnex, [inRoom(8, 0, 30, 'Hall')], { walk, longestWalk: 30 });
    expect(plan.chosen.map((c) => c.talk.id)).toEqual(['t0', 't1']);
  });

  it('names as the clash of a match left out the pick that took its time, not a maybe given up for that pick', () => {
    const maybe = inRoom(9, 0, 30, 'Hall');
    const candidates = candidatesOf([
      { start: 0, length: 30, relevance: MAYBE_WEIGHT + 5 },
      { start: 10, length: 30, relevance: 5 },
    ]);
    const plan = planTalks(candidates, [], { maybe: [maybe] });
    expect(plan.givenUp.map((gone) => gone.talk.id)).toEqual(['t9']);
    expect(plan.leftOut.map((out) => [out.candidate.talk.id, out.why().clashesWith.map((talk) => talk.id)])).toEqual([['t1', ['t0']]]);
  });

  it('finds, among talks in any order, the last to end before a talk and the first to start after it', () => {
    const talk = inRoom(0, 60, 60, 'Hall');
    const attended = timed([
      inRoom(1, 0, 30, 'Hall'),
      inRoom(2, 10, 40, 'Annex'),
      inRoom(3, 0, 20, 'Hall'),
      inRoom(4, 200, 30, 'Hall'),
      inRoom(5, 150, 30, 'Annex'),
      inRoom(6, 180, 30, 'Hall'),
    ]);
    const { before, after } = aroundOf(talk, { start: Date.parse(talk.start), end: Date.parse(talk.end) }, attended);
    expect([before?.talk.id, after?.talk.id]).toEqual(['t2', 't5']);
  });
});
