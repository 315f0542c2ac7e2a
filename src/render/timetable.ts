/**
 * A day as a grid: a row per start time, a column per room. Each talk shows
 * its end, since 30- and 45-minute talks start together, and spans the rows
 * of the talks that start while it runs. The grid never grows wider than the
 * width it is given: titles wrap inside their cells. A day of more rooms than
 * fit side by side (FOSDEM has about 60) is drawn as panels, each a full grid
 * of a few rooms with its own times, labelled "rooms 5–8 of 40".
 *
 * Compact, each row is one line and a talk takes one line per row it spans,
 * so a day of five rooms fits a 24-row screen. In another zone a day may run
 * past midnight: a row whose local date is not the heading's shows its
 * weekday ("Sat 00:30").
 */
import { runsAt, spanOf } from '../schedule/time.js';
import type { Talk } from '../schedule/types.js';
import { drawGrid, type GridRow } from './grid.js';
import { endTime, formatLongDate, type LocalTime, type TimeView, timeOnDay } from './times.js';
import { displayWidth, padEnd, truncate, wrapText } from './wrap.js';
import { keepTogether, type Look, unbreakable } from './look.js';
import { shellWord } from './words.js';
import { laneRooms } from './lanes.js';
import { balanceColumns, columnWidths, MIN_ROOM_TEXT, roomsThatFit, UNTIL_WIDTH } from './roomWidths.js';

export interface TimetableLook extends Look {
  /** Ids of the user's talks, marked ★. */
  mine: Set<string>;
  /** The moment whose running talks are highlighted as on now. */
  now?: number | undefined;
  /** One line per row. */
  compact?: boolean | undefined;
  /** Leave out the rows of talks that ended before `now`, and say so. */
  fromNow?: boolean | undefined;
  /** All the conference's rooms are asked for: a day split into panels says how --room narrows it. */
  allRooms?: boolean | undefined;
}

export function renderTimetable(date: string, rooms: string[], dayTalks: Talk[], look: TimetableLook): string {
  const day = formatLongDate(date);
  const zone = `times in ${look.view.zone}`;
  // On a screen too narrow for the heading, the zone goes on a line of its own rather than being cut by the terminal.
  const whole = `${day} · ${zone}`;
  const heading = displayWidth(whole) <= look.width ? [whole] : [...wrapText(day, look.width), ...wrapText(zone, look.width)];
  const { now } = look;
  const cut = look.fromNow === true && now !== undefined && dayTalks.some((talk) => spanOf(talk).end <= now);
  const talks = cut ? dayTalks.filter((talk) => spanOf(talk).end > now) : dayTalks;
  const marked = { ...look, onNow: new Set(now === undefined ? [] : talks.filter((talk) => runsAt(talk, now)).map((talk) => talk.id)) };
  const body =
    talks.length === 0 ? undefined : renderBody(rooms, talks, { ...marked, labels: rowLabels(date, startClocks(talks, look.view)) });
  const notes = [
    ...(cut ? [`from ${look.view.localMs(now).time}: the talks that ended are left out; --whole-day shows them`] : []),
    ...legendFor(talks, marked),
    ...splitRoomsNote(body?.split ?? []),
  ];
  if (body === undefined) notes.push(nothingShown(dayTalks.length > 0, look.allRooms === false));
  return [
    ...heading.map((line) => look.style.heading(line)),
    ...notes.flatMap((note) => wrapText(note, look.width)).map((line) => look.style.dim(unbreakable(line))),
    ...(body?.parts ?? []),
    '',
  ].join('\n');
}

/** Why a day shows no grid: every talk over (today, late), none in the rooms or track asked for, or none at all. */
function nothingShown(over: boolean, narrowed: boolean): string {
  if (over) return 'nothing more on this day';
  return narrowed ? 'no talks on this day in the rooms or track asked for' : 'no talks on this day';
}

/** A start as the grid shows it: its time on the view's clock, and that clock time as written (`13:40`, `02:30 UTC+2`). */
interface StartClock {
  local: LocalTime;
  clock: string;
}

/**
 * Each start's clock time, `13:40`. On the night the clocks go back, 02:30
 * comes twice: two starts that would read the same each name their offset,
 * `02:30 UTC+2` and `02:30 UTC+1`.
 */
function startClocks(talks: Talk[], view: TimeView): Map<number, StartClock> {
  const locals = new Map<number, LocalTime>();
  const shown = new Map<string, number>();
  for (const talk of talks) {
    const { start } = spanOf(talk);
    if (locals.has(start)) continue;
    const local = view.local(talk.start);
    locals.set(start, local);
    const key = `${local.date} ${local.time}`;
    shown.set(key, (shown.get(key) ?? 0) + 1);
  }
  const clocks = new Map<number, StartClock>();
  for (const [start, local] of locals) {
    const twice = (shown.get(`${local.date} ${local.time}`) ?? 0) > 1;
    clocks.set(start, { local, clock: twice ? `${local.time} ${utcOffsetLabel(local, start)}` : local.time });
  }
  return clocks;
}

