/**
 * A store's talks as an array whose talks are parsed when first asked for:
 * the outline (storeOutline.ts) writes each talk on a line of its own. A
 * plan on a conference of 1,500 talks parses the few hundred that match
 * its interests, and a search the few dozen it finds, not all of them.
 *
 * It is an array to every reader: `talks[i]` parses the talk's line; asking
 * for anything else an array has (`filter`, a `for…of`, its keys) parses
 * all the talks left in one go first, and then runs on the array itself. A
 * talk is parsed once, so it stays the same object however it is reached.
 */
import type { Talk } from '../schedule/types.js';

export interface LazyTalks {
  talks: Talk[];
  /** Where a talk is among them; undefined for any other. */
  positionOf(talk: Talk): number | undefined;
  /** The talks from `from` up to `to`, parsed at once if they are not yet: for many in a row, faster than one by one. */
  range(from: number, to: number): Talk[];
  /** The talk whose line starts with `prefix` (JSON as the outline writes it), parsing no other. */
  startingWith(prefix: string): Talk | undefined;
  /** Where the first talk whose line holds `text` is, parsing none. */
  indexHolding(text: string): number | undefined;
}

/** An outline's list of talks, a line each: how many, one talk's JSON, and the JSON array of a run of them. */
export interface TalkLines {
  count: number;
  line(index: number): string;
  run(from: number, to: number): string;
  /** The index of the line that starts with `prefix`, found with one search of the list's bytes. */
  lineStartingWith(prefix: string): number | undefined;
  /** The index of the first line that holds `text`, found the same way. */
  lineHolding(text: string): number | undefined;
}

/**
 * The talks of `lines`, each parsed when first read; `parsed` is given each
 * talk as it is parsed. A line that is not a talk's JSON throws `spoiled()`
 * when it is read.
 */
export function lazyTalks(lines: TalkLines, parsed: (talk: Talk) => void, spoiled: () => Error): LazyTalks {
  const { count } = lines;
  const talks = new Array<Talk>(count);
  let whole = false;

  const parse = (json: string): unknown => {
    try {
      return JSON.parse(json);
    } catch {
      throw spoiled();
    }
  };
  let parsedCount = 0;
  const ready = (talk: unknown, index: number): Talk => {
    if (typeof talk !== 'object' || talk === null) throw spoiled();
    parsed(talk as Talk);
    talks[index] = talk as Talk;
    parsedCount++;
    return talk as Talk;
  };
  const talkAt = (index: number): Talk => talks[index] ?? ready(parse(lines.line(index)), index);
  /** Parses the talks from `first` up to `last` with one JSON.parse, keeping those parsed before. */
  const parseRun = (first: number, last: number) => {
    const list = parse(lines.run(first, last));
    if (!Array.isArray(list) || list.length !== last - first) throw spoiled();
    list.forEach((talk: unknown, offset) => {
      if (talks[first + offset] === undefined) ready(talk, first + offset);
    });
  };
  const range = (from: number, to: number): Talk[] => {
    const first = Math.max(0, from);
    const last = Math.min(count, to);
    if (first >= last) return [];
    // A hole, read through slice, is undefined: a talk not parsed yet.
    const run = talks.slice(first, last);
    if (!run.includes(undefined as unknown as Talk)) return run;
    parseRun(first, last);
    return talks.slice(first, last);
  };
  const parseAll = () => {
    if (whole) return;
    if (count > 0) parseRun(0, count);
    whole = true;
  };
  /** Where each parsed talk is: made when first asked, and again once more talks are parsed. */
  let positions: Map<Talk, number> | undefined;
  let positionsOf = -1;
  const positionOf = (talk: Talk) => {
    if (positionsOf !== parsedCount) {
      positions = new Map(talks.flatMap((each, index) => (each === undefined ? [] : [[each, index]])));
      positionsOf = parsedCount;
    }
    return positions?.get(talk);
  };

  const lazy = new Proxy(talks, {
    get(target, key) {
      if (whole) return bound(target, key);
      if (key === 'length') return count;
      if (typeof key === 'string') {
        const index = indexIn(key, count);
        if (index !== undefined) return talkAt(index);
      }
      parseAll();
      return bound(target, key);
    },
    has(target, key) {
      parseAll();
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      parseAll();
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(target, key) {
      parseAll();
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    set(target, key, value) {
      parseAll();
      return Reflect.set(target, key, value);
    },
    defineProperty(target, key, descriptor) {
      parseAll();
      return Reflect.defineProperty(target, key, descriptor);
    },
    deleteProperty(target, key) {
      parseAll();
      return Reflect.deleteProperty(target, key);
    },
  });
  const startingWith = (prefix: string) => {
    const index = lines.lineStartingWith(prefix);
    return index === undefined ? undefined : talkAt(index);
  };
  return { talks: lazy, positionOf, range, startingWith, indexHolding: lines.lineHolding };
}

/** What the array holds at `key`; a method bound to it, to run on the array itself at full speed, not through the proxy. */
function bound(target: Talk[], key: string | symbol): unknown {
  const value: unknown = Reflect.get(target, key);
  return typeof value === 'function' ? value.bind(target) : value;
}

/** The index a property key names, when it is one of the array's: `"0"` to `"count - 1"`, as an array writes them. */
function indexIn(key: string, count: number): number | undefined {
  const length = key.length;
  if (length === 0 || length > 9 || (length > 1 && key.charCodeAt(0) === ZERO)) return undefined;
  let index = 0;
  for (let at = 0; at < length; at++) {
    const digit = key.charCodeAt(at) - ZERO;
    if (digit < 0 || digit > 9) return undefined;
    index = index * 10 + digit;
  }
  return index < count ? index : undefined;
}

const ZERO = 0x30;
