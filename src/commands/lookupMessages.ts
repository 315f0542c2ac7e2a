/**
 * The sentence, and the hint, for each problem reading what a user typed
 * (schedule/lookupError.ts): the domain says what went wrong, this says
 * what to type next.
 */
import { UsageError, UserError } from '../errors.js';
import type { LookupProblem } from '../schedule/lookupError.js';
import { weekdayOf } from '../schedule/time.js';
import type { Talk } from '../schedule/types.js';
import { formatDateRange } from '../render/times.js';

const MAX_CANDIDATES = 10;

export function explainLookup(problem: LookupProblem): UserError {
  switch (problem.kind) {
    case 'ambiguous-name': {
      // Rooms whose names all start with what was typed are a building, which names them all.
      const building = problem.what === 'room' && problem.names.every((name) => name.startsWith(problem.text));
      return new UserError(
        `"${problem.text}" matches ${problem.names.length} ${problem.what}s; give more of the name${building ? ` (or "${problem.text}*" for all of them)` : ''}, one of:`,
        listNames(problem.names),
      );
    }
    case 'unknown-name':
      // A conference's forty rooms are for "pycon rooms" to list; its tracks, which no command lists, are listed here.
      if (problem.what === 'room' && problem.names.length > MAX_CANDIDATES) {
        return new UserError(`No room matches "${problem.text}"; "pycon rooms" lists all ${problem.names.length}.`);
      }
      return new UserError(
        `No ${problem.what} matches "${problem.text}"; the ${problem.what}s are:`,
        problem.names.map((name) => `  ${name}`),
      );
    case 'empty-building':
      return new UserError(`No room's name starts "${problem.building.slice(0, -1)}"; "pycon rooms" lists them.`);
    case 'no-tracks':
      return new UserError(
        "This conference's schedule names no tracks, so --track has nothing to choose from; try --room or search instead.",
      );
    case 'unreadable-day':
      return new UsageError(`Cannot read the day "${problem.text}"; use ${dayExamples(problem.days[0])}, today or tomorrow.`);
    case 'no-such-weekday':
      return new UserError(`The conference has no ${problem.weekday}; it runs ${formatDateRange(problem.days)}.`);
    case 'not-a-conference-day': {
      const first = weekdayOf(problem.days[0] ?? problem.date).toLowerCase();
      return new UserError(
        // Said alike for a <day> and for --day: the day to give instead, not a command.
        `${problem.date} is not a conference day; it runs ${formatDateRange(problem.days)}, so try ${first} instead.`,
      );
    }
    case 'no-talk-named':
      return new UsageError('Name a talk by its id, a unique start of its id or words of its title, such as "advanced-asyncio".');
    case 'ambiguous-talk':
      return new UserError(
        `"${problem.text}" matches ${problem.talks.length} talks; name one by its handle:`,
        listTalks(problem.talks, problem.handles),
      );
    case 'no-talk-at-page':
      return new UserError(
        `No talk of this conference has the page "${problem.text.trim()}"; try "pycon search" with words of its title, or --conference to read another.`,
      );
    case 'cancelled-talk':
      return new UserError(
        `"${problem.talk.title}" was cancelled by an update of the schedule; "pycon changes --since 1" lists what changed.`,
      );
    case 'unknown-talk':
      if (problem.closest.length === 0) {
        return new UserError(
          `No talk matches "${problem.text}"; try "pycon search ${problem.text.trim()}" or "pycon talks" to list them all.`,
        );
      }
      return new UserError(`No talk matches "${problem.text}"; the closest are:`, listTalks(problem.closest));
  }
}

/** A weekday and a date, shown as the conference's first day. */
function dayExamples(first: string | undefined): string {
  if (first === undefined) return 'a weekday or a date (YYYY-MM-DD)';
  const weekday = weekdayOf(first).toLowerCase();
  return `a weekday (${weekday} or ${weekday.slice(0, 3)}), a date (${first})`;
}

/** Names, one a line, the first ten of many. */
function listNames(names: string[]): string[] {
  return andMore(
    names.slice(0, MAX_CANDIDATES).map((name) => `  ${name}`),
    names.length,
  );
}

/** The lines of the first ten of `total` candidates, and how many more there are. */
function andMore(lines: string[], total: number): string[] {
  return total > MAX_CANDIDATES ? [...lines, `  … and ${total - MAX_CANDIDATES} more`] : lines;
}

function listTalks(talks: Talk[], handles?: string[]): string[] {
  const listed = talks.slice(0, MAX_CANDIDATES);
  // Two slots of one title (a talk given twice) are told apart by when they start, as the conference's clock reads.
  const repeated = new Set(
    listed.filter((talk, i) => listed.findIndex((other) => other.title === talk.title) !== i).map((talk) => talk.title),
  );
  const when = (talk: Talk) =>
    repeated.has(talk.title) ? `, ${weekdayOf(talk.start.slice(0, 10)).slice(0, 3)} ${talk.start.slice(11, 16)}` : '';
  return andMore(
    listed.map((talk, i) => `  ${handles?.[i] ?? talk.id}  (${talk.title}${when(talk)})`),
    talks.length,
  );
}
