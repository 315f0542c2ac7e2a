/** The `-i, --itinerary <name>` option every itinerary command takes. */
import type { Command } from 'commander';
import { findConflicts } from '../schedule/conflicts.js';
import { byTime } from '../schedule/time.js';
import { DEFAULT_ITINERARY, type Itinerary } from '../itinerary.js';
import { writeJson } from './output.js';
import type { Run } from '../run.js';

export function itineraryOption(command: Command): Command {
  return command.option('-i, --itinerary <name>', 'which of your itineraries', DEFAULT_ITINERARY);
}

/** `{name, talks, conflicts}`: what every itinerary command prints as --json; a cancelled talk is among the talks, marked `cancelled: true`. */
export function itineraryJson(itinerary: Pick<Itinerary, 'name' | 'talks' | 'cancelled'>) {
  const cancelled = itinerary.cancelled.map((talk) => ({ ...talk, cancelled: true }));
  return { name: itinerary.name, talks: [...itinerary.talks, ...cancelled].sort(byTime), conflicts: findConflicts(itinerary.talks) };
}

export function writeItineraryJson(ctx: Run, itinerary: Itinerary): void {
  writeJson(ctx, itineraryJson(itinerary));
}
