import { isDeepStrictEqual } from 'node:util';
import { type Command, InvalidArgumentError } from 'commander';
import { bundledStore, pyconHome } from '../context.js';
import { UsageError, UserError } from '../errors.js';
import { heldTalks, lockOwner } from '../itinerary.js';
import { type ShownChange, renderChanges } from '../render/changes.js';
import { keepTogether, unbreakable } from '../render/look.js';
import { loadStyle } from '../render/style.js';
import { wrapText } from '../render/wrap.js';
import { plural, shellWord } from '../render/words.js';
import type { Run } from '../run.js';
import { type Change, diffTalks, firstHistory, nextVersion } from '../schedule/changes.js';
import { findConflicts } from '../schedule/conflicts.js';
import type { Store, Talk } from '../schedule/types.js';
import { conferenceOf, noConferenceNamed } from '../session/store.js';
import { timeViewFor } from '../session/zones.js';
import {
  BUNDLED_CONFERENCE,
  checkConferenceName,
  conferenceStorePath,
  importedConferences,
  itinerariesFolder,
  type LoggedUpdate,
  type Origin,
  readChangesLog,
  readOrigin,
  readStoredSource,
  saveConference,
  SOURCE_EXTENSIONS,
} from '../store/conferences.js';
import { itineraryNames, itineraryPath, readItinerary } from '../store/itineraryFile.js';
import { loadStore, storeFileText } from '../store/loadStore.js';
import { examples } from './help.js';
import { parsePath } from './options.js';
import { readScheduleIn } from './import.js';
import { problemOf, readSource, STANDARD_INPUT, sourceName } from './scheduleSource.js';
import { isUnreadable, readableStore, remakeStore } from './remakeStore.js';
import { writeJson } from './output.js';
import { tell } from '../tell.js';

export function registerUpdate(program: Command, run: () => Run): void {
  program
    .command('update')
    .description("read a conference's schedule again, keep the new version when it differs, and say what changed, yours first")
    .argument('[name]', 'the conference (default: the one in use)')
    .option('--from <file|url>', 'read this source instead of the one it was imported from (- to read it piped in)', parsePath)
    .addHelpText('after', examples(['pycon update', 'pycon update fosdem-2025', 'pycon update pycon-us-2019 --from corrected-talks.txt']))
    .action((name: string | undefined, options: { from?: string }) => runUpdate({ ...options, name }, run()));
  program
    .command('changes')
    .description('what the last update of a conference changed, the talks in your itineraries first')
    .argument('[name]', 'the conference (default: the one in use)')
    .option(
      '--since <version>',
      'everything changed since this version (1 is the first import; "changes --json" gives the numbers)',
      parseVersion,
    )
    .addHelpText('after', examples(['pycon changes', 'pycon changes --since 1', 'pycon changes --json']))
    .action((name: string | undefined, options: { since?: number }) => runChanges({ ...options, name }, run()));
}

/** `--since`: a version, a whole number from 1, the first import. */
function parseVersion(text: string): number {
  const version = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(version) || version < 1)
    throw new InvalidArgumentError('give a version number, such as 1 for the schedule as first imported');
  return version;
}

/** The changes JSON of DESIGN.md: `{conference, from, to, changes: [{kind, uid, id, title, fields, before, after, itineraries}]}`. */
export interface ChangesReport {
  conference: string;
  from: { version: number; readAt: string };
  to: { version: number; readAt: string };
  changes: ShownChange[];
}

/**
 * `alreadyRead`: the source as import has just read it, so that it is not
 * read twice. `zone`: import's --zone, which replaces the one it was
 * imported with.
 */
