import type { Command } from 'commander';
import { filterTalks } from '../schedule/query.js';
import { renderTalkLines, renderTalkList } from '../render/talkList.js';
import { loadStyle } from '../render/style.js';
import { openStore } from '../session/store.js';
import { conferenceDate, currentMoment, readMoment } from '../session/moments.js';
import { resolveFilter, type FilterFlags } from '../session/filters.js';
import { timeViewFor } from '../session/zones.js';
import { examples } from './help.js';
import { listedTalks, talkMarks, writeListing, zoneNote } from './output.js';
import { DEFAULT_ITINERARY, openItinerary } from '../itinerary.js';
import { filterOptions } from './options.js';
import type { Run } from '../run.js';
import type { Store, Talk } from '../schedule/types.js';
import type { TalkFilter } from '../schedule/query.js';
import { clockMinutes, spanOf, weekdayOf } from '../schedule/time.js';
import { plural, shellWord, them } from '../render/words.js';
import { tell } from '../tell.js';
import { UsageError } from '../errors.js';

export interface TalksOptions extends FilterFlags {
  at?: string;
}

export function registerTalks(program: Command, run: () => Run): void {
  filterOptions(
    program.command('talks').description('list talks in time order, optionally of one day, room or speaker, or running at a moment'),
  )
    .option('--at <time>', 'only talks running at this moment, e.g. "sat 14:40", or "14:40" on --day (else today)')
    .addHelpText(
      'after',
      examples(['pycon talks --day friday', 'pycon talks --room 26', 'pycon talks --at "sat 14:40"', 'pycon talks --json > talks.json']),
    )
    .action((options: TalksOptions) => runTalks(options, run()));
}

export async function runTalks(options: TalksOptions, ctx: Run): Promise<void> {
  const store = openStore(ctx);
  const filter = await resolveFilter(ctx, store, options);
  const at = options.at === undefined ? undefined : await readMoment(ctx, '--at', await onDay(ctx, store, options.at, filter.date), store);
  const talks = filterTalks(store.talks, { ...filter, at });
  if (talks.length === 0) ctx.outcome.exitCode = 1;
  if (talks.length === 0 && !ctx.json) {
    tell(
      ctx,
      'stderr',
      at === undefined ? 'No talks match these filters; try "pycon talks" without them.' : await nothingAt(ctx, store, filter, options, at),
    );
    return;
  }
  const mine = () => openItinerary(ctx, store, DEFAULT_ITINERARY);
  await writeListing(ctx, {
    json: () => listedTalks(store, mine(), talks),
    pipe: () => renderTalkLines(talks),
    people: async () => {
      const view = await timeViewFor(ctx, store);
      const look = { view, style: await loadStyle(ctx.color), width: ctx.columns };
      return zoneNote(view) + renderTalkList(talks, look, { marks: talkMarks(store, mine()) });
    },
  });
}

/**
 * `--at` as a moment: a time alone (`14:40`, `2pm`) is on --day's date, else
 * on today's while the conference runs, as an attendee asks what is on at two.
 */
async function onDay(ctx: Run, store: Store, text: string, date: string | undefined): Promise<string> {
  const minutes = clockMinutes(text);
  if (minutes === undefined) return text;
  const day = date ?? conferenceDate(store, await currentMoment(ctx, store));
  if (!store.conference.days.includes(day)) {
    const weekday = weekdayOf(store.conference.days[0] ?? day)
      .toLowerCase()
      .slice(0, 3);
    throw new UsageError(
      `--at "${text}" names no day, and the conference does not run today; give one, as in --at "${weekday} ${text.trim()}", or add --day ${weekday}.`,
    );
  }
  const clock = (count: number) => String(count).padStart(2, '0');
  return `${day} ${clock(Math.floor(minutes / 60))}:${clock(minutes % 60)}`;
}

/** `--at` in a gap between talks: when the next ones start, and the command that lists them. */
async function nothingAt(ctx: Run, store: Store, filter: TalkFilter, flags: FilterFlags, at: number): Promise<string> {
  const view = await timeViewFor(ctx, store);
  const when = view.localMs(at);
  const later = filterTalks(store.talks, filter).filter((talk) => spanOf(talk).start > at);
  const first = later.reduce<Talk | undefined>((best, talk) => (!best || spanOf(talk).start < spanOf(best).start ? talk : best), undefined);
  const nothing = `Nothing runs at ${when.weekday.slice(0, 3)} ${when.time}`;
  if (!first) return `${nothing}, and nothing after it; see the whole schedule with "pycon talks".`;
  const next = view.local(first.start);
  const count = later.filter((talk) => spanOf(talk).start === spanOf(first).start).length;
  const day = next.weekday.slice(0, 3).toLowerCase();
  // The same filters, so that the command lists the talks counted: a room by its full name, a building as typed.
  const room = filter.rooms?.length === 1 ? filter.rooms[0] : flags.room;
  const given = { room, track: filter.track, speaker: filter.speaker };
  const again = (['room', 'track', 'speaker'] as const).flatMap((name) => {
    const value = given[name];
    return value === undefined ? [] : [` --${name} ${shellWord(value)}`];
  });
  const command = `pycon talks --at '${day} ${next.time}'${again.join('')}`;
  return `${nothing}; next, at ${next.date === when.date ? '' : `${next.weekday} `}${next.time}, ${plural(count, 'talk')} ${count === 1 ? 'starts' : 'start'}: "${command}" lists ${them(count)}.`;
}
