import { describe, expect, it } from 'vitest';
import { readC3voc } from '../../src/schedule/c3voc.js';
import { readSchedule } from '../../src/schedule/formats.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const problemOf = (text: string) => {
  const result = readSchedule(bytes(text));
  return 'problem' in result ? result.problem : undefined;
};

describe('telling formats apart', () => {
  it('takes any page that says it is HTML for a web page, however it begins', () => {
    for (const page of [
      '<!DOCTYPE html><p>x',
      '  <html lang="en">',
      '<?xml version="1.0"?>\n<!DOCTYPE html>',
      '<!-- generated -->\n<html>',
      '<div>\n<html\n>',
    ]) {
      const result = readSchedule(bytes(page));
      expect(result, page).toEqual({ problem: 'this is a web page, not a schedule', webPage: true });
    }
    // A page in ISO-8859-1 that does not say so (`Café`), and one in UTF-16.
    const latin1Page = Uint8Array.from('\n<!DOCTYPE html><p>Caf\u00e9', (char) => char.charCodeAt(0));
    const utf16Page = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from('<html><p>x', (char) => char.charCodeAt(0)).buffer)]);
    for (const page of [latin1Page, utf16Page])
      expect(readSchedule(page)).toEqual({ problem: 'this is a web page, not a schedule', webPage: true });
    expect(readSchedule(Uint8Array.from([0x3c, 0x70, 0x3e, 0xe9]))).toEqual({
      problem: 'it is not UTF-8 text, so it is no schedule pycon reads',
    });
    expect(problemOf('<schedule><htmlish/></schedule>')).toBe(
      'its XML has no <schedule> with a <conference>, so it is not a frab schedule',
    );
  });

  it('reads past a byte-order mark and blank lines, counting those lines in the place of an XML error', () => {
    const malformed = '\ufeff\n\n  <schedule><conference></schedule>';
    expect(problemOf(malformed)).toMatch(/^its XML is malformed at line 3, column \d+:/);
    // The same in UTF-16, decoded before it is read, counts the same lines.
    const utf16Result = readSchedule(new Uint8Array(Uint16Array.from(malformed, (char) => char.charCodeAt(0)).buffer));
    expect('problem' in utf16Result && utf16Result.problem).toBe(problemOf(malformed));
    expect(problemOf('\ufeff')).toBe('it is empty');
    expect(problemOf('[1, 2]')).toBe('it is JSON, but not a schedule: it has no schedule.conference.days');
  });

  it('reads a PyCon talk list, naming its first problem and how many more there are', () => {
    const list = 'A\n\nAna\nFriday 9 a.m.–10 a.m. in Hall\n\nAbout.\n\nB\n\nBob\nFunday 9 a.m.–10 a.m.\n\nAbout.\n';
    expect(problemOf(list)).toBe('line 11, column 1: unknown weekday "Funday" (and 1 more; "pycon parse" lists them all)');
    const good = list.replace('Funday', 'Friday').replace('9 a.m.–10 a.m.\n', '10 a.m.–11 a.m. in Hall\n');
    expect(problemOf(good)).toBeUndefined();
    // Saved on Windows, with a space left after a slot: still a talk list.
    expect(problemOf(good.replace('in Hall\n', 'in Hall \n').replaceAll('\n', '\r\n'))).toBeUndefined();
    expect(problemOf('A\n\nAna\nFriday 9 a.m.–10 a.m. in Hall\n')).toBe('line 4, column 1: "A" has no description');
  });
});

describe('reading c3voc JSON', () => {
  const json = (rooms: unknown) => ({
    schedule: {
      version: 7,
      conference: {
        title: 'Conf',
        acronym: 'c',
        time_zone_name: 'Europe/Berlin',
        days: [{ date: '2024-12-27', day_start: '2024-12-27T10:00:00+01:00', rooms }],
      },
    },
  });

  it('reads persons by public name, else name, else as plain text; ids that are numbers; and the room an event names', () => {
    const document = readC3voc(
      json({
        'Saal 1': [
          {
            id: 42,
            guid: 'g',
            title: 'T',
            room: 'Saal 2',
            persons: [{ public_name: 'Ana', name: 'Ana Full' }, { name: 'Bob' }, 'Cy', { id: 3 }, 7],
          },
          { id: Number.NaN, title: 'U', persons: 'nobody' },
        ],
        'Saal 3': 'not a list',
      }),
    );
    if ('problem' in document) throw new Error(document.problem);
    expect([document.version, document.days]).toEqual(['7', [{ date: '2024-12-27', start: '2024-12-27T10:00:00+01:00' }]]);
    expect(document.events.map(({ id, guid, room, persons, day }) => ({ id, guid, room, persons, day }))).toEqual([
      { id: '42', guid: 'g', room: 'Saal 2', persons: ['Ana', 'Bob', 'Cy', '', ''], day: '2024-12-27' },
      { id: '', guid: '', room: 'Saal 1', persons: [], day: '2024-12-27' },
    ]);
  });
});

describe('reading frab XML', () => {
  const schedule = (rooms: string, conference = '') =>
    `<schedule><conference><title>Conf</title><acronym>c</acronym>${conference}</conference><day date="2024-12-27">${rooms}</day></schedule>`;
  const event = (id: number, title: string) =>
    `<event id="${id}"><date>2024-12-27T10:00:00+01:00</date><start>10:00</start><duration>00:30</duration><title>${title}</title></event>`;
  const talksOf = (xml: string) => {
    const read = readSchedule(bytes(xml));
    if ('problem' in read) throw new Error(read.problem);
    return read.store.talks.map(({ title, room, speakers, date }) => ({ title, room, speakers, date }));
  };

  it('gives an event without persons none, and one without a room of its own the room it is listed in', () => {
    expect(talksOf(schedule(`<room name="Hall">${event(1, 'Break')}</room>`))).toEqual([
      { title: 'Break', room: 'Hall', speakers: [], date: '2024-12-27' },
    ]);
  });

  it('reads as talks only the events listed in a room of a day', () => {
    const xml = schedule(
      `<room name="Hall"><recording/>${event(1, 'Talk')}</room>${event(2, 'Loose')}<track>${event(5, 'Tracked')}</track>`,
      `<events>${event(3, 'Elsewhere')}</events><room name="Side">${event(4, 'Nowhere')}</room>`,
    );
    expect(talksOf(xml).map((talk) => talk.title)).toEqual(['Talk']);
  });

  it("takes an event's id for its uid when it has no guid, and its handle when it has neither", () => {
    const read = readSchedule(bytes(schedule(`<room name="Hall">${event(7, 'Talk')}${event(8, 'Other').replace(' id="8"', '')}</room>`)));
    if ('problem' in read) throw new Error(read.problem);
    expect(read.store.talks.map(({ uid, id }) => ({ uid, id }))).toEqual([
      { uid: '7', id: 'talk' },
      { uid: 'other', id: 'other' },
    ]);
  });
});
