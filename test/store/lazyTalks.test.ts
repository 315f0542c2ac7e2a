import { mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Talk } from '../../src/schedule/types.js';
import { type FileInParts, fileInParts } from '../../src/store/fileInParts.js';
import { lazyTalks } from '../../src/store/lazyTalks.js';
import { talkLinesIn } from '../../src/store/outlineLayout.js';

const written = [
  { id: 'a', uid: 'u-a', title: 'Alpha' },
  { id: 'b', uid: 'u-b', title: 'Beta' },
  { id: 'c', uid: 'u-c', title: 'Gamma' },
  { id: 'd', uid: 'u-d', title: 'Delta' },
];

/** Talks laid out as an outline writes them: after a heading, a line each, the list closed on the line after. */
function listBytes(lines: string[]): { file: FileInParts; from: number; lengths: number[] } {
  const text = `{"rooms":[],"talks":[\n${lines.map((line) => `${line}\n`).join(',')}]}\n`.replaceAll('\n,', ',\n');
  return { file: partsOf(text), from: text.indexOf('\n') + 1, lengths: lines.map((line) => line.length) };
}

/**
 * The text written to a file of its own, opened to be read in parts, and its
 * first line read as an outline's is: a file this small is then read whole,
 * and its lines are cut from the bytes kept.
 */
function partsOf(text: string): FileInParts {
  const path = join(mkdtempSync(join(tmpdir(), 'pycon-lines-')), 'outline.json');
  writeFileSync(path, text, 'latin1');
  const file = fileInParts(openSync(path, 'r'), Buffer.byteLength(text, 'latin1'));
  file.firstLine();
  return file;
}

function lazy(lines = written.map((talk) => JSON.stringify(talk))) {
  const { file, from, lengths } = listBytes(lines);
  const parsed: string[] = [];
  const list = talkLinesIn(file, from, lengths);
  if (!list) throw new Error('not laid out a talk a line');
  return {
    ...lazyTalks(
      list,
      (talk) => parsed.push(talk.id),
      () => new Error('spoiled'),
    ),
    parsed,
  };
}

