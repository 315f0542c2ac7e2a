/**
 * A plan for people: the picked talks by day with the interest each matched,
 * then the good matches left out and what they clash with.
 */
import { byTime } from '../schedule/time.js';
import type { Candidate, LeftOut } from '../schedule/plan.js';
import type { Talk } from '../schedule/types.js';
import { plural } from './words.js';
import { formatClockSpan, formatLongDate, formatSpan } from './times.js';
import { truncate, wrapText } from './wrap.js';
import type { Look } from './look.js';

const INDENT = 15;
/** How many left-out matches to name before summing up the rest. */
const LEFT_OUT_SHOWN = 8;

export function renderPlan(
  interests: string[],
  chosen: Candidate[],
  kept: Talk[],
  leftOut: LeftOut[],
  look: Look,
  handleOf: (talk: Talk) => string = (talk) => talk.id,
): string {
  const summary = `Plan for ${interests.join(', ')}: ${plural(chosen.length, 'new talk')}${kept.length > 0 ? `, around ${plural(kept.length, 'talk')} you had` : ''}`;
  const lines = wrapText(summary, look.width);
  const entries = [
    ...chosen.map((candidate) => ({ talk: candidate.talk, why: `matches ${describeMatches(candidate)}` })),
    ...kept.map((talk) => ({ talk, why: 'already in your itinerary' })),
  ].sort((a, b) => byTime(a.talk, b.talk));
  let day = '';
  for (const { talk, why } of entries) {
    const date = look.view.local(talk.start).date;
    if (date !== day) {
      lines.push('', look.style.heading(formatLongDate(date)));
      day = date;
    }
    const [first = '', ...rest] = wrapText(talk.title, look.width - INDENT);
    lines.push(`  ${formatClockSpan(look.view, talk.start, talk.end)}  ${look.style.title(first)}`);
    for (const more of rest) lines.push(`${' '.repeat(INDENT)}${look.style.title(more)}`);
    const detail = wrapText(`${talk.room} · ${handleOf(talk)} · ${why}`, look.width - INDENT);
    lines.push(...detail.map((line) => `${' '.repeat(INDENT)}${look.style.dim(line)}`));
  }
  if (leftOut.length > 0) {
    lines.push('', look.style.heading('Left out, as they clash with the plan:'));
    for (const { candidate, clashesWith } of leftOut.slice(0, LEFT_OUT_SHOWN)) {
      const when = formatSpan(look.view, candidate.talk.start, candidate.talk.end);
      lines.push(`  ${truncate(candidate.talk.title, look.width - 4)}`);
      const clash = clashesWith.map((talk) => `"${talk.title}"`).join(', ');
      lines.push(
        ...wrapText(`${when}, ${describeMatches(candidate)}, clashes with ${clash}`, look.width - 4).map(
          (line) => `    ${look.style.dim(line)}`,
        ),
      );
    }
    if (leftOut.length > LEFT_OUT_SHOWN)
      lines.push(look.style.dim(`  … and ${plural(leftOut.length - LEFT_OUT_SHOWN, 'weaker match', 'weaker matches')}`));
  }
  return `${lines.join('\n')}\n`;
}

/** Why a talk matched, in words: `asyncio (title match), testing (mentioned 3 times)`. */
export function describeMatches(candidate: Candidate): string {
  return candidate.interests.map((match) => `${match.interest} (${HOW[match.field](match.mentions)})`).join(', ');
}

const HOW = {
  title: () => 'title match',
  speaker: () => 'speaker match',
  description: (mentions: number) => `mentioned ${mentions === 1 ? 'once' : mentions === 2 ? 'twice' : `${mentions} times`}`,
};
