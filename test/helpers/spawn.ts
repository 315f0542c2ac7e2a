/** Runs the installed command in a child process, exactly as a user's shell would. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { makeHome, repoRoot } from './run.js';

export const binPath = join(repoRoot, 'bin', 'pycon.js');

export function spawnPycon(args: string[], env: Record<string, string> = {}, options: { input?: string; timeout?: number } = {}) {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    encoding: 'utf8',
    ...options,
    env: { PATH: process.env.PATH ?? '', HOME: makeHome(), PYCON_HOME: makeHome(), ...env },
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}
