import type { Command } from 'commander';
import { listSpeakers, sortByName } from '../schedule/speakers.js';
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
  const talks = openStore(ctx).talks;
  const speakers = sortByName(listSpeakers(talks), talks);
  writeTable(ctx, {
    json: speakers,
    header: ['Speaker', 'Talks'],
    rows: speakers.map((speaker) => [speaker.name, String(speaker.talks.length)]),
    rightAligned: [1],
  });
}
