/**
 * Where a schedule is read from, for import and update: a file, an http(s)
 * URL (with a progress line on a terminal), or standard input (`-`); and
 * what to say when what was read is a web page rather than a schedule.
 */
import { resolve } from 'node:path';
import { UsageError, UserError } from '../errors.js';
import type { Run } from '../run.js';
import { MAX_BYTES, readBytes } from '../store/readFile.js';
import { fetchSchedule, isUrl } from '../web/fetchSchedule.js';

/** The source `-`: a schedule piped in on standard input. */
export const STANDARD_INPUT = '-';

/** A source as a message names it: its path or URL, or standard input. */
export function sourceName(source: string): string {
  return source === STANDARD_INPUT ? 'standard input' : source;
}

/**
 * What is piped in for `-`: a `what` (a schedule, a talk list) of up to 256
 * MB, as for a file; `nothingPiped` is said when standard input is a
 * terminal, rather than waiting for text no one will type.
 */
export async function readPipedIn(ctx: Run, what: string, nothingPiped: string): Promise<Uint8Array> {
  const bytes = await ctx.readStdin(MAX_BYTES);
  if (bytes === undefined) throw new UsageError(nothingPiped);
  if (bytes.length > MAX_BYTES) throw new UserError(`More than 256 MB is piped in, far more than any ${what}; check what is piped in.`);
  return bytes;
}

export interface ReadSource {
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
  if (source === STANDARD_INPUT) return { bytes: await readPipedIn(ctx, 'schedule', nothingPiped), source, changed: true };
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
