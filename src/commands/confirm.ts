import { UsageError, UserError } from '../errors.js';
import type { Run } from '../run.js';

/**
 * Asks "question [y/N]" on a terminal before something that cannot be undone;
 * anything but y or yes changes nothing (exit 1). Without a terminal to ask
 * on, it is a usage error that names the flag that says yes.
 */
export async function confirm(ctx: Run, question: string, withoutTerminal: string): Promise<void> {
  const answer = await ctx.ask(`${question} [y/N] `);
  if (answer === undefined) throw new UsageError(withoutTerminal);
  if (!/^\s*y(es)?\s*$/i.test(answer)) throw new UserError('Nothing was changed.');
}
