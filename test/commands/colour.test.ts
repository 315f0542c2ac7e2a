import { describe, expect, it } from 'vitest';
import { makeHome, runTTY } from '../helpers/run.js';

const ANSI = /\u001b\[[0-9;]*m/g;

describe('colour on a terminal', () => {
  const home = makeHome();
  const views = [
    ['search', 'asyncio'],
    ['talks', '--day', 'sun'],
    ['show', 'advanced-asyncio'],
    ['timetable', 'saturday', '--now', 'sat 12:20'],
    ['timetable', 'sunday', '--room', '26'],
    ['now', '--now', 'sat 12:20'],
    ['itinerary'],
    ['plan', 'asyncio', 'testing', '--dry-run'],
    ['speaker', 'lynn', 'root'],
  ];

  it.each(views)('only adds colour to what the plain view shows: pycon %s', async (...argv) => {
    const env = { PYCON_HOME: home };
    await runTTY(['add', 'advanced-asyncio', 'django-channels-in-practice', 'beeware'], 100, { env });
    const plain = await runTTY(argv, 100, { env });
    const coloured = await runTTY(argv, 100, { env: { ...env, NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(ANSI);
    expect(coloured.stdout.replace(ANSI, '')).toBe(plain.stdout);
  });
});
