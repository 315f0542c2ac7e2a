/** Moments: now (the clock, or `--now`), a moment a user types, and the date of a moment in a zone. */
import type { Run } from '../run.js';
import { UsageError } from '../errors.js';
import { inMomentYears, MOMENT_YEARS } from '../schedule/time.js';
import type { Store } from '../schedule/types.js';
import { conferenceZone } from './zones.js';

/** Now, as epoch ms: `--now` or PYCON_NOW when given, else the clock. */
export function currentMoment(ctx: Run, store: Store): Promise<number> {
  return ctx.now === undefined ? Promise.resolve(ctx.clock().getTime()) : readMoment('--now', ctx.now, store);
}

/** A moment given to a flag such as `--at` or `--now`, in the conference's zone unless it has an offset. */
export async function readMoment(flag: string, text: string, store: Store): Promise<number> {
  conferenceZone(store);
  const { parseMoment, MOMENT_FORMS } = await import('../schedule/moment.js');
  const moment = parseMoment(text, store.conference);
  if (moment === undefined) throw new UsageError(`Cannot read ${flag} "${text}"; use one of these forms: ${MOMENT_FORMS.join(', ')}.`);
  if (!inMomentYears(moment)) {
    throw new UsageError(
      `${flag} "${text}" is outside the years ${MOMENT_YEARS.first}–${MOMENT_YEARS.last}; check the year, as in ${MOMENT_FORMS[0]}.`,
    );
  }
  return moment;
}

/** The calendar date of an instant in the conference's zone: `2019-05-04`. */
export function conferenceDate(store: Store, moment: number): string {
  const timeZone = conferenceZone(store);
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
}
