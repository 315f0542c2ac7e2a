/** Builds dist/ once before the tests, as `npm run build` does. */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  // A build still running after five minutes has hung; bin/build.js stops its own hung steps sooner.
  const build = spawnSync(process.execPath, [join(root, 'bin', 'build.js')], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  if (build.status !== 0) throw new Error(`npm run build failed${build.error ? ` (${build.error.message})` : ''}:\n${build.stderr}`);
}
