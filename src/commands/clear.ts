import type { Command } from 'commander';
import { changeItinerary, openItinerary } from '../itinerary.js';
import { confirm } from './confirm.js';
import { openStore } from '../session/store.js';
import { examples } from './help.js';
import { itineraryOption, writeItineraryJson } from './itineraryOption.js';
import { plural } from '../render/words.js';
import type { Run } from '../run.js';

export function registerClear(program: Command, run: () => Run): void {
  itineraryOption(
    program.command('clear').description('remove every talk from your itinerary; asks first on a terminal').option('--yes', 'do not ask'),
  )
    .addHelpText('after', examples(['pycon clear --yes', 'pycon clear -i friends --yes']))
    .action((options: { itinerary: string; yes?: boolean }) => runClear(options, run()));
}

export async function runClear(options: { itinerary: string; yes?: boolean }, ctx: Run): Promise<void> {
  const store = openStore(ctx);
  // Nothing to lose, nothing to ask.
  const held = options.yes ? 0 : openItinerary(ctx, store, options.itinerary, { mayBeNew: true }).talks.length;
  if (held > 0) {
    await confirm(
      ctx,
      `Remove ${held === 1 ? 'the one talk' : `all ${held} talks`} from itinerary ${options.itinerary}?`,
      `This removes every talk from itinerary ${options.itinerary}; run "pycon clear --yes${options.itinerary === 'default' ? '' : ` -i ${options.itinerary}`}" to do it.`,
    );
  }
  const { itinerary, result: removed } = await changeItinerary(ctx, store, options.itinerary, (file) => {
    const removed = file.talks.length;
    file.talks = [];
    return { changed: removed > 0, result: removed };
  });
  const said =
    removed === 0
      ? `Itinerary ${itinerary.name} was already empty.`
      : `Cleared itinerary ${itinerary.name}: ${plural(removed, 'talk')} removed.`;
  (ctx.json ? ctx.stderr : ctx.stdout).write(`${said}\n`);
  if (ctx.json) writeItineraryJson(ctx, itinerary);
}
