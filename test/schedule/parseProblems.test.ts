import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/schedule/parse.js';
import { renderProblem } from '../../src/render/problems.js';
import { repoRoot } from '../helpers/run.js';

const source = readFileSync(`${repoRoot}data/pycon-2019-talks.txt`, 'utf8');
const lines = source.split('\n');

/** The source with one line replaced, as a user's typo would leave it. */
function withLine(lineNumber: number, replace: (line: string) => string): string {
  return lines.map((line, i) => (i === lineNumber - 1 ? replace(line) : line)).join('\n');
}

function problemsOf(text: string | Uint8Array): string[] {
  const result = parseSource(text);
  expect(result.store).toBeUndefined();
  return result.problems.map((problem) => renderProblem('pycon-2019-talks.txt', problem));
}

describe('problems in a source file', () => {
  it('reports an unknown weekday with its line and the weekdays expected', () => {
    expect(lines[36]).toBe('Saturday 12:10 p.m.–12:55 p.m. in Grand Ballroom C');
    expect(problemsOf(withLine(37, (l) => l.replace('Saturday', 'Caturday')))).toEqual([
      'pycon-2019-talks.txt:37:1: unknown weekday "Caturday" (expected Friday, Saturday or Sunday)',
    ]);
  });

  it('reports an unreadable time at its column', () => {
    expect(problemsOf(withLine(37, (l) => l.replace('12:55 p.m.', '13:75 p.m.')))).toEqual([
      'pycon-2019-talks.txt:37:21: unreadable time "13:75 p.m." (write times as 10:50 a.m., 4 p.m. or noon)',
    ]);
  });

  it('reports a slot line without a room', () => {
    expect(problemsOf(withLine(37, (l) => l.replace(' in Grand Ballroom C', '')))).toEqual([
      'pycon-2019-talks.txt:37:31: the slot line has no room (end it with " in <room>", for example " in Grand Ballroom C")',
    ]);
  });

  it('reports an end that is not after the start', () => {
    expect(problemsOf(withLine(37, (l) => l.replace('12:55 p.m.', '12:05 p.m.')))).toEqual([
      'pycon-2019-talks.txt:37:21: the talk ends at 12:05 p.m., not after it starts at 12:10 p.m. (check the times on this line)',
    ]);
  });

  it('reports two talks overlapping in one room', () => {
    const moved = withLine(51, (l) =>
      l.replace('Saturday 5:10 p.m.–5:40 p.m. in Grand Ballroom C', 'Saturday 12:30 p.m.–1 p.m. in Grand Ballroom C'),
    );
    const problems = problemsOf(moved);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^pycon-2019-talks\.txt:51:1: ".+" overlaps "Advanced asyncio: Solving Real-world Production Problems" \(line 37\) in Grand Ballroom C \(/,
    );
  });

  it('reports a talk without a description', () => {
    const text = [
      'First',
      '',
      'Ann',
      'Friday 10 a.m.–10:30 a.m. in Room 1',
      '',
      'Second',
      '',
      'Bob',
      'Friday 11 a.m.–11:30 a.m. in Room 1',
      '',
      'Two.',
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      'pycon-2019-talks.txt:4:1: "First" has no description (add a one-paragraph description after a blank line below the slot line)',
    ]);
  });

  it('reports a talk without a title', () => {
    const text = [
      'First',
      '',
      'Ann',
      'Friday 10 a.m.–10:30 a.m. in Room 1',
      '',
      'A description that is long enough to read as one, since it goes on and on about the talk and what it covers, well past any title.',
      '',
      'Bob',
      'Friday 11 a.m.–11:30 a.m. in Room 1',
      '',
      'Two.',
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      'pycon-2019-talks.txt:8:1: a talk has no title (put its title on a line of its own, then a blank line, above the speakers)',
    ]);
  });

  it('reports an empty file', () => {
    expect(problemsOf('')).toEqual([
      'pycon-2019-talks.txt:1:1: the file is empty (it should hold talks: a title, speakers, a slot line and a description each)',
    ]);
    expect(problemsOf('\n  \n')).toHaveLength(1);
  });

  it('reports a file that is not UTF-8, at the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('Title\n\nAnn B'), Buffer.from([0xe9]), Buffer.from('langer\n')]);
    expect(problemsOf(bytes)).toEqual(['pycon-2019-talks.txt:3:6: the file is not UTF-8 text (save it as UTF-8 and try again)']);
  });

  it('reports a binary file', () => {
    expect(problemsOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual([
      'pycon-2019-talks.txt:1:5: the file is binary, not text (give pycon parse the talk list as UTF-8 text)',
    ]);
  });

  it('reports text with no talks in it', () => {
    expect(problemsOf('just some words\n\nand more')).toEqual([
      'pycon-2019-talks.txt:1:1: no talks found (each talk needs a slot line such as "Saturday 12:10 p.m.–12:55 p.m. in Grand Ballroom C")',
    ]);
  });

  it('lists every problem in line order', () => {
    let text = withLine(37, (l) => l.replace('Saturday', 'Caturday'));
    text = text
      .split('\n')
      .map((l, i) => (i === 8 ? l.replace('3 p.m.', '3 x.m.') : l))
      .join('\n');
    expect(problemsOf(text).map((p) => p.split(':').slice(0, 2).join(':'))).toEqual(['pycon-2019-talks.txt:9', 'pycon-2019-talks.txt:37']);
  });
});

/** What parseSource reports when its own code threw: a bug, never an answer. */
function internalErrors(problems: { message: string }[]): string[] {
  return problems.map((problem) => problem.message).filter((message) => message.startsWith('the file could not be read'));
}

describe('the parser on arbitrary input', () => {
  it('never throws, and returns either a store or problems', () => {
    const fragments = fc.constantFrom(
      '\n',
      '\n\n',
      'Friday ',
      'Caturday ',
      '10:50 a.m.',
      '–',
      'noon',
      ' in Room 1',
      'Ann, Bob',
      '[x](',
      '&nbsp;',
      'é',
      '\r\n',
      'Title',
      '13:75 p.m.',
    );
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.array(fragments, { maxLength: 60 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const result = parseSource(input);
        expect(result.store !== undefined || result.problems.length > 0).toBe(true);
        expect(internalErrors(result.problems)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const result = parseSource(bytes);
        expect(result.store !== undefined || result.problems.length > 0).toBe(true);
        expect(internalErrors(result.problems)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
