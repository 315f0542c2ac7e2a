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
import { roomOption } from './options.js';
import { findRooms } from '../schedule/query.js';
import { listedTalks, writeJson } from './output.js';
import type { Run } from '../run.js';
import { tell } from '../tell.js';

export function registerNow(program: Command, run: () => Run): void {
  itineraryOption(
    roomOption(program.command('now').description('in each room, the talk on now and the next one; yours marked ★, and your next talk')),
  )
    .addHelpText('after', examples(['pycon now', 'pycon now --now "sat 14:40"', 'pycon now --room "K.*"', 'pycon now --json']))
    .action((options: NowOptions) => runNow(run(), options));
}

export interface NowOptions {
  itinerary: string;
  room?: string;
}

export async function runNow(ctx: Run, options: NowOptions = { itinerary: DEFAULT_ITINERARY }): Promise<void> {
  const store = openStore(ctx);
  const at = await currentMoment(ctx, store);
  const rooms = options.room === undefined ? store.rooms : findRooms(store.rooms, options.room);
  const { now, next } = nowAndNext(store, at, rooms);
  const itinerary = openItinerary(ctx, store, options.itinerary);
  const mine = new Set(itinerary.talks);
  if (ctx.json) {
    const { isoInZone } = await import('../schedule/zoneClock.js');
    return writeJson(ctx, {
      at: isoInZone(at, conferenceZone(store)),
      now: listedTalks(store, itinerary, now),
      next: listedTalks(store, itinerary, next),
    });
  }
  if (now.length === 0 && next.length === 0 && options.room !== undefined && rooms.length < store.rooms.length) {
    const elsewhere = nowAndNext(store, at);
    if (elsewhere.now.length > 0 || elsewhere.next.length > 0) {
      const where = rooms.length === 1 ? rooms[0] : `the rooms of ${options.room}`;
      tell(ctx, 'stdout', `Nothing more runs in ${where}; "pycon now" shows every room.`);
      return;
    }
  }
  if (now.length === 0 && next.length === 0) {
    const first = store.conference.days[0] ?? '';
    tell(
      ctx,
      'stdout',
      `${store.conference.title} is over: it ran ${formatDateRange(store.conference.days)}; see any day with "pycon timetable ${weekdayOf(first).toLowerCase()}".`,
    );
    return;
  }
  const look = { view: await timeViewFor(ctx, store), style: await loadStyle(ctx.color), width: ctx.columns };
  const yourNext = itinerary.talks.find((talk) => spanOf(talk).start > at);
  ctx.stdout.write(renderNowNext(at, rooms, now, next, { ...look, mine, yourNext }));
}
