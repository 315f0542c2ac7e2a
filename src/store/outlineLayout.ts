/**
 * How an outline (storeOutline.ts) is laid out, so that its talks are parsed
 * one by one: its other fields first, on one line, then the talks last, a
 * line each (JSON holds no other line break), with how long each talk's
 * line is among the fields. It stays one JSON document:
 *
 *   {"schemaVersion":2,…,"talkLines":[412,398],"talks":[
 *   {"id":"opening",…},
 *   {"id":"closing",…}
 *   ]}
 */
import { isAscii } from 'node:buffer';
import type { Talk } from '../schedule/types.js';
import { textOf } from './readFile.js';
import { countAtMost } from '../schedule/countAtMost.js';
import { type LazyTalks, lazyTalks, type TalkLines } from './lazyTalks.js';

/** The outline's text: `fields` (ASCII JSON, as storeText writes it, with no talks), then `talks`, each a line of ASCII JSON. */
export function outlineLayout(fields: Record<string, unknown>, talks: string[], toText: (data: unknown) => string): string {
  const head = toText({ ...fields, talkLines: talks.map((line) => line.length) });
  const list = talks.length === 0 ? '' : `${talks.join(',\n')}\n`;
  return `${head.slice(0, -2)},${TALKS_KEY}\n${list}]}\n`;
}

/** An outline as read: its fields and its talks, which, laid out a line each, are parsed as they are asked for. */
export interface ReadOutline<T> {
  data: T;
  /** Undefined when the outline was parsed whole (written before it was laid out so). */
  lazy?: Omit<LazyTalks, 'talks'> | undefined;
}

/**
 * The outline in `bytes`: its talks left to be parsed one by one, each given
 * to `parsed` as it is, when it is laid out as outlineLayout writes it and
 * ASCII; parsed whole when laid out otherwise. Undefined when it is not
 * JSON, or its talks' lines are not where it says.
 */
export function readOutline<T extends { talks: Talk[] }>(
  bytes: Buffer,
  parsed: (talk: Talk) => void,
  spoiled: () => Error,
): ReadOutline<T> | undefined {
  const firstBreak = bytes.indexOf(LINE_BREAK);
  // Laid out so, and ASCII as pycon writes it, a talk's line is its bytes read as they are.
  const laidOut = firstBreak !== -1 && bytes.toString('latin1', firstBreak - TALKS_KEY.length, firstBreak) === TALKS_KEY && isAscii(bytes);
  try {
    const data = JSON.parse(laidOut ? `${bytes.toString('latin1', 0, firstBreak)}]}` : textOf(bytes)) as T & { talkLines?: unknown };
    const { talkLines } = data;
    delete data.talkLines;
    if (!laidOut) return { data };
    const lines = Array.isArray(talkLines) ? talkLinesIn(bytes, firstBreak + 1, talkLines) : undefined;
    if (!lines) return undefined;
    const { talks, ...lazy } = lazyTalks(lines, parsed, spoiled);
    data.talks = talks;
    return { data, lazy };
  } catch {
    return undefined;
  }
}

/** What opens the outline's list of talks, whose first line follows it. */
const TALKS_KEY = '"talks":[';
const LINE_BREAK = 0x0a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * The talk lines of an outline's bytes, ASCII as pycon writes them: from
 * `from`, a line each of the `lengths` given, each but the last followed by
 * a comma, and the list closed by a `]` on the line after. Undefined when
 * the bytes do not end the list where the lengths say.
 */
export function talkLinesIn(bytes: Buffer, from: number, lengths: number[]): TalkLines | undefined {
  const starts: number[] = [];
  let at = from;
  for (const length of lengths) {
    if (!Number.isInteger(length) || length < 2) return undefined;
    starts.push(at);
    at += length + 2;
  }
  // Past the last line: its line break, where a comma would follow another, then the `]`.
  const end = lengths.length === 0 ? from : at - 2;
  const closed = lengths.length === 0 ? bytes[from] === CLOSE_BRACKET : bytes[end] === LINE_BREAK && bytes[end + 1] === CLOSE_BRACKET;
  if (!closed) return undefined;
  const endOf = (index: number) => (starts[index] as number) + (lengths[index] as number);
  return {
    count: lengths.length,
    lineStartingWith: (prefix) => {
      // Every line follows a line break, and JSON holds no other.
      const at = bytes.indexOf(`\n${prefix}`, from - 1, 'latin1');
      return at === -1 ? undefined : lineAt(starts, at + 1);
    },
    lineHolding: (text) => {
      const at = bytes.indexOf(text, from, 'latin1');
      return at === -1 || at >= end ? undefined : lineAround(starts, at);
    },
    line: (index) => bytes.toString('latin1', starts[index], endOf(index)),
    run: (first, last) => {
      if (first === 0 && last === lengths.length) return bytes.toString('latin1', from - 2, end + 2);
      // A `[` and a `]` written for a moment over the line break before the run and the comma (or line break) after it:
      // the run is then read as one string. The three joined would be copied whole by JSON.parse first.
      const open = (starts[first] as number) - 1;
      const close = endOf(last - 1);
      const around = [bytes[open] as number, bytes[close] as number] as const;
      bytes[open] = OPEN_BRACKET;
      bytes[close] = CLOSE_BRACKET;
      try {
        return bytes.toString('latin1', open, close + 1);
      } finally {
        [bytes[open], bytes[close]] = around;
      }
    },
  };
}

/** The index of the line that starts at `offset`, among lines starting at `starts`; undefined if none does. */
function lineAt(starts: number[], offset: number): number | undefined {
  const index = lineAround(starts, offset);
  return starts[index] === offset ? index : undefined;
}

/** The index of the line that holds `offset`: the last to start at or before it. */
function lineAround(starts: number[], offset: number): number {
  return countAtMost(starts, offset) - 1;
}
