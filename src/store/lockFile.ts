/**
 * A lock file beside the file it guards, so that concurrent pycon processes
 * change an itinerary one at a time, each waiting its turn.
 *
 * Taking the lock: a file holding {pid, host, since, token} is written in
 * full under a name of its own, then hard-linked to the lock's name. link()
 * fails when that name exists, so a lock appears once, and whole.
 *
 * Taking over the lock of a process that died (same host, pid not running)
 * is the hard part: judging a lock stale and removing it are two steps, and
 * between them its holder may release it and another process take it. So a
 * takeover runs under a second lock, `<lock>.takeover`, taken the same way.
 * Under it the lock is read again and removed only if it is still the one
 * judged stale (its random token makes its content unique). Nothing else can
 * change the lock between that read and the removal: its dead holder cannot
 * release it, and anyone else who removes locks holds the takeover lock.
 *
 * The takeover lock is held for those two synchronous calls alone; one left
 * by a process killed inside them is cleared once TAKEOVER_STALE_MS old. A
 * lock whose holder still runs (or runs on another host) is never taken
 * over: a writer waits for it, and after `waitMs` says what to do.
 */
import { linkSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { makeFolder } from './atomicWrite.js';
import { fileProblem } from './fileProblem.js';

export interface LockOwner {
  pid: number;
  hostname(): string;
  processAlive(pid: number): boolean;
  clock(): Date;
  /** How long to wait for a live holder before giving up. */
  waitMs: number;
}

/** What a lock file says of its holder. */
export type LockTaker = Pick<LockOwner, 'pid' | 'hostname' | 'clock'>;

interface Holder {
  pid?: unknown;
  host?: unknown;
  since?: unknown;
}

const RETRY_MS = 10;
const TAKEOVER_STALE_MS = 5_000;
/** Far longer than writing and linking a lock takes: a candidate this old was left by a process killed in between. */
const CANDIDATE_STALE_MS = 60_000;

/** Runs `work` holding the lock; `what` names the guarded thing in messages (`itinerary default`). */
export async function withLock<T>(lockPath: string, owner: LockOwner, what: string, work: () => T): Promise<T> {
  makeFolder(dirname(lockPath));
  const started = monotonicMs();
  for (;;) {
    const seen = tryLock(lockPath, owner);
    if (seen === undefined) break;
    if (isDead(seen, owner) && takeOver(lockPath, seen, owner)) continue;
    if (monotonicMs() - started > owner.waitMs) throw busy(lockPath, seen, what, owner.waitMs);
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS + Math.random() * RETRY_MS));
  }
  try {
    removeOldCandidates(lockPath);
    return work();
  } finally {
    rmSync(lockPath, { force: true });
  }
}

/**
 * Runs `work` holding the lock if no one holds it now, and gives what it
 * returned; undefined, without waiting, when someone does. For work that
 * may as well be left to a later run.
 */
export function withLockIfFree<T>(lockPath: string, owner: LockTaker, work: () => T): T | undefined {
  if (tryLock(lockPath, owner) !== undefined) return undefined;
  try {
    return work();
  } finally {
    rmSync(lockPath, { force: true });
  }
}

/** A clock that never goes back; process.hrtime, as perf_hooks costs a millisecond to load at start-up. */
function monotonicMs(): number {
  return Number(process.hrtime.bigint() / 1_000_000n);
}

/** Takes the lock and returns undefined, or returns the content of the lock someone else holds. */
function tryLock(lockPath: string, owner: LockTaker): string | undefined {
  const candidate = `${lockPath}.${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  const content = JSON.stringify({
    pid: owner.pid,
    host: owner.hostname(),
    since: owner.clock().toISOString(),
    token: basename(candidate),
  });
  try {
    writeFileSync(candidate, content, { flag: 'wx', mode: 0o644 });
  } catch (error) {
    // On a full disk the file is made and its content not written: it goes, and the message names the lock.
    rmSync(candidate, { force: true });
    throw fileProblem(error, lockPath, 'create the lock file');
  }
  try {
    linkSync(candidate, lockPath);
    return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw fileProblem(error, lockPath, 'create the lock file');
    return readOrEmpty(lockPath);
  } finally {
    rmSync(candidate, { force: true });
  }
}

/** The lock's content; empty when it is already gone (the next try takes it). */
function readOrEmpty(lockPath: string): string {
  try {
    return readFileSync(lockPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw fileProblem(error, lockPath, 'read the lock file');
  }
}

function parseHolder(content: string): Holder {
  try {
    const holder: unknown = JSON.parse(content);
    return typeof holder === 'object' && holder !== null ? (holder as Holder) : {};
  } catch {
    return {};
  }
}

/** Whether the lock's holder is a process of this host that no longer runs (a lock that names no host is from an older pycon, of this host). */
function isDead(content: string, owner: LockOwner): boolean {
  if (content === '') return false;
  const holder = parseHolder(content);
  if ((holder.host !== undefined && holder.host !== owner.hostname()) || typeof holder.pid !== 'number') return false;
  return holder.pid !== owner.pid && !owner.processAlive(holder.pid);
}

/** Removes the lock if it still holds `judged`, under the takeover lock (see the top of this file); true if it did. */
function takeOver(lockPath: string, judged: string, owner: LockOwner): boolean {
  const guard = `${lockPath}.takeover`;
  if (tryLock(guard, owner) !== undefined) {
    if (ageOf(guard) > TAKEOVER_STALE_MS) rmSync(guard, { force: true });
    return false;
  }
  try {
    if (readOrEmpty(lockPath) !== judged) return false;
    unlinkSync(lockPath);
    return true;
  } finally {
    rmSync(guard, { force: true });
  }
}

/** Lock candidates left by processes killed between writing and linking them. */
function removeOldCandidates(lockPath: string): void {
  const prefix = `${basename(lockPath)}.`;
  for (const name of readdirSync(dirname(lockPath))) {
    const path = join(dirname(lockPath), name);
    if (name.startsWith(prefix) && name !== `${prefix}takeover` && ageOf(path) > CANDIDATE_STALE_MS) rmSync(path, { force: true });
  }
}

function ageOf(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function busy(lockPath: string, content: string, what: string, waitMs: number): UserError {
  const holder = parseHolder(content);
  const who =
    typeof holder.pid === 'number'
      ? `pycon (process ${holder.pid}${typeof holder.host === 'string' ? ` on ${holder.host}` : ''})`
      : 'pycon';
  return new UserError(
    `Another ${who} is still changing ${what} after ${waitMs / 1000} s; nothing was changed, so try again, or if no pycon is running, delete ${lockPath}.`,
  );
}
