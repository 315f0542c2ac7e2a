import type { Command } from 'commander';
import { clashesWith } from '../schedule/conflicts.js';
import { givenTwice, otherSlots } from '../schedule/repeats.js';
import { handlesOf } from '../schedule/handles.js';
import { byTime } from '../schedule/time.js';
import type { Priority, Store, Talk } from '../schedule/types.js';
import { conferenceTimeView, formatSpan, type TimeView } from '../render/times.js';
import { plural } from '../render/words.js';
import { DEFAULT_ITINERARY, changeItinerary, heldTalks, itineraryExists, reportMissing, resolveTalks } from '../itinerary.js';
import { entryOf, namesTalk, priorityOf } from '../store/itineraryFile.js';
import { UsageError } from '../errors.js';
import { openStore } from '../session/store.js';
import { examples } from './help.js';
import { itineraryOption, writeItineraryJson } from './itineraryOption.js';
import type { Run } from '../run.js';
import { tell, tellChange } from '../tell.js';

export interface AddOptions {
  talks: string[];
  itinerary: string;
  must?: boolean;
  maybe?: boolean;
}

export function registerAdd(program: Command, run: () => Run): void {
  itineraryOption(
    program
      .command('add')
      .description('add talks to your itinerary; each clash it creates is reported, and the talk is still added')
      .argument('<talk...>', 'ids, unique id prefixes, title words or pages (urls); quote a title of several words'),
  )
    .option('--must', 'priority must: plan never drops or replaces it')
    .option('--maybe', 'priority maybe: plan may give it up for a much better match')
    .addHelpText(
      'after',
      examples([
        'pycon add advanced-asyncio',
        'pycon add "dont be a robot" beeware',
        'pycon add --must beeware',
        'pycon add -i friends "time zones"',
      ]),
    )
    .action((talks: string[], options: Omit<AddOptions, 'talks'>) => runAdd({ ...options, talks }, run()));
}

export async function runAdd(options: AddOptions, ctx: Run): Promise<void> {
  if (options.must && options.maybe) throw new UsageError('A talk is either --must or --maybe, not both; leave both out for want.');
  const priority: Exclude<Priority, 'want'> | undefined = options.must ? 'must' : options.maybe ? 'maybe' : undefined;
  const store = openStore(ctx);
  const wanted = resolveTalks(store, options.talks);
  const added = ctx.clock().toISOString();
  const isNew = !itineraryExists(ctx, store, options.itinerary);
  const { itinerary, result } = await changeItinerary(ctx, store, options.itinerary, (file) => {
    const have = new Set(heldTalks(file.talks, store.talks).talks);
    const fresh = wanted.filter((talk, index) => !have.has(talk) && wanted.indexOf(talk) === index);
    file.talks.push(...fresh.map((talk) => entryOf(talk, added, priority)));
    // A talk already there takes the priority given.
    const reprioritised: Talk[] = [];
    for (const entry of file.talks) {
      const talk = wanted.find((one) => have.has(one) && namesTalk(entry, one));
      if (!talk || priority === undefined || priorityOf(entry) === priority || reprioritised.includes(talk)) continue;
      entry.priority = priority;
      reprioritised.push(talk);
    }
    return { changed: fresh.length > 0 || reprioritised.length > 0, result: { fresh, reprioritised } };
  });
  const { fresh, reprioritised } = result;
  const view = conferenceTimeView(store.conference.timezone);
  if (isNew && fresh.length > 0 && itinerary.name !== DEFAULT_ITINERARY) tellChange(ctx, `Created itinerary ${itinerary.name}.`);
  // A talk named by its id is that slot, chosen: its other slots are looked for (reading every title) only for a talk named by words.
  const namedById = new Set(options.talks.map((arg) => arg.trim()));
  for (const talk of wanted.filter((talk, index) => wanted.indexOf(talk) === index)) {
    const as = priority === undefined ? '' : ` as a ${priority}`;
    if (reprioritised.includes(talk)) tellChange(ctx, `"${talk.title}" is now a ${priority} in itinerary ${itinerary.name}.`);
    else if (!fresh.includes(talk)) tellChange(ctx, `"${talk.title}" is already in itinerary ${itinerary.name}; nothing changed.`);
    else
      tellChange(
        ctx,
        `Added "${talk.title}" (${formatSpan(view, talk.start, talk.end)}, ${talk.room}) to itinerary ${itinerary.name}${as}${namedById.has(talk.id) ? '' : alsoGiven(store, talk, itinerary.talks, view)}.`,
      );
  }
  warnOfClashes(ctx, fresh, itinerary.talks);
  warnOfRepeats(ctx, fresh, itinerary.talks, view);
  reportMissing(ctx, itinerary);
  if (ctx.json) writeItineraryJson(ctx, itinerary);
}

/** `; it is also given Sat 11:00–11:30 (rust-for-hardware-2)`: the other slots of a talk given twice, when the itinerary has none of them. */
function alsoGiven(store: Store, talk: Talk, mine: Talk[], view: TimeView): string {
  const slots = otherSlots(store.talks, talk);
  if (slots.length === 0 || slots.some((slot) => mine.includes(slot))) return '';
  const handles = handlesOf(store.talks);
  const each = slots.map((slot) => `${formatSpan(view, slot.start, slot.end)} (${handles.get(slot)})`);
  return `; it is also given ${each.join(' and ')}`;
}

function warnOfClashes(ctx: Run, fresh: Talk[], all: Talk[]): void {
  const warned = new Set<string>();
  for (const talk of fresh) {
    for (const clash of clashesWith(talk, all)) {
      const pair = [talk.id, clash.talk.id].sort().join(' ');
      if (warned.has(pair)) continue;
      warned.add(pair);
      tell(
        ctx,
        'stderr',
        `"${talk.title}" clashes with "${clash.talk.title}" (in ${clash.talk.room}) for ${plural(clash.minutes, 'minute')}; both are kept, and "pycon itinerary" shows every clash.`,
      );
    }
  }
}

/** A talk added in another slot of one the itinerary has (schedule/repeats.ts), the same talk given again: said of the later slot. */
function warnOfRepeats(ctx: Run, fresh: Talk[], all: Talk[], view: TimeView): void {
  const inTime = [...fresh].sort(byTime);
  for (const talk of inTime) {
    const first = all.find((other) => givenTwice(other, talk));
    if (first === undefined || inTime.indexOf(first) > inTime.indexOf(talk)) continue;
    tell(
      ctx,
      'stderr',
      `"${talk.title}" (${formatSpan(view, talk.start, talk.end)}) is the talk you have on ${formatSpan(view, first.start, first.end)}, given again; both are kept, so drop one with "pycon drop".`,
    );
  }
}
