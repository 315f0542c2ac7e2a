import type { Command } from 'commander';
import { clashesWith } from '../schedule/conflicts.js';
import type { Talk } from '../schedule/types.js';
import { conferenceTimeView, formatSpan } from '../render/times.js';
import { DEFAULT_ITINERARY, changeItinerary, heldTalks, itineraryExists, reportMissing, resolveTalks } from '../itinerary.js';
import { entryOf } from '../store/itineraryFile.js';
import { openStore } from '../session/store.js';
import { examples } from './help.js';
import { itineraryOption, writeItineraryJson } from './itineraryOption.js';
import type { Run } from '../run.js';

export interface AddOptions {
  talks: string[];
  itinerary: string;
}

export function registerAdd(program: Command, run: () => Run): void {
  itineraryOption(
    program
      .command('add')
      .description('add talks to your itinerary; each clash it creates is reported, and the talk is still added')
      .argument('<talk...>', 'ids, unique id prefixes or title words; quote a title of several words'),
  )
    .addHelpText(
      'after',
      examples(['pycon add advanced-asyncio', 'pycon add "dont be a robot" beeware', 'pycon add -i friends "time zones"']),
    )
    .action((talks: string[], options: { itinerary: string }) => runAdd({ ...options, talks }, run()));
}

export async function runAdd(options: AddOptions, ctx: Run): Promise<void> {
  const store = openStore(ctx);
  const wanted = resolveTalks(store, options.talks);
  const added = ctx.clock().toISOString();
  const isNew = !itineraryExists(ctx, store, options.itinerary);
  const { itinerary, result: fresh } = await changeItinerary(ctx, store, options.itinerary, (file) => {
    const have = new Set(heldTalks(file.talks, store.talks).talks);
    const fresh = wanted.filter((talk, index) => !have.has(talk) && wanted.indexOf(talk) === index);
    file.talks.push(...fresh.map((talk) => entryOf(talk, added)));
    return { changed: fresh.length > 0, result: fresh };
  });
  const view = conferenceTimeView(store.conference.timezone);
  const say = (text: string) => (ctx.json ? ctx.stderr : ctx.stdout).write(`${text}\n`);
  if (isNew && fresh.length > 0 && itinerary.name !== DEFAULT_ITINERARY) say(`Created itinerary ${itinerary.name}.`);
  for (const talk of wanted.filter((talk, index) => wanted.indexOf(talk) === index)) {
    if (!fresh.includes(talk)) say(`"${talk.title}" is already in itinerary ${itinerary.name}; nothing changed.`);
    else say(`Added "${talk.title}" (${formatSpan(view, talk.start, talk.end)}, ${talk.room}) to itinerary ${itinerary.name}.`);
  }
  warnOfClashes(ctx, fresh, itinerary.talks);
  reportMissing(ctx, itinerary);
  if (ctx.json) writeItineraryJson(ctx, itinerary);
}

function warnOfClashes(ctx: Run, fresh: Talk[], all: Talk[]): void {
  const warned = new Set<string>();
  for (const talk of fresh) {
    for (const clash of clashesWith(talk, all)) {
      const pair = [talk.id, clash.talk.id].sort().join(' ');
      if (warned.has(pair)) continue;
      warned.add(pair);
      ctx.stderr.write(
        `"${talk.title}" clashes with "${clash.talk.title}" (in ${clash.talk.room}) for ${clash.minutes} minutes; both are kept, and "pycon itinerary" shows every clash.\n`,
      );
    }
  }
}
