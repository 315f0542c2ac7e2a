/**
 * Clashes between talks. Times are half-open intervals: a talk ending at 14:00
 * and one starting at 14:00 do not clash.
 */
import { overlapMinutes, overlaps, spanOf } from './time.js';
import type { Talk } from './types.js';

export interface Conflict {
  talks: [string, string];
  minutes: number;
}

interface Span {
  talk: Talk;
  start: number;
  end: number;
}

function spans(talks: Talk[]): Span[] {
  return talks.map((talk) => ({ talk, ...spanOf(talk) })).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Every clashing pair, earlier-starting talk first, in time order: O(n log n + clashes). */
export function findConflicts(talks: Talk[]): Conflict[] {
  const sorted = spans(talks);
  const conflicts: Conflict[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as Span;
    for (let j = i + 1; j < sorted.length && (sorted[j] as Span).start < a.end; j++) {
      const b = sorted[j] as Span;
      conflicts.push({ talks: [a.talk.id, b.talk.id], minutes: overlapMinutes(a, b) });
    }
  }
  return conflicts;
}

/** The talks of `others` that clash with `talk`, with the minutes of overlap. */
export function clashesWith(talk: Talk, others: Talk[]): { talk: Talk; minutes: number }[] {
  const span = spanOf(talk);
  return others
    .filter((other) => other.id !== talk.id)
    .map((other) => ({ talk: other, minutes: overlapMinutes(span, spanOf(other)) }))
    .filter((clash) => clash.minutes > 0);
}

/** Of `others`, those that overlap one of `talks`: a talk of an earlier day (a hackathon of two nights) that clashes with a day's. */
export function overlappingAny(others: Talk[], talks: Talk[]): Talk[] {
  return others.filter((other) => talks.some((talk) => overlaps(spanOf(other), spanOf(talk))));
}
