import { describe, expect, it } from 'vitest';
import { etcZoneOf, meantZone } from '../../src/session/zones.js';

describe('a fixed offset, as the tz database names it', () => {
  it('turns the sign round, from UTC+14 to UTC-12, in any of the forms people write', () => {
    expect(['+01:00', '+1', 'UTC+1', 'utc +01', 'GMT+0100', ' +01:00 '].map(etcZoneOf)).toEqual(Array(6).fill('Etc/GMT-1'));
    expect(['-05:00', 'GMT-5', 'UTC-05'].map(etcZoneOf)).toEqual(Array(3).fill('Etc/GMT+5'));
    expect([etcZoneOf('+14:00'), etcZoneOf('-12:00'), etcZoneOf('+00:00'), etcZoneOf('-0')]).toEqual([
      'Etc/GMT-14',
      'Etc/GMT+12',
      'UTC',
      'UTC',
    ]);
  });

  it('has no name for part of an hour, for an offset the world has no zone at, nor for anything else', () => {
    expect(['+05:30', '+15:00', '-13:00', '+1:5', 'UTC', '01:00', 'Europe/Berlin', '+01:00x', 'Mars+5'].map(etcZoneOf)).toEqual(
      Array(9).fill(undefined),
    );
  });
});

describe('the zone an unknown name probably means', () => {
  it('is the one zone of a city, however it is written, or the one a typo or two away', () => {
    expect(['Tokyo', 'new york', 'NEW_YORK', 'Europe/Berlinn', 'europe/berl'].map(meantZone)).toEqual([
      'Asia/Tokyo',
      'America/New_York',
      'America/New_York',
      'Europe/Berlin',
      'Europe/Berlin',
    ]);
  });

  it('is none where several would do, or none is close', () => {
    expect(['Europe', 'America/', 'Mars/Olympus', 'x'].map(meantZone)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
