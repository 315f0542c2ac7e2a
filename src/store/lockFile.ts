/**
 * A lock file beside the file it guards, so that concurrent pycon processes
 * change an itinerary one at a time. A lock left by a process that died (or
 * held impossibly long) is taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { UserError } from '../errors.js';

export interface LockOwner {
  pid: number;
  processAlive(pid: number): boolean;
  clock(): Date;
}

/** A lock older than this is stale whoever holds it: no pycon command runs this long. */
const STALE_AFTER_MS = 30_000;
const GIVE_UP_AFTER_MS = 15_000;
const RETRY_MS = 15;
/** A lock still empty this long after it was made belongs to a process that died making it. */
const HALF_WRITTEN_GRACE_MS = 2_000;

export async function withLock<T>(lockPath: string, owner: LockOwner, work: () => T): Promise<T> {
  mkdirSync(dirname(lockPath), { recursive: true });
  const started = performance.now();
  for (;;) {
    if (tryLock(lockPath, owner)) break;
    if (isStale(lockPath, owner)) {
      rmSync(lockPath, { force: true });
      continue;
    }
    if (performance.now() - started > GIVE_UP_AFTER_MS) {
      throw new UserError(`Another pycon is changing this itinerary (lock ${lockPath}); try again, or delete the lock if no pycon is running.`);
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS + Math.random() * RETRY_MS));
  }
  try {
    return work();
  } finally {
    rmSync(lockPath, { force: true });
  }
}

function tryLock(lockPath: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(lockPath, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify({ pid: owner.pid, since: owner.clock().toISOString() }));
  } finally {
    closeSync(fd);
  }
  return true;
}

function isStale(lockPath: string, owner: LockOwner): boolean {
  let holder: { pid?: unknown; since?: unknown };
  try {
    holder = JSON.parse(readFileSync(lockPath, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    return unwrittenFor(lockPath) > HALF_WRITTEN_GRACE_MS;
  }
  const since = typeof holder.since === 'string' ? Date.parse(holder.since) : NaN;
  if (!Number.isNaN(since) && owner.clock().getTime() - since > STALE_AFTER_MS) return true;
  return typeof holder.pid === 'number' && holder.pid !== owner.pid && !owner.processAlive(holder.pid);
}

/** Milliseconds since the lock file was last written, by the file system's clock. */
function unwrittenFor(lockPath: string): number {
  try {
    return Date.now() - statSync(lockPath).mtimeMs;
  } catch {
    return Infinity;
  }
}
