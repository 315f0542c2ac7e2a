import type { Command } from 'commander';
import { changeItinerary, everyTalkHeld, openItinerary, reportMissing, resolveHeldTalks } from '../itinerary.js';
import { namesTalk } from '../store/itineraryFile.js';
import { openStore } from '../session/store.js';
import { examples } from './help.js';
import { itineraryOption, writeItineraryJson } from './itineraryOption.js';
import type { Run } from '../run.js';
import { tellChange } from '../tell.js';

export interface DropOptions {
  talks: string[];
  itinerary: string;
}

export function registerDrop(program: Command, run: () => Run): void {
  itineraryOption(
    program
      .command('drop')
      .description('remove talks from your itinerary')
      .argument('<talk...>', 'ids, unique id prefixes, title words or pages (urls); quote a title of several words'),
  )
    .addHelpText('after', examples(['pycon drop advanced-asyncio', 'pycon drop -i friends "time zones"']))
    .action((talks: string[], options: { itinerary: string }) => runDrop({ ...options, talks }, run()));
}

export async function runDrop(options: DropOptions, ctx: Run): Promise<void> {
  const store = openStore(ctx);
  const before = openItinerary(ctx, store, options.itinerary);
  // An id the store no longer has, or a cancelled talk's, can still be dropped by that exact id.
  const goneIds = [...before.missing, ...before.cancelled.map((talk) => talk.id)];
  const gone = options.talks.filter((arg) => goneIds.includes(arg));
  const named = options.talks.filter((arg) => !gone.includes(arg));
  // Two words may name one talk (`drop advanced asyncio`): each talk is dropped, and said, once.
  // A cancelled talk is named as any talk is (`drop film`), to be dropped.
  const resolved = named.length > 0 ? resolveHeldTalks(store, named, everyTalkHeld(before), { orCancelled: true }) : [];
  const wanted = resolved.filter((talk, index) => resolved.indexOf(talk) === index).map(({ id, uid, title }) => ({ id, uid, title }));
  const targets: { id: string; uid?: string; title: string }[] = [...wanted, ...gone.map((id) => ({ id, title: id }))];
  const { itinerary, result: dropped } = await changeItinerary(ctx, store, options.itinerary, (file) => {
    const dropped = new Set(targets.filter((target) => file.talks.some((entry) => namesTalk(entry, target))).map((target) => target.id));
    file.talks = file.talks.filter((entry) => !targets.some((target) => namesTalk(entry, target)));
    return { changed: dropped.size > 0, result: dropped };
  });
  for (const target of targets) {
    tellChange(
      ctx,
      dropped.has(target.id)
        ? `Dropped "${target.title}" from itinerary ${itinerary.name}.`
        : `"${target.title}" is not in itinerary ${itinerary.name}; nothing changed.`,
    );
  }
  reportMissing(ctx, itinerary);
  if (ctx.json) writeItineraryJson(ctx, itinerary);
}
