import type { Command } from 'commander';
import { pyconHome } from '../context.js';
import { UserError } from '../errors.js';
import { openItinerary } from '../itinerary.js';
import { openStore } from '../session/store.js';
import { readOrigin } from '../store/conferences.js';
import { examples } from './help.js';
import { itineraryOption } from './itineraryOption.js';
import { writeJson } from './output.js';
import type { Run } from '../run.js';
import { tell } from '../tell.js';

export function registerShare(program: Command, run: () => Run): void {
  itineraryOption(program.command('share').description('print your itinerary as one line to paste into a chat; "pycon join" reads it'))
    .addHelpText('after', examples(['pycon share', 'pycon share -i friday-plan', 'pycon share --json']))
    .action((options: { itinerary: string }) => runShare(options, run()));
}

export async function runShare(options: { itinerary: string }, ctx: Run): Promise<void> {
  const store = openStore(ctx);
  const itinerary = openItinerary(ctx, store, options.itinerary);
  if (itinerary.talks.length === 0) {
    throw new UserError(`Itinerary ${itinerary.name} has no talks to share; add some with "pycon add <talk>".`);
  }
  const source = readOrigin(pyconHome(ctx), store.conference.name)?.source;
  const { encodeShare } = await import('../schedule/shareCode.js');
  const code = encodeShare({
    conference: store.conference.name,
    uids: itinerary.talks.map((talk) => talk.uid),
    ...(source && /^https?:\/\//.test(source) ? { origin: source } : {}),
  });
  if (ctx.json) return writeJson(ctx, { code });
  ctx.stdout.write(`${code}\n`);
  if (ctx.isTTY) tell(ctx, 'stderr', 'Your friend runs "pycon join <this line> --as <your name>".');
}
