import type { Command } from 'commander';
import { pyconHome } from '../context.js';
import { renderAgenda } from '../render/agenda.js';
import { plural } from '../render/words.js';
import { loadStyle } from '../render/style.js';
import { DEFAULT_ITINERARY, lockOwner, openItinerary, reportMissing } from '../itinerary.js';
import { UserError } from '../errors.js';
import { itinerariesFolder } from '../store/conferences.js';
import { deleteItinerary, itineraryNames, itineraryPath, renameItinerary } from '../store/itineraryFile.js';
import { existsSync } from 'node:fs';
import { openStore } from '../session/store.js';
import { resolveDay } from '../session/filters.js';
import { timeViewFor } from '../session/zones.js';
import { examples } from './help.js';
import { itineraryJson, itineraryOption } from './itineraryOption.js';
import { talkMarks, writeJson, writeZoneNote } from './output.js';
import { confirm } from './confirm.js';
import { findConflicts, overlappingAny } from '../schedule/conflicts.js';
import { tightChanges, walkTimes } from '../schedule/walks.js';
import { readWalks } from '../store/walksFile.js';
import { dayOption } from './options.js';
import type { Talk } from '../schedule/types.js';
import type { Run } from '../run.js';
import { tell } from '../tell.js';

export interface ItineraryOptions {
  itinerary: string;
  day?: string;
  check?: boolean;
  list?: boolean;
  rename?: string;
  delete?: boolean;
  yes?: boolean;
}

export function registerItinerary(program: Command, run: () => Run): void {
  itineraryOption(
    dayOption(program.command('itinerary').description('your talks by day, with clashes, free gaps and tight changes of room'))
      .option('--check', 'exit 1 when anything clashes or was cancelled, 0 otherwise')
      .option('--list', 'name your itineraries')
      .option('--rename <new-name>', 'give the itinerary another name')
      .option('--delete', 'delete the itinerary; asks first on a terminal')
      .option('--yes', 'delete without asking'),
  )
    .addHelpText(
      'after',
      examples([
        'pycon itinerary',
        'pycon itinerary --day saturday',
        'pycon itinerary --check && echo "no clashes"',
        'pycon itinerary --list',
        'pycon itinerary -i friday-plan --rename friday',
        'pycon itinerary -i old --delete --yes',
      ]),
    )
    .action((options: ItineraryOptions) => runItinerary(options, run()));
}

export async function runItinerary(options: ItineraryOptions, ctx: Run): Promise<void> {
  if (options.list) return listItineraries(ctx);
  if (options.rename !== undefined || options.delete) return renameOrDelete(options, ctx);
  const store = openStore(ctx);
  const itinerary = openItinerary(ctx, store, options.itinerary);
  const date = options.day === undefined ? undefined : await resolveDay(ctx, store, options.day);
  const onDay = (talk: Talk) => date === undefined || talk.date === date;
  const ownTalks = itinerary.talks.filter(onDay);
  // On a day asked for, a talk of an earlier day that clashes with one of its talks (a hackathon of two nights) is that day's too.
  const carried =
    date === undefined
      ? []
      : overlappingAny(
          itinerary.talks.filter((talk) => talk.date < date),
          ownTalks,
        );
  const talks = [...carried, ...ownTalks];
  const cancelled = itinerary.cancelled.filter(onDay);
  const walk = walkTimes(readWalks(pyconHome(ctx), store.conference.name));
  const conflicts = findConflicts(talks);
  const tight = tightChanges(talks, walk);
  if (options.check && (conflicts.length > 0 || cancelled.length > 0)) ctx.outcome.exitCode = 1;
  reportMissing(ctx, itinerary);
  if (ctx.json) return writeJson(ctx, { ...itineraryJson({ ...itinerary, talks, cancelled }), tightChanges: tight });
  if (talks.length === 0 && cancelled.length === 0) {
    const where = date === undefined ? '' : ' on that day';
    tell(
      ctx,
      'stdout',
      `Itinerary ${itinerary.name} has no talks${where}; add some with "pycon add <talk>", or let "pycon plan <interests>" pick them.`,
    );
    return;
  }
  const look = { view: await timeViewFor(ctx, store), style: await loadStyle(ctx.color), width: ctx.columns };
  writeZoneNote(ctx, look.view);
  const { handleOf } = talkMarks(store, itinerary);
  const { priorityOf } = itinerary;
  const extras = { cancelled, handleOf, priorityOf, tightChanges: tight, overlapping: carried };
  ctx.stdout.write(renderAgenda(itinerary.name, ownTalks, store.talks, look, extras));
}

/** Every itinerary with its number of talks; a damaged one is named on stderr (exit 1) and the rest still listed. */
function listItineraries(ctx: Run): void {
  const store = openStore(ctx);
  const names = itineraryNames(itinerariesFolder(pyconHome(ctx), store.conference.name));
  const entries: { name: string; talks: number }[] = [];
  const problems: string[] = [];
  for (const name of names) {
    try {
      entries.push({ name, talks: openItinerary(ctx, store, name).talks.length });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push(`pycon: ${error.message}\n`);
    }
  }
  if (problems.length > 0) ctx.outcome.exitCode = 1;
  if (ctx.json) writeJson(ctx, entries);
  else if (entries.length === 0 && problems.length === 0)
    tell(ctx, 'stdout', 'You have no itineraries yet; "pycon add <talk>" starts the default one.');
  else {
    const width = Math.max(0, ...entries.map((entry) => entry.name.length));
    ctx.stdout.write(entries.map((entry) => `${entry.name.padEnd(width)}  ${plural(entry.talks, 'talk')}\n`).join(''));
  }
  for (const problem of problems) ctx.stderr.write(problem);
}

/** `--rename` and `--delete`: the itinerary must exist; deleting asks for --yes, as clear does. */
async function renameOrDelete(options: ItineraryOptions, ctx: Run): Promise<void> {
  const store = openStore(ctx);
  const from = openItinerary(ctx, store, options.itinerary);
  const folder = itinerariesFolder(pyconHome(ctx), store.conference.name);
  if (!existsSync(from.path))
    throw new UserError(`Itinerary ${from.name} was never written, so there is nothing to ${options.delete ? 'delete' : 'rename'}.`);
  if (options.delete) {
    if (!options.yes) {
      const flag = from.name === DEFAULT_ITINERARY ? '' : ` -i ${from.name}`;
      await confirm(
        ctx,
        `Delete itinerary ${from.name} and its ${plural(from.talks.length, 'talk')}?`,
        `This deletes itinerary ${from.name} and its ${plural(from.talks.length, 'talk')}; run "pycon itinerary${flag} --delete --yes" to do it.`,
      );
    }
    await deleteItinerary(from.path, from.name, lockOwner(ctx));
    ctx.stdout.write(`Deleted itinerary ${from.name}.\n`);
    return;
  }
  const to = options.rename as string;
  await renameItinerary(from.path, itineraryPath(folder, to), { from: from.name, to }, lockOwner(ctx));
  ctx.stdout.write(`Renamed itinerary ${from.name} to ${to}.\n`);
}
