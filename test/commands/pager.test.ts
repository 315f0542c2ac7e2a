import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { testContext } from '../../src/context.js';
import { runPager } from '../../src/pagerProcess.js';
import { makeHome, run, runTTY } from '../helpers/run.js';

/** A terminal 24 rows high, with this environment. */
const screen = (argv: string[], env: Record<string, string | undefined> = {}) => runTTY(argv, 80, { rows: 24, env });

describe('the pager', () => {
  it('takes output taller than the screen, with less -FRX unless PYCON_PAGER or PAGER names another', async () => {
    const tall = await screen(['timetable', 'friday']);
    expect(tall.stdout).toBe('');
    expect(tall.paged?.map((page) => page.command)).toEqual(['less -FRX']);
    expect(tall.paged?.[0]?.text.split('\n')[0]).toBe('Friday 3 May 2019 · times in America/New_York');
    expect((await screen(['timetable', 'friday'], { PAGER: 'more' })).paged?.map((page) => page.command)).toEqual(['more']);
    expect((await screen(['timetable', 'friday'], { PAGER: 'more', PYCON_PAGER: 'less -S' })).paged?.[0]?.command).toBe('less -S');
  });

  it('leaves output that fits the screen, a pipe, --no-pager, and a pager of cat or nothing alone', async () => {
    const short = await screen(['days']);
    expect({ paged: short.paged, lines: short.stdout.split('\n').length }).toEqual({ paged: [], lines: 5 });
    // Its four lines leave a line for the prompt on a screen of five rows, and none on one of four.
    const rowsOf = async (rows: number) => (await runTTY(['days'], 80, { rows })).paged?.length;
    expect([await rowsOf(5), await rowsOf(4)]).toEqual([0, 1]);
    for (const [argv, env] of [
      [['timetable', 'friday', '--no-pager'], {}],
      [['--no-pager', 'timetable', 'friday'], {}],
      [['timetable', 'friday'], { PYCON_PAGER: 'cat' }],
      [['timetable', 'friday'], { PYCON_PAGER: '', PAGER: 'less' }],
      [['timetable', 'friday'], { PYCON_PAGER: ' cat ' }],
      [['timetable', 'friday'], { PYCON_PAGER: '  ' }],
    ] as const) {
      const result = await screen([...argv], env);
      expect(result.paged).toEqual([]);
      expect(result.stdout).toMatch(/^Friday 3 May 2019/);
    }
    const piped = await run(['timetable', 'friday'], { rows: 24 });
    expect(piped.paged).toEqual([]);
    expect(piped.stdout.split('\n').length).toBeGreaterThan(24);
  });

  it('keeps a message on stderr until after the pager, so it is still on the screen', async () => {
    const result = await runTTY(['search', 'python', '--limit', '12'], 80, { rows: 24 });
    expect(result.paged).toHaveLength(1);
    expect(result.stderr).toMatch(/^Showing 12 of \d+ matches; add --limit all to see them all\.\n$/);
    // In the order the terminal gets them: the pager first, then the note.
    const events: string[] = [];
    const ctx = testContext({ isTTY: true, rows: 24, env: { PYCON_HOME: makeHome(), NO_COLOR: '1' } });
    ctx.stderr = { write: (text: string) => events.push(`stderr: ${text.split(';')[0]}`) };
    ctx.page = async () => {
      events.push('pager');
      return true;
    };
    await main(['search', 'python', '--limit', '12'], ctx);
    expect(events).toEqual(['pager', expect.stringMatching(/^stderr: Showing 12 of \d+ matches$/)]);
  });

  it('runs the pager through the shell, and says so when it cannot, writing the output itself', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'pycon-pager-'));
    const shown = join(folder, 'shown.txt');
    const env = { PYCON_HOME: makeHome(), NO_COLOR: '1', PYCON_PAGER: `cat > '${shown}'` };
    const ctx = testContext({ isTTY: true, rows: 24, env, page: (command, text) => runPager(command, text, env) });
    expect(await main(['timetable', 'friday'], ctx)).toBe(0);
    expect(ctx.output.stdout).toBe('');
    const plain = await run(['timetable', 'friday'], { tty: true, env: { NO_COLOR: '1' } });
    expect(readFileSync(shown, 'utf8')).toBe(plain.stdout);

    const missing = { ...env, PYCON_PAGER: 'pycon-no-such-pager' };
    const broken = testContext({ isTTY: true, rows: 24, env: missing, page: (command, text) => runPager(command, text, missing) });
    expect(await main(['timetable', 'friday'], broken)).toBe(0);
    expect(broken.output.stdout).toBe(plain.stdout);
    expect(broken.output.stderr).toBe(
      'pycon: the pager "pycon-no-such-pager" did not run; set PYCON_PAGER to one that does, or use --no-pager.\n',
    );
  });
});
