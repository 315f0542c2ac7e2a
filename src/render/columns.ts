/** Plain aligned columns, for small listings that need no table borders. */
import { displayWidth, padEnd, truncate } from './wrap.js';

/** Spaces between columns. */
const GAP = 2;

/**
 * Rows as aligned columns. Given `fit`, the `shrink` column's cells (a title)
 * are cut with … so that the lines fit `width`, down to its header's width.
 */
export function renderColumns(rows: string[][], rightAligned: number[] = [], fit?: { width: number; shrink: number }): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  const over = widths.reduce((sum, width) => sum + width, 0) + GAP * (widths.length - 1) - (fit?.width ?? Number.POSITIVE_INFINITY);
  if (fit && over > 0) {
    const least = displayWidth(rows[0]?.[fit.shrink] ?? '');
    const cut = Math.max(least, (widths[fit.shrink] ?? 0) - over);
    widths[fit.shrink] = cut;
    rows = rows.map((row) => row.map((cell, i) => (i === fit.shrink ? truncate(cell, cut) : cell)));
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const width = widths[i] ?? 0;
          if (rightAligned.includes(i)) return ' '.repeat(width - displayWidth(cell)) + cell;
          return i === row.length - 1 ? cell : padEnd(cell, width);
        })
        .join(' '.repeat(GAP))
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}
