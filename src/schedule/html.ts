/**
 * Abstracts and descriptions in published schedules are HTML, markdown or
 * plain text. All three become plain paragraphs: tags dropped (a paragraph
 * or line break kept as one), entities decoded, markdown links reduced to
 * their text, spaces collapsed.
 */
import { cleanText, stripControls } from './text.js';

const BLOCK_END = /<\/(?:p|div|li|ul|ol|h[1-6]|blockquote|pre|table|tr)\s*>|<br\s*\/?>|<(?:p|div|li|h[1-6])(?:\s[^<>]*)?>/gi;
const TAG = /<\/?[A-Za-z][^<>]*>/g;
/** `[text](https://…)` → `text`; a link's target is not something to read in a terminal. */
const MARKDOWN_LINK = /\[([^[\]\n]*)\]\([^()\s]*\)/g;

export function htmlToText(text: string): string {
  // Line ends first: a lone \r is a control character, which would go, gluing two lines' words.
  const plain = stripControls(text.replace(/\r\n?/g, '\n')).replace(BLOCK_END, '\n\n').replace(TAG, '').replace(MARKDOWN_LINK, '$1');
  return plain
    .split(/\n\s*\n/)
    .map((paragraph) => cleanText(paragraph))
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}
