import { describe, expect, it } from 'vitest';
import {
  buildConferenceStore,
  conferenceSlug,
  durationMinutes,
  type ScheduleDocument,
  type ScheduleEvent,
} from '../../src/schedule/conference.js';

const event = (id: string, fields: Partial<ScheduleEvent> = {}): ScheduleEvent => ({
  id,
  guid: '',
  title: `Talk ${id}`,
  subtitle: '',
  track: '',
  type: '',
  language: '',
  url: '',
  abstract: 'About it.',
  description: '',
  persons: [],
  room: 'Saal 1',
  date: '',
  start: '10:00',
  duration: '00:30',
  day: '2024-12-27',
  ...fields,
});

const document = (events: ScheduleEvent[], fields: Partial<ScheduleDocument> = {}): ScheduleDocument => ({
  format: 'frab XML',
  title: 'Winter Days',
  acronym: 'WD24',
  zoneName: 'Europe/Berlin',
  version: ' 1.0 ',
  days: [
    { date: '2024-12-28', start: '' },
    { date: '2024-12-27', start: '' },
  ],
  events,
  ...fields,
});

function built(doc: ScheduleDocument, zone?: string) {
  const result = buildConferenceStore(doc, { zone });
  if ('problem' in result) throw new Error(result.problem);
  return result;
}
const problemOf = (doc: ScheduleDocument) => {
  const result = buildConferenceStore(doc);
  return 'problem' in result ? result.problem : undefined;
};

