/**
 * A list of talks: two lines each for people, one tab-separated line each for pipes.
 */
import type { Talk } from '../schedule/types.js';
import { foldText } from '../schedule/fold.js';
import { formatSpan } from './times.js';
import { displayWidth, wrapText } from './wrap.js';
import { keepTogether, type Look, mineMark, type TalkMarks, unbreakable } from './look.js';
import type { Style } from './style.js';

export interface TalkListExtras {
  marks: TalkMarks;
  /** Folded words to highlight in a talk's title. */
  termsOf?: ((talk: Talk) => Set<string> | undefined) | undefined;
  /** A line under the details, such as where a search matched. */
  noteOf?: ((talk: Talk) => string | undefined) | undefined;
}

/**
 * For people, a blank line between talks:
 *
 *   ★ Advanced asyncio: Solving Real-world Production Problems
 *     advanced  Lynn Root · Sat 12:10–12:55 · Grand Ballroom C
 *
 * ★ marks the user's talks, matched words are highlighted, and the handle leads
 * the details, so the name to type is where the eye lands.
 */
export function renderTalkList(talks: Talk[], look: Look, extras: TalkListExtras): string {
  const { marks, termsOf, noteOf } = extras;
  const blocks = talks.map((talk) => {
    const title = wrapText(`${mineMark(talk, marks)}${talk.title}`, look.width).map((line) =>
      look.style.title(markTerms(unbreakable(line), termsOf?.(talk), look.style)),
    );
    // A time or a room is never broken over two lines; a long list of speakers may be.
    const details = [talk.speakers.join(', '), keepTogether(formatSpan(look.view, talk.start, talk.end)), keepTogether(talk.room)]
      .filter((part) => part !== '')
      // A line may end in `·`, never start with it.
      .join('\u00a0· ');
    const note = noteOf?.(talk);
    return [...title, ...detailLines(marks.handleOf(talk), details, look), ...(note === undefined ? [] : [note])].join('\n');
  });
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/**
 * The details under a title, indented, after the handle; wrapped lines hang
 * under the details. A handle wider than half the screen has a line of its
 * own, and the details go under it.
 */
function detailLines(handle: string, details: string, look: Look): string[] {
  const dim = (line: string) => look.style.dim(unbreakable(line));
  const hang = displayWidth(handle) + 4;
  if (hang > look.width / 2) return [`  ${handle}`, ...wrapText(details, look.width - 4).map((line) => `    ${dim(line)}`)];
  return wrapText(details, look.width - hang).map((line, i) => `${i === 0 ? `  ${handle}  ` : ' '.repeat(hang)}${dim(line)}`);
}

/** For pipes: id, title, speakers, start, end, room — every field, every time, ISO times. */
export function renderTalkLines(talks: Talk[]): string {
  return talks
    .map((talk) => `${[talk.id, talk.title, talk.speakers.join(', '), talk.start, talk.end, talk.room].map(clean).join('\t')}\n`)
    .join('');
}

function clean(field: string): string {
  return field.replace(/[\t\n]/g, ' ');
}

/** Marks the words of a line whose folded form is among `terms`. */
export function markTerms(line: string, terms: Set<string> | undefined, style: Style): string {
  if (!terms || terms.size === 0) return line;
  const mark = (word: string) =>
    foldText(word)
      .split(' ')
      .some((part) => terms.has(part))
      ? style.match(word)
      : word;
  // In ASCII the letters are A to Z: a pattern without Unicode classes, which V8 builds the first time one runs.
  return /^[\x00-\x7f]*$/.test(line) ? line.replace(/[A-Za-z0-9']+/g, mark) : line.replace(/[\p{L}\p{N}\p{M}'\u2019]+/gu, mark);
}
