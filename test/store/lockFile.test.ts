/** The lock's rules, in-process, with a pretend process table. */
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LockOwner, withLock } from '../../src/store/lockFile.js';
import { makeHome } from '../helpers/run.js';

const owner = (alive: number[] = []): LockOwner => ({
  pid: 100,
  hostname: () => 'here',
  processAlive: (pid) => pid === 100 || alive.includes(pid),
  clock: () => new Date('2026-11-25T12:00:00Z'),
  waitMs: 200,
});

function lockIn(holder?: object): { folder: string; lock: string } {
  const folder = makeHome();
  const lock = join(folder, 'default.json.lock');
  if (holder) writeFileSync(lock, JSON.stringify(holder));
  return { folder, lock };
}

const aged = (path: string, seconds: number) => {
  const then = new Date(Date.now() - seconds * 1000);
  utimesSync(path, then, then);
};

describe('withLock', () => {
  it('runs the work holding the lock, and removes it after', async () => {
    const { lock } = lockIn();
    expect(await withLock(lock, owner(), 'itinerary default', () => existsSync(lock))).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('removes the lock even when the work fails', async () => {
    const { lock } = lockIn();
    await expect(
      withLock(lock, owner(), 'itinerary default', () => {
        throw new Error('work failed');
      }),
    ).rejects.toThrow('work failed');
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over the lock of a dead process of this host, or of an older pycon, which named no host', async () => {
    for (const holder of [{ pid: 7, host: 'here', since: '2026-11-25T11:00:00Z' }, { pid: 7 }]) {
      const { lock } = lockIn(holder);
      expect(await withLock(lock, owner(), 'itinerary default', () => 'ran')).toBe('ran');
    }
  });

  it('waits for a live holder, then says who holds it and what to do', async () => {
    const { lock } = lockIn({ pid: 7, host: 'here', since: '2026-11-25T11:00:00Z' });
    await expect(withLock(lock, owner([7]), 'itinerary default', () => 'ran')).rejects.toThrow(
      `Another pycon (process 7 on here) is still changing itinerary default after 0.2 s; nothing was changed, so try again, or if no pycon is running, delete ${lock}.`,
    );
    expect(existsSync(lock)).toBe(true);
  });

  it('never takes over from another host, nor a lock it cannot read', async () => {
    for (const holder of [{ pid: 7, host: 'elsewhere' }, { host: 'here' }]) {
      const { lock } = lockIn(holder);
      await expect(withLock(lock, owner(), 'itinerary default', () => 'ran')).rejects.toThrow('is still changing itinerary default');
    }
    for (const content of ['null', '7', '{"pid":']) {
      const { lock } = lockIn();
      writeFileSync(lock, content);
      await expect(withLock(lock, owner(), 'itinerary default', () => 'ran')).rejects.toThrow(
        'Another pycon is still changing itinerary default after 0.2 s',
      );
    }
  });

  it('leaves a lock taken by a live process between judging the old one dead and removing it', async () => {
    const { lock } = lockIn({ pid: 7, host: 'here' });
    const racing = owner([9]);
    // While process 7 is judged dead, it releases its lock and process 9 takes it.
    racing.processAlive = (pid) => {
      if (pid === 7) writeFileSync(lock, JSON.stringify({ pid: 9, host: 'here' }));
      return pid === 100 || pid === 9;
    };
    await expect(withLock(lock, racing, 'itinerary default', () => 'ran')).rejects.toThrow('Another pycon (process 9 on here)');
    expect(existsSync(lock)).toBe(true);
  });

  it('takes over only under the takeover lock, and clears one a killed process left', async () => {
    const { lock } = lockIn({ pid: 7, host: 'here' });
    writeFileSync(`${lock}.takeover`, JSON.stringify({ pid: 8, host: 'here' }));
    await expect(withLock(lock, owner([8]), 'itinerary default', () => 'ran')).rejects.toThrow('is still changing');
    aged(`${lock}.takeover`, 10);
    expect(await withLock(lock, owner([8]), 'itinerary default', () => 'ran')).toBe('ran');
  });

  it('removes candidates left by processes killed while taking the lock, but not fresh ones', async () => {
    const { folder, lock } = lockIn();
    mkdirSync(folder, { recursive: true });
    writeFileSync(`${lock}.killed`, '{}');
    aged(`${lock}.killed`, 120);
    writeFileSync(`${lock}.inflight`, '{}');
    await withLock(lock, owner(), 'itinerary default', () => undefined);
    expect(readdirSync(folder).sort()).toEqual(['default.json.lock.inflight']);
  });
});
