import type { Command } from 'commander';
import { listSpeakers } from '../schedule/speakers.js';
import { openStore } from '../session/store.js';
import { examples } from './help.js';
import { writeTable } from './output.js';
import type { Run } from '../run.js';

export function registerSpeakers(program: Command, run: () => Run): void {
  program
    .command('speakers')
    .description('everyone who speaks, with their number of talks')
    .addHelpText('after', examples(['pycon speakers', 'pycon speakers | grep -i lynn', 'pycon speakers --json']))
    .action(() => runSpeakers(run()));
}

export function runSpeakers(ctx: Run): void {
  // In the order of a name index, so that Łukasz comes under L: the locale's collation, whose
  // ICU data only this command loads.
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const speakers = listSpeakers(openStore(ctx).talks).sort((a, b) => collator.compare(a.name, b.name));
  writeTable(ctx, {
    json: speakers,
    header: ['Speaker', 'Talks'],
    rows: speakers.map((speaker) => [speaker.name, String(speaker.talks.length)]),
    rightAligned: [1],
  });
}
