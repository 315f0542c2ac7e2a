/**
 * Messages for people: what a command did, what it warns of, what went wrong.
 */
import type { Ctx } from './context.js';
import type { Run } from './run.js';
import { wrapMessage } from './render/wrap.js';

/**
 * Writes a message (a sentence, or a sentence and the lines that list what it
 * names) and a line break: wrapped between words to the terminal when the
 * stream is one, a line each for a pipe or a log.
 */
export function tell(ctx: Ctx, stream: 'stdout' | 'stderr', text: string): void {
  const [terminal, width] = stream === 'stdout' ? [ctx.isTTY, ctx.columns] : [ctx.stderrIsTTY, ctx.stderrColumns];
  ctx[stream].write(`${terminal ? wrapMessage(text, width) : text}\n`);
}

/** What a command changed: on stdout, or on stderr when stdout carries its --json. */
export function tellChange(ctx: Run, text: string): void {
  tell(ctx, ctx.json ? 'stderr' : 'stdout', text);
}
