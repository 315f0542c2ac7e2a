import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellWord } from '../../src/render/words.js';

describe('shellWord', () => {
  it('leaves a plain word as it is and single-quotes anything a shell would read otherwise', () => {
    expect(shellWord('late-night-film-真夜中の映画')).toBe('late-night-film-真夜中の映画');
    expect(shellWord('https://example.org/schedule.xml')).toBe('https://example.org/schedule.xml');
    expect(shellWord('a b')).toBe("'a b'");
    expect(shellWord('$(touch x)')).toBe("'$(touch x)'");
    expect(shellWord("it's")).toBe("'it'\\''s'");
    expect(shellWord('')).toBe("''");
  });

  it('is read back by a real shell as the text it quotes, running nothing', () => {
    for (const text of ["it's; rm -rf ~", '$(touch pwned) `id` "x" \\ *', 'plain-word', 'a\tb']) {
      const shell = spawnSync('sh', ['-c', `printf %s ${shellWord(text)}`], { encoding: 'utf8' });
      expect(shell.stdout).toBe(text);
    }
  });
});
