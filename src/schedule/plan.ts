/**
 * The best clash-free plan: of the talks that match the user's interests,
 * the set with the greatest total relevance that clashes neither with itself
 * nor with the talks already picked, and leaves time to walk between rooms.
 * Weighted interval scheduling, exact: in time order, the best plan ending
 * with each talk is that talk plus the best plan ending with a talk it can
 * follow. A talk that ended a longest walk before another starts can always
 * be followed, so only the talks ending in that window are checked one by one.
 *
 * Kept talks (priority must or want) are never dropped, and nothing that
 * clashes with them is picked. They cut the day into stretches, each planned
 * on its own: the first talk picked in a stretch leaves time to walk from the
 * kept talk before it, and the last to walk to the kept talk after it. A
 * maybe talk is weighed as a match of its own plus MAYBE_WEIGHT, and may be
 * given up for talks that are worth more. A talk given in two slots
 * (repeats.ts) is attended once.
 */
import { countAtMost } from './countAtMost.js';
import { once } from './once.js';
import { givenTwice, repeatsAttended, repeatsOneOf, slotsOfOnePickedTwice } from './repeats.js';
import { compareText } from './text.js';
import { overlaps, spanOf } from './time.js';
import type { WordMatch } from './search.js';
import type { Talk } from './types.js';

/** One interest a talk matched, and how: in its title, a speaker's name, or mentioned in its description. */
export interface InterestMatch extends WordMatch {
  interest: string;
}

export interface Candidate {
  talk: Talk;
  relevance: number;
  /** The interests it matched, best first, to show why it was picked. */
  interests: InterestMatch[];
  /** The friends' itineraries that hold it (plan --with). */
  friends?: string[];
}

export interface LeftOut {
  candidate: Candidate;
  /**
   * What keeps it out, worked out when first asked: a big conference leaves
   * out hundreds of matches, and a plan shows the reasons for a few.
   */
  why(): WhyLeftOut;
}

export interface WhyLeftOut {
  /** The planned or kept talks it clashes with. */
  clashesWith: Talk[];
  /** The planned or kept talks just before and after it, when it leaves no time to walk from or to them. */
  tooFar: TooFar;
}

export interface TooFar {
  before?: Talk | undefined;
  after?: Talk | undefined;
}

/** Whether a walk, not only a clash, keeps a match out of the plan. */
export function keptOutByAWalk(leftOut: LeftOut): boolean {
  const { tooFar } = leftOut.why();
  return tooFar.before !== undefined || tooFar.after !== undefined;
}

/** What keeps a talk out from among talks that stay, when anything does. */
export type KeptOutBy = 'walk' | 'clash';

export interface GivenUp {
  talk: Talk;
  /** The picked talks that took its time. */
  for: Talk[];
}

export interface Plan {
  /** The new talks picked, in time order; a maybe talk that stays is not among them. */
  chosen: Candidate[];
  leftOut: LeftOut[];
  /** Maybe talks the plan gives up for better matches. */
  givenUp: GivenUp[];
  /** The other slots of a talk given twice that the plan attends (picked, kept or a maybe that stays), left out for it. */
  repeats: Map<Talk, Talk[]>;
}

/** What a maybe talk is worth on top of its own match: a title match and a half, so only clearly better matches replace it. */
export const MAYBE_WEIGHT = 15;

export interface PlanOptions {
  /** Talks of priority maybe: kept unless what their time could hold instead is worth more. */
  maybe?: Talk[];
  /** Minutes to walk between two rooms; by default none. */
  walk?: (from: string, to: string) => number;
  /** The longest of those walks, when known; else every pair of rooms is asked. */
  longestWalk?: number;
}

function longestBetween(rooms: string[], walk: (from: string, to: string) => number): number {
  const distinct = [...new Set(rooms)];
  let longest = 0;
  for (const from of distinct) for (const to of distinct) longest = Math.max(longest, walk(from, to));
  return longest;
}

