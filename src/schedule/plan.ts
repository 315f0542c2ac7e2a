/**
 * The best clash-free plan: of the talks that match the user's interests,
 * the set with the greatest total relevance that clashes neither with itself
 * nor with the talks already picked. Weighted interval scheduling, exact, in
 * O(n log n).
 */
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
}

export interface LeftOut {
  candidate: Candidate;
  /** The planned or kept talks it clashes with. */
  clashesWith: Talk[];
}

export interface Plan {
  chosen: Candidate[];
  leftOut: LeftOut[];
}

interface Span {
  candidate: Candidate;
  start: number;
  end: number;
}

export function planTalks(candidates: Candidate[], kept: Talk[]): Plan {
  const keptIds = new Set(kept.map((talk) => talk.id));
  const keptSpans = kept.map(spanOf);
  const eligible: Span[] = candidates
    .filter((candidate) => candidate.relevance > 0 && !keptIds.has(candidate.talk.id))
    .map((candidate) => ({ candidate, ...spanOf(candidate.talk) }))
    .filter((span) => !keptSpans.some((kept) => overlaps(span, kept)));
  const chosen = bestCompatibleSet(eligible).map((span) => span.candidate);

  const planned = plannedTalks(
    kept,
    chosen.map((candidate) => candidate.talk),
  );
  const chosenIds = new Set(chosen.map((candidate) => candidate.talk.id));
  const leftOut = candidates
    .filter((candidate) => candidate.relevance > 0 && !chosenIds.has(candidate.talk.id) && !keptIds.has(candidate.talk.id))
    .map((candidate) => ({ candidate, clashesWith: planned.overlapping(candidate.talk) }))
    .sort((a, b) => b.candidate.relevance - a.candidate.relevance || compareText(a.candidate.talk.start, b.candidate.talk.start));
  return { chosen: chosen.sort((a, b) => compareText(a.talk.start, b.talk.start)), leftOut };
}

/**
 * Which planned talks overlap a talk. The chosen talks never overlap one
 * another, so sorted by end they are sorted by start too: a binary search
 * finds the first that ends after the talk starts, and the scan stops at the
 * first that starts after it ends. The kept talks are few, and may overlap.
 */
function plannedTalks(kept: Talk[], chosen: Talk[]) {
  const sorted = chosen.map((talk) => ({ talk, ...spanOf(talk) })).sort((a, b) => a.end - b.end);
  const ends = sorted.map((span) => span.end);
  return {
    overlapping(talk: Talk): Talk[] {
      const span = spanOf(talk);
      const found = kept.filter((other) => overlaps(span, spanOf(other)));
      for (let i = lastEndingBy(ends, span.start, sorted.length); i < sorted.length; i++) {
        const other = sorted[i] as (typeof sorted)[number];
        if (other.start >= span.end) break;
        found.push(other.talk);
      }
      return found.sort((a, b) => compareText(a.start, b.start));
    },
  };
}

/** Weighted interval scheduling: the non-overlapping subset of greatest total relevance. */
function bestCompatibleSet(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.end - b.end || a.start - b.start);
  const ends = sorted.map((span) => span.end);
  /** best[j]: the greatest total over the first j spans. */
  const best = [0];
  const previous: number[] = [];
  sorted.forEach((span, j) => {
    const p = lastEndingBy(ends, span.start, j);
    previous.push(p);
    best.push(Math.max(best[j] ?? 0, span.candidate.relevance + (best[p] ?? 0)));
  });
  const picked: Span[] = [];
  for (let j = sorted.length; j > 0; ) {
    const span = sorted[j - 1] as Span;
    const p = previous[j - 1] ?? 0;
    if (span.candidate.relevance + (best[p] ?? 0) > (best[j - 1] ?? 0)) {
      picked.push(span);
      j = p;
    } else {
      j -= 1;
    }
  }
  return picked.reverse();
}

/** How many of the first `limit` spans (sorted by end) end at or before `start`. */
function lastEndingBy(ends: number[], start: number, limit: number): number {
  let low = 0;
  let high = limit;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((ends[middle] ?? Infinity) <= start) low = middle + 1;
    else high = middle;
  }
  return low;
}
