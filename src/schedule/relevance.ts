/**
 * How well each talk matches a list of interests, scored as search scores
 * them: each interest is searched on its own, and a talk's relevance is the
 * sum of its scores over the interests it matches.
 */
import type { Candidate } from './plan.js';
import { searchTalks, type SearchIndex } from './search.js';

export function scoreInterests(index: SearchIndex, interests: string[]): Candidate[] {
  const byId = new Map<string, { candidate: Candidate; scores: Map<string, number> }>();
  for (const interest of interests) {
    for (const hit of searchTalks(index, interest)) {
      const entry = byId.get(hit.talk.id) ?? { candidate: { talk: hit.talk, relevance: 0, interests: [] }, scores: new Map() };
      entry.candidate.relevance = Math.round((entry.candidate.relevance + hit.score) * 100) / 100;
      entry.scores.set(interest, hit.score);
      byId.set(hit.talk.id, entry);
    }
  }
  return [...byId.values()].map(({ candidate, scores }) => ({
    ...candidate,
    interests: [...scores].sort((a, b) => b[1] - a[1]).map(([interest]) => interest),
  }));
}