export interface Span {
  candidate: Candidate;
  start: number;
  end: number;
}

/** A talk with its start and end worked out once, for the loops that weigh it against many talks. */
export interface TimedTalk {
  talk: Talk;
  start: number;
  end: number;
}

export function timed(talks: Talk[]): TimedTalk[] {
  return talks.map((talk) => ({ talk, ...spanOf(talk) }));
}

export function spansOf(candidates: Candidate[]): Span[] {
  return candidates.map((candidate) => ({ candidate, ...spanOf(candidate.talk) }));
}

export function planTalks(candidates: Candidate[], kept: Talk[], options: PlanOptions = {}): Plan {
  const walk = options.walk ?? (() => 0);
  const maybe = options.maybe ?? [];
  const keptIds = new Set(kept.map((talk) => talk.id));
  const maybeIds = new Set(maybe.map((talk) => talk.id));
  const keptTimes = timed(kept);
  const clashesWithKept = (talk: Talk) => keptTimes.some((other) => overlaps(spanOf(talk), other));
  // A maybe talk competes with its own match plus MAYBE_WEIGHT.
  const matched = new Map(candidates.map((candidate) => [candidate.talk.id, candidate]));
  const maybeCandidates = maybe
    .filter((talk) => !keptIds.has(talk.id))
    .map((talk) => {
      const own = matched.get(talk.id);
      return { talk, relevance: (own?.relevance ?? 0) + MAYBE_WEIGHT, interests: own?.interests ?? [] };
    });
  // A match given again in another slot of a kept talk is that talk: it is not planned twice.
  const repeatsKept = repeatsOneOf(kept);
  const eligible = spansOf(
    [
      ...candidates.filter(
        (candidate) =>
          candidate.relevance > 0 && !keptIds.has(candidate.talk.id) && !maybeIds.has(candidate.talk.id) && !repeatsKept(candidate.talk),
      ),
      ...maybeCandidates,
    ].filter((candidate) => !clashesWithKept(candidate.talk)),
  );
  const longest = options.walk === undefined ? 0 : options.longestWalk;
  const picked = oneSlotEach(eligible, (pool) => bestCompatibleSet(pool, walk, keptTimes, longest)).map((span) => span.candidate);
  const chosen = picked.filter((candidate) => !maybeIds.has(candidate.talk.id));
  const stays = new Set(picked.filter((candidate) => maybeIds.has(candidate.talk.id)).map((candidate) => candidate.talk.id));
  const givenUp = maybe
    .filter((talk) => !stays.has(talk.id) && !keptIds.has(talk.id))
    .map((talk) => ({
      talk,
      // What clashes with it, is too far a walk, or is the same talk in another slot.
      for: [...chosen.map((candidate) => candidate.talk), ...kept]
        .filter((other) => !followsOrPrecedes(talk, other, walk) || givenTwice(talk, other))
        .sort(byStart),
    }));
  const settled = [...kept, ...maybe.filter((talk) => stays.has(talk.id))];

  const planned = plannedTalks(
    settled,
    chosen.map((candidate) => candidate.talk),
  );
  const chosenIds = new Set(chosen.map((candidate) => candidate.talk.id));
  const repeats = repeatsAttended(
    [...settled, ...chosen.map((candidate) => candidate.talk)],
    candidates.map((candidate) => candidate.talk),
  );
  const leftOut = candidates
    .filter(
      (candidate) =>
        candidate.relevance > 0 &&
        !chosenIds.has(candidate.talk.id) &&
        !keptIds.has(candidate.talk.id) &&
        !maybeIds.has(candidate.talk.id) &&
        !repeats.left.has(candidate.talk),
    )
    .map((candidate) => ({
      candidate,
      why: once(() => ({ clashesWith: planned.overlapping(candidate.talk), tooFar: tooFarFrom(candidate.talk, planned.all, walk) })),
    }))
    .sort((a, b) => b.candidate.relevance - a.candidate.relevance || compareText(a.candidate.talk.start, b.candidate.talk.start));
  return { chosen: chosen.sort((a, b) => compareText(a.talk.start, b.talk.start)), leftOut, givenUp, repeats: repeats.of };
}

