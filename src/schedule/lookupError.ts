/**
 * What went wrong reading a room, a track, a day or a talk that someone typed, as
 * data: which kind of problem, what was typed, which candidates. The domain
 * throws it; commands/lookupMessages.ts turns it into the sentence and the
 * hint a user reads.
 */
import type { Talk } from './types.js';

export type LookupProblem =
  | { kind: 'ambiguous-name'; what: 'room' | 'track'; text: string; names: string[] }
  | { kind: 'unknown-name'; what: 'room' | 'track'; text: string; names: string[] }
  | { kind: 'empty-building'; building: string }
  | { kind: 'no-tracks' }
  | { kind: 'unreadable-day'; text: string; days: string[] }
  | { kind: 'no-such-weekday'; weekday: string; days: string[] }
  | { kind: 'not-a-conference-day'; date: string; days: string[] }
  | { kind: 'no-talk-named' }
  | { kind: 'ambiguous-talk'; text: string; talks: Talk[]; handles: string[] }
  | { kind: 'no-talk-at-page'; text: string }
  | { kind: 'unknown-talk'; text: string; closest: Talk[] }
  | { kind: 'cancelled-talk'; talk: Talk };

export class LookupError extends Error {
  constructor(readonly problem: LookupProblem) {
    super(problem.kind);
    this.name = 'LookupError';
  }
}
