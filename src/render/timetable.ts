/**
 * A day as a grid: a row per start time, a column per room. Each talk shows
 * its end, since 30- and 45-minute talks start together, and spans the rows
 * of the talks that start while it runs. The grid never grows wider than the
 * width it is given: titles wrap inside their cells. A day of more rooms than
 * fit side by side (FOSDEM has about 60) is drawn as panels, each a full grid
 * of a few rooms with its own times, labelled "rooms 5–8 of 40".
 */
import { runsAt, spanOf } from '../schedule/time.js';
import type { Talk } from '../schedule/types.js';
import { drawGrid, type GridRow } from './grid.js';
import { formatLongDate } from './times.js';
import { wrapText } from './wrap.js';
import type { Look } from './look.js';

export interface TimetableLook extends Look {
  /** Ids of the user's talks, marked ★. */
  mine: Set<string>;
  /** The moment whose running talks are highlighted as on now. */
  now?: number | undefined;
}

const TIME_COLUMN = 7;
const MAX_ROOM_COLUMN = 34;
/** Narrower than this per room, a grid is unreadable: the day is listed instead. */
const MIN_ROOM_TEXT = 8;
/** Rooms split into panels get at least this much text per line. */
const PANEL_ROOM_TEXT = 14;

export function renderTimetable(date: string, rooms: string[], talks: Talk[], look: TimetableLook): string {
  const heading = `${formatLongDate(date)} · times in ${look.view.zone}`;
  const legend = legendFor(talks, look);
  return `${[look.style.heading(heading), ...(legend ? [look.style.dim(legend)] : []), renderBody(rooms, talks, look)].join('\n')}\n`;
}

function renderBody(rooms: string[], talks: Talk[], look: TimetableLook): string {
  const widths = columnWidths(rooms.length, look.width, MIN_ROOM_TEXT);
  if (widths) return renderGrid(rooms, talks, widths, look);
  // Too many rooms for one grid: leave out those with nothing on this day, then split the rest.
  const used = rooms.filter((room) => talks.some((talk) => talk.room === room));
  const usedWidths = columnWidths(used.length, look.width, MIN_ROOM_TEXT);
  if (usedWidths) return renderGrid(used, talks, usedWidths, look);
  const perPanel = roomsThatFit(look.width);
  if (perPanel === 0) return renderNarrow(used, talks, look);
  const panels = Math.ceil(used.length / perPanel);
  const size = Math.ceil(used.length / panels);
  const out: string[] = [];
  for (let first = 0; first < used.length; first += size) {
    const panel = used.slice(first, first + size);
    const label = `rooms ${first + 1}–${first + panel.length} of ${used.length}`;
    const inPanel = talks.filter((talk) => panel.includes(talk.room));
    out.push(look.style.dim(label), renderGrid(panel, inPanel, columnWidths(panel.length, look.width, MIN_ROOM_TEXT) ?? [], look));
  }
  return out.join('\n');
}

/** How many rooms a panel holds at this width with PANEL_ROOM_TEXT each (or fewer if only fewer fit at all). */
function roomsThatFit(width: number): number {
  let count = 0;
  while (columnWidths(count + 1, width, PANEL_ROOM_TEXT)) count++;
  if (count === 0 && columnWidths(1, width, MIN_ROOM_TEXT)) return 1;
  return count;
}

function legendFor(talks: Talk[], look: TimetableLook): string {
  const parts: string[] = [];
  if (talks.some((talk) => look.mine.has(talk.id))) parts.push('★ in your itinerary');
  if (talks.some((talk) => isOnNow(talk, look.now))) parts.push('▶ on now');
  return parts.join(' · ');
}

function isOnNow(talk: Talk, now: number | undefined): boolean {
  return now !== undefined && runsAt(talk, now);
}

