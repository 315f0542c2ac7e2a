import type { Command } from 'commander';
import { weekdayOf } from '../schedule/time.js';
import { openStore } from '../session/store.js';
import { examples } from './help.js';
import { readerOf, writeJson, writeTable } from './output.js';
import { UsageError } from '../errors.js';
import { pyconHome } from '../context.js';
import { lockOwner } from '../itinerary.js';
import { plural } from '../render/words.js';
import { findRoom, findRooms } from '../schedule/query.js';
import { roomSummaries } from '../schedule/roomSummaries.js';
import { DEFAULT_WALK, isBuilding, walkEndHolds } from '../schedule/walks.js';
import { readWalks, saveWalk } from '../store/walksFile.js';
import type { Run } from '../run.js';
import { tell } from '../tell.js';

export function registerRooms(program: Command, run: () => Run): void {
  program
    .command('rooms')
    .description('the rooms, with their talks per day, and the walks set between them')
    .option(
      '--walk <room room minutes...>',
      `set the minutes to walk between two rooms, both ways (${DEFAULT_WALK} where none is set); "K.*" is every room whose name starts "K."`,
    )
    .addHelpText(
      'after',
      examples(['pycon rooms', 'pycon rooms --walk "Saal 1" "Saal G" 5', 'pycon rooms --walk "K.*" "U*" 12', 'pycon rooms --json']),
    )
    .action((options: { walk?: string[] }) => (options.walk ? runWalk(options.walk, run()) : runRooms(run())));
}

/** `rooms --walk <room> <room> <minutes>`: sets a walk for the conference. */
export async function runWalk(words: string[], ctx: Run): Promise<void> {
  if (words.length !== 3) {
    throw new UsageError(
      `--walk takes two rooms and the minutes between them, such as --walk "Saal 1" "Saal G" 5; it got ${plural(words.length, 'word')}.`,
    );
  }
  const [fromText = '', toText = '', minutesText = ''] = words;
  const minutes = Number(minutesText);
  if (!/^\d+$/.test(minutesText.trim()) || minutes > 24 * 60) {
    throw new UsageError(`"${minutesText}" is not a number of minutes; give a whole number such as 5.`);
  }
  const store = openStore(ctx);
  const place = (text: string) => {
    if (!isBuilding(text)) return findRoom(store.rooms, text);
    // Kept as typed, to hold whatever rooms its name covers; findRooms refuses one that holds none now.
    findRooms(store.rooms, text);
    return text;
  };
  const walk = { from: place(fromText), to: place(toText), minutes };
  // A room is no walk from itself; a building to itself (`"K.*" "K.*"`) is the walk between any two of its rooms.
  if (walk.from === walk.to && !isBuilding(walk.from)) {
    throw new UsageError(
      `Both ends of the walk are ${walk.from}, which is no walk from itself; give two rooms, such as --walk "Saal 1" "Saal G" 5.`,
    );
  }
  const walks = await saveWalk(pyconHome(ctx), store.conference.name, walk, lockOwner(ctx));
  if (ctx.json) return writeJson(ctx, { rooms: store.rooms, walks });
  tell(ctx, 'stdout', `Walk between ${walk.from} and ${walk.to}: ${plural(minutes, 'minute')}, either way.`);
}

export function runRooms(ctx: Run): void {
  const store = openStore(ctx);
  const { days } = store.conference;
  const rooms = roomSummaries(store);
  writeTable(ctx, {
    json: rooms,
    header: ['Room', ...days.map((date) => weekdayOf(date).slice(0, 3)), 'Total'],
    rows: rooms.map((room) => [room.name, ...room.days.map((day) => String(day.talks)), String(room.talks)]),
    rightAligned: Array.from({ length: days.length + 1 }, (_, i) => i + 1),
  });
  const walks = readWalks(pyconHome(ctx), store.conference.name);
  if (readerOf(ctx) === 'people' && walks.length > 0) {
    // A walk set before an update took a room away stays saved, and says so.
    const absent = (end: string) => !store.rooms.some((room) => walkEndHolds(end, room));
    const lines = walks.map((walk) => {
      const gone = [walk.from, walk.to].filter(absent);
      return `  ${walk.from} ↔ ${walk.to}: ${plural(walk.minutes, 'minute')}${gone.length > 0 ? ` (not in this schedule: ${gone.join(', ')})` : ''}`;
    });
    ctx.stdout.write(`\nWalks (${DEFAULT_WALK} minutes between any other two rooms):\n${lines.join('\n')}\n`);
  }
}