export async function runUpdate(
  options: { name?: string | undefined; from?: string | undefined; zone?: string | undefined },
  ctx: Run,
  alreadyRead?: Awaited<ReturnType<typeof readSource>>,
): Promise<void> {
  const home = pyconHome(ctx);
  const name = options.name === undefined ? conferenceOf(ctx) : checkConferenceName(options.name, (example) => `"pycon update ${example}"`);
  const conferences = importedConferences(home);
  const imported = conferences.includes(name);
  if (!imported && name !== BUNDLED_CONFERENCE) {
    throw noConferenceNamed(name, [BUNDLED_CONFERENCE, ...conferences], { retry: (other) => `"pycon update ${other}"` });
  }
  if (!imported && options.from === undefined) {
    tell(
      ctx,
      'stdout',
      `PyCon US 2019's schedule ships with pycon and is final; to read a corrected talk list, run "pycon update ${BUNDLED_CONFERENCE} --from <file>".`,
    );
    return;
  }
  const origin = imported ? readOrigin(home, name) : undefined;
  const source = options.from ?? origin?.source;
  if (source === undefined) throw new UserError(`pycon does not know where ${name} came from; give it with --from <file or URL>.`);
  // The store is loaded only once the source turns out to differ: the usual "no change" needs only its seal.
  const storePath = imported ? conferenceStorePath(home, name) : bundledStore();
  const loadCurrent = () => loadStore(storePath);
  const sinceOf = (store: Store) => store.history?.readAt ?? origin?.readAt ?? `${store.conference.days[0]}T00:00:00.000Z`;
  const noChanges = (why: string) => {
    if (ctx.json) {
      const current = loadCurrent();
      return writeJson(ctx, reportOf(name, current, current, []));
    }
    tell(ctx, 'stdout', `No changes since ${formatReadAt(origin?.readAt ?? sinceOf(loadCurrent()))}${why}.`);
  };
  const zone = options.zone ?? origin?.zone;
  // A schedule read again in another zone is read whole, even if its bytes are as they were.
  const sameSource = origin !== undefined && source === origin.source && zone === origin.zone;
  // A file imported from that has gone is looked for anew with --from.
  const missing = options.from === undefined ? `if it has moved, run "pycon update ${name} --from <file or URL>"` : undefined;
  const validators = sameSource ? { etag: origin.etag, lastModified: origin.lastModified } : {};
  const nothingPiped =
    options.from === undefined
      ? `${name} was read from standard input, and nothing is piped in now; pipe its schedule in again, as in "curl -sL <URL> | pycon update ${name}", or give --from <file or URL>.`
      : `Nothing is piped in for "--from -" to read; pipe a schedule in, as in "curl -sL <URL> | pycon update ${name} --from -", or give --from <file or URL>.`;
  const readsPipe = `pycon update ${name} --from -`;
  const read = alreadyRead ?? (await readSource(source, ctx, { ...validators, ...(missing ? { missing } : {}), nothingPiped, readsPipe }));
  const isDamaged = () => imported && isUnreadable(storePath);
  if (!read.changed) {
    if (isDamaged()) {
      // Without the schedule as last read, it is downloaded whole.
      const lastRead = readStoredSource(home, name) ?? (await readSource(source, ctx)).bytes;
      await remakeStore(ctx, name, { origin, source }, [{ bytes: lastRead, lastRead: true }]);
    }
    return noChanges(`: the server says ${source} is as it was`);
  }
  // The same bytes as last time need no reading: the usual answer, and the fast one.
  const kept = imported && !options.from && sameSource ? readStoredSource(home, name) : undefined;
  if (kept?.equals(read.bytes)) {
    if (isDamaged()) await remakeStore(ctx, name, { origin, source }, [{ bytes: kept, lastRead: true }]);
    if (origin && (read.etag !== origin.etag || read.lastModified !== origin.lastModified)) {
      const { etag: _etag, lastModified: _lastModified, ...rest } = origin;
      const validators = { ...(read.etag ? { etag: read.etag } : {}), ...(read.lastModified ? { lastModified: read.lastModified } : {}) };
      await saveConference(home, name, lockOwner(ctx), { origin: { ...rest, ...validators } });
    }
    return noChanges('');
  }
  const current =
    (imported ? readableStore(storePath) : loadCurrent()) ??
    (await remakeStore(ctx, name, { origin, source }, [
      { bytes: readStoredSource(home, name), lastRead: true },
      { bytes: read.bytes, lastRead: false },
    ]));
  const since = sinceOf(current);
  const result = await readScheduleIn(ctx, read.bytes, zone);
  if ('problem' in result) {
    throw new UserError(
      `Cannot update ${name} from ${sourceName(source)}: ${problemOf(result, source, read, { where: false })}; the previous version is kept.`,
    );
  }
  const fresh = result.store;
  if (isAnotherConference(current, fresh)) {
    throw new UserError(
      `${source === STANDARD_INPUT ? 'What is piped in' : source} is the schedule of ${fresh.conference.title}, which shares no talk with ${current.conference.title} (${name}); nothing was changed. Import it under a name of its own with "pycon import ${shellWord(source)} --as <name>", or, to replace ${name} with it, run "pycon conferences --remove ${name}" first.`,
    );
  }
  fresh.conference.name = name;
  const readAt = ctx.clock().toISOString();
  const { store, changes } = nextVersion(current, fresh, readAt);
  const newOrigin: Origin = {
    source: read.source,
    format: result.format,
    version: result.version,
    readAt: changes.length > 0 ? readAt : (origin?.readAt ?? readAt),
    ...(read.etag ? { etag: read.etag } : {}),
    ...(read.lastModified ? { lastModified: read.lastModified } : {}),
    ...(zone ? { zone } : {}),
  };
  const sourceFile = { bytes: read.bytes, extension: SOURCE_EXTENSIONS[result.format] ?? 'txt' };
  if (changes.length === 0) {
    // The talks are as they were; what the schedule says of the conference itself (its zone, title, days) may not be.
    const details = detailsChanged(current, store);
    // The schedule read is kept even so: the next update that reads the same bytes is then told "no changes" at once.
    const storeFiles = details.length === 0 ? {} : storeFileText(store, sourceName(source));
    await saveConference(home, name, lockOwner(ctx), { ...storeFiles, source: sourceFile, origin: newOrigin });
    if (ctx.json) return writeJson(ctx, reportOf(name, current, store, []));
    const [what, also] = details.length > 0 ? [' to the talks', `; ${details.join(', ')}`] : ['', ''];
    tell(ctx, 'stdout', `No changes${what} since ${formatReadAt(since)}${also}.`);
    return;
  }
  for (const warning of result.warnings) tell(ctx, 'stderr', `pycon: warning: ${warning}.`);
  const update: LoggedUpdate = { ...versionsOf(current, store), changes };
  await saveConference(home, name, lockOwner(ctx), {
    ...storeFileText(store, sourceName(source)),
    source: sourceFile,
    origin: newOrigin,
    update,
  });
  const report = reportOf(name, current, store, withItineraries(ctx, name, [...current.talks, ...(current.cancelled ?? [])], changes));
  if (ctx.json) return writeJson(ctx, report);
  await writeReport(ctx, store, report);
  writeNewClashes(ctx, name, store, changes);
}

