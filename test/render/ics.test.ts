import { describe, expect, it } from 'vitest';
import { escapeText, foldLine } from '../../src/render/ics.js';
import { renderVTimezone } from '../../src/schedule/vtimezone.js';

describe('iCalendar pieces', () => {
  it('escapes backslash, semicolon, comma and newline in TEXT', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets, moving a character that would be split to the next line', () => {
    const line = `${'a'.repeat(74)}é${'b'.repeat(10)}`;
    expect(foldLine(line)).toBe(`${'a'.repeat(74)}\r\n é${'b'.repeat(10)}`);
    const emoji = `${'a'.repeat(73)}🐍🐍`;
    expect(foldLine(emoji)).toBe(`${'a'.repeat(73)}\r\n 🐍🐍`);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(150))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
  });

  it('derives last-Sunday rules for Berlin', () => {
    const lines = renderVTimezone('Europe/Berlin', 2019);
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(lines).toContain('DTSTART:20190331T020000');
    expect(lines).toContain('DTSTART:20191027T030000');
  });

  it('writes a single STANDARD for a zone without daylight saving', () => {
    expect(renderVTimezone('Asia/Tokyo', 2019).filter((line) => !line.startsWith('TZNAME'))).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Tokyo',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      'DTSTART:19700101T000000',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });
});
