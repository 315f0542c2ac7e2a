import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tzDatabase } from '../../src/store/tzDatabase.js';
import { makeHome } from '../helpers/run.js';

describe("the machine's tz database", () => {
  const tzdir = join(makeHome(), 'zoneinfo');
  for (const name of ['Europe/Berlin', 'posixrules', 'localtime', 'right/Europe/Berlin', 'posix/Europe/Berlin', 'UTC']) {
    mkdirSync(join(tzdir, name, '..'), { recursive: true });
    writeFileSync(join(tzdir, name), `TZif ${name}`);
  }

  it('gives the files of the tz regions’ zones, and never another file of the folder', () => {
    const tzdata = tzDatabase({ TZDIR: tzdir });
    expect(Buffer.from(tzdata('Europe/Berlin') ?? []).toString()).toBe('TZif Europe/Berlin');
    expect(Buffer.from(tzdata('UTC') ?? []).toString()).toBe('TZif UTC');
    for (const name of ['posixrules', 'localtime', 'right/Europe/Berlin', 'posix/Europe/Berlin', 'Europe/../posixrules', 'Europe/Paris']) {
      expect(tzdata(name), name).toBeUndefined();
    }
  });

  it('reads a zone’s file once', () => {
    const tzdata = tzDatabase({ TZDIR: tzdir });
    expect(tzdata('Europe/Berlin')).toBeDefined();
    rmSync(join(tzdir, 'Europe', 'Berlin'));
    expect(Buffer.from(tzdata('Europe/Berlin') ?? []).toString()).toBe('TZif Europe/Berlin');
    expect(tzDatabase({ TZDIR: tzdir })('Europe/Berlin')).toBeUndefined();
  });
});
