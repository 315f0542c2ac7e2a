import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/schedule/types.js';
import { run, runTTY } from '../helpers/run.js';
import { CONTROL, writeStore } from '../helpers/store.js';

const ESC = '\u001b';
/** A window title (OSC 0), a screen wipe, a clipboard write (OSC 52) and a C1 CSI. */
const HOSTILE = `Evil${ESC}]0;pwned\u0007 ${ESC}[2J ${ESC}]52;c;ZWNobyBoaQ==\u0007 \u009b31m\u007f`;
const CLEANED = 'Evil]0;pwned [2J ]52;c;ZWNobyBoaQ== 31m';

function hostileStore(): string {
  return writeStore((store) => {
    const talk = store.talks.find((candidate) => candidate.id === 'advanced-asyncio-solving-real-world-production-problems');
    if (!talk) throw new Error('the bundled store lost advanced-asyncio');
    talk.title = `${HOSTILE} asyncio`;
    talk.speakers = [`Lynn${ESC}[8m Root`];
    talk.room = `Grand Ballroom C${ESC}[2J`;
    talk.description = `Line one\u009b2J\n\nLine two ${ESC}]52;c;aGk=\u0007`;
    store.rooms = store.rooms.map((room) => (room === 'Grand Ballroom C' ? talk.room : room));
    delete store.searchText;
  });
}

/** What is left once pycon's own colours are taken out. */
const withoutColours = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

describe('text from a store', () => {
  it('reaches no output with its control characters, piped, on a terminal, in colour or as JSON', async () => {
    const store = hostileStore();
    const home = (await import('../helpers/run.js')).makeHome();
    const env = { PYCON_STORE: store, PYCON_HOME: home };
    await run(['add', 'evil'], { env });
    const commands = [
      ['search', 'asyncio'],
      ['talks', '--day', 'sat'],
      ['show', 'evil'],
      ['timetable', 'saturday'],
      ['itinerary'],
      ['now', '--now', 'sat 12:20'],
      ['rooms'],
      ['speakers'],
      ['speaker', 'lynn'],
      ['export'],
    ];
    for (const argv of commands) {
      for (const result of [
        await run(argv, { env }),
        await runTTY(argv, 100, { env }),
        await runTTY(argv, 100, { env: { ...env, FORCE_COLOR: '1', NO_COLOR: undefined } }),
        // export writes iCalendar only, and refuses --json.
        ...(argv[0] === 'export' ? [] : [await run([...argv, '--json'], { env })]),
      ]) {
        expect(result.code, argv.join(' ')).toBe(0);
        expect(withoutColours(result.stdout).replace(/\r\n/g, '\n'), argv.join(' ')).not.toMatch(CONTROL);
        expect(result.stderr, argv.join(' ')).not.toMatch(CONTROL);
      }
    }
  });

  it('is cleaned when the store is loaded, so every command sees the same safe text', async () => {
    const [talk] = JSON.parse((await run(['search', 'evil', '--json'], { env: { PYCON_STORE: hostileStore() } })).stdout);
    expect(talk.title).toBe(`${CLEANED} asyncio`);
    expect(talk.speakers).toEqual(['Lynn[8m Root']);
    expect(talk.room).toBe('Grand Ballroom C[2J');
    expect(talk.description).toBe('Line one2J\n\nLine two ]52;c;aGk=');
  });
});

