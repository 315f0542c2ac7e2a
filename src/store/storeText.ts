/**
 * A store's text as pycon writes it: JSON, indented to be read and edited
 * by hand, every character beyond ASCII written as a \u escape so that
 * reading it back needs no UTF-8 decoding (readFile.ts's textOf).
 *
 * The text is made one byte a character. V8 keeps a string made from one
 * that holds a character beyond Latin-1 at two bytes a character, escaped
 * or not, and every string joined with it too: one Japanese title would
 * double an outline's text, and the copies made to write it. A whole store
 * is written straight into its bytes a run of talks at a time (storeBytes):
 * on a conference of 1,000 talks its text is megabytes, and every copy of it
 * costs memory the process has never used.
 */

import type { Store } from '../schedule/types.js';

/** A store's text as read, or its bytes as written (storeBytes): ASCII either way, so that both are searched alike. */
export type StoreContent = string | Buffer;

/** How deep a store's text is indented, for a reader of the file. */
const INDENT = 2;

/** A store's text, or any value's as a store would write it. */
export function storeText(value: unknown, indent = INDENT): string {
  const json = JSON.stringify(value, null, indent);
  if (!HAS_BEYOND_ASCII.test(json)) return `${json}\n`;
  const bytes = new AsciiBytes(json.length + 1);
  bytes.add(json);
  bytes.add('\n');
  return bytes.written().toString('latin1');
}

/**
 * A whole store's text (storeText) as the bytes written. Each of the
 * store's fields, and its long lists (its talks and their search text) a
 * few items at a time, is made JSON on its own, at the indent it has in the
 * whole, and escaped into the bytes: 16 talks' JSON is a few kilobytes that
 * live and die young, where the whole store's, as one string, would be
 * megabytes at two bytes a character, copied again to be escaped.
 */
export function storeBytes(store: object): Buffer {
  const bytes = new AsciiBytes(STORE_CAPACITY);
  const fields = Object.entries(store).filter(([, value]) => isWritten(value));
  bytes.add('{');
  fields.forEach(([key, value], index) => {
    bytes.add(index === 0 ? '\n  ' : ',\n  ');
    bytes.add(`${JSON.stringify(key)}: `);
    if (LONG_LISTS.has(key) && Array.isArray(value) && value.length > 0) {
      bytes.add('[');
      for (let i = 0; i < value.length; i += ITEMS_AT_ONCE) {
        bytes.add(i === 0 ? '\n    ' : ',\n    ');
        bytes.add(itemsIndentedTwice(value.slice(i, i + ITEMS_AT_ONCE)));
      }
      bytes.add('\n  ]');
    } else {
      bytes.add(indentedOnce(value));
    }
  });
  bytes.add(fields.length === 0 ? '}\n' : '\n}\n');
  return bytes.written();
}

/** The fields whose items are made JSON a few at a time: a list of talks, or a text for each talk. */
const LONG_LISTS: ReadonlySet<string> = new Set<keyof Store>(['talks', 'cancelled', 'searchText']);

/** How many items of a long list are made JSON at once: 16 talks are about 14 kB, and a call each costs more. */
const ITEMS_AT_ONCE = 16;

/** Whether JSON.stringify writes an object's field that holds `value`: it leaves out undefined, functions and symbols. */
function isWritten(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

/** `value`'s JSON as a field of the store: inside one array, then without the array's `[\n  ` and `\n]`. */
function indentedOnce(value: unknown): string {
  return JSON.stringify([value], null, INDENT).slice(4, -2);
}

/** The JSON of `items`, a run of a field's list, as they are in the store: inside two arrays, then without their `[\n  [\n    ` and `\n  ]\n]`. */
function itemsIndentedTwice(items: unknown[]): string {
  return JSON.stringify([items], null, INDENT).slice(10, -6);
}

/**
 * What a store's bytes are first given room for: 8 MB, where the text of a
 * store of 1,500 talks is 1.6 MB. Memory that is never written to is never
 * given to the process, so the room left over costs nothing.
 */
const STORE_CAPACITY = 8 * 1024 * 1024;

/** Bytes written a piece at a time, each character beyond ASCII as its escape; given room for `capacity`, and more when it is not enough. */
class AsciiBytes {
  private buffer: Buffer;
  private length = 0;

  constructor(capacity: number) {
    this.buffer = Buffer.allocUnsafe(capacity);
  }

  add(text: string): void {
    if (!HAS_BEYOND_ASCII.test(text)) {
      this.addAscii(text);
      return;
    }
    let from = 0;
    for (const { 0: character, index } of text.matchAll(BEYOND_ASCII)) {
      this.addAscii(text.slice(from, index));
      this.addAscii(escapeCharacter(character));
      from = index + 1;
    }
    this.addAscii(text.slice(from));
  }

  written(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  private addAscii(text: string): void {
    if (this.length + text.length > this.buffer.length) this.grow(text.length);
    this.length += this.buffer.write(text, this.length, 'latin1');
  }

  private grow(needed: number): void {
    const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + needed));
    this.buffer.copy(larger, 0, 0, this.length);
    this.buffer = larger;
  }
}

const BEYOND_ASCII = /[\u007f-\uffff]/g;
const HAS_BEYOND_ASCII = /[\u007f-\uffff]/;

function escapeCharacter(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
