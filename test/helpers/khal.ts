/**
 * khal, a real calendar client, with a calendar of its own in a fresh
 * folder: what a user of khal sees of an exported calendar. Undefined when
 * khal is not installed, which CI never allows (.ci/run installs it).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { HUNG_AFTER_MS } from './spawn.js';

export interface Khal {
  folder: string;
  /** Imports a calendar file into khal's calendar, as `khal import --batch`; its exit code. */
  importFile(path: string): number | null;
  /** `khal list` from a day, for a span (`3d`), each event in the format given. */
  list(format: string, from: string, span: string): string;
}

export function khalCalendar(zone: string): Khal | undefined {
  const probe = spawnSync('khal', ['--version'], { encoding: 'utf8', timeout: HUNG_AFTER_MS });
  if (probe.error) {
    expect(process.env.CI, 'khal must be installed in CI (.ci/run does it)').toBeUndefined();
    return undefined;
  }
  const folder = mkdtempSync(join(tmpdir(), 'pycon-khal-'));
  mkdirSync(join(folder, 'calendar'));
  const config = join(folder, 'khal.conf');
  writeFileSync(
    config,
    `[calendars]\n[[pycon]]\npath = ${folder}/calendar\ntype = calendar\n[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\nlocal_timezone = ${zone}\ndefault_timezone = ${zone}\n`,
  );
  const khal = (...args: string[]) =>
    spawnSync('khal', ['-c', config, ...args], { encoding: 'utf8', timeout: HUNG_AFTER_MS, env: { ...process.env, TZ: 'UTC' } });
  return {
    folder,
    importFile: (path) => khal('import', '--batch', '-a', 'pycon', path).status,
    list: (format, from, span) => khal('list', '--format', format, from, span).stdout,
  };
}
