/**
 * Two itineraries side by side: the talks they share, and the slots where
 * they differ, each with where each of the two is then.
 */
import { byTime, spanOf } from './time.js';
import type { Talk } from './types.js';

export interface Apart {
  start: number;
  end: number;
  mine: Talk[];
  theirs: Talk[];
}

export interface Comparison {
  common: Talk[];
  onlyMine: Talk[];
  onlyTheirs: Talk[];
  /** The talks of only one of the two, grouped into runs that overlap, in time order. */
  apart: Apart[];
}

export function compareItineraries(mine: Talk[], theirs: Talk[]): Comparison {
  const theirUids = new Set(theirs.map((talk) => talk.uid));
  const myUids = new Set(mine.map((talk) => talk.uid));
  const common = mine.filter((talk) => theirUids.has(talk.uid)).sort(byTime);
  const onlyMine = mine.filter((talk) => !theirUids.has(talk.uid)).sort(byTime);
  const onlyTheirs = theirs.filter((talk) => !myUids.has(talk.uid)).sort(byTime);
  const tagged = [...onlyMine.map((talk) => ({ talk, mine: true })), ...onlyTheirs.map((talk) => ({ talk, mine: false }))].sort((a, b) =>
    byTime(a.talk, b.talk),
  );
  const apart: Apart[] = [];
  for (const { talk, mine: isMine } of tagged) {
    const { start, end } = spanOf(talk);
    const last = apart[apart.length - 1];
    const slot = last && start < last.end ? last : { start, end, mine: [], theirs: [] };
    if (slot !== last) apart.push(slot);
    slot.end = Math.max(slot.end, end);
    (isMine ? slot.mine : slot.theirs).push(talk);
  }
  return { common, onlyMine, onlyTheirs, apart };
}
