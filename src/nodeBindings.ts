/**
 * Two things pycon asks of Node at start-up through the bindings Node's own
 * modules are built on, since the modules bring more than they are asked
 * for: node:tty loads node:net and the stream modules (2–3 ms), and node:v8
 * the stream modules (2 ms). Both bindings are reached with
 * process.binding(), which Node deprecates (DEP0111) without removing: the
 * warning it may print is silenced for the one call, and a Node without
 * the binding is asked through the public module instead.
 */
import { nodeRequire } from './nodeRequire.js';
import { once } from './schedule/once.js';

interface TtyHandle {
  /** Fills in columns and rows; 0 on success, else an error number. */
  getWindowSize(size: number[]): number;
  setBlocking(blocking: boolean): number;
  close(): void;
}

interface TtyBinding {
  isTTY(fd: number): boolean;
  TTY: new (fd: number, context: Record<string, unknown>) => TtyHandle;
}

interface V8Binding {
  setFlagsFromString(flags: string): void;
}

/** The binding, or undefined where this Node has none by that name. */
function binding<T>(name: string, has: (found: T) => boolean): T | undefined {
  const quiet = process.noDeprecation;
  process.noDeprecation = true;
  try {
    const found = (process as unknown as { binding(name: string): T }).binding(name);
    return has(found) ? found : undefined;
  } catch {
    return undefined;
  } finally {
    process.noDeprecation = quiet;
  }
}

const ttyBinding = once(() =>
  binding<TtyBinding>('tty_wrap', (found) => typeof found.isTTY === 'function' && typeof found.TTY === 'function'),
);

/** Whether a descriptor is a terminal. */
export function isTerminal(fd: number): boolean {
  const found = ttyBinding();
  return found ? found.isTTY(fd) : nodeRequire<typeof import('node:tty')>('node:tty').isatty(fd);
}

/**
 * A terminal's size, or undefined when it cannot be told. Writes to the
 * terminal stay blocking, as Node keeps them for its own terminal streams.
 */
export function terminalSize(fd: number): { columns: number; rows: number } | undefined {
  const found = ttyBinding();
  if (!found) {
    const stream = fd === 2 ? process.stderr : process.stdout;
    return stream.columns ? { columns: stream.columns, rows: stream.rows } : undefined;
  }
  // The handle opens the terminal again on the descriptor (libuv's way), which
  // leaves it non-blocking until told otherwise.
  const failure: { code?: string } = {};
  const size = [0, 0];
  try {
    const handle = new found.TTY(fd, failure);
    if (failure.code !== undefined) return undefined;
    try {
      if (handle.getWindowSize(size) !== 0) return undefined;
    } finally {
      handle.setBlocking(true);
      handle.close();
    }
  } catch {
    return undefined;
  }
  const [columns = 0, rows = 0] = size;
  return columns > 0 ? { columns, rows } : undefined;
}

/** Sets V8's flags for the rest of the process. */
export function setV8Flags(flags: string): void {
  const found = binding<V8Binding>('v8', (v8) => typeof v8.setFlagsFromString === 'function');
  if (found) found.setFlagsFromString(flags);
  else nodeRequire<typeof import('node:v8')>('node:v8').setFlagsFromString(flags);
}
