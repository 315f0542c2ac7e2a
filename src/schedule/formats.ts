/**
 * Any schedule pycon reads → a talk store. The format is found from the
 * content, never the file name: `<` opens XML (frab), `{` JSON (c3voc), and
 * a weekday slot line the PyCon talk list. Never throws: what stops a read
 * is one problem, said as a clause ("its XML is malformed at line 3, …").
 */
import { buildConferenceStore, type ScheduleDocument } from './conference.js';
import { readC3voc } from './c3voc.js';
import { readFrab } from './frab.js';
import { jsonProblem } from './jsonProblem.js';
import { parseSource } from './parse.js';
import { looksLikeSlot } from './slot.js';
import { placeIn } from './text.js';
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
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: 'it is not UTF-8 text, so it is no schedule pycon reads' };
  }
  // trimStart drops a byte-order mark too: it is white space to JavaScript.
  const body = text.trimStart();
  if (body === '') return { problem: 'it is empty' };
  const linesBefore = text.length - body.length === 0 ? 0 : (text.slice(0, text.length - body.length).match(/\n/g) ?? []).length;
  const head = body.slice(0, 2048).toLowerCase();
  if (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    /^<\?xml[^>]*>\s*<!doctype html/.test(head) ||
    /<html[\s>]/.test(head)
  ) {
    return { problem: 'this is a web page, not a schedule', webPage: true };
  }
  if (body.startsWith('<')) return fromDocument(readFrab(body, linesBefore), options);
  if (body.startsWith('{') || body.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      return { problem: malformedJson(text, body) };
    }
    return fromDocument(readC3voc(data), options);
  }
  if (text.split('\n').some((line) => looksLikeSlot(line.trim()))) return fromPyconText(bytes, options);
  return { problem: 'it is neither frab XML, c3voc JSON nor a PyCon talk list' };
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