describe('building a store from a schedule', () => {
  it('refuses an event with no title, a schedule of no events or days, and a day that is no date', () => {
    expect(problemOf(document([event('7', { title: ' \t' })]))).toBe('event 7 has no title; a schedule needs one for every event');
    expect(problemOf(document([event('', { title: '' })]))).toBe('event (no id) has no title; a schedule needs one for every event');
    expect(problemOf(document([]))).toBe('it lists no events');
    expect(problemOf(document([event('1')], { days: [] }))).toBe('it lists no events');
    expect(problemOf(document([event('1')], { days: [{ date: '2024-12-32', start: '' }] }))).toBe(
      'its day "2024-12-32" is not a date such as 2024-12-27',
    );
  });

  it('shows what the schedule says in a problem on one line, quoted and cut short: never its escape codes', () => {
    const hostile = `abc\ndef\u001b[31m${'x'.repeat(100)}`;
    expect(problemOf(document([event(hostile, { title: '' })]))).toBe(
      `event "abc def[31m${'x'.repeat(48)}…" has no title; a schedule needs one for every event`,
    );
    expect(problemOf(document([event('3', { title: 'Two\nlines', duration: '30\u001b[2J min' })]))).toBe(
      'event 3 "Two lines" has a duration "30[2J min" that is not 0:30, 00:30 or 01:30:00',
    );
    // An emoji where the cut falls stays whole.
    expect(problemOf(document([event('4', { title: `${'t'.repeat(58)}🐍🐍🐍`, duration: 'long' })]))).toBe(
      `event 4 "${'t'.repeat(58)}🐍…" has a duration "long" that is not 0:30, 00:30 or 01:30:00`,
    );
    expect(problemOf(document([event('5', { title: '🐍'.repeat(40), duration: 'long' })]))).toBe(
      `event 5 "${'🐍'.repeat(40)}" has a duration "long" that is not 0:30, 00:30 or 01:30:00`,
    );
  });

  it('refuses a duration or a time it cannot read, and leaves out events of no length with a warning', () => {
    expect(problemOf(document([event('3', { duration: '30 min' })]))).toBe(
      'event 3 "Talk 3" has a duration "30 min" that is not 0:30, 00:30 or 01:30:00',
    );
    expect(problemOf(document([event('4', { start: 'ten' })]))).toBe('event 4 "Talk 4" has no time pycon can read (date "", start "ten")');
    expect(problemOf(document([event('4', { start: 'at 10:00' })]))).toBe(
      'event 4 "Talk 4" has no time pycon can read (date "", start "at 10:00")',
    );
    expect(problemOf(document([event('5', { duration: '0:00' })]))).toBe('it lists no events with a length');
    const zeros = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => event(id, { duration: '00:00' }));
    expect(built(document([...zeros, event('1')])).warnings).toEqual(['left out 6 events of no length (a, b, c, d, e)']);
    expect(built(document([zeros[0] as ScheduleEvent, event('1')])).warnings).toEqual(['left out 1 event of no length (a)']);
  });

  it('names talks by title, numbering repeats, with uids from guid, else id, else the talk id, never two alike', () => {
    const { store } = built(
      document([
        event('1', { guid: 'g-1', title: 'Same' }),
        event('2', { guid: 'g-1', title: 'Same', room: 'Saal 2' }),
        event('3', { title: 'Other', room: '  ', persons: [' Ana ', '', '  '] }),
        event('', { title: ' Third\n', room: 'Saal 2', start: '11:00' }),
      ]),
    );
    expect(store.talks.map(({ id, uid, room, speakers, title }) => [id, uid, room, speakers, title])).toEqual([
      ['same', 'g-1', 'Saal 1', [], 'Same'],
      ['same-2', 'g-1-2', 'Saal 2', [], 'Same'],
      ['other', '3', 'Unnamed room', ['Ana'], 'Other'],
      ['third', 'third', 'Saal 2', [], 'Third'],
    ]);
    expect(store.rooms).toEqual(['Saal 1', 'Saal 2', 'Unnamed room']);
    // A third slot of the same guid gets the next number.
    const thrice = built(document(['Saal 1', 'Saal 2', 'Saal 3'].map((room, i) => event(String(i + 1), { guid: 'g-1', room }))));
    expect(thrice.store.talks.map((talk) => talk.uid)).toEqual(['g-1', 'g-1-2', 'g-1-3']);
    // A guid or id across lines is one line, as every text of the store is.
    const broken = built(document([event('1', { guid: ' g\n1 ' }), event('2\r\n3', { room: 'Saal 2' })]));
    expect(broken.store.talks.map((talk) => talk.uid)).toEqual(['g 1', '2 3']);
    expect(store.conference).toMatchObject({ name: 'wd24', title: 'Winter Days', days: ['2024-12-27', '2024-12-28'] });
    expect(built(document([event('1')])).version).toBe('1.0');
  });

  it('numbers a repeat past an id a title of its own already has', () => {
    const { store } = built(
      document([
        event('1', { title: 'Rust 2', start: '10:00' }),
        event('2', { title: 'Rust', start: '11:00' }),
        event('3', { title: 'Rust', start: '12:00' }),
        event('4', { title: 'Rust', start: '13:00' }),
      ]),
    );
    expect(store.talks.map(({ id, title }) => [id, title])).toEqual([
      ['rust-2', 'Rust 2'],
      ['rust', 'Rust'],
      ['rust-3', 'Rust'],
      ['rust-4', 'Rust'],
    ]);
  });

  it('names the conference by its title when it has no acronym, and "Conference" when it has neither', () => {
    expect(built(document([event('1')], { acronym: '' })).store.conference).toMatchObject({ name: 'winter-days', title: 'Winter Days' });
    expect(built(document([event('1')], { acronym: '', title: ' ' })).store.conference).toMatchObject({
      name: 'conference',
      title: 'Conference',
    });
  });

  it('orders talks by start, then by their rooms in the order the schedule first names them', () => {
    const { store } = built(
      document([
        event('late', { room: 'Saal 1', start: '11:00' }),
        event('second', { room: 'Saal 2', start: '10:00' }),
        event('first', { room: 'Saal 1', start: '10:00' }),
      ]),
    );
    expect(store.talks.map((talk) => `${talk.start.slice(11, 16)} ${talk.room}`)).toEqual(['10:00 Saal 1', '10:00 Saal 2', '11:00 Saal 1']);
  });

  it('describes a talk by its abstract, then its description when that adds something', () => {
    const describe = (abstract: string, description: string) =>
      built(document([event('1', { abstract, description })])).store.talks[0]?.description;
    expect(describe('Short.', '')).toBe('Short.');
    expect(describe('Short. And more.', 'And more.')).toBe('Short. And more.');
    expect(describe('', 'Only this.')).toBe('Only this.');
    expect(describe('Short.', 'Short. Longer.')).toBe('Short. Longer.');
    expect(describe('<p>One.</p>', 'Two.')).toBe('One.\n\nTwo.');
  });

  it('places a clock time before the day starts on the next date: 06:00, or the day start the schedule gives', () => {
    const starts = (doc: ScheduleDocument) => built(doc).store.talks.map((talk) => talk.start);
    expect(starts(document([event('1', { start: '05:59' }), event('2', { start: '06:00', room: 'Saal 2' })]))).toEqual([
      '2024-12-27T06:00:00+01:00',
      '2024-12-28T05:59:00+01:00',
    ]);
    const late = document([event('1', { start: '09:30' })], { days: [{ date: '2024-12-27', start: '2024-12-27T10:00:00+01:00' }] });
    expect(starts(late)).toEqual(['2024-12-28T09:30:00+01:00']);
  });
});

