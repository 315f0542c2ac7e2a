import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { foldWords } from '../schedule/fold.js';
import { filterTalks } from '../schedule/query.js';
import { searchTalks } from '../schedule/search.js';
import { indexStore } from '../schedule/searchIndex.js';
import { renderTalkLines, renderTalkList } from '../render/talkList.js';
import { matchSnippet } from '../render/snippet.js';
import { grouped } from '../render/words.js';
import type { Talk } from '../schedule/types.js';
import { loadStyle } from '../render/style.js';
import { openStore } from '../session/store.js';
import { resolveFilter, type FilterFlags } from '../session/filters.js';
import { timeViewFor } from '../session/zones.js';
import { examples } from './help.js';
import { filterOptions, parseLimit } from './options.js';
import { listedTalks, readerOf, talkMarks, writeListing, zoneNote } from './output.js';
import { DEFAULT_ITINERARY, openItinerary } from '../itinerary.js';
import type { Run } from '../run.js';
import { tell } from '../tell.js';

export interface SearchOptions extends FilterFlags {
  words: string[];
  limit: number;
}

export function registerSearch(program: Command, run: () => Run): void {
  filterOptions(
    program
      .command('search')
      .description('find talks by words of their title, speakers or description, best matches first')
      .argument('<words...>', 'words to look for; every word must match'),
  )
    .option('--limit <n>', 'show at most n talks, or all', parseLimit, 10)
    .addHelpText(
      'after',
      examples(['pycon search asyncio', 'pycon search testing --day saturday', 'pycon search belanger', 'pycon search security --json']),
    )
    .action((words: string[], options: Omit<SearchOptions, 'words'>) => runSearch({ ...options, words }, run()));
}

export async function runSearch(options: SearchOptions, ctx: Run): Promise<void> {
  const store = openStore(ctx);
  const pool = filterTalks(store.talks, await resolveFilter(ctx, store, options));
  const query = options.words.join(' ');
  if (foldWords(query).length === 0) throw new UsageError('Give words to search for, such as "pycon search asyncio".');
  const hits = searchTalks(indexStore(store, pool), query);
  const shown = hits.slice(0, options.limit);
  // Nothing found is exit 1, as grep does; --json still prints its empty list.
  if (hits.length === 0) ctx.outcome.exitCode = 1;
  if (hits.length === 0 && !ctx.json) {
    tell(ctx, 'stderr', `No talk matches "${query}"; try fewer or other words, or "pycon talks" to list them all.`);
    return;
  }
  const talks = shown.map((hit) => hit.talk);
  const mine = () => openItinerary(ctx, store, DEFAULT_ITINERARY);
  await writeListing(ctx, {
    json: () => listedTalks(store, mine(), talks).map((talk, i) => ({ ...talk, score: shown[i]?.score })),
    pipe: () => renderTalkLines(talks),
    people: async () => {
      const look = { view: await timeViewFor(ctx, store), style: await loadStyle(ctx.color), width: ctx.columns };
      const hitOf = new Map(shown.map((hit) => [hit.talk, hit]));
      const words = foldWords(query);
      // A talk found only through its description shows the words in their sentence.
      const noteOf = (talk: Talk) => {
        if (hitOf.get(talk)?.match.field !== 'description') return undefined;
        const snippet = matchSnippet(talk.description, words, look.width - 2, look.style);
        return snippet === undefined ? undefined : `  ${snippet}`;
      };
      return (
        zoneNote(look.view) +
        renderTalkList(talks, look, { marks: talkMarks(store, mine()), termsOf: (talk) => hitOf.get(talk)?.titleTerms, noteOf })
      );
    },
  });
  if (readerOf(ctx) !== 'json' && hits.length > shown.length) {
    tell(ctx, 'stderr', `Showing ${grouped(shown.length)} of ${grouped(hits.length)} matches; add --limit all to see them all.`);
  }
}
