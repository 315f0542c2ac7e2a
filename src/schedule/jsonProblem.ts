/**
 * Where JSON text first goes wrong, said so that a person can find it: a
 * line and column, and what was found there. JSON.parse's own messages
 * differ between Node versions, often give no place, and quote the text
 * around the error, line breaks and all. Called only once JSON.parse has
 * failed, so it favours plain code over speed; it keeps its own stack of
 * open brackets, so no depth of nesting overflows the call stack.
 */

import { quotedPiece } from './text.js';

/** What is wrong at offset `at`, or that the text ends with `open` brackets still open. */
export type JsonProblem = Wrong | { cutShort: true; open: number };

type Wrong = { at: number; said: string };

/** The text ends inside a value: a string, a number or a literal. */
const CUT = 'cut short';

type Expecting = 'value' | 'value or ]' | 'name or }' | 'name' | ':' | ', or close' | 'end';

export function jsonProblem(text: string): JsonProblem | undefined {
  const open: string[] = [];
  let expecting: Expecting = 'value';
  let at = 0;
  const afterValue = (): Expecting => (open.length === 0 ? 'end' : ', or close');
  const close = (): Expecting => {
    open.pop();
    return afterValue();
  };
  const cutShort = (): JsonProblem => ({ cutShort: true, open: open.length });
  while (true) {
    at = skipSpace(text, at);
    if (at >= text.length) return expecting === 'end' ? undefined : cutShort();
    const char = text[at] as string;
    // An empty array or object closes where its first value or name could start.
    if ((expecting === 'value or ]' && char === ']') || (expecting === 'name or }' && char === '}')) {
      at++;
      expecting = close();
      continue;
    }
    switch (expecting) {
      case 'value':
      case 'value or ]': {
        if (char === '{' || char === '[') {
          open.push(char);
          expecting = char === '{' ? 'name or }' : 'value or ]';
          at++;
          break;
        }
        const end = valueEnd(text, at);
        if (end === CUT) return cutShort();
        if (typeof end !== 'number') return end;
        at = end;
        expecting = afterValue();
        break;
      }
      case 'name or }':
      case 'name': {
        if (char !== '"') return { at, said: `expected a member name in double quotes, found ${found(text, at)}` };
        const end = stringEnd(text, at);
        if (end === CUT) return cutShort();
        if (typeof end !== 'number') return end;
        at = end;
        expecting = ':';
        break;
      }
      case ':':
        if (char !== ':') return { at, said: `expected ":" after a member name, found ${found(text, at)}` };
        at++;
        expecting = 'value';
        break;
      case ', or close': {
        const closing = open[open.length - 1] === '{' ? '}' : ']';
        if (char === closing) {
          at++;
          expecting = close();
        } else if (char === ',') {
          at++;
          expecting = closing === '}' ? 'name' : 'value';
        } else {
          return { at, said: `expected "," or "${closing}", found ${found(text, at)}` };
        }
        break;
      }
      case 'end':
        return { at, said: `expected nothing after the JSON document, found ${found(text, at)}` };
    }
  }
}

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && ' \t\n\r'.includes(text[at] as string)) at++;
  return at;
}

/** The end of the string, number or literal at `at`, or what is wrong with it. */
function valueEnd(text: string, at: number): number | Wrong | typeof CUT {
  const char = text[at] as string;
  if (char === '"') return stringEnd(text, at);
  if (char === '-' || (char >= '0' && char <= '9')) {
    const number = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
    const run = /[-+.eE0-9]*/y;
    number.lastIndex = at;
    run.lastIndex = at;
    const matched = number.exec(text)?.[0] ?? '';
    const ran = run.exec(text)?.[0] ?? '';
    if (matched.length === ran.length) return at + matched.length;
    // `12.` or `1e` as the file's last characters: a number cut off.
    return at + ran.length >= text.length ? CUT : { at, said: `the number ${found(text, at)} is malformed` };
  }
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, at)) return at + literal.length;
    // A literal the text ends in the middle of: `tru` as the file's last letters.
    if (text.length - at < literal.length && literal.startsWith(text.slice(at))) return CUT;
  }
  return { at, said: `expected a value, found ${found(text, at)}` };
}

const ESCAPED = '"\\/bfnrtu';

/** The end of the string whose opening quote is at `at`, or what is wrong with it. */
function stringEnd(text: string, at: number): number | Wrong | typeof CUT {
  for (let i = at + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) {
      return {
        at: i,
        said:
          code === 0x0a
            ? 'a string runs on past the end of its line'
            : 'a string holds a control character, which JSON writes as a \\u escape',
      };
    }
    if (code !== 0x5c) continue;
    const escaped = text[i + 1];
    if (escaped === undefined) break;
    if (!ESCAPED.includes(escaped)) return { at: i, said: `a string holds the unknown escape ${quotedPiece(`\\${escaped}`)}` };
    if (escaped === 'u') {
      const hex = text.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
        return i + 2 + hex.length >= text.length && /^[0-9a-fA-F]*$/.test(hex)
          ? CUT
          : { at: i, said: 'a string holds a \\u escape without four hex digits' };
      }
      i += 5;
    } else {
      i++;
    }
  }
  return CUT;
}

/**
 * What stands at `at`, quoted: a word of letters and digits (an unquoted
 * name, a misspelt `true`), else the one character.
 */
function found(text: string, at: number): string {
  const word = /[A-Za-z0-9_$.+-]{1,20}/y;
  word.lastIndex = at;
  return quotedPiece(word.exec(text)?.[0] ?? String.fromCodePoint(text.codePointAt(at) ?? 0));
}
