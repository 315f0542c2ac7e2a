import type { Command } from 'commander';
import { weekdayOf } from '../schedule/time.js';
import { openStore } from '../session/store.js';
import { examples } from './help.js';
import { writeTable } from './output.js';
import type { Run } from '../run.js';

export function registerRooms(program: Command, run: () => Run): void {
  program
    .command('rooms')
    .description('the rooms, with their talks per day')
    .addHelpText('after', examples(['pycon rooms', 'pycon rooms --json']))
    .action(() => runRooms(run()));
}

export function runRooms(ctx: Run): void {
  const store = openStore(ctx);
  const { days } = store.conference;
  const rooms = store.rooms.map((name) => {
    const talks = store.talks.filter((talk) => talk.room === name);
    return { name, talks: talks.length, days: days.map((date) => ({ date, talks: talks.filter((talk) => talk.date === date).length })) };
  });
  writeTable(ctx, {
    json: rooms,
    header: ['Room', ...days.map((date) => weekdayOf(date).slice(0, 3)), 'Total'],
    rows: rooms.map((room) => [room.name, ...room.days.map((day) => String(day.talks)), String(room.talks)]),
    rightAligned: Array.from({ length: days.length + 1 }, (_, i) => i + 1),
  });
}