/** Column widths including padding, or undefined when the rooms cannot fit with `minText` columns of text each. */
function columnWidths(roomCount: number, width: number, minText: number): number[] | undefined {
  if (roomCount === 0) return undefined;
  const borders = roomCount + 2;
  const available = width - borders - TIME_COLUMN;
  const each = Math.min(MAX_ROOM_COLUMN, Math.floor(available / roomCount));
  if (each - 2 < minText) return undefined;
  const spare = each === MAX_ROOM_COLUMN ? 0 : available - each * roomCount;
  return [TIME_COLUMN, ...Array.from({ length: roomCount }, (_, i) => each + (i < spare ? 1 : 0))];
}

function renderGrid(rooms: string[], talks: Talk[], widths: number[], look: TimetableLook): string {
  const labels = new Map(talks.map((talk) => [spanOf(talk).start, look.view.local(talk.start).time]));
  const starts = [...labels.keys()].sort((a, b) => a - b);
  const text = widths.map((width) => width - 2);
  const header: GridRow = [
    { lines: [''], rowSpan: 1 },
    ...rooms.map((room, i) => ({ lines: wrapText(room, text[i + 1] ?? 1), rowSpan: 1 })),
  ];
  /** Per room, the last row an earlier talk's cell still covers. */
  const coveredUntil = rooms.map(() => -1);
  const byRoomAndStart = new Map<string, Talk>();
  for (const talk of talks) {
    const key = `${talk.room}\n${spanOf(talk).start}`;
    if (!byRoomAndStart.has(key)) byRoomAndStart.set(key, talk);
  }
  const rows = starts.map(
    (rowStart, row): GridRow => [
      { lines: [labels.get(rowStart) ?? ''], rowSpan: 1 },
      ...rooms.map((room, column) => {
        if ((coveredUntil[column] ?? -1) >= row) return null;
        const talk = byRoomAndStart.get(`${room}\n${rowStart}`);
        if (!talk) return { lines: [], rowSpan: 1 };
        const { end } = spanOf(talk);
        const rowSpan = starts.filter((start) => start >= rowStart && start < end).length;
        coveredUntil[column] = row + rowSpan - 1;
        return { lines: renderCell(talk, text[column + 1] ?? 1, look), rowSpan };
      }),
    ],
  );
  return drawGrid(text, [header, ...rows]);
}

const NO_BREAK = /\u00a0/g;

/** The marks before a title, joined to its first word by no-break spaces, so a mark is never alone on a line. */
function marksOf(talk: Talk, look: TimetableLook): string {
  return `${look.mine.has(talk.id) ? '★\u00a0' : ''}${isOnNow(talk, look.now) ? '▶\u00a0' : ''}`;
}

function renderCell(talk: Talk, width: number, look: TimetableLook): string[] {
  const marks = marksOf(talk, look);
  const style = isOnNow(talk, look.now) ? look.style.now : look.mine.has(talk.id) ? look.style.mine : (text: string) => text;
  const lines = wrapText(`${marks}${talk.title}`, width).map((line) => style(line.replace(NO_BREAK, ' ')));
  lines.push(look.style.dim(`until ${look.view.local(talk.end).time}`));
  return lines;
}

/** For a terminal too narrow for a grid: the day's talks in time order, room by room. */
function renderNarrow(rooms: string[], talks: Talk[], look: TimetableLook): string {
  const lines: string[] = [];
  const ordered = [...talks].sort((a, b) => spanOf(a).start - spanOf(b).start || rooms.indexOf(a.room) - rooms.indexOf(b.room));
  for (const talk of ordered) {
    const marks = marksOf(talk, look);
    lines.push(
      '',
      ...wrapText(`${look.view.local(talk.start).time}–${look.view.local(talk.end).time} ${talk.room}`, look.width).map(look.style.dim),
    );
    lines.push(...wrapText(`${marks}${talk.title}`, look.width).map((line) => line.replace(NO_BREAK, ' ')));
  }
  return lines.join('\n');
}
