import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledStore, makeHome, repoRoot, run } from '../helpers/run.js';

const source = join(repoRoot, 'data', 'pycon-2019-talks.txt');

describe('pycon parse', () => {
  it('prints the store without -o', async () => {
    const { stdout, code } = await run(['parse', source]);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(bundledStore, 'utf8'));
  });

  it('reads the talk list piped in for -, and says how to pipe one when nothing is', async () => {
    const piped = await run(['parse', '-'], { stdin: readFileSync(source, 'utf8') });
    expect(piped.stdout).toBe(readFileSync(bundledStore, 'utf8'));
    expect(await run(['parse', '-'], { stdin: 'Nothing here\n' })).toEqual({
      stdout: '',
      stderr:
        'pycon: standard input has 1 problem; fix it and run pycon parse again (nothing was written):\nstandard input:1:1: no talks found (each talk needs a slot line such as "Saturday 12:10 p.m.–12:55 p.m. in Grand Ballroom C")\n',
      code: 1,
    });
    expect(await run(['parse', '-'])).toEqual({
      stdout: '',
      stderr: 'pycon: Nothing is piped in for "-" to read; pipe a talk list in, as in "pycon parse - < talks.txt", or give its path.\n',
      code: 2,
    });
  });

  it('writes the store with -o and says what it wrote', async () => {
    const out = join(makeHome(), 'store.json');
    expect(await run(['parse', source, '-o', out])).toEqual({ stdout: '', stderr: `Wrote 95 talks to ${out}\n`, code: 0 });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(bundledStore, 'utf8'));
  });

  it('creates no folder for -o: one that does not exist is exit 1, and nothing is written', async () => {
    const folder = join(makeHome(), 'nested');
    expect(await run(['parse', source, '-o', join(folder, 'store.json')])).toEqual({
      stdout: '',
      stderr: `pycon: Cannot write ${folder}/store.json: the folder ${folder} does not exist; create it first, or choose another path.\n`,
      code: 1,
    });
    expect(existsSync(folder)).toBe(false);
  });

  it('takes another first day, zone and name', async () => {
    const { stdout } = await run(['parse', source, '--first-day', '2020-04-17', '--timezone', 'America/Chicago', '--name', 'Rehearsal']);
    const store = JSON.parse(stdout);
    const { zoneRules, ...conference } = store.conference;
    expect(conference).toEqual({
      name: 'rehearsal',
      title: 'Rehearsal',
      timezone: 'America/Chicago',
      location: 'Cleveland, Ohio',
      days: ['2020-04-17', '2020-04-18', '2020-04-19'],
    });
    expect(zoneRules).toEqual({
      zone: 'America/Chicago',
      year: 2020,
      base: { offset: -360, name: 'CST' },
      transitions: [
        { at: Date.parse('2020-03-08T08:00:00Z'), from: -360, to: -300, name: 'CDT' },
        { at: Date.parse('2020-11-01T07:00:00Z'), from: -300, to: -360, name: 'CST' },
      ],
    });
    expect(store.talks.find((t: { id: string }) => t.id === 'dont-be-a-robot-build-the-bot')).toMatchObject({
      day: 'Friday',
      start: '2020-04-17T10:50:00-05:00',
    });
  });

  it('names the zone as the tz database does, as an import does', async () => {
    const { stdout } = await run(['parse', source, '--first-day', '2020-04-17', '--timezone', 'Europe/Berlin']);
    const { base, transitions } = JSON.parse(stdout).conference.zoneRules;
    expect([base.name, ...transitions.map((transition: { name: string }) => transition.name)]).toEqual(['CET', 'CEST', 'CET']);
  });

  it('lists every problem, writes nothing and exits 1', async () => {
    const home = makeHome();
    const broken = join(home, 'talks.txt');
    const out = join(home, 'store.json');
    writeFileSync(
      broken,
      readFileSync(source, 'utf8').replace(
        'Saturday 12:10 p.m.–12:55 p.m. in Grand Ballroom C',
        'Caturday 12:10 p.m.–12:55 p.m. in Grand Ballroom C',
      ),
    );
    expect(await run(['parse', broken, '-o', out])).toEqual({
      stdout: '',
      stderr: [
        `pycon: ${broken} has 1 problem; fix it and run pycon parse again (nothing was written):`,
        `${broken}:37:1: unknown weekday "Caturday" (expected Friday, Saturday or Sunday)`,
        '',
      ].join('\n'),
      code: 1,
    });
    expect(existsSync(out)).toBe(false);
  });

  it('shows at most 20 problems, then how many more', async () => {
    const broken = join(makeHome(), 'talks.txt');
    writeFileSync(broken, readFileSync(source, 'utf8').replaceAll('Saturday ', 'Caturday '));
    const { stderr, code } = await run(['parse', broken]);
    expect(code).toBe(1);
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`pycon: ${broken} has 40 problems; fix them and run pycon parse again (nothing was written):`);
    expect(lines).toHaveLength(22);
    expect(lines[21]).toBe('… and 20 more');
    // Twenty are all shown, with no "… and 0 more".
    let left = 20;
    writeFileSync(
      broken,
      readFileSync(source, 'utf8').replace(/Saturday /g, (day) => (left-- > 0 ? 'Caturday ' : day)),
    );
    const twenty = (await run(['parse', broken])).stderr.trimEnd().split('\n');
    expect(twenty).toHaveLength(21);
    expect(twenty[20]).toMatch(/: unknown weekday "Caturday"/);
  });

  it('names a missing source, exit 1', async () => {
    expect(await run(['parse', '/nonexistent/talks.txt'])).toEqual({
      stdout: '',
      stderr: 'pycon: No file at /nonexistent/talks.txt; give the path of a talk list.\n',
      code: 1,
    });
  });

  it('rejects a bad --first-day or --timezone as usage errors', async () => {
    expect((await run(['parse', source, '--first-day', 'May 3'])).code).toBe(2);
    expect(await run(['parse', source, '--timezone', 'Ohio/Cleveland'])).toMatchObject({ code: 2, stdout: '' });
  });
});
