/**
 * Ctx: everything a command may need from the outside world. Only this module
 * and those it hands the process's own work to (nodeBindings.ts, askProcess.ts,
 * pagerProcess.ts) read `process`; tests build a Ctx of their own with buffers
 * and a fixed clock.
 */
import { fstatSync, readlinkSync, statSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isTerminal, setV8Flags, terminalSize } from './nodeBindings.js';
import { nodeRequire } from './nodeRequire.js';
import { fileProblem } from './store/fileProblem.js';

export interface Output {
  write(text: string): unknown;
}

export interface Ctx {
  stdout: Output;
  stderr: Output;
  /** stdout is a terminal: print for people, not for pipes. */
  isTTY: boolean;
  /** stderr is a terminal: a progress line may be redrawn there. */
  stderrIsTTY: boolean;
  /** The width to fit: the terminal's, else $COLUMNS, else 80. */
  columns: number;
  /** The width of stderr's terminal when stderr is one and stdout is not (`pycon plan x | less`); else `columns`. */
  stderrColumns: number;
  /** The terminal's height, else $LINES, else 24: taller output is paged. */
  rows: number;
  /**
   * Asks a question on the terminal and gives the line typed; undefined when
   * stdin or stderr is not a terminal, so that nothing waits for an answer
   * no one will type.
   */
  ask(question: string): Promise<string | undefined>;
  /**
   * What is piped in on standard input, read to its end or to just past
   * `limit` bytes; undefined when standard input is a terminal, so that
   * nothing waits for text no one will type.
   */
  readStdin(limit: number): Promise<Uint8Array | undefined>;
  /** Shows `text` through a pager (a shell command); false when it could not be run. */
  page(command: string, text: string): Promise<boolean>;
  env: Record<string, string | undefined>;
  /** The system clock; `--now` and PYCON_NOW override it (see schedule/moment.ts). */
  clock(): Date;
  /** The zone `--tz local` means (a function: asking ICU costs start-up time). */
  localZone(): string;
  /** This process's id and host, and whether another process is still running: for lock files. */
  pid: number;
  hostname(): string;
  processAlive(pid: number): boolean;
  /**
   * Said before the last few tens of milliseconds of hot loops of a run (any
   * command on a big conference, a big grid on a terminal, or a schedule read
   * into a store): V8 then leaves them to its baseline compiler. Its
   * optimizing compiler works on a background thread, which on a small
   * machine competes with the run, and an exit waits for a compile in
   * flight. Only the process itself does this: V8's flags are the whole
   * process's, so a test's context leaves them as they are.
   */
  skipOptimizingCompiler(): void;
  /**
   * Said before a whole schedule is read into a store (import, update), which
   * makes megabytes of text that lives only until the next step, and by a
   * command on a conference of many talks (session/store.ts). V8 would
   * double its young generation after collections, up to 16 MB, each time
   * touching memory the process has never used, and share each collection
   * with a helper thread; on a small machine both cost more than they save.
   * The young generation then keeps its first size, collected by the main
   * thread alone: on a 1 MB schedule.xml, 3,000 fewer pages of memory and
   * 25 to 40 ms less. Only the process itself does this, as for
   * skipOptimizingCompiler.
   */
  keepYoungGenerationSmall(): void;
}

export function systemContext(): Ctx {
  const env = process.env;
  const isTTY = isatty(1);
  const columnsFromEnv = Number(env.COLUMNS);
  const linesFromEnv = Number(env.LINES);
  const size = isTTY ? terminalSize(1) : undefined;
  const stderrIsTTY = isatty(2);
  const columns = size?.columns || (columnsFromEnv > 0 ? columnsFromEnv : 80);
  return {
    stdout: fdOutput(1, () => process.stdout),
    stderr: fdOutput(2, () => process.stderr),
    isTTY,
    stderrIsTTY,
    columns,
    stderrColumns: (stderrIsTTY && !isTTY && terminalSize(2)?.columns) || columns,
    rows: size?.rows || (linesFromEnv > 0 ? linesFromEnv : 24),
    page: async (command, text) => (await import('./pagerProcess.js')).runPager(command, text, env),
    ask: async (question) => (process.stdin.isTTY && stderrIsTTY ? (await import('./askProcess.js')).askTerminal(question) : undefined),
    readStdin: async (limit) => (isatty(0) ? undefined : readToEnd(process.stdin, limit)),
    env,
    clock: () => new Date(),
    localZone: () => env.TZ || systemZone(),
    pid: process.pid,
    // node:os is loaded only by a command that takes a lock.
    hostname: () => nodeRequire<typeof import('node:os')>('node:os').hostname(),
    processAlive,
    skipOptimizingCompiler,
    keepYoungGenerationSmall,
  };
}

