import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Talk } from '../../src/schedule/types.js';
import { bundledStore, homeWithWinterHackDays, makeHome, run } from '../helpers/run.js';
import { homeWithOneDay } from '../helpers/schedules.js';
import { HUNG_AFTER_MS } from '../helpers/spawn.js';

const talks = (JSON.parse(readFileSync(bundledStore, 'utf8')) as { talks: Talk[] }).talks;

async function exportAll(extra: string[] = []): Promise<string> {
  const { stdout, stderr, code } = await run(['export', '--all', ...extra]);
  expect({ stderr, code }).toEqual({ stderr: '', code: 0 });
  return stdout;
}

/** The content lines of a calendar, unfolded (RFC 5545 §3.1). */
function unfold(calendar: string): string[] {
  return calendar
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
}

function unescapeText(value: string): string {
  return value.replace(/\\(n|N|\\|;|,)/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

describe('pycon export: the bytes', () => {
  it('ends every line with CRLF, the last one too, and has no BOM and no bare LF', async () => {
    const calendar = await exportAll();
    expect(calendar.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(calendar.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(calendar.charCodeAt(0)).not.toBe(0xfeff);
    expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds every line at 75 octets without splitting a UTF-8 character', async () => {
    const bytes = Buffer.from(await exportAll());
    let start = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        const line = bytes.subarray(start, i);
        expect(line.length).toBeLessThanOrEqual(75);
        expect(Buffer.from(line.toString('utf8')).equals(line), line.toString('utf8')).toBe(true);
        start = i + 2;
      }
    }
    const folded = (await exportAll()).split('\r\n').filter((line) => line.startsWith(' '));
    expect(folded.length).toBeGreaterThan(500);
  });

  it('writes the calendar header RFC 5545 asks for, with no METHOD', async () => {
    const lines = unfold(await exportAll());
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//pycon//pycon 0.1.0//EN',
      'CALSCALE:GREGORIAN',
      'X-WR-CALNAME:PyCon US 2019',
    ]);
    expect(lines.some((line) => line.startsWith('METHOD'))).toBe(false);
  });

  it("writes a VTIMEZONE with the tz database's real rules for New York", async () => {
    const lines = unfold(await exportAll());
    const start = lines.indexOf('BEGIN:VTIMEZONE');
    expect(lines.slice(start, lines.indexOf('END:VTIMEZONE') + 1)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:America/New_York',
      'BEGIN:DAYLIGHT',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'TZNAME:EDT',
      'DTSTART:20180311T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'TZNAME:EST',
      'DTSTART:20181104T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('writes each talk as a VEVENT with a stable UID, zoned times and escaped text', async () => {
    const lines = unfold(await exportAll(['--day', 'sunday', '--room', '26']));
    const start = lines.indexOf('BEGIN:VEVENT');
    const event = lines.slice(start, lines.indexOf('END:VEVENT', start) + 1);
    expect(event.map((line) => line.split(/[:;]/)[0])).toEqual([
      'BEGIN',
      'UID',
      'DTSTAMP',
      'LAST-MODIFIED',
      'SEQUENCE',
      'DTSTART',
      'DTEND',
      'SUMMARY',
      'LOCATION',
      'DESCRIPTION',
      'CATEGORIES',
      'END',
    ]);
    expect(event.slice(1, 9)).toEqual([
      'UID:plugins-adding-flexibility-to-your-apps@pycon-us-2019.pycon',
      'DTSTAMP:20190503T000000Z',
      'LAST-MODIFIED:20190503T000000Z',
      'SEQUENCE:0',
      'DTSTART;TZID=America/New_York:20190505T131000',
      'DTEND;TZID=America/New_York:20190505T134000',
      'SUMMARY:Plugins: Adding Flexibility to Your Apps',
      'LOCATION:Room 26A/B/C',
    ]);
    expect(event[9]).toMatch(/^DESCRIPTION:Geir Arne Hjelle\\n\\nPython is a flexible language\. Your Python app\\, on the other hand\\, /);
    expect(event[10]).toBe('CATEGORIES:PyCon US 2019,Talk');
    expect(lines).toContain('SUMMARY:Python on Windows is Okay\\, Actually');
  });

  it('places a VALARM after the event properties with --alarm', async () => {
    const lines = unfold(await exportAll(['--day', 'sunday', '--room', '26', '--alarm', '10']));
    const end = lines.indexOf('END:VEVENT');
    expect(lines.slice(end - 6, end + 1)).toEqual([
      'CATEGORIES:PyCon US 2019,Talk',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-PT10M',
      'DESCRIPTION:Plugins: Adding Flexibility to Your Apps',
      'END:VALARM',
      'END:VEVENT',
    ]);
    expect((await run(['export', '--all', '--alarm', 'soon'])).code).toBe(2);
    // Minutes as a whole number, spaces round it aside.
    expect(await run(['export', '--all', '--alarm', '10x'])).toEqual({
      stdout: '',
      stderr:
        "pycon: option '--alarm <minutes>' argument '10x' is invalid: give a whole number of minutes, such as 10; see \"pycon export --help\".\n",
      code: 2,
    });
    expect(await exportAll(['--day', 'sunday', '--room', '26', '--alarm', ' 10 '])).toContain('TRIGGER:-PT10M');
  });

  it("gives an imported talk's track and type as categories, and a talk with nothing to describe no DESCRIPTION", async () => {
    const winter = await homeWithWinterHackDays();
    const events = unfold((await winter.run(['export', '--all'])).stdout).filter(
      (line) => line.startsWith('SUMMARY:') || line.startsWith('CATEGORIES:'),
    );
    expect(events).toEqual([
      'SUMMARY:Opening & Welcome',
      'CATEGORIES:Winter Hack Days 2024,Community,Talk',
      "SUMMARY:Let's Encrypt Everything",
      'CATEGORIES:Winter Hack Days 2024,Security,Talk',
      'SUMMARY:Rust for Hardware',
      'CATEGORIES:Winter Hack Days 2024,Hardware,Workshop',
      'SUMMARY:Late Night Film: 真夜中の映画',
      'CATEGORIES:Winter Hack Days 2024,Entertainment,Film',
      'SUMMARY:Rust for Hardware',
      'CATEGORIES:Winter Hack Days 2024,Hardware,Workshop',
    ]);
    const bare = await homeWithOneDay('Winter Con', [{ id: 1, start: '10:00', duration: '00:30', room: 'Main', title: 'Early' }]);
    const event = unfold((await bare.run(['export', '--all'])).stdout).filter((line) =>
      /^(SUMMARY|LOCATION|DESCRIPTION|CATEGORIES)/.test(line),
    );
    expect(event).toEqual(['SUMMARY:Early', 'LOCATION:Main', 'CATEGORIES:Winter Con,Talk']);
  });

  it('is byte-identical on a second export', async () => {
    expect(await exportAll()).toBe(await exportAll());
  });

  it('never writes a floating time, an abbreviation or GMT as a zone', async () => {
    const lines = unfold(await exportAll());
    const eventTimes = lines.slice(lines.indexOf('END:VTIMEZONE')).filter((line) => /^DT(START|END)[;:]/.test(line));
    expect(eventTimes).toHaveLength(190);
    for (const line of eventTimes) expect(line).toMatch(/^DT(START|END);TZID=America\/New_York:\d{8}T\d{6}$/);
  });
});

describe('pycon export: read back by ical.js', () => {
  it('gives every event the start and end instant of its talk', async () => {
    const calendar = new ICAL.Component(ICAL.parse(await exportAll()));
    const zone = calendar.getFirstSubcomponent('vtimezone');
    expect(zone).not.toBeNull();
    ICAL.TimezoneService.register(zone!);
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events).toHaveLength(95);
    for (const [i, event] of events.entries()) {
      const talk = talks[i]!;
      expect(event.uid).toBe(`${talk.id}@pycon-us-2019.pycon`);
      expect(event.startDate.toUnixTime() * 1000, talk.id).toBe(Date.parse(talk.start));
      expect(event.endDate.toUnixTime() * 1000, talk.id).toBe(Date.parse(talk.end));
      expect(event.summary).toBe(talk.title);
      expect(event.location).toBe(talk.room);
      expect(event.description).toBe([talk.speakers.join(', '), talk.description].filter((part) => part !== '').join('\n\n'));
    }
    ICAL.TimezoneService.reset();
  });

  it("places a talk right in a conference held before its year's first change of clocks", async () => {
    // 1 February in Brussels, as FOSDEM: read by a VTIMEZONE whose first onset is the end of March, ical.js would take it as UTC.
    const my = await homeWithOneDay('Winter Con', [{ id: 1, start: '10:00', duration: '00:30', room: 'Main', title: 'Early' }]);
    const { stdout } = await my.run(['export', '--all']);
    const calendar = new ICAL.Component(ICAL.parse(stdout));
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
    const [event] = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect([event?.startDate.toJSDate().toISOString(), event?.endDate.toJSDate().toISOString()]).toEqual([
      '2025-02-01T09:00:00.000Z',
      '2025-02-01T09:30:00.000Z',
    ]);
    ICAL.TimezoneService.reset();
  });

  it('restores accents, curly quotes, emoji, commas and the longest description exactly', async () => {
    const lines = unfold(await exportAll());
    const summaries = lines.filter((line) => line.startsWith('SUMMARY:')).map((line) => unescapeText(line.slice(8)));
    expect(summaries).toContain('¡Escuincla babosa!: Creating a telenovela script in three Python deep learning frameworks');
    expect(summaries).toContain('Maintaining a Python Project When It’s Not Your Job');
    expect(summaries).toContain("Don't be a robot, build the bot");
    const longest = [...talks].sort((a, b) => b.description.length - a.description.length)[0]!;
    const descriptions = lines.filter((line) => line.startsWith('DESCRIPTION:')).map((line) => unescapeText(line.slice(12)));
    expect(descriptions).toContain([longest.speakers.join(', '), longest.description].join('\n\n'));
    expect(descriptions.some((text) => /\p{Extended_Pictographic}/u.test(text))).toBe(true);
    expect(descriptions.some((text) => text.includes('Max Bélanger'))).toBe(true);
  });
});

