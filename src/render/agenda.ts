/**
 * An itinerary for people: by day in time order, clashing talks grouped under
 * one marker with their overlap, free gaps with how many talks run in them,
 * and tight changes of room flagged.
 */
import { overlappingAny } from '../schedule/conflicts.js';
import { byTime, minutesRunningTogether, overlapMinutes, spanOf } from '../schedule/time.js';
import type { Priority, Talk } from '../schedule/types.js';
import type { TightChange } from '../schedule/walks.js';
import {
  byListedDate,
  type DayClock,
  dayClock,
  duration,
  formatClockSpan,
  formatLongDate,
  homeTime,
  type ListedDay,
  type TimeView,
} from './times.js';
import { joinParts, wrapText } from './wrap.js';
import { keepTogether, type Look, plainHyphens, unbreakable, wholeHandle } from './look.js';
import { plural, shellWord } from './words.js';

/** Between a line's start and its time: two columns, for the `!` of a clash. */
const LEAD = 2;

export interface AgendaExtras {
  cancelled?: Talk[];
  handleOf?: (talk: Talk) => string;
  priorityOf?: (talk: Talk) => Priority;
  /** The changes of room too short for the walk (schedule/walks.ts), flagged under the talk they lead to. */
  tightChanges?: TightChange[];
  /** Talks of earlier days, not listed on their own, shown where they clash with these (`itinerary --day`). */
  overlapping?: Talk[];
}

interface Details {
  handleOf: (talk: Talk) => string;
  priorityOf: (talk: Talk) => Priority;
  /** `Saal 1 → Saal G: 5 min, the walk takes 10`, by the id of the talk walked to. */
  tight: Map<string, string>;
}

interface Block {
  talks: Talk[];
  start: number;
  end: number;
  /** The ISO text of `end`, to show it without asking the time-zone database. */
  endIso: string;
}