/**
 * Whether a descriptor is a terminal. Only a character device can be, and
 * /dev/null (`2>/dev/null`) is one that is not: output to a pipe, a file or
 * nowhere asks Node no more, and on a Node without the terminal binding
 * (nodeBindings.ts) never loads node:tty.
 */
function isatty(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice() || stat.rdev === devNull()) return false;
  } catch {
    return false;
  }
  return isTerminal(fd);
}

/** A stream's bytes to its end, or to the first chunk past `limit`. */
async function readToEnd(input: AsyncIterable<Buffer>, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > limit) break;
  }
  return Buffer.concat(chunks);
}

function skipOptimizingCompiler(): void {
  setV8Flags('--max-opt=1');
}

function keepYoungGenerationSmall(): void {
  setV8Flags('--semi-space-growth-factor=1 --no-parallel-scavenge');
}

/** The machine's zone: as /etc/localtime names it, when ICU calls that zone by an older name; else ICU's. */
function systemZone(): string {
  const icu = Intl.DateTimeFormat().resolvedOptions().timeZone;
  let link: string | undefined;
  try {
    link = readlinkSync('/etc/localtime');
  } catch {
    link = undefined;
  }
  return zoneOfLocaltime(link, icu);
}

/**
 * The machine's zone from where /etc/localtime links (`/usr/share/zoneinfo/Europe/Kyiv`)
 * and the zone ICU reads there (`Europe/Kiev`, as ICU calls some zones by
 * older names): the link's name when ICU takes it for the same zone, else ICU's.
 */
export function zoneOfLocaltime(link: string | undefined, icu: string): string {
  const named = link === undefined ? undefined : /\/zoneinfo\/(.+)$/.exec(link)?.[1];
  if (named === undefined || named === icu) return icu;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: named }).resolvedOptions().timeZone === icu ? named : icu;
  } catch {
    return icu;
  }
}

let devNullDevice: number | undefined;
/** The device number of /dev/null, or -1 on a system without it. */
function devNull(): number {
  if (devNullDevice === undefined) {
    try {
      devNullDevice = statSync('/dev/null').rdev;
    } catch {
      devNullDevice = -1;
    }
  }
  return devNullDevice;
}

/**
 * A reader that stops early (`pycon speakers | head`) is not an error: what
 * is left unwritten is dropped. A full disk or a closed terminal is the
 * user's to fix, said in one sentence, exit 1.
 */
let outputFailed = false;
function outputProblem(error: NodeJS.ErrnoException, fd: number): void {
  if (error.code === 'EPIPE' || outputFailed) return;
  outputFailed = true;
  try {
    writeSync(2, `pycon: ${fileProblem(error, fd === 1 ? 'the output' : 'messages', 'write').message}\n`);
  } catch {
    // Nowhere left to say it.
  } finally {
    process.exit(1);
  }
}

function streamOutput(stream: NodeJS.WriteStream, fd: number): NodeJS.WriteStream {
  stream.on('error', (error: NodeJS.ErrnoException) => outputProblem(error, fd));
  streams.push(stream);
  return stream;
}

/** The streams output went through: a terminal's, or a descriptor's that could not take more (fdOutput). */
const streams: NodeJS.WriteStream[] = [];

/**
 * Whether all output has reached its descriptors. Writes to one are
 * synchronous; a stream may still hold some, and the process must then
 * wait for it before exiting.
 */
export function outputWritten(): boolean {
  return streams.every((stream) => stream.writableLength === 0);
}

/**
 * Writes to a file descriptor as it is given text, in order. Should the
 * descriptor be non-blocking and full (EAGAIN), the rest goes through Node's
 * stream for it, which waits.
 */
