/**
 * Reading a slot line: `Saturday 12:10 p.m.–12:55 p.m. in Grand Ballroom C`.
 */

const CLOCK = String.raw`(?:\d{1,2}(?::\d{1,2})?\s*[ap]\.?\s*m\.?|\d{1,2}:\d{1,2}|noon|midnight)`;
const LOOKS_LIKE_SLOT = new RegExp(String.raw`^\s*[A-Za-z]+\.?\s+${CLOCK}\s*[\u2013\u2014-]`, 'i');
const SLOT = /^(\S+)\s+(.+?)\s*[\u2013\u2014-]\s*(.+?)(?:\s+in\s+(.+?))?\s*$/;

export interface SlotParts {
  weekday: string;
  start: string;
  end: string;
  room: string | undefined;
  /** 1-based columns of each part, for problems. */
  columns: { weekday: number; start: number; end: number; room: number };
}

/** Whether a line is meant as a slot line, even a broken one. */
export function looksLikeSlot(line: string): boolean {
  return line.length <= 160 && LOOKS_LIKE_SLOT.test(line);
}

export function splitSlot(line: string): SlotParts | undefined {
  const match = SLOT.exec(line);
  if (!match) return undefined;
  const [, weekday = '', start = '', end = '', room] = match;
  const startAt = line.indexOf(start, weekday.length);
  const endAt = line.indexOf(end, startAt + start.length);
  const roomAt = room === undefined ? line.length : line.lastIndexOf(room);
  return {
    weekday,
    start,
    end,
    room,
    columns: { weekday: line.indexOf(weekday) + 1, start: startAt + 1, end: endAt + 1, room: roomAt + 1 },
  };
}
