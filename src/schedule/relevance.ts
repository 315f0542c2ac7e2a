/**
 * How well each talk matches a list of interests, scored as search scores
 * them: each interest is searched on its own, and a talk's relevance is the
 * sum of its scores over the interests it matches.
 *
 * A talk whose description alone names an interest counts for it only when
 * the description dwells on it: `minMentions` words or more that start with
 * the interest. A passing mention ("testing" once in a talk on clinical
 * models) is not a reason to sit through a talk.
 */
import type { Candidate, InterestMatch } from './plan.js';
import { searchTalks } from './search.js';
import type { SearchIndex } from './searchIndex.js';

/** How many times a description must mention an interest, when nothing else does, for the talk to count. */
export const DEFAULT_MIN_MENTIONS = 2;

export function scoreInterests(index: SearchIndex, interests: string[], minMentions = DEFAULT_MIN_MENTIONS): Candidate[] {
  const byId = new Map<string, { candidate: Candidate; scores: Map<InterestMatch, number> }>();
  for (const interest of interests) {
    for (const hit of searchTalks(index, interest)) {
      if (hit.match.field === 'description' && hit.match.mentions < minMentions) continue;
      const entry = byId.get(hit.talk.id) ?? { candidate: { talk: hit.talk, relevance: 0, interests: [] }, scores: new Map() };
      entry.candidate.relevance = Math.round((entry.candidate.relevance + hit.score) * 100) / 100;
      entry.scores.set({ interest, ...hit.match }, hit.score);
      byId.set(hit.talk.id, entry);
    }
  }
  return [...byId.values()].map(({ candidate, scores }) => ({
    ...candidate,
    interests: [...scores].sort((a, b) => b[1] - a[1]).map(([match]) => match),
  }));
}
