/**
 * Backups for a plan: for each talk it picks, the best other matches running
 * at the same time, for when a room is full or a talk disappoints. A backup
 * takes the pick's place, so it must neither clash with the talks around the
 * pick nor leave too little time to walk from the one before or to the one
 * after; with none, what kept the others out is said.
 */
import { countAtMost } from './countAtMost.js';
import { aroundOf, byStart, type Candidate, followsOrPrecedes, type KeptOutBy, type Span, spansOf, timed, type Around } from './plan.js';
import { compareText } from './text.js';
import { overlaps, spanOf } from './time.js';
import type { Talk } from './types.js';

/** The alternatives to one picked talk. */
export interface Backups {
  /** Up to `count` matches at the same time, best first. */
  talks: Candidate[];
  /**
   * With none, what keeps out the other matches running then: each clashes
   * with a talk around the pick, or leaves no time to walk from the talk
   * before or to the one after (said first: a walk can be set shorter).
   * Undefined when nothing else matches then.
   */
  keptOutBy?: KeptOutBy | undefined;
}

/**
 * The best alternatives to each picked talk: up to `count` matches running at
 * the same time that were not picked, best first, for when a room is full or
 * a talk disappoints.
 */
export function backupsFor(
  chosen: Candidate[],
  candidates: Candidate[],
  attended: Talk[],
  options: { walk?: (from: string, to: string) => number; count?: number } = {},
): Map<Talk, Backups> {
  const walk = options.walk ?? (() => 0);
  const taken = new Set(attended.map((talk) => talk.id));
  const spare = spansOf(
    candidates
      .filter((candidate) => candidate.relevance > 0 && !taken.has(candidate.talk.id))
      .sort((a, b) => b.relevance - a.relevance || byStart(a.talk, b.talk) || compareText(a.talk.room, b.talk.room)),
  );
  const attendedTimes = timed(attended);
  const count = options.count ?? 2;
  const during = runningDuring(spare);
  return new Map(
    chosen.map(({ talk }) => {
      const span = spanOf(talk);
      // A backup takes the picked talk's place: it must leave time to walk from the talk before and to the one after.
      const around = aroundOf(talk, span, attendedTimes);
      const alternatives: Candidate[] = [];
      const keptOut = new Set<KeptOutBy>();
      for (const match of during(span)) {
        if (alternatives.length === count) break;
        const why = keptOutAround(match, around, walk);
        if (why === undefined) alternatives.push(match.candidate);
        else keptOut.add(why);
      }
      const reason = alternatives.length > 0 ? undefined : keptOut.has('walk') ? 'walk' : keptOut.has('clash') ? 'clash' : undefined;
      return [talk, { talks: alternatives, keptOutBy: reason }];
    }),
  );
}

/**
 * The spans that overlap a span, in their order in `spans`: found among
 * those that start from the longest span's length before it until it ends,
 * rather than among all of them.
 */
function runningDuring(spans: Span[]): (span: { start: number; end: number }) => Span[] {
  const byStart = spans.map((match, rank) => ({ match, rank })).sort((a, b) => a.match.start - b.match.start);
  const starts = byStart.map(({ match }) => match.start);
  const longest = spans.reduce((most, match) => Math.max(most, match.end - match.start), 0);
  return (span) => {
    const found: { match: Span; rank: number }[] = [];
    // A span that starts the longest span's length before this one, or earlier, has ended by its start.
    for (let i = countAtMost(starts, span.start - longest); i < byStart.length && (starts[i] as number) < span.end; i++) {
      const entry = byStart[i] as (typeof byStart)[number];
      if (overlaps(span, entry.match)) found.push(entry);
    }
    return found.sort((a, b) => a.rank - b.rank).map(({ match }) => match);
  };
}

/**
 * What keeps a match that runs during a picked talk from taking its place:
 * a clash with a talk around the pick, or too short a walk from the one
 * before or to the one after, found without a scan of them. Each talk
 * around the pick ends before it starts or starts after it ends, so the match
 * clashes with one only if it starts before the last of the first kind ends,
 * or ends after the first of the second kind starts; with no clash, those
 * two are the talks it must leave time to walk from and to.
 */
function keptOutAround(match: Span, { before, after }: Around, walk: (from: string, to: string) => number): KeptOutBy | undefined {
  if ((before && before.end > match.start) || (after && after.start < match.end)) return 'clash';
  const talk = match.candidate.talk;
  if (before && !followsOrPrecedes(before.talk, talk, walk)) return 'walk';
  if (after && !followsOrPrecedes(talk, after.talk, walk)) return 'walk';
  return undefined;
}
