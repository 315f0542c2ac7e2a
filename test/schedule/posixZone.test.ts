import { describe, expect, it } from 'vitest';
import { readPosixZone } from '../../src/schedule/posixZone.js';

describe('a POSIX TZ string', () => {
  it('reads quoted names, offsets in minutes, and change times past midnight or before it', () => {
    expect(readPosixZone('<+0330>-3:30')).toEqual({ standard: { name: '+0330', offset: 210 } });
    expect(readPosixZone('<-03>3<-02>,M3.5.0/-2,M10.5.0/-1')).toEqual({
      standard: { name: '-03', offset: -180 },
      daylight: {
        local: { name: '-02', offset: -120 },
        starts: { kind: 'weekday', month: 3, week: 5, weekday: 0, time: -7200 },
        ends: { kind: 'weekday', month: 10, week: 5, weekday: 0, time: -3600 },
      },
    });
    expect(readPosixZone('IST-2IDT,M3.4.4/26,M10.5.0')?.daylight?.starts).toEqual({
      kind: 'weekday',
      month: 3,
      week: 4,
      weekday: 4,
      time: 26 * 3600,
    });
    expect(readPosixZone('XXX3YYY2,J60/1:30,300')?.daylight).toEqual({
      local: { name: 'YYY', offset: -120 },
      starts: { kind: 'julian', day: 60, time: 5400 },
      ends: { kind: 'dayOfYear', day: 300, time: 7200 },
    });
  });

  it('refuses what is not one', () => {
    for (const text of ['', 'CET', 'C1', 'CET-1CEST,M13.1.0,M10.5.0', 'CET-1CEST,M3.6.0,M10.5.0', 'CET-1CEST,J0,J365', 'CET-1 CEST']) {
      expect(readPosixZone(text), text).toBeUndefined();
    }
  });
});
