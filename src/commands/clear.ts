import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { changeItinerary } from '../itinerary.js';
import { openStore } from '../session/store.js';
import { examples } from './help.js';
import { itineraryOption, writeItineraryJson } from './itineraryOption.js';
import { plural } from '../render/words.js';
import type { Run } from '../run.js';

export function registerClear(program: Command, run: () => Run): void {
  itineraryOption(program.command('clear').description('remove every talk from your itinerary').option('--yes', 'really do it'))
    .addHelpText('after', examples(['pycon clear --yes', 'pycon clear -i friends --yes']))
    .action((options: { itinerary: string; yes?: boolean }) => runClear(options, run()));
}

export async function runClear(options: { itinerary: string; yes?: boolean }, ctx: Run): Promise<void> {
  if (!options.yes) {
    throw new UsageError(
      `This removes every talk from itinerary ${options.itinerary}; run "pycon clear --yes${options.itinerary === 'default' ? '' : ` -i ${options.itinerary}`}" to do it.`,
    );
  }
  const store = openStore(ctx);
  const { itinerary, result: removed } = await changeItinerary(ctx, store, options.itinerary, (file) => {
    const removed = file.talks.length;
    file.talks = [];
    return { changed: removed > 0, result: removed };
  });
  (ctx.json ? ctx.stderr : ctx.stdout).write(`Cleared itinerary ${itinerary.name}: ${plural(removed, 'talk')} removed.\n`);
  if (ctx.json) writeItineraryJson(ctx, itinerary);
}
