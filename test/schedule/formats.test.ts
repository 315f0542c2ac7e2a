import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { durationMinutes } from '../../src/schedule/conference.js';
import { readSchedule, type ReadResult } from '../../src/schedule/formats.js';
import { htmlToText } from '../../src/schedule/html.js';
import type { Store } from '../../src/schedule/types.js';
import { repoRoot } from '../helpers/run.js';

const fixture = (name: string) => readFileSync(join(repoRoot, 'test', 'fixtures', 'schedules', name), 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);

function storeOf(result: ReadResult): Store {
  if ('problem' in result) throw new Error(`expected a store, got: ${result.problem}`);
  return result.store;
}

function problemOf(result: ReadResult): string {
  if (!('problem' in result)) throw new Error('expected a problem, got a store');
  return result.problem;
}

const talk = (store: Store, id: string) => store.talks.find((candidate) => candidate.id === id);

describe('reading a frab schedule.xml', () => {
  const result = readSchedule(bytes(fixture('winter-hack-days.xml')));
  const store = storeOf(result);

  it('finds the format from the content, past a blank line before <?xml, and keeps the version', () => {
    expect(result).toMatchObject({ format: 'frab XML', version: 'Lighthouse 1.2', warnings: [] });
  });

  it('names the conference by its acronym, in its own zone and days, rooms in the order given', () => {
    const { zoneRules, ...conference } = store.conference;
    expect(conference).toEqual({
      name: 'whd24',
      title: 'Winter Hack Days 2024',
      timezone: 'Europe/Berlin',
      location: '',
      days: ['2024-12-27', '2024-12-28'],
    });
    expect(zoneRules).toMatchObject({ zone: 'Europe/Berlin', year: 2024 });
    expect(store.rooms).toEqual(['Saal 1', 'Saal G']);
    expect(store.talks.map((entry) => entry.id)).toEqual([
      'opening-welcome',
      'lets-encrypt-everything',
      'rust-for-hardware',
      'late-night-film-真夜中の映画',
      'rust-for-hardware-2',
    ]);
  });

  it('reads every field: entities, HTML reduced to paragraphs, the optional fields', () => {
    expect(talk(store, 'opening-welcome')).toEqual({
      id: 'opening-welcome',
      uid: 'whd24-opening',
      title: 'Opening & Welcome',
      speakers: ['Ada Example', 'Grace Sample'],
      day: 'Friday',
      date: '2024-12-27',
      start: '2024-12-27T10:00:00+01:00',
      end: '2024-12-27T10:30:00+01:00',
      room: 'Saal 1',
      description: 'Where things are,\u00a0and who to ask.\n\nBring coffee.',
      subtitle: 'How the days work',
      track: 'Community',
      type: 'Talk',
      language: 'en',
      url: 'https://example.org/whd24/talk/101',
    });
  });

  it('reads CDATA, drops a person without a name, and prefers a description that adds to the abstract', () => {
    expect(talk(store, 'lets-encrypt-everything')).toMatchObject({
      speakers: ['Bob Tester'],
      description: 'Certificates for all: see the docs. And then a longer story about renewals.',
      end: '2024-12-27T16:45:00+01:00',
    });
    expect(talk(store, 'lets-encrypt-everything')).not.toHaveProperty('subtitle');
  });

  it('keeps an event after midnight under the day it is listed in, with a guid that is no UUID', () => {
    expect(talk(store, 'late-night-film-真夜中の映画')).toMatchObject({
      uid: '42',
      day: 'Friday',
      date: '2024-12-27',
      start: '2024-12-28T00:30:00+01:00',
      end: '2024-12-28T02:00:00+01:00',
    });
  });

  it("takes an event's own <room> over the room it is listed under", () => {
    const moved = fixture('winter-hack-days.xml').replace(
      '<room>Saal 1</room>\n        <title>Let',
      '<room>Saal G</room>\n        <title>Let',
    );
    expect(talk(storeOf(readSchedule(bytes(moved))), 'lets-encrypt-everything')?.room).toBe('Saal G');
  });

  it('takes the first of a field an event writes twice', () => {
    const twice = fixture('winter-hack-days.xml').replace('<title>Let', '<title>Lets Encrypt, said first</title><title>Let');
    const read = storeOf(readSchedule(bytes(twice))).talks.find((each) => each.title.startsWith('Lets Encrypt'));
    expect(read?.title).toBe('Lets Encrypt, said first');
  });

  it('keeps the same talk in two slots as two talks with their own uids', () => {
    expect([talk(store, 'rust-for-hardware')?.uid, talk(store, 'rust-for-hardware-2')?.uid]).toEqual(['whd24-rust-1', 'whd24-rust-2']);
  });

  it('takes its instants from the offsets, and a fixed zone, with a warning naming --zone, when the zone name disagrees', () => {
    const utc = readSchedule(bytes(fixture('winter-hack-days.xml').replace('Europe/Berlin', 'UTC')));
    expect(storeOf(utc).conference.timezone).toBe('Etc/GMT-1');
    expect(storeOf(utc).talks[0]?.start).toBe('2024-12-27T10:00:00+01:00');
    expect(utc).toMatchObject({
      warnings: [
        'the schedule names the zone "UTC", but its times are at +01:00, so pycon uses the fixed zone Etc/GMT-1; give the real zone with --zone, such as --zone Europe/Berlin, for times across a change of daylight saving',
      ],
    });
    const none = readSchedule(bytes(fixture('winter-hack-days.xml').replace('<time_zone_name>Europe/Berlin</time_zone_name>', '')));
    expect(storeOf(none).conference.timezone).toBe('Etc/GMT-1');
  });

  it('keeps the zone the schedule names when its times are written in UTC and their clock times are that zone’s', () => {
    // Every time written as its instant in UTC, as some exports write them: 10:00 in Berlin is 09:00Z.
    const xml = fixture('winter-hack-days.xml').replace(
      /<date>([^<]+\+01:00)<\/date>/g,
      (_, written: string) => `<date>${new Date(written).toISOString().replace('.000Z', 'Z')}</date>`,
    );
    const zulu = readSchedule(bytes(xml));
    expect(storeOf(zulu).conference.timezone).toBe('Europe/Berlin');
    expect(storeOf(zulu).talks[0]?.start).toBe('2024-12-27T10:00:00+01:00');
    expect(zulu).toMatchObject({ warnings: [] });
    // A clock time that is not the zone's then is no agreement: the offsets decide, as above.
    const wrongClock = readSchedule(bytes(xml.replace('<start>10:00</start>', '<start>09:00</start>')));
    expect(storeOf(wrongClock).conference.timezone).toBe('UTC');
    expect(wrongClock).toMatchObject({
      warnings: [expect.stringMatching(/^the schedule names the zone "Europe\/Berlin", but its times are at \+00:00/)],
    });
  });

  it('takes --zone over everything, writing times at that zone’s offsets', () => {
    const tokyo = storeOf(readSchedule(bytes(fixture('winter-hack-days.xml')), { zone: 'Asia/Tokyo' }));
    expect(tokyo.conference.timezone).toBe('Asia/Tokyo');
    expect(tokyo.talks[0]?.start).toBe('2024-12-27T18:00:00+09:00');
  });

  it('reads an old pentabarf file without <date>: clock times on the day, after midnight on the next date', () => {
    const old = readSchedule(bytes(fixture('pentabarf-old.xml')), { zone: 'Europe/Berlin' });
    expect(storeOf(old).talks.map(({ start, end, date }) => ({ start, end, date }))).toEqual([
      { start: '2014-12-27T23:30:00+01:00', end: '2014-12-28T00:15:00+01:00', date: '2014-12-27' },
      { start: '2014-12-28T01:00:00+01:00', end: '2014-12-28T02:00:00+01:00', date: '2014-12-27' },
    ]);
    // A day that says when it starts: an event before that hour is the next morning's, even after 06:00.
    const late = fixture('pentabarf-old.xml')
      .replace('<day date="2014-12-27" index="1">', '<day date="2014-12-27" index="1" start="2014-12-27T10:00:00+01:00">')
      .replace('<start>01:00</start>', '<start>07:00</start>');
    expect(storeOf(readSchedule(bytes(late), { zone: 'Europe/Berlin' })).talks[1]).toMatchObject({
      start: '2014-12-28T07:00:00+01:00',
      date: '2014-12-27',
    });
    expect(readSchedule(bytes(fixture('pentabarf-old.xml')))).toMatchObject({
      warnings: [
        'the schedule names no time zone and its times carry no offset, so they are read as UTC; give the real zone with --zone, such as --zone Europe/Berlin',
      ],
    });
  });
});

