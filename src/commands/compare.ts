import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { openItinerary } from '../itinerary.js';
import { loadStyle } from '../render/style.js';
import { formatSpan, formatSpanMs } from '../render/times.js';
import { plural } from '../render/words.js';
import { truncate } from '../render/wrap.js';
import { compareItineraries } from '../schedule/compare.js';
import type { Talk } from '../schedule/types.js';
import { openStore } from '../session/store.js';
import { timeViewFor } from '../session/zones.js';
import { examples } from './help.js';
import { itineraryOption } from './itineraryOption.js';
import { writeJson, writeZoneNote } from './output.js';
import type { Run } from '../run.js';

export function registerCompare(program: Command, run: () => Run): void {
  itineraryOption(
    program
      .command('compare')
      .description('your itinerary beside another: the talks you share, and where each of you is when you differ')
      .argument('<name>', 'the other itinerary, such as one saved by "pycon join --as alice"'),
  )
    .addHelpText('after', examples(['pycon compare alice', 'pycon compare alice -i friday-plan', 'pycon compare alice --json']))
    .action((name: string, options: { itinerary: string }) => runCompare({ ...options, other: name }, run()));
}

export async function runCompare(options: { itinerary: string; other: string }, ctx: Run): Promise<void> {
  if (options.other === options.itinerary) {
    throw new UsageError(
      `${options.other} is the itinerary compared from; compare it with another, such as one "pycon join" saved, or name yours with -i.`,
    );
  }
  const store = openStore(ctx);
  const mine = openItinerary(ctx, store, options.itinerary);
  const theirs = openItinerary(ctx, store, options.other, { ofFriend: true });
  const { common, onlyMine, onlyTheirs, apart } = compareItineraries(mine.talks, theirs.talks);
  if (ctx.json) return writeJson(ctx, { common, onlyMine, onlyTheirs });
  const look = { view: await timeViewFor(ctx, store), style: await loadStyle(ctx.color), width: ctx.columns };
  const { view, style } = look;
  const you = mine.name === 'default' ? 'you' : mine.name;
  const them = theirs.name;
  const label = Math.max(you.length, them.length) + 1;
  const where = (talk: Talk) => `${talk.room} · ${talk.title}`;
  const lines = [
    `${you === 'you' ? 'You' : you} and ${them}: ${plural(common.length, 'talk')} together, ${plural(apart.length, 'time', 'times')} apart`,
  ];
  if (common.length > 0) {
    lines.push('', style.heading('Together'));
    for (const talk of common) {
      const lead = `  ${formatSpan(view, talk.start, talk.end)}  `;
      lines.push(`${style.dim(lead)}${truncate(where(talk), look.width - lead.length)}`);
    }
  }
  if (apart.length > 0) {
    lines.push('', style.heading('Apart: where each of you is'));
    for (const slot of apart) {
      lines.push(`  ${style.dim(formatSpanMs(view, slot.start, slot.end))}`);
      for (const [who, talks] of [
        [you, slot.mine],
        [them, slot.theirs],
      ] as const) {
        const lead = `    ${`${who}:`.padEnd(label)} `;
        const shown = talks.length === 0 ? [style.dim('free')] : talks.map((talk) => truncate(where(talk), look.width - lead.length));
        lines.push(...shown.map((text, i) => `${i === 0 ? lead : ' '.repeat(lead.length)}${text}`));
      }
    }
  }
  writeZoneNote(ctx, view);
  ctx.stdout.write(`${lines.join('\n')}\n`);
}