describe("the conference's zone", () => {
  const at = (date: string) => event('1', { date });

  it('is --zone over all, else the zone the schedule names when its offsets agree', () => {
    expect(built(document([at('2024-12-27T10:00:00+01:00')]), 'Asia/Tokyo').store.talks[0]?.start).toBe('2024-12-27T18:00:00+09:00');
    const named = built(document([at('2024-12-27T10:00:00+01:00')]));
    expect([named.store.conference.timezone, named.warnings]).toEqual(['Europe/Berlin', []]);
  });

  it('is the offset most times carry, as a fixed zone with a warning, when the name disagrees or is missing', () => {
    const doc = document([at('2024-12-27T10:00:00-05:00'), at('2024-12-27T11:00:00-05:00'), at('2024-12-27T12:00:00+01:00')]);
    const fixed = built(doc);
    expect([fixed.store.conference.timezone, fixed.warnings]).toEqual([
      'Etc/GMT+5',
      [
        'the schedule names the zone "Europe/Berlin", but its times are at -05:00, so pycon uses the fixed zone Etc/GMT+5; give the real zone with --zone, such as --zone Europe/Berlin, for times across a change of daylight saving',
      ],
    ]);
    const outvoted = built(
      document([at('2024-12-27T10:00:00+01:00'), at('2024-12-27T10:30:00+02:00'), at('2024-12-27T11:00:00+02:00')], { zoneName: '' }),
    );
    expect(outvoted.store.conference.timezone).toBe('Etc/GMT-2');
    const unnamed = built(document([at('2024-12-27T10:00:00+02:00')], { zoneName: 'Not/AZone' }));
    expect(unnamed.store.conference.timezone).toBe('Etc/GMT-2');
    expect(built(document([at('2024-12-27T10:00:00+00:00')], { zoneName: '' })).warnings[0]).toMatch(
      /^the schedule names no time zone; its times are at \+00:00, so pycon uses the fixed zone UTC;/,
    );
    expect(built(document([at('2024-12-27T10:00:00+05:30')], { zoneName: '' })).store.conference.timezone).toBe('UTC');
  });

  it('is UTC, with a warning, when the schedule names none and its times carry no offset', () => {
    const utc = built(document([event('1')], { zoneName: '' }));
    expect([utc.store.conference.timezone, utc.warnings]).toEqual([
      'UTC',
      [
        'the schedule names no time zone and its times carry no offset, so they are read as UTC; give the real zone with --zone, such as --zone Europe/Berlin',
      ],
    ]);
  });
});

describe('small readings', () => {
  it('reads durations in three spellings, and nothing else', () => {
    expect(['0:30', ' 00:30 ', '01:30:00', '1:00:31', '0:30:59', '10:05', '0:59'].map(durationMinutes)).toEqual([
      30, 30, 90, 61, 31, 605, 59,
    ]);
    expect(durationMinutes('0:30 min')).toBeUndefined();
    expect(['0:60', '0:30:60', '30', '1:5', '123:00', 'x0:30'].map(durationMinutes)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('makes a conference name people type, at most 64 characters, never ending in a hyphen', () => {
    expect(conferenceSlug('36C3')).toBe('36c3');
    expect(conferenceSlug('PyCon DE 2024!')).toBe('pycon-de-2024');
    expect(conferenceSlug(`${'a'.repeat(63)} b`)).toBe('a'.repeat(63));
    expect(conferenceSlug('!!!')).toBe('conference');
    expect(conferenceSlug('Café Conf')).toBe('cafe-conf');
    // A name holds ASCII words alone, as --conference takes them; with none in the acronym, the title's.
    expect(conferenceSlug('パイコン JP')).toBe('jp');
    expect(conferenceSlug('冬ハック24', 'Winter Hack Days 2024')).toBe('winter-hack-days-2024');
    expect(conferenceSlug('', 'PyCon JP 2025')).toBe('pycon-jp-2025');
    expect(conferenceSlug('冬ハック', 'ふゆのハック')).toBe('conference');
  });
});