/**
 * The plan `plan` makes of `eligible` with one slot of each talk given twice:
 * of a talk it picks twice, each slot in turn is kept and the others left
 * out, and the plan worth most wins (the first slot on a tie; a maybe weighs
 * its MAYBE_WEIGHT more); then the next such talk. Exact for one talk given
 * twice.
 */
function oneSlotEach(eligible: Span[], plan: (pool: Span[]) => Span[]): Span[] {
  const talksOf = (spans: Span[]) => spans.map((span) => span.candidate.talk);
  let pool = eligible;
  let spans = plan(pool);
  const pickedTwice = () => slotsOfOnePickedTwice(talksOf(spans), talksOf(pool));
  for (let slots = pickedTwice(); slots; slots = pickedTwice()) {
    const tries = slots.map((slot) => {
      const kept = pool.filter((span) => span.candidate.talk === slot || !slots.includes(span.candidate.talk));
      const planned = plan(kept);
      return { pool: kept, spans: planned, worth: planned.reduce((sum, span) => sum + span.candidate.relevance, 0) };
    });
    const best = tries.reduce((one, other) => (other.worth > one.worth ? other : one));
    pool = best.pool;
    spans = best.spans;
  }
  return spans;
}

export function byStart(a: Talk, b: Talk): number {
  return compareText(a.start, b.start);
}

/**
 * Of the talks that do not overlap a talk, the last that ends before it and
 * the first that starts after it, each when the talk leaves no time to walk
 * from or to it (the walks further off are theirs to make).
 */
function tooFarFrom(talk: Talk, others: TimedTalk[], walk: (from: string, to: string) => number): TooFar {
  const { before, after } = aroundOf(talk, spanOf(talk), others);
  return {
    before: before && !followsOrPrecedes(before.talk, talk, walk) ? before.talk : undefined,
    after: after && !followsOrPrecedes(talk, after.talk, walk) ? after.talk : undefined,
  };
}

/** Whether two talks can both be attended: one ends, and the walk is done, before the other starts. */
export function followsOrPrecedes(a: Talk, b: Talk, walk: (from: string, to: string) => number): boolean {
  const first = spanOf(a);
  const second = spanOf(b);
  if (first.end <= second.start) return first.end + walk(a.room, b.room) * 60_000 <= second.start;
  if (second.end <= first.start) return second.end + walk(b.room, a.room) * 60_000 <= first.start;
  return false;
}

/** Of some talks, the last to end by a talk's start and the first to start at or after its end. */
export interface Around {
  before?: TimedTalk | undefined;
  after?: TimedTalk | undefined;
}

export function aroundOf(talk: Talk, span: { start: number; end: number }, attended: TimedTalk[]): Around {
  const around: Around = {};
  for (const other of attended) {
    if (other.talk === talk) continue;
    if (other.end <= span.start && (!around.before || other.end > around.before.end)) around.before = other;
    if (other.start >= span.end && (!around.after || other.start < around.after.start)) around.after = other;
  }
  return around;
}

/**
 * Which planned talks overlap a talk. The chosen talks never overlap one
 * another, so sorted by end they are sorted by start too: a binary search
 * finds the first that ends after the talk starts, and the scan stops at the
 * first that starts after it ends. The kept talks are few, and may overlap.
 */
function plannedTalks(kept: Talk[], chosen: Talk[]) {
  const sorted = timed(chosen).sort((a, b) => a.end - b.end);
  const ends = sorted.map((span) => span.end);
  return {
    all: timed([...kept, ...chosen]),
    overlapping(talk: Talk): Talk[] {
      const span = spanOf(talk);
      const found = kept.filter((other) => overlaps(span, spanOf(other)));
      for (let i = countAtMost(ends, span.start); i < sorted.length; i++) {
        const other = sorted[i] as (typeof sorted)[number];
        if (other.start >= span.end) break;
        found.push(other.talk);
      }
      return found.sort((a, b) => compareText(a.start, b.start));
    },
  };
}

