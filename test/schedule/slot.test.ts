import { describe, expect, it } from 'vitest';
import { looksLikeSlot, splitSlot } from '../../src/schedule/slot.js';

describe('slot lines', () => {
  it('splits a slot line into its parts, with the 1-based column of each', () => {
    expect(splitSlot('Saturday 12:10 p.m.–12:55 p.m. in Grand Ballroom C')).toEqual({
      weekday: 'Saturday',
      start: '12:10 p.m.',
      end: '12:55 p.m.',
      room: 'Grand Ballroom C',
      columns: { weekday: 1, start: 10, end: 21, room: 35 },
    });
  });

  it('finds the end after the start when both read alike, and a room whose name holds "in"', () => {
    expect(splitSlot('Friday   10 a.m. — 10 a.m.   in  Room in Back  ')).toEqual({
      weekday: 'Friday',
      start: '10 a.m.',
      end: '10 a.m.',
      room: 'Room in Back',
      columns: { weekday: 1, start: 10, end: 20, room: 34 },
    });
  });

  it('leaves the room out when the line names none; its column is then the end of the line', () => {
    expect(splitSlot('Sunday noon-1 p.m.')).toEqual({
      weekday: 'Sunday',
      start: 'noon',
      end: '1 p.m.',
      room: undefined,
      columns: { weekday: 1, start: 8, end: 13, room: 19 },
    });
  });

  it('is no slot without a dash between two times', () => {
    expect(splitSlot('Saturday 12:10 p.m. in Room 26')).toBeUndefined();
    expect(splitSlot('Saturday')).toBeUndefined();
  });

  it('takes a line for a slot when it starts with a word and a time and a dash, and is not a paragraph', () => {
    expect(looksLikeSlot('Saturday 12:10 p.m.–12:55 p.m. in Grand Ballroom C')).toBe(true);
    expect(looksLikeSlot('sat. 9:00 - whenever')).toBe(true);
    expect(looksLikeSlot('Saturday midnight–late')).toBe(true);
    expect(looksLikeSlot('Saturday at 12:10 p.m.–12:55 p.m.')).toBe(false);
    expect(looksLikeSlot('Saturday 12:10 p.m. in Grand Ballroom C')).toBe(false);
    expect(looksLikeSlot('The 12 p.m.–1 p.m. lunch')).toBe(true);
    const slot = 'Saturday 12:10 p.m.–12:55 p.m. in ';
    expect(looksLikeSlot(slot + 'x'.repeat(160 - slot.length))).toBe(true);
    expect(looksLikeSlot(slot + 'x'.repeat(161 - slot.length))).toBe(false);
  });
});
