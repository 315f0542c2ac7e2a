/**
 * How many of the first `limit` of these ascending numbers are at or below
 * `value`, found by halving: with spans' ends, how many have ended by a
 * time; with lines' starts, one past the line that holds an offset.
 */
export function countAtMost(sorted: readonly number[], value: number, limit = sorted.length): number {
  let low = 0;
  let high = limit;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? Infinity) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
