/** Small pieces of output several commands share. */

import { renderColumns } from '../render/columns.js';
import type { TimeView } from '../render/times.js';
import type { Run } from '../run.js';

/** On a terminal, names the zone when it is not the conference's own. */
export function writeZoneNote(ctx: Run, view: TimeView): void {
  if (!view.isConferenceZone) ctx.stdout.write(`Times in ${view.zone}.\n\n`);
}

/**
 * A listing of rows, for whoever reads it: JSON with --json, aligned columns
 * under a header on a terminal, tab-separated lines without a header for pipes
 * (`pipeRows`, when given, carry the machine's forms, such as ISO times).
 */
export function writeTable(
  ctx: Run,
  table: { json: unknown; header: string[]; rows: string[][]; pipeRows?: string[][]; rightAligned?: number[] },
): void {
  if (ctx.json) writeJson(ctx, table.json);
  else if (ctx.isTTY) ctx.stdout.write(renderColumns([table.header, ...table.rows], table.rightAligned));
  else
    ctx.stdout.write(
      (table.pipeRows ?? table.rows).map((row) => `${row.map((cell) => cell.replace(/[\t\n]/g, ' ')).join('\t')}\n`).join(''),
    );
}

export function writeJson(ctx: Run, value: unknown): void {
  ctx.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
