/**
 * The seal beside a store pycon saved (`store.json.seal`): which file the
 * store was when pycon wrote it and found it clean, by its device, inode,
 * size and change time. Checking every talk of a store takes 30 ms on a
 * conference of 1,500 talks; a store that still matches its seal is the one
 * that was checked, and is read as it is. Any later change to the file (an
 * edit, a copy over it, a restore) gives it a new change time or inode, so
 * the seal no longer matches and the store is checked and cleaned as any
 * store is; a conference's store that the check leaves as it was is then
 * sealed again (reseal.ts).
 *
 * The seal also names the store's outline (`store.outline.json`) and its
 * search text (`store.search.txt`), see storeOutline.ts, written with it:
 * they are trusted only while the files are the ones the seal was made for.
 * It holds the store's summary too, which `pycon conferences` lists.
 */
import { type BigIntStats, closeSync, readFileSync, rmSync, statSync } from 'node:fs';
import { FOLDING } from '../schedule/fold.js';
import { type Conference, STORE_SCHEMA_VERSION, type Store } from '../schedule/types.js';
import { writeOwnFile } from './atomicWrite.js';
import { openToRead, textOf } from './readFile.js';
import { storeText } from './storeText.js';

export function sealPath(storePath: string): string {
  return `${storePath}.seal`;
}

export function outlinePath(storePath: string): string {
  return storePath.replace(/(\.json)?$/, '.outline.json');
}

/** The store's search text, written and sealed with its outline (searchFile.ts). */
export function searchPath(storePath: string): string {
  return storePath.replace(/(\.json)?$/, '.search.txt');
}

/** Where the search text was kept as JSON before: nothing reads it, and making or breaking a seal removes it. */
function formerSearchPath(storePath: string): string {
  return storePath.replace(/(\.json)?$/, '.search.json');
}

interface FileIdentity {
  dev: string;
  ino: string;
  size: string;
  ctimeNs: string;
}

function identityOf({ dev, ino, size, ctimeNs }: BigIntStats): FileIdentity {
  return { dev: String(dev), ino: String(ino), size: String(size), ctimeNs: String(ctimeNs) };
}

function sameFile(identity: unknown, stat: BigIntStats): boolean {
  const expected = identityOf(stat);
  if (typeof identity !== 'object' || identity === null) return false;
  const given = identity as Record<string, unknown>;
  return given.dev === expected.dev && given.ino === expected.ino && given.size === expected.size && given.ctimeNs === expected.ctimeNs;
}

/**
 * What `pycon conferences` lists of a store, kept in its seal so that
 * listing needs neither the store nor its outline.
 */
export interface StoreSummary {
  conference: Pick<Conference, 'name' | 'title' | 'days' | 'timezone'>;
  talks: number;
  rooms: number;
}

export function summaryOf(store: Store): StoreSummary {
  const { name, title, days, timezone } = store.conference;
  return { conference: { name, title, days, timezone }, talks: store.talks.length, rooms: store.rooms.length };
}

/**
 * What an outline holds, as this pycon writes it. An outline sealed under
 * another (such as one written before it held what `days`, `rooms` and
 * `speakers` list, or the talks' slots) is not read: the first command
 * reads the store whole, and writes its outline anew.
 */
const OUTLINE_LAYOUT = 3;

/**
 * Seals the store now at storePath, which pycon has just written and found
 * clean, and its outline when pycon has just written that too, with the
 * store's summary when given. Made with the schema version and the way
 * search text is folded, so that a pycon that reads stores differently, or
 * folds their search text another way, checks them again and makes their
 * outline and search text anew.
 */
export function sealStore(storePath: string, withOutline: boolean, summary?: StoreSummary): void {
  const seal = {
    schemaVersion: STORE_SCHEMA_VERSION,
    folding: FOLDING,
    store: identityOf(statSync(storePath, { bigint: true })),
    ...(withOutline
      ? {
          outline: identityOf(statSync(outlinePath(storePath), { bigint: true })),
          outlineLayout: OUTLINE_LAYOUT,
          search: identityOf(statSync(searchPath(storePath), { bigint: true })),
        }
      : {}),
    ...(summary ? { summary } : {}),
  };
  writeOwnFile(sealPath(storePath), storeText(seal, 0));
  if (withOutline) rmSync(formerSearchPath(storePath), { force: true });
}

