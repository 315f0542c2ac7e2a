/**
 * Runs a pager, loaded only when output is paged. It imports 'child_process'
 * by its plain name: the build stands 'node:child_process' in for commander,
 * which would otherwise load it at every start (see bin/build.js).
 */
// biome-ignore lint/style/useNodejsImportProtocol: the plain name is the one the build leaves alone.
import { spawn } from 'child_process';

/**
 * Runs a pager through the shell, as git does (so PAGER="less -S" works),
 * with git's defaults for less (LESS=FRX) unless the user set their own.
 * Ctrl-C is the pager's while it runs. False when the shell or the command
 * could not be started (exit 126 or 127).
 */
export async function runPager(command: string, text: string, env: Record<string, string | undefined>): Promise<boolean> {
  const ignore = () => {};
  process.on('SIGINT', ignore);
  try {
    return await new Promise<boolean>((resolve) => {
      const child = spawn('/bin/sh', ['-c', command], {
        stdio: ['pipe', 'inherit', 'inherit'],
        env: { ...env, LESS: env.LESS ?? 'FRX', LV: env.LV ?? '-c' },
      });
      child.on('error', () => resolve(false));
      child.on('close', (code) => resolve(code !== 126 && code !== 127));
      // Quitting the pager before the end closes its input: not an error.
      child.stdin.on('error', ignore);
      child.stdin.end(text);
    });
  } finally {
    process.off('SIGINT', ignore);
  }
}
