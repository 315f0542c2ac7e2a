/**
 * The last guard between pycon and a terminal. Whatever a command writes,
 * only pycon's own colours (SGR sequences, and only while colour is on),
 * tabs, newlines, on stdout CRLF line ends (iCalendar's), and on a terminal's
 * stderr a lone carriage return (a progress line redrawn) get through;
 * every other control character is dropped, and so are the controls that
 * turn the direction of text: the characters text.ts cleans from a schedule
 * or a store when it is read. This also catches what a path or an argument
 * carries.
 */
import type { Output } from './context.js';
import { CONTROL_CHARACTERS } from './schedule/text.js';

const UNSAFE = new RegExp(`\\u001b\\[[0-9;]*m|\\r\\n|[${CONTROL_CHARACTERS}]`, 'g');
/**
 * Whether text holds anything UNSAFE matches (CRLF aside, where it is kept):
 * text without is written as it is, not copied. An iCalendar file has a
 * CRLF on every line.
 */
const ANY_CONTROL = new RegExp(`[${CONTROL_CHARACTERS}]`);
const ANY_CONTROL_BUT_CRLF = new RegExp(`\\r(?!\\n)|(?!\\r)[${CONTROL_CHARACTERS}]`);

export function safeOutput(stream: Output, allow: { colour: () => boolean; crlf: boolean; carriageReturn?: boolean }): Output {
  const keep = (found: string) =>
    found === '\r\n' ? allow.crlf : found === '\r' ? allow.carriageReturn === true : found.length > 1 && allow.colour();
  // The plain class first: it is looked for twice as fast, and most text holds no control at all.
  const suspect = (text: string) => ANY_CONTROL.test(text) && (!allow.crlf || ANY_CONTROL_BUT_CRLF.test(text));
  return {
    write: (text: string) => stream.write(suspect(text) ? text.replace(UNSAFE, (found) => (keep(found) ? found : '')) : text),
  };
}
