import type { Command } from 'commander';
import { filterTalks } from '../schedule/query.js';
import { renderTalkLines, renderTalkList } from '../render/talkList.js';
import { loadStyle } from '../render/style.js';
import { openStore } from '../session/store.js';
import { readMoment } from '../session/moments.js';
import { resolveFilter, type FilterFlags } from '../session/filters.js';
import { timeViewFor } from '../session/zones.js';
import { examples } from './help.js';
import { writeListing, zoneNote } from './output.js';
import { filterOptions } from './options.js';
import type { Run } from '../run.js';

export interface TalksOptions extends FilterFlags {
  at?: string;
}

export function registerTalks(program: Command, run: () => Run): void {
  filterOptions(
    program.command('talks').description('list talks in time order, optionally of one day, room or speaker, or running at a moment'),
  )
    .option('--at <time>', 'only talks running at this moment, e.g. "sat 14:40"')
    .addHelpText(
      'after',
      examples(['pycon talks --day friday', 'pycon talks --room 26', 'pycon talks --at "sat 14:40"', 'pycon talks --json > talks.json']),
    )
    .action((options: TalksOptions) => runTalks(options, run()));
}

export async function runTalks(options: TalksOptions, ctx: Run): Promise<void> {
  const store = openStore(ctx);
  const filter = await resolveFilter(ctx, store, options);
  const at = options.at === undefined ? undefined : await readMoment('--at', options.at, store);
  const talks = filterTalks(store.talks, { ...filter, at });
  if (talks.length === 0) ctx.outcome.exitCode = 1;
  if (talks.length === 0 && !ctx.json) {
    ctx.stderr.write('No talks match these filters; try "pycon talks" without them.\n');
    return;
  }
  await writeListing(ctx, {
    json: () => talks,
    pipe: () => renderTalkLines(talks),
    people: async () => {
      const view = await timeViewFor(ctx, store);
      return zoneNote(view) + renderTalkList(talks, { view, style: await loadStyle(ctx.color), width: ctx.columns });
    },
  });
}