export function renderAgenda(name: string, talks: Talk[], allTalks: Talk[], look: Look, extras: AgendaExtras = {}): string {
  const { cancelled = [], handleOf = (talk: Talk) => talk.id } = extras;
  const details: Details = {
    handleOf,
    priorityOf: extras.priorityOf ?? (() => 'want'),
    tight: tightNotes(talks, extras.tightChanges ?? []),
  };
  const days = withCarried(
    look.view,
    byListedDate(look.view, talks, (talk) => talk),
    extras.overlapping ?? [],
  ).map(({ date, items, clock }) => ({
    date,
    blocks: groupOverlapping(items),
    clock,
  }));
  // The header counts the clashes as shown: a group of overlapping talks is one clash, however many pairs it holds.
  const clashes = days.reduce((count, day) => count + day.blocks.filter((block) => block.talks.length > 1).length, 0);
  const gone = cancelled.length > 0 ? `, ${cancelled.length} cancelled` : '';
  const lines = [
    `Itinerary ${name}: ${plural(talks.length, 'talk')}, ${clashes === 0 ? 'no clashes' : plural(clashes, 'clash', 'clashes')}${gone}`,
  ];
  for (const talk of cancelled) {
    const handle = shellWord(handleOf(talk));
    // The command is kept whole on one line, so that it can be copied as it is.
    const drop = keepTogether(wholeHandle(name === 'default' ? `pycon drop ${handle}` : `pycon drop -i ${name} ${handle}`));
    lines.push(
      '',
      ...wrapText(
        `✗ ${talk.title} (${formatLongDate(look.view.local(talk.start).date)}, ${formatClockSpan(look.view, talk.start, talk.end)}, ${talk.room}) was cancelled; "${drop}" takes it out.`,
        look.width,
      ).map((line) => look.style.warn(plainHyphens(unbreakable(line)))),
    );
  }
  for (const { date, blocks, clock } of days) {
    lines.push('', look.style.heading(formatLongDate(date)));
    let previous: Block | undefined;
    for (const block of blocks) {
      if (previous) lines.push(...renderGap(previous, block, allTalks, talks, look, clock));
      lines.push(...renderBlock(block, look, details, clock));
      previous = block;
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Each day's talks, with those of earlier days that overlap them (a
 * hackathon of two nights), and any of `overlapping` that do: a clash is
 * shown on the day it happens, as well as the talk on its own day.
 */
function withCarried(view: TimeView, days: ListedDay<Talk>[], overlapping: Talk[]): ListedDay<Talk>[] {
  return days.map((day) => {
    const earlier = days.filter((other) => other.date < day.date).flatMap((other) => other.items);
    const carried = overlappingAny([...overlapping, ...earlier], day.items);
    if (carried.length === 0) return day;
    const items = [...carried, ...day.items];
    return { date: day.date, items, clock: dayClock(view, day.date, items) };
  });
}

/** Runs of talks that overlap one another, in time order. */
function groupOverlapping(talks: Talk[]): Block[] {
  const sorted = [...talks].sort(byTime);
  const blocks: Block[] = [];
  for (const talk of sorted) {
    const { start, end } = spanOf(talk);
    const last = blocks[blocks.length - 1];
    if (last && start < last.end) {
      last.talks.push(talk);
      if (end > last.end) {
        last.end = end;
        last.endIso = talk.end;
      }
    } else {
      blocks.push({ talks: [talk], start, end, endIso: talk.end });
    }
  }
  return blocks;
}

function renderBlock(block: Block, look: Look, details: Details, clock: DayClock): string[] {
  const clash = block.talks.length > 1;
  const lines: string[] = [];
  if (clash) {
    const minutes = minutesRunningTogether(block.talks.map(spanOf));
    const overlap = block.talks.length === 2 ? `${minutes} min overlap` : `${block.talks.length} talks overlap for ${minutes} min`;
    lines.push(look.style.warn(`! Clash: ${overlap}`));
  }
  const lead = clash ? `${look.style.warn('!')} ` : '  ';
  // Title and details start two columns after the time.
  const indent = LEAD + clock.width + 2;
  const under = ' '.repeat(indent - LEAD);
  for (const talk of block.talks) {
    const titleLines = wrapText(talk.title, look.width - indent);
    lines.push(`${lead}${clock.span(talk.start, talk.end)}  ${look.style.title(titleLines[0] ?? '')}`);
    for (const more of titleLines.slice(1)) lines.push(`${lead}${under}${look.style.title(more)}`);
    const tight = clash ? undefined : details.tight.get(talk.id);
    const priority = details.priorityOf(talk);
    const home = homeTime(look.view, talk.start, talk.end);
    const marks = [talk.room, details.handleOf(talk), ...(priority === 'want' ? [] : [priority]), ...(home ? [home] : [])];
    for (const line of joinParts(marks, look.width - indent)) lines.push(`${lead}${under}${look.style.dim(line)}`);
    if (tight) {
      for (const line of wrapText(`tight: ${tight}`, look.width - indent)) lines.push(`${lead}${under}${look.style.warn(line)}`);
    }
  }
  return lines;
}

function tightNotes(talks: Talk[], changes: TightChange[]): Map<string, string> {
  const byId = new Map(talks.map((talk) => [talk.id, talk]));
  return new Map(
    changes.map((change) => [
      change.to,
      `${byId.get(change.from)?.room} → ${byId.get(change.to)?.room}: ${change.gap} min, the walk takes ${change.walk}`,
    ]),
  );
}

function renderGap(previous: Block, next: Block, allTalks: Talk[], mine: Talk[], look: Look, clock: DayClock): string[] {
  const gap = { start: previous.end, end: next.start };
  const running = allTalks.filter((talk) => !mine.includes(talk) && overlapMinutes(gap, spanOf(talk)) > 0).length;
  if (running === 0) return [];
  const span = clock.span(previous.endIso, next.talks[0]?.start ?? previous.endIso);
  return [
    look.style.dim(
      `  ${span}  free for ${duration(gap.end - gap.start)}: ${plural(running, 'talk')} ${running === 1 ? 'runs' : 'run'} then`,
    ),
  ];
}
