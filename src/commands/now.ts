import type { Command } from 'commander';
import { renderNowNext } from '../render/nowNext.js';
import { loadStyle } from '../render/style.js';
import { formatDateRange } from '../render/times.js';
import { spanOf, weekdayOf } from '../schedule/time.js';
import { DEFAULT_ITINERARY, openItinerary } from '../itinerary.js';
import { itineraryOption } from './itineraryOption.js';
import { nowAndNext } from '../schedule/timeline.js';
import { currentMoment } from '../session/moments.js';
import { openStore } from '../session/store.js';
import { conferenceZone, timeViewFor } from '../session/zones.js';
import { examples } from './help.js';
import { listedTalks, writeJson } from './output.js';
import type { Run } from '../run.js';

export function registerNow(program: Command, run: () => Run): void {
  itineraryOption(program.command('now').description('in each room, the talk on now and the next one; yours marked ★, and your next talk'))
    .addHelpText('after', examples(['pycon now', 'pycon now --now "sat 14:40"', 'pycon now --json']))
    .action((options: { itinerary: string }) => runNow(run(), options.itinerary));
}

export async function runNow(ctx: Run, itineraryName = DEFAULT_ITINERARY): Promise<void> {
  const store = openStore(ctx);
  const at = await currentMoment(ctx, store);
  const { now, next } = nowAndNext(store, at);
  const itinerary = openItinerary(ctx, store, itineraryName);
  const mine = new Set(itinerary.talks);
  if (ctx.json) {
    const { isoInZone } = await import('../schedule/zoneClock.js');
    return writeJson(ctx, {
      at: isoInZone(at, conferenceZone(store)),
      now: listedTalks(store, itinerary, now),
      next: listedTalks(store, itinerary, next),
    });
  }
  if (now.length === 0 && next.length === 0) {
    const first = store.conference.days[0] ?? '';
    ctx.stdout.write(
      `${store.conference.title} is over: it ran ${formatDateRange(store.conference.days)}; see any day with "pycon timetable ${weekdayOf(first).toLowerCase()}".\n`,
    );
    return;
  }
  const look = { view: await timeViewFor(ctx, store), style: await loadStyle(ctx.color), width: ctx.columns };
  const yourNext = itinerary.talks.find((talk) => spanOf(talk).start > at);
  ctx.stdout.write(renderNowNext(at, store.rooms, now, next, { ...look, mine, yourNext }));
}