/**
 * Whether a schedule read for a conference is another conference's: under
 * another title, and with no talk (by uid) in common, it is most likely the
 * wrong file or URL, or a schedule whose acronym only happens to be alike.
 */
function isAnotherConference(current: Store, fresh: Store): boolean {
  if (fresh.conference.title === current.conference.title) return false;
  const uids = new Set([...current.talks, ...(current.cancelled ?? [])].map((talk) => talk.uid));
  return uids.size > 0 && !fresh.talks.some((talk) => uids.has(talk.uid));
}

/** What the schedule now says differently of the conference itself, in words: `its time zone is now Europe/Paris`. */
function detailsChanged(current: Store, next: Store): string[] {
  const [before, after] = [current.conference, next.conference];
  const said: string[] = [];
  if (after.timezone !== before.timezone) said.push(`its time zone is now ${after.timezone}`);
  if (after.title !== before.title) said.push(`its title is now "${after.title}"`);
  const rest = (store: Store) => {
    const { timezone: _timezone, title: _title, zoneRules: _zoneRules, ...others } = store.conference;
    return { ...others, rooms: store.rooms };
  };
  if (!isDeepStrictEqual(rest(current), rest(next))) said.push('its days, rooms or place are as the schedule now gives them');
  return said;
}

function versionsOf(current: Store, next: Store): Pick<LoggedUpdate, 'from' | 'to'> {
  const before = current.history ?? firstHistory(`${current.conference.days[0]}T00:00:00.000Z`);
  const after = next.history ?? before;
  return { from: { version: before.version, readAt: before.readAt }, to: { version: after.version, readAt: after.readAt } };
}

