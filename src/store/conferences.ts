/**
 * The conferences pycon knows, on disk under $PYCON_HOME:
 *
 *   settings.json                    which conference is in use
 *   conferences/<name>/store.json    its talk store
 *   conferences/<name>/store.json.seal, store.outline.json, store.search.txt
 *                                    the store as checked, and without its
 *                                    descriptions (storeSeal.ts, storeOutline.ts)
 *   conferences/<name>/source.<ext>  the schedule as it was read
 *   conferences/<name>/origin.json   where it came from, when, and what the server said of it
 *   conferences/<name>/itineraries/  its itineraries
 *
 * PyCon US 2019 ships inside pycon as `pycon-us-2019`; a store imported
 * under that name takes its place. Every file is written atomically, and a
 * conference's files under its lock, so a failed import changes nothing.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError, UserError } from '../errors.js';
import { makeFolder, removeLeftovers, writeFileAtomic, writeOwnFile } from './atomicWrite.js';
import { type LockOwner, withLock } from './lockFile.js';
import type { OutlineFiles } from './storeOutline.js';
import { breakSeal, outlinePath, searchPath, sealStore } from './storeSeal.js';
import { readBytes, readTextFile } from './readFile.js';
import type { Change } from '../schedule/changes.js';

/** The conference that ships with pycon. */
export const BUNDLED_CONFERENCE = 'pycon-us-2019';

/** Where a conference's schedule came from, kept beside its store. */
export interface Origin {
  /** The URL, or the absolute path of the file, it was read from. */
  source: string;
  format: string;
  /** The schedule's own version string, or ''. */
  version: string;
  /** When it was read, ISO 8601 in UTC. */
  readAt: string;
  /** What the server said, for a conditional request next time. */
  etag?: string;
  lastModified?: string;
  /** `--zone` as given to import, applied again by update. */
  zone?: string;
}

/** One update that changed something, as `changes` shows it. */
export interface LoggedUpdate {
  from: { version: number; readAt: string };
  to: { version: number; readAt: string };
  changes: Change[];
}

const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export function isConferenceName(name: string): boolean {
  return NAME.test(name);
}

/** The name, when it can name a conference; else a usage error whose example is typed as `typed` types a name (`--as fosdem-2025`). */
export function checkConferenceName(name: string, typed: (name: string) => string): string {
  if (!isConferenceName(name)) {
    throw new UsageError(
      `"${name}" cannot name a conference; use lower-case letters a–z, digits, dots, dashes and underscores, such as ${typed('fosdem-2025')}.`,
    );
  }
  return name;
}

export function conferencesFolder(home: string): string {
  return join(home, 'conferences');
}

export function conferenceFolder(home: string, name: string): string {
  return join(conferencesFolder(home), name);
}

/** The lock a conference's files are written under, beside its folder. */
export function conferenceLock(folder: string): string {
  return `${folder}.lock`;
}

export function conferenceStorePath(home: string, name: string): string {
  return join(conferenceFolder(home, name), 'store.json');
}

/** The conference whose store is at `path` (`<home>/conferences/<name>/store.json`, where it came from beside it), if it is one's. */
export function conferenceOfStore(path: string): string | undefined {
  const folder = dirname(path);
  const name = basename(folder);
  const isOne =
    basename(path) === 'store.json' &&
    basename(dirname(folder)) === 'conferences' &&
    isConferenceName(name) &&
    existsSync(join(folder, 'origin.json'));
  return isOne ? name : undefined;
}

/** The names of the imported conferences, sorted; the bundled one is not among them unless it was replaced. */
export function importedConferences(home: string): string[] {
  let names: string[];
  try {
    names = readdirSync(conferencesFolder(home));
  } catch {
    return [];
  }
  return names.filter((name) => isConferenceName(name) && existsSync(conferenceStorePath(home, name))).sort();
}

export function readOrigin(home: string, name: string): Origin | undefined {
  return readOriginIn(conferenceFolder(home, name));
}

