import type { Problem } from '../schedule/types.js';

/** `talks.txt:214:1: unknown weekday "Caturday" (expected Friday, Saturday or Sunday)` */
export function renderProblem(file: string, problem: Problem): string {
  return `${file}:${problem.line}:${problem.column}: ${problem.message}${problem.hint ? ` (${problem.hint})` : ''}`;
}

/** At most `limit` problems, then how many more there are. */
export function renderProblems(file: string, problems: Problem[], limit = 20): string[] {
  const lines = problems.slice(0, limit).map((problem) => renderProblem(file, problem));
  if (problems.length > limit) lines.push(`… and ${problems.length - limit} more`);
  return lines;
}
