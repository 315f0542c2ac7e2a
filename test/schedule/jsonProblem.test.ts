import { describe, expect, it } from 'vitest';
import { jsonProblem } from '../../src/schedule/jsonProblem.js';

describe('where JSON first goes wrong', () => {
  const wrong: [string, number, string][] = [
    ['{"a": 1,}', 8, 'expected a member name in double quotes, found "}"'],
    ["{'a': 1}", 1, `expected a member name in double quotes, found "'"`],
    ['{name: 1}', 1, 'expected a member name in double quotes, found "name"'],
    ['[1, 2,]', 6, 'expected a value, found "]"'],
    ['{"a" 1}', 5, 'expected ":" after a member name, found "1"'],
    ['{"a": 1 "b": 2}', 8, `expected "," or "}", found '"'`],
    ['[1 2]', 3, 'expected "," or "]", found "2"'],
    ['[1] x', 4, 'expected nothing after the JSON document, found "x"'],
    ['{"a": tru}', 6, 'expected a value, found "tru"'],
    ['{"a": \u00e9}', 6, 'expected a value, found U+00E9'],
    ['{"a": "x\ny"}', 8, 'a string runs on past the end of its line'],
    ['{"a": "x\u0007"}', 8, 'a string holds a control character, which JSON writes as a \\u escape'],
    ['{"a": "\\x"}', 7, 'a string holds the unknown escape "\\x"'],
    ['{"a": "\\u12G4"}', 7, 'a string holds a \\u escape without four hex digits'],
    ['{"a": 01}', 6, 'the number "01" is malformed'],
    ['{"a": -}', 6, 'the number "-" is malformed'],
    ['{"a": 1.e5}', 6, 'the number "1.e5" is malformed'],
    ['{"a": 9,}', 8, 'expected a member name in double quotes, found "}"'],
    ['{"a\u0001": 1}', 3, 'a string holds a control character, which JSON writes as a \\u escape'],
    ['{"a": "\\u12"}', 7, 'a string holds a \\u escape without four hex digits'],
  ];
  it.each(wrong)('%j: at %i, %s', (text, at, said) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonProblem(text)).toEqual({ at, said });
  });

  const cutShort: [string, number][] = [
    ['{"a": "abc', 1],
    ['[1, 2.', 1],
    ['[tr', 1],
    ['"\\u00', 0],
    ['{"a": [1, {"b": ', 3],
    ['{"a"', 1],
    ['{"sched', 1],
    ['{"a": "x\\', 1],
    ['{"a": "\\u12', 1],
  ];
  it.each(cutShort)('%j: cut short with %i brackets open', (text, open) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonProblem(text)).toEqual({ cutShort: true, open });
  });

  it('finds nothing wrong in valid JSON, and survives any depth of nesting', () => {
    const valid = '{"a": [1, -2.5e3, "x\\n\\u00e9", true, false, null, {}], "b": {"c": []}}';
    expect(JSON.parse(valid)).toBeTruthy();
    expect(jsonProblem(valid)).toBeUndefined();
    expect(jsonProblem('['.repeat(200_000))).toEqual({ cutShort: true, open: 200_000 });
    expect(jsonProblem(`${'['.repeat(200_000)}}`)).toEqual({ at: 200_000, said: 'expected a value, found "}"' });
  });
});
