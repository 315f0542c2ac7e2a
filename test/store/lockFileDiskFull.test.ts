/** Taking a lock on a full disk: the lock file is created, then its content cannot be written. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { withLock } from '../../src/store/lockFile.js';
import { makeHome } from '../helpers/run.js';

vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  // As on a full disk: open() makes the file, write() fails.
  const writeFileSync: typeof fs.writeFileSync = (path, data, options) => {
    if (!String(path).includes('.lock.')) return fs.writeFileSync(path, data, options);
    fs.writeFileSync(path, '', options);
    throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC' });
  };
  return { ...fs, writeFileSync, default: { ...fs, writeFileSync } };
});

describe('withLock on a full disk', () => {
  it('says the disk is full, and leaves no file behind', async () => {
    const folder = makeHome();
    const lock = join(folder, 'default.json.lock');
    const owner = { pid: 100, hostname: () => 'here', processAlive: () => true, clock: () => new Date(), waitMs: 200 };
    await expect(withLock(lock, owner, 'itinerary default', () => 'done')).rejects.toThrow(
      `Cannot create the lock file ${lock}: the disk is full; free some space and try again.`,
    );
    expect(readdirSync(folder)).toEqual([]);
  });
});
