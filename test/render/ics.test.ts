import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, renderCalendar, uidPart } from '../../src/render/ics.js';
import type { Talk } from '../../src/schedule/types.js';
import { renderVTimezone, shownTwice } from '../../src/render/vtimezone.js';
import { zoneRules } from '../../src/schedule/zoneRules.js';

describe('iCalendar pieces', () => {
  it('escapes backslash, semicolon, comma and newline in TEXT', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    // A lone carriage return (old Mac line ends) is a line break too; other controls go.
    expect(escapeText('g\rh\u0007\u001b[2Ji\r\r\n')).toBe('g\\nh[2Ji\\n\\n');
  });

  it('folds at 75 octets, moving a character that would be split to the next line', () => {
    const line = `${'a'.repeat(74)}é${'b'.repeat(10)}`;
    expect(foldLine(line)).toBe(`${'a'.repeat(74)}\r\n é${'b'.repeat(10)}`);
    const emoji = `${'a'.repeat(73)}🐍🐍`;
    expect(foldLine(emoji)).toBe(`${'a'.repeat(73)}\r\n 🐍🐍`);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(150))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
    // A line that fills its last piece exactly ends there, with no empty piece after it.
    expect(foldLine('x'.repeat(149))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}`);
  });

  it('folds any text into pieces of at most 75 octets, each character whole, the text unchanged', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    // With surrogates (a pair, and one alone), and without: lines of each kind are folded in their own way.
    const withPairs = ['a', ' ', 'é', '’', '日', '🐍', '\ud800'];
    const withoutPairs = ['a', ' ', 'é', '’', '日', '\u07ff', '\u0800'];
    for (let n = 0; n < 600; n++) {
      const characters = n % 2 ? withPairs : withoutPairs;
      const line = Array.from({ length: Math.floor(random() * 200) }, () => characters[Math.floor(random() * characters.length)]).join('');
      const pieces = foldLine(line).split('\r\n ');
      expect(pieces.join('')).toBe(line);
      pieces.forEach((piece, i) => {
        expect(Buffer.byteLength(piece), line).toBeLessThanOrEqual(i === 0 ? 75 : 74);
        expect(/^[\udc00-\udfff]/.test(piece) && /[\ud800-\udbff]$/.test(pieces[i - 1] ?? ''), line).toBe(false);
      });
      // Each piece is as full as it can be: the next character would not have fitted.
      pieces.slice(0, -1).forEach((piece, i) => {
        const next = [...(pieces[i + 1] as string)][0] as string;
        expect(Buffer.byteLength(piece + next), line).toBeGreaterThan(i === 0 ? 75 : 74);
      });
    }
  });

  /** The offset, in hours, that ical.js (Thunderbird's reader) gives a wall-clock time under this VTIMEZONE. */
  const offsetUnder = (lines: string[]) => {
    const zone = new ICAL.Timezone(ICAL.Component.fromString([...lines, ''].join('\r\n')));
    return (local: string) => zone.utcOffset(ICAL.Time.fromDateTimeString(local)) / 3600;
  };

  it('derives last-Sunday rules for Berlin, each from its day in the year before', () => {
    const lines = renderVTimezone('Europe/Berlin', zoneRules('Europe/Berlin', 2019));
    expect(lines.filter((line) => /^(BEGIN|DTSTART|RRULE)/.test(line))).toEqual([
      'BEGIN:VTIMEZONE',
      'BEGIN:DAYLIGHT',
      'DTSTART:20180325T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'BEGIN:STANDARD',
      'DTSTART:20181028T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    ]);
    // FOSDEM-like February, either side of both changes, and the first minutes after each.
    const offset = offsetUnder(lines);
    expect(
      ['2019-02-01T10:00:00', '2019-03-31T01:59:00', '2019-03-31T03:00:00', '2019-10-27T03:00:00', '2019-12-31T23:00:00'].map(offset),
    ).toEqual([1, 1, 2, 1, 1]);
  });

  it('starts the year in daylight time south of the equator, where ical.js reads January right', () => {
    const lines = renderVTimezone('Australia/Sydney', zoneRules('Australia/Sydney', 2025));
    expect(lines).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Australia/Sydney',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+1100',
      'TZOFFSETTO:+1000',
      'TZNAME:GMT+10',
      'DTSTART:20240407T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'TZOFFSETFROM:+1000',
      'TZOFFSETTO:+1100',
      'TZNAME:GMT+11',
      'DTSTART:20241006T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ]);
    // linux.conf.au is in January; the clocks go back on 6 April and forward on 5 October.
    expect(['2025-01-20T10:00:00', '2025-06-01T10:00:00', '2025-12-01T10:00:00'].map(offsetUnder(lines))).toEqual([11, 10, 11]);
  });

  it("holds the year's first offset from 1 January when the clocks do not come back to it", () => {
    // As Yukon in 2020: forward in March, and never back.
    const lines = renderVTimezone('America/Whitehorse', {
      zone: 'America/Whitehorse',
      year: 2020,
      base: { offset: -480, name: 'PST' },
      transitions: [{ at: Date.UTC(2020, 2, 8, 10), from: -480, to: -420, name: 'MST' }],
    });
    expect(lines).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:America/Whitehorse',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:-0800',
      'TZOFFSETTO:-0800',
      'TZNAME:PST',
      'DTSTART:20200101T000000',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'TZOFFSETFROM:-0800',
      'TZOFFSETTO:-0700',
      'TZNAME:MST',
      'DTSTART:20200308T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ]);
    expect(['2020-02-01T10:00:00', '2020-12-01T10:00:00'].map(offsetUnder(lines))).toEqual([-8, -7]);
    // South of the equator, a year that starts in daylight time and puts the clocks back for good holds DAYLIGHT from 1 January.
    const southern = renderVTimezone('Pacific/Somewhere', {
      zone: 'Pacific/Somewhere',
      year: 2021,
      base: { offset: 780, name: '+13' },
      transitions: [{ at: Date.UTC(2021, 3, 3, 14), from: 780, to: 720, name: '+12' }],
    });
    expect(southern.slice(2, 8)).toEqual([
      'BEGIN:DAYLIGHT',
      'TZOFFSETFROM:+1300',
      'TZOFFSETTO:+1300',
      'TZNAME:+13',
      'DTSTART:20210101T000000',
      'END:DAYLIGHT',
    ]);
    expect(['2021-02-01T10:00:00', '2021-06-01T10:00:00'].map(offsetUnder(southern))).toEqual([13, 12]);
  });

  it('starts a rule on the last weekday of its month in the year before, the 30th in a month of 30 days', () => {
    // In 2027 the last Friday of April, when Cairo's clocks go forward, is the 30th: a DTSTART off the rule's own days is undefined in RFC 5545.
    const lines = renderVTimezone('Africa/Cairo', zoneRules('Africa/Cairo', 2028));
    expect(lines.filter((line) => /^(DTSTART|RRULE)/.test(line))).toEqual([
      'DTSTART:20270430T000000',
      'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=-1FR',
      'DTSTART:20271029T000000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1FR',
    ]);
  });

  it('writes an offset of zero as +0000, as RFC 5545 asks, never -0000', () => {
    const lines = renderVTimezone('Europe/London', zoneRules('Europe/London', 2025));
    expect(lines.filter((line) => line.startsWith('TZOFFSET'))).toEqual([
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0100',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0000',
    ]);
  });

  it('writes a single STANDARD for a zone without daylight saving', () => {
    expect(renderVTimezone('Asia/Tokyo', zoneRules('Asia/Tokyo', 2019))).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Tokyo',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      'TZNAME:GMT+9',
      'DTSTART:19700101T000000',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });
});

describe('a VTIMEZONE read by ical.js', () => {
  it('gives four hours of every day of a year the offset the tz database gives, in zones of every kind', () => {
    // Half-hour offsets and changes (St John's, Lord Howe), none (Kolkata, São Paulo since 2019), south of the equator
    // (Sydney), two changes around Ramadan (Casablanca), the last Friday of a 30-day month (Cairo), UTC in winter
    // (London), and PyCon's and FOSDEM's own.
    const zones = [
      'America/St_Johns',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'America/Sao_Paulo',
      'Australia/Sydney',
      'Africa/Casablanca',
      'Africa/Cairo',
      'Europe/London',
    ];
    for (const [zone, year] of [
      ...zones.map((zone) => [zone, 2025] as const),
      ['America/New_York', 2019] as const,
      ['Europe/Brussels', 2025] as const,
    ]) {
      const rules = zoneRules(zone, year);
      const vtimezone = new ICAL.Timezone(ICAL.Component.fromString([...renderVTimezone(zone, rules), ''].join('\r\n')));
      const twice = shownTwice(rules);
      const wrong: string[] = [];
      for (let day = DateTime.fromObject({ year }, { zone }); day.year === year; day = day.plus({ days: 1 })) {
        for (const hour of [0, 3, 10, 23]) {
          const moment = day.set({ hour });
          // A time shown twice is exported in UTC, and a time the clocks skip is never a talk's.
          if (moment.hour !== hour || twice(moment.toISO() as string)) continue;
          const read = vtimezone.utcOffset(ICAL.Time.fromDateTimeString(moment.toFormat("yyyy-MM-dd'T'HH:mm:ss"))) / 60;
          if (read !== moment.offset) wrong.push(`${zone} ${moment.toISO()}: ${read}`);
        }
      }
      expect(wrong).toEqual([]);
    }
  });
});

describe('a time the clocks show twice', () => {
  const rules = zoneRules('Europe/Brussels', 2025);
  // On 26 October 2025 the clocks in Brussels go back from 03:00 to 02:00: 02:00 to 02:59 come twice.
  const talk = (start: string, end: string): Talk => ({
    id: 'night',
    uid: 'night',
    title: 'Night film',
    speakers: [],
    day: 'Saturday',
    date: '2025-10-25',
    start,
    end,
    room: 'Main',
    description: '',
  });
  const calendar = (talks: Talk[]) =>
    renderCalendar(talks, {
      productId: '-//pycon//test//EN',
      name: 'Autumn',
      conference: 'autumn',
      category: 'Autumn',
      timezone: 'Europe/Brussels',
      vtimezone: renderVTimezone('Europe/Brussels', rules),
      stamp: '20251025T000000Z',
      shownTwice: shownTwice(rules),
    });

  it('is known by its wall clock and offset: either of the two, and no other', () => {
    const twice = shownTwice(rules);
    expect(
      [
        '2025-10-26T01:59:00+02:00',
        '2025-10-26T02:00:00+02:00',
        '2025-10-26T02:59:00+01:00',
        '2025-10-26T03:00:00+01:00',
        '2025-03-30T02:30:00+01:00',
      ].map(twice),
    ).toEqual([false, true, true, false, false]);
    // Never in a zone that keeps one offset all year.
    expect(shownTwice(zoneRules('Asia/Tokyo', 2025))('2025-10-26T02:30:00+09:00')).toBe(false);
  });

  it('is written in UTC, which RFC 5545 readers and ical.js read alike, and the rest with the TZID', () => {
    const first = talk('2025-10-26T02:30:00+02:00', '2025-10-26T03:30:00+01:00');
    const second = { ...talk('2025-10-26T02:30:00+01:00', '2025-10-26T03:30:00+01:00'), id: 'later', uid: 'later' };
    const text = calendar([first, second]);
    const eventLines = text.slice(text.indexOf('BEGIN:VEVENT')).split('\r\n');
    expect(eventLines.filter((line) => /^DT(START|END)/.test(line))).toEqual([
      'DTSTART:20251026T003000Z',
      'DTEND;TZID=Europe/Brussels:20251026T033000',
      'DTSTART:20251026T013000Z',
      'DTEND;TZID=Europe/Brussels:20251026T033000',
    ]);
    const parsed = new ICAL.Component(ICAL.parse(text));
    ICAL.TimezoneService.register(parsed.getFirstSubcomponent('vtimezone')!);
    const events = parsed.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((event) => [event.startDate.toUnixTime() * 1000, event.endDate.toUnixTime() * 1000])).toEqual(
      [first, second].map((one) => [Date.parse(one.start), Date.parse(one.end)]),
    );
    ICAL.TimezoneService.reset();
  });
});

describe('a calendar built from hostile text', () => {
  const INJECTION = 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:Injected\r\nDTSTART:20190504T120000Z';
  const talk: Talk = {
    id: `talk${INJECTION}`,
    uid: `talk${INJECTION}`,
    title: `Title${INJECTION}`,
    speakers: [`Speaker${INJECTION}`],
    day: 'Saturday',
    date: '2019-05-04',
    start: '2019-05-04T12:10:00-04:00',
    end: '2019-05-04T12:55:00-04:00',
    room: `Room\u001b]0;x\u0007${INJECTION}`,
    description: `Text\u0000\u0007\u009b${INJECTION}`,
  };
  const meta = {
    productId: '-//pycon//test//EN',
    name: `Mine${INJECTION}`,
    conference: `Conf${INJECTION}`,
    category: `Conf${INJECTION}`,
    timezone: 'America/New_York',
    vtimezone: renderVTimezone('America/New_York', zoneRules('America/New_York', 2019)),
    stamp: '20190503T000000Z',
  };
  /** Built inside each test, so that what the test checks is what the code under test makes then. */
  const hostileCalendar = (change: Partial<typeof meta> = {}, talks = [talk]) => renderCalendar(talks, { ...meta, ...change });
  const unfolded = (calendar: string) => calendar.replace(/\r\n /g, '');

  it('holds exactly the one event, read back by ical.js', () => {
    const events = new ICAL.Component(ICAL.parse(hostileCalendar())).getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    expect(events[0]?.getFirstPropertyValue('summary')).toBe(`Title${INJECTION.replace(/\r\n/g, '\n')}`);
  });

  it('makes the UID of safe characters only, distinct for distinct ids', () => {
    expect(unfolded(hostileCalendar())).toContain(
      '\r\nUID:talkx%0D%0AEND%3AVEVENT%0D%0ABEGIN%3AVEVENT%0D%0AUID%3Aevil%0D%0ASUMMARY%3AInjected%0D%0ADTSTART%3A20190504T120000Z@Confx%0D%0AEND%3AVEVENT%0D%0ABEGIN%3AVEVENT%0D%0AUID%3Aevil%0D%0ASUMMARY%3AInjected%0D%0ADTSTART%3A20190504T120000Z.pycon',
    );
    expect(uidPart('a b')).toBe('a%20b');
    expect(uidPart('é\n')).toBe('%C3%A9%0A');
    expect(uidPart('')).toBe('talk');
    expect(uidPart('advanced-asyncio-solving-real-world-production-problems')).toBe(
      'advanced-asyncio-solving-real-world-production-problems',
    );
  });

  it('names the conference in the UID by its name, any byte outside a slug encoded', () => {
    expect(unfolded(hostileCalendar({ conference: 'pycon-us-2019' }))).toContain('@pycon-us-2019.pycon\r\n');
    expect(unfolded(hostileCalendar({ conference: ' PyCon!! US ' }))).toContain('@%20PyCon%21%21%20US%20.pycon\r\n');
  });

  it('writes the zone’s names as text, and refuses a zone that is not a TZID', () => {
    const rules = zoneRules('America/New_York', 2019);
    const named = (name: string) => ({
      ...rules,
      base: { ...rules.base, name },
      transitions: rules.transitions.map((transition) => ({ ...transition, name })),
    });
    const calendar = hostileCalendar({ vtimezone: renderVTimezone('America/New_York', named(`EDT${INJECTION}`)) });
    const parsed = new ICAL.Component(ICAL.parse(calendar));
    expect(parsed.getAllSubcomponents('vevent')).toHaveLength(1);
    const zone = parsed.getFirstSubcomponent('vtimezone');
    expect(zone?.getAllSubcomponents('daylight')[0]?.getFirstPropertyValue('tzname')).toBe(`EDT${INJECTION.replace(/\r\n/g, '\n')}`);
    expect(() => renderVTimezone('America/New_York\r\nX:1', rules)).toThrow('refusing to write TZID');
  });

  it("gives a talk's page, as its URL and in its description, only when it is a plain http(s) address", () => {
    const page = 'https://pretalx.example/democon/talk/XKQ9PL/?lang=en&x=(1),2;3#top';
    const calendar = unfolded(hostileCalendar({}, [{ ...talk, url: page }]));
    expect(calendar).toContain(`\r\nURL:${page}\r\n`);
    expect(calendar).toContain(`\\n\\n${escapeText(page)}\r\nURL:`);
    const [event] = new ICAL.Component(ICAL.parse(calendar)).getAllSubcomponents('vevent');
    expect(event?.getFirstPropertyValue('url')).toBe(page);
    for (const url of [
      `https://example.org/a${INJECTION}`,
      'https://example.org/a b',
      'https://example.org/"quoted"',
      'https://example.org/<b>',
      'https://例え.jp/',
      'javascript:alert(1)',
      'ftp://example.org/file',
    ]) {
      const unsafe = unfolded(hostileCalendar({}, [{ ...talk, url }]));
      expect(unsafe, url).not.toContain('\r\nURL:');
      expect(unsafe, url).not.toContain(escapeText(url));
    }
  });

  it('writes no control character but the CRLF line ends', () => {
    expect(hostileCalendar().replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('refuses to write a stamp, a zone or a time that is not of its form', () => {
    expect(() => hostileCalendar({ stamp: '20190503T000000Z\r\nX:1' })).toThrow('refusing to write DTSTAMP');
    expect(() => hostileCalendar({ stamp: 'X20190503T000000Z' })).toThrow('refusing to write DTSTAMP');
    expect(() => hostileCalendar({ timezone: 'America/New_York\r\nX:1' })).toThrow('refusing to write TZID');
    expect(() => hostileCalendar({ timezone: 'X:America/New_York' })).toThrow('refusing to write TZID');
    expect(() => hostileCalendar({}, [{ ...talk, start: '2019-05-04T12:10:0x' }])).toThrow('refusing to write DTSTART');
    expect(() => hostileCalendar({}, [{ ...talk, start: 'x2019-05-04T12:10:00' }])).toThrow('refusing to write DTSTART');
    expect(() => hostileCalendar({}, [{ ...talk, start: 'xx20190504T121000' }])).toThrow('refusing to write DTSTART');
    expect(() => hostileCalendar({}, [{ ...talk, start: '20190504T121000xx' }])).toThrow('refusing to write DTSTART');
  });
});

describe('folding by octets', () => {
  it('counts each character by the octets UTF-8 gives it, at every boundary', () => {
    const cases: [string, number][] = [
      ['\u007f', 1],
      ['\u0080', 2],
      ['\u07ff', 2],
      ['\u0800', 3],
      ['\uffff', 3],
      ['🐍', 4],
    ];
    for (const [char, octets] of cases) {
      const fits = 'a'.repeat(75 - octets);
      expect(foldLine(`${fits}${char}`), `U+${char.codePointAt(0)?.toString(16)}`).toBe(`${fits}${char}`);
      expect(foldLine(`a${fits}${char}`), `U+${char.codePointAt(0)?.toString(16)}`).toBe(`a${fits}\r\n ${char}`);
    }
  });
});
