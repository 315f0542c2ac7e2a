/**
 * The parser: the published talk list as text → a talk store, or the list of
 * problems that stop it, each with its line, column and a hint. It never throws.
 */
import { luxon } from './luxon.js';
import { decodeSource, splitParagraphs, type Line, type Paragraph } from './source.js';
import { looksLikeSlot } from './slot.js';
import { zoneRules } from './zoneRules.js';
import { conferenceClock, expectedWeekdays, readSlot, type ConferenceClock } from './slotTimes.js';
import { savedSearchText } from './searchIndex.js';
import { cleanText, compareText, distinctIds, slugify } from './text.js';
import { PYCON_2019, STORE_SCHEMA_VERSION, type ParseOptions, type Problem, type Store, type Talk } from './types.js';

export type ParseResult = { store: Store; problems: [] } | { store: undefined; problems: Problem[] };

/** A talk as the source lays it out, before its lines are read. */
interface Draft {
  title: Paragraph | undefined;
  meta: Paragraph;
  description: Paragraph[];
}

interface Timed {
  talk: Talk;
  startMs: number;
  endMs: number;
  slotLine: number;
}

export function parseSource(source: string | Uint8Array, options: ParseOptions = PYCON_2019): ParseResult {
  try {
    return parseText(source, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { store: undefined, problems: [{ line: 1, column: 1, message: `the file could not be read (${reason})` }] };
  }
}

function parseText(source: string | Uint8Array, options: ParseOptions): ParseResult {
  const decoded = decodeSource(source);
  if (decoded.problem) return { store: undefined, problems: [decoded.problem] };
  const paragraphs = splitParagraphs(decoded.text);
  const metaAt = paragraphs.flatMap((paragraph, index) => (isMeta(paragraph) ? [index] : []));
  const firstMeta = metaAt[0];
  if (firstMeta === undefined) {
    return {
      store: undefined,
      problems: [
        {
          line: 1,
          column: 1,
          message: 'no talks found',
          hint: 'each talk needs a slot line such as "Saturday 12:10 p.m.–12:55 p.m. in Grand Ballroom C"',
        },
      ],
    };
  }

  const problems: Problem[] = [];
  const titleAt = firstMeta > 0 && !isHtml(paragraphs[firstMeta - 1]) ? firstMeta - 1 : firstMeta;
  const header = paragraphs.slice(0, titleAt);
  const drafts = layOut(paragraphs, metaAt, titleAt, problems);
  const clock = conferenceClock(options);
  const weekdays = expectedWeekdays(
    drafts.map((draft) => draft.meta[draft.meta.length - 1]?.text ?? ''),
    clock.firstWeekday,
  );
  const timed: Timed[] = [];
  for (const draft of drafts) {
    const talk = readTalk(draft, weekdays, clock, problems);
    if (talk) timed.push(talk);
  }
  findOverlaps(timed, problems);
  if (problems.length > 0) {
    return { store: undefined, problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) };
  }
  return { store: buildStore(timed, header, options), problems: [] };
}

function isMeta(paragraph: Paragraph): boolean {
  const last = paragraph[paragraph.length - 1];
  return paragraph.length <= 3 && last !== undefined && looksLikeSlot(last.text);
}

function isHtml(paragraph: Paragraph | undefined): boolean {
  return paragraph?.[0]?.text.trimStart().startsWith('<') ?? false;
}

/** A short single line not ending in a full stop reads as a title; anything else is a description. */
function readsAsTitle(paragraph: Paragraph): boolean {
  const text = paragraph[0]?.text ?? '';
  return paragraph.length === 1 && text.length <= 150 && !/\.\s*$/.test(text);
}

/** Splits the paragraphs between slot lines into each talk's description and the next talk's title. */
function layOut(paragraphs: Paragraph[], metaAt: number[], titleAt: number, problems: Problem[]): Draft[] {
  const drafts: Draft[] = metaAt.map((at) => ({ title: undefined, meta: paragraphs[at] ?? [], description: [] }));
  drafts.forEach((draft, k) => {
    const metaIndex = metaAt[k] ?? 0;
    if (k === 0) {
      if (titleAt < metaIndex) draft.title = paragraphs[titleAt];
      return;
    }
    const between = paragraphs.slice((metaAt[k - 1] ?? 0) + 1, metaIndex);
    const previous = drafts[k - 1];
    const last = between[between.length - 1];
    if (last !== undefined && (between.length >= 2 || readsAsTitle(last))) {
      draft.title = last;
      if (previous) previous.description = between.slice(0, -1);
    } else if (previous) {
      previous.description = between;
    }
  });
  const lastDraft = drafts[drafts.length - 1];
  if (lastDraft) lastDraft.description = paragraphs.slice((metaAt[metaAt.length - 1] ?? 0) + 1);
  for (const draft of drafts) {
    const first = draft.meta[0] as Line;
    if (draft.meta.length === 3) {
      problems.push({
        line: first.number,
        column: 1,
        message: `unexpected line "${first.text}" before the speakers`,
        hint: 'a talk is a title, a blank line, a speakers line, a slot line, a blank line and a description',
      });
    }
  }
  return drafts;
}

