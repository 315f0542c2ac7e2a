import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  conferenceFolder,
  conferenceInUse,
  conferenceLock,
  importedConferences,
  itinerariesFolder,
  readChangesLog,
  readOrigin,
  removeConference,
  saveConference,
  useConference,
} from '../../src/store/conferences.js';
import { makeHome, testLockOwner } from '../helpers/run.js';

const owner = testLockOwner();

function withFile(home: string, path: string, text: string): string {
  const full = join(home, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
  return full;
}

describe('where a conference came from (origin.json)', () => {
  const read = (text: string) => {
    const home = makeHome();
    withFile(home, 'conferences/whd24/origin.json', text);
    return readOrigin(home, 'whd24');
  };

  it('is read with what the server said and the zone given, when they are text', () => {
    const origin = {
      source: 'https://example.org/schedule.xml',
      format: 'frab XML',
      version: '1.2',
      readAt: '2026-11-25T12:00:00.000Z',
      etag: '"abc"',
      lastModified: 'Wed, 25 Nov 2026 11:00:00 GMT',
      zone: 'Europe/Berlin',
    };
    expect(read(JSON.stringify(origin))).toEqual(origin);
  });

  it('reads a format, version or header that is not text as none', () => {
    expect(
      read(JSON.stringify({ source: 'a.xml', readAt: 'then', format: 1, version: null, etag: 2, lastModified: [], zone: {} })),
    ).toEqual({ source: 'a.xml', format: '', version: '', readAt: 'then' });
  });

  it('is unknown when missing, not JSON, or without a source and a time of reading', () => {
    expect(readOrigin(makeHome(), 'whd24')).toBeUndefined();
    expect(read('{"source": ')).toBeUndefined();
    expect(read(JSON.stringify({ readAt: 'then' }))).toBeUndefined();
    expect(read(JSON.stringify({ source: 'a.xml' }))).toBeUndefined();
    expect(read(JSON.stringify({ source: 'a.xml', readAt: 5 }))).toBeUndefined();
  });
});

describe('the imported conferences', () => {
  it('are the folders with a store and a name pycon gives, sorted', () => {
    const home = makeHome();
    expect(importedConferences(home)).toEqual([]);
    for (const name of ['whd24', 'fosdem-2025', 'Bad Name']) withFile(home, `conferences/${name}/store.json`, '{}');
    withFile(home, 'conferences/emptied/itineraries/default.json', '{}');
    expect(importedConferences(home)).toEqual(['fosdem-2025', 'whd24']);
  });
});

describe('the settings file', () => {
  it('names the conference in use, keeping any other setting when it changes', async () => {
    const home = makeHome();
    expect(conferenceInUse(home)).toBeUndefined();
    const path = withFile(home, 'settings.json', '{"conference": "whd24", "colour": "never"}');
    expect(conferenceInUse(home)).toBe('whd24');
    await useConference(home, 'fosdem-2025', owner);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ conference: 'fosdem-2025', colour: 'never' });
    await useConference(home, undefined, owner);
    expect(readFileSync(path, 'utf8')).toBe('{\n  "colour": "never"\n}\n');
  });

  it('says to move aside a folder in its place, as pycon keeps the file there', () => {
    const home = makeHome();
    mkdirSync(join(home, 'settings.json'));
    expect(() => conferenceInUse(home)).toThrow(
      `${join(home, 'settings.json')} is a folder, not a settings file; move it aside and try again.`,
    );
  });

  it('names no conference when it holds one that is not a name pycon gives', () => {
    for (const conference of [5, '../elsewhere', '']) {
      const home = makeHome();
      withFile(home, 'settings.json', JSON.stringify({ conference }));
      expect(conferenceInUse(home)).toBeUndefined();
    }
  });

  it('says how to mend it when it is not a JSON object', () => {
    for (const [text, why] of [
      ['{"conference": ', 'it is not valid JSON'],
      ['["whd24"]', 'it is not a JSON object'],
      ['null', 'it is not a JSON object'],
    ]) {
      const home = makeHome();
      const path = withFile(home, 'settings.json', text as string);
      expect(() => conferenceInUse(home)).toThrow(
        `The settings file ${path} is damaged (${why}); fix it by hand, or remove it to start afresh.`,
      );
    }
  });
});

