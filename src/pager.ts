/**
 * Paging, as git does it: on a terminal, a command's output is held until it
 * ends; taller than the screen, it goes through the pager ($PYCON_PAGER, else
 * $PAGER, else `less -FRX`), else straight out. Messages on stderr are held
 * with it and follow it, so a note such as "Showing 10 of 14 matches" is
 * still on the screen when the pager quits. A progress line (redrawn with a
 * carriage return) is shown as it comes.
 */
import type { Ctx, Output } from './context.js';

export interface HeldOutput {
  stdout: Output;
  stderr: Output;
  /** Writes what was held: through `pager` (a shell command) when given and the text is taller than the screen. */
  release(pager: string | undefined): Promise<void>;
}

export function holdForPager(system: Ctx): HeldOutput {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: {
      write: (text: string) => {
        if (text.includes('\r')) system.stderr.write(text);
        else err += text;
      },
    },
    async release(pager) {
      const text = out;
      out = '';
      // Shorter than the screen (a line is left for the prompt), output is written as it is.
      if (pager === undefined || linesIn(text) < system.rows) {
        system.stdout.write(text);
      } else if (!(await system.page(pager, text))) {
        system.stdout.write(text);
        err += `pycon: the pager "${pager}" did not run; set PYCON_PAGER to one that does, or use --no-pager.\n`;
      }
      system.stderr.write(err);
      err = '';
    },
  };
}

function linesIn(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * The pager command, or undefined for none: --no-pager, a pager of `cat` or
 * an empty one turn paging off. PYCON_PAGER wins over PAGER even when empty.
 */
export function pagerCommand(env: Record<string, string | undefined>, wanted: boolean): string | undefined {
  if (!wanted) return undefined;
  const command = (env.PYCON_PAGER ?? env.PAGER ?? 'less -FRX').trim();
  return command === '' || command === 'cat' ? undefined : command;
}
