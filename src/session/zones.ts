/** Time zones: the conference's (checked when first needed), the one to show times in, and a zone a user types. */
import type { Run } from '../run.js';
import { UsageError, UserError } from '../errors.js';
import type { Store, TzData } from '../schedule/types.js';
import { conferenceTimeView, type TimeView, zoneTimeView } from '../render/times.js';
import { rulesOf } from '../schedule/zoneOffsets.js';
import { conferenceOfStore, readOriginIn } from '../store/conferences.js';
import { shellWord } from '../render/words.js';
import { pathOfStore } from './store.js';
import { dirname } from 'node:path';

const checkedZones = new WeakSet<Store>();

/**
 * The conference's zone, checked against the tz database by the commands
 * that ask it for dates in that zone (which load ICU then anyway). Loading a
 * store checks only the name's shape: ICU costs 20-30 ms, which commands
 * that print the stored times or compare instants never need to pay.
 */
export function conferenceZone(store: Store): string {
  const zone = store.conference.timezone;
  if (!checkedZones.has(store)) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
    } catch {
      throw new UserError(`The talk store's time zone "${zone}" is not one this system knows; ${zoneAdvice(store)}.`);
    }
    checkedZones.add(store);
  }
  return zone;
}

/** How to give a store a zone this system knows: a conference's by importing it again with --zone, any other by hand. */
function zoneAdvice(store: Store): string {
  const path = pathOfStore(store);
  const conference = path === undefined ? undefined : conferenceOfStore(path);
  if (path === undefined || conference === undefined) {
    return 'set its "timezone" to an IANA name such as Europe/Berlin, or rebuild it with "pycon parse"';
  }
  const source = readOriginIn(dirname(path))?.source ?? '<file or URL>';
  return `import ${conference} again with one it does: "pycon import ${shellWord(source)} --as ${conference} --zone <zone>", the zone an IANA name such as Europe/Berlin`;
}

/** The zone to show times in: `--tz`, `local`, or the conference's. */
export function displayZone(ctx: Run, store: Store): string {
  if (ctx.tz === undefined) return store.conference.timezone;
  return ctx.tz === 'local' ? ctx.localZone() : ctx.tz;
}

export async function timeViewFor(ctx: Run, store: Store): Promise<TimeView> {
  const checkZone = () => void conferenceZone(store);
  const view = await zoneTimeView(displayZone(ctx, store), store.conference.timezone, rulesOf(store.conference), checkZone);
  if (view.isConferenceZone) return view;
  // Another zone: the conference's own clock goes beside it, named by the place.
  const { location, timezone } = store.conference;
  const place = location.split(',')[0]?.trim() || (timezone.split('/').pop() ?? timezone).replace(/_/g, ' ');
  return { ...view, home: { view: conferenceTimeView(timezone, rulesOf(store.conference), checkZone), place } };
}

/**
 * Checks a `--tz` value (or, with `example`, another zone option's) and
 * returns its IANA name: as typed when the tz database has a zone by that
 * very name, else as ICU writes it (`europe/berlin` is Europe/Berlin). ICU
 * calls some zones by older names, Asia/Calcutta for Asia/Kolkata and
 * Europe/Kiev for Europe/Kyiv, which some systems no longer install.
 */
export function checkZone(zone: string, localZone: () => string, tzdata: TzData, example?: string): string {
  if (zone === 'local' && example === undefined) return zone;
  try {
    const named = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    return named !== zone && tzdata(zone) !== undefined ? zone : named;
  } catch {
    const use = example ?? `--tz Europe/Berlin, or --tz local (here ${localZone()})`;
    throw new UsageError(`Unknown time zone "${zone}"; use an IANA name such as ${use}.`);
  }
}