describe('arguments echoed in messages', () => {
  it('lose their control characters', async () => {
    const result = await run(['show', `${ESC}]0;qqqqqq\u0007`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('pycon: No talk matches "]0;qqqqqq"; try "pycon search ]0;qqqqqq" or "pycon talks" to list them all.\n');
    const unknownOption = await run(['search', `--x${ESC}[2J`]);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).not.toMatch(CONTROL);
    const badNow = await run(['now', '--now', `sat${ESC}[2J`]);
    expect(badNow.stderr).toMatch(/^pycon: Cannot read --now "sat\[2J"/);
  });
});

describe('a store checked beyond the types of its fields', () => {
  async function refusal(change: (store: Store) => void): Promise<{ stderr: string; code: number; stdout: string }> {
    const path = writeStore(change);
    const result = await run(['talks', '--store', path]);
    return { ...result, stderr: result.stderr.replace(path, 'STORE').replace(path, 'STORE') };
  }
  const message = (why: string) => `pycon: The talk store STORE is damaged (${why}); rebuild it with "pycon parse <source> -o STORE".\n`;
  const third = (store: Store) => store.talks[2] as Store['talks'][number];

  it('names the talk and the field: end before start', async () => {
    expect(await refusal((store) => (third(store).end = third(store).start))).toEqual({
      stdout: '',
      stderr: message('talk 3 "Don\'t be a robot, build the bot": end is before start'),
      code: 1,
    });
  });

  it('refuses times that are not ISO instants with an offset', async () => {
    expect((await refusal((store) => (third(store).start = 'noon'))).stderr).toBe(
      message('talk 3 "Don\'t be a robot, build the bot": start "noon" is not an ISO 8601 time with an offset'),
    );
    expect((await refusal((store) => (third(store).end = '2019-05-03T10:50:00'))).stderr).toBe(
      message('talk 3 "Don\'t be a robot, build the bot": end "2019-05-03T10:50:00" is not an ISO 8601 time with an offset'),
    );
    expect((await refusal((store) => (third(store).start = '2019-02-30T10:00:00-04:00'))).code).toBe(1);
  });

  it('refuses two talks with one id, or one uid', async () => {
    expect((await refusal((store) => (third(store).id = store.talks[0]?.id ?? ''))).stderr).toBe(
      message(
        'talk 3 "Don\'t be a robot, build the bot": its id "a-right-stitch-up-creating-embroidery-patterns-with-pillow" is another talk\'s too',
      ),
    );
    expect(
      (
        await refusal((store) => {
          store.talks.forEach((talk, index) => {
            talk.uid = `uid-${index}`;
          });
          third(store).uid = 'uid-0';
        })
      ).stderr,
    ).toBe(message('talk 3 "Don\'t be a robot, build the bot": its uid "uid-0" is another talk\'s too'));
  });

  it('refuses a talk on a day the conference does not have, and a conference without days', async () => {
    expect((await refusal((store) => (third(store).date = '2019-05-09'))).stderr).toBe(
      message('talk 3 "Don\'t be a robot, build the bot": its date "2019-05-09" is not one of the conference\'s days'),
    );
    expect((await refusal((store) => (store.conference.days = []))).stderr).toBe(message('its "days" is empty'));
    expect((await refusal((store) => (store.conference.days = ['2019-05-03', 'friday']))).stderr).toBe(
      message('its day "friday" is not a date such as 2019-05-03'),
    );
  });

  it('refuses a zone that is not an IANA name, and one the tz database does not know when a command needs it', async () => {
    expect((await refusal((store) => (store.conference.timezone = 'local'))).code).toBe(0);
    expect((await refusal((store) => (store.conference.timezone = '../etc'))).stderr).toBe(
      message('its time zone "../etc" is not an IANA name such as Europe/Berlin'),
    );
    const path = writeStore((store) => (store.conference.timezone = 'Mars/Olympus'));
    expect(await run(['now', '--store', path], { clock: '2019-05-04T18:40:00Z' })).toEqual({
      stdout: '',
      stderr:
        'pycon: The talk store\'s time zone "Mars/Olympus" is not one this system knows; set its "timezone" to an IANA name such as Europe/Berlin, or rebuild it with "pycon parse".\n',
      code: 1,
    });
    expect(await run(['today', '--store', path])).toEqual({
      stdout: '',
      stderr:
        'pycon: The talk store\'s time zone "Mars/Olympus" is not one this system knows; set its "timezone" to an IANA name such as Europe/Berlin, or rebuild it with "pycon parse".\n',
      code: 1,
    });
    expect((await run(['export', '--all', '--store', path])).code).toBe(1);
  });
});

describe('a store that tries to inject calendar events', () => {
  it('exports exactly its 95 talks, read back by ical.js', async () => {
    const path = writeStore((store) => {
      const talk = store.talks[0] as Store['talks'][number];
      talk.id = `${talk.id}\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:Injected\r\nDTSTART:20190504T120000Z\r\nDTEND:20190504T130000Z`;
      talk.title = `${talk.title}\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil2`;
    });
    const { stdout, code } = await run(['export', '--all', '--store', path]);
    expect(code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(stdout)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(95);
    expect(events.map((event) => event.getFirstPropertyValue('summary'))).not.toContain('Injected');
  });
});
