/** Runs the installed command in a child process, exactly as a user's shell would. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { makeHome, repoRoot } from './run.js';

export const binPath = join(repoRoot, 'bin', 'pycon.js');

/**
 * A command still running after this long has hung: pycon, or a program a
 * test runs with it (a shell, khal, calcurse). It is killed, and its test
 * fails on the exit code, rather than holding the whole run (a test's own
 * timeout cannot stop a synchronous spawn).
 */
export const HUNG_AFTER_MS = 60_000;

/**
 * The time limit of a test that starts pycon a dozen times or more, one
 * after another: about 2 s on an idle 2-core machine, but a start can take
 * half a second on a loaded one, past vitest's 5 s for the whole test.
 */
export const MANY_STARTS_MS = 30_000;

export function spawnPycon(args: string[], env: Record<string, string> = {}, options: { input?: string; timeout?: number } = {}) {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    encoding: 'utf8',
    timeout: HUNG_AFTER_MS,
    ...options,
    env: { PATH: process.env.PATH ?? '', HOME: makeHome(), PYCON_HOME: makeHome(), ...env },
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}
