import { describe, expect, it } from 'vitest';
import { buildProgram, commandNamed } from '../src/cli.js';
import { testContext } from '../src/context.js';
import { run } from './helpers/run.js';

describe('the command a line names', () => {
  it('is the first word that is neither an option nor the value of a global option', () => {
    expect(commandNamed(['search', 'asyncio'])).toBe('search');
    expect(commandNamed(['--tz', 'UTC', '--now', 'sat 10:00', 'now', '--json'])).toBe('now');
    expect(commandNamed(['--store', 'search.json', '--conference', 'talks', 'show', 'x'])).toBe('show');
    expect(commandNamed(['--tz=UTC', '--json', 'talks'])).toBe('talks');
    expect(commandNamed(['--', 'search'])).toBe('search');
    expect(commandNamed(['--json'])).toBeUndefined();
  });

  it('is the only command built, unless it is none pycon has: then help and suggestions need them all', () => {
    const names = (only?: string) => buildProgram(testContext(), undefined, only).commands.map((command) => command.name());
    expect(names('search')).toEqual(['search']);
    expect(names('serch')).toHaveLength(26);
    expect(names('use')).toEqual(['conferences', 'use']);
    expect(names()).toEqual(names('help'));
    expect(names().slice(0, 4)).toEqual(['search', 'talks', 'show', 'timetable']);
  });

  it('runs the same with global options before the command as after it', async () => {
    const before = await run(['--tz', 'Europe/London', '--json', 'search', 'asyncio']);
    expect(before.code).toBe(0);
    expect(before).toEqual(await run(['search', 'asyncio', '--json', '--tz', 'Europe/London']));
    expect((await run(['serch', 'asyncio'])).stderr).toBe(`pycon: unknown command 'serch' (did you mean search?); see "pycon --help".\n`);
  });
});
