import type { Command } from 'commander';
import { listSpeakers, sortByName, speakerCounts } from '../schedule/speakers.js';
import { openStore } from '../session/store.js';
import { examples } from './help.js';
import { writeJson, writeTable } from './output.js';
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
  // JSON gives each speaker's talks; the table only counts them, as saved with the store.
  if (ctx.json) {
    writeJson(ctx, sortByName(listSpeakers(talks), talks));
    return;
  }
  const speakers = speakerCounts(talks);
  writeTable(ctx, {
    json: undefined,
    header: ['Speaker', 'Talks'],
    rows: speakers.map((speaker) => [speaker.name, String(speaker.talks)]),
    rightAligned: [1],
  });
}
