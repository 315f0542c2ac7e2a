/**
 * A conference's store sealed again with a new outline and search text,
 * after a command found that they no longer match it and read it whole.
 * Copying or restoring a home gives every file a new inode, which breaks
 * every seal (storeSeal.ts): without this, each command after would read
 * and check the whole store until the next update, several times the
 * work of reading its outline. A search file deleted or spoiled on its own
 * is written again the same way. And a seal made before seals held the
 * store's summary given it, for `pycon conferences` to read. A store whose
 * search text an earlier pycon folded another way (fold.ts, FOLDING), or
 * that has none, is written again first, with its talks' text folded now:
 * else every command that reads it whole would fold every talk again. So is
 * a store changed since it was sealed (edited by hand, say) whose saved text
 * no longer matches its talks: else search would find the talks as they were.
 */
import { statSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { dirname } from 'node:path';
import { savedSearchText } from '../schedule/searchIndex.js';
import { FOLDING } from '../schedule/fold.js';
import type { Store } from '../schedule/types.js';
import { writeOwnFile } from './atomicWrite.js';
import { conferenceLock } from './conferences.js';
import { loadStore, readStore, type StoreRead } from './loadStore.js';
import { type StoreContent, storeBytes } from './storeText.js';
import { type LockTaker, withLockIfFree } from './lockFile.js';
import { closeOutline, loadOutline, outlineFiles } from './storeOutline.js';
import {
  addSummary,
  isSameFile,
  outlinePath,
  type StoreSummary,
  searchPath,
  sealedSummary,
  sealStore,
  sealText,
  summaryOf,
} from './storeSeal.js';

/**
 * Seals the store read from storePath, with an outline and search text made
 * from it, when it is one pycon would seal: it matched its seal, or checking
 * it left it as it was. Only while it is still the file that was read, and
 * only under the conference's lock, taken if free and never waited for. It
 * is left for a later command when anything fails: a home that cannot be
 * written to is read whole, as before. The store to use: as sealed, its
 * search text folded anew if it was edited, else as read.
 */
export function resealStore(storePath: string, read: StoreRead, owner: LockTaker): Store {
  if (!read.sealed && !read.clean()) return read.store;
  let sealed = read.store;
  try {
    withLockIfFree(conferenceLock(dirname(storePath)), owner, () => {
      if (!isSameFile(read.stat, statSync(storePath, { bigint: true }))) return;
      const written = withSearchText(storePath, read);
      writeSealed(storePath, written);
      sealed = written.store;
    });
  } catch {
    // Left as it was, to be read whole.
  }
  return sealed;
}

/**
 * Seals PyCon US 2019 as bundled (data/pycon-2019.json), as a conference's
 * store is sealed, so that its commands read its outline and search text
 * rather than the whole store: done by the build (bin/build.js), as data/ is
 * pycon's own and no command writes there. The store ships with its search
 * text folded; one that is not, or not as this pycon folds it, is left
 * unsealed rather than rewritten. Whether it was sealed.
 */
export function sealBundledStore(storePath: string): boolean {
  const read = readStore(storePath);
  // Search text folded another way is left out when read (loadStore.ts), and sealing would then write the store.
  if (!read.clean() || read.store.searchText === undefined) return false;
  writeSealed(storePath, read);
  return true;
}

/** Writes the outline and search text of a store read whole, and seals the three together. */
function writeSealed(storePath: string, { store, text }: { store: Store; text: StoreContent }): void {
  const files = outlineFiles(store, text);
  writeOwnFile(outlinePath(storePath), files.outline);
  writeOwnFile(searchPath(storePath), files.search);
  sealStore(storePath, true, files.summary);
}

/**
 * The store read, and its text, with its talks' text folded for search as
 * this pycon folds it: written so first when it is not. A store changed
 * since pycon sealed it (edited by hand, say) may hold talks its saved text
 * no longer matches: its text is folded again, and the store written again
 * as pycon writes it when that text differs.
 */
function withSearchText(storePath: string, { store, text, sealed }: StoreRead): { store: Store; text: StoreContent } {
  const saved = store.searchText !== undefined && store.folding === FOLDING;
  if (saved && sealed) return { store, text };
  const folded = { ...store, ...savedSearchText(store.talks) };
  if (saved && isDeepStrictEqual(folded.searchText, store.searchText)) return { store, text };
  const foldedText = storeBytes(folded);
  writeOwnFile(storePath, foldedText);
  return { store: folded, text: foldedText };
}

/**
 * What `pycon conferences` lists of a conference: from its seal; else from
 * its outline (or its store), and then a seal made before seals held it is
 * given it, when the seal is still the one the outline was read under, so
 * that the next listing reads the seal alone. Only if the conference's
 * lock is free at once: otherwise it is left for the next listing.
 */
export function conferenceSummary(storePath: string, owner: LockTaker): StoreSummary {
  const sealed = sealedSummary(storePath);
  if (sealed) return sealed;
  const before = sealText(storePath);
  const outline = loadOutline(storePath, () => loadStore(storePath));
  let summary: StoreSummary;
  try {
    summary = summaryOf(outline ?? loadStore(storePath));
  } finally {
    if (outline) closeOutline(outline);
  }
  if (outline && before !== undefined) {
    try {
      withLockIfFree(conferenceLock(dirname(storePath)), owner, () => addSummary(storePath, before, summary));
    } catch {
      // Listed all the same; the seal is given it another time.
    }
  }
  return summary;
}
