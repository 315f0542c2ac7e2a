/** An update or import cut short by a full disk: the next one finishes it, rather than finding "no changes". */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/errors.js';
import { makeHome, repoRoot, run } from '../helpers/run.js';

/** The file whose writing fails as on a full disk, if any. */
const diskFull: { file?: string } = {};

vi.mock('../../src/store/atomicWrite.js', async (original) => {
  const actual = await original<typeof import('../../src/store/atomicWrite.js')>();
  return {
    ...actual,
    writeOwnFile: (path: string, content: Parameters<typeof actual.writeOwnFile>[1]) => {
      if (diskFull.file !== undefined && path.endsWith(diskFull.file)) {
        throw new UserError(`Cannot write ${path}: the disk is full; free some space and try again.`);
      }
      actual.writeOwnFile(path, content);
    },
  };
});

describe('a conference written only in part, for want of disk space', () => {
  it('is made whole by the next update, which reports the changes as ever, when its store was not written', async () => {
    const home = makeHome();
    const env = { PYCON_HOME: home };
    const source = join(home, 'schedule.xml');
    const first = readFileSync(join(repoRoot, 'test', 'fixtures', 'schedules', 'winter-hack-days.xml'), 'utf8');
    writeFileSync(source, first);
    await run(['import', source], { env });
    writeFileSync(source, first.replace("<title>Let's Encrypt Everything</title>", '<title>Encrypt Everything</title>'));

    diskFull.file = 'store.json';
    const failed = await run(['update'], { env });
    diskFull.file = undefined;
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

  it('is imported again whole by the next import, when where it came from was not written', async () => {
    const home = makeHome();
    const env = { PYCON_HOME: home };
    const source = join(repoRoot, 'test', 'fixtures', 'schedules', 'winter-hack-days.xml');
    diskFull.file = 'origin.json';
    const failed = await run(['import', source], { env });
    diskFull.file = undefined;
    expect(failed.code).toBe(1);
    expect(await run(['import', source], { env })).toEqual({
      stdout:
        'Imported Winter Hack Days 2024 as whd24: 5 talks in 2 rooms, Friday 27 – Saturday 28 December 2024 (Europe/Berlin).\nIt is now the conference in use; try "pycon timetable friday" or "pycon search <words>".\n',
      stderr: '',
      code: 0,
    });
    expect(JSON.parse(readFileSync(join(home, 'conferences', 'whd24', 'origin.json'), 'utf8')).source).toBe(source);
  });
});
