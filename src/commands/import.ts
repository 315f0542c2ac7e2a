import { resolve } from 'node:path';
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
import { MAX_BYTES, readBytes } from '../store/readFile.js';
import { type StoreSummary, summaryOf } from '../store/storeSeal.js';
import { firstHistory } from '../schedule/changes.js';
import { weekdayOf } from '../schedule/time.js';
import type { ReadResult } from '../schedule/formats.js';
import { fetchSchedule, isUrl } from '../web/fetchSchedule.js';
import { existsSync } from 'node:fs';
import { examples } from './help.js';
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

/** The source `-`: a schedule piped in on standard input. */
export const STANDARD_INPUT = '-';

/** A source as a message names it: its path or URL, or standard input. */
export function sourceName(source: string): string {
  return source === STANDARD_INPUT ? 'standard input' : source;
}

interface ReadSource {
  bytes: Uint8Array;
  /** The URL, the file's absolute path, or STANDARD_INPUT. */
  source: string;
  etag?: string | undefined;
  lastModified?: string | undefined;
  /** Where redirects led a URL, when they did. */
  redirectedTo?: string | undefined;
}

/**
 * The bytes of a schedule, from a URL (with a progress line on a terminal), a
 * file, or standard input; `missing` is what to do when there is no file at
 * `source`, `nothingPiped` when `-` finds standard input a terminal, and
 * `readsPipe` the command that reads a schedule piped in.
 */
export async function readSource(
  source: string,
  ctx: Run,
  {
    missing = 'give the path or URL of a schedule',
    nothingPiped = 'Nothing is piped in for "-" to read; pipe a schedule in, as in "curl -sL <URL> | pycon import -", or give its path or URL.',
    readsPipe = 'pycon import -',
    ...validators
  }: { etag?: string; lastModified?: string; missing?: string; nothingPiped?: string; readsPipe?: string } = {},
): Promise<ReadSource & { changed: boolean }> {
  if (source === STANDARD_INPUT) {
    const bytes = await ctx.readStdin(MAX_BYTES);
    if (bytes === undefined) throw new UsageError(nothingPiped);
    if (bytes.length > MAX_BYTES) throw new UserError('More than 256 MB is piped in, far more than any schedule; check what is piped in.');
    return { bytes, source, changed: true };
  }
  if (!isUrl(source)) {
    // A URL of another scheme (ftp://, webcal://) is no file either.
    const missingFile = /^[a-z][a-z\d+.-]*:\/\//i.test(source)
      ? `Only http and https URLs can be downloaded; fetch ${source} another way and import the file.`
      : `No file at ${source}; ${missing}.`;
    // A pipe such as <(curl …) is read once and gone: piped to "-", the conference knows to be updated the same way.
    const pipe = `${source} is a pipe; pipe the schedule to pycon instead, as in "curl -sL <URL> | ${readsPipe}".`;
    const bytes = readBytes(source, { what: 'schedule', missing: missingFile, pipe });
    return { bytes, source: resolve(source), changed: true };
  }
  const progress = progressLine(ctx, source);
  try {
    const fetched = await fetchSchedule(source, { timeoutMs: fetchTimeoutMs(ctx), ...validators, progress: progress.update });
    if (!fetched.changed)
      return { bytes: new Uint8Array(), source, changed: false, etag: fetched.etag, lastModified: fetched.lastModified };
    const { bytes, etag, lastModified, redirectedTo } = fetched;
    return { bytes, source, changed: true, etag, lastModified, redirectedTo };
  } finally {
    progress.done();
  }
}

/** 20 s, or PYCON_FETCH_TIMEOUT seconds. */
function fetchTimeoutMs(ctx: Run): number {
  const seconds = Number(ctx.env.PYCON_FETCH_TIMEOUT);
  return ctx.env.PYCON_FETCH_TIMEOUT && seconds > 0 ? seconds * 1000 : 20_000;
}

/** On a terminal, once a download has taken a second, one line on stderr redrawn as bytes arrive. */
function progressLine(ctx: Run, url: string): { update: (received: number) => void; done: () => void } {
  if (!ctx.stderrIsTTY) return { update: () => {}, done: () => {} };
  let received = 0;
  let shown = '';
  const draw = () => {
    const line = `Downloading ${url} … ${received < 1_000_000 ? `${Math.round(received / 1000)} kB` : `${(received / 1_000_000).toFixed(1)} MB`}`;
    ctx.stderr.write(`\r${line}${' '.repeat(Math.max(0, shown.length - line.length))}`);
    shown = line;
  };
  const timer = setInterval(draw, 1000);
  timer.unref();
  return {
    update: (bytes) => {
      received = bytes;
    },
    done: () => {
      clearInterval(timer);
      if (shown !== '') ctx.stderr.write(`\r${' '.repeat(shown.length)}\r`);
    },
  };
}

/**
 * Why a schedule read from `source` cannot be used, a web page named as one.
 * `where`: where pretalx would publish the schedule, for a URL given to
 * import; an update's URL was a schedule's, so what it gave is said alone.
 */
export function problemOf(
  result: { problem: string; webPage?: boolean },
  source: string,
  read: Pick<ReadSource, 'redirectedTo'>,
  { where = true }: { where?: boolean } = {},
): string {
  if (!result.webPage) return result.problem;
  const page = read.redirectedTo ? `it led to a web page (${read.redirectedTo}), not a schedule` : 'this is a web page, not a schedule';
  return where ? `${page}; ${scheduleAddress(source)}` : page;
}

/**
 * Where pretalx publishes the schedule of the event a web page belongs to,
 * or, when the URL is that place already, that the event has not published
 * one there.
 */
function scheduleAddress(source: string): string {
  if (!isUrl(source)) return 'pretalx publishes it at <event URL>/schedule/export/schedule.xml';
  const url = new URL(source);
  if (/\/schedule\/export\/schedule\.(xml|json)$/.test(url.pathname))
    return 'the event has not published its schedule there, or not publicly';
  // The event's folder: a page's own path (/talk/…, /schedule/…) or a file's name (schedule.xml) left out.
  const folder = url.pathname.replace(/\/[^/]*\.[^/]*$/, '');
  const event = folder.replace(/\/(schedule|talk|speaker)(\/.*)?$/, '').replace(/\/+$/, '');
  return `pretalx publishes it at ${url.origin}${event}/schedule/export/schedule.xml`;
}
