import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeOutput } from '../src/safeOutput.js';
import { CONTROL } from './helpers/store.js';

/** What a guarded stream passes on for each text written to it. */
function written(texts: string[], allow: Parameters<typeof safeOutput>[1]): string {
  let out = '';
  const stream = safeOutput({ write: (text: string) => (out += text) }, allow);
  for (const text of texts) stream.write(text);
  return out;
}

const stdout = (colour: boolean) => ({ colour: () => colour, crlf: true });
const stderr = (terminal: boolean) => ({ colour: () => false, crlf: false, carriageReturn: terminal });

describe('safeOutput', () => {
  it('keeps the colours only while colour is on, and drops every other escape', () => {
    const text = '\u001b[1mBold\u001b[0m \u001b[2J\u001b]0;title\u0007 \u009b31m';
    expect(written([text], stdout(true))).toBe('\u001b[1mBold\u001b[0m [2J]0;title 31m');
    expect(written([text], stdout(false))).toBe('Bold [2J]0;title 31m');
  });

  it("keeps an iCalendar file's CRLFs on stdout, and nothing else of a carriage return", () => {
    const calendar = 'BEGIN:VCALENDAR\r\nSUMMARY:Over\rwritten\r\nEND:VCALENDAR\r\n';
    expect(written([calendar], stdout(false))).toBe('BEGIN:VCALENDAR\r\nSUMMARY:Overwritten\r\nEND:VCALENDAR\r\n');
    expect(written([calendar], stderr(false))).toBe('BEGIN:VCALENDARSUMMARY:OverwrittenEND:VCALENDAR');
  });

  it("keeps a progress line's carriage return on a terminal's stderr only", () => {
    expect(written(['\rDownloading 40%'], stderr(true))).toBe('\rDownloading 40%');
    expect(written(['\rDownloading 40%'], stderr(false))).toBe('Downloading 40%');
  });

  it('drops the controls that turn text around, and keeps tabs, line breaks and the marks', () => {
    expect(written(['Evil\u202e txet\u2066\tשלום\u200f\n'], stdout(false))).toBe('Evil txet\tשלום\u200f\n');
  });

  it('passes text with nothing to drop on as it is, and text with something as if each character were looked at', () => {
    const pieces = fc.constantFrom('a', 'é', '\n', '\t', '\r', '\r\n', '\u001b', '\u001b[1m', '[', '\u0007', '\u009b', '\u202e', '\u200f');
    /** The guard's rule, a character at a time: a colour, then a CRLF, then a control, each from where the last ended. */
    const kept = (text: string, allow: { crlf: boolean; carriageReturn: boolean }) => {
      let out = '';
      for (let at = 0; at < text.length; ) {
        const colour = /\u001b\[[0-9;]*m/y;
        colour.lastIndex = at;
        if (colour.test(text)) at = colour.lastIndex;
        else if (text.startsWith('\r\n', at)) {
          if (allow.crlf) out += '\r\n';
          at += 2;
        } else {
          const character = text[at] as string;
          if (!CONTROL.test(character) || (character === '\r' && allow.carriageReturn)) out += character;
          at += 1;
        }
      }
      return out;
    };
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(written([text], stdout(false))).toBe(kept(text, { crlf: true, carriageReturn: false }));
        expect(written([text], stderr(true))).toBe(kept(text, { crlf: false, carriageReturn: true }));
        expect(written([text], stderr(false))).toBe(kept(text, { crlf: false, carriageReturn: false }));
      }),
    );
  });
});
