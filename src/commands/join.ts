import type { Command } from 'commander';
import { pyconHome } from '../context.js';
import { UsageError, UserError } from '../errors.js';
import { changeItinerary } from '../itinerary.js';
import { plural, shellWord } from '../render/words.js';
import { conferenceOf, openStore } from '../session/store.js';
import { BUNDLED_CONFERENCE, importedConferences, readOrigin } from '../store/conferences.js';
import { entryOf, isItineraryName } from '../store/itineraryFile.js';
import { examples } from './help.js';
import { writeItineraryJson } from './itineraryOption.js';
import type { Run } from '../run.js';
import { tell, tellChange } from '../tell.js';

export function registerJoin(program: Command, run: () => Run): void {
  program
    .command('join')
    .description('save an itinerary a friend shared ("pycon share") under a name of yours')
    .argument('<code>', 'the line "pycon share" printed')
    .requiredOption('--as <name>', 'the name to keep it under, such as alice')
    .addHelpText('after', examples(['pycon join pycon1.eNq… --as alice', 'pycon compare alice']))
    .action((code: string, options: { as: string }) => runJoin({ code, name: options.as }, run()));
}

export async function runJoin(options: { code: string; name: string }, ctx: Run): Promise<void> {
  if (!isItineraryName(options.name)) {
    throw new UsageError(
      `"${options.name}" cannot name an itinerary; use letters a–z, digits, dots, dashes and underscores, such as --as alice.`,
    );
  }
  const { decodeShare, ShareCodeError } = await import('../schedule/shareCode.js');
  let shared: ReturnType<typeof decodeShare>;
  try {
    shared = decodeShare(options.code);
  } catch (error) {
    if (!(error instanceof ShareCodeError)) throw error;
    throw new UserError(
      `That share code was refused (${error.message}); nothing was saved, so ask for the line "pycon share" printed again.`,
    );
  }
  const conference = conferenceOfCode(pyconHome(ctx), conferenceOf(ctx), shared);
  const run = { ...ctx, conference, storePath: undefined };
  const store = openStore(run);
  const byUid = new Map(store.talks.map((talk) => [talk.uid, talk]));
  const talks = shared.uids.flatMap((uid) => byUid.get(uid) ?? []);
  const added = ctx.clock().toISOString();
  const { itinerary } = await changeItinerary(run, store, options.name, (file) => {
    // A friend's new code replaces what they shared before; an itinerary of your own is never overwritten.
    if (file.talks.length > 0 && file.joined !== true) {
      throw new UserError(
        `You have an itinerary named ${options.name} of your own, and it was left as it is; join under another name, such as --as ${options.name}-shared.`,
      );
    }
    file.talks = talks.map((talk) => entryOf(talk, added));
    file.joined = true;
    return { changed: true, result: undefined };
  });
  // Of a conference not in use, the commands it suggests name that conference.
  const inUse = conference === conferenceOf(ctx);
  const elsewhere = inUse ? '' : ` (of ${store.conference.title}, not the conference in use)`;
  const compare = `pycon compare ${itinerary.name}${inUse ? '' : ` --conference ${conference}`}`;
  const update = `pycon update${inUse ? '' : ` ${conference}`}`;
  tellChange(ctx, `Saved itinerary ${itinerary.name}${elsewhere}: ${plural(talks.length, 'talk')}; "${compare}" shows where you meet.`);
  const unknown = shared.uids.length - talks.length;
  if (unknown > 0) {
    tell(
      ctx,
      'stderr',
      `${plural(unknown, 'talk')} of the code ${unknown === 1 ? 'is' : 'are'} not in your copy of ${store.conference.title}; "${update}" may bring ${unknown === 1 ? 'it' : 'them'}.`,
    );
  }
  if (ctx.json) writeItineraryJson(ctx, itinerary);
}

/**
 * The conference a code is for: the one of its name, else one imported from
 * the same URL under another name (`--as`), the one in use if it is.
 */
function conferenceOfCode(home: string, inUse: string, shared: { conference: string; origin?: string | undefined }): string {
  const imported = importedConferences(home);
  if (shared.conference === BUNDLED_CONFERENCE || imported.includes(shared.conference)) return shared.conference;
  const fromThere = shared.origin ? imported.filter((name) => readOrigin(home, name)?.source === shared.origin) : [];
  const [first] = fromThere;
  if (first !== undefined) return fromThere.includes(inUse) ? inUse : first;
  const how = shared.origin ? `"pycon import ${shellWord(shared.origin)}"` : '"pycon import <its schedule URL>"';
  throw new UserError(
    `That code is for the conference ${shared.conference}, which you have not imported; import it with ${how}, then join again.`,
  );
}
