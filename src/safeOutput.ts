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

export function safeOutput(stream: Output, allow: { colour: () => boolean; crlf: boolean; carriageReturn?: boolean }): Output {
  const keep = (found: string) =>
    found === '\r\n' ? allow.crlf : found === '\r' ? allow.carriageReturn === true : found.length > 1 && allow.colour();
  return { write: (text: string) => stream.write(text.replace(UNSAFE, (found) => (keep(found) ? found : ''))) };
}
