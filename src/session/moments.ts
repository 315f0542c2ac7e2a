/** Moments: now (the clock, or `--now`), a moment a user types, and the date of a moment in a zone. */
import type { Run } from '../run.js';
import { UsageError } from '../errors.js';
import { tell } from '../tell.js';
import { MOMENT_FORMS, momentForms, readMomentText } from '../schedule/moment.js';
import { inMomentYears, MOMENT_YEARS, spanOf } from '../schedule/time.js';
import { firstStartOf } from '../schedule/daySummaries.js';
import { instantOfWallClock, rulesCover, rulesOf } from '../schedule/zoneOffsets.js';
import type { Store } from '../schedule/types.js';
import { compareText } from '../schedule/text.js';
import { nowAndNext } from '../schedule/timeline.js';
import { conferenceTimeView, type TimeView } from '../render/times.js';
import { conferenceZone } from './zones.js';

/** Now, as epoch ms: `--now` or PYCON_NOW when given, else the clock. Read once in a run, however often asked. */
export function currentMoment(ctx: Run, store: Store): Promise<number> {
  let moment = nowOf.get(ctx);
  if (moment === undefined) {
    // Named as the user gave it: PYCON_NOW is set in a shell, and may be forgotten there.
    const flag = ctx.now === ctx.env.PYCON_NOW ? 'PYCON_NOW' : '--now';
    moment = ctx.now === undefined ? Promise.resolve(ctx.clock().getTime()) : readMoment(ctx, flag, ctx.now, store);
    nowOf.set(ctx, moment);
  }
  return moment;
}

const nowOf = new WeakMap<Run, Promise<number>>();

/**
 * A moment given to a flag such as `--at` or `--now`, in the conference's
 * zone unless it has an offset. A time the clocks skip (02:30 as summer
 * time starts) is read an hour on, as calendars read it, with a warning.
 */
export async function readMoment(ctx: Run, flag: string, text: string, store: Store): Promise<number> {
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
  if ('wall' in reading) {
    const shown = conferenceClock(store).localMs(moment);
    // To the minute, as the clock shows it: a time typed with seconds is compared by its minute.
    const typed = new Date(reading.wall).toISOString();
    if (`${shown.date}T${shown.time}` !== typed.slice(0, 16)) {
      // `03:30`, or `2025-03-30 03:30` should the skip cross midnight.
      const time = shown.date === typed.slice(0, 10) ? shown.time : `${shown.date} ${shown.time}`;
      tell(
        ctx,
        'stderr',
        `${flag} "${text}" is a time the clocks skip in ${conferenceZone(store)}, as they go forward; it is read as ${time}.`,
      );
    }
  }
  return moment;
}

/** The conference's own clock: by its zone rules in their year, else by the tz database, its zone checked (and ICU started) only then. */
function conferenceClock(store: Store): TimeView {
  return conferenceTimeView(store.conference.timezone, rulesOf(store.conference), () => void conferenceZone(store));
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

/**
 * The conference day it is at a moment: the calendar date on the
 * conference's clock, but past midnight, while a talk of an earlier day is
 * on that ends before this day's first talk (a film at 00:30, which
 * schedules list under its evening), the conference day before. A talk that
 * runs on into this day's talks (a hackathon of two nights) is this day's
 * too: its grid shows it.
 */
export function conferenceToday(store: Store, moment: number): string {
  const calendarDay = conferenceDate(store, moment);
  const dayStarts = firstStartOf(store, calendarDay) ?? Number.POSITIVE_INFINITY;
  const eveningOn = nowAndNext(store, moment).now.some((talk) => talk.date < calendarDay && spanOf(talk).end <= dayStarts);
  const dayBefore = store.conference.days
    .filter((date) => date < calendarDay)
    .sort(compareText)
    .pop();
  return eveningOn && dayBefore !== undefined ? dayBefore : calendarDay;
}

/** The calendar date of an instant in the conference's zone: `2019-05-04`. */
export function conferenceDate(store: Store, moment: number): string {
  return conferenceClock(store).localMs(moment).date;
}
