/**
 * A store's text as pycon writes it: JSON, indented to be read and edited
 * by hand, every character beyond ASCII written as a \u escape so that
 * reading it back needs no UTF-8 decoding (readFile.ts's textOf).
 *
 * The text is made one byte a character. V8 keeps a string made from one
 * that holds a character beyond Latin-1 at two bytes a character, escaped
 * or not, and every string joined with it too: one Japanese title would
 * double an outline's text, and the copies made to write it. A whole store
 * is escaped straight into the bytes written: on a conference of 1,000
 * talks its text is megabytes, and every copy of it costs.
 */

/** A store's text as read, or its bytes as written (storeBytes): ASCII either way, so that both are searched alike. */
export type StoreContent = string | Buffer;

/** How deep a store's text is indented, for a reader of the file. */
const INDENT = 2;

/** A store's text, or any value's as a store would write it. */
export function storeText(value: unknown, indent = INDENT): string {
  const json = JSON.stringify(value, null, indent);
  return HAS_BEYOND_ASCII.test(json) ? asciiBytes(json).toString('latin1') : `${json}\n`;
}

/** A whole store's text (storeText) as the bytes written. */
export function storeBytes(store: unknown): Buffer {
  return asciiBytes(JSON.stringify(store, null, INDENT));
}

/** The JSON, each character beyond ASCII escaped, and a line break after it, as bytes. */
function asciiBytes(json: string): Buffer {
  const beyond = [...json.matchAll(BEYOND_ASCII)];
  const bytes = Buffer.allocUnsafe(json.length + beyond.length * (ESCAPE_LENGTH - 1) + 1);
  let at = 0;
  let from = 0;
  // What lies between the characters escaped is ASCII: its characters are its bytes.
  for (const { 0: character, index } of beyond) {
    at += bytes.write(json.slice(from, index), at, 'latin1');
    at += bytes.write(escapeCharacter(character), at, 'latin1');
    from = index + 1;
  }
  at += bytes.write(json.slice(from), at, 'latin1');
  bytes[at] = LINE_BREAK;
  return bytes;
}

const BEYOND_ASCII = /[\u007f-\uffff]/g;
const HAS_BEYOND_ASCII = /[\u007f-\uffff]/;
const ESCAPE_LENGTH = '\\u0000'.length;
const LINE_BREAK = 0x0a;

function escapeCharacter(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