describe('pycon export: what and where', () => {
  it('exports exactly the itinerary by default', async () => {
    const env = { PYCON_HOME: makeHome() };
    await run(['add', 'beeware', 'advanced-asyncio', 'dont-be-a-robot'], { env });
    const { stdout } = await run(['export'], { env });
    const uids = unfold(stdout).filter((line) => line.startsWith('UID:'));
    expect(uids).toEqual([
      'UID:dont-be-a-robot-build-the-bot@pycon-us-2019.pycon',
      'UID:advanced-asyncio-solving-real-world-production-problems@pycon-us-2019.pycon',
      'UID:5-steps-to-build-python-native-gui-widgets-for-beeware@pycon-us-2019.pycon',
    ]);
    expect(unfold(stdout)).toContain('X-WR-CALNAME:PyCon US 2019: default');
  });

  it('narrows all talks, or the itinerary, by day, room and speaker', async () => {
    const uids = (calendar: string) => unfold(calendar).filter((line) => line.startsWith('UID:'));
    expect(uids(await exportAll(['--speaker', 'lynn root']))).toEqual([
      'UID:advanced-asyncio-solving-real-world-production-problems@pycon-us-2019.pycon',
    ]);
    expect(uids(await exportAll(['--day', 'sunday', '--room', 'ballroom a']))).toHaveLength(3);
    const env = { PYCON_HOME: makeHome() };
    await run(['add', 'beeware', 'advanced-asyncio'], { env });
    expect(uids((await run(['export', '--day', 'sat'], { env })).stdout)).toEqual([
      'UID:advanced-asyncio-solving-real-world-production-problems@pycon-us-2019.pycon',
    ]);
    expect(await run(['export', '--day', 'fri'], { env })).toMatchObject({
      code: 1,
      stderr: 'pycon: No talks match these filters, so there is nothing to export; try without them.\n',
    });
  });

  it('writes atomically with -o and says what it wrote', async () => {
    const env = { PYCON_HOME: makeHome() };
    await run(['add', 'beeware', 'advanced-asyncio'], { env });
    const out = join(mkdtempSync(join(tmpdir(), 'pycon-export-')), 'pycon.ics');
    expect(await run(['export', '-o', out], { env })).toEqual({ stdout: '', stderr: `Wrote 2 talks to ${out}\n`, code: 0 });
    expect(readFileSync(out, 'utf8')).toBe((await run(['export'], { env })).stdout);
    expect((await run(['export', '-o', '-'], { env })).stdout).toBe(readFileSync(out, 'utf8'));
  });

  it('refuses an empty itinerary with a hint, exit 1', async () => {
    expect(await run(['export'])).toEqual({
      stdout: '',
      stderr:
        'pycon: Itinerary default is empty, so there is nothing to export; add talks with "pycon add <talk>", or export every talk with --all.\n',
      code: 1,
    });
  });

  it('is imported whole by calcurse, a real calendar client', async () => {
    const probe = spawnSync('calcurse', ['--version'], { encoding: 'utf8', timeout: HUNG_AFTER_MS });
    if (probe.error) {
      expect(process.env.CI, 'calcurse must be installed in CI (.ci/run does it)').toBeUndefined();
      return;
    }
    const folder = mkdtempSync(join(tmpdir(), 'pycon-calcurse-'));
    const out = join(folder, 'pycon.ics');
    await run(['export', '--all', '-o', out]);
    const result = spawnSync('calcurse', ['-D', folder, '-C', folder, '-i', out], {
      encoding: 'utf8',
      timeout: HUNG_AFTER_MS,
      env: { ...process.env, TZ: 'UTC' },
    });
    expect(result.stdout).toContain('95 apps / 0 events / 0 todos / 0 skipped');
    const appointments = readFileSync(join(folder, 'apts'), 'utf8');
    expect(appointments).toContain('05/04/2019 @ 16:10 -> 05/04/2019 @ 16:55>');
  });
});
