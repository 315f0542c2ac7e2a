/** An update whose store could not be written (a full disk): the next update makes it, rather than finding "no changes". */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/errors.js';
import { makeHome, repoRoot, run } from '../helpers/run.js';

const diskFull = { store: false };

vi.mock('../../src/store/atomicWrite.js', async (original) => {
  const actual = await original<typeof import('../../src/store/atomicWrite.js')>();
  return {
    ...actual,
    writeOwnFile: (path: string, content: Parameters<typeof actual.writeOwnFile>[1]) => {
      if (diskFull.store && path.endsWith('store.json')) {
        throw new UserError(`Cannot write ${path}: the disk is full; free some space and try again.`);
      }
      actual.writeOwnFile(path, content);
    },
  };
});

describe('an update interrupted before its store was written', () => {
  it('is made whole by the next update, which reports the changes as ever', async () => {
    const home = makeHome();
    const env = { PYCON_HOME: home };
    const source = join(home, 'schedule.xml');
    const first = readFileSync(join(repoRoot, 'test', 'fixtures', 'schedules', 'winter-hack-days.xml'), 'utf8');
    writeFileSync(source, first);
    await run(['import', source], { env });
    writeFileSync(source, first.replace("<title>Let's Encrypt Everything</title>", '<title>Encrypt Everything</title>'));

    diskFull.store = true;
    const failed = await run(['update'], { env });
    diskFull.store = false;
    expect([failed.code, failed.stderr]).toEqual([
      1,
      `pycon: Cannot write ${join(home, 'conferences', 'whd24', 'store.json')}: the disk is full; free some space and try again.\n`,
    ]);

    const again = await run(['update'], { env });
    expect([again.code, again.stdout]).toEqual([
      0,
      'Winter Hack Days 2024 (whd24): version 1 → 2, read 2026-11-25 12:00 UTC:\n1 change.\n\n  Let\'s Encrypt Everything: retitled "Encrypt Everything"\n',
    ]);
    expect((await run(['talks'], { env })).stdout).toContain('Encrypt Everything\tBob Tester');
  });
});
