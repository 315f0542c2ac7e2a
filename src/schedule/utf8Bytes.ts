/**
 * A file's UTF-8 bytes as a string of one character a byte (latin1), which
 * is what the XML reader reads (xml.ts). V8 keeps such a string at a byte a character:
 * one Japanese title would make the decoded text of a whole file two bytes a
 * character, and every text cut from it too. Markup is ASCII, and UTF-8
 * never uses an ASCII byte inside a character, so what lies between two
 * marks is whole characters, decoded where it holds a byte beyond ASCII.
 */
export type Utf8Bytes = string & { readonly utf8Bytes: unique symbol };

/** Bytes known to be UTF-8, from `start`, to be read (isUtf8 in node:buffer checks them). */
export function bytesAsText(bytes: Uint8Array, start = 0): Utf8Bytes {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', start) as Utf8Bytes;
}

/** Text decoded from another encoding, as the UTF-8 bytes that are read. */
export function textAsBytes(text: string): Utf8Bytes {
  return Buffer.from(text, 'utf8').toString('latin1') as Utf8Bytes;
}

const BEYOND_ASCII = /[\x80-\xff]/;

/** A piece cut from Utf8Bytes, as the text it is. */
export function decoded(piece: string): string {
  return BEYOND_ASCII.test(piece) ? Buffer.from(piece, 'latin1').toString('utf8') : piece;
}