function readTalk(draft: Draft, weekdays: string[], clock: ConferenceClock, problems: Problem[]): Timed | undefined {
  const slotLine = draft.meta[draft.meta.length - 1] as Line;
  const speakerLine = draft.meta.length >= 2 ? draft.meta[draft.meta.length - 2] : undefined;
  const before = problems.length;
  const title = draft.title ? cleanText(draft.title.map((line) => line.text).join(' ')) : '';
  if (title === '') {
    problems.push({
      line: draft.meta[0]?.number ?? 1,
      column: 1,
      message: 'a talk has no title',
      hint: 'put its title on a line of its own, then a blank line, above the speakers',
    });
  }
  const description = draft.description.map((paragraph) => cleanText(paragraph.map((line) => line.text).join(' '))).join('\n\n');
  if (description === '') {
    problems.push({
      line: slotLine.number,
      column: 1,
      message: `${title ? `"${title}"` : 'the talk'} has no description`,
      hint: 'add a one-paragraph description after a blank line below the slot line',
    });
  }
  const slot = readSlot(slotLine, weekdays, clock, problems);
  if (!slot || problems.length > before) return undefined;
  const speakers = speakerLine
    ? cleanText(speakerLine.text)
        .split(/\s*,\s+/)
        .filter((name) => name !== '')
    : [];
  const talk: Talk = {
    id: slugify(title),
    /** The text has no identity of its own: the final id, once duplicates are numbered. */
    uid: '',
    title,
    speakers,
    day: slot.day,
    date: slot.date,
    start: slot.start,
    end: slot.end,
    room: slot.room,
    description,
  };
  return { talk, startMs: slot.startMs, endMs: slot.endMs, slotLine: slotLine.number };
}

function findOverlaps(timed: Timed[], problems: Problem[]): void {
  const byRoom = new Map<string, Timed[]>();
  for (const entry of timed) {
    const inRoom = byRoom.get(entry.talk.room);
    if (inRoom) inRoom.push(entry);
    else byRoom.set(entry.talk.room, [entry]);
  }
  for (const [room, entries] of byRoom) {
    entries.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
    for (let i = 1; i < entries.length; i++) {
      const earlier = entries[i - 1] as Timed;
      const later = entries[i] as Timed;
      if (later.startMs < earlier.endMs) {
        problems.push({
          line: later.slotLine,
          column: 1,
          message: `"${later.talk.title}" overlaps "${earlier.talk.title}" (line ${earlier.slotLine}) in ${room}`,
          hint: 'two talks cannot share a room at the same time; check both slot lines',
        });
      }
    }
  }
}

function buildStore(timed: Timed[], header: Paragraph[], options: ParseOptions): Store {
  const rooms = [...new Set(timed.map((entry) => entry.talk.room))].sort(compareText);
  const roomOrder = new Map(rooms.map((room, index) => [room, index]));
  timed.sort((a, b) => a.startMs - b.startMs || (roomOrder.get(a.talk.room) ?? 0) - (roomOrder.get(b.talk.room) ?? 0));
  const ids = distinctIds(timed.map(({ talk }) => talk.id));
  const talks = timed.map(({ talk }, i) => {
    const id = ids[i] as string;
    return { ...talk, id, uid: id };
  });
  const days = spanDays(talks);
  return {
    schemaVersion: STORE_SCHEMA_VERSION,
    conference: {
      name: slugify(options.name),
      title: options.name,
      timezone: options.timezone,
      location: findLocation(header),
      days,
      zoneRules: zoneRules(options.timezone, Number((days[0] ?? options.firstDay).slice(0, 4)), options.tzdata),
    },
    rooms,
    talks,
    ...savedSearchText(talks),
  };
}

/** `PyCon 2019 in Cleveland, Ohio` → `Cleveland, Ohio`. */
function findLocation(header: Paragraph[]): string {
  const first = header[0]?.[0]?.text ?? '';
  return /\sin\s+(.+)$/.exec(first)?.[1]?.trim() ?? '';
}

/** Every date from the first talk's day to the last talk's day. */
function spanDays(talks: Talk[]): string[] {
  const dates = talks.map((talk) => talk.date).sort();
  const days: string[] = [];
  const last = dates[dates.length - 1] ?? '';
  for (let day = luxon().fromISO(dates[0] ?? ''); day.isValid && (day.toISODate() ?? '') <= last; day = day.plus({ days: 1 })) {
    days.push(day.toISODate() ?? '');
  }
  return days;
}
