import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHome, repoRoot, run, runTTY } from '../helpers/run.js';
import { khalCalendar } from '../helpers/khal.js';

const fixture = (name: string) => readFileSync(join(repoRoot, 'test', 'fixtures', 'schedules', name), 'utf8');
const V1 = fixture('winter-hack-days.xml');

/** The second version: a talk moved to another room and hour, one cancelled, one retitled, speakers changed, one moved past midnight, one new. */
function secondVersion(): string {
  let xml = V1.replace(
    '<date>2024-12-27T16:00:00+01:00</date>\n        <start>16:00</start>\n        <duration>00:45</duration>\n        <room>Saal 1</room>',
    '<date>2024-12-27T17:00:00+01:00</date>\n        <start>17:00</start>\n        <duration>00:45</duration>\n        <room>Saal G</room>',
  );
  const film = xml.indexOf('      <event guid="42"');
  xml = xml.slice(0, film) + xml.slice(xml.indexOf('</event>', film) + '</event>\n'.length);
  xml = xml.replace('<title>Opening &amp; Welcome</title>', '<title>Opening and Welcome</title>');
  xml = xml.replace(
    '<person id="5">Chris Maker</person></persons>',
    '<person id="5">Chris Maker</person><person id="6">Dana New</person></persons>',
  );
  xml = xml.replace(
    '<date>2024-12-28T11:00:00+01:00</date>\n        <start>11:00</start>',
    '<date>2024-12-29T00:15:00+01:00</date>\n        <start>00:15</start>',
  );
  return xml.replace(
    '    <room name="Saal G">\n      <event guid="whd24-rust-1"',
    '    <room name="Saal G">\n      <event guid="whd24-keynote" id="106"><date>2024-12-27T12:00:00+01:00</date><start>12:00</start><duration>00:30</duration><room>Saal G</room><title>Keynote</title><persons/></event>\n      <event guid="whd24-rust-1"',
  );
}

/** The third version: the second with the film it cancelled back, as it was. */
function thirdVersion(): string {
  const start = V1.indexOf('      <event guid="42"');
  const film = V1.slice(start, V1.indexOf('</event>', start) + '</event>\n'.length);
  const keynote = '    </room>\n    <room name="Saal G">\n      <event guid="whd24-keynote"';
  return secondVersion().replace(keynote, `${film}${keynote}`);
}

