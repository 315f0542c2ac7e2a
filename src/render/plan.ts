/**
 * A plan for people: the picked talks by day with the interest each matched,
 * then the good matches left out and what keeps each out: a clash, or a walk.
 */
import { byTime } from '../schedule/time.js';
import type { Backups } from '../schedule/backups.js';
import { type Candidate, keptOutByAWalk, type Plan } from '../schedule/plan.js';
import { DEFAULT_WALK } from '../schedule/walks.js';
import type { Priority, Talk } from '../schedule/types.js';
import { plural } from './words.js';
import { byListedDate, formatLongDate, formatSpan } from './times.js';
import { truncate, wrapText } from './wrap.js';
import { keepTogether, type Look, plainHyphens, unbreakable, wholeHandle } from './look.js';

/** How many left-out matches to name before summing up the rest. */
const LEFT_OUT_SHOWN = 8;

export interface PlanExtras {
  handleOf?: (talk: Talk) => string;
  priorityOf?: (talk: Talk) => Priority;
  /** plan --backups: the alternatives to each picked talk. */
  backups?: Map<Talk, Backups> | undefined;
}

export function renderPlan(interests: string[], plan: Plan, kept: Talk[], look: Look, extras: PlanExtras = {}): string {
  const { chosen, leftOut, givenUp } = plan;
  const handleOf = extras.handleOf ?? ((talk: Talk) => talk.id);
  const priorityOf = extras.priorityOf ?? (() => 'want');
  const gaveUp = givenUp.length > 0 ? `, giving up ${plural(givenUp.length, 'maybe', 'maybes')}` : '';
  const summary = `Plan for ${interests.join(', ')}: ${plural(chosen.length, 'new talk')}${kept.length > 0 ? `, around ${plural(kept.length, 'talk')} you had` : ''}${gaveUp}`;
  const lines = wrapText(summary, look.width);
  /** Text wrapped to fit after `indent` spaces, dimmed, each line indented. */
  const dimmed = (text: string, indent: number) =>
    wrapText(text, look.width - indent).map((line) => `${' '.repeat(indent)}${look.style.dim(plainHyphens(unbreakable(line)))}`);
  const stays = (talk: Talk) => {
    const priority = priorityOf(talk);
    return priority === 'want' ? 'already in your itinerary' : `already in your itinerary, a ${priority}`;
  };
  // A talk given twice says when else it is on, and where when that is another room: the plan attends one slot.
  const also = (talk: Talk) =>
    (plan.repeats.get(talk) ?? [])
      .map((other) => {
        const where = other.room === talk.room ? '' : ` in\u00a0${keepTogether(other.room)}`;
        return `\u00a0· also\u00a0${keepTogether(formatSpan(look.view, other.start, other.end))}${where}`;
      })
      .join('');
  const entries = [
    ...chosen.map((candidate) => ({ talk: candidate.talk, why: `matches ${describeMatches(candidate)}${also(candidate.talk)}` })),
    ...kept.map((talk) => ({ talk, why: `${stays(talk)}${also(talk)}` })),
  ].sort((a, b) => byTime(a.talk, b.talk));
  // Said once at the end, however many picks or left-out matches a walk kept out.
  let walkKeptOut = false;
  for (const { date, items: dayEntries, clock } of byListedDate(look.view, entries, (entry) => entry.talk)) {
    lines.push('', look.style.heading(formatLongDate(date)));
    // Title and details start two columns after the time.
    const indent = 2 + clock.width + 2;
    for (const { talk, why } of dayEntries) {
      const [first = '', ...rest] = wrapText(talk.title, look.width - indent);
      lines.push(`  ${clock.span(talk.start, talk.end)}  ${look.style.title(first)}`);
      for (const more of rest) lines.push(`${' '.repeat(indent)}${look.style.title(more)}`);
      // A line may end in `·`, never start with it.
      lines.push(...dimmed(`${talk.room}\u00a0· ${wholeHandle(handleOf(talk))}\u00a0· ${why}`, indent));
      const backups = extras.backups?.get(talk);
      if (backups === undefined) continue;
      if (backups.talks.length === 0) {
        const why = {
          walk: 'the other matches then are too far a walk away',
          clash: 'the other matches then clash with the talks around it',
          none: 'nothing else matches then',
        }[backups.keptOutBy ?? 'none'];
        lines.push(...dimmed(`no backup: ${why}`, indent));
        walkKeptOut ||= backups.keptOutBy === 'walk';
      }
      for (const [i, backup] of backups.talks.entries()) {
        const text = `${i === 0 ? 'backup' : 'or'}: ${backup.talk.title} (${backup.talk.room}, ${wholeHandle(handleOf(backup.talk))}) · ${describeMatches(backup)}`;
        lines.push(
          ...wrapText(text, look.width - indent - 2).map((line, n) => `${' '.repeat(indent + (n === 0 ? 0 : 2))}${plainHyphens(line)}`),
        );
      }
    }
  }
  for (const gone of givenUp) {
    const when = formatSpan(look.view, gone.talk.start, gone.talk.end);
    const instead = gone.for.map((talk) => `"${talk.title}"`).join(' and ');
    lines.push('', ...wrapText(`Gives up the maybe "${gone.talk.title}" (${when}) for ${instead}, worth more.`, look.width));
  }
  if (leftOut.length > 0) {
    const shown = leftOut.slice(0, LEFT_OUT_SHOWN);
    const walks = shown.some(keptOutByAWalk);
    walkKeptOut ||= walks;
    lines.push('', look.style.heading(`Left out, as they clash with the plan${walks ? ' or are too far a walk from it' : ''}:`));
    for (const left of shown) {
      const { candidate } = left;
      const { clashesWith, tooFar } = left.why();
      const when = formatSpan(look.view, candidate.talk.start, candidate.talk.end);
      lines.push(`  ${truncate(candidate.talk.title, look.width - 4)}`);
      const why = [
        ...(clashesWith.length > 0 ? [`clashes with ${clashesWith.map((talk) => `"${talk.title}"`).join(', ')}`] : []),
        ...(tooFar.before ? [`too far a walk from "${tooFar.before.title}"`] : []),
        ...(tooFar.after ? [`too far a walk to "${tooFar.after.title}"`] : []),
      ];
      lines.push(...dimmed(`${when}, ${describeMatches(candidate)}, ${why.join(', ')}`, 4));
    }
    if (leftOut.length > LEFT_OUT_SHOWN)
      lines.push(look.style.dim(`  … and ${plural(leftOut.length - LEFT_OUT_SHOWN, 'weaker match', 'weaker matches')}`));
  }
  if (walkKeptOut)
    lines.push('', ...wrapText(`A walk between two rooms counts ${DEFAULT_WALK} minutes unless "pycon rooms --walk" sets it.`, look.width));
  return `${lines.join('\n')}\n`;
}

/** Why a talk matched, in words: `asyncio (title match), testing (mentioned 3 times), alice's too`. */
export function describeMatches(candidate: Candidate): string {
  return [
    ...candidate.interests.map((match) => `${match.interest} (${HOW[match.field](match.mentions)})`),
    ...(candidate.friends ?? []).map((friend) => `in ${friend}'s itinerary`),
  ].join(', ');
}

const HOW = {
  title: () => 'title match',
  speaker: () => 'speaker match',
  description: (mentions: number) => `mentioned ${mentions === 1 ? 'once' : mentions === 2 ? 'twice' : `${mentions} times`}`,
};
