import type { Command } from 'commander';
import { bundledStore, pyconHome } from '../context.js';
import { UsageError, UserError } from '../errors.js';
import { lockOwner } from '../itinerary.js';
import { formatDateRange, formatShortDateRange } from '../render/times.js';
import { plural } from '../render/words.js';
import type { Run } from '../run.js';
import { conferenceOf, noConferenceNamed } from '../session/store.js';
import {
  BUNDLED_CONFERENCE,
  checkConferenceName,
  conferenceStorePath,
  importedConferences,
  readOrigin,
  removeConference,
  useConference,
} from '../store/conferences.js';
import { loadStore } from '../store/loadStore.js';
import { conferenceSummary } from '../store/reseal.js';
import { summaryOf } from '../store/storeSeal.js';
import { examples } from './help.js';
import { summarize, type ConferenceSummary } from './import.js';
import { writeJson, writeTable } from './output.js';
import { tell } from '../tell.js';

export function registerConferences(program: Command, run: () => Run): void {
  program
    .command('conferences')
    .description('the conferences pycon knows, the one in use marked')
    .option('--remove <name>', "forget an imported conference's schedule (its itineraries are kept)")
    .addHelpText('after', examples(['pycon conferences', 'pycon conferences --remove fosdem-2025']))
    .action((options: { remove?: string }) => runConferences(options, run()));
  program
    .command('use')
    .description('the conference every command reads from now on')
    .argument('<name>', 'a conference, as "pycon conferences" lists them')
    .addHelpText('after', examples(['pycon use fosdem-2025', 'pycon use pycon-us-2019']))
    .action((name: string) => runUse(name, run()));
}

type Listed = ConferenceSummary & { inUse: boolean };

/** Every conference pycon knows: the bundled one (or what replaced it), then those imported. */
function listConferences(ctx: Run): { listed: Listed[]; problems: string[] } {
  const home = pyconHome(ctx);
  const inUse = conferenceOf({ ...ctx, conference: undefined });
  const imported = new Set(importedConferences(home));
  const names = [...new Set([BUNDLED_CONFERENCE, ...imported])];
  const listed: Listed[] = [];
  const problems: string[] = [];
  for (const name of names) {
    try {
      const summary = imported.has(name) ? conferenceSummary(conferenceStorePath(home, name), ctx) : summaryOf(loadStore(bundledStore()));
      const origin = imported.has(name) ? (readOrigin(home, name) ?? { source: '', version: '' }) : { source: 'bundled', version: '' };
      listed.push({ ...summarize(summary, origin), name, inUse: name === inUse });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push(`pycon: ${error.message}\n`);
    }
  }
  return { listed, problems };
}

export async function runConferences(options: { remove?: string }, ctx: Run): Promise<void> {
  if (options.remove !== undefined)
    return removeOne(
      checkConferenceName(options.remove, (example) => `--remove ${example}`),
      ctx,
    );
  const { listed, problems } = listConferences(ctx);
  if (problems.length > 0) ctx.outcome.exitCode = 1;
  writeTable(ctx, {
    json: listed,
    header: ['', 'Name', 'Title', 'Talks', 'Days', 'Zone'],
    rows: listed.map((entry) => [
      entry.inUse ? '*' : '',
      entry.name,
      entry.title,
      String(entry.talks),
      formatShortDateRange(entry.days),
      entry.timezone,
    ]),
    pipeRows: listed.map((entry) => [
      entry.inUse ? '*' : '',
      entry.name,
      entry.title,
      String(entry.talks),
      entry.days[0] ?? '',
      entry.days[entry.days.length - 1] ?? '',
      entry.timezone,
      entry.source,
    ]),
    rightAligned: [3],
    shrink: 2,
  });
  for (const problem of problems) ctx.stderr.write(problem);
}

async function removeOne(name: string, ctx: Run): Promise<void> {
  const home = pyconHome(ctx);
  if (!importedConferences(home).includes(name)) {
    if (name === BUNDLED_CONFERENCE)
      throw new UsageError(`${name} ships with pycon and cannot be removed; "pycon use <name>" switches to another conference.`);
    throw new UserError(`No imported conference is named ${name}; "pycon conferences" lists them.`);
  }
  const inUse = conferenceOf({ ...ctx, conference: undefined }) === name;
  const { keptItineraries } = await removeConference(home, name, lockOwner(ctx));
  if (inUse) await useConference(home, undefined, lockOwner(ctx));
  const back = name === BUNDLED_CONFERENCE ? ' PyCon US 2019 is as bundled again.' : '';
  const kept = keptItineraries ? ' Its itineraries are kept, for when you import it again.' : '';
  const using = inUse && name !== BUNDLED_CONFERENCE ? ` Now using ${BUNDLED_CONFERENCE}.` : '';
  (ctx.json ? ctx.stderr : ctx.stdout).write(`Removed ${name}.${back}${kept}${using}\n`);
  if (ctx.json) writeJson(ctx, listConferences(ctx).listed);
}

export async function runUse(nameGiven: string, ctx: Run): Promise<void> {
  const name = checkConferenceName(nameGiven, (example) => `"pycon use ${example}"`);
  const { listed } = listConferences(ctx);
  const chosen = listed.find((entry) => entry.name === name);
  if (!chosen) {
    const names = listed.map((entry) => entry.name);
    throw noConferenceNamed(name, names, { retry: (other) => `"pycon use ${other}"` });
  }
  await useConference(pyconHome(ctx), name === BUNDLED_CONFERENCE ? undefined : name, lockOwner(ctx));
  if (ctx.json) return writeJson(ctx, { ...chosen, inUse: true });
  tell(ctx, 'stdout', `Now using ${chosen.title} (${name}): ${formatDateRange(chosen.days)}, ${plural(chosen.talks, 'talk')}.`);
}
