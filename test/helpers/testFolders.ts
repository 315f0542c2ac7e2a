/**
 * The temporary folder each test run works in (test/globalSetup.ts), named
 * after the run's process: a run that is killed cannot remove its own, so
 * the next run removes the folders of runs that have ended.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { processAlive } from '../../src/context.js';

const PREFIX = 'pycon-tests-';

/** A new folder in `parent` for the run of process `pid`. */
export function makeRunFolder(parent: string, pid = process.pid): string {
  return mkdtempSync(join(parent, `${PREFIX}${pid}-`));
}

/** Removes the folders in `parent` of runs whose process has ended; a running one's, and anything else, stay. */
export function removeEndedRunFolders(parent: string): void {
  for (const name of readdirSync(parent)) {
    const pid = name.startsWith(PREFIX) ? /^(\d+)-/.exec(name.slice(PREFIX.length))?.[1] : undefined;
    if (pid !== undefined && !processAlive(Number(pid))) rmSync(join(parent, name), { recursive: true, force: true });
  }
}
