import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/schedule/parse.js';
import { clockMinutes, isIsoDate, isIsoInstant, overlaps, weekdayOf } from '../../src/schedule/time.js';

describe('clock times', () => {
  it('reads 12 a.m. as 00:00 and 12 p.m. as noon', () => {
    expect(clockMinutes('12 a.m.')).toBe(0);
    expect(clockMinutes('12:30 a.m.')).toBe(30);
    expect(clockMinutes('12 p.m.')).toBe(12 * 60);
    expect(clockMinutes('noon')).toBe(12 * 60);
    expect(clockMinutes('11:30 p.m.')).toBe(23 * 60 + 30);
    expect(clockMinutes('13 p.m.')).toBeUndefined();
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
});
