/**
 * Reading a slot line: `Saturday 12:10 p.m.–12:55 p.m. in Grand Ballroom C`.
 */

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const CLOCK = String.raw`(?:\d{1,2}(?::\d{1,2})?\s*[ap]\.?\s*m\.?|\d{1,2}:\d{1,2}|noon|midnight)`;
const LOOKS_LIKE_SLOT = new RegExp(String.raw`^\s*[A-Za-z]+\.?\s+${CLOCK}\s*[–—-]`, 'i');
const SLOT = /^(\S+)\s+(.+?)\s*[–—-]\s*(.+?)(?:\s+in\s+(.+?))?\s*$/;

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

/** The weekday index (0 = Sunday) of a full or three-letter English name, or -1. */
export function weekdayIndex(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return WEEKDAYS.findIndex((day) => {
    const name = day.toLowerCase();
    return lower === name || lower === name.slice(0, 3);
  });
}

/** Minutes after midnight for `10:50 a.m.`, `4 p.m.`, `noon`, `14:35`; undefined if unreadable. */
export function clockMinutes(text: string): number | undefined {
  const lower = text.trim().toLowerCase();
  if (lower === 'noon') return 12 * 60;
  if (lower === 'midnight') return 0;
  const match = /^(\d{1,2})(?::(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?$/.exec(lower);
  if (!match) return undefined;
  const [, hourText = '', minuteText, meridiem] = match;
  let hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (minute > 59) return undefined;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  } else if (minuteText === undefined || hour > 23) {
    return undefined;
  }
  return hour * 60 + minute;
}
