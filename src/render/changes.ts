/**
 * What an update changed, for people: the talks in your itineraries first,
 * marked ★, a move as "Saal 6 → Saal 2, Sat 27 Dec 16:00", a cancellation
 * marked ✗ with the command that drops it, new talks as new.
 */
import type { Change } from '../schedule/changes.js';
import type { Talk } from '../schedule/types.js';
import { keepTogether, type Look, plainHyphens, unbreakable, wholeHandle } from './look.js';
import { endTime, type TimeView } from './times.js';
import { wrapText } from './wrap.js';
import { shellWord } from './words.js';

export interface ShownChange extends Change {
  /** The itineraries that hold the talk. */
  itineraries: string[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Sat 27 Dec 16:00` */
export function formatWhen(view: TimeView, iso: string): string {
  const local = view.local(iso);
  const [, month, day] = local.date.split('-').map(Number);
  return `${local.weekday.slice(0, 3)} ${day} ${MONTHS[(month ?? 1) - 1]} ${local.time}`;
}

/** formatWhen with no-break spaces: a change's line never breaks inside a time, nor inside a room's name. */
function when(view: TimeView, iso: string): string {
  return keepTogether(formatWhen(view, iso));
}

/** Yours first, then in the order the update found them. */
export function orderChanges(changes: ShownChange[]): ShownChange[] {
  return [...changes.filter((change) => change.itineraries.length > 0), ...changes.filter((change) => change.itineraries.length === 0)];
}

export function renderChanges(changes: ShownChange[], look: Look): string {
  const lines: string[] = [];
  for (const change of orderChanges(changes)) {
    const lead = change.itineraries.length > 0 ? '★ ' : '  ';
    const text = describeChange(change, look.view);
    const [first = '', ...rest] = hangingLines(text, Math.max(20, look.width - lead.length)).map((line) => plainHyphens(unbreakable(line)));
    const styled = change.kind === 'cancelled' ? look.style.warn(first) : first;
    lines.push(`${lead}${styled}`, ...rest.map((line) => `${' '.repeat(lead.length)}${line}`));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/**
 * A change's text wrapped to `width`, its further lines indented by two
 * under its first: each change then starts where the eye looks for one.
 */
function hangingLines(text: string, width: number): string[] {
  const lines = wrapText(text, width);
  const [first = ''] = lines;
  // Wrapping gives pieces of the text as it is; were it ever to change one, the lines are kept as wrapped.
  if (lines.length === 1 || !text.startsWith(first)) return lines;
  return [first, ...wrapText(text.slice(first.length).trimStart(), width - HANG.length).map((line) => `${HANG}${line}`)];
}

const HANG = '  ';

function describeChange(change: ShownChange, view: TimeView): string {
  const { before, after } = change;
  if (change.kind === 'added' && after) return `${after.title}: new, ${when(view, after.start)}, ${keepTogether(after.room)}`;
  if (change.kind === 'cancelled' && before) {
    // Each command is kept whole on one line, so that it can be copied as it is.
    const drop = change.itineraries.map((name) =>
      keepTogether(
        wholeHandle(name === 'default' ? `"pycon drop ${shellWord(before.id)}"` : `"pycon drop -i ${name} ${shellWord(before.id)}"`),
      ),
    );
    const hint =
      drop.length === 0
        ? ''
        : drop.length === 1
          ? `; ${drop[0]} takes it out of your itinerary`
          : `; ${drop.join(' and ')} take it out of your itineraries`;
    return `✗ ${before.title}: cancelled (was ${when(view, before.start)}, ${keepTogether(before.room)})${hint}`;
  }
  if (!before || !after) return change.title;
  const parts: string[] = [];
  if (change.kind === 'moved') parts.push(describeMove(before, after, change.fields, view));
  if (change.fields.includes('title')) parts.push(`retitled "${after.title}"`);
  if (change.fields.includes('speakers')) parts.push(`speakers now ${after.speakers.join(', ') || 'none'}`);
  if (change.fields.includes('description')) parts.push('description changed');
  return `${before.title}: ${parts.join('; ')}`;
}

/** `Saal 6 → Saal 2, Sat 27 Dec 16:00`, `Sat 27 Dec 16:00 → 17:30, Saal 6`, or both. */
function describeMove(before: Talk, after: Talk, fields: string[], view: TimeView): string {
  const timeMoved = fields.includes('start') || fields.includes('end');
  const roomMoved = fields.includes('room');
  const until = (talk: Talk) => endTime(view, talk.start, talk.end);
  const [beforeRoom, afterRoom] = [keepTogether(before.room), keepTogether(after.room)];
  if (!timeMoved) return `${beforeRoom} → ${afterRoom}, ${when(view, after.start)}`;
  const from = `${when(view, before.start)}–${until(before)}`;
  const sameDay = view.local(before.start).date === view.local(after.start).date;
  const to = sameDay ? `${view.local(after.start).time}–${until(after)}` : `${when(view, after.start)}–${until(after)}`;
  return roomMoved ? `${beforeRoom}, ${from} → ${afterRoom}, ${to}` : `${from} → ${to}, ${afterRoom}`;
}