function fdOutput(fd: number, stream: () => NodeJS.WriteStream): Output {
  let fallback: NodeJS.WriteStream | undefined;
  return {
    write(text: string) {
      if (fallback) return fallback.write(text);
      const bytes = Buffer.from(text);
      let written = 0;
      try {
        while (written < bytes.length) written += writeSync(fd, bytes, written);
      } catch (error) {
        const problem = error as NodeJS.ErrnoException;
        if (problem.code === 'EAGAIN') {
          fallback = streamOutput(stream(), fd);
          return fallback.write(bytes.subarray(written));
        }
        outputProblem(problem, fd);
      }
      return true;
    },
  };
}

/**
 * Where personal data lives: $PYCON_HOME, else $XDG_DATA_HOME/pycon, else
 * ~/.local/share/pycon. A relative XDG_DATA_HOME is invalid and ignored, as
 * the XDG Base Directory spec says.
 */
export function pyconHome(ctx: Pick<Ctx, 'env'>): string {
  if (ctx.env.PYCON_HOME) return ctx.env.PYCON_HOME;
  const xdg = ctx.env.XDG_DATA_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'pycon');
  return join(ctx.env.HOME || nodeRequire<typeof import('node:os')>('node:os').homedir(), '.local', 'share', 'pycon');
}

/** Colour only on a terminal, never with NO_COLOR or TERM=dumb; FORCE_COLOR overrides both ways. `off`: --no-color or --json. */
export function wantsColor(ctx: Ctx, off: boolean): boolean {
  if (off) return false;
  const force = ctx.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (ctx.env.NO_COLOR !== undefined && ctx.env.NO_COLOR !== '') return false;
  if (ctx.env.TERM === 'dumb') return false;
  return ctx.isTTY;
}

/** Whether a process of this pid runs on this machine: signal 0 is only checked, never sent, and EPERM says it runs as another user. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The talk store that ships with pycon, in data/ beside the folder this code
 * runs from: src/, or dist/ for the bundle, whose build gives it its folder
 * as import.meta.dirname (bin/build.js). No file URL is made and parsed for it.
 */
export function bundledStore(): string {
  return join(import.meta.dirname ?? dirname(fileURLToPath(import.meta.url)), '..', 'data', 'pycon-2019.json');
}

export interface TestOutput {
  stdout: string;
  stderr: string;
  /** What went through a pager, with the pager's command. */
  paged: { command: string; text: string }[];
}

/**
 * A Ctx that reads nothing from the process: output captured in `output`,
 * a fixed clock, and only the environment given. For tests, and for running
 * pycon inside another program.
 */
export function testContext(
  options: {
    env?: Record<string, string | undefined>;
    isTTY?: boolean;
    stderrIsTTY?: boolean;
    columns?: number;
    stderrColumns?: number;
    rows?: number;
    /** What the user types at each question asked; none: input is not a terminal. */
    answers?: string[];
    /** What is piped in on standard input; none: standard input is a terminal. */
    stdin?: string;
    /** How a pager is run; by default the text is kept in `output.paged` as if a pager showed it. */
    page?: Ctx['page'];
    clock?: Date;
    localZone?: string;
  } = {},
): Ctx & {
  output: TestOutput;
} {
  const output: TestOutput = { stdout: '', stderr: '', paged: [] };
  const clock = options.clock ?? new Date('2026-11-25T12:00:00Z');
  return {
    output,
    stdout: { write: (text: string) => (output.stdout += text) },
    stderr: { write: (text: string) => (output.stderr += text) },
    isTTY: options.isTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    columns: options.columns ?? 80,
    stderrColumns: options.stderrColumns ?? options.columns ?? 80,
    rows: options.rows ?? 24,
    page:
      options.page ??
      (async (command, text) => {
        output.paged.push({ command, text });
        return true;
      }),
    ask: async (question) => {
      const answer = options.answers?.shift();
      if (answer !== undefined) output.stderr += `${question}${answer}\n`;
      return answer;
    },
    readStdin: async () => (options.stdin === undefined ? undefined : new TextEncoder().encode(options.stdin)),
    env: options.env ?? {},
    clock: () => clock,
    localZone: () => options.localZone ?? 'UTC',
    pid: 1,
    hostname: () => 'test-host',
    processAlive: (pid) => pid === 1,
    skipOptimizingCompiler: () => {},
    keepYoungGenerationSmall: () => {},
  };
}
