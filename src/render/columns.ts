/** Plain aligned columns, for small listings that need no table borders. */
import { displayWidth, padEnd } from './wrap.js';

export function renderColumns(rows: string[][], rightAligned: number[] = []): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const width = widths[i] ?? 0;
          if (rightAligned.includes(i)) return ' '.repeat(width - displayWidth(cell)) + cell;
          return i === row.length - 1 ? cell : padEnd(cell, width);
        })
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}
