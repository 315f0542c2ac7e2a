/**
 * Draws a box grid whose cells may span several rows, like:
 *
 *   ┌───────┬──────────┐
 *   │ 13:40 │ Mocking  │
 *   ├───────┤ and      │
 *   │ 13:55 │ Patching │
 *   └───────┴──────────┘
 *
 * Cells hold lines that already fit their column: wrapping is the caller's.
 */
import { displayWidth } from './wrap.js';

export interface GridCell {
  lines: string[];
  /** How many rows the cell covers, from its own down; the rows below hold null there. */
  rowSpan: number;
}

/** One row: a cell per column, or null where a cell from a row above spans. */
export type GridRow = (GridCell | null)[];

interface Placed {
  cell: GridCell;
  /** The row the cell starts in. */
  top: number;
}

const EMPTY: Placed = { cell: { lines: [], rowSpan: 1 }, top: 0 };

/**
 * `rulesBetweenRows: false` draws a rule under the first row (the header)
 * only: a compact grid, where a spanning cell's lines run on down its rows.
 */
export function drawGrid(widths: number[], rows: GridRow[], options: { rulesBetweenRows?: boolean } = {}): string {
  const ruled = (r: number) => r === 0 || options.rulesBetweenRows !== false;
  const placed = placeCells(widths.length, rows);
  const heights = rowHeights(rows);
  /** The first text line of each row, counting separator lines, for spanning cells. */
  const starts: number[] = [];
  let next = 0;
  heights.forEach((height, r) => {
    starts.push(next);
    next += height + (ruled(r) ? 1 : 0);
  });
  // A column's blank segment and rule are made once: a grid has hundreds of each.
  const blanks = widths.map((width) => ' '.repeat(width + 2));
  const rules = widths.map((width) => '─'.repeat(width + 2));
  /** Line `line` of the grid in column `c`, where the cell placed there shows it: padded to the column, or blank. */
  const segment = ({ cell, top }: Placed, line: number, c: number) => {
    const index = line - (starts[top] ?? 0);
    const text = cell.lines[index];
    if (text === undefined || text === '') return blanks[c] as string;
    return ` ${text}${spaces((widths[c] ?? 0) - displayWidth(text))} `;
  };
  const columns = widths.length;

  const out = [`┌${rules.join('┬')}┐`];
  rows.forEach((_, r) => {
    const here = placed[r] ?? [];
    const first = starts[r] ?? 0;
    for (let line = first; line < first + (heights[r] ?? 0); line++) {
      let text = '│';
      for (let c = 0; c < columns; c++) text += `${segment(here[c] ?? EMPTY, line, c)}│`;
      out.push(text);
    }
    if (r === rows.length - 1 || !ruled(r)) return;
    // Between rows: a rule under each cell that ends here, text where a cell spans on.
    const below = placed[r + 1] ?? [];
    const line = first + (heights[r] ?? 0);
    let text = below[0] === here[0] ? '│' : '├';
    for (let c = 0; c < columns; c++) {
      const spans = below[c] === here[c];
      text += spans ? segment(here[c] ?? EMPTY, line, c) : rules[c];
      if (c === columns - 1) text += spans ? '│' : '┤';
      else text += junction(!spans, below[c + 1] !== here[c + 1]);
    }
    out.push(text);
  });
  out.push(`└${rules.join('┴')}┘`);
  return out.join('\n');
}

/** Padding: a few dozen lengths, each made once. */
const made: string[] = [];
function spaces(count: number): string {
  if (count <= 0) return '';
  made[count] ??= ' '.repeat(count);
  return made[count];
}

function junction(ruleLeft: boolean, ruleRight: boolean): string {
  if (ruleLeft && ruleRight) return '┼';
  if (ruleLeft) return '┤';
  if (ruleRight) return '├';
  return '│';
}

/** For each row and column, the cell shown there (a spanning cell repeats down its rows). */
function placeCells(columns: number, rows: GridRow[]): Placed[][] {
  const placed: Placed[][] = [];
  rows.forEach((row, r) => {
    const line: Placed[] = [];
    for (let c = 0; c < columns; c++) {
      const cell = row[c];
      line.push(cell ? { cell, top: r } : (placed[r - 1]?.[c] ?? { cell: { lines: [], rowSpan: 1 }, top: r }));
    }
    placed.push(line);
  });
  return placed;
}

/** Each row as tall as its tallest own cell; a spanning cell too tall for its rows stretches the last. */
function rowHeights(rows: GridRow[]): number[] {
  const heights = rows.map((row) => Math.max(1, ...row.map((cell) => (cell && cell.rowSpan === 1 ? cell.lines.length : 0))));
  rows.forEach((row, r) => {
    // Indexed: in code V8 has not optimized yet, as a command's is, a for…of makes an object a step.
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell || cell.rowSpan === 1) continue;
      const last = Math.min(rows.length, r + cell.rowSpan) - 1;
      let room = last - r;
      for (let k = r; k <= last; k++) room += heights[k] ?? 0;
      if (cell.lines.length > room) heights[last] = (heights[last] ?? 0) + cell.lines.length - room;
    }
  });
  return heights;
}
