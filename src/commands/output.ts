/** Small pieces of output several commands share. */
import type { Ctx } from '../context.js';
import type { TimeView } from '../render/times.js';

/** On a terminal, names the zone when it is not the conference's own. */
export function writeZoneNote(ctx: Ctx, view: TimeView): void {
  if (!view.isConferenceZone) ctx.stdout.write(`Times in ${view.zone}.\n\n`);
}

export function writeJson(ctx: Ctx, value: unknown): void {
  ctx.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