describe('reading a c3voc schedule.json', () => {
  it('reads the same conference as the XML, persons by public_name or name', () => {
    const result = readSchedule(bytes(fixture('winter-hack-days.json')));
    expect(result).toMatchObject({ format: 'c3voc JSON', version: 'Lighthouse 1.2', warnings: [] });
    const store = storeOf(result);
    expect(store.conference).toMatchObject({
      name: 'whd24',
      title: 'Winter Hack Days 2024',
      timezone: 'Europe/Berlin',
      days: ['2024-12-27'],
    });
    expect(store.talks.map(({ id, uid, speakers, start, end, room }) => ({ id, uid, speakers, start, end, room }))).toEqual([
      {
        id: 'opening-welcome',
        uid: 'whd24-opening',
        speakers: ['Ada Example', 'Grace Sample'],
        start: '2024-12-27T10:00:00+01:00',
        end: '2024-12-27T10:30:00+01:00',
        room: 'Saal 1',
      },
      {
        id: 'rust-for-hardware',
        uid: 'whd24-rust-1',
        speakers: ['Chris Maker'],
        start: '2024-12-27T16:00:00+01:00',
        end: '2024-12-27T16:30:00+01:00',
        room: 'Saal G',
      },
    ]);
  });

  it('takes a field written as an object with a name as that name, as a track may be', () => {
    const json = fixture('winter-hack-days.json').replace('"track": "Community"', '"track": { "name": "Community", "color": "#3aa57c" }');
    expect(storeOf(readSchedule(bytes(json))).talks.map((talk) => talk.track)).toEqual(['Community', 'Hardware']);
  });
});