function inHome() {
  const home = makeHome();
  let clock = '2026-11-25T12:00:00Z';
  return {
    home,
    at: (time: string) => {
      clock = time;
    },
    run: (argv: string[], env: Record<string, string> = {}) => run(argv, { env: { PYCON_HOME: home, ...env }, clock }),
    runTTY: (argv: string[], columns: number) => runTTY(argv, columns, { env: { PYCON_HOME: home }, clock }),
    file: (name: string, content: string) => {
      const path = join(home, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

async function updated() {
  const my = inHome();
  await my.run(['import', my.file('v1.xml', V1)]);
  await my.run(['add', 'lets-encrypt', 'film', 'rust-for-hardware-2']);
  await my.run(['add', '-i', 'friends', 'opening']);
  writeFileSync(join(my.home, 'v1.xml'), secondVersion());
  my.at('2026-11-26T08:30:00Z');
  const result = await my.run(['update']);
  return { my, result };
}

/** The store as the last update wrote it is made again, byte for byte, by "pycon update" once it cannot be read. */
async function expectMadeAgain(my: ReturnType<typeof inHome>, version: number) {
  const store = join(my.home, 'conferences', 'whd24', 'store.json');
  const updatedStore = readFileSync(store, 'utf8');
  writeFileSync(store, '[]');
  expect((await my.run(['update'])).stdout).toContain(
    `its store could not be read, so pycon made it again from the schedule of version ${version}`,
  );
  expect(readFileSync(store, 'utf8')).toBe(updatedStore);
}

/** The film's VEVENT in a calendar, up to its END. */
const filmIn = (calendar: string) =>
  calendar.slice(calendar.indexOf('UID:42@whd24.pycon'), calendar.indexOf('END:VEVENT', calendar.indexOf('UID:42@')));

const UPDATE_TEXT = [
  'Winter Hack Days 2024 (whd24): version 1 → 2, read 2026-11-26 08:30 UTC:',
  '6 changes, 4 of them in your itineraries (★).',
  '',
  '★ Opening & Welcome: retitled "Opening and Welcome"',
  "★ Let's Encrypt Everything: Saal 1, Fri 27 Dec 16:00–16:45 → Saal G, 17:00–17:45",
  '★ Rust for Hardware: Sat 28 Dec 11:00–11:30 → Sun 29 Dec 00:15–00:45, Saal G',
  '★ ✗ Late Night Film: 真夜中の映画: cancelled (was Sat 28 Dec 00:30, Saal 1);',
  '    "pycon drop late-night-film-真夜中の映画" takes it out of your itinerary',
  '  Keynote: new, Fri 27 Dec 12:00, Saal G',
  '  Rust for Hardware: speakers now Chris Maker, Dana New',
  '',
].join('\n');

describe('pycon update', () => {
  it('keeps the new version and prints its changes, yours first', async () => {
    const { result } = await updated();
    expect(result).toEqual({ stdout: UPDATE_TEXT, stderr: '', code: 0 });
  });

  it('says how a talk moved when only its start or its end did, every change to one talk, and a cancellation no itinerary holds', async () => {
    const my = inHome();
    await my.run(['import', my.file('v1.xml', V1)]);
    const opening = '<date>2024-12-27T10:00:00+01:00</date>\n        <start>10:00</start>\n        <duration>0:30</duration>';
    const letsEncrypt = '<date>2024-12-27T16:00:00+01:00</date>\n        <start>16:00</start>\n        <duration>00:45</duration>';
    const rust = '<title>Rust for Hardware</title>\n        <track>Hardware</track>';
    const film = V1.indexOf('      <event guid="42"');
    const next = V1.slice(0, film) + V1.slice(V1.indexOf('</event>', film) + '</event>\n'.length);
    writeFileSync(
      join(my.home, 'v1.xml'),
      next
        // Longer: the end alone moves. Later by a quarter, ending as before: the start alone.
        .replace(opening, opening.replace('0:30', '0:45'))
        .replace(letsEncrypt, letsEncrypt.replaceAll('16:00', '16:15').replace('00:45', '00:30'))
        .replace(rust, rust.replace('Rust for Hardware', 'Rust on Hardware'))
        .replace('<persons><person id="5">Chris Maker</person></persons>', '<persons/>'),
    );
    expect((await my.run(['update'])).stdout.split('\n').slice(3)).toEqual(
      [
        'Opening & Welcome: Fri 27 Dec 10:00–10:30 → 10:00–10:45, Saal 1',
        'Rust for Hardware: retitled "Rust on Hardware"; speakers now none',
        "Let's Encrypt Everything: Fri 27 Dec 16:00–16:45 → 16:15–16:45, Saal 1",
        '✗ Late Night Film: 真夜中の映画: cancelled (was Sat 28 Dec 00:30, Saal 1)',
        '',
      ].map((line) => `  ${line}`.trimEnd()),
    );
    // In colour, the cancellation alone stands out.
    const coloured = await runTTY(['changes'], 100, { env: { PYCON_HOME: my.home, NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured.stdout.split('\n').filter((line) => line.includes('\u001b'))).toEqual([
      '  \u001b[33m✗ Late Night Film: 真夜中の映画: cancelled (was Sat 28 Dec 00:30, Saal 1)\u001b[39m',
    ]);
  });

  it('never breaks a time or a room over two lines on a narrow terminal', async () => {
    const { my } = await updated();
    const lines = (await my.runTTY(['changes'], 40)).stdout.split('\n');
    const first = lines.indexOf("★ Let's Encrypt Everything: Saal 1,");
    expect(lines.slice(first, first + 6)).toEqual([
      "★ Let's Encrypt Everything: Saal 1,",
      '    Fri 27 Dec 16:00–16:45 → Saal G,',
      '    17:00–17:45',
      '★ Rust for Hardware:',
      '    Sat 28 Dec 11:00–11:30 →',
      '    Sun 29 Dec 00:15–00:45, Saal G',
    ]);
  });

  it('says there is nothing new when the source is as it was', async () => {
    const { my } = await updated();
    my.at('2026-11-27T09:00:00Z');
    expect(await my.run(['update'])).toEqual({ stdout: 'No changes since 2026-11-26 08:30 UTC.\n', stderr: '', code: 0 });
    // Other bytes, the same talks: read, compared, and found unchanged.
    writeFileSync(join(my.home, 'v1.xml'), `${secondVersion()}\n\n`);
    expect(await my.run(['update'])).toEqual({ stdout: 'No changes since 2026-11-26 08:30 UTC.\n', stderr: '', code: 0 });
    expect(JSON.parse((await my.run(['changes', '--json'])).stdout).to.version).toBe(2);
    // Kept as read, so that the next update of these bytes need not read them.
    expect(readFileSync(join(my.home, 'conferences', 'whd24', 'source.xml'), 'utf8')).toBe(`${secondVersion()}\n\n`);
  });

  it('shows the last update again with changes, and a longer span with --since', async () => {
    const { my } = await updated();
    expect((await my.run(['changes'])).stdout).toBe(UPDATE_TEXT);
    // Version 3 restores the cancelled film: since version 1, it never changed.
    writeFileSync(join(my.home, 'v1.xml'), thirdVersion());
    my.at('2026-11-27T09:00:00Z');
    expect((await my.run(['update'])).stdout).toContain('★ Late Night Film: 真夜中の映画: new, Sat 28 Dec 00:30, Saal 1');
    const since = JSON.parse((await my.run(['changes', '--since', '1', '--json'])).stdout);
    expect([since.from, since.to]).toEqual([
      { version: 1, readAt: '2026-11-25T12:00:00.000Z' },
      { version: 3, readAt: '2026-11-27T09:00:00.000Z' },
    ]);
    expect(since.changes.map((change: { kind: string; id: string }) => `${change.kind} ${change.id}`).sort()).toEqual([
      'added keynote',
      'changed opening-and-welcome',
      'changed rust-for-hardware',
      'moved lets-encrypt-everything',
      'moved rust-for-hardware-2',
    ]);
    expect(await my.run(['changes', '--since', '4'])).toEqual({
      stdout: '',
      stderr: 'pycon: Winter Hack Days 2024 (whd24) is at version 3, so --since 4 names no version of it; give one from 1 to 3.\n',
      code: 2,
    });
    expect((await my.run(['changes', '--since', '3'])).stdout).toBe(
      'Winter Hack Days 2024 (whd24) is at version 3; nothing has changed since version\n3.\n',
    );
    expect(await my.run(['changes', '--since', '1.5'])).toEqual({
      stdout: '',
      stderr:
        "pycon: option '--since <version>' argument '1.5' is invalid: give a version number, such as 1 for the schedule as first imported; see \"pycon changes --help\".\n",
      code: 2,
    });
  });

  it('names the conference it was asked about, or says there is none of that name', async () => {
    const { my } = await updated();
    expect((await my.run(['changes', 'whd24'])).stdout).toBe(UPDATE_TEXT);
    expect(await my.run(['changes', 'whd'])).toEqual({
      stdout: '',
      stderr: 'pycon: No conference is named whd; did you mean "pycon changes whd24"?\n',
      code: 1,
    });
    expect(await my.run(['changes', 'fosdem'])).toEqual({
      stdout: '',
      stderr:
        'pycon: No conference is named fosdem; yours are pycon-us-2019, whd24: pick one with "pycon changes <name>", or import one under that name with "pycon import <file or URL> --as fosdem".\n',
      code: 1,
    });
    expect((await my.run(['changes', 'Whd24'])).stderr).toBe(
      'pycon: "Whd24" cannot name a conference; use lower-case letters a–z, digits, dots, dashes and underscores, such as "pycon changes fosdem-2025".\n',
    );
  });

  it('says a room change, a new description, and each command that drops a cancelled talk, whole on its line', async () => {
    const my = inHome();
    const source = my.file('v1.xml', V1);
    await my.run(['import', source]);
    await my.run(['add', 'film']);
    await my.run(['add', '-i', 'friends', 'film']);
    const start = V1.indexOf('      <event guid="42"');
    let xml = V1.slice(0, start) + V1.slice(V1.indexOf('</event>', start) + '</event>\n'.length);
    xml = xml.replace(/<abstract>&lt;p&gt;Where things are.*<\/abstract>/, '<abstract>Where things are.</abstract>');
    const rust = xml.indexOf('<room>Saal G</room>', xml.indexOf('<event guid="whd24-rust-1"'));
    xml = `${xml.slice(0, rust)}<room>Saal H</room>${xml.slice(rust + '<room>Saal G</room>'.length)}`;
    writeFileSync(source, xml);
    expect((await my.run(['update'])).stdout.split('\n').slice(3)).toEqual([
      '★ ✗ Late Night Film: 真夜中の映画: cancelled (was Sat 28 Dec 00:30, Saal 1);',
      '    "pycon drop late-night-film-真夜中の映画" and',
      '    "pycon drop -i friends late-night-film-真夜中の映画" take it out of your',
      '    itineraries',
      '  Opening & Welcome: description changed',
      '  Rust for Hardware: Saal G → Saal H, Fri 27 Dec 16:00',
      '',
    ]);
  });

  it('prints the changes JSON of DESIGN.md', async () => {
    const { my } = await updated();
    const report = JSON.parse((await my.run(['changes', '--json'])).stdout);
    expect(Object.keys(report)).toEqual(['conference', 'from', 'to', 'changes']);
    const moved = report.changes.find((change: { uid: string }) => change.uid === 'whd24-lets-encrypt');
    expect({ ...moved, before: moved.before.room, after: moved.after.room }).toEqual({
      kind: 'moved',
      uid: 'whd24-lets-encrypt',
      id: 'lets-encrypt-everything',
      title: "Let's Encrypt Everything",
      fields: ['start', 'end', 'room'],
      before: 'Saal 1',
      after: 'Saal G',
      itineraries: ['default'],
    });
    const cancelled = report.changes.find((change: { kind: string }) => change.kind === 'cancelled');
    expect([cancelled.uid, cancelled.after, cancelled.itineraries]).toEqual(['42', null, ['default']]);
    // In the schedule's order, each change naming its itineraries; a new or cancelled talk names no fields.
    expect(
      report.changes.map((change: { kind: string; uid: string; fields: string[]; before: unknown; after: unknown }) => [
        change.kind,
        change.uid,
        change.fields,
        change.before === null,
        change.after === null,
      ]),
    ).toEqual([
      ['changed', 'whd24-opening', ['title'], false, false],
      ['added', 'whd24-keynote', [], true, false],
      ['changed', 'whd24-rust-1', ['speakers'], false, false],
      ['moved', 'whd24-lets-encrypt', ['start', 'end', 'room'], false, false],
      ['moved', 'whd24-rust-2', ['start', 'end'], false, false],
      ['cancelled', '42', [], false, true],
    ]);
  });

  it('says the bundled conference is final, and reads a corrected talk list with --from', async () => {
    const my = inHome();
    expect((await my.run(['update'])).stdout).toBe(
      'PyCon US 2019\'s schedule ships with pycon and is final; to read a corrected talk list, run "pycon update pycon-us-2019 --from <file>".\n',
    );
    const text = readFileSync(join(repoRoot, 'data', 'pycon-2019-talks.txt'), 'utf8');
    const corrected = my.file(
      'talks.txt',
      text.replace('Saturday 12:10 p.m.–12:55 p.m. in Grand Ballroom C', 'Saturday 12:20 p.m.–1:05 p.m. in Grand Ballroom C'),
    );
    await my.run(['add', 'advanced-asyncio']);
    const result = await my.run(['update', 'pycon-us-2019', '--from', corrected]);
    expect(result).toEqual({
      stdout: [
        'PyCon US 2019 (pycon-us-2019): version 1 → 2, read 2026-11-25 12:00 UTC:',
        '1 change, 1 of them in your itineraries (★).',
        '',
        // A time is never broken over two lines.
        '★ Advanced asyncio: Solving Real-world Production Problems:',
        '    Sat 4 May 12:10–12:55 → 12:20–13:05, Grand Ballroom C',
        '',
      ].join('\n'),
      stderr: '',
      code: 0,
    });
    expect(JSON.parse((await my.run(['itinerary', '--json'])).stdout).talks[0].start).toBe('2019-05-04T12:20:00-04:00');
    expect((await my.run(['export'])).stdout.replace(/\r\n /g, '')).toContain(
      'UID:advanced-asyncio-solving-real-world-production-problems@pycon-us-2019.pycon\r\nDTSTAMP:20261125T120000Z\r\nLAST-MODIFIED:20261125T120000Z\r\nSEQUENCE:1\r\n',
    );
  });

  it('keeps the previous version when the new one cannot be read, exit 1', async () => {
    const my = inHome();
    const path = my.file('v1.xml', V1);
    await my.run(['import', path]);
    const before = readFileSync(join(my.home, 'conferences', 'whd24', 'store.json'), 'utf8');
    writeFileSync(path, V1.slice(0, V1.indexOf('<title>Let')));
    const result = await my.run(['update']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^pycon: Cannot update whd24 from .*v1\.xml: its XML ends at line \d+, column \d+ with .* still open, so the file looks cut short; the previous version is kept\.\n$/,
    );
    expect(readFileSync(join(my.home, 'conferences', 'whd24', 'store.json'), 'utf8')).toBe(before);
  });

  it('says when no update has changed a conference yet', async () => {
    const my = inHome();
    await my.run(['import', my.file('v1.xml', V1)]);
    expect(await my.run(['changes'])).toEqual({
      stdout: 'Winter Hack Days 2024 (whd24) is at version 1; no update has changed it yet.\n',
      stderr: '',
      code: 0,
    });
    expect(JSON.parse((await my.run(['changes', '--json'])).stdout).changes).toEqual([]);
  });

  it('refuses the schedule of another conference, which shares no talk with it, and changes nothing', async () => {
    const my = inHome();
    await my.run(['import', my.file('v1.xml', V1)]);
    const store = join(my.home, 'conferences', 'whd24', 'store.json');
    const before = readFileSync(store, 'utf8');
    const spring = V1.replace('<title>Winter Hack Days 2024</title>', '<title>Spring Hack Days 2025</title>').replace(
      /guid="/g,
      'guid="spring-',
    );
    const other = my.file('other.xml', spring);
    expect(await my.run(['update', '--from', other])).toEqual({
      stdout: '',
      stderr: `pycon: ${other} is the schedule of Spring Hack Days 2025, which shares no talk with Winter Hack Days 2024 (whd24); nothing was changed. Import it under a name of its own with "pycon import ${other} --as <name>", or, to replace whd24 with it, run "pycon conferences --remove whd24" first.\n`,
      code: 1,
    });
    // Its acronym is whd24's: imported without --as, it would be an update of whd24, and is refused alike.
    expect((await my.run(['import', other])).code).toBe(1);
    expect(readFileSync(store, 'utf8')).toBe(before);
    expect((await my.run(['import', other, '--as', 'spring'])).stdout).toContain('Imported Spring Hack Days 2025 as spring');
    // Under the same title, a schedule whose talks all have new ids is still this conference's.
    const renumbered = my.file('renumbered.xml', V1.replace(/guid="/g, 'guid="new-'));
    expect((await my.run(['update', 'whd24', '--from', renumbered])).stdout).toContain('version 1 → 2');
    // The same conference retitled, its talks as they were, is an update as ever.
    const retitled = my.file(
      'retitled.xml',
      V1.replace('<title>Winter Hack Days 2024</title>', '<title>Winter Hack Days 2024 (online)</title>').replace(/guid="/g, 'guid="new-'),
    );
    expect((await my.run(['update', 'whd24', '--from', retitled])).stdout).toBe(
      'No changes to the talks since 2026-11-25 12:00 UTC; its title is now "Winter Hack Days 2024 (online)".\n',
    );
  });

  it('says how to name the new place of a file it was imported from that has gone, exit 1', async () => {
    const my = inHome();
    const path = my.file('v1.xml', V1);
    await my.run(['import', path]);
    rmSync(path);
    expect(await my.run(['update'])).toEqual({
      stdout: '',
      stderr: `pycon: No file at ${path}; if it has moved, run "pycon update whd24 --from <file or URL>".\n`,
      code: 1,
    });
    const moved = my.file('moved.xml', V1);
    expect((await my.run(['update', '--from', moved])).stdout).toBe('No changes since 2026-11-25 12:00 UTC.\n');
    // Read from its new place from now on.
    expect((await my.run(['update'])).stdout).toBe('No changes since 2026-11-25 12:00 UTC.\n');
    // Given with --from, a file that is not there is a path to give again.
    expect((await my.run(['update', '--from', path])).stderr).toBe(`pycon: No file at ${path}; give the path or URL of a schedule.\n`);
  });
});

describe('what the schedule says of the conference itself', () => {
  it('is read again by an import with --zone, and kept for later updates', async () => {
    const my = inHome();
    const source = my.file('v1.xml', V1);
    await my.run(['import', source]);
    expect(await my.run(['import', source, '--zone', 'Europe/Paris'])).toEqual({
      stdout: 'No changes to the talks since 2026-11-25 12:00 UTC; its time zone is now Europe/Paris.\n',
      stderr: '',
      code: 0,
    });
    expect(JSON.parse((await my.run(['conferences', '--json'])).stdout)[1].timezone).toBe('Europe/Paris');
    expect(await my.run(['update'])).toEqual({ stdout: 'No changes since 2026-11-25 12:00 UTC.\n', stderr: '', code: 0 });
    expect(JSON.parse((await my.run(['conferences', '--json'])).stdout)[1].timezone).toBe('Europe/Paris');
  });

  it('names the import that gives it a zone this system knows, when its own is not one', async () => {
    const my = inHome();
    const source = my.file('v1 copy.xml', V1);
    await my.run(['import', source]);
    const store = join(my.home, 'conferences', 'whd24', 'store.json');
    writeFileSync(store, readFileSync(store, 'utf8').replace('"timezone": "Europe/Berlin"', '"timezone": "Mars/Olympus"'));
    expect(await my.run(['today'])).toEqual({
      stdout: '',
      stderr:
        'pycon: The talk store\'s time zone "Mars/Olympus" is not one this system knows; import whd24 again with one it does: ' +
        `"pycon import '${source}' --as whd24 --zone <zone>", the zone an IANA name such as Europe/Berlin.\n`,
      code: 1,
    });
    expect((await my.run(['import', source, '--as', 'whd24', '--zone', 'Europe/Berlin'])).code).toBe(0);
    expect((await my.run(['today'])).code).toBe(0);
  });

  it('is kept when only it changed, the talks as they were', async () => {
    const my = inHome();
    const source = my.file('v1.xml', V1);
    await my.run(['import', source]);
    writeFileSync(source, V1.replace('<title>Winter Hack Days 2024</title>', '<title>Winter Hack Days 2024 (moved online)</title>'));
    my.at('2026-11-26T09:00:00Z');
    expect(await my.run(['update'])).toEqual({
      stdout: 'No changes to the talks since 2026-11-25 12:00 UTC; its title is now "Winter Hack Days 2024 (moved online)".\n',
      stderr: '',
      code: 0,
    });
    expect(JSON.parse((await my.run(['conferences', '--json'])).stdout)[1].title).toBe('Winter Hack Days 2024 (moved online)');
    expect(JSON.parse((await my.run(['changes', '--json'])).stdout).to).toEqual({ version: 1, readAt: '2026-11-25T12:00:00.000Z' });
    expect(await my.run(['update'])).toEqual({ stdout: 'No changes since 2026-11-25 12:00 UTC.\n', stderr: '', code: 0 });
    // A day added with nothing on it yet.
    const thirdDay =
      '  <day index="3" date="2024-12-29" start="2024-12-29T10:00:00+01:00" end="2024-12-30T03:00:00+01:00"></day>\n</schedule>';
    writeFileSync(source, readFileSync(source, 'utf8').replace('</schedule>', thirdDay));
    my.at('2026-11-27T09:00:00Z');
    expect(await my.run(['update'])).toEqual({
      stdout: 'No changes to the talks since 2026-11-25 12:00 UTC; its days, rooms or place are as the schedule now gives them.\n',
      stderr: '',
      code: 0,
    });
    expect(JSON.parse((await my.run(['conferences', '--json'])).stdout)[1].days).toEqual(['2024-12-27', '2024-12-28', '2024-12-29']);
  });
});

describe('a conference whose store is damaged', () => {
  /** After updated(): whd24 at version 2, with two itineraries. */
  async function damaged(content: string) {
    const { my } = await updated();
    const store = join(my.home, 'conferences', 'whd24', 'store.json');
    writeFileSync(store, content);
    return { my, store };
  }

  it('says that "pycon update" makes it again, exit 1', async () => {
    const { my, store } = await damaged('{"schemaVersion": 2, "talks": [');
    expect(await my.run(['days'])).toEqual({
      stdout: '',
      stderr: `pycon: The talk store ${store} is damaged (it is not valid JSON); "pycon update whd24" builds it again from its schedule.\n`,
      code: 1,
    });
    writeFileSync(store, '{"schemaVersion": 7}');
    expect((await my.run(['search', 'rust'])).stderr).toBe(
      `pycon: The talk store ${store} has schema version 7, but this pycon reads versions 1 and 2; "pycon update whd24" builds it again from its schedule.\n`,
    );
  });

  it('is made again by update, byte for byte, from the schedule as last read and the log of its changes', async () => {
    const { my } = await updated();
    my.at('2026-11-27T09:00:00Z');
    const store = join(my.home, 'conferences', 'whd24', 'store.json');
    const [before, exported] = [readFileSync(store, 'utf8'), (await my.run(['export'])).stdout];
    writeFileSync(store, '{"schemaVersion": 2}');
    expect(await my.run(['update'])).toEqual({
      stdout:
        'Winter Hack Days 2024 (whd24): its store could not be read, so pycon made it again from the schedule of version 2 and the log of its changes.\n' +
        'No changes since 2026-11-26 08:30 UTC.\n',
      stderr: '',
      code: 0,
    });
    expect(readFileSync(store, 'utf8')).toBe(before);
    expect((await my.run(['export'])).stdout).toBe(exported);
    expect((await my.run(['itinerary', '--check'])).code).toBe(1);
  });

  it('is made again before an update of a schedule that changed, which reports the changes as ever', async () => {
    const [control, { my }] = [(await updated()).my, await updated()];
    writeFileSync(join(my.home, 'conferences', 'whd24', 'store.json'), 'not JSON');
    for (const home of [control, my]) {
      writeFileSync(join(home.home, 'v1.xml'), V1);
      home.at('2026-11-27T09:00:00Z');
    }
    const report = (await control.run(['update'])).stdout;
    expect(report).toContain('version 2 → 3, read 2026-11-27 09:00 UTC:\n6 changes');
    expect(await my.run(['update'])).toEqual({
      stdout: `Winter Hack Days 2024 (whd24): its store could not be read, so pycon made it again from the schedule of version 2 and the log of its changes.\n${report}`,
      stderr: '',
      code: 0,
    });
    const storeOf = (home: string) => readFileSync(join(home, 'conferences', 'whd24', 'store.json'), 'utf8');
    expect(storeOf(my.home)).toBe(storeOf(control.home));
  });

  it('is made again by an import under its name, and the JSON of the update stays on stdout alone', async () => {
    const { my } = await updated();
    const store = join(my.home, 'conferences', 'whd24', 'store.json');
    writeFileSync(store, '[]');
    const imported = await my.run(['--json', 'import', join(my.home, 'v1.xml'), '--as', 'whd24']);
    expect(imported.stderr).toBe(
      'pycon: Winter Hack Days 2024 (whd24): its store could not be read, so pycon made it again from the schedule of version 2 and the log of its changes.\n',
    );
    expect(JSON.parse(imported.stdout).to).toEqual({ version: 2, readAt: '2026-11-26T08:30:00.000Z' });
    expect((await my.run(['days'])).code).toBe(0);
  });

  it('says what to do when its schedule cannot be read either, exit 1', async () => {
    const { my } = await updated();
    writeFileSync(join(my.home, 'conferences', 'whd24', 'store.json'), '[]');
    writeFileSync(join(my.home, 'conferences', 'whd24', 'source.xml'), '<schedule>');
    writeFileSync(join(my.home, 'v1.xml'), '<schedule>');
    const result = await my.run(['update']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^pycon: The store of whd24 cannot be read, nor made again from its schedule \(its XML ends at line 1, .*\); import the schedule again with "pycon import <file or URL> --as whd24"\.\n$/,
    );
    // The film that version 2 cancelled is back: a talk again, no longer a cancelled one.
    writeFileSync(join(my.home, 'v1.xml'), V1);
    expect(await my.run(['import', join(my.home, 'v1.xml'), '--as', 'whd24'])).toEqual({
      stdout:
        'Winter Hack Days 2024 (whd24): its store could not be read, so pycon made it again from the schedule just read and the log of its changes, as version 3; ' +
        'the schedule of version 2 cannot be read (its XML ends at line 1, column 11 with <schedule> still open, so the file looks cut short), so what changed since cannot be told.\n' +
        'No changes since 2026-11-26 08:30 UTC.\n',
      stderr: '',
      code: 0,
    });
    // The log has no update from version 2 to 3, and says so rather than that nothing changed.
    expect((await my.run(['changes', '--since', '2'])).stdout).toBe(
      'Winter Hack Days 2024 (whd24) is at version 3; its store was made again from a\n' +
        'later schedule, so what changed from version 2 to 3 cannot be told.\n',
    );
    expect((await my.run(['changes'])).stdout.split('\n').slice(-4)).toEqual([
      '',
      'Beyond these, its store was made again from a later schedule, so what changed',
      'from version 2 to 3 cannot be told.',
      '',
    ]);
    expect((await my.run(['itinerary', '--check'])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(my.home, 'conferences', 'whd24', 'store.json'), 'utf8')).cancelled).toBeUndefined();
    // An update after it is told as ever; across the gap, the gap is named.
    writeFileSync(join(my.home, 'v1.xml'), secondVersion());
    expect((await my.run(['update'])).stdout).not.toContain('cannot be told');
    expect((await my.run(['changes', '--since', '1'])).stdout).toContain('\nfrom version 2 to 3 cannot be told.\n');
  });

  it('is made from the schedule just read, one version on, when the one last read is gone', async () => {
    const { my } = await updated();
    writeFileSync(join(my.home, 'conferences', 'whd24', 'store.json'), '[]');
    rmSync(join(my.home, 'conferences', 'whd24', 'source.xml'));
    expect((await my.run(['update'])).stdout).toBe(
      'Winter Hack Days 2024 (whd24): its store could not be read, so pycon made it again from the schedule just read and the log of its changes, as version 3; ' +
        'the schedule of version 2 cannot be read (pycon no longer has it), so what changed since cannot be told.\n' +
        'No changes since 2026-11-26 08:30 UTC.\n',
    );
  });

  it('is not made again when it was only edited, and can still be read', async () => {
    const { my } = await updated();
    const store = join(my.home, 'conferences', 'whd24', 'store.json');
    writeFileSync(store, JSON.stringify(JSON.parse(readFileSync(store, 'utf8'))));
    my.at('2026-11-27T09:00:00Z');
    expect(await my.run(['update'])).toEqual({ stdout: 'No changes since 2026-11-26 08:30 UTC.\n', stderr: '', code: 0 });
  });
});

describe('an update that fails or creates a clash', () => {
  it('reports a clash that a move creates in an itinerary', async () => {
    const my = inHome();
    const source = my.file('v1.xml', V1);
    await my.run(['import', source]);
    await my.run(['add', 'opening', 'lets-encrypt']);
    writeFileSync(
      source,
      V1.replace(
        '<date>2024-12-27T10:00:00+01:00</date>\n        <start>10:00</start>',
        '<date>2024-12-27T16:15:00+01:00</date>\n        <start>16:15</start>',
      ),
    );
    const { stdout } = await my.run(['update']);
    expect(stdout.trimEnd().split('\n').slice(-1)).toEqual([
      'Itinerary default now has a clash: "Let\'s Encrypt Everything" and "Opening & Welcome" overlap for 30 min.',
    ]);
  });
});

describe('an itinerary after an update', () => {
  it('keeps a cancelled talk, marked ✗ with the drop command, and --check exits 1', async () => {
    const { my } = await updated();
    const shown = await my.run(['itinerary']);
    expect(shown.stdout.split('\n').slice(0, 4)).toEqual([
      'Itinerary default: 2 talks, no clashes, 1 cancelled',
      '',
      '✗ Late Night Film: 真夜中の映画 (Saturday 28 December 2024, 00:30–02:00, Saal 1)',
      'was cancelled; "pycon drop late-night-film-真夜中の映画" takes it out.',
    ]);
    expect((await my.run(['itinerary', '--check'])).code).toBe(1);
    const json = JSON.parse((await my.run(['itinerary', '--json'])).stdout);
    expect(json.talks.map((talk: { id: string; cancelled?: boolean }) => [talk.id, talk.cancelled ?? false])).toEqual([
      ['lets-encrypt-everything', false],
      ['late-night-film-真夜中の映画', true],
      ['rust-for-hardware-2', false],
    ]);
    // A plan says when nothing for its interests runs in the slot of a cancelled talk.
    expect((await my.run(['plan', 'hardware', '--dry-run'])).stdout).toContain(
      '\n✗ "Late Night Film: 真夜中の映画" was cancelled, and nothing for these interests runs in its slot.\n',
    );
    // A day asked for shows the talks cancelled on that day alone, and checks them alone.
    const days = await Promise.all(['fri', 'sat'].map((day) => my.run(['itinerary', '--day', day, '--check'])));
    expect(days.map(({ stdout, code }) => [stdout.split('\n')[0], code])).toEqual([
      ['Itinerary default: 1 talk, no clashes, 1 cancelled', 1],
      ['Itinerary default: 1 talk, no clashes', 0],
    ]);
    await my.run(['drop', 'late-night-film-真夜中の映画']);
    expect((await my.run(['itinerary', '--check'])).code).toBe(0);
  });

  it('names a cancelled talk as cancelled to show and add, and drops it by words of its title', async () => {
    const { my } = await updated();
    const cancelled = {
      stdout: '',
      stderr:
        'pycon: "Late Night Film: 真夜中の映画" was cancelled by an update of the schedule; "pycon changes --since 1" lists what changed.\n',
      code: 1,
    };
    expect(await my.run(['show', 'film'])).toEqual(cancelled);
    expect(await my.run(['add', 'late', 'night', '-i', 'friends'])).toEqual(cancelled);
    expect(await my.run(['drop', 'film'])).toEqual({
      stdout: 'Dropped "Late Night Film: 真夜中の映画" from itinerary default.\n',
      stderr: '',
      code: 0,
    });
    expect((await my.run(['itinerary', '--check'])).code).toBe(0);
    // Words that name no talk, on the schedule or cancelled, are answered as ever.
    expect((await my.run(['show', 'matinee'])).stderr).toBe(
      'pycon: No talk matches "matinee"; try "pycon search matinee" or "pycon talks" to list them all.\n',
    );
  });
});

describe('a retitled talk, whose id changed with its title', () => {
  it('is the same talk to add and drop, by the uid the itinerary keeps', async () => {
    const { my } = await updated();
    expect(await my.run(['add', '-i', 'friends', 'opening-and-welcome', '--must'])).toEqual({
      stdout: '"Opening and Welcome" is now a must in itinerary friends.\n',
      stderr: '',
      code: 0,
    });
    expect(JSON.parse((await my.run(['itinerary', '-i', 'friends', '--json'])).stdout).talks).toMatchObject([
      { id: 'opening-and-welcome', priority: 'must' },
    ]);
    expect((await my.run(['drop', '-i', 'friends', 'opening-and-welcome'])).stdout).toBe(
      'Dropped "Opening and Welcome" from itinerary friends.\n',
    );
    expect(JSON.parse((await my.run(['itinerary', '-i', 'friends', '--json'])).stdout).talks).toEqual([]);
  });
});

describe('plan after an update', () => {
  it("plans again with the interests it was made with, and offers the best talk in a cancelled talk's slot", async () => {
    const my = inHome();
    const source = my.file('v1.xml', V1);
    await my.run(['import', source]);
    expect((await my.run(['plan', 'film'])).stdout).toContain('Saved: 1 talk added to itinerary default.');
    const otherFilm =
      '<event guid="whd24-film-2" id="107"><date>2024-12-28T00:30:00+01:00</date><start>00:30</start><duration>01:00</duration><room>Saal G</room><title>Another Film at Midnight</title><persons/></event>\n      ';
    writeFileSync(source, secondVersion().replace('<event guid="whd24-keynote"', `${otherFilm}<event guid="whd24-keynote"`));
    await my.run(['update']);
    const { stdout, code } = await my.run(['plan']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      '✗ "Late Night Film: 真夜中の映画" was cancelled; in its slot the plan picks "Another Film at Midnight" (Saal G), its first backup.',
    );
    expect(
      JSON.parse((await my.run(['itinerary', '--json'])).stdout)
        .talks.map((talk: { id: string }) => talk.id)
        .sort(),
    ).toEqual(['another-film-at-midnight', 'late-night-film-真夜中の映画']);
  });
});

describe('the export after an update', () => {
  it('carries SEQUENCE, the stamp of the version that changed each talk, STATUS:CANCELLED and where a talk moved from', async () => {
    const { my } = await updated();
    const calendar = (await my.run(['export'])).stdout;
    expect(calendar).toBe((await my.run(['export'])).stdout);
    const events = new ICAL.Component(ICAL.parse(calendar)).getAllSubcomponents('vevent');
    const summary = events.map((event) => ({
      uid: event.getFirstPropertyValue('uid'),
      sequence: event.getFirstPropertyValue('sequence'),
      status: event.getFirstPropertyValue('status'),
      stamp: String(event.getFirstPropertyValue('dtstamp')),
    }));
    expect(summary).toEqual([
      { uid: 'whd24-lets-encrypt@whd24.pycon', sequence: 1, status: null, stamp: '2026-11-26T08:30:00Z' },
      { uid: '42@whd24.pycon', sequence: 1, status: 'CANCELLED', stamp: '2026-11-26T08:30:00Z' },
      { uid: 'whd24-rust-2@whd24.pycon', sequence: 1, status: null, stamp: '2026-11-26T08:30:00Z' },
    ]);
    expect(String(events[0]?.getFirstPropertyValue('description'))).toMatch(/^Moved from Saal 1, Fri 27 Dec 16:00\.\n\nBob Tester/);
    expect((await my.run(['export', '--no-cancelled'])).stdout.match(/^UID:.*$/gm)).toEqual([
      'UID:whd24-lets-encrypt@whd24.pycon',
      'UID:whd24-rust-2@whd24.pycon',
    ]);
    // An itinerary left with nothing but a cancelled talk still exports it, so that calendars take it out.
    await my.run(['drop', 'lets-encrypt', 'rust-for-hardware-2']);
    expect((await my.run(['export'])).stdout.match(/^(UID|STATUS):.*$/gm)).toEqual(['UID:42@whd24.pycon', 'STATUS:CANCELLED']);
    const friends = (await my.run(['export', '-i', 'friends'])).stdout;
    expect(friends).toContain('SEQUENCE:1\r\n');
    expect(friends).toContain('SUMMARY:Opening and Welcome\r\n');
    // A retitled talk did not move; a new one has not changed yet.
    expect(friends).toContain('DESCRIPTION:Ada Example');
    const all = new ICAL.Component(ICAL.parse((await my.run(['export', '--all'])).stdout)).getAllSubcomponents('vevent');
    expect(all.map((event) => `${event.getFirstPropertyValue('uid')} ${event.getFirstPropertyValue('sequence')}`)).toEqual([
      'whd24-opening@whd24.pycon 1',
      'whd24-keynote@whd24.pycon 0',
      'whd24-rust-1@whd24.pycon 1',
      'whd24-lets-encrypt@whd24.pycon 1',
      'whd24-rust-2@whd24.pycon 1',
    ]);
  });

  it('counts a cancelled talk that comes back, and is cancelled again, as one more change each, in the store as updated and as made again', async () => {
    const { my } = await updated();
    writeFileSync(join(my.home, 'v1.xml'), thirdVersion());
    my.at('2026-11-27T09:00:00Z');
    await my.run(['update']);
    const calendar = (await my.run(['export'])).stdout;
    const film = filmIn(calendar);
    expect(film).toContain('SEQUENCE:2\r\n');
    expect(film).toContain('DTSTAMP:20261127T090000Z\r\n');
    expect(film).not.toContain('STATUS:CANCELLED');
    expect(calendar.match(/^UID:42@/gm)).toHaveLength(1);
    expect((await my.run(['itinerary'])).stdout.split('\n')[0]).toBe('Itinerary default: 3 talks, no clashes');
    await expectMadeAgain(my, 3);
    expect((await my.run(['export'])).stdout).toBe(calendar);
    // Cancelled once more, it is one cancelled talk, a step further on.
    writeFileSync(join(my.home, 'v1.xml'), secondVersion());
    my.at('2026-11-28T09:00:00Z');
    await my.run(['update']);
    expect((await my.run(['export'])).stdout.match(/^UID:.*|^SEQUENCE:.*|^STATUS:.*/gm)).toEqual([
      'UID:whd24-lets-encrypt@whd24.pycon',
      'SEQUENCE:1',
      'UID:42@whd24.pycon',
      'SEQUENCE:3',
      'STATUS:CANCELLED',
      'UID:whd24-rust-2@whd24.pycon',
      'SEQUENCE:1',
    ]);
    await expectMadeAgain(my, 4);
  });

  it('keeps a talk cancelled by one update cancelled through the next, in the store as updated and as made again', async () => {
    const { my } = await updated();
    writeFileSync(join(my.home, 'v1.xml'), secondVersion().replace('<title>Keynote</title>', '<title>Opening Keynote</title>'));
    my.at('2026-11-27T09:00:00Z');
    expect((await my.run(['update'])).stdout.split('\n').slice(0, 4)).toEqual([
      'Winter Hack Days 2024 (whd24): version 2 → 3, read 2026-11-27 09:00 UTC:',
      '1 change.',
      '',
      '  Keynote: retitled "Opening Keynote"',
    ]);
    const calendar = (await my.run(['export'])).stdout;
    const film = filmIn(calendar);
    expect(film).toContain('SEQUENCE:1\r\n');
    expect(film).toContain('DTSTAMP:20261126T083000Z\r\n');
    expect(film).toContain('STATUS:CANCELLED\r\n');
    expect((await my.run(['itinerary'])).stdout.split('\n')[0]).toBe('Itinerary default: 2 talks, no clashes, 1 cancelled');
    await expectMadeAgain(my, 3);
  });

  it('keeps SEQUENCE 0 and the stamp of the first read for talks that never changed', async () => {
    const my = inHome();
    await my.run(['import', my.file('v1.xml', V1)]);
    const calendar = (await my.run(['export', '--all'])).stdout;
    expect(calendar.match(/^SEQUENCE:.*$/gm)).toEqual(Array(5).fill('SEQUENCE:0'));
    expect(calendar.match(/^DTSTAMP:.*$/gm)).toEqual(Array(5).fill('DTSTAMP:20261125T120000Z'));
  });
});

describe('khal, a real calendar client, importing the export before and after an update', () => {
  it('holds each talk once, at its new place, and shows the cancelled one as cancelled', async () => {
    const khal = khalCalendar('Europe/Berlin');
    if (!khal) return;
    const my = inHome();
    const { folder } = khal;
    const agenda = () => khal.list('{start} {title} [{location}] {cancelled}', '2024-12-27', '3d');
    const source = my.file('v1.xml', V1);
    await my.run(['import', source]);
    await my.run(['add', 'lets-encrypt', 'film']);
    await my.run(['export', '-o', join(folder, 'old.ics')]);
    expect(khal.importFile(join(folder, 'old.ics'))).toBe(0);
    expect(agenda()).toBe(
      "Friday, 2024-12-27\n2024-12-27 16:00 Let's Encrypt Everything [Saal 1] \nSaturday, 2024-12-28\n2024-12-28 00:30 Late Night Film: 真夜中の映画 [Saal 1] \n",
    );
    writeFileSync(source, secondVersion());
    await my.run(['update']);
    await my.run(['export', '-o', join(folder, 'new.ics')]);
    expect(khal.importFile(join(folder, 'new.ics'))).toBe(0);
    expect(agenda()).toBe(
      "Friday, 2024-12-27\n2024-12-27 17:00 Let's Encrypt Everything [Saal G] \nSaturday, 2024-12-28\n2024-12-28 00:30 Late Night Film: 真夜中の映画 [Saal 1] CANCELLED \n",
    );
  });
});

describe('pycon update from a URL', () => {
  let server: Server;
  let url: string;
  let version = { body: V1, etag: '"v1"' };
  const requests: (string | undefined)[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.headers['if-none-match']);
      if (request.headers['if-none-match'] === version.etag) {
        response.writeHead(304);
        response.end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/xml', etag: version.etag });
      response.end(version.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/schedule.xml`;
  });
  afterAll(() => {
    if (server.listening) server.close();
  });

  it('asks conditionally: 200, then 304 (no change), then 200 with a new version', async () => {
    const my = inHome();
    expect((await my.run(['import', url])).code).toBe(0);
    expect(await my.run(['update'])).toEqual({
      stdout: `No changes since 2026-11-25 12:00 UTC: the server says ${url} is as it was.\n`,
      stderr: '',
      code: 0,
    });
    version = { body: secondVersion(), etag: '"v2"' };
    my.at('2026-11-26T08:30:00Z');
    expect((await my.run(['update'])).stdout).toContain('version 1 → 2');
    expect(requests).toEqual([undefined, '"v1"', '"v1"']);
  });

  it('keeps the new ETag of the same bytes, and asks with it next time', async () => {
    version = { body: V1, etag: '"v1"' };
    const my = inHome();
    const first = requests.length;
    expect((await my.run(['import', url])).code).toBe(0);
    // The server made the file again: the same schedule, a new ETag.
    version = { body: V1, etag: '"v1-again"' };
    expect((await my.run(['update'])).stdout).toBe('No changes since 2026-11-25 12:00 UTC.\n');
    expect((await my.run(['update'])).stdout).toBe(`No changes since 2026-11-25 12:00 UTC: the server says ${url} is as it was.\n`);
    expect(requests.slice(first)).toEqual([undefined, '"v1"', '"v1-again"']);
  });

  it('asks with If-Modified-Since when the server gave a Last-Modified and no ETag', async () => {
    const stamp = 'Wed, 25 Nov 2026 11:00:00 GMT';
    const asked: (string | undefined)[] = [];
    const dated = createServer((request, response) => {
      asked.push(request.headers['if-modified-since']);
      if (request.headers['if-modified-since'] === stamp) {
        response.writeHead(304);
        response.end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/xml', 'last-modified': stamp });
      response.end(V1);
    });
    await new Promise<void>((resolve) => dated.listen(0, '127.0.0.1', resolve));
    try {
      const at = `http://127.0.0.1:${(dated.address() as AddressInfo).port}/schedule.xml`;
      const my = inHome();
      expect((await my.run(['import', at])).code).toBe(0);
      expect((await my.run(['update'])).stdout).toBe(`No changes since 2026-11-25 12:00 UTC: the server says ${at} is as it was.\n`);
      expect(asked).toEqual([undefined, stamp]);
    } finally {
      dated.closeAllConnections();
      dated.close();
    }
  });

  it('makes a store that cannot be read again from the schedule it kept when the server answers 304', async () => {
    const my = inHome();
    version = { body: V1, etag: '"v1"' };
    await my.run(['import', url]);
    const store = join(my.home, 'conferences', 'whd24', 'store.json');
    const before = readFileSync(store, 'utf8');
    writeFileSync(store, '{}');
    requests.length = 0;
    expect(await my.run(['update'])).toEqual({
      stdout:
        'Winter Hack Days 2024 (whd24): its store could not be read, so pycon made it again from the schedule of version 1 and the log of its changes.\n' +
        `No changes since 2026-11-25 12:00 UTC: the server says ${url} is as it was.\n`,
      stderr: '',
      code: 0,
    });
    expect(requests).toEqual(['"v1"']);
    expect(readFileSync(store, 'utf8')).toBe(before);
  });

  it('names the web page a schedule it was imported from now leads to, and keeps the previous version', async () => {
    const my = inHome();
    let unpublished = false;
    const site = createServer((request, response) => {
      if (request.url === '/whd24/schedule.xml' && !unpublished) return response.end(V1);
      if (request.url === '/whd24/schedule.xml') {
        response.writeHead(302, { location: '/login/?next=/whd24/' });
        return response.end();
      }
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!DOCTYPE html><html><body>Sign in</body></html>');
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    try {
      const origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
      await my.run(['import', `${origin}/whd24/schedule.xml`]);
      unpublished = true;
      expect(await my.run(['update'])).toEqual({
        stdout: '',
        stderr: `pycon: Cannot update whd24 from ${origin}/whd24/schedule.xml: it led to a web page (${origin}/login/?next=/whd24/), not a schedule; the previous version is kept.\n`,
        code: 1,
      });
    } finally {
      site.closeAllConnections();
      site.close();
    }
  });

  it('keeps the previous version when the server answers an error or is gone, exit 1', async () => {
    const my = inHome();
    version = { body: V1, etag: '"v1"' };
    await my.run(['import', url]);
    const store = join(my.home, 'conferences', 'whd24', 'store.json');
    const before = readFileSync(store, 'utf8');
    version = { body: '<!DOCTYPE html><html>Maintenance</html>', etag: '"maintenance"' };
    expect((await my.run(['update'])).stderr).toBe(
      `pycon: Cannot update whd24 from ${url}: this is a web page, not a schedule; the previous version is kept.\n`,
    );
    const port = Number(new URL(url).port);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    // Let this process's fetch see its kept-alive connection closed, as a new pycon process would have none.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const gone = await my.run(['update']);
    expect(gone).toEqual({
      stdout: '',
      stderr: `pycon: 127.0.0.1:${port} refused the connection; check the URL, or try again when the server is up.\n`,
      code: 1,
    });
    expect(readFileSync(store, 'utf8')).toBe(before);
  });
});
