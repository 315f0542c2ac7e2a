/**
 * Builds dist/ once before the tests, as `npm run build` does, and gives the
 * tests a temporary folder of their own (TMPDIR, which os.tmpdir() reads and
 * the test processes inherit), removed with everything in it when they end:
 * the homes, copies and calendars a run makes are not left behind in /tmp.
 * A run that was killed left its folder: the next run removes it.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRunFolder, removeEndedRunFolders } from './helpers/testFolders.js';

export default function setup(): () => void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  // A build still running after five minutes has hung; bin/build.js stops its own hung steps sooner.
  const build = spawnSync(process.execPath, [join(root, 'bin', 'build.js')], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  if (build.status !== 0) throw new Error(`npm run build failed${build.error ? ` (${build.error.message})` : ''}:\n${build.stderr}`);
  removeEndedRunFolders(tmpdir());
  const folder = makeRunFolder(tmpdir());
  const before = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(folder, { recursive: true, force: true });
  };
}
