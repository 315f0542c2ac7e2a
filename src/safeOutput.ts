/**
 * The last guard between pycon and a terminal. Whatever a command writes,
 * only pycon's own colours (SGR sequences, and only while colour is on),
 * tabs, newlines, on stdout CRLF line ends (iCalendar's), and on a terminal's
 * stderr a lone carriage return (a progress line redrawn) get through;
 * every other control character is dropped, and so are the controls that
 * turn the direction of text (schedule/text.ts). Text from a schedule or a
 * store is cleaned when it is read; this also catches what a path or an
 * argument carries.
 */
import type { Output } from './context.js';

const UNSAFE = /\u001b\[[0-9;]*m|\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function safeOutput(stream: Output, allow: { colour: () => boolean; crlf: boolean; carriageReturn?: boolean }): Output {
  const keep = (found: string) =>
    found === '\r\n' ? allow.crlf : found === '\r' ? allow.carriageReturn === true : found.length > 1 && allow.colour();
  return { write: (text: string) => stream.write(text.replace(UNSAFE, (found) => (keep(found) ? found : ''))) };
}
