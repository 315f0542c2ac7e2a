/** Small pieces of output several commands share. */

import { renderColumns } from '../render/columns.js';
import type { TalkMarks } from '../render/look.js';
import type { TimeView } from '../render/times.js';
import type { Run } from '../run.js';
import type { Itinerary } from '../itinerary.js';
import { handlesOf } from '../schedule/handles.js';
import type { Store, Talk } from '../schedule/types.js';

/** On a terminal, names the zone when it is not the conference's own. */
export function writeZoneNote(ctx: Run, view: TimeView): void {
  ctx.stdout.write(zoneNote(view));
}

export function zoneNote(view: TimeView): string {
  return view.isConferenceZone ? '' : `Times in ${view.zone}.\n\n`;
}

/**
 * Who reads a listing, decided in this one place (as gh's tableprinter does):
 * a program asking for --json, a person at a terminal, or a pipe.
 */
export function readerOf(ctx: Run): 'json' | 'people' | 'pipe' {
  return ctx.json ? 'json' : ctx.isTTY ? 'people' : 'pipe';
}

/** A listing for whoever reads it: JSON, what `people` renders, or one tab-separated line a row with ISO times. */
export async function writeListing(
  ctx: Run,
  listing: { json: () => unknown; pipe: () => string; people: () => string | Promise<string> },
): Promise<void> {
  const reader = readerOf(ctx);
  if (reader === 'json') writeJson(ctx, listing.json());
  else ctx.stdout.write(reader === 'people' ? await listing.people() : listing.pipe());
}

/**
 * A listing of rows, for whoever reads it: JSON with --json, aligned columns
 * under a header on a terminal, tab-separated lines without a header for pipes
 * (`pipeRows`, when given, carry the machine's forms, such as ISO times).
 */
export function writeTable(
  ctx: Run,
  table: {
    json: unknown;
    header: string[];
    rows: string[][];
    pipeRows?: string[][];
    rightAligned?: number[];
    /** The column whose cells may be cut with … to fit the terminal. */
    shrink?: number;
  },
): void {
  const reader = readerOf(ctx);
  if (reader === 'json') writeJson(ctx, table.json);
  else if (reader === 'people') {
    const fit = table.shrink === undefined ? undefined : { width: ctx.columns, shrink: table.shrink };
    ctx.stdout.write(renderColumns([table.header, ...table.rows], table.rightAligned, fit));
  } else
    ctx.stdout.write(
      (table.pipeRows ?? table.rows).map((row) => `${row.map((cell) => cell.replace(/[\t\n]/g, ' ')).join('\t')}\n`).join(''),
    );
}

export function writeJson(ctx: Run, value: unknown): void {
  ctx.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * A talk as the lists print it in JSON (search, talks, timetable, now, show):
 * the Talk, with its handle and whether the itinerary in use holds it.
 */
export function listedTalks(store: Store, mine: Itinerary, talks: Talk[]): (Talk & { handle: string; inItinerary: boolean })[] {
  const marks = talkMarks(store, mine);
  return talks.map((talk) => ({ ...talk, handle: marks.handleOf(talk), inItinerary: marks.isMine(talk) }));
}

/** The handle and ★ of each talk of the store, for the itinerary `mine`. */
export function talkMarks(store: Store, mine: Itinerary): TalkMarks {
  const handles = handlesOf(store.talks);
  const held = new Set(mine.talks);
  return { handleOf: (talk) => handles.get(talk), isMine: (talk) => held.has(talk) };
}
