/**
 * Abstracts and descriptions in published schedules are HTML, markdown or
 * plain text. All three become plain paragraphs: tags dropped (a paragraph
 * or line break kept as one), comments and script and style elements
 * dropped whole, entities decoded, markdown links reduced to their text,
 * spaces collapsed.
 */
import { cleanText, stripControls } from './text.js';

const BLOCK_END = /<\/(?:p|div|li|ul|ol|h[1-6]|blockquote|pre|table|tr)\s*>|<br\s*\/?>|<(?:p|div|li|h[1-6])(?:\s[^<>]*)?>/gi;
const TAG = /<\/?[A-Za-z][^<>]*>/g;
/** `[text](https://…)` → `text`; a link's target is not something to read in a terminal. */
const MARKDOWN_LINK = /\[([^[\]\n]*)\]\([^()\s]*\)/g;

export function htmlToText(text: string): string {
  // Line ends first: a lone \r is a control character, which would go, gluing two lines' words.
  const plain = withoutHidden(stripControls(text.replace(/\r\n?/g, '\n')))
    .replace(BLOCK_END, '\n\n')
    .replace(TAG, '')
    .replace(MARKDOWN_LINK, '$1');
  return plain
    .split(/\n\s*\n/)
    .map((paragraph) => cleanText(paragraph))
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** Where a comment, or a script or style element, opens: what is in it is not for reading (a Word paste leaves `<!--[if gte mso 9]>…-->`). */
const HIDDEN_START = /<!--|<(script|style)\b/gi;
const HIDDEN_END = { comment: /-->/g, script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };

/**
 * The text without its comments, script and style elements. Each end is
 * looked for from its start, and the next start from that end, so the text
 * is read once however many starts it holds; from a start that never ends,
 * the rest is kept as it is.
 */
function withoutHidden(text: string): string {
  if (!text.includes('<')) return text;
  let kept = '';
  let from = 0;
  HIDDEN_START.lastIndex = 0;
  for (let start = HIDDEN_START.exec(text); start; start = HIDDEN_START.exec(text)) {
    const end = HIDDEN_END[start[1] === undefined ? 'comment' : (start[1].toLowerCase() as 'script' | 'style')];
    end.lastIndex = HIDDEN_START.lastIndex;
    if (!end.exec(text)) break;
    kept += text.slice(from, start.index);
    from = end.lastIndex;
    HIDDEN_START.lastIndex = from;
  }
  return from === 0 ? text : kept + text.slice(from);
}
