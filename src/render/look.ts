/** How a renderer is to draw for people: times in which zone, what style, how wide. */
import { plainSpaces } from '../schedule/text.js';
import type { Talk } from '../schedule/types.js';
import type { Style } from './style.js';
import type { TimeView } from './times.js';

export interface Look {
  view: TimeView;
  style: Style;
  width: number;
}

/** What a list shows beside each talk for people: the handle to type, and ★ for the user's own. */
export interface TalkMarks {
  /** The shortest start of the talk's id that names it alone (see schedule/handles.ts). */
  handleOf(talk: Talk): string;
  /** The itinerary in use holds it. */
  isMine(talk: Talk): boolean;
}

/** The mark before a title of the user's: ★ joined to the first word by a no-break space, so it never stands alone on a line. */
export function mineMark(talk: Talk, marks: TalkMarks): string {
  return marks.isMine(talk) ? '★\u00a0' : '';
}

/** Text never broken over two lines: its spaces made no-break ones (`unbreakable` makes them plain again). */
export function keepTogether(text: string): string {
  return text.replace(/ /g, '\u00a0');
}

/** Wrapped lines keep the no-break spaces that held marks to words; the terminal gets plain ones. */
export function unbreakable(line: string): string {
  return plainSpaces(line);
}

/**
 * A handle inside text to be wrapped: its hyphens made no-break ones, so that
 * wrapping never breaks it and it is copied whole (`plainHyphens` makes them
 * plain again).
 */
export function wholeHandle(handle: string): string {
  return handle.replace(/-/g, '\u2011');
}

/** A wrapped line for the terminal: wholeHandle's no-break hyphens plain again. */
export function plainHyphens(line: string): string {
  return line.includes('\u2011') ? line.replace(/\u2011/g, '-') : line;
}

/** The fewest columns of a title worth showing beside its time and room; with fewer, a title takes a line of its own. */
export const MIN_TITLE = 10;