/**
 * The summary sealed with the store now at storePath, while the store is the
 * file it was sealed with: also from a seal made with search text folded
 * another way, which a summary does not hold.
 */
export function sealedSummary(storePath: string): StoreSummary | undefined {
  const seal = readSeal(storePath, sealText(storePath), { anyFolding: true });
  if (!seal || !isSummary(seal.summary)) return undefined;
  try {
    return sameFile(seal.store, statSync(storePath, { bigint: true })) ? seal.summary : undefined;
  } catch {
    return undefined;
  }
}

function isSummary(value: unknown): value is StoreSummary {
  if (typeof value !== 'object' || value === null) return false;
  const { conference, talks, rooms } = value as Record<string, unknown>;
  if (typeof conference !== 'object' || conference === null) return false;
  const { name, title, days, timezone } = conference as Record<string, unknown>;
  return (
    [name, title, timezone].every((field) => typeof field === 'string') &&
    Array.isArray(days) &&
    days.every((day) => typeof day === 'string') &&
    Number.isInteger(talks) &&
    Number.isInteger(rooms)
  );
}

export function breakSeal(storePath: string): void {
  rmSync(sealPath(storePath), { force: true });
  rmSync(outlinePath(storePath), { force: true });
  rmSync(searchPath(storePath), { force: true });
  rmSync(formerSearchPath(storePath), { force: true });
}

/** The seal's fields, when this pycon's schema version made it and, unless `anyFolding`, with search text folded as this pycon folds it. */
function readSeal(storePath: string, text = sealText(storePath), { anyFolding = false } = {}): Record<string, unknown> | undefined {
  try {
    const seal: unknown = JSON.parse(text ?? '');
    if (typeof seal !== 'object' || seal === null) return undefined;
    const fields = seal as Record<string, unknown>;
    return fields.schemaVersion === STORE_SCHEMA_VERSION && (anyFolding || fields.folding === FOLDING) ? fields : undefined;
  } catch {
    return undefined;
  }
}

/** The seal's text, or undefined when there is none. Written in ASCII (storeText), but decoded as UTF-8 where an earlier pycon wrote a title so. */
export function sealText(storePath: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openToRead(sealPath(storePath));
    return textOf(readFileSync(fd));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Adds the summary to a seal made without one (by a pycon before seals held
 * them), when the seal is still `before`, the text it had when the summary
 * was read from the outline it sealed.
 */
export function addSummary(storePath: string, before: string, summary: StoreSummary): void {
  const seal = readSeal(storePath, before);
  if (!seal || seal.summary !== undefined || sealText(storePath) !== before) return;
  writeOwnFile(sealPath(storePath), storeText({ ...seal, summary }, 0));
}

/** Whether the store read with this status is the one its seal was made for. */
export function isSealed(storePath: string, stat: BigIntStats): boolean {
  return sameFile(readSeal(storePath)?.store, stat);
}

/**
 * Whether the outline read with this status was sealed with the store now at
 * storePath: both files are still the ones the seal was made for. Gives the
 * store's status, to know the store again when it is read later.
 */
export function sealedOutlineStore(storePath: string, outlineStat: BigIntStats): BigIntStats | undefined {
  const seal = readSeal(storePath);
  if (!seal || seal.outlineLayout !== OUTLINE_LAYOUT || !sameFile(seal.outline, outlineStat)) return undefined;
  try {
    const storeStat = statSync(storePath, { bigint: true });
    return sameFile(seal.store, storeStat) ? storeStat : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the search text read with this status was sealed with the store
 * whose status is storeStat: `replaced` when the seal is now another
 * store's (an update came in between), `unsealed` when the search file is
 * not the one sealed.
 */
export function searchSeal(storePath: string, storeStat: BigIntStats, searchStat: BigIntStats): 'sealed' | 'unsealed' | 'replaced' {
  const seal = readSeal(storePath);
  if (!seal || !sameFile(seal.store, storeStat)) return 'replaced';
  return sameFile(seal.search, searchStat) ? 'sealed' : 'unsealed';
}

/** Whether two statuses are of one file, unchanged in between. */
export function isSameFile(a: BigIntStats, b: BigIntStats): boolean {
  return sameFile(identityOf(a), b);
}