/** What the grid's time column shows for each start: its clock time, after its weekday (`Sat 00:30`) where the local date is not the heading's. */
function rowLabels(date: string, clocks: Map<number, StartClock>): Map<number, string> {
  const labels = new Map<number, string>();
  for (const [start, { local, clock }] of clocks) labels.set(start, timeOnDay(local, date, clock));
  return labels;
}

/** `UTC+2`, `UTC-3`, `UTC+5:30`: the offset of a local time from the instant it shows. */
function utcOffsetLabel(local: LocalTime, instant: number): string {
  const minutes = Math.round((Date.parse(`${local.date}T${local.time}:00Z`) - instant) / 60_000);
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${minutes < 0 ? '-' : '+'}${hours}${rest === 0 ? '' : `:${String(rest).padStart(2, '0')}`}`;
}

/** The look of one day: its talks on at `now`, worked out once. */
interface DayLook extends TimetableLook {
  /** Ids of the talks on at `now`: a talk in a room's second column is a copy, with that column as its room. */
  onNow: Set<string>;
}

interface GridLook extends DayLook {
  /** What the time column shows for each start (rowLabels of startClocks). */
  labels: Map<number, string>;
}

interface Body {
  /** The grid, or its panels each under its label: parts of the text that renderTimetable joins once, as a big day's text (230 kB) is copied at each join. */
  parts: string[];
  /** The rooms the grid gives more than one column (laneRooms); none in a list. */
  split: string[];
}

/** The day as one grid, as panels of a few rooms each, or, where not even one room's column fits, as a list. */
function renderBody(rooms: string[], dayTalks: Talk[], look: GridLook): Body {
  const { rooms: columns, talks, split, roomOf } = laneRooms(rooms, dayTalks);
  const timeColumn = Math.max(...[...look.labels.values()].map(displayWidth)) + 2;
  const widthsFor = (count: number, minText: number) => columnWidths(count, look.width, minText, timeColumn);
  const widths = widthsFor(columns.length, MIN_ROOM_TEXT);
  if (widths) return { parts: [renderGrid(columns, talks, widths, look)], split };
  // Too many rooms for one grid: leave out those with nothing on this day, then split the rest.
  const held = new Set(talks.map((talk) => talk.room));
  const used = columns.filter((room) => held.has(room));
  const usedWidths = widthsFor(used.length, MIN_ROOM_TEXT);
  if (usedWidths) return { parts: [renderGrid(used, talks, usedWidths, look)], split };
  const perPanel = roomsThatFit(widthsFor);
  // A list names each talk's own room: it has no columns to share.
  if (perPanel === 0 || (look.compact && perPanel === 1)) return { parts: [renderNarrow(rooms, dayTalks, look)], split: [] };
  const panels = Math.ceil(used.length / perPanel);
  const size = Math.ceil(used.length / panels);
  const numbers = roomNumbers(used, roomOf);
  const hint = look.allRooms ? wrapText(narrowingHint([...numbers.keys()]), look.width) : [];
  const out = hint.map((line) => look.style.dim(unbreakable(line)));
  const panelOf = new Map(used.map((room, i) => [room, Math.floor(i / size)]));
  const inPanel = Array.from({ length: Math.ceil(used.length / size) }, (): Talk[] => []);
  for (const talk of talks) inPanel[panelOf.get(talk.room) ?? 0]?.push(talk);
  inPanel.forEach((panelTalks, index) => {
    const first = index * size;
    const panel = used.slice(first, first + size);
    const [from, to] = [panel[0], panel[panel.length - 1]].map((column) => numbers.get(roomOf(column ?? '')));
    const label = from === to ? `room ${from} of ${numbers.size}` : `rooms ${from}–${to} of ${numbers.size}`;
    out.push(look.style.dim(label), renderGrid(panel, panelTalks, widthsFor(panel.length, MIN_ROOM_TEXT) ?? [], look));
  });
  return { parts: out, split };
}

/**
 * Each room's place among the rooms of the panels, by their first column:
 * a room booked twice (`Hall`, `Hall (2)`) is one room, so panels are
 * labelled by rooms, not columns.
 */
function roomNumbers(columns: string[], roomOf: (column: string) => string): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const column of columns) {
    const room = roomOf(column);
    if (!numbers.has(room)) numbers.set(room, numbers.size + 1);
  }
  return numbers;
}

/**
 * How --room would show fewer rooms side by side: those of the building most
 * of them share (`K.` at FOSDEM), else one. The option with its value, and
 * the quoted start, are each kept on one line, so that a `Saal ` is never
 * broken at its space.
 */
function narrowingHint(rooms: string[]): string {
  const building = largestBuilding(rooms);
  if (building === undefined) return `${rooms.length} rooms do not fit side by side; --room shows one alone.`;
  const option = keepTogether(`--room ${shellWord(`${building}*`)}`);
  return `${rooms.length} rooms do not fit side by side; ${option} shows those starting ${keepTogether(`"${building}"`)}.`;
}

/** The start of a room's name, up to its first `.`, `-` or space, that the most rooms share; undefined when no two do. */
function largestBuilding(rooms: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const room of rooms) {
    const end = room.search(/[. -]/);
    if (end > 0) counts.set(room.slice(0, end + 1), (counts.get(room.slice(0, end + 1)) ?? 0) + 1);
  }
  let largest: string | undefined;
  for (const [building, count] of counts) if (count >= 2 && count > (counts.get(largest ?? '') ?? 0)) largest = building;
  return largest;
}

/** `Hall holds talks at the same time; those that overlap are in the column Hall (2).` */
function splitRoomsNote(split: string[]): string[] {
  if (split.length === 0) return [];
  if (split.length === 1)
    return [
      `${keepTogether(split[0] as string)} holds talks at the same time; those that overlap are in the column ${keepTogether(`${split[0]} (2)`)}.`,
    ];
  return [
    `${split.map(keepTogether).join(', ')} hold talks at the same time; those that overlap are in columns of their own, such as ${keepTogether(`${split[0]} (2)`)}.`,
  ];
}

function legendFor(talks: Talk[], look: DayLook): string[] {
  const parts: string[] = [];
  if (talks.some((talk) => look.mine.has(talk.id))) parts.push('★ in your itinerary');
  if (look.onNow.size > 0) parts.push('▶ on now');
  return parts.length === 0 ? [] : [parts.join(' · ')];
}

function renderGrid(rooms: string[], talks: Talk[], fitted: number[], look: GridLook): string {
  const { labels } = look;
  const starts = [...new Set(talks.map((talk) => spanOf(talk).start))].sort((a, b) => a - b);
  const columns = roomColumns(rooms, talks, starts);
  const [timeText = 0, ...roomText] = fitted.map((width) => width - 2);
  const text = [timeText, ...balanceColumns(roomText, (column) => textIn(columns[column] as RoomColumn))];
  const cells = columns.map(({ talks: held, places }, column) =>
    held.map((talk, i) => cellText(talk, endTime(look.view, talk.start, talk.end), text[column + 1] ?? 1, look, places[i]?.span ?? 1)),
  );
  const roomLines = (room: string, width: number) => (look.compact ? fitLines(room, width, 2) : wrapText(room, width));
  const header: GridRow = [
    { lines: [''], rowSpan: 1 },
    ...rooms.map((room, i) => ({ lines: roomLines(room, text[i + 1] ?? 1), rowSpan: 1 })),
  ];
  // Per room and row, the index in the room's talks of the talk whose cell starts there (the first listed, should two start together).
  const cellsAt = columns.map(({ places }) => {
    const at = new Array<number | undefined>(starts.length);
    places.forEach(({ row }, i) => {
      at[row] ??= i;
    });
    return at;
  });
  /** Per room, the last row an earlier talk's cell still covers. */
  const coveredUntil = rooms.map(() => -1);
  const rows = starts.map(
    (rowStart, row): GridRow => [
      { lines: [labels.get(rowStart) ?? ''], rowSpan: 1 },
      ...columns.map(({ talks: held, places }, column) => {
        if ((coveredUntil[column] ?? -1) >= row) return null;
        const i = cellsAt[column]?.[row];
        if (i === undefined) return { lines: [], rowSpan: 1 };
        const rowSpan = places[i]?.span ?? 1;
        coveredUntil[column] = row + rowSpan - 1;
        const cell = cells[column]?.[i] as CellText;
        return { lines: renderCell(held[i] as Talk, cell, look), rowSpan };
      }),
    ],
  );
  return drawGrid(text, [header, ...rows], look.compact ? { rulesBetweenRows: false } : {});
}

/** A room's column of the grid: its talks in the order given, and where each one's cell sits. */
interface RoomColumn {
  room: string;
  talks: Talk[];
  places: Placement[];
}

/** Where a talk's cell sits: the row of its start, and how many rows start while it runs. */
interface Placement {
  row: number;
  span: number;
}

function roomColumns(rooms: string[], talks: Talk[], starts: number[]): RoomColumn[] {
  const rowOf = new Map(starts.map((start, row) => [start, row]));
  const byRoom = new Map(rooms.map((room): [string, RoomColumn] => [room, { room, talks: [], places: [] }]));
  for (const talk of talks) {
    const column = byRoom.get(talk.room);
    if (!column) continue;
    const { start, end } = spanOf(talk);
    const row = rowOf.get(start) ?? 0;
    let span = 1;
    while (row + span < starts.length && (starts[row + span] ?? end) < end) span++;
    column.talks.push(talk);
    column.places.push({ row, span });
  }
  return [...byRoom.values()];
}

/** The columns of text a room's column holds: its name, its talks' titles and their `until` lines. */
function textIn({ room, talks }: RoomColumn): number {
  return talks.reduce((sum, talk) => sum + displayWidth(talk.title) + UNTIL_WIDTH, displayWidth(room));
}

/**
 * Text in at most `count` lines, filled word by word; the last line takes the
 * rest, cut with … when it does not fit. Words are never broken across lines
 * here: a compact cell has too few lines for a word to be read in pieces.
 */
function fitLines(text: string, width: number, count: number): string[] {
  const words = text.split(' ').filter((word) => word !== '');
  const lines: string[] = [];
  let at = 0;
  while (at < words.length && lines.length < count - 1) {
    let line = words[at++] as string;
    while (at < words.length && displayWidth(`${line} ${words[at]}`) <= width) line += ` ${words[at++]}`;
    lines.push(truncate(line, width));
  }
  if (at < words.length) lines.push(truncate(words.slice(at).join(' '), width));
  return lines;
}

/** The marks before a title, joined to its first word by no-break spaces, so a mark is never alone on a line. */
function marksOf(talk: Talk, look: DayLook): string {
  return `${look.mine.has(talk.id) ? '★\u00a0' : ''}${look.onNow.has(talk.id) ? '▶\u00a0' : ''}`;
}

/** A talk's cell before it is styled: its title's lines, then when it ends. */
interface CellText {
  title: string[];
  end: string[];
}

/** A talk's cell: its title wrapped, then when it ends; compact, one line per row it spans. */
function cellText(talk: Talk, ends: string, width: number, look: DayLook, rowSpan: number): CellText {
  const title = `${marksOf(talk, look)}${talk.title}`;
  const until = `until ${ends}`;
  if (look.compact) {
    const lines = fitLines(title, width, rowSpan);
    // A line to spare says when the talk ends, as briefly as the column needs.
    const end = [until, `–${ends}`].find((text) => displayWidth(text) <= width);
    return { title: lines, end: lines.length < rowSpan && end !== undefined ? [end] : [] };
  }
  // `until 17:40` is printable ASCII: as wide as it is long, it fits or wraps as any text would.
  return { title: wrapText(title, width), end: until.length <= width ? [until] : wrapText(until, width) };
}

function renderCell(talk: Talk, text: CellText, look: DayLook): string[] {
  const style = look.onNow.has(talk.id) ? look.style.now : look.mine.has(talk.id) ? look.style.mine : (line: string) => line;
  const lines = text.title.map((line) => style(unbreakable(line)));
  for (let i = 0; i < text.end.length; i++) lines.push(look.style.dim(text.end[i] as string));
  return lines;
}

/** For a terminal too narrow for a grid: the day's talks in time order, room by room. */
function renderNarrow(rooms: string[], talks: Talk[], look: GridLook): string {
  const lines: string[] = [];
  const ordered = [...talks].sort((a, b) => spanOf(a).start - spanOf(b).start || rooms.indexOf(a.room) - rooms.indexOf(b.room));
  // Compact: `13:10 Grand Ballroom C  A New Era…`, the rooms in full up to half the width, so that they stay apart.
  const roomWidth = Math.min(Math.floor(look.width / 2) - 2, Math.max(0, ...ordered.map((talk) => displayWidth(talk.room))));
  // A start on another date than the day's names its weekday (`Sat 10:00`), as the grid's rows do.
  const clockOf = (talk: Talk) => look.labels.get(spanOf(talk).start) ?? look.view.local(talk.start).time;
  const clockWidth = Math.max(0, ...ordered.map((talk) => displayWidth(clockOf(talk))));
  for (const talk of ordered) {
    const marks = marksOf(talk, look);
    const clock = clockOf(talk);
    const when = `${clock}–${endTime(look.view, talk.start, talk.end)}`;
    if (look.compact) {
      const lead = `${padEnd(clock, clockWidth)} ${padEnd(truncate(talk.room, roomWidth), roomWidth)}`;
      const title = truncate(`${marks}${talk.title}`, look.width - displayWidth(lead) - 2);
      lines.push(`${look.style.dim(lead)}  ${unbreakable(title)}`);
      continue;
    }
    lines.push('', ...wrapText(`${when} ${talk.room}`, look.width).map(look.style.dim));
    lines.push(...wrapText(`${marks}${talk.title}`, look.width).map(unbreakable));
  }
  return lines.join('\n');
}
