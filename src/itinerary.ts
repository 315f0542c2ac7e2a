/**
 * An itinerary as commands use it: the file on disk joined with the talk store.
 */
import { pyconHome } from './context.js';
import { BUNDLED_CONFERENCE, importedConferences, itinerariesFolder } from './store/conferences.js';
import type { LockOwner } from './store/lockFile.js';
import { LookupError } from './schedule/lookupError.js';
import { grouped, plural, yoursAre } from './render/words.js';
import { findTalk } from './schedule/query.js';
import { talksWithUids } from './schedule/talkColumns.js';
import type { Store, Talk } from './schedule/types.js';
import {
  itineraryNames,
  itineraryPath,
  readItinerary,
  updateItinerary,
  type ItineraryEntry,
  type ItineraryFile,
  type Priority,
  priorityOf,
} from './store/itineraryFile.js';
import { existsSync } from 'node:fs';
import { UserError } from './errors.js';
import type { Run } from './run.js';
import { tell } from './tell.js';

export const DEFAULT_ITINERARY = 'default';

export interface Itinerary {
  name: string;
  path: string;
  /** The talks it holds that the store knows, in time order. */
  talks: Talk[];
  /** The talks it holds that an update found cancelled: kept, and shown ✗. */
  cancelled: Talk[];
  /** Ids it holds that the store no longer has: kept, and reported. */
  missing: string[];
  /** The interests `plan` last planned it with. */
  plannedWith: string[];
  /** must, want (the default) or maybe. */
  priorityOf(talk: Talk): Priority;
}

/** Every talk an itinerary holds, the cancelled ones too: what `drop` can take out. */
export function everyTalkHeld(itinerary: Itinerary): Talk[] {
  return [...itinerary.talks, ...itinerary.cancelled];
}

/** Whether an itinerary has ever been written. */
export function itineraryExists(ctx: Run, store: Store, name: string): boolean {
  return existsSync(itineraryPath(itinerariesFolder(pyconHome(ctx), store.conference.name), name));
}

/**
 * An itinerary to read. The default one is simply empty until written; any
 * other must exist (a typo in -i is said, not shown as an empty itinerary),
 * unless `mayBeNew` (plan --dry-run, which may be planning a new one).
 * `ofFriend`: the name is of another's itinerary, to compare or plan with.
 */
export function openItinerary(ctx: Run, store: Store, name: string, options: { mayBeNew?: boolean; ofFriend?: boolean } = {}): Itinerary {
  const folder = itinerariesFolder(pyconHome(ctx), store.conference.name);
  const path = itineraryPath(folder, name);
  if (name !== DEFAULT_ITINERARY && !options.mayBeNew && !existsSync(path)) {
    const elsewhere = conferencesWithItinerary(ctx, name).filter((conference) => conference !== store.conference.name);
    if (elsewhere.length > 0)
      throw new UserError(`There is no itinerary named ${name} of ${store.conference.name}; ${whichHave(elsewhere)}.`);
    // A friend's itinerary (compare, plan --with) is one that join saved.
    const start = options.ofFriend ? `"pycon join <code> --as ${name}" saves a friend's` : `"pycon add -i ${name} <talk>" starts it`;
    throw new UserError(`There is no itinerary named ${name}; ${yoursAre(itineraryNames(folder))} (${start}).`);
  }
  return joinWithStore(readItinerary(path, name), path, store);
}

/** The conferences pycon has (bundled and imported) that hold an itinerary of this name: "pycon join" may have saved it in another. */
function conferencesWithItinerary(ctx: Run, name: string): string[] {
  const home = pyconHome(ctx);
  return [BUNDLED_CONFERENCE, ...importedConferences(home)].filter((conference) =>
    existsSync(itineraryPath(itinerariesFolder(home, conference), name)),
  );
}

/** `whd24 has one: add --conference whd24`, or the same of several conferences. */
function whichHave(conferences: string[]): string {
  const [only, ...others] = conferences;
  return others.length === 0
    ? `${only} has one: add --conference ${only}`
    : `${conferences.join(', ')} have one: add --conference and one of them`;
}

function joinWithStore(file: ItineraryFile, path: string, store: Store): Itinerary {
  const { talks, missing } = heldTalks(file.talks, store.talks);
  const gone = heldTalks(missing, store.cancelled ?? []);
  const interests = (file.plan as { interests?: unknown } | undefined)?.interests;
  const plannedWith = Array.isArray(interests) ? interests.filter((interest): interest is string => typeof interest === 'string') : [];
  return {
    name: file.name,
    path,
    talks,
    cancelled: gone.talks,
    missing: gone.missing.map((entry) => entry.id),
    plannedWith,
    priorityOf: prioritiesOf(file.talks),
  };
}

