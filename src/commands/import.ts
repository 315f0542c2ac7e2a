import type { Command } from 'commander';
import { pyconHome } from '../context.js';
import { UsageError, UserError } from '../errors.js';
import { lockOwner } from '../itinerary.js';
import { formatDateRange } from '../render/times.js';
import { plural } from '../render/words.js';
import type { Run } from '../run.js';
import { checkZone } from '../session/zones.js';
import {
  SOURCE_EXTENSIONS,
  checkConferenceName,
  conferenceStorePath,
  type Origin,
  readOrigin,
  saveConference,
  useConference,
} from '../store/conferences.js';
import { storeFileText } from '../store/loadStore.js';
import { type StoreSummary, summaryOf } from '../store/storeSeal.js';
import { firstHistory } from '../schedule/changes.js';
import { weekdayOf } from '../schedule/time.js';
import type { ReadResult } from '../schedule/formats.js';
import { existsSync } from 'node:fs';
import { examples } from './help.js';
import { problemOf, readSource, sourceName } from './scheduleSource.js';
import { parsePath } from './options.js';
import { writeJson } from './output.js';
import type { TzData } from '../schedule/types.js';
import { tzDatabase } from '../store/tzDatabase.js';
import { tell } from '../tell.js';

export interface ImportOptions {
  source: string;
  as?: string;
  zone?: string;
}

export function registerImport(program: Command, run: () => Run): void {
  program
    .command('import')
    .description('read a conference schedule (frab XML, c3voc or pretalx JSON, or a PyCon talk list) from a file or URL, and use it')
    .argument('<file|url>', 'the schedule: a path, an http(s) URL, or - to read it piped in', parsePath)
    .option('--as <name>', "the name to keep it under (default: the schedule's acronym)")
    .option('--zone <zone>', "the conference's IANA time zone, when the schedule does not say it well")
    .addHelpText(
      'after',
      examples([
        'pycon import https://pretalx.com/democon/schedule/export/schedule.xml',
        'pycon import schedule.json --as fosdem-2025',
        'pycon import schedule.xml --zone Europe/Brussels',
        'curl -sL https://example.org/schedule.xml | pycon import -',
      ]),
    )
    .action((source: string, options: Omit<ImportOptions, 'source'>) => runImport({ ...options, source }, run()));
}

/** What `import` and `conferences` say of a conference. */
export interface ConferenceSummary {
  name: string;
  title: string;
  talks: number;
  rooms: number;
  days: string[];
  timezone: string;
  source: string;
  version: string;
}

export function summarize(summary: StoreSummary, origin: Pick<Origin, 'source' | 'version'>): ConferenceSummary {
  const { name, title, days, timezone } = summary.conference;
  return {
    name,
    title,
    talks: summary.talks,
    rooms: summary.rooms,
    days,
    timezone,
    source: origin.source,
    version: origin.version,
  };
}

export async function runImport(options: ImportOptions, ctx: Run): Promise<void> {
  const name = options.as === undefined ? undefined : checkConferenceName(options.as, (example) => `--as ${example}`);
  const zone = options.zone === undefined ? undefined : checkImportZone(options.zone, tzDatabase(ctx.env));
  const read = await readSource(options.source, ctx);
  const result = await readScheduleIn(ctx, read.bytes, zone);
  if ('problem' in result) {
    throw new UserError(`Cannot import ${sourceName(options.source)}: ${problemOf(result, options.source, read)}; nothing was imported.`);
  }
  const store = result.store;
  if (name !== undefined) store.conference.name = name;
  const home = pyconHome(ctx);
  const saved = store.conference.name;
  // A store without where it came from is an import cut short (a full disk): it is imported again whole.
  if (existsSync(conferenceStorePath(home, saved)) && readOrigin(home, saved) !== undefined) {
    // Importing a conference pycon has is an update from this source: its history and itineraries carry on.
    const { runUpdate } = await import('./update.js');
    await runUpdate({ name: saved, from: options.source, zone }, ctx, read);
    await useConference(home, saved, lockOwner(ctx));
    return;
  }
  store.history = firstHistory(ctx.clock().toISOString());
  // The store is checked as any store is when loaded, so what is saved is what every command can read.
  const storeFiles = storeFileText(store, sourceName(options.source));
  const origin: Origin = {
    source: read.source,
    format: result.format,
    version: result.version,
    readAt: ctx.clock().toISOString(),
    ...(read.etag ? { etag: read.etag } : {}),
    ...(read.lastModified ? { lastModified: read.lastModified } : {}),
    ...(zone ? { zone } : {}),
  };
  for (const warning of result.warnings) tell(ctx, 'stderr', `pycon: warning: ${warning}.`);
  await saveConference(home, saved, lockOwner(ctx), {
    ...storeFiles,
    source: { bytes: read.bytes, extension: SOURCE_EXTENSIONS[result.format] ?? 'txt' },
    origin,
  });
  await useConference(home, saved, lockOwner(ctx));
  const summary = summarize(summaryOf(store), origin);
  if (ctx.json) return writeJson(ctx, summary);
  // A weekday names the first day of that weekday, so the first day's is always its own, as now and today suggest.
  const first = weekdayOf(store.conference.days[0] ?? '').toLowerCase();
  tell(
    ctx,
    'stdout',
    `Imported ${summary.title} as ${saved}: ${plural(summary.talks, 'talk')} in ${plural(summary.rooms, 'room')}, ${formatDateRange(summary.days)} (${summary.timezone}).\n` +
      `It is now the conference in use; try "pycon timetable ${first}" or "pycon search <words>".`,
  );
}

function checkImportZone(zone: string, tzdata: TzData): string {
  if (zone === 'local')
    throw new UsageError('--zone names where the conference is, so it takes an IANA name such as Europe/Brussels, not "local".');
  return checkZone(zone, () => 'UTC', tzdata, { flag: '--zone', example: 'Europe/Brussels' });
}

/**
 * A schedule's bytes read into a store, by a process ready for the
 * short-lived text that makes, and with V8's optimizing compiler left out:
 * on a 1 MB schedule.xml its compiles cost 110 ms of the other core and
 * 2,200 pages of memory, and saved the run nothing.
 */
export async function readScheduleIn(ctx: Run, bytes: Uint8Array, zone: string | undefined): Promise<ReadResult> {
  ctx.keepYoungGenerationSmall();
  ctx.skipOptimizingCompiler();
  const { readSchedule } = await import('../schedule/formats.js');
  return readSchedule(bytes, { zone, tzdata: tzDatabase(ctx.env) });
}