/**
 * Weighted interval scheduling with walks: the subset of greatest total
 * relevance in which each talk can follow the one before, around the kept
 * talks. No span overlaps a kept talk, so the kept talks cut the spans into
 * stretches, and no plan of one stretch bears on another's: each is planned
 * on its own.
 */
function bestCompatibleSet(
  spans: Span[],
  walk: (from: string, to: string) => number,
  kept: TimedTalk[],
  longest: number | undefined,
): Span[] {
  const sorted = [...spans].sort((a, b) => a.end - b.end || a.start - b.start);
  const longestWalk =
    (longest ??
      longestBetween(
        sorted.map((span) => span.candidate.talk.room),
        walk,
      )) * 60_000;
  const keptEnds = kept.map((other) => other.end).sort((a, b) => a - b);
  /** A span's stretch: how many kept talks end by its start. Sorted by end, the spans of a stretch come together. */
  const stretchOf = (span: Span) => countAtMost(keptEnds, span.start);
  const picked: Span[] = [];
  for (let first = 0; first < sorted.length; ) {
    const stretch = stretchOf(sorted[first] as Span);
    let next = first + 1;
    while (next < sorted.length && stretchOf(sorted[next] as Span) === stretch) next++;
    picked.push(...bestInStretch(sorted.slice(first, next), walk, kept, longestWalk));
    first = next;
  }
  return picked;
}

/**
 * The best plan of one stretch's spans, sorted by end: best[j] is the
 * greatest total of a plan that ends with span j, which may start the plan
 * only if it leaves time to walk from the kept talk before it; the plan
 * taken is the best that ends with a span leaving time to walk to the kept
 * talk after it.
 */
function bestInStretch(sorted: Span[], walk: (from: string, to: string) => number, kept: TimedTalk[], longestWalk: number): Span[] {
  const ends = sorted.map((span) => span.end);
  const nearKept = sorted.map((span) => tooFarFrom(span.candidate.talk, kept, walk));
  /** best[j]: the greatest total of a plan that ends with span j, -Infinity when there is none; from[j]: the span before it there, or -1. */
  const best: number[] = [];
  const from: number[] = [];
  /** upTo[k]: the index of the greatest best[] among the first k spans, or -1. */
  const upTo: number[] = [-1];
  const value = (index: number) => (index < 0 ? 0 : (best[index] ?? -Infinity));
  sorted.forEach((span, j) => {
    // Every span ending a longest walk before this one starts can be followed by it.
    const far = countAtMost(ends, span.start - longestWalk, j);
    let before = upTo[far] ?? -1;
    let beforeValue = value(before);
    // A plan of 1,500 matches looks at tens of thousands of these: each is read from `best` as it is (every span
    // before this one has its value there), and only a better plan is worth the walk's lookup.
    for (let i = far; i < j && (ends[i] ?? Infinity) <= span.start; i++) {
      const candidate = best[i] as number;
      if (candidate <= beforeValue) continue;
      const other = sorted[i] as Span;
      if (other.end + walk(other.candidate.talk.room, span.candidate.talk.room) * 60_000 <= span.start) {
        before = i;
        beforeValue = candidate;
      }
    }
    const canStart = nearKept[j]?.before === undefined;
    best.push(before === -1 && !canStart ? -Infinity : span.candidate.relevance + beforeValue);
    from.push(before);
    const top = upTo[j] ?? -1;
    upTo.push(value(j) > value(top) ? j : top);
  });
  let last = -1;
  sorted.forEach((_, j) => {
    if (nearKept[j]?.after === undefined && value(j) > value(last)) last = j;
  });
  const picked: Span[] = [];
  for (let j = last; j >= 0; j = from[j] ?? -1) picked.push(sorted[j] as Span);
  return picked.reverse();
}
