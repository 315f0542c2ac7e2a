import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { findConflicts } from '../schedule/conflicts.js';
import { planTalks, type Candidate, type Plan } from '../schedule/plan.js';
import { DEFAULT_MIN_MENTIONS, scoreInterests } from '../schedule/relevance.js';
import { indexStore } from '../schedule/search.js';
import { byTime, overlaps, spanOf } from '../schedule/time.js';
import type { Store, Talk } from '../schedule/types.js';
import { renderPlan } from '../render/plan.js';
import { loadStyle } from '../render/style.js';
import { changeItinerary, heldTalks, openItinerary, reportMissing, type Itinerary } from '../itinerary.js';
import { entryOf } from '../store/itineraryFile.js';
import { openStore } from '../session/store.js';
import { resolveDay } from '../session/filters.js';
import { timeViewFor } from '../session/zones.js';
import { examples } from './help.js';
import { itineraryOption, writeItineraryJson } from './itineraryOption.js';
import { talkMarks, writeZoneNote } from './output.js';
import { plural, them } from '../render/words.js';
import { dayOption, parseCount } from './options.js';
import type { Run } from '../run.js';

export interface PlanOptions {
  interests: string[];
  itinerary: string;
  day?: string;
  dryRun?: boolean;
  mentions: number;
}

export function registerPlan(program: Command, run: () => Run): void {
  itineraryOption(
    dayOption(
      program
        .command('plan')
        .description('pick the clash-free talks that best match your interests, around the talks you already have')
        .argument(
          '[interests...]',
          'topics, each scored as "pycon search" scores it; quote one of several words (default: those the itinerary was last planned with)',
        ),
    )
      .option('--dry-run', 'show the plan without saving it')
      .option(
        '--mentions <n>',
        'a talk whose title and speakers miss an interest counts for it when its description mentions it n times',
        parseCount,
        DEFAULT_MIN_MENTIONS,
      ),
  )
    .addHelpText(
      'after',
      examples(['pycon plan asyncio testing security', 'pycon plan "machine learning" --day saturday', 'pycon plan django --dry-run']),
    )
    .action((interests: string[], options: Omit<PlanOptions, 'interests'>) => runPlan({ ...options, interests }, run()));
}

export async function runPlan(options: PlanOptions, ctx: Run): Promise<void> {
  const store = openStore(ctx);
  const given = options.interests.map((interest) => interest.trim()).filter((interest) => interest !== '');
  // Without interests, plan again with those the itinerary was planned with: after an update cancels a talk, this fills its slot.
  const interests = given.length > 0 ? given : plannedInterests(ctx, store, options.itinerary);
  if (interests.length === 0) throw new UsageError('Name at least one interest, such as "pycon plan asyncio testing".');
  const date = options.day === undefined ? undefined : await resolveDay(ctx, store, options.day);
  const pool = date === undefined ? store.talks : store.talks.filter((talk) => talk.date === date);
  const candidates = scoreInterests(indexStore(store, pool), interests, options.mentions);

  const { itinerary, plan, kept } = await makePlan(ctx, store, options.itinerary, candidates, options.dryRun === true, interests);
  warnOfKeptClashes(ctx, kept);
  reportMissing(ctx, itinerary);
  if (ctx.json) return writeItineraryJson(ctx, itinerary);
  if (plan.chosen.length === 0 && candidates.length === 0) {
    ctx.stdout.write(
      `No talk matches ${interests.map((interest) => `"${interest}"`).join(' or ')}; try other interests, or "pycon search" to explore.\n`,
    );
    return;
  }
  const keptShown = date === undefined ? kept : kept.filter((talk) => talk.date === date);
  const look = { view: await timeViewFor(ctx, store), style: await loadStyle(ctx.color), width: ctx.columns };
  writeZoneNote(ctx, look.view);
  const { handleOf } = talkMarks(store, itinerary);
  ctx.stdout.write(renderPlan(interests, plan.chosen, keptShown, plan.leftOut, look, handleOf));
  for (const gone of itinerary.cancelled) {
    const instead = plan.chosen.find((candidate) => overlaps(spanOf(candidate.talk), spanOf(gone)));
    ctx.stdout.write(
      instead
        ? `\n✗ "${gone.title}" was cancelled; in its slot the plan picks "${instead.talk.title}" (${instead.talk.room}).\n`
        : `\n✗ "${gone.title}" was cancelled, and nothing for these interests runs in its slot.\n`,
    );
  }
  const count = plan.chosen.length;
  ctx.stdout.write(
    options.dryRun
      ? count === 0
        ? `\nDry run: the plan would add nothing to itinerary ${itinerary.name}; every match clashes with a talk you have, or is in it already.\n`
        : `\nDry run: nothing saved; run without --dry-run to add ${them(count)} to itinerary ${itinerary.name}.\n`
      : count === 0
        ? `\nNothing added to itinerary ${itinerary.name}: every match clashes with a talk you have, or is in it already.\n`
        : `\nSaved: ${plural(count, 'talk')} added to itinerary ${itinerary.name}.\n`,
  );
}

/** Plans around the itinerary's talks; unless a dry run, saves the plan, deciding it under the itinerary's lock. */
async function makePlan(
  ctx: Run,
  store: Store,
  name: string,
  candidates: Candidate[],
  dryRun: boolean,
  interests: string[],
): Promise<{ itinerary: Itinerary; plan: Plan; kept: Talk[] }> {
  if (dryRun) {
    const current = openItinerary(ctx, store, name, { mayBeNew: true });
    const plan = planTalks(candidates, current.talks);
    const talks = [...current.talks, ...plan.chosen.map((candidate) => candidate.talk)].sort(byTime);
    return { itinerary: { ...current, talks }, plan, kept: current.talks };
  }
  const added = ctx.clock().toISOString();
  const { itinerary, result } = await changeItinerary(ctx, store, name, (file) => {
    const kept = heldTalks(file.talks, store.talks).talks;
    const plan = planTalks(candidates, kept);
    file.talks.push(...plan.chosen.map((candidate) => entryOf(candidate.talk, added)));
    const sameInterests = JSON.stringify(file.plan) === JSON.stringify({ interests });
    file.plan = { interests };
    return { changed: plan.chosen.length > 0 || !sameInterests, result: { plan, kept } };
  });
  return { itinerary, ...result };
}

function warnOfKeptClashes(ctx: Run, kept: Talk[]): void {
  const conflicts = findConflicts(kept);
  if (conflicts.length === 0) return;
  const titles = new Map(kept.map((talk) => [talk.id, talk.title]));
  for (const conflict of conflicts) {
    ctx.stderr.write(
      `Your itinerary already has "${titles.get(conflict.talks[0])}" and "${titles.get(conflict.talks[1])}" overlapping for ${conflict.minutes} minutes; the plan keeps both, so drop one with "pycon drop".\n`,
    );
  }
}

/** The interests an itinerary was last planned with, as plan saves them in its file. */
function plannedInterests(ctx: Run, store: Store, name: string): string[] {
  return openItinerary(ctx, store, name, { mayBeNew: true }).plannedWith;
}
