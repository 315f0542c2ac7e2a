import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { grouped, plural, shellWord } from '../../src/render/words.js';

describe('plural and grouped', () => {
  it('counts in words, with the thousands of a big count set apart', () => {
    expect([plural(1, 'talk'), plural(0, 'talk'), plural(3, 'clash', 'clashes'), plural(1530, 'talk')]).toEqual([
      '1 talk',
      '0 talks',
      '3 clashes',
      '1,530 talks',
    ]);
    expect([0, 999, 1000, 12345, 150000, 1234567].map(grouped)).toEqual(['0', '999', '1,000', '12,345', '150,000', '1,234,567']);
  });
});

describe('shellWord', () => {
  it('leaves a plain word as it is and single-quotes anything a shell would read otherwise', () => {
    expect(shellWord('late-night-film-真夜中の映画')).toBe('late-night-film-真夜中の映画');
    expect(shellWord('café-über-2019')).toBe('café-über-2019');
    expect(shellWord('K.*')).toBe("'K.*'");
    expect(shellWord('café *')).toBe("'café *'");
    expect(shellWord('https://example.org/schedule.xml')).toBe('https://example.org/schedule.xml');
    expect(shellWord('a b')).toBe("'a b'");
    expect(shellWord('$(touch x)')).toBe("'$(touch x)'");
    expect(shellWord("it's")).toBe("'it'\\''s'");
    expect(shellWord('')).toBe("''");
  });

  it('is read back by a real shell as the text it quotes, running nothing', () => {
    for (const text of ["it's; rm -rf ~", '$(touch pwned) `id` "x" \\ *', 'plain-word', 'a\tb']) {
      const shell = spawnSync('sh', ['-c', `printf %s ${shellWord(text)}`], { encoding: 'utf8', timeout: 10_000 });
      expect(shell.stdout).toBe(text);
    }
  });
});