/** Each talk's priority as the entries give it (by uid, or by id for entries written before uids); want for any other. */
export function prioritiesOf(entries: ItineraryEntry[]): (talk: Talk) => Priority {
  const priorities = new Map(entries.map((entry) => [entry.uid ?? entry.id, priorityOf(entry)]));
  return (talk) => priorities.get(talk.uid) ?? priorities.get(talk.id) ?? 'want';
}

/** The talks that entries name (by uid, or by id for entries written before uids), in store order, and the entries that name none. */
export function heldTalks(entries: ItineraryEntry[], talks: Talk[]): { talks: Talk[]; missing: ItineraryEntry[] } {
  const uids = new Set(entries.flatMap((entry) => (entry.uid === undefined ? [] : [entry.uid])));
  const ids = new Set(entries.flatMap((entry) => (entry.uid === undefined ? [entry.id] : [])));
  const held = ids.size === 0 ? talksWithUids(talks, uids) : talks.filter((talk) => uids.has(talk.uid) || ids.has(talk.id));
  const heldUids = new Set(held.map((talk) => talk.uid));
  const heldIds = new Set(held.map((talk) => talk.id));
  const missing = entries.filter((entry) => (entry.uid === undefined ? !heldIds.has(entry.id) : !heldUids.has(entry.uid)));
  return { talks: held, missing };
}

/** Changes an itinerary under its lock; the file is written only when `change` reports a change. */
export async function changeItinerary<T>(
  ctx: Run,
  store: Store,
  name: string,
  change: (file: ItineraryFile) => { changed: boolean; result: T },
): Promise<{ itinerary: Itinerary; result: T }> {
  const path = itineraryPath(itinerariesFolder(pyconHome(ctx), store.conference.name), name);
  const { file, result } = await updateItinerary(path, name, lockOwner(ctx), change);
  return { itinerary: joinWithStore(file, path, store), result };
}

/** This run as the holder of a lock, waiting 20 s (or PYCON_LOCK_WAIT seconds) for another writer to finish. */
export function lockOwner(ctx: Run): LockOwner {
  const seconds = Number(ctx.env.PYCON_LOCK_WAIT);
  return { ...ctx, waitMs: ctx.env.PYCON_LOCK_WAIT && seconds >= 0 ? seconds * 1000 : 20_000 };
}

/** Warns, on stderr, of ids the store no longer has: the first few by name, however many there are. */
export function reportMissing(ctx: Run, itinerary: Itinerary): void {
  const { missing } = itinerary;
  if (missing.length === 0) return;
  const [are, them, theyAre] = missing.length === 1 ? ['is', 'it', 'it is'] : ['are', 'them', 'they are'];
  const more = missing.length > MISSING_NAMED ? ` and ${grouped(missing.length - MISSING_NAMED)} more` : '';
  const named = `${missing.slice(0, MISSING_NAMED).join(', ')}${more}`;
  const talks = `${plural(missing.length, 'talk')} in itinerary ${itinerary.name}`;
  tell(
    ctx,
    'stderr',
    `pycon: ${talks} ${are} not in the talk store (${named}); kept, so drop ${them} with "pycon drop ${missing[0]}" if ${theyAre} gone for good.`,
  );
}

const MISSING_NAMED = 5;

/**
 * The talks that arguments name. Each argument names one talk; if some do not,
 * all the words together may name one (`pycon add advanced asyncio`).
 */
export function resolveTalks(store: Store, args: string[], options: { orCancelled?: boolean } = {}): Talk[] {
  return eachNamed(args, (text) => findTalk(store, text, options));
}

/**
 * The talks that arguments name, read as resolveTalks reads them, except
 * that words which could mean several talks mean the one the itinerary
 * holds, when it holds one of them: `drop rust` drops the Rust talk you
 * have, and a title given twice names the slot you have.
 */
export function resolveHeldTalks(store: Store, args: string[], held: Talk[], options: { orCancelled?: boolean } = {}): Talk[] {
  const heldOne = (talks: Talk[]) => {
    const own = talks.filter((talk) => held.includes(talk));
    return own.length === 1 ? own[0] : undefined;
  };
  return eachNamed(args, (text) => {
    let talk: Talk;
    try {
      talk = findTalk(store, text, options);
    } catch (error) {
      const own = error instanceof LookupError && error.problem.kind === 'ambiguous-talk' ? heldOne(error.problem.talks) : undefined;
      if (own) return own;
      throw error;
    }
    // A title names the first of its slots; an id names its own.
    if (held.includes(talk) || text.trim() === talk.id) return talk;
    return heldOne(held.filter((other) => other.title === talk.title)) ?? talk;
  });
}

/** Each argument's talk; if some name none, the one all the words together name (`advanced asyncio`). */
function eachNamed(args: string[], find: (text: string) => Talk): Talk[] {
  try {
    return args.map(find);
  } catch (error) {
    if (args.length > 1 && error instanceof LookupError) {
      try {
        return [find(args.join(' '))];
      } catch {
        throw error;
      }
    }
    throw error;
  }
}
