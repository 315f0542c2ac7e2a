import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { findConflicts } from '../schedule/conflicts.js';
import { backupsFor } from '../schedule/backups.js';
import { type Candidate, keptOutByAWalk, type Plan, planTalks } from '../schedule/plan.js';
import { longestWalk, walkTimes } from '../schedule/walks.js';
import { readWalks } from '../store/walksFile.js';
import { pyconHome } from '../context.js';
import { DEFAULT_MIN_MENTIONS, scoreInterests } from '../schedule/relevance.js';
import { indexStore, type SearchIndex } from '../schedule/searchIndex.js';
import { byTime, overlaps, spanOf } from '../schedule/time.js';
import type { Priority, Store, Talk } from '../schedule/types.js';
import { renderPlan } from '../render/plan.js';
import { loadStyle } from '../render/style.js';
import { changeItinerary, heldTalks, openItinerary, prioritiesOf, reportMissing, type Itinerary } from '../itinerary.js';
import { entryOf, namesTalk } from '../store/itineraryFile.js';
import { openStore } from '../session/store.js';
import { resolveDay } from '../session/filters.js';
import { timeViewFor } from '../session/zones.js';
import { examples } from './help.js';
import { itineraryOption, writeItineraryJson } from './itineraryOption.js';
import { talkMarks, writeZoneNote } from './output.js';
import { plural, them } from '../render/words.js';
import { dayOption, parseCount } from './options.js';
import type { Run } from '../run.js';
import { talksOn } from '../schedule/talkColumns.js';
import { tell } from '../tell.js';

export interface PlanOptions {
  interests: string[];
  itinerary: string;
  day?: string;
  dryRun?: boolean;
  mentions: number;
  backups?: boolean;
  /** Itineraries of friends whose talks weigh more. */
  with?: string[];
}

