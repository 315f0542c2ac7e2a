import type { Command } from 'commander';
import { renderNowNext } from '../render/nowNext.js';
import { loadStyle } from '../render/style.js';
import { formatDateRange } from '../render/times.js';
import { weekdayOf } from '../schedule/time.js';
import { nowAndNext } from '../schedule/timeline.js';
import { currentMoment } from '../session/moments.js';
import { openStore } from '../session/store.js';
import { conferenceZone, timeViewFor } from '../session/zones.js';
import { examples } from './help.js';
import { writeJson } from './output.js';
import type { Run } from '../run.js';

export function registerNow(program: Command, run: () => Run): void {
  program
    .command('now')
    .description('in each room, the talk on now and the next one')
    .addHelpText('after', examples(['pycon now', 'pycon now --now "sat 14:40"', 'pycon now --json']))
    .action(() => runNow(run()));
}

export async function runNow(ctx: Run): Promise<void> {
  const store = openStore(ctx);
  const zone = conferenceZone(store);
  const at = await currentMoment(ctx, store);
  const { now, next } = nowAndNext(store, at);
  if (ctx.json) {
    const { isoInZone } = await import('../schedule/moment.js');
    return writeJson(ctx, { at: isoInZone(at, zone), now, next });
  }
  if (now.length === 0 && next.length === 0) {
    const first = store.conference.days[0] ?? '';
    ctx.stdout.write(
      `${store.conference.title} is over: it ran ${formatDateRange(store.conference.days)}; see any day with "pycon timetable ${weekdayOf(first).toLowerCase()}".\n`,
    );
    return;
  }
  const look = { view: await timeViewFor(ctx, store), style: await loadStyle(ctx.color), width: ctx.columns };
  ctx.stdout.write(renderNowNext(at, store.rooms, now, next, look));
}