describe('talks parsed when first asked for', () => {
  it('parses a talk only when it is asked for, and only once', () => {
    const { talks, parsed } = lazy();
    expect(talks.length).toBe(4);
    expect(parsed).toEqual([]);
    const second = talks[1];
    expect(second?.title).toBe('Beta');
    expect(talks[1]).toBe(second);
    expect(parsed).toEqual(['b']);
    expect(talks[4]).toBeUndefined();
  });

  it('is a whole array to filter, for…of, spread, keys and JSON, keeping the talks parsed before', () => {
    const { talks, parsed } = lazy();
    const third = talks[2] as Talk;
    expect(Array.isArray(talks)).toBe(true);
    expect(talks.filter((talk) => talk.id !== 'a').map((talk) => talk.id)).toEqual(['b', 'c', 'd']);
    expect(parsed).toEqual(['c', 'a', 'b', 'd']);
    expect([...talks][2]).toBe(third);
    expect(Object.keys(talks)).toEqual(['0', '1', '2', '3']);
    expect(JSON.parse(JSON.stringify(talks))).toEqual(written);
    expect(talks).toEqual(written);
    expect(talks.indexOf(third)).toBe(2);
  });

  it('is changed as an array is, once whole', () => {
    const { talks } = lazy();
    talks.push({ ...(talks[0] as Talk), id: 'e' });
    expect(talks.length).toBe(5);
    expect(talks[4]?.id).toBe('e');
    talks.length = 2;
    expect(talks.map((talk) => talk.id)).toEqual(['a', 'b']);
  });

  it('gives a run of talks from one parse, the same objects as one by one', () => {
    const { talks, range, parsed } = lazy();
    const run = range(1, 3);
    expect(run.map((talk) => talk.id)).toEqual(['b', 'c']);
    expect(parsed).toEqual(['b', 'c']);
    expect(talks[1]).toBe(run[0]);
    expect(range(1, 3)[1]).toBe(run[1]);
    expect(parsed).toEqual(['b', 'c']);
    expect(range(3, 9).map((talk) => talk.id)).toEqual(['d']);
    expect(range(2, 2)).toEqual([]);
  });

  it('finds the talk whose line starts so, parsing no other', () => {
    const { startingWith, parsed } = lazy();
    expect(startingWith('{"id":"c",')?.title).toBe('Gamma');
    expect(startingWith('{"id":"a",')?.title).toBe('Alpha');
    expect(startingWith('{"id":"Gamma",')).toBeUndefined();
    expect(startingWith('"title":"Beta"')).toBeUndefined();
    expect(parsed).toEqual(['c', 'a']);
  });

  it('finds where the first talk whose line holds a text is, parsing none', () => {
    const { indexHolding, parsed } = lazy();
    expect(indexHolding('"uid":"u-c",')).toBe(2);
    expect(indexHolding('"title":"Delta"')).toBe(3);
    expect(indexHolding('"uid":"u-x",')).toBeUndefined();
    expect(indexHolding('"rooms"')).toBeUndefined();
    // Past the list: the line that closes it holds no talk.
    expect(indexHolding(']}')).toBeUndefined();
    expect(parsed).toEqual([]);
  });

  it('says where a talk is among them', () => {
    const { talks, positionOf } = lazy();
    const talk = talks[3] as Talk;
    expect(positionOf(talk)).toBe(3);
    expect(positionOf(talks[0] as Talk)).toBe(0);
    expect(positionOf({ ...talk })).toBeUndefined();
  });

  it('reads as an array does a key that only looks like an index', () => {
    const { talks, parsed } = lazy();
    expect((talks as unknown as Record<string, unknown>)['01']).toBeUndefined();
    expect(parsed).toEqual(['a', 'b', 'c', 'd']);
  });

  it('throws for a spoiled line only when that talk is read', () => {
    const lines = written.map((talk) => JSON.stringify(talk));
    lines[2] = '{"id": spoiled}';
    const { talks, range } = lazy(lines);
    expect(talks[3]?.title).toBe('Delta');
    expect(() => talks[2]).toThrow('spoiled');
    expect(() => range(0, 4)).toThrow('spoiled');
    expect(() => talks.map((talk) => talk.id)).toThrow('spoiled');
  });

  it('throws for a line that is JSON but not a talk, or two talks where one should be', () => {
    const lines = written.map((talk) => JSON.stringify(talk));
    lines[0] = 'null';
    lines[1] = '"talk"';
    lines[3] = '{"id":"d"},{"id":"e"}';
    const { talks, range } = lazy(lines);
    expect(() => talks[0]).toThrow('spoiled');
    expect(() => talks[1]).toThrow('spoiled');
    // Read as one run, the extra talk makes the list one too long.
    expect(talks[2]?.title).toBe('Gamma');
    expect(() => range(2, 4)).toThrow('spoiled');
  });

  it('answers `in` for a talk not yet parsed as an array would', () => {
    const { talks, parsed } = lazy();
    expect([2 in talks, 4 in talks]).toEqual([true, false]);
    expect(parsed).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('the talk lines of an outline', () => {
  it('are where the lengths say, up to the line that closes the list', () => {
    const { file, from, lengths } = listBytes(['{"id":"a"}', '{"id":"bc"}']);
    const lines = talkLinesIn(file, from, lengths);
    expect(lines?.count).toBe(2);
    expect([lines?.line(0), lines?.line(1)]).toEqual(['{"id":"a"}', '{"id":"bc"}']);
    const before = file.bytes(0, file.size).toString('latin1');
    expect(lines?.run(1, 2)).toBe('[{"id":"bc"}]');
    expect(lines?.run(0, 1)).toBe('[{"id":"a"}]');
    expect(lines?.run(0, 2)).toBe('[\n{"id":"a"},\n{"id":"bc"}\n]');
    // A run may be read from bytes kept to be read again, which are as they were after.
    expect(file.bytes(0, file.size).toString('latin1')).toBe(before);
    expect([lines?.line(0), lines?.line(1)]).toEqual(['{"id":"a"}', '{"id":"bc"}']);
    expect(talkLinesIn(listBytes([]).file, listBytes([]).from, [])?.count).toBe(0);
  });

  it('are none when the lengths do not end the list where it ends', () => {
    const { file, from } = listBytes(['{"id":"a"}', '{"id":"bc"}']);
    expect(talkLinesIn(file, from, [10, 10])).toBeUndefined();
    expect(talkLinesIn(file, from, [10, 12])).toBeUndefined();
    expect(talkLinesIn(file, from, [10])).toBeUndefined();
    expect(talkLinesIn(file, from, [10, 11.5])).toBeUndefined();
  });
});
