import type { Command } from 'commander';
import { findTalk } from '../schedule/query.js';
import { otherSlots } from '../schedule/repeats.js';
import { runningAlongside } from '../schedule/timeline.js';
import { renderTalkPage } from '../render/talkPage.js';
import { loadStyle } from '../render/style.js';
import { openStore } from '../session/store.js';
import { timeViewFor } from '../session/zones.js';
import { examples } from './help.js';
import { listedTalks, talkMarks, writeJson } from './output.js';
import { DEFAULT_ITINERARY, openItinerary } from '../itinerary.js';
import type { Run } from '../run.js';

export function registerShow(program: Command, run: () => Run): void {
  program
    .command('show')
    .description('everything about one talk, and what else runs at the same time')
    .argument('<talk...>', "an id, a unique id prefix, words of the title, or the talk's page (its url)")
    .addHelpText(
      'after',
      examples(['pycon show advanced-asyncio', 'pycon show "dont be a robot"', 'pycon show beeware --tz Europe/Berlin']),
    )
    .action((words: string[]) => runShow({ talk: words.join(' ') }, run()));
}

export async function runShow(options: { talk: string }, ctx: Run): Promise<void> {
  const store = openStore(ctx);
  const talk = findTalk(store, options.talk);
  const mine = openItinerary(ctx, store, DEFAULT_ITINERARY);
  if (ctx.json) return writeJson(ctx, listedTalks(store, mine, [talk])[0]);
  const view = await timeViewFor(ctx, store);
  const style = await loadStyle(ctx.color);
  const look = { view, style, width: ctx.columns };
  const around = { alongside: runningAlongside(store.talks, talk), otherSlots: otherSlots(store.talks, talk) };
  ctx.stdout.write(renderTalkPage(talk, around, look, talkMarks(store, mine)));
}
