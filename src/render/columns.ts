/** Plain aligned columns, for small listings that need no table borders. */
import { displayWidth, padEnd, truncate } from './wrap.js';

/** Spaces between columns. */
const GAP = 2;

/**
 * Rows as aligned columns. Given `fit`, the `shrink` column's cells (a title)
 * are cut with … so that the lines fit `width`, down to its header's width;
 * where even that is too wide, the column is left out: cut shorter than its
 * header, a title says next to nothing, and the line would run over the
 * screen's edge, to be broken by the terminal in the middle of a word.
 */
export function renderColumns(rows: string[][], rightAligned: number[] = [], fit?: { width: number; shrink: number }): string {
  const widths = widthsOf(rows);
  const over = widths.reduce((sum, width) => sum + width, 0) + GAP * (widths.length - 1) - (fit?.width ?? Number.POSITIVE_INFINITY);
  if (fit && over > 0) {
    const { shrink } = fit;
    const least = displayWidth(rows[0]?.[shrink] ?? '');
    const cut = (widths[shrink] ?? 0) - over;
    if (cut < least) {
      const without = rows.map((row) => row.filter((_, i) => i !== shrink));
      return renderColumns(
        without,
        rightAligned.filter((i) => i !== shrink).map((i) => (i > shrink ? i - 1 : i)),
      );
    }
    widths[shrink] = cut;
    rows = rows.map((row) => row.map((cell, i) => (i === shrink ? truncate(cell, cut) : cell)));
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

/** Each column's width: its widest cell's. */
function widthsOf(rows: string[][]): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  return widths;
}
