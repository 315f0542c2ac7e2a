/**
 * Reading what people type for a room, a day or a talk, and filtering talks.
 * Each reader returns the thing meant or throws a UserError that lists the
 * candidates (ambiguous) or the closest matches (unknown).
 */
import { UsageError, UserError } from '../errors.js';
import { indexStore, searchTalks } from './search.js';
import { addDays, isIsoDate, runsAt, weekdayIndex, weekdayIndexOf, weekdayOf, WEEKDAYS } from './time.js';
import { foldText, foldWords } from './text.js';
import type { Store, Talk } from './types.js';

/** `26`, `ballroom c`, `Grand Ballroom A`: any unambiguous part of a room name. */
export function findRoom(rooms: string[], text: string): string {
  const wanted = foldText(text);
  const exact = rooms.find((room) => foldText(room) === wanted);
  if (exact) return exact;
  const matches = wanted === '' ? [] : rooms.filter((room) => foldText(room).includes(wanted));
  if (matches.length === 1) return matches[0] as string;
  // `ballroom a` is part of "Atrium Ballroom AB" too, but whole words only of "Grand Ballroom A".
  const byWords = matches.filter((room) => ` ${foldText(room)} `.includes(` ${wanted} `));
  if (byWords.length === 1) return byWords[0] as string;
  if (matches.length > 1) {
    throw new UserError(
      `"${text}" matches ${matches.length} rooms; give more of the name, one of:`,
      matches.map((room) => `  ${room}`),
    );
  }
  throw new UserError(
    `No room matches "${text}"; the rooms are:`,
    rooms.map((room) => `  ${room}`),
  );
}

export interface DayContext {
  /** The conference's dates. */
  days: string[];
  /** Today's date in the conference's zone, for `today` and `tomorrow`. */
  today: () => string;
  /** `Friday 3 – Sunday 5 May 2019`, for messages. */
  span: string;
}

/** `friday`, `fri`, `2019-05-03`, `today`, `tomorrow` → a date of the conference. */
export function findDay(text: string, context: DayContext): string {
  const word = text.trim().toLowerCase();
  let date: string | undefined;
  if (word === 'today') date = context.today();
  else if (word === 'tomorrow') date = addDays(context.today(), 1);
  else if (isIsoDate(word)) date = word;
  else {
    const index = weekdayIndex(word);
    if (index >= 0) {
      date = context.days.find((day) => weekdayIndexOf(day) === index);
      if (!date) throw new UserError(`The conference has no ${WEEKDAYS[index]}; it runs ${context.span}.`);
    }
  }
  if (date === undefined) {
    throw new UsageError(`Cannot read the day "${text}"; use a weekday (friday or fri), a date (2019-05-03), today or tomorrow.`);
  }
  if (!context.days.includes(date)) {
    throw new UserError(
      `${date} is not a conference day; it runs ${context.span}, so try "pycon timetable ${weekdayOf(context.days[0] ?? date).toLowerCase()}".`,
    );
  }
  return date;
}

/**
 * `<talk>`: an exact id or title wins, then a unique id prefix, then words of
 * the title. Several candidates or none is a UserError that lists ids.
 */
export function findTalk(store: Store, text: string): Talk {
  const wanted = text.trim();
  if (foldWords(wanted).length === 0) {
    throw new UsageError(`Name a talk by its id, a unique start of its id or words of its title, such as "advanced-asyncio".`);
  }
  const lower = wanted.toLowerCase();
  const exact = store.talks.find((talk) => talk.id === wanted) ?? store.talks.find((talk) => talk.title.toLowerCase() === lower);
  if (exact) return exact;

  const byPrefix = store.talks.filter((talk) => talk.id.startsWith(lower));
  if (byPrefix.length === 1) return byPrefix[0] as Talk;
  const words = foldWords(wanted);
  const byWords =
    byPrefix.length > 1
      ? byPrefix
      : words.length === 0
        ? []
        : store.talks.filter((talk) => {
            const titleWords = foldWords(talk.title);
            return words.every((word) => titleWords.some((titleWord) => titleWord.startsWith(word)));
          });
  if (byWords.length === 1) return byWords[0] as Talk;
  if (byWords.length > 1) {
    throw new UserError(`"${text}" matches ${byWords.length} talks; name one by its id:`, listTalks(byWords));
  }
  const closest = searchTalks(indexStore(store), wanted)
    .slice(0, 5)
    .map((hit) => hit.talk);
  if (closest.length === 0) {
    throw new UserError(`No talk matches "${text}"; try "pycon search ${wanted}" or "pycon talks" to list them all.`);
  }
  throw new UserError(`No talk matches "${text}"; the closest are:`, listTalks(closest));
}

const MAX_CANDIDATES = 10;

function listTalks(talks: Talk[]): string[] {
  const lines = talks.slice(0, MAX_CANDIDATES).map((talk) => `  ${talk.id}  (${talk.title})`);
  if (talks.length > MAX_CANDIDATES) lines.push(`  … and ${talks.length - MAX_CANDIDATES} more`);
  return lines;
}

export interface TalkFilter {
  date?: string | undefined;
  room?: string | undefined;
  speaker?: string | undefined;
  /** Keep the talks running at this instant (epoch ms). */
  at?: number | undefined;
}

export function filterTalks(talks: Talk[], filter: TalkFilter): Talk[] {
  const speaker = filter.speaker === undefined ? undefined : foldText(filter.speaker);
  return talks.filter(
    (talk) =>
      (filter.date === undefined || talk.date === filter.date) &&
      (filter.room === undefined || talk.room === filter.room) &&
      (speaker === undefined || foldText(talk.speakers.join(' | ')).includes(speaker)) &&
      (filter.at === undefined || runsAt(talk, filter.at)),
  );
}
