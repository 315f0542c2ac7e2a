/** The tests' own temporary folders (test/globalSetup.ts): a killed run's is removed by the next run. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRunFolder, removeEndedRunFolders } from './helpers/testFolders.js';
import { makeHome } from './helpers/run.js';

describe("the tests' temporary folders", () => {
  it('are removed once their run has ended, while a running one and any other folder stay', () => {
    const parent = makeHome();
    const ended = spawnSync(process.execPath, ['-e', '0']).pid as number;
    const endedRun = makeRunFolder(parent, ended);
    mkdirSync(join(endedRun, 'home'));
    const running = makeRunFolder(parent);
    const other = join(parent, `pycon-tests-${ended}`);
    mkdirSync(other);
    removeEndedRunFolders(parent);
    expect([existsSync(endedRun), existsSync(running), existsSync(other)]).toEqual([false, true, true]);
    expect(readdirSync(parent)).toHaveLength(2);
  });
});
