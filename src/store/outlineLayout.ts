/**
 * How an outline (storeOutline.ts) is laid out, so that its talks are read
 * and parsed one by one: its other fields first, on one line, then the
 * talks last, a line each (JSON holds no other line break), with how long
 * each talk's line is among the fields. A command reads the first line, and
 * then the lines of the talks it asks for. It stays one JSON document:
 *
 *   {"schemaVersion":2,…,"talkLines":[412,398],"talks":[
 *   {"id":"opening",…},
 *   {"id":"closing",…}
 *   ]}
 */
import type { Talk } from '../schedule/types.js';
import type { FileInParts } from './fileInParts.js';
import { textOf } from './readFile.js';
import { countAtMost } from '../schedule/countAtMost.js';
import { type LazyTalks, lazyTalks, type TalkLines } from './lazyTalks.js';

/**
 * The outline's text, in the parts it is written in: `fields` (ASCII JSON, as
 * storeText writes it, with no talks), then `talks`, each a line of ASCII JSON.
 */
export function outlineLayout(fields: Record<string, unknown>, talks: string[], toText: (data: unknown) => string): string[] {
  const head = toText({ ...fields, talkLines: talks.map((line) => line.length) });
  const parts = [`${head.slice(0, -2)},${TALKS_KEY}\n`];
  talks.forEach((line, index) => {
    parts.push(line, index === talks.length - 1 ? '\n' : ',\n');
  });
  parts.push(']}\n');
  return parts;
}

/** An outline as read: its fields and its talks, which, laid out a line each, are parsed as they are asked for. */
export interface ReadOutline<T> {
  data: T;
  /** Undefined when the outline was parsed whole (written before it was laid out so). */
  lazy?: Omit<LazyTalks, 'talks'> | undefined;
}

/**
 * The outline read from `file`: its talks left to be read and parsed one by
 * one, each given to `parsed` as it is, when it is laid out as outlineLayout
 * writes it; read and parsed whole when laid out otherwise. Undefined when it
 * is not JSON, or cannot be read, or its talks' lines are not where it says.
 */
export function readOutline<T extends { talks: Talk[] }>(
  file: FileInParts,
  parsed: (talk: Talk) => void,
  spoiled: () => Error,
): ReadOutline<T> | undefined {
  try {
    const head = file.firstLine();
    const firstBreak = head.length - 1;
    const laidOut = head[firstBreak] === LINE_BREAK && head.toString('latin1', firstBreak - TALKS_KEY.length, firstBreak) === TALKS_KEY;
    const data = JSON.parse(laidOut ? `${textOf(head.subarray(0, firstBreak))}]}` : textOf(file.bytes(0, file.size))) as T & {
      talkLines?: unknown;
    };
    const { talkLines } = data;
    delete data.talkLines;
    if (!laidOut) return { data };
    const lines = Array.isArray(talkLines) ? talkLinesIn(file, firstBreak + 1, talkLines) : undefined;
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
 * The talk lines of an outline file: from `from`, a line each of the
 * `lengths` given, each but the last followed by a comma, and the list
 * closed by a `]` on the line after. Each line is read when it is asked
 * for. Undefined when the file does not end the list where the lengths say.
 */
export function talkLinesIn(file: FileInParts, from: number, lengths: number[]): TalkLines | undefined {
  const starts: number[] = [];
  let at = from;
  for (const length of lengths) {
    if (!Number.isInteger(length) || length < 2) return undefined;
    starts.push(at);
    at += length + 2;
  }
  // Past the last line: its line break, where a comma would follow another, then the `]`.
  const end = lengths.length === 0 ? from : at - 2;
  const after = file.bytes(end, end + 2);
  const closed = lengths.length === 0 ? after[0] === CLOSE_BRACKET : after[0] === LINE_BREAK && after[1] === CLOSE_BRACKET;
  if (!closed) return undefined;
  const endOf = (index: number) => (starts[index] as number) + (lengths[index] as number);
  return {
    count: lengths.length,
    lineStartingWith: (prefix) => {
      // Every line follows a line break, and JSON holds no other.
      const at = file.find(`\n${prefix}`, from - 1, end);
      return at === -1 ? undefined : lineAt(starts, at + 1);
    },
    lineHolding: (text) => {
      const at = file.find(text, from, end);
      return at === -1 ? undefined : lineAround(starts, at);
    },
    line: (index) => textOf(file.bytes(starts[index] as number, endOf(index))),
    run: (first, last) => {
      if (first === 0 && last === lengths.length) return textOf(file.bytes(from - 2, end + 2));
      // The run's bytes, from the line break before it to the comma (or line break) after it, read as a JSON array:
      // a `[` and a `]` are written over those two for a moment, as the bytes may be kept to be read again.
      const bytes = file.bytes((starts[first] as number) - 1, endOf(last - 1) + 1);
      const around = [bytes[0] as number, bytes[bytes.length - 1] as number] as const;
      bytes[0] = OPEN_BRACKET;
      bytes[bytes.length - 1] = CLOSE_BRACKET;
      try {
        return textOf(bytes);
      } finally {
        [bytes[0], bytes[bytes.length - 1]] = around;
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
