import { describe, expect, it } from 'vitest';
import { isoInZone, MOMENT_FORMS, parseMoment } from '../../src/schedule/moment.js';
import type { Conference } from '../../src/schedule/types.js';

const pycon: Conference = {
  name: 'pycon-us-2019',
  title: 'PyCon US 2019',
  timezone: 'America/New_York',
  location: 'Cleveland',
  days: ['2019-05-03', '2019-05-04', '2019-05-05'],
};
const at = (text: string) => {
  const moment = parseMoment(text, pycon);
  return moment === undefined ? undefined : isoInZone(moment, pycon.timezone);
};

describe('moments people type', () => {
  it('reads every form the error message offers, as the same moment', () => {
    expect(MOMENT_FORMS.map(at)).toEqual(Array(4).fill('2019-05-04T14:40:00-04:00'));
  });

  it('reads a date and a time with any spaces between, and spaces around', () => {
    expect(at('  2019-05-04   14:40 ')).toBe('2019-05-04T14:40:00-04:00');
    expect(at('2019-05-04T14:40Z')).toBe('2019-05-04T10:40:00-04:00');
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
      expect(parseMoment(text, pycon), text).toBeUndefined();
    }
  });
});
