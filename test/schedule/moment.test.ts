import { describe, expect, it } from 'vitest';
import { MOMENT_FORMS, type MomentReading, readMomentText } from '../../src/schedule/moment.js';
import type { Conference } from '../../src/schedule/types.js';
import { instantOfWallClockIn, isoInZone } from '../../src/schedule/zoneClock.js';
import { zoneRules } from '../../src/schedule/zoneRules.js';
import { formatInstant, instantOfWallClock, rulesCover, rulesOf } from '../../src/schedule/zoneOffsets.js';

const pycon: Conference = {
  name: 'pycon-us-2019',
  title: 'PyCon US 2019',
  timezone: 'America/New_York',
  location: 'Cleveland',
  days: ['2019-05-03', '2019-05-04', '2019-05-05'],
};
const instantOf = (reading: MomentReading) => ('ms' in reading ? reading.ms : instantOfWallClockIn(pycon.timezone, reading.wall));
const at = (text: string) => {
  const reading = readMomentText(text, pycon);
  return reading === undefined ? undefined : isoInZone(instantOf(reading), pycon.timezone);
};

describe('moments people type', () => {
  it('reads every form the error message offers, as the same moment', () => {
    expect(MOMENT_FORMS.map(at)).toEqual(Array(4).fill('2019-05-04T14:40:00-04:00'));
  });

  it('reads a date and a time with any spaces between, and spaces around', () => {
    expect(at('  2019-05-04   14:40 ')).toBe('2019-05-04T14:40:00-04:00');
    expect(at('2019-05-04T14:40Z')).toBe('2019-05-04T10:40:00-04:00');
  });

  it('reads seconds, a fraction, an offset in any of its spellings, and a date alone as its midnight', () => {
    expect(readMomentText('2019-05-04T14:40:30.5+02', pycon)).toEqual({ ms: Date.UTC(2019, 4, 4, 12, 40, 30) });
    expect(readMomentText('2019-05-04 14:40-0430', pycon)).toEqual({ ms: Date.UTC(2019, 4, 4, 19, 10) });
    expect(readMomentText('2019-05-04T14:40:00-04:00', pycon)).toEqual({ ms: Date.UTC(2019, 4, 4, 18, 40) });
    expect(readMomentText('2019-05-04t14:40z', pycon)).toEqual({ ms: Date.UTC(2019, 4, 4, 14, 40) });
    expect(readMomentText('2019-05-04', pycon)).toEqual({ wall: Date.UTC(2019, 4, 4) });
    expect(readMomentText('2019-05-04 14:40', pycon)).toEqual({ wall: Date.UTC(2019, 4, 4, 14, 40) });
    expect(readMomentText('sat 14:40', pycon)).toEqual({ wall: Date.UTC(2019, 4, 4, 14, 40) });
  });

  it('refuses a date or a time that is none', () => {
    for (const text of [
      '2019-02-29 10:00',
      '2019-13-01',
      '2019-00-10',
      '2019-05-04 24:00',
      '2019-05-04 10:60',
      '2019-05-04 10:00:60',
      '2019-05-04\n10:00',
    ]) {
      expect(readMomentText(text, pycon), text).toBeUndefined();
    }
  });

  it('reads a weekday, with or without its dot, and a clock with spaces inside', () => {
    expect(at('Sun. 9:05 a. m.')).toBe('2019-05-05T09:05:00-04:00');
    expect(at('fri  noon')).toBe('2019-05-03T12:00:00-04:00');
    expect(at('FRIDAY 23:59')).toBe('2019-05-03T23:59:00-04:00');
  });

  it('refuses a weekday the conference does not have, a time that is none, and anything around the form', () => {
    for (const text of [
      'monday 10:00',
      'sat 25:00',
      'sat 99:99',
      'someday 10:00',
      '1sat 14:40',
      'sat 14:40\nlater',
      'sat',
      '',
      'x2019-05-04 14:40',
    ]) {
      expect(readMomentText(text, pycon), text).toBeUndefined();
    }
  });
});

describe('the clock of a conference by its zone rules', () => {
  const rules = zoneRules('Europe/Berlin', 2025);
  const days = Array.from({ length: 363 }, (_, day) => Date.UTC(2025, 0, 2 + day));

  it('names the instant the tz database names for every half hour of the year; in the hour that repeats, its first passing', () => {
    const differ = days.flatMap((day) =>
      Array.from({ length: 48 }, (_, half) => day + half * 30 * 60_000)
        .filter((wall) => instantOfWallClock(rules, wall) !== instantOfWallClockIn('Europe/Berlin', wall))
        .map((wall) => [
          new Date(wall).toISOString().slice(0, 16),
          (instantOfWallClockIn('Europe/Berlin', wall) - instantOfWallClock(rules, wall)) / 60_000,
        ]),
    );
    // luxon takes the second passing, at +01:00; calendars (RFC 5545) and pycon the first, at +02:00.
    expect(differ).toEqual([
      ['2025-10-26T02:00', 60],
      ['2025-10-26T02:30', 60],
    ]);
  });

  it('writes each instant as the tz database does', () => {
    const differ = days.filter((day) => formatInstant(rules, day + 90 * 60_000) !== isoInZone(day + 90 * 60_000, 'Europe/Berlin'));
    expect(differ).toEqual([]);
  });

  it('covers its own year only, a day inside either end', () => {
    expect(
      [Date.UTC(2025, 0, 1), Date.UTC(2025, 0, 2), Date.UTC(2025, 11, 30, 23, 59), Date.UTC(2025, 11, 31)].map((ms) =>
        rulesCover(rules, ms),
      ),
    ).toEqual([false, true, true, false]);
  });

  it("are the conference's only while they are for its zone", () => {
    const conference: Conference = { ...pycon, timezone: 'Europe/Berlin', zoneRules: rules };
    expect(rulesOf(conference)).toBe(rules);
    expect(rulesOf({ ...conference, timezone: 'Europe/Paris' })).toBeUndefined();
    expect(rulesOf(pycon)).toBeUndefined();
  });
});
