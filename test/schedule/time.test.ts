import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/schedule/parse.js';
import {
  byTime,
  clockMinutes,
  inMomentYears,
  isIsoDate,
  isIsoInstant,
  overlaps,
  runsAt,
  weekdayIndex,
  weekdayOf,
} from '../../src/schedule/time.js';
import { saturdayTalk } from '../helpers/talks.js';

describe('clock times', () => {
  it('reads 12 a.m. as 00:00 and 12 p.m. as noon', () => {
    expect(clockMinutes('12 a.m.')).toBe(0);
    expect(clockMinutes('12:30 a.m.')).toBe(30);
    expect(clockMinutes('12 p.m.')).toBe(12 * 60);
    expect(clockMinutes('noon')).toBe(12 * 60);
    expect(clockMinutes('11:30 p.m.')).toBe(23 * 60 + 30);
    expect(clockMinutes('13 p.m.')).toBeUndefined();
  });

  it('reads the forms people write, with spaces and dots or without, and nothing around them', () => {
    expect(clockMinutes(' 4 P.M. ')).toBe(16 * 60);
    expect(clockMinutes('4pm')).toBe(16 * 60);
    expect(clockMinutes('10:50 a. m.')).toBe(10 * 60 + 50);
    expect(clockMinutes('1 a.m.')).toBe(60);
    expect(clockMinutes('23:59')).toBe(23 * 60 + 59);
    expect(clockMinutes('Midnight')).toBe(0);
    for (const text of ['0 a.m.', '9:60', '24:00', '23:60 ', '14', 'at 14:35', '14:35 sharp', '4 pxm', '4 p.x.m.']) {
      expect(clockMinutes(text), text).toBeUndefined();
    }
  });
});

describe('weekdays', () => {
  it('reads a full or three-letter name, any case, with a dot after it', () => {
    expect(['Sunday', 'mon', 'TUE.', 'wed.', 'Thursday.', 'fri', 'sat'].map(weekdayIndex)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(['satur', 'sa', 'sat..', '.sat', 's.at', ''].map(weekdayIndex)).toEqual([-1, -1, -1, -1, -1, -1]);
  });
});

describe('slots around midnight', () => {
  const oneTalk = (slot: string) => parseSource(`A talk\n\nA Speaker\n${slot}\n\nA description.`);

  it('ends a talk at midnight at 24:00 of its own day', () => {
    const { store, problems } = oneTalk('Friday 11:30 p.m.–midnight in Room 1');
    expect(problems).toEqual([]);
    expect(store?.talks[0]).toMatchObject({
      day: 'Friday',
      date: '2019-05-03',
      start: '2019-05-03T23:30:00-04:00',
      end: '2019-05-04T00:00:00-04:00',
    });
    expect(oneTalk('Friday 11 p.m.–12 a.m. in Room 1').store?.talks[0]?.end).toBe('2019-05-04T00:00:00-04:00');
  });

  it('starts a talk at 12 a.m. at 00:00', () => {
    expect(oneTalk('Saturday 12 a.m.–1 a.m. in Room 1').store?.talks[0]).toMatchObject({
      start: '2019-05-04T00:00:00-04:00',
      end: '2019-05-04T01:00:00-04:00',
    });
  });
});

describe('spans', () => {
  it('treats back-to-back talks as no overlap', () => {
    expect(overlaps({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(false);
    expect(overlaps({ start: 0, end: 11 }, { start: 10, end: 20 })).toBe(true);
  });

  it('runs a talk from its first minute up to, not including, its end', () => {
    const talk = saturdayTalk('t', '12:10', '12:55');
    const start = Date.parse(talk.start);
    const end = Date.parse(talk.end);
    expect([start - 1, start, end - 1, end].map((at) => runsAt(talk, at))).toEqual([false, true, true, false]);
  });

  it('orders talks by start, then by end', () => {
    const talks = [
      saturdayTalk('long', '12:00', '13:00'),
      saturdayTalk('later', '12:30', '12:40'),
      saturdayTalk('short', '12:00', '12:30'),
      saturdayTalk('first', '09:00', '17:00'),
    ];
    expect(talks.sort(byTime).map((talk) => talk.id)).toEqual(['first', 'short', 'long', 'later']);
  });
});

describe('dates', () => {
  it('knows which days exist', () => {
    expect(isIsoDate('2019-02-30')).toBe(false);
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2019-13-01')).toBe(false);
    expect(isIsoInstant('2019-05-04T24:00:00-04:00')).toBe(false);
    expect(isIsoInstant('2019-05-04T12:10:00-04:00')).toBe(true);
    expect(weekdayOf('2019-05-04')).toBe('Saturday');
  });

  it('knows the length of every month, and leap years by the Gregorian rule', () => {
    expect(['2019-01-31', '2019-04-30', '2019-12-31', '2000-02-29', '2024-02-29', '2019-02-28'].every(isIsoDate)).toBe(true);
    expect(['2019-04-31', '2019-02-29', '1900-02-29', '2019-00-10', '2019-05-00', '2019-05-32'].some(isIsoDate)).toBe(false);
    expect(['x2019-05-04', '2019-05-04x', '2019-5-4', '20190504'].some(isIsoDate)).toBe(false);
  });

  it('takes instants with seconds, fractions, Z or an offset, and nothing around them', () => {
    for (const text of ['2019-05-04T12:10Z', '2019-05-04T12:10:05.250+02:00', '2019-05-04T23:59:59-12:00']) {
      expect(isIsoInstant(text), text).toBe(true);
    }
    for (const text of [
      '2019-05-04T12:10',
      '2019-05-04T12:60:00Z',
      '2019-05-04T12:10:60Z',
      '2019-05-04T12:10:00+24:00',
      '2019-05-04T12:10:00+01:60',
      '2019-02-30T12:10:00Z',
      ' 2019-05-04T12:10:00Z',
      '2019-05-04T12:10:00Z ',
      '2019-05-04T12:10:00.Z',
    ]) {
      expect(isIsoInstant(text), text).toBe(false);
    }
  });

  it('believes moments from 1900 to 2100 only', () => {
    const at = (iso: string) => inMomentYears(Date.parse(iso));
    expect([at('1899-12-31T23:59:59Z'), at('1900-01-01T00:00:00Z'), at('2100-12-31T23:59:59Z'), at('2101-01-01T00:00:00Z')]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});