function reportOf(name: string, current: Store, next: Store, changes: ShownChange[]): ChangesReport {
  return { conference: name, ...versionsOf(current, next), changes };
}

/** Each change with the itineraries of the conference that hold its talk. */
function withItineraries(ctx: Run, conference: string, known: Talk[], changes: Change[]): ShownChange[] {
  const folder = itinerariesFolder(pyconHome(ctx), conference);
  const holders = new Map<string, string[]>();
  const everyTalk = [...known, ...changes.flatMap((change) => (change.after ? [change.after] : []))];
  for (const name of itineraryNames(folder)) {
    const file = readItinerary(itineraryPath(folder, name), name);
    for (const talk of heldTalks(file.talks, everyTalk).talks)
      holders.set(talk.uid, [...new Set([...(holders.get(talk.uid) ?? []), name])]);
  }
  return changes.map((change) => ({ ...change, itineraries: holders.get(change.uid) ?? [] }));
}

async function writeReport(ctx: Run, store: Store, report: ChangesReport): Promise<void> {
  const yours = report.changes.filter((change) => change.itineraries.length > 0).length;
  const mine = yours > 0 ? `, ${yours} of them in your itineraries (★)` : '';
  const versions = keepTogether(`version ${report.from.version} → ${report.to.version}`);
  const heading = `${store.conference.title} (${report.conference}): ${versions}, read ${formatReadAt(report.to.readAt)}: ${keepTogether(plural(report.changes.length, 'change'))}${mine}.`;
  ctx.stdout.write(`${wrapText(heading, ctx.columns).map(unbreakable).join('\n')}\n\n`);
  const look = { view: await timeViewFor(ctx, store), style: await loadStyle(ctx.color), width: ctx.columns };
  ctx.stdout.write(renderChanges(report.changes, look));
}

/** Clashes in an itinerary that a moved talk now causes. */
function writeNewClashes(ctx: Run, conference: string, store: Store, changes: Change[]): void {
  const moved = new Set(changes.filter((change) => change.kind === 'moved').map((change) => change.id));
  if (moved.size === 0) return;
  const folder = itinerariesFolder(pyconHome(ctx), conference);
  const lines: string[] = [];
  for (const name of itineraryNames(folder)) {
    const talks = heldTalks(readItinerary(itineraryPath(folder, name), name).talks, store.talks).talks;
    const titles = new Map(talks.map((talk) => [talk.id, talk.title]));
    for (const conflict of findConflicts(talks)) {
      const [a, b] = conflict.talks;
      if (!moved.has(a) && !moved.has(b)) continue;
      lines.push(`Itinerary ${name} now has a clash: "${titles.get(a)}" and "${titles.get(b)}" overlap for ${conflict.minutes} min.`);
    }
  }
  if (lines.length > 0) ctx.stdout.write(`\n${lines.join('\n')}\n`);
}

