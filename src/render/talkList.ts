/**
 * A list of talks: two lines each for people, one tab-separated line each for pipes.
 */
import type { Talk } from '../schedule/types.js';
import { foldText } from '../schedule/text.js';
import { formatSpan } from './times.js';
import { wrapText } from './wrap.js';
import type { Look } from './look.js';
import type { Style } from './style.js';

/** For people: the title (matched words marked), then speakers · time · room, a blank line between talks. */
export function renderTalkList(talks: Talk[], look: Look, termsOf?: (talk: Talk) => Set<string> | undefined): string {
  const blocks = talks.map((talk) => {
    const title = wrapText(talk.title, look.width).map((line) => look.style.title(markTerms(line, termsOf?.(talk), look.style)));
    const details = [talk.speakers.join(', '), formatSpan(look.view, talk.start, talk.end), talk.room]
      .filter((part) => part !== '')
      .join(' · ');
    const detailLines = wrapText(details, look.width - 2).map((line) => `  ${look.style.dim(line)}`);
    return [...title, ...detailLines].join('\n');
  });
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
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
  return line.replace(/[\p{L}\p{N}\p{M}'’]+/gu, (word) => {
    const folded = foldText(word).split(' ');
    return folded.some((part) => terms.has(part)) ? style.match(word) : word;
  });
}
