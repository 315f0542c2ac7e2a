/** Moments: now (the clock, or `--now`), a moment a user types, and the date of a moment in a zone. */
import type { Run } from '../run.js';
import { UsageError } from '../errors.js';
import { MOMENT_FORMS, momentForms, readMomentText } from '../schedule/moment.js';
import { inMomentYears, MOMENT_YEARS } from '../schedule/time.js';
import { formatInstant, instantOfWallClock, rulesCover, rulesOf } from '../schedule/zoneOffsets.js';
import type { Store } from '../schedule/types.js';
import { conferenceZone } from './zones.js';

/** Now, as epoch ms: `--now` or PYCON_NOW when given, else the clock. */
export function currentMoment(ctx: Run, store: Store): Promise<number> {
  return ctx.now === undefined ? Promise.resolve(ctx.clock().getTime()) : readMoment('--now', ctx.now, store);
}

/** A moment given to a flag such as `--at` or `--now`, in the conference's zone unless it has an offset. */
export async function readMoment(flag: string, text: string, store: Store): Promise<number> {
  const reading = readMomentText(text, store.conference);
  if (reading === undefined) {
    throw new UsageError(`Cannot read ${flag} "${text}"; use one of these forms: ${(await formsOn(store)).join(', ')}.`);
  }
  const moment = 'ms' in reading ? reading.ms : await instantOnConferenceClock(store, reading.wall);
  if (!inMomentYears(moment)) {
    const [example] = await formsOn(store);
    throw new UsageError(
      `${flag} "${text}" is outside the years ${MOMENT_YEARS.first}–${MOMENT_YEARS.last}; check the year, as in ${example}.`,
    );
  }
  return moment;
}

/** The forms a moment is read in, as examples on the conference's second day (its only one, if it has one), on its clock. */
async function formsOn(store: Store): Promise<string[]> {
  const { days } = store.conference;
  const date = days[1] ?? days[0];
  if (date === undefined) return MOMENT_FORMS;
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, day, 14, 40);
  return momentForms(date, Math.round((wall - (await instantOnConferenceClock(store, wall))) / 60_000));
}

/** The instant a time on the conference's clock names: by its zone rules in their year, else by the tz database. */
async function instantOnConferenceClock(store: Store, wall: number): Promise<number> {
  const rules = rulesOf(store.conference);
  if (rules && rulesCover(rules, wall)) return instantOfWallClock(rules, wall);
  const zone = conferenceZone(store);
  const { instantOfWallClockIn } = await import('../schedule/zoneClock.js');
  return instantOfWallClockIn(zone, wall);
}

/** The calendar date of an instant in the conference's zone: `2019-05-04`. */
export function conferenceDate(store: Store, moment: number): string {
  const rules = rulesOf(store.conference);
  if (rules && rulesCover(rules, moment)) return formatInstant(rules, moment).slice(0, 10);
  const timeZone = conferenceZone(store);
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
}
