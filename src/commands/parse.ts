import { statSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError, UserError } from '../errors.js';
import { renderProblems } from '../render/problems.js';
import { checkZone } from '../session/zones.js';
import { isIsoDate } from '../schedule/time.js';
import { PYCON_2019 } from '../schedule/types.js';
import { writeFileAtomic } from '../store/atomicWrite.js';
import { readBytes } from '../store/readFile.js';
import { readPipedIn, STANDARD_INPUT, sourceName } from './scheduleSource.js';
import { storeText } from '../store/storeText.js';
import { examples } from './help.js';
import { parsePath } from './options.js';
import { plural, them } from '../render/words.js';
import type { Run } from '../run.js';
import { tzDatabase } from '../store/tzDatabase.js';

export interface ParseCommandOptions {
  source: string;
  firstDay: string;
  timezone: string;
  name: string;
  output?: string;
}

export function registerParse(program: Command, run: () => Run): void {
  program
    .command('parse')
    .description('read a talk list in the published text format and build a talk store from it')
    .argument('<source>', 'the talk list, as UTF-8 text (- to read it piped in)', parsePath)
    .option('--first-day <date>', "the conference's first day", PYCON_2019.firstDay)
    .option('--timezone <zone>', "the conference's IANA time zone", PYCON_2019.timezone)
    .option('--name <name>', "the conference's name", PYCON_2019.name)
    .option('-o, --output <file>', 'write the store here instead of printing it ("-" for stdout)', parsePath)
    .addHelpText(
      'after',
      examples([
        'pycon parse data/pycon-2019-talks.txt -o data/pycon-2019.json',
        'pycon parse talks.txt --first-day 2020-04-17 --name "PyCon US 2020"',
      ]),
    )
    .action((source: string, options: Omit<ParseCommandOptions, 'source'>) => runParse({ ...options, source }, run()));
}

function sameFile(a: string, b: string): boolean {
  try {
    const [one, other] = [statSync(a), statSync(b)];
    return one.dev === other.dev && one.ino === other.ino;
  } catch {
    return false;
  }
}

/** The talk list's bytes, from its file, or piped in for `-`. */
async function readTalkList(source: string, ctx: Run): Promise<Uint8Array> {
  if (source !== STANDARD_INPUT)
    return readBytes(source, { what: 'talk list', missing: `No file at ${source}; give the path of a talk list.` });
  return readPipedIn(
    ctx,
    'talk list',
    'Nothing is piped in for "-" to read; pipe a talk list in, as in "pycon parse - < talks.txt", or give its path.',
  );
}

export async function runParse(options: ParseCommandOptions, ctx: Run): Promise<void> {
  if (!isIsoDate(options.firstDay)) {
    throw new UsageError(`Cannot read --first-day "${options.firstDay}"; give a date that exists, such as 2019-05-03.`);
  }
  if (options.timezone === 'local') {
    throw new UsageError(
      `--timezone names where the conference is, so it takes an IANA name such as America/New_York, not "local" (here ${ctx.localZone()}).`,
    );
  }
  const tzdata = tzDatabase(ctx.env);
  const timezone = checkZone(options.timezone, ctx.localZone, tzdata, { flag: '--timezone', example: 'America/New_York' });
  const bytes = await readTalkList(options.source, ctx);
  const { parseSource } = await import('../schedule/parse.js');
  const result = parseSource(bytes, { firstDay: options.firstDay, timezone, name: options.name, tzdata });
  if (!result.store) {
    const count = result.problems.length;
    throw new UserError(
      `${sourceName(options.source)} has ${plural(count, 'problem')}; fix ${them(count)} and run pycon parse again (nothing was written):`,
      renderProblems(sourceName(options.source), result.problems),
    );
  }
  if (options.output === undefined || options.output === '-') {
    // The same bytes as -o writes, so that `pycon parse talks.txt > store.json` makes the same file.
    ctx.stdout.write(storeText(result.store));
    return;
  }
  if (sameFile(options.source, options.output)) {
    throw new UsageError(
      `-o ${options.output} is the source itself, and writing the store there would lose the talk list; choose another file.`,
    );
  }
  writeFileAtomic(options.output, storeText(result.store));
  ctx.stderr.write(`Wrote ${plural(result.store.talks.length, 'talk')} to ${options.output}\n`);
}