/** Where the conference whose files are in `folder` came from, if it says. */
export function readOriginIn(folder: string): Origin | undefined {
  const path = join(folder, 'origin.json');
  if (!existsSync(path)) return undefined;
  try {
    const data = JSON.parse(readTextFile(path, { what: 'origin file', missing: '', kept: true })) as Partial<Origin>;
    if (typeof data.source !== 'string' || typeof data.readAt !== 'string') return undefined;
    return {
      source: data.source,
      format: typeof data.format === 'string' ? data.format : '',
      version: typeof data.version === 'string' ? data.version : '',
      readAt: data.readAt,
      ...(typeof data.etag === 'string' ? { etag: data.etag } : {}),
      ...(typeof data.lastModified === 'string' ? { lastModified: data.lastModified } : {}),
      ...(typeof data.zone === 'string' ? { zone: data.zone } : {}),
    };
  } catch {
    return undefined;
  }
}

/** The schedule as it was last read, byte for byte, if pycon kept it. */
export function readStoredSource(home: string, name: string): Buffer | undefined {
  for (const extension of ['xml', 'json', 'txt']) {
    const path = join(conferenceFolder(home, name), `source.${extension}`);
    if (existsSync(path)) return readBytes(path, { what: 'schedule', missing: '', kept: true });
  }
  return undefined;
}

/** The extension a schedule of each format is kept under, as read. */
export const SOURCE_EXTENSIONS: Record<string, string> = { 'frab XML': 'xml', 'c3voc JSON': 'json', 'PyCon text': 'txt' };

export interface SavedConference {
  /** The store's text, as bytes; undefined when the talks are as they were (an update that found nothing new). */
  store?: Uint8Array;
  /** Whether loading the store would leave it as it is, so that it is sealed (storeSeal.ts). */
  clean?: boolean;
  /** The outline and search text of a clean store, sealed with it (storeOutline.ts). */
  outline?: OutlineFiles | undefined;
  /** The schedule as read, kept so that the next update can tell it is the same; undefined when it is the one kept already. */
  source?: { bytes: Uint8Array; extension: string };
  origin: Origin;
  /** The update that made this version, added to the log `changes` reads. */
  update?: LoggedUpdate;
}

/** The updates that changed a conference, oldest first. */
export function readChangesLog(home: string, name: string): LoggedUpdate[] {
  const path = join(conferenceFolder(home, name), 'changes.json');
  if (!existsSync(path)) return [];
  let data: unknown;
  try {
    data = JSON.parse(readTextFile(path, { what: 'changes file', missing: '', kept: true }));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`The changes file ${path} is damaged (it is not valid JSON); remove it to start its log afresh.`);
  }
  if (!Array.isArray(data) || !data.every(isLoggedUpdate)) {
    throw new UserError(`The changes file ${path} is damaged (it is not a list of updates); remove it to start its log afresh.`);
  }
  return data;
}

/**
 * Writes a conference's files under its lock: the store, the log of changes,
 * the source, then where it came from. The source comes after the store, as
 * `update` takes a source the same as the one kept to mean the store is
 * made of it: a store left unwritten (a full disk, a kill) is made again by
 * the next update, not passed over as "no changes".
 */
export async function saveConference(home: string, name: string, owner: LockOwner, saved: SavedConference): Promise<void> {
  const folder = conferenceFolder(home, name);
  await withLock(conferenceLock(folder), owner, `conference ${name}`, () => {
    makeFolder(folder);
    const originPath = join(folder, 'origin.json');
    removeLeftovers(originPath);
    const { store } = saved;
    if (store) writeStore(home, name, join(folder, 'store.json'), { ...saved, store });
    if (saved.source) writeSource(folder, saved.source);
    writeOwnFile(originPath, `${JSON.stringify(saved.origin, null, 2)}\n`);
  });
}

/** The store, its outline and seal, and the update that made it in the log. */
function writeStore(home: string, name: string, storePath: string, saved: SavedConference & { store: Uint8Array }): void {
  removeLeftovers(storePath);
  breakSeal(storePath);
  writeOwnFile(storePath, saved.store);
  if (saved.clean) {
    if (saved.outline !== undefined) {
      writeOwnFile(outlinePath(storePath), saved.outline.outline);
      writeOwnFile(searchPath(storePath), saved.outline.search);
    }
    sealStore(storePath, saved.outline !== undefined, saved.outline?.summary);
  }
  if (saved.update) {
    const log = join(dirname(storePath), 'changes.json');
    removeLeftovers(log);
    writeOwnFile(log, `${JSON.stringify([...readChangesLog(home, name), saved.update], null, 2)}\n`);
  }
}

