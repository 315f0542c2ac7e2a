/**
 * Reading dates and instants strictly: `2019-02-30` is no date, whatever
 * Date.parse makes of it.
 */

/** `2019-05-03`, a day that exists. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const moment = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(moment.getTime()) && moment.toISOString().startsWith(text);
}

/** `2019-05-04T12:10:00-04:00`: a date, a time and an offset (or Z). */
export function isIsoInstant(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(text) && isIsoDate(text.slice(0, 10)) && !Number.isNaN(Date.parse(text));
}

/** The years a moment people type may fall in: a typo such as 20199 or 19 is refused rather than believed. */
export const MOMENT_YEARS = { first: 1900, last: 2100 };

export function inMomentYears(moment: number): boolean {
  const year = new Date(moment).getUTCFullYear();
  return year >= MOMENT_YEARS.first && year <= MOMENT_YEARS.last;
}
