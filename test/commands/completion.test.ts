import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';

async function bashCompletes(words: string[]): Promise<string[]> {
  const script = join(mkdtempSync(join(tmpdir(), 'pycon-completion-')), 'pycon.bash');
  writeFileSync(script, (await run(['completion', 'bash'])).stdout);
  const quoted = words.map((word) => `'${word.replace(/'/g, `'\\''`)}'`).join(' ');
  const probe = `source '${script}'; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _pycon; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const result = spawnSync('bash', ['-c', probe], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter((line) => line !== '');
}

describe('pycon completion', () => {
  it('completes commands in bash: pycon ti<TAB>', async () => {
    expect(await bashCompletes(['pycon', 'ti'])).toEqual(['timetable']);
    expect(await bashCompletes(['pycon', 's'])).toEqual(['search', 'show', 'speakers', 'speaker']);
  });

  it('completes days after timetable: pycon timetable <TAB>', async () => {
    expect(await bashCompletes(['pycon', 'timetable', ''])).toEqual(['friday', 'saturday', 'sunday', 'today', 'tomorrow', '2019-05-03', '2019-05-04', '2019-05-05']);
  });

  it('completes flags, and quoted room names after --room', async () => {
    expect(await bashCompletes(['pycon', 'search', '--r'])).toEqual(['--room']);
    expect(await bashCompletes(['pycon', 'talks', '--room', 'grand ballroom'])).toEqual(["'Grand Ballroom A'", "'Grand Ballroom B'", "'Grand Ballroom C'"]);
    expect(await bashCompletes(['pycon', 'talks', '--room', "'Room"])).toEqual(["'Room 26A/B/C'"]);
  });

  it('prints zsh and fish scripts naming every command', async () => {
    for (const shell of ['zsh', 'fish']) {
      const { stdout, code } = await run(['completion', shell]);
      expect(code).toBe(0);
      for (const command of ['search', 'timetable', 'itinerary', 'completion']) expect(stdout).toContain(command);
      expect(stdout).toContain("'Room 26A/B/C'");
    }
  });

  it('rejects an unknown shell as a usage error', async () => {
    expect(await run(['completion', 'tcsh'])).toEqual({ stdout: '', stderr: 'pycon: pycon completes for bash, zsh, fish, not "tcsh"; try "pycon completion bash".\n', code: 2 });
  });
});