/** The schedule as read, under its format's extension; one kept under another is removed. */
function writeSource(folder: string, source: { bytes: Uint8Array; extension: string }): void {
  const sourcePath = join(folder, `source.${source.extension}`);
  removeLeftovers(sourcePath);
  writeOwnFile(sourcePath, source.bytes);
  for (const other of ['xml', 'json', 'txt']) {
    if (other !== source.extension) rmSync(join(folder, `source.${other}`), { force: true });
  }
}

/**
 * Forgets a conference's schedule. Its itineraries are what the user made,
 * so a folder that holds any is kept, and the caller says so.
 */
export async function removeConference(home: string, name: string, owner: LockOwner): Promise<{ keptItineraries: boolean }> {
  const folder = conferenceFolder(home, name);
  return withLock(conferenceLock(folder), owner, `conference ${name}`, () => {
    breakSeal(join(folder, 'store.json'));
    for (const file of ['store.json', 'origin.json', 'changes.json', 'source.xml', 'source.json', 'source.txt'])
      rmSync(join(folder, file), { force: true });
    const itineraries = join(folder, 'itineraries');
    const kept = existsSync(itineraries) && readdirSync(itineraries).some((file) => file.endsWith('.json'));
    if (!kept) rmSync(folder, { recursive: true, force: true });
    return { keptItineraries: kept };
  });
}

interface Settings {
  conference?: string;
  [key: string]: unknown;
}

function settingsPath(home: string): string {
  return join(home, 'settings.json');
}

function readSettings(home: string): Settings {
  const path = settingsPath(home);
  if (!existsSync(path)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readTextFile(path, { what: 'settings file', missing: '', kept: true }));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`The settings file ${path} is damaged (it is not valid JSON); fix it by hand, or remove it to start afresh.`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UserError(`The settings file ${path} is damaged (it is not a JSON object); fix it by hand, or remove it to start afresh.`);
  }
  return data as Settings;
}

/** The conference `use` chose, if any. */
export function conferenceInUse(home: string): string | undefined {
  const chosen = readSettings(home).conference;
  return typeof chosen === 'string' && isConferenceName(chosen) ? chosen : undefined;
}

/** Makes `name` the conference in use (undefined: back to the bundled one), keeping any other setting. */
export async function useConference(home: string, name: string | undefined, owner: LockOwner): Promise<void> {
  const path = settingsPath(home);
  await withLock(`${path}.lock`, owner, 'the settings', () => {
    removeLeftovers(path);
    const settings = readSettings(home);
    if (name === undefined) delete settings.conference;
    else settings.conference = name;
    writeFileAtomic(path, `${JSON.stringify(settings, null, 2)}\n`, { createFolder: true });
  });
}

/**
 * The itineraries folder of a conference. Itineraries written before pycon
 * knew other conferences ($PYCON_HOME/itineraries) are PyCon US 2019's:
 * they are moved, whole, the first time that folder is asked for.
 */
export function itinerariesFolder(home: string, conference: string): string {
  const folder = join(conferenceFolder(home, conference), 'itineraries');
  if (conference === BUNDLED_CONFERENCE) {
    const legacy = join(home, 'itineraries');
    if (existsSync(legacy) && !existsSync(folder)) {
      makeFolder(conferenceFolder(home, conference));
      try {
        renameSync(legacy, folder);
      } catch (error) {
        // Another pycon moved it first: the folder is in place either way.
        if (!existsSync(folder)) throw error;
      }
    }
  }
  return folder;
}

/** An update as the log holds it, each talk in it with the fields that are shown. */
function isLoggedUpdate(value: unknown): value is LoggedUpdate {
  const isVersion = (at: unknown) => isRecord(at) && Number.isInteger(at.version) && typeof at.readAt === 'string';
  const isTalk = (talk: unknown) =>
    talk === null ||
    (isRecord(talk) &&
      ['id', 'uid', 'title', 'start', 'end', 'room', 'description'].every((field) => typeof talk[field] === 'string') &&
      Array.isArray(talk.speakers));
  const isChange = (change: unknown) =>
    isRecord(change) &&
    typeof change.kind === 'string' &&
    typeof change.uid === 'string' &&
    Array.isArray(change.fields) &&
    isTalk(change.before) &&
    isTalk(change.after);
  return isRecord(value) && isVersion(value.from) && isVersion(value.to) && Array.isArray(value.changes) && value.changes.every(isChange);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
