import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWalks, saveWalk, walksPath } from '../../src/store/walksFile.js';
import { makeHome, testLockOwner } from '../helpers/run.js';

const owner = testLockOwner();

function walksFileHolding(text: string): string {
  const home = makeHome();
  const path = walksPath(home, 'whd24');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return home;
}

describe('the walks file', () => {
  it('holds no walks until one is set', () => {
    expect(readWalks(makeHome(), 'whd24')).toEqual([]);
  });

  it('keeps one walk per pair of places, whichever way round it is set again', async () => {
    const home = makeHome();
    await saveWalk(home, 'whd24', { from: 'Saal 1', to: 'Saal G', minutes: 5 }, owner);
    await saveWalk(home, 'whd24', { from: 'Saal 1', to: 'Hall B', minutes: 8 }, owner);
    await saveWalk(home, 'whd24', { from: 'Hall B', to: 'Saal G', minutes: 3 }, owner);
    expect(await saveWalk(home, 'whd24', { from: 'Saal G', to: 'Saal 1', minutes: 7 }, owner)).toEqual([
      { from: 'Saal 1', to: 'Hall B', minutes: 8 },
      { from: 'Hall B', to: 'Saal G', minutes: 3 },
      { from: 'Saal G', to: 'Saal 1', minutes: 7 },
    ]);
    await saveWalk(home, 'whd24', { from: 'Saal 1', to: 'Hall B', minutes: 0 }, owner);
    expect(readFileSync(walksPath(home, 'whd24'), 'utf8')).toBe(
      `${JSON.stringify(
        {
          schemaVersion: 1,
          walks: [
            { from: 'Hall B', to: 'Saal G', minutes: 3 },
            { from: 'Saal G', to: 'Saal 1', minutes: 7 },
            { from: 'Saal 1', to: 'Hall B', minutes: 0 },
          ],
        },
        null,
        2,
      )}\n`,
    );
    expect(readWalks(home, 'whd24')).toHaveLength(3);
  });

  const damaged: [string, string][] = [
    ['text that is not JSON', '{"walks": ['],
    ['null', 'null'],
    ['no list of walks', '{"walks": {"from": "a"}}'],
    ['a walk from no named place', '{"walks": [{"from": 1, "to": "b", "minutes": 2}]}'],
    ['a walk to no named place', '{"walks": [{"from": "a", "minutes": 2}]}'],
    ['minutes that are not a number', '{"walks": [{"from": "a", "to": "b", "minutes": "2"}]}'],
    ['minutes that are not whole', '{"walks": [{"from": "a", "to": "b", "minutes": 1.5}]}'],
    ['minutes below zero', '{"walks": [{"from": "a", "to": "b", "minutes": -1}]}'],
    ['one bad walk among good ones', '{"walks": [{"from": "a", "to": "b", "minutes": 2}, null]}'],
  ];
  it.each(damaged)('says how to mend a file of %s', (_name, text) => {
    const home = walksFileHolding(text);
    expect(() => readWalks(home, 'whd24')).toThrow(
      `The walks file ${walksPath(home, 'whd24')} is damaged (it must hold {"walks": [{"from", "to", "minutes"}]}); fix it by hand, or move it aside to set the walks afresh.`,
    );
  });

  it('reads a walk of no minutes', () => {
    const home = walksFileHolding('{"walks": [{"from": "a", "to": "b", "minutes": 0}]}');
    expect(readWalks(home, 'whd24')).toEqual([{ from: 'a', to: 'b', minutes: 0 }]);
  });

  it('names the walks of the conference when another pycon holds their lock', async () => {
    const home = makeHome();
    const path = walksPath(home, 'whd24');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: 7, host: 'elsewhere' }));
    await expect(saveWalk(home, 'whd24', { from: 'a', to: 'b', minutes: 1 }, owner)).rejects.toThrow(
      `Another pycon (process 7 on elsewhere) is still changing the walks of whd24 after 0.2 s; nothing was changed, so try again, or if no pycon is running, delete ${path}.lock.`,
    );
  });
});
