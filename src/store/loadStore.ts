/**
 * Reading a talk store from disk, checked (validateStore.ts) unless it still
 * matches its seal, and a store's text as pycon saves it.
 */
import type { BigIntStats } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { UserError } from '../errors.js';
import { FOLDING } from '../schedule/fold.js';
import type { Store, Talk } from '../schedule/types.js';
import { readFileAndStat, textOf } from './readFile.js';
import { storeBytes } from './storeText.js';
import { isSealed } from './storeSeal.js';
import { type OutlineFiles, outlineFiles } from './storeOutline.js';
import { corrupt, UnreadableStoreError, validateStore } from './validateStore.js';

export function loadStore(path: string): Store {
  return readStore(path).store;
}

/** A store as read from its file, with what sealing it again needs (see reseal.ts). */
export interface StoreRead {
  store: Store;
  /** The file's text, and its status when it was read. */
  text: string;
  stat: BigIntStats;
  /** The file matched its seal, and was taken as it is. */
  sealed: boolean;
  /** Whether checking the store left it as it was: a store pycon would seal. */
  clean(): boolean;
}

export function readStore(path: string): StoreRead {
  const { bytes, stat } = readFileAndStat(path, {
    what: 'talk store',
    missing: `No talk store at ${path}; check --store or PYCON_STORE, or run "npm install" to rebuild the bundled one.`,
  });
  const text = textOf(bytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw corrupt(path, 'it is not valid JSON');
  }
  if (isSealed(path, stat)) return { store: withCurrentFolding(data as Store), text, stat, sealed: true, clean: () => true };
  const store = validateStore(data, path);
  return { store, text, stat, sealed: false, clean: () => sameStore(store, withCurrentFolding(data as Store)) };
}

/**
 * The store without its search text when an earlier pycon folded it another
 * way (FOLDING): it is folded again when searched, and the store is as clean
 * as it was, the text being only a copy of its talks'.
 */
function withCurrentFolding(store: Store): Store {
  if (store.searchText === undefined || store.folding === FOLDING) return store;
  const { searchText, folding, ...rest } = store;
  return rest;
}

/**
 * A store's text as pycon saves it, checked as any store is when loaded, and
 * whether the check left it as it was: only such a store may be sealed, and
 * only it gets an outline (storeOutline.ts).
 */
export function storeFileText(store: Store, source: string): { store: Uint8Array; clean: boolean; outline?: OutlineFiles } {
  // Checked as it is in memory, which is what its text reads back as: a
  // field left undefined (that the text would drop) only makes it unclean.
  const checked = checkedAsRead(store, source);
  if (!sameStore(checked, store)) return { store: storeBytes(store), clean: false };
  // Written as checked: its parts in the order loading gives them (talks, cancelled talks, history, search text).
  const bytes = storeBytes(checked);
  return { store: bytes, clean: true, outline: outlineFiles(checked, bytes) };
}

/**
 * A store just read from a schedule, checked as a saved one is. The readers
 * make only stores that pass: one that does not is pycon's mistake, not the
 * schedule's, and is said so rather than called a damaged file.
 */
function checkedAsRead(store: Store, source: string): Store {
  try {
    return validateStore(store, source);
  } catch (error) {
    if (!(error instanceof UnreadableStoreError)) throw error;
    throw new UserError(
      `pycon read ${source} into talks it cannot keep (${error.why}), so nothing was saved; this is pycon's mistake: please report it, with the schedule.`,
    );
  }
}

/**
 * isDeepStrictEqual, talk by talk: a talk's fields are strings (and the
 * speakers' list) that cleaning returns as they were when they were clean,
 * so comparing them one by one takes a fraction of comparing the whole store.
 */
function sameStore(checked: Store, store: Store): boolean {
  const { talks, cancelled, ...rest } = checked;
  const { talks: storeTalks, cancelled: storeCancelled, ...storeRest } = store;
  return (
    sameTalks(talks, storeTalks) &&
    (cancelled === undefined ? storeCancelled === undefined : storeCancelled !== undefined && sameTalks(cancelled, storeCancelled)) &&
    isDeepStrictEqual(rest, storeRest)
  );
}

function sameTalks(checked: Talk[], talks: Talk[]): boolean {
  return checked.length === talks.length && checked.every((talk, index) => sameTalk(talk, talks[index]));
}

function sameTalk(checked: Talk, talk: Talk | undefined): boolean {
  if (talk === undefined) return false;
  const fields = Object.keys(checked) as (keyof Talk)[];
  if (Object.keys(talk).length !== fields.length) return false;
  return fields.every((field) =>
    // Cleaning keeps every speaker: a list that changed has a name that changed.
    field === 'speakers'
      ? checked.speakers.every((speaker, i) => speaker === talk.speakers[i])
      : Object.hasOwn(talk, field) && checked[field] === talk[field],
  );
}