describe('reading what is not a schedule', () => {
  const cases: [string, string, string][] = [
    ['an empty file', '  \n', 'it is empty'],
    ['an HTML page', '<!DOCTYPE html>\n<html><body>Schedule</body></html>', 'this is a web page, not a schedule'],
    ['JSON that is not a schedule', '{"talks": []}', 'it is JSON, but not a schedule: it has no schedule.conference.days'],
    ['truncated JSON', '{"schedule": ', 'its JSON ends at line 1, column 14 with 1 bracket still open, so the file looks cut short'],
    ['an unknown format', 'hello\nworld\n', 'it is neither frab XML, c3voc JSON nor a PyCon talk list'],
    ['XML that is no schedule', '<rss><channel/></rss>', 'its XML has no <schedule> with a <conference>, so it is not a frab schedule'],
  ];
  it.each(cases)('refuses %s', (_name, text, problem) => {
    expect(problemOf(readSchedule(bytes(text)))).toContain(problem);
  });

  it('gives the line and column of truncated XML, counting the blank line before <?xml', () => {
    const xml = fixture('winter-hack-days.xml');
    const truncated = xml.slice(0, xml.indexOf('<title>Let'));
    expect(problemOf(readSchedule(bytes(truncated)))).toBe(
      'its XML ends at line 41, column 9 with <schedule>, <day>, <room>, <event> still open, so the file looks cut short',
    );
    const broken = xml.replace('</track>\n        <type>Talk', '</trak>\n        <type>Talk');
    expect(problemOf(readSchedule(bytes(broken)))).toBe(
      'its XML is malformed at line 25, column 25: the closing tag </trak> does not close <track>, opened at line 25, column 9',
    );
  });

  it('gives the line and column of malformed or truncated JSON, counting the blank lines before it', () => {
    const json = fixture('winter-hack-days.json');
    expect(problemOf(readSchedule(bytes(`\n\n${json.replace('"Saal 1"', 'Saal 1')}`)))).toBe(
      `its JSON is malformed at line ${lineOf(json, '"Saal 1"') + 2}, column ${columnOf(json, '"Saal 1"')}: expected a member name in double quotes, found "Saal"`,
    );
    expect(problemOf(readSchedule(bytes(json.replace('"room": "Saal 1"', '"room": Saal 1'))))).toBe(
      `its JSON is malformed at line ${lineOf(json, '"room": "Saal 1"')}, column ${columnOf(json, '"room": "Saal 1"') + 8}: expected a value, found "Saal"`,
    );
    expect(problemOf(readSchedule(bytes(json.slice(0, json.indexOf('"persons"')))))).toBe(
      `its JSON ends at line ${lineOf(json, '"persons"')}, column ${columnOf(json, '"persons"')} with 8 brackets still open, so the file looks cut short`,
    );
    // V8's own message quotes the text around the error, line breaks and escape codes too: none of it reaches the message.
    expect(problemOf(readSchedule(bytes('{"schedule":\n  {"conference": \u001b[2J\n}}')))).toBe(
      'its JSON is malformed at line 2, column 18: expected a value, found U+001B',
    );
  });

  it('names the event with no title', () => {
    const untitled = fixture('winter-hack-days.xml').replace("<title>Let's Encrypt Everything</title>", '<title> </title>');
    expect(problemOf(readSchedule(bytes(untitled)))).toBe('event 102 has no title; a schedule needs one for every event');
    const titleless = fixture('winter-hack-days.xml').replace("<title>Let's Encrypt Everything</title>", '');
    expect(problemOf(readSchedule(bytes(titleless)))).toBe('event 102 has no title; a schedule needs one for every event');
  });

  it('leaves out an optional field of only white space', () => {
    const spaced = fixture('winter-hack-days.json').replace('"subtitle": "How the days work"', '"subtitle": " \\n "');
    expect(talk(storeOf(readSchedule(bytes(spaced))), 'opening-welcome')).not.toHaveProperty('subtitle');
  });

  it('reads the encoding an XML declaration names, and UTF-16 by its byte-order mark', () => {
    const xml = fixture('winter-hack-days.xml');
    /** The fixture in a single-byte encoding, its opening talk retitled in these bytes (ASCII stays as it is). */
    const encoded = (encoding: string, title: number[]) => {
      const [before, after] = xml.replace('encoding="UTF-8"', `encoding="${encoding}"`).split('Opening &amp; Welcome') as [string, string];
      const ascii = (text: string) => [...text].map((char) => (char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : 0x3f));
      return Uint8Array.from([...ascii(before), ...title, ...ascii(after)]);
    };
    const titleOf = (result: ReadResult) => storeOf(result).talks[0]?.title;
    // "Eröffnung", then “Begrüßung” in windows-1252's quotes, which ISO-8859-1 also names.
    const german = [
      0x45, 0x72, 0xf6, 0x66, 0x66, 0x6e, 0x75, 0x6e, 0x67, 0x20, 0x93, 0x42, 0x65, 0x67, 0x72, 0xfc, 0xdf, 0x75, 0x6e, 0x67, 0x94,
    ];
    expect(titleOf(readSchedule(encoded('ISO-8859-1', german)))).toBe('Eröffnung \u201cBegrüßung\u201d');
    expect(titleOf(readSchedule(encoded('windows-1252', german)))).toBe('Eröffnung \u201cBegrüßung\u201d');
    // 入門 in Shift_JIS, as a Japanese conference's older system may write it.
    expect(titleOf(readSchedule(encoded('Shift_JIS', [0x93, 0xfc, 0x96, 0xe5])))).toBe('入門');
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(xml, (char) => char.charCodeAt(0)).buffer)]);
    expect(titleOf(readSchedule(utf16))).toBe('Opening & Welcome');
    // Saved as UTF-8 under an old declaration: the bytes are UTF-8, and read so.
    expect(
      titleOf(readSchedule(bytes(xml.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace('Opening &amp; Welcome', 'Eröffnung')))),
    ).toBe('Eröffnung');
    // UTF-16 without its mark is not what the declaration says: the bytes are read as UTF-8.
    expect(titleOf(readSchedule(bytes(xml.replace('encoding="UTF-8"', 'encoding="UTF-16"'))))).toBe('Opening & Welcome');
    expect(problemOf(readSchedule(encoded('UTF-16', [0xe9])))).toBe('it is not UTF-8 text, so it is no schedule pycon reads');
    // Declared UTF-8 and not: refused, not read with its bad bytes replaced.
    expect(problemOf(readSchedule(encoded('UTF-8', [0xe9])))).toBe('it is not UTF-8 text, so it is no schedule pycon reads');
    // The first and last of the bytes windows-1252 gives other characters than ISO-8859-1.
    expect(titleOf(readSchedule(encoded('windows-1252', [0x80, 0x20, 0x9f])))).toBe('\u20ac \u0178');
    // From 0xA0 on, both are ISO-8859-1: a no-break space.
    expect(titleOf(readSchedule(encoded('windows-1252', [0x80, 0xa0, 0x9f])))).toBe('\u20ac\u00a0\u0178');
    expect(problemOf(readSchedule(encoded('x-klingon', [0xe9])))).toBe(
      'its XML declares the encoding "x-klingon", which pycon does not know; save it as UTF-8 and import it again',
    );
    expect(problemOf(readSchedule(encoded('Shift_JIS', [0x93, 0x20])))).toBe('it is not shift_jis text, the encoding its XML declares');
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(problemOf(readSchedule(new Uint8Array([0x3c, 0xff, 0xfe])))).toBe('it is not UTF-8 text, so it is no schedule pycon reads');
    // Half of a UTF-16 byte-order mark is no mark.
    expect(problemOf(readSchedule(new Uint8Array([0xff, 0x3c, 0x00])))).toBe('it is not UTF-8 text, so it is no schedule pycon reads');
    expect(problemOf(readSchedule(new Uint8Array([0xfe, 0x00, 0x3c])))).toBe('it is not UTF-8 text, so it is no schedule pycon reads');
  });

  it('drops control characters from every field', () => {
    const hostile = fixture('winter-hack-days.json').replace('Opening & Welcome', 'Opening \\u001b]0;pwned\\u0007& Welcome');
    expect(storeOf(readSchedule(bytes(hostile))).talks[0]?.title).toBe('Opening ]0;pwned& Welcome');
  });

  it('drops the controls that turn the direction of text, from the XML as written and as entities', () => {
    const hostile = fixture('winter-hack-days.xml').replace('Opening &amp; Welcome', 'Opening \u202e&amp; &#x2067;Welcome');
    expect(storeOf(readSchedule(bytes(hostile))).talks[0]?.title).toBe('Opening & Welcome');
  });
});

describe('pieces', () => {
  it('reads durations in their three spellings', () => {
    expect(['0:30', '00:30', '01:30:00', '1:05', '00:00', '0:30:40', '30', '1:60', ''].map(durationMinutes)).toEqual([
      30,
      30,
      90,
      65,
      0,
      31,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reduces HTML and markdown to paragraphs of text', () => {
    expect(htmlToText('<p>One&nbsp;<b>two</b></p>\n<ul><li>three</li><li>[four](https://x.example/4)</li></ul>plain<br/>text')).toBe(
      'One\u00a0two\n\nthree\n\nfour\n\nplain\n\ntext',
    );
  });
});

/** The line (from 1) of the first `piece` in `text`. */
function lineOf(text: string, piece: string): number {
  return text.slice(0, text.indexOf(piece)).split('\n').length;
}

/** The column (from 1) of the first `piece` in `text`. */
function columnOf(text: string, piece: string): number {
  const at = text.indexOf(piece);
  return at - text.lastIndexOf('\n', at - 1);
}
