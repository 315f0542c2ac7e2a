import type { Command } from 'commander';
import type { Ctx } from '../context.js';
import type { Store, Talk } from '../schedule/types.js';
import { renderNowNext } from '../render/nowNext.js';
import { loadStyle } from '../render/style.js';
import { formatDateRange, weekdayOf } from '../render/times.js';
import { currentMoment, openStore, timeViewFor } from '../session.js';
import { examples } from './help.js';
import { writeJson } from './output.js';

export function registerNow(program: Command, ctx: Ctx): void {
  program
    .command('now')
    .description('in each room, the talk on now and the next one')
    .addHelpText('after', examples(['pycon now', 'pycon now --now "sat 14:40"', 'pycon now --json']))
    .action(() => runNow(ctx));
}

/** In each room, the talk running at `at` and the first one starting at or after it. */
export function nowAndNext(store: Store, at: number): { now: Talk[]; next: Talk[] } {
  const now: Talk[] = [];
  const next: Talk[] = [];
  for (const room of store.rooms) {
    const inRoom = store.talks.filter((talk) => talk.room === room);
    const current = inRoom.find((talk) => Date.parse(talk.start) <= at && at < Date.parse(talk.end));
    const coming = inRoom.filter((talk) => Date.parse(talk.start) >= at).sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];
    if (current) now.push(current);
    if (coming) next.push(coming);
  }
  return { now, next };
}

export async function runNow(ctx: Ctx): Promise<void> {
  const store = openStore(ctx);
  const at = await currentMoment(ctx, store);
  const { now, next } = nowAndNext(store, at);
  if (ctx.json) {
    const { isoInZone } = await import('../schedule/moment.js');
    return writeJson(ctx, { at: isoInZone(at, store.conference.timezone), now, next });
  }
  if (now.length === 0 && next.length === 0) {
    const first = store.conference.days[0] ?? '';
    ctx.stdout.write(`${store.conference.name} is over: it ran ${formatDateRange(store.conference.days)}; see any day with "pycon timetable ${weekdayOf(first).toLowerCase()}".\n`);
    return;
  }
  const look = { view: await timeViewFor(ctx, store), style: await loadStyle(ctx.color), width: ctx.columns };
  ctx.stdout.write(renderNowNext(at, store.rooms, now, next, look));
}
