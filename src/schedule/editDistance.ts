/**
 * Optimal string alignment distance: insertions, deletions, substitutions and
 * swaps of neighbours each cost one, so `asyncoi` is one step from `asyncio`.
 * Gives up (returns limit + 1) as soon as the distance must exceed `limit`.
 * Search compares a typed word with every word of a conference, so this is
 * written with three reused rows and plain loops.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Each character of b that a lacks costs an edit at least: most words are given up here.
  let lacking = 0;
  for (let j = 0; j < b.length; j++) if (a.indexOf(b.charAt(j)) === -1 && ++lacking > limit) return limit + 1;
  if (rows[0].length <= b.length) rows = [0, 1, 2].map(() => new Int32Array(b.length + 1)) as typeof rows;
  let [before, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = (previous[j] as number) + 1;
      const inserted = (current[j - 1] as number) + 1;
      if (inserted < value) value = inserted;
      const replaced = (previous[j - 1] as number) + cost;
      if (replaced < value) value = replaced;
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        const swapped = (before[j - 2] as number) + 1;
        if (swapped < value) value = swapped;
      }
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length] as number, limit + 1);
}

/** The three rows, kept between calls: a search makes thousands. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** How many typos a word of this length may carry and still be recognised. */
export function typoAllowance(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/** The one name a user probably meant: the only one that starts with what was typed, else the only one a typo or two away. */
export function meantName(typed: string, names: string[]): string | undefined {
  const starting = names.filter((name) => name.startsWith(typed));
  if (starting.length > 0) return starting.length === 1 ? starting[0] : undefined;
  const near = names.filter((name) => editDistance(typed, name, 2) <= 2);
  return near.length === 1 ? near[0] : undefined;
}
