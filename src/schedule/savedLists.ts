/**
 * How a list a store's outline saves for a listing command (daySummaries.ts,
 * roomSummaries.ts) is checked when read: an entry for each day or room of
 * the conference, in its order, each with counts that are counts. A list
 * that does not fit is worked out again from the talks, so a stale or
 * edited outline costs time, never a wrong line.
 */

/** Whether `value` is a list of one object for each of `keys`, in order, each naming its key in `field` and passing `fits`. */
export function isListFor(value: unknown, keys: string[], field: string, fits: (entry: Record<string, unknown>) => boolean): boolean {
  return (
    Array.isArray(value) &&
    value.length === keys.length &&
    value.every(
      (entry: unknown, index) =>
        typeof entry === 'object' &&
        entry !== null &&
        (entry as Record<string, unknown>)[field] === keys[index] &&
        fits(entry as Record<string, unknown>),
    )
  );
}

/** Whether `value` is a number of things: a whole number, zero or more. */
export function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
