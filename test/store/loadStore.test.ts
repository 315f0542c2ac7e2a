import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/schedule/parse.js';
import { loadStore } from '../../src/store/loadStore.js';
import { storeText } from '../../src/store/storeText.js';
import { bundledStore, makeHome, repoRoot, run } from '../helpers/run.js';

/** The SHA-256 of the talk list as the conference published it. */
const PUBLISHED_SHA256 = 'f858bd31cb9af1cf664bcf33c2f1fe9cd8b108333bd6d94b39dde9081db12d80';

describe('the bundled talk store', () => {
  it('is exactly what the parser makes of the bundled source', () => {
    const result = parseSource(readFileSync(join(repoRoot, 'data', 'pycon-2019-talks.txt')));
    expect(readFileSync(bundledStore, 'utf8')).toBe(storeText(result.store));
  });

  it('is written in ASCII, with every other character a \\u escape that reads back as itself', () => {
    const bytes = readFileSync(bundledStore);
    expect(isAscii(bytes)).toBe(true);
    expect(bytes.toString('latin1')).toContain('Even if you\\u2019re not managing a large project');
    const store = loadStore(bundledStore);
    expect(store.talks.find((talk) => talk.id === 'dont-be-a-robot-build-the-bot')?.description).toContain('Even if you’re not managing');
  });

  it('ships the source byte for byte as published', () => {
    const shipped = readFileSync(join(repoRoot, 'data', 'pycon-2019-talks.txt'));
    expect(createHash('sha256').update(shipped).digest('hex')).toBe(PUBLISHED_SHA256);
    const shared = join(repoRoot, '..', 'shared', 'data', 'pycon-2019-talks.txt');
    // CI always has shared/ beside the clone; a developer's checkout may not.
    if (process.env.CI || existsSync(shared)) expect(shipped.equals(readFileSync(shared))).toBe(true);
  });
});

describe('loading another store', () => {
  function storeFile(content: string): string {
    const path = join(makeHome(), 'store.json');
    writeFileSync(path, content);
    return path;
  }

  it('reads --store and PYCON_STORE', async () => {
    const store = JSON.parse(readFileSync(bundledStore, 'utf8'));
    store.talks = store.talks.slice(0, 2);
    store.searchText = store.searchText.slice(0, 2);
    const path = storeFile(JSON.stringify(store));
    expect(JSON.parse((await run(['talks', '--json', '--store', path])).stdout)).toHaveLength(2);
    expect(JSON.parse((await run(['talks', '--json'], { env: { PYCON_STORE: path } })).stdout)).toHaveLength(2);
  });

  it('reads a version 1 store: the uid is the id, the title the old name, and calendars get the same UIDs', async () => {
    const store = JSON.parse(readFileSync(bundledStore, 'utf8'));
    const old = {
      ...store,
      schemaVersion: 1,
      conference: { name: 'PyCon US 2019', timezone: 'America/New_York', location: 'Cleveland, Ohio', days: store.conference.days },
      talks: store.talks.map(({ uid, ...talk }: { uid: string }) => talk),
    };
    const path = storeFile(JSON.stringify(old));
    const talks = JSON.parse((await run(['talks', '--json', '--store', path])).stdout);
    expect(talks).toEqual(JSON.parse((await run(['talks', '--json'])).stdout));
    expect((await run(['export', '--all', '--store', path])).stdout).toBe((await run(['export', '--all'])).stdout);
  });

  it('names a missing store and the fix, exit 1', async () => {
    expect(await run(['talks', '--store', '/nonexistent/store.json'])).toEqual({
      stdout: '',
      stderr:
        'pycon: No talk store at /nonexistent/store.json; check --store or PYCON_STORE, or run "npm install" to rebuild the bundled one.\n',
      code: 1,
    });
  });

  it('names a corrupt store and the fix, exit 1', async () => {
    const path = storeFile('{"schemaVersion": 1, "talks": [');
    expect(await run(['talks', '--store', path])).toEqual({
      stdout: '',
      stderr: `pycon: The talk store ${path} is damaged (it is not valid JSON); rebuild it with "pycon parse <source> -o ${path}".\n`,
      code: 1,
    });
    const wrongShape = storeFile(
      JSON.stringify({
        schemaVersion: 1,
        conference: { name: 'x', timezone: 'UTC', location: '', days: ['2019-05-03'] },
        rooms: [],
        talks: [{ id: 1 }],
      }),
    );
    expect((await run(['talks', '--store', wrongShape])).stderr).toBe(
      `pycon: The talk store ${wrongShape} is damaged (talk 1 lacks a field or has one of the wrong type); rebuild it with "pycon parse <source> -o ${wrongShape}".\n`,
    );
  });

  it('names a store whose history holds a time that is not one, before a calendar is written from it', async () => {
    const store = JSON.parse(readFileSync(bundledStore, 'utf8'));
    const history = { version: 2, readAt: '2019-05-04T10:00:00.000Z', firstReadAt: '2019-05-03T00:00:00.000Z', talks: {} };
    const changed = { sequence: 1, changedAt: '2019-05-04T10:00:00.000Z' };
    expect(
      (
        await run([
          'export',
          '--all',
          '--store',
          storeFile(
            JSON.stringify({
              ...store,
              history: { ...history, talks: { 'advanced-asyncio-solving-real-world-production-problems': changed } },
            }),
          ),
        ])
      ).code,
    ).toBe(0);
    const path = storeFile(
      JSON.stringify({
        ...store,
        history: {
          ...history,
          talks: { 'advanced-asyncio-solving-real-world-production-problems': { ...changed, changedAt: 'garbage\r\nX:1' } },
        },
      }),
    );
    expect(await run(['export', '--all', '--store', path])).toEqual({
      stdout: '',
      stderr: `pycon: The talk store ${path} is damaged (its "history" is not versions of talks); rebuild it with "pycon parse <source> -o ${path}".\n`,
      code: 1,
    });
  });

  it('names a store of another schema version, exit 1', async () => {
    const path = storeFile(JSON.stringify({ schemaVersion: 7 }));
    expect(await run(['talks', '--store', path])).toEqual({
      stdout: '',
      stderr: `pycon: The talk store ${path} has schema version 7, but this pycon reads versions 1 and 2; rebuild it with "pycon parse <source> -o ${path}".\n`,
      code: 1,
    });
  });
});
