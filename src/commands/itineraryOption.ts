/** The `-i, --itinerary <name>` option every itinerary command takes. */
import type { Command } from 'commander';
import { findConflicts } from '../schedule/conflicts.js';
import { byTime } from '../schedule/time.js';
import { DEFAULT_ITINERARY, type Itinerary } from '../itinerary.js';
import type { Talk } from '../schedule/types.js';
import { writeJson } from './output.js';
import type { Run } from '../run.js';

export function itineraryOption(command: Command): Command {
  return command.option('-i, --itinerary <name>', 'which of your itineraries', DEFAULT_ITINERARY);
}

/**
 * `{name, talks, conflicts}`: what every itinerary command prints as --json.
 * Each talk carries its `priority`; a cancelled one is among the talks,
 * marked `cancelled: true`; `extra` adds fields to some talks (plan's backups).
 */
export function itineraryJson(
  itinerary: Pick<Itinerary, 'name' | 'talks' | 'cancelled' | 'priorityOf'>,
  extra: (talk: Talk) => Record<string, unknown> = () => ({}),
) {
  const withPriority = (talk: Talk) => ({ ...talk, priority: itinerary.priorityOf(talk), ...extra(talk) });
  const cancelled = itinerary.cancelled.map((talk) => ({ ...withPriority(talk), cancelled: true }));
  return {
    name: itinerary.name,
    talks: [...itinerary.talks.map(withPriority), ...cancelled].sort(byTime),
    conflicts: findConflicts(itinerary.talks),
  };
}

export function writeItineraryJson(ctx: Run, itinerary: Itinerary, extra?: (talk: Talk) => Record<string, unknown>): void {
  writeJson(ctx, itineraryJson(itinerary, extra));
}
