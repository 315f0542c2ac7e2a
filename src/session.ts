/**
 * What commands share, resolved from the Ctx on first use: the talk store,
 * the current moment, the zone to show times in, and the day a user names.
 */
import type { Ctx } from './context.js';
import { UsageError, UserError } from './errors.js';
import { findDay, findRoom, type TalkFilter } from './schedule/query.js';
import { inMomentYears, MOMENT_YEARS } from './schedule/time.js';
import type { Store } from './schedule/types.js';
import { loadStore } from './store/loadStore.js';
import { type TimeView, zoneTimeView } from './render/times.js';

const stores = new WeakMap<Ctx, Store>();

/** The talk store this run uses, read and checked once. */
export function openStore(ctx: Ctx): Store {
  let store = stores.get(ctx);
  if (!store) {
    store = loadStore(ctx.storePath);
    stores.set(ctx, store);
  }
  return store;
}

const checkedZones = new WeakSet<Store>();

/**
 * The conference's zone, checked against the tz database the first time a
 * command works with dates in it. Loading a store checks only the name's
 * shape: asking ICU costs 20-30 ms, which commands that print the stored
 * times never need to pay.
 */
export function conferenceZone(store: Store): string {
  const zone = store.conference.timezone;
  if (!checkedZones.has(store)) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
    } catch {
      throw new UserError(
        `The talk store's time zone "${zone}" is not one this system knows; set its "timezone" to an IANA name such as Europe/Berlin, or rebuild it with "pycon parse".`,
      );
    }
    checkedZones.add(store);
  }
  return zone;
}

/** Now, as epoch ms: `--now` or PYCON_NOW when given, else the clock. */
export function currentMoment(ctx: Ctx, store: Store): Promise<number> {
  conferenceZone(store);
  return ctx.now === undefined ? Promise.resolve(ctx.clock().getTime()) : readMoment('--now', ctx.now, store);
}

/** A moment given to a flag such as `--at` or `--now`, in the conference's zone unless it has an offset. */
export async function readMoment(flag: string, text: string, store: Store): Promise<number> {
  conferenceZone(store);
  const { parseMoment, MOMENT_FORMS } = await import('./schedule/moment.js');
  const moment = parseMoment(text, store.conference);
  if (moment === undefined) throw new UsageError(`Cannot read ${flag} "${text}"; use one of these forms: ${MOMENT_FORMS.join(', ')}.`);
  if (!inMomentYears(moment)) {
    throw new UsageError(
      `${flag} "${text}" is outside the years ${MOMENT_YEARS.first}–${MOMENT_YEARS.last}; check the year, as in ${MOMENT_FORMS[0]}.`,
    );
  }
  return moment;
}

/** The calendar date of an instant in a zone: `2019-05-04`. */
export function dateIn(zone: string, moment: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
}

/** The zone to show times in: `--tz`, `local`, or the conference's. */
export function displayZone(ctx: Ctx, store: Store): string {
  if (ctx.tz === undefined) return store.conference.timezone;
  return ctx.tz === 'local' ? ctx.localZone() : ctx.tz;
}

export function timeViewFor(ctx: Ctx, store: Store): Promise<TimeView> {
  return zoneTimeView(displayZone(ctx, store), store.conference.timezone);
}

/** A `<day>` argument as a conference date. */
export async function resolveDay(ctx: Ctx, store: Store, text: string): Promise<string> {
  const relative = /^\s*(today|tomorrow)\s*$/i.test(text);
  const today = relative ? dateIn(store.conference.timezone, await currentMoment(ctx, store)) : '';
  return findDay(text, { days: store.conference.days, today: () => today });
}

/** Checks a `--tz` value (or, with `example`, another zone option's) and returns its canonical IANA name. */
export function checkZone(zone: string, localZone: () => string, example?: string): string {
  if (zone === 'local' && example === undefined) return zone;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    const use = example ?? `--tz Europe/Berlin, or --tz local (here ${localZone()})`;
    throw new UsageError(`Unknown time zone "${zone}"; use an IANA name such as ${use}.`);
  }
}

export interface FilterFlags {
  day?: string | undefined;
  room?: string | undefined;
  speaker?: string | undefined;
}

/** `--day`, `--room` and `--speaker` as a TalkFilter. */
export async function resolveFilter(ctx: Ctx, store: Store, flags: FilterFlags): Promise<TalkFilter> {
  return {
    date: flags.day === undefined ? undefined : await resolveDay(ctx, store, flags.day),
    room: flags.room === undefined ? undefined : findRoom(store.rooms, flags.room),
    speaker: flags.speaker,
  };
}
