/** Time zones: the conference's (checked when first needed), the one to show times in, and a zone a user types. */
import type { Run } from '../run.js';
import { UsageError, UserError } from '../errors.js';
import type { Store, TzData } from '../schedule/types.js';
import { conferenceTimeView, type TimeView, zoneTimeView } from '../render/times.js';
import { fixedZone, rulesOf } from '../schedule/zoneOffsets.js';
import { conferenceOfStore, readOriginIn } from '../store/conferences.js';
import { shellWord } from '../render/words.js';
import { meantName } from '../schedule/editDistance.js';
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

/** A zone option other than --tz, and a zone to give it as an example: `{ flag: '--zone', example: 'Europe/Brussels' }`. */
export interface ZoneOption {
  flag: string;
  example: string;
}

/**
 * Checks a `--tz` value (or, with `option`, another zone option's) and
 * returns its IANA name: as typed when the tz database has a zone by that
 * very name, else as ICU writes it (`europe/berlin` is Europe/Berlin). ICU
 * calls some zones by older names, Asia/Calcutta for Asia/Kolkata and
 * Europe/Kiev for Europe/Kyiv, which some systems no longer install.
 */
export function checkZone(zone: string, localZone: () => string, tzdata: TzData, option?: ZoneOption): string {
  if (zone === 'local' && option === undefined) return zone;
  try {
    const named = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    return named !== zone && tzdata(zone) !== undefined ? zone : named;
  } catch {
    const flag = option?.flag ?? '--tz';
    const offset = etcZoneOf(zone);
    if (offset === 'UTC') throw new UsageError(`Unknown time zone "${zone}"; did you mean ${flag} UTC?`);
    if (offset !== undefined) {
      throw new UsageError(
        `Unknown time zone "${zone}"; a fixed offset is ${flag} ${offset} (the tz database turns its sign round), but a place's zone, such as ${flag} ${option?.example ?? 'Europe/Berlin'}, also knows its summer time.`,
      );
    }
    const meant = meantZone(zone);
    if (meant !== undefined) throw new UsageError(`Unknown time zone "${zone}"; did you mean ${flag} ${meant}?`);
    const use = option ? `${flag} ${option.example}` : `--tz Europe/Berlin, or --tz local (here ${localZone()})`;
    throw new UsageError(`Unknown time zone "${zone}"; use an IANA name such as ${use}.`);
  }
}

/** `+01:00`, `UTC+1` or `GMT-05` as the tz database names that fixed offset (`Etc/GMT-1`, `Etc/GMT+5`, `UTC`); undefined for any other text, or an offset of part of an hour, which it has no name for. */
export function etcZoneOf(text: string): string | undefined {
  const found = /^(?:utc|gmt)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(text.trim());
  if (!found) return undefined;
  const [, sign, hours = '', minutes = '00'] = found;
  const hour = Number(hours);
  if (minutes !== '00' || hour > (sign === '+' ? 14 : 12)) return undefined;
  return fixedZone((sign === '+' ? 60 : -60) * hour);
}

/** The zone a name ICU does not know probably means: the one zone of that city (`tokyo`, `new york`), else the one a typo or two away (`Europe/Berlinn`). */
export function meantZone(typed: string): string | undefined {
  const key = (name: string) => name.trim().toLowerCase().replace(/ /g, '_');
  const zones = Intl.supportedValuesOf('timeZone');
  const city = zones.filter((zone) => key(zone.slice(zone.lastIndexOf('/') + 1)) === key(typed));
  if (city.length === 1) return city[0];
  const keys = zones.map(key);
  const meant = meantName(key(typed), keys);
  return meant === undefined ? undefined : zones[keys.indexOf(meant)];
}
