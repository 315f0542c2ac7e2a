/**
 * Runs the CLI in-process the way a user would, with captured streams, a
 * pinned clock and a private $PYCON_HOME.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli.js';
import { testContext } from '../../src/context.js';
import type { LockOwner } from '../../src/store/lockFile.js';

export interface RunOptions {
  tty?: boolean;
  /** stderr is a terminal (a progress line may be drawn there). */
  stderrTTY?: boolean;
  columns?: number;
  /** stderr's terminal's width, when it differs from stdout's (stdout piped); by default `columns`. */
  stderrColumns?: number;
  /** The terminal's height; by default taller than any output, so nothing is paged. */
  rows?: number;
  env?: Record<string, string | undefined>;
  /** The system clock; defaults to a moment long after the conference. */
  clock?: string;
  localZone?: string;
  /** Lines typed at the questions pycon asks on a terminal (clear, --delete). */
  answers?: string[];
  /** Text piped in on standard input; without it, standard input is a terminal. */
  stdin?: string;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number;
  /** What went through the pager, with its command: given when a test sets the terminal's rows. */
  paged?: { command: string; text: string }[];
}

export const repoRoot = new URL('../..', import.meta.url).pathname;
export const bundledStore = join(repoRoot, 'data', 'pycon-2019.json');

export function makeHome(): string {
  return mkdtempSync(join(tmpdir(), 'pycon-test-'));
}

export async function run(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  const ctx = testContext({
    isTTY: options.tty ?? false,
    stderrIsTTY: options.stderrTTY ?? false,
    columns: options.columns ?? 80,
    ...(options.stderrColumns === undefined ? {} : { stderrColumns: options.stderrColumns }),
    rows: options.rows ?? 100_000,
    env: { PYCON_HOME: options.env?.PYCON_HOME ?? makeHome(), ...options.env },
    clock: new Date(options.clock ?? '2026-11-25T12:00:00Z'),
    localZone: options.localZone ?? 'UTC',
    ...(options.answers ? { answers: [...options.answers] } : {}),
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
  });
  const code = await main(argv, ctx);
  const result: RunResult = { stdout: ctx.output.stdout, stderr: ctx.output.stderr, code };
  if (options.rows !== undefined) result.paged = ctx.output.paged;
  return result;
}

/** Runs on a terminal of the given width, without colour unless options.env asks for it. */
export function runTTY(argv: string[], columns = 80, options: RunOptions = {}): Promise<RunResult> {
  return run(argv, { ...options, tty: true, columns, env: { NO_COLOR: '1', ...options.env } });
}

export const ANSI = /\u001b\[/;

/** A private $PYCON_HOME and runs in it; `file(name)` is where an itinerary of the bundled conference is kept. */
export function inHome(home = makeHome()) {
  const env = { PYCON_HOME: home };
  return {
    home,
    run: (argv: string[], extra: Record<string, string> = {}) => run(argv, { env: { ...env, ...extra } }),
    runTTY: (argv: string[], columns = 80) => runTTY(argv, columns, { env }),
    file: (name = 'default') => join(home, 'conferences', 'pycon-us-2019', 'itineraries', `${name}.json`),
  };
}

/** A private home with test/fixtures/schedules/winter-hack-days.xml imported (as whd24), and the path of its store. */
export async function homeWithWinterHackDays() {
  const my = inHome();
  const imported = await my.run(['import', join(repoRoot, 'test', 'fixtures', 'schedules', 'winter-hack-days.xml')]);
  if (imported.code !== 0) throw new Error(`importing the fixture failed: ${imported.stderr}`);
  return { ...my, store: join(my.home, 'conferences', 'whd24', 'store.json') };
}

/** A lock owner for store tests: process 100 on host `here`, the only one alive, with a pinned clock and a short wait. */
export function testLockOwner(): LockOwner {
  return {
    pid: 100,
    hostname: () => 'here',
    processAlive: (pid) => pid === 100,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    waitMs: 200,
  };
}
