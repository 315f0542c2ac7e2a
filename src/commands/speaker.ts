import type { Command } from 'commander';
import { UserError } from '../errors.js';
import { findSpeakers, listSpeakers } from '../schedule/speakers.js';
import { renderTalkLines, renderTalkList } from '../render/talkList.js';
import { loadStyle } from '../render/style.js';
import { openStore } from '../session/store.js';
import { timeViewFor } from '../session/zones.js';
import { examples } from './help.js';
import { talkMarks, writeListing, zoneNote } from './output.js';
import { DEFAULT_ITINERARY, openItinerary } from '../itinerary.js';
import type { Run } from '../run.js';

export function registerSpeaker(program: Command, run: () => Run): void {
  program
    .command('speaker')
    .description("one speaker's talks; the name may be partial, unaccented or slightly wrong")
    .argument('<name...>', 'a speaker name, or part of it')
    .addHelpText('after', examples(['pycon speaker lynn root', 'pycon speaker belanger', 'pycon speaker "christopher beacham"']))
    .action((name: string[]) => runSpeaker({ name: name.join(' ') }, run()));
}

export async function runSpeaker(options: { name: string }, ctx: Run): Promise<void> {
  const store = openStore(ctx);
  const found = findSpeakers(listSpeakers(store.talks), options.name);
  if (found.length === 0) {
    throw new UserError(`No speaker matches "${options.name}"; "pycon speakers" lists everyone.`);
  }
  await writeListing(ctx, {
    json: () => found,
    pipe: () => renderTalkLines(found.flatMap((speaker) => speaker.talks)),
    people: async () => {
      const look = { view: await timeViewFor(ctx, store), style: await loadStyle(ctx.color), width: ctx.columns };
      const marks = talkMarks(store, openItinerary(ctx, store, DEFAULT_ITINERARY));
      return (
        zoneNote(look.view) +
        found.map((speaker) => `${look.style.heading(speaker.name)}\n\n${renderTalkList(speaker.talks, look, { marks })}`).join('\n')
      );
    },
  });
}
