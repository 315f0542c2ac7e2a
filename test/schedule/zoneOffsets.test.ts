import { describe, expect, it } from 'vitest';
import { formatInstant, instantOfWallClock, offsetAt, readInstant } from '../../src/schedule/zoneOffsets.js';
import { zoneRules } from '../../src/schedule/zoneRules.js';

const berlin = zoneRules('Europe/Berlin', 2025);
const wall = (iso: string) => Date.parse(`${iso}Z`);
const utc = (ms: number) => new Date(ms).toISOString();

describe('reading instants from a schedule', () => {
  it('reads a date and a time with seconds or without, a fraction, and Z or an offset with or without its colon', () => {
    expect(readInstant('2025-02-01T10:30+01:00')).toEqual({ ms: Date.parse('2025-02-01T09:30:00Z'), offset: 60 });
    expect(readInstant(' 2025-02-01 10:30:15.250 -0330 ')).toEqual({ ms: Date.parse('2025-02-01T14:00:15Z'), offset: -210 });
    expect(readInstant('2025-02-01t23:59:59z')).toEqual({ ms: Date.parse('2025-02-01T23:59:59Z'), offset: 0 });
  });

  it('refuses a time without an offset, and a date or a time that does not exist', () => {
    for (const text of [
      '2025-02-01T10:30',
      '2025-02-29T10:30Z',
      '2025-04-31T10:30Z',
      '2025-13-01T10:30Z',
      '2025-00-01T10:30Z',
      '2025-01-00T10:30Z',
      '2025-01-32T10:30Z',
      '2025-01-01T24:00Z',
      '2025-01-01T10:60Z',
      '2025-01-01T10:30:60Z',
      '2025-01-01T10:30Z later',
    ]) {
      expect(readInstant(text), text).toBeUndefined();
    }
  });
});

describe("a zone's offsets from its rules", () => {
  it('changes offset at the transition instant, not a millisecond before', () => {
    const spring = Date.parse('2025-03-30T01:00:00Z');
    expect([offsetAt(berlin, spring - 1), offsetAt(berlin, spring), offsetAt(berlin, Date.parse('2025-12-31T12:00:00Z'))]).toEqual([
      60, 120, 60,
    ]);
  });

  it('reads a wall-clock time as the instant it names: a time passed twice at its first passing, a skipped time an hour on', () => {
    expect(utc(instantOfWallClock(berlin, wall('2025-02-01T10:00:00')))).toBe('2025-02-01T09:00:00.000Z');
    expect(utc(instantOfWallClock(berlin, wall('2025-07-01T10:00:00')))).toBe('2025-07-01T08:00:00.000Z');
    expect(utc(instantOfWallClock(berlin, wall('2025-03-30T02:30:00')))).toBe('2025-03-30T01:30:00.000Z');
    expect(utc(instantOfWallClock(berlin, wall('2025-10-26T02:30:00')))).toBe('2025-10-26T00:30:00.000Z');
    // Sydney starts the year in summer time (+11): the clock it skips in October is read at +10, the offset before the jump.
    const sydney = zoneRules('Australia/Sydney', 2025);
    expect(utc(instantOfWallClock(sydney, wall('2025-10-05T02:30:00')))).toBe('2025-10-04T16:30:00.000Z');
    expect(utc(instantOfWallClock(sydney, wall('2025-01-15T10:00:00')))).toBe('2025-01-14T23:00:00.000Z');
  });

  it('writes an instant at the offset of its moment, east or west, and in half hours', () => {
    expect(formatInstant(berlin, Date.parse('2025-07-01T08:00:00Z'))).toBe('2025-07-01T10:00:00+02:00');
    expect(formatInstant(zoneRules('America/St_Johns', 2025), Date.parse('2025-01-15T12:00:00Z'))).toBe('2025-01-15T08:30:00-03:30');
    expect(formatInstant(zoneRules('Asia/Kolkata', 2025), Date.parse('2025-01-15T12:00:00Z'))).toBe('2025-01-15T17:30:00+05:30');
    expect(formatInstant(zoneRules('UTC', 2025), Date.parse('2025-01-15T12:00:00Z'))).toBe('2025-01-15T12:00:00+00:00');
  });
});
