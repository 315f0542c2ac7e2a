/**
 * The temporary folder each test run works in (test/globalSetup.ts), named
 * after the run's process: a run that is killed cannot remove its own, so
 * the next run removes the folders of runs that have ended.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const PREFIX = 'pycon-tests-';

/** A new folder in `parent` for the run of process `pid`. */
export function makeRunFolder(parent: string, pid = process.pid): string {
  return mkdtempSync(join(parent, `${PREFIX}${pid}-`));
}

/** Removes the folders in `parent` of runs whose process has ended; a running one's, and anything else, stay. */
export function removeEndedRunFolders(parent: string): void {
  for (const name of readdirSync(parent)) {
    const pid = /^pycon-tests-(\d+)-/.exec(name)?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
