/**
 * Any schedule pycon reads → a talk store. The format is found from the
 * content, never the file name: `<` opens XML (frab), `{` JSON (c3voc), and
 * a weekday slot line the PyCon talk list. Never throws: what stops a read
 * is one problem, said as a clause ("its XML is malformed at line 3, …").
 */
import { isUtf8 } from 'node:buffer';
import { buildConferenceStore, type ScheduleDocument } from './conference.js';
import { readC3voc } from './c3voc.js';
import { readFrab } from './frab.js';
import { jsonProblem } from './jsonProblem.js';
import { parseSource } from './parse.js';
import { looksLikeSlot } from './slot.js';
import { placeIn } from './text.js';
import { bytesAsText, textAsBytes, type Utf8Bytes } from './utf8Bytes.js';
import { PYCON_2019, type Store, type TzData } from './types.js';

export type ScheduleFormat = 'frab XML' | 'c3voc JSON' | 'PyCon text';

export interface ReadOptions {
  /** `--zone`, checked. */
  zone?: string | undefined;
  /** The machine's tz database files, when it has them. */
  tzdata?: TzData | undefined;
}

export type ReadResult =
  | { store: Store; format: ScheduleFormat; version: string; warnings: string[] }
  | { problem: string; webPage?: boolean };

export function readSchedule(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  try {
    return readAny(bytes, options);
  } catch (error) {
    return { problem: `it could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
}

function readAny(bytes: Uint8Array, options: ReadOptions): ReadResult {
  const xml = utf8Xml(bytes);
  if (xml !== undefined) return isWebPage(xml.body) ? WEB_PAGE : fromDocument(readFrab(xml.body, xml.linesBefore), options);
  const text = decode(bytes);
  // A page in a single-byte encoding it does not declare is still a page: its markup is ASCII.
  if (typeof text !== 'string') return isWebPage(latin1Head(bytes)) ? WEB_PAGE : text;
  // trimStart drops a byte-order mark too: it is white space to JavaScript.
  const body = text.trimStart();
  if (body === '') return { problem: 'it is empty' };
  const linesBefore = text.length - body.length === 0 ? 0 : (text.slice(0, text.length - body.length).match(/\n/g) ?? []).length;
  if (isWebPage(body)) return WEB_PAGE;
  if (body.startsWith('<')) return fromDocument(readFrab(textAsBytes(body), linesBefore), options);
  if (body.startsWith('{') || body.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      return { problem: malformedJson(text, body) };
    }
    return fromDocument(readC3voc(data), options);
  }
  if (text.split('\n').some((line) => looksLikeSlot(line))) return fromPyconText(bytes, options);
  return { problem: 'it is neither frab XML, c3voc JSON nor a PyCon talk list' };
}

const WEB_PAGE = { problem: 'this is a web page, not a schedule', webPage: true };

/** Whether a schedule's text, from its first character that is not a space, is an HTML page. */
function isWebPage(body: string): boolean {
  const head = body.slice(0, 2048).toLowerCase();
  return (
    head.startsWith('<!doctype html') || head.startsWith('<html') || /^<\?xml[^>]*>\s*<!doctype html/.test(head) || /<html[\s>]/.test(head)
  );
}

/** The first bytes, a character each, from the first that is not a space. */
function latin1Head(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes.subarray(0, 2048)).trimStart();
}

/**
 * UTF-8 XML, as most schedules are, as its bytes from its first `<` (after
 * a byte-order mark and space): the XML reader reads them so (xml.ts), and
 * decoding them whole first would take twice their size in memory.
 * Undefined for anything else, which is decoded.
 */
function utf8Xml(bytes: Uint8Array): { body: Utf8Bytes; linesBefore: number } | undefined {
  if (utf16Of(bytes)) return undefined;
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let linesBefore = 0;
  for (; isAsciiSpace(bytes[start]); start++) if (bytes[start] === LINE_FEED) linesBefore++;
  if (bytes[start] !== LESS_THAN || !isUtf8(bytes)) return undefined;
  return { body: bytesAsText(bytes, start), linesBefore };
}

const LINE_FEED = 0x0a;
const LESS_THAN = 0x3c;

/** The white space JavaScript's trimStart takes away that is ASCII: tab, line feed, vertical tab, form feed, carriage return and space. */
function isAsciiSpace(byte: number | undefined): boolean {
  return byte !== undefined && ((byte >= 0x09 && byte <= 0x0d) || byte === 0x20);
}

/**
 * A schedule's text: UTF-16 when a byte-order mark says so; UTF-8 when the
 * bytes are UTF-8, whatever the XML declaration says (a file saved as UTF-8
 * under an old declaration is common, and text in a single-byte encoding is
 * almost never valid UTF-8 by chance); else the encoding the declaration
 * names, as older pentabarf installations wrote
 * (`<?xml version="1.0" encoding="ISO-8859-1"?>`).
 */
function decode(bytes: Uint8Array): string | { problem: string } {
  const marked = utf16Of(bytes);
  if (marked) return new TextDecoder(marked).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the declaration's encoding, if it names one.
  }
  const encoding = declaredEncoding(bytes);
  if (encoding === undefined || encoding === 'utf-8') return { problem: 'it is not UTF-8 text, so it is no schedule pycon reads' };
  let known = false;
  try {
    const decoder = new TextDecoder(encoding, { fatal: true });
    known = true;
    return decoder.encoding === 'windows-1252' ? windows1252(bytes) : decoder.decode(bytes);
  } catch {
    if (!known)
      return { problem: `its XML declares the encoding "${encoding}", which pycon does not know; save it as UTF-8 and import it again` };
    return { problem: `it is not ${encoding} text, the encoding its XML declares` };
  }
}

/**
 * Text in windows-1252, which the labels ISO-8859-1, latin1 and ASCII also
 * name (WHATWG's Encoding standard): Node 20's own decoder drops the bytes
 * 0x80 to 0x9F, where windows-1252 has its curly quotes, dashes and euro.
 */
function windows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    units[i] = byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_80_TO_9F.charCodeAt(byte - 0x80) : byte;
  }
  return new TextDecoder('utf-16le').decode(units);
}

const WINDOWS_1252_80_TO_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function utf16Of(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * The encoding an XML declaration at the start names, in lower case. Its
 * first bytes are read one a character, as the declaration is ASCII in any
 * encoding but UTF-16, which needs the mark: a declaration of UTF-16 read so
 * is wrong, and left aside.
 */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 256));
  const declared = /^(?:\xef\xbb\xbf)?\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1]?.toLowerCase();
  return declared?.startsWith('utf-16') ? undefined : declared;
}

/** Where JSON.parse failed on `body`, the end of `text`, placed in `text` as the XML reader places problems (xml.ts). */
function malformedJson(text: string, body: string): string {
  const problem = jsonProblem(body);
  if (problem === undefined) return 'its JSON is malformed';
  if ('cutShort' in problem) {
    const { line, column } = placeIn(text, text.length);
    const open =
      problem.open === 0 ? 'in the middle of a value' : `with ${problem.open} ${problem.open === 1 ? 'bracket' : 'brackets'} still open`;
    return `its JSON ends at line ${line}, column ${column} ${open}, so the file looks cut short`;
  }
  const { line, column } = placeIn(text, text.length - body.length + problem.at);
  return `its JSON is malformed at line ${line}, column ${column}: ${problem.said}`;
}

function fromDocument(document: ScheduleDocument | { problem: string }, options: ReadOptions): ReadResult {
  if ('problem' in document) return document;
  const built = buildConferenceStore(document, options);
  if ('problem' in built) return built;
  return { store: built.store, format: document.format, version: built.version, warnings: built.warnings };
}

function fromPyconText(bytes: Uint8Array, options: ReadOptions): ReadResult {
  const result = parseSource(bytes, { ...PYCON_2019, timezone: options.zone ?? PYCON_2019.timezone, tzdata: options.tzdata });
  if (!result.store) {
    const [first] = result.problems;
    const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more; "pycon parse" lists them all)` : '';
    return { problem: `line ${first?.line}, column ${first?.column}: ${first?.message}${more}` };
  }
  return { store: result.store, format: 'PyCon text', version: '', warnings: [] };
}
