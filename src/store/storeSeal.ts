/**
 * The seal beside a store pycon saved (`store.json.seal`): which file the
 * store was when pycon wrote it and found it clean, by its device, inode,
 * size and change time. Checking every talk of a store takes 30 ms on a
 * conference of 1,500 talks; a store that still matches its seal is the one
 * that was checked, and is read as it is. Any later change to the file (an
 * edit, a copy over it, a restore) gives it a new change time or inode, so
 * the seal no longer matches and the store is checked and cleaned as any
 * store is.
 */
import { type BigIntStats, readFileSync, rmSync, statSync } from 'node:fs';
import { STORE_SCHEMA_VERSION } from '../schedule/types.js';
import { writeFileAtomic } from './atomicWrite.js';

function sealPath(storePath: string): string {
  return `${storePath}.seal`;
}

/** Made with the schema version, so that a pycon that reads stores differently checks them again. */
function sealText(stat: BigIntStats): string {
  const { dev, ino, size, ctimeNs } = stat;
  return `${JSON.stringify({ schemaVersion: STORE_SCHEMA_VERSION, dev: String(dev), ino: String(ino), size: String(size), ctimeNs: String(ctimeNs) })}\n`;
}

/** Seals the store now at storePath, which pycon has just written and found clean. */
export function sealStore(storePath: string): void {
  writeFileAtomic(sealPath(storePath), sealText(statSync(storePath, { bigint: true })));
}

export function breakSeal(storePath: string): void {
  rmSync(sealPath(storePath), { force: true });
}

/** Whether the store read with this status is the one its seal was made for. */
export function isSealed(storePath: string, stat: BigIntStats): boolean {
  try {
    return readFileSync(sealPath(storePath), 'latin1') === sealText(stat);
  } catch {
    return false;
  }
}