/** `2024-12-27 10:00 UTC` */
function formatReadAt(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export async function runChanges(options: { name?: string | undefined; since?: number | undefined }, ctx: Run): Promise<void> {
  const home = pyconHome(ctx);
  const name =
    options.name === undefined ? conferenceOf(ctx) : checkConferenceName(options.name, (example) => `"pycon changes ${example}"`);
  const conferences = importedConferences(home);
  const imported = conferences.includes(name);
  if (!imported && name !== BUNDLED_CONFERENCE) {
    throw noConferenceNamed(name, [BUNDLED_CONFERENCE, ...conferences], { retry: (other) => `"pycon changes ${other}"` });
  }
  const log = imported ? readChangesLog(home, name) : [];
  const since = options.since;
  const chosen = since === undefined ? log.slice(-1) : log.filter((update) => update.from.version >= since);
  const first = chosen[0];
  const last = chosen[chosen.length - 1];
  if (!first || !last) {
    const store = loadStore(imported ? conferenceStorePath(home, name) : bundledStore());
    const version = store.history?.version ?? 1;
    if (since !== undefined && since > version) {
      throw new UsageError(
        `${store.conference.title} (${name}) is at version ${version}, so --since ${since} names no version of it; give one from 1 to ${version}.`,
      );
    }
    if (ctx.json) {
      const at = { version, readAt: store.history?.readAt ?? '' };
      return writeJson(ctx, { conference: name, from: at, to: at, changes: [] });
    }
    const what =
      untoldSince(store, log, since) ??
      (since === undefined ? 'no update has changed it yet' : `nothing has changed since version ${since}`);
    ctx.stdout.write(`${wrapText(`${store.conference.title} (${name}) is at version ${version}; ${what}.`, ctx.columns).join('\n')}\n`);
    return;
  }
  const store = loadStore(conferenceStorePath(home, name));
  const changes = netChanges(chosen);
  const known = [...store.talks, ...(store.cancelled ?? [])];
  const report: ChangesReport = { conference: name, from: first.from, to: last.to, changes: withItineraries(ctx, name, known, changes) };
  if (ctx.json) return writeJson(ctx, report);
  await writeReport(ctx, store, report);
  const untold = untoldSince(store, log, since);
  if (untold !== undefined) ctx.stdout.write(`\n${wrapText(`Beyond these, ${untold}.`, ctx.columns).join('\n')}\n`);
}

/**
 * What the log cannot tell of the versions asked for (since `since`, else
 * since the last update): a store made again from a later schedule than
 * the one it last read (see remakeStore.ts) is a version on, with no update
 * in the log to say what changed.
 */
function untoldSince(store: Store, log: LoggedUpdate[], since: number | undefined): string | undefined {
  const gaps: { from: number; to: number }[] = [];
  let known = 1;
  for (const update of log) {
    if (update.from.version > known) gaps.push({ from: known, to: update.from.version });
    known = update.to.version;
  }
  const version = store.history?.version ?? 1;
  if (version > known) gaps.push({ from: known, to: version });
  const asked = gaps.filter((gap) => (since === undefined ? gap.from >= (log[log.length - 1]?.to.version ?? 1) : gap.to > since));
  if (asked.length === 0) return undefined;
  const spans = asked.map(({ from, to }) => `from version ${from} to ${to}`).join(' and ');
  return `its store was made again from a later schedule, so what changed ${spans} cannot be told`;
}

/** Several updates as one: each talk from how it was before the first to how it is after the last. */
function netChanges(updates: LoggedUpdate[]): Change[] {
  const before = new Map<string, Talk | null>();
  const after = new Map<string, Talk | null>();
  for (const update of updates) {
    for (const change of update.changes) {
      if (!before.has(change.uid)) before.set(change.uid, change.before);
      after.set(change.uid, change.after);
    }
  }
  const olds = [...before.values()].filter((talk): talk is Talk => talk !== null);
  const news = [...after.values()].filter((talk): talk is Talk => talk !== null);
  const touched = new Set(before.keys());
  return diffTalks(olds, news).filter((change) => touched.has(change.uid));
}