describe('the log of changes', () => {
  it('is empty before the first update, and says how to mend it when it is not JSON', () => {
    const home = makeHome();
    expect(readChangesLog(home, 'whd24')).toEqual([]);
    const path = withFile(home, 'conferences/whd24/changes.json', '[{"from": ');
    expect(path).toBe(join(conferenceFolder(home, 'whd24'), 'changes.json'));
    expect(() => readChangesLog(home, 'whd24')).toThrow(
      `The changes file ${path} is damaged (it is not valid JSON); remove it to start its log afresh.`,
    );
  });

  it('is damaged when any update in it is not one: a version not a whole number, a change without its talks', () => {
    const home = makeHome();
    const talk = { id: 'film', uid: '42', title: 'Film', start: 's', end: 'e', room: 'Saal 1', description: '', speakers: [] };
    const update = {
      from: { version: 1, readAt: '2026-11-25T12:00:00.000Z' },
      to: { version: 2, readAt: '2026-11-26T08:30:00.000Z' },
      changes: [{ kind: 'cancelled', uid: '42', fields: [], before: talk, after: null }],
    };
    const log = (updates: unknown[]) => withFile(home, 'conferences/whd24/changes.json', JSON.stringify(updates));
    log([update]);
    expect(readChangesLog(home, 'whd24')).toEqual([update]);
    const damaged = `The changes file ${join(conferenceFolder(home, 'whd24'), 'changes.json')} is damaged (it is not a list of updates); remove it to start its log afresh.`;
    for (const bad of [
      { ...update, to: { version: 2.5, readAt: update.to.readAt } },
      { ...update, from: { version: 1 } },
      { ...update, changes: [{ ...update.changes[0], before: { ...talk, speakers: 'Ada' } }] },
      { ...update, changes: [{ ...update.changes[0], after: undefined }] },
      { ...update, changes: [{ ...update.changes[0], before: { ...talk, title: 7 } }] },
      { ...update, changes: [{ ...update.changes[0], kind: undefined }] },
      { ...update, changes: [{ ...update.changes[0], uid: 42 }] },
      { ...update, changes: [{ ...update.changes[0], fields: 'title' }] },
      { ...update, changes: [update.changes[0], 'cancelled'] },
      { ...update, changes: {} },
      'an update',
    ]) {
      log([update, bad]);
      expect(() => readChangesLog(home, 'whd24')).toThrow(damaged);
    }
  });
});

describe('another pycon holding a lock', () => {
  const origin = { source: 'schedule.xml', format: 'frab XML', version: '1', readAt: '2026-11-25T12:00:00.000Z' };
  const held = (path: string) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, JSON.stringify({ pid: 7, host: 'elsewhere' }));
    return path;
  };

  it('names the conference it is changing, for a save and a removal', async () => {
    const home = makeHome();
    const lock = held(conferenceLock(conferenceFolder(home, 'whd24')));
    const said = `Another pycon (process 7 on elsewhere) is still changing conference whd24 after 0.2 s; nothing was changed, so try again, or if no pycon is running, delete ${lock}.`;
    await expect(saveConference(home, 'whd24', owner, { origin })).rejects.toThrow(said);
    await expect(removeConference(home, 'whd24', owner)).rejects.toThrow(said);
  });

  it('names the settings while the conference in use is changed', async () => {
    const home = makeHome();
    const lock = held(join(home, 'settings.json.lock'));
    await expect(useConference(home, 'whd24', owner)).rejects.toThrow(
      `Another pycon (process 7 on elsewhere) is still changing the settings after 0.2 s; nothing was changed, so try again, or if no pycon is running, delete ${lock}.`,
    );
  });
});

describe('itineraries written before conferences', () => {
  it('stay where they are when an imported conference asks for its own, until PyCon US 2019 is asked', () => {
    const home = makeHome();
    withFile(home, 'itineraries/default.json', '{}');
    expect(itinerariesFolder(home, 'whd24')).toBe(join(conferenceFolder(home, 'whd24'), 'itineraries'));
    expect(existsSync(join(home, 'itineraries', 'default.json'))).toBe(true);
    const bundled = itinerariesFolder(home, 'pycon-us-2019');
    expect([existsSync(join(home, 'itineraries')), readdirSync(bundled)]).toEqual([false, ['default.json']]);
  });
});
