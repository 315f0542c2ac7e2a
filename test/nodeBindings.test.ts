/**
 * What pycon makes of Node's terminal binding, given ones that answer, fail
 * or are missing. Each case loads nodeBindings.ts afresh, as a new process
 * would, since it asks for the binding once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

type Binding = (name: string) => unknown;

const realBinding = (process as unknown as { binding: Binding }).binding;

afterEach(() => {
  (process as unknown as { binding: Binding | undefined }).binding = realBinding;
});

/** nodeBindings.ts loaded on a Node whose process.binding('tty_wrap') gives `tty` (none: no process.binding at all). */
async function withTtyBinding(tty: object | undefined) {
  (process as unknown as { binding: Binding | undefined }).binding = tty === undefined ? undefined : () => tty;
  vi.resetModules();
  return import('../src/nodeBindings.js');
}

/** A tty_wrap whose handles report this size, and the calls made of them. */
function fakeTty(size: [number, number], { status = 0, code }: { status?: number; code?: string } = {}) {
  const calls: string[] = [];
  class TTY {
    constructor(fd: number, failure: { code?: string }) {
      calls.push(`open ${fd}`);
      if (code) failure.code = code;
    }
    getWindowSize(into: number[]) {
      calls.push('size');
      into.splice(0, 2, ...size);
      return status;
    }
    setBlocking(blocking: boolean) {
      calls.push(`blocking ${blocking}`);
      return 0;
    }
    close() {
      calls.push('close');
    }
  }
  return { binding: { isTTY: (fd: number) => fd === 1, TTY }, calls };
}

describe("Node's terminal binding", () => {
  it('gives the size the terminal reports, leaving its writes blocking and its handle closed', async () => {
    const { binding, calls } = fakeTty([100, 40]);
    const { isTerminal, terminalSize } = await withTtyBinding(binding);
    expect([isTerminal(1), isTerminal(2)]).toEqual([true, false]);
    expect(terminalSize(1)).toEqual({ columns: 100, rows: 40 });
    expect(calls).toEqual(['open 1', 'size', 'blocking true', 'close']);
  });

  it('gives no size when the terminal reports none, or an error, or its handle cannot be made', async () => {
    expect((await withTtyBinding(fakeTty([0, 0]).binding)).terminalSize(1)).toBeUndefined();
    expect((await withTtyBinding(fakeTty([100, 40], { status: -9 }).binding)).terminalSize(1)).toBeUndefined();
    expect((await withTtyBinding(fakeTty([100, 40], { code: 'EBADF' }).binding)).terminalSize(1)).toBeUndefined();
    const throwing = {
      isTTY: () => true,
      TTY: class {
        constructor() {
          throw new Error('no terminal here');
        }
      },
    };
    expect((await withTtyBinding(throwing)).terminalSize(1)).toBeUndefined();
  });

  it('leaves the terminal blocking and closes the handle when its size is an error, or asking for it throws', async () => {
    const erring = fakeTty([100, 40], { status: -9 });
    expect((await withTtyBinding(erring.binding)).terminalSize(1)).toBeUndefined();
    expect(erring.calls).toEqual(['open 1', 'size', 'blocking true', 'close']);
    const throwing = fakeTty([100, 40]);
    throwing.binding.TTY.prototype.getWindowSize = () => {
      throw new Error('no size');
    };
    expect((await withTtyBinding(throwing.binding)).terminalSize(1)).toBeUndefined();
    expect(throwing.calls).toEqual(['open 1', 'blocking true', 'close']);
  });

  it('asks node:tty on a Node without the binding, or with one that is not what pycon knows', async () => {
    // Under vitest the descriptors are pipes: no terminal either way.
    expect((await withTtyBinding(undefined)).isTerminal(1)).toBe(false);
    expect((await withTtyBinding({ isTTY: 'not a function' })).isTerminal(1)).toBe(false);
  });
});