/** What a talk in a friend's itinerary (plan --with) adds to its relevance: half a title match. */
export const FRIEND_WEIGHT = 5;

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
      .option('--backups', 'under each picked talk, up to two matches at the same time, for when a room is full')
      .option(
        '--with <name>',
        `weigh the talks of another itinerary (a friend's, from "pycon join") ${FRIEND_WEIGHT} more`,
        (name: string, names: string[] = []) => [...names, name],
      )
      .option(
        '--mentions <n>',
        'a talk whose title and speakers miss an interest counts for it when its description mentions it n times',
        parseCount,
        DEFAULT_MIN_MENTIONS,
      ),
  )
    .addHelpText(
      'after',
      examples([
        'pycon plan asyncio testing security',
        'pycon plan "machine learning" --day saturday',
        'pycon plan django --dry-run --backups',
        'pycon plan testing --with alice',
      ]),
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
  const pool = date === undefined ? store.talks : talksOn(store.talks, date);
  const friends = (options.with ?? []).map((name) => openItinerary(ctx, store, name, { ofFriend: true }));
  const index = indexStore(store, pool);
  const candidates = withFriends(scoreInterests(index, interests, options.mentions), friends, pool);
  const walks = readWalks(pyconHome(ctx), store.conference.name);
  const walk = walkTimes(walks);

  const { itinerary, plan, kept } = await makePlan(ctx, store, options.itinerary, candidates, options.dryRun === true, interests, {
    walk,
    longestWalk: longestWalk(walks),
  });
  warnOfKeptClashes(ctx, kept, itinerary);
  reportMissing(ctx, itinerary);
  const backups = options.backups ? backupsFor(plan.chosen, candidates, itinerary.talks, { walk }) : undefined;
  if (ctx.json) {
    return writeItineraryJson(ctx, itinerary, (talk) => {
      const alternatives = backups?.get(talk);
      return alternatives ? { backups: alternatives.talks.map((candidate) => candidate.talk) } : {};
    });
  }
  if (plan.chosen.length === 0 && candidates.length === 0) {
    tell(ctx, 'stdout', noMatch(index, interests, options.mentions));
    return;
  }
  // What the itinerary holds besides the new picks: musts, wants and the maybes that stay.
  const picked = new Set(plan.chosen.map((candidate) => candidate.talk));
  const around = itinerary.talks.filter((talk) => !picked.has(talk));
  const keptShown = date === undefined ? around : around.filter((talk) => talk.date === date);
  const look = { view: await timeViewFor(ctx, store), style: await loadStyle(ctx.color), width: ctx.columns };
  writeZoneNote(ctx, look.view);
  const { handleOf } = talkMarks(store, itinerary);
  ctx.stdout.write(renderPlan(interests, plan, keptShown, look, { handleOf, backups, priorityOf: itinerary.priorityOf }));
  for (const gone of itinerary.cancelled) {
    const instead = plan.chosen.find((candidate) => overlaps(spanOf(candidate.talk), spanOf(gone)));
    // What plan --backups would have listed first under the cancelled talk.
    const first = backupsFor([{ talk: gone, relevance: 0, interests: [] }], candidates, around, { walk }).get(gone)?.talks[0];
    const backup = instead && first?.talk === instead.talk ? ', its first backup' : '';
    tell(
      ctx,
      'stdout',
      instead
        ? `\n✗ "${gone.title}" was cancelled; in its slot the plan picks "${instead.talk.title}" (${instead.talk.room})${backup}.`
        : `\n✗ "${gone.title}" was cancelled, and nothing for these interests runs in its slot.`,
    );
  }
  const count = plan.chosen.length;
  // Said only when nothing was added: asking each left-out match why is what costs.
  const unplaced = () =>
    `every match clashes with a talk you have${plan.leftOut.some(keptOutByAWalk) ? ', is too far a walk from one' : ''}, or is in it already`;
  tell(
    ctx,
    'stdout',
    options.dryRun
      ? count === 0
        ? `\nDry run: the plan would add nothing to itinerary ${itinerary.name}; ${unplaced()}.`
        : `\nDry run: nothing saved; run without --dry-run to add ${them(count)} to itinerary ${itinerary.name}.`
      : count === 0
        ? `\nNothing added to itinerary ${itinerary.name}: ${unplaced()}.`
        : `\nSaved: ${plural(count, 'talk')} added to itinerary ${itinerary.name}${plan.givenUp.length > 0 ? `, ${plural(plan.givenUp.length, 'maybe', 'maybes')} taken out` : ''}.`,
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
  walking: { walk: (from: string, to: string) => number; longestWalk: number },
): Promise<{ itinerary: Itinerary; plan: Plan; kept: Talk[] }> {
  // Musts and wants stay; maybes may be given up.
  const planAround = (talks: Talk[], priorityOf: (talk: Talk) => Priority) => {
    const kept = talks.filter((talk) => priorityOf(talk) !== 'maybe');
    const maybe = talks.filter((talk) => priorityOf(talk) === 'maybe');
    return { plan: planTalks(candidates, kept, { maybe, ...walking }), kept };
  };
  if (dryRun) {
    const current = openItinerary(ctx, store, name, { mayBeNew: true });
    const { plan, kept } = planAround(current.talks, current.priorityOf);
    const gone = new Set(plan.givenUp.map((given) => given.talk));
    const talks = [...current.talks.filter((talk) => !gone.has(talk)), ...plan.chosen.map((candidate) => candidate.talk)].sort(byTime);
    return { itinerary: { ...current, talks }, plan, kept };
  }
  const added = ctx.clock().toISOString();
  const { itinerary, result } = await changeItinerary(ctx, store, name, (file) => {
    const held = heldTalks(file.talks, store.talks).talks;
    const { plan, kept } = planAround(held, prioritiesOf(file.talks));
    file.talks = file.talks.filter((entry) => !plan.givenUp.some((given) => namesTalk(entry, given.talk)));
    file.talks.push(...plan.chosen.map((candidate) => entryOf(candidate.talk, added)));
    const sameInterests = JSON.stringify(file.plan) === JSON.stringify({ interests });
    file.plan = { interests };
    return { changed: plan.chosen.length > 0 || plan.givenUp.length > 0 || !sameInterests, result: { plan, kept } };
  });
  return { itinerary, ...result };
}

/** Adds FRIEND_WEIGHT to each talk in the friends' itineraries, matched or not, and says whose it is. */
function withFriends(candidates: Candidate[], friends: Itinerary[], pool: Talk[]): Candidate[] {
  if (friends.length === 0) return candidates;
  const byId = new Map(candidates.map((candidate) => [candidate.talk.id, { ...candidate }]));
  const inPool = new Set(pool);
  for (const friend of friends) {
    for (const talk of friend.talks) {
      if (!inPool.has(talk)) continue;
      const candidate = byId.get(talk.id) ?? { talk, relevance: 0, interests: [] };
      candidate.relevance = Math.round((candidate.relevance + FRIEND_WEIGHT) * 100) / 100;
      candidate.friends = [...(candidate.friends ?? []), friend.name];
      byId.set(talk.id, candidate);
    }
  }
  return [...byId.values()];
}

/** Clashes among the talks plan keeps are the user's to settle: two musts most of all. */
function warnOfKeptClashes(ctx: Run, kept: Talk[], itinerary: Itinerary): void {
  const byId = new Map(kept.map((talk) => [talk.id, talk]));
  for (const conflict of findConflicts(kept)) {
    const [a, b] = conflict.talks.map((id) => byId.get(id) as Talk) as [Talk, Talk];
    const musts = itinerary.priorityOf(a) === 'must' && itinerary.priorityOf(b) === 'must';
    tell(
      ctx,
      'stderr',
      musts
        ? `"${a.title}" and "${b.title}" are both musts and overlap for ${plural(conflict.minutes, 'minute')}; plan keeps both and leaves the choice to you: "pycon drop" one, or "pycon add --maybe" it.`
        : `Your itinerary already has "${a.title}" and "${b.title}" overlapping for ${plural(conflict.minutes, 'minute')}; the plan keeps both, so drop one with "pycon drop".`,
    );
  }
}

/** The interests an itinerary was last planned with, as plan saves them in its file. */
function plannedInterests(ctx: Run, store: Store, name: string): string[] {
  return openItinerary(ctx, store, name, { mayBeNew: true }).plannedWith;
}

/** Why no talk matched the interests: none names them at all, or descriptions mention them fewer times than --mentions asks. */
function noMatch(index: SearchIndex, interests: string[], minMentions: number): string {
  const named = interests.map((interest) => `"${interest}"`).join(' or ');
  const passing = minMentions > 1 ? scoreInterests(index, interests, 1).length : 0;
  if (passing === 0) return `No talk matches ${named}; try other interests, or "pycon search" to explore.`;
  const talks = `${plural(passing, 'talk')} ${passing === 1 ? 'mentions' : 'mention'}`;
  return `No talk is about ${named}: ${talks} ${them(interests.length)} fewer than ${minMentions} times; add "--mentions 1" to count ${passing === 1 ? 'that one' : 'those'}.`;
}
