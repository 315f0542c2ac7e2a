/**
 * Reading what people type for a room, a day or a talk, and filtering talks.
 * Each reader returns the thing meant or throws a LookupError that carries
 * the candidates (ambiguous) or the closest matches (unknown).
 */
import { LookupError } from './lookupError.js';
import { searchTalks } from './search.js';
import { writtenUnspaced } from './scripts.js';
import { indexStore } from './searchIndex.js';
import { addDays, isIsoDate, runsAt, weekdayIndex, weekdayIndexOf, WEEKDAYS } from './time.js';
import { compareText } from './text.js';
import { foldText, foldWords } from './fold.js';
import { wholeName } from './speakers.js';
import { handlesOf, TitlePhrases } from './handles.js';
import { talksOn, talkWithId } from './talkColumns.js';
import { placesRunningAt } from './talkSlots.js';
import type { Store, Talk } from './types.js';
import { buildingHolds, isBuilding } from './walks.js';

/** `26`, `ballroom c`, `Grand Ballroom A`: any unambiguous part of a room name. */
export function findRoom(rooms: string[], text: string): string {
  return findByPart(rooms, text, 'room');
}

/**
 * One room, as findRoom reads it; or a building (`K.*`, as walks name one):
 * every room whose name starts with what precedes the `*`.
 */
export function findRooms(rooms: string[], text: string): string[] {
  if (!isBuilding(text)) return [findRoom(rooms, text)];
  const held = rooms.filter((room) => buildingHolds(text, room));
  if (held.length === 0) throw new LookupError({ kind: 'empty-building', building: text });
  return held;
}

/** Any unambiguous part of the name of one of the conference's tracks. */
export function findTrack(talks: Talk[], text: string): string {
  const tracks = listTracks(talks);
  if (tracks.length === 0) throw new LookupError({ kind: 'no-tracks' });
  return findByPart(tracks, text, 'track');
}

/** The tracks talks belong to, sorted. */
export function listTracks(talks: Talk[]): string[] {
  return [...new Set(talks.flatMap((talk) => (talk.track === undefined ? [] : [talk.track])))].sort(compareText);
}

function findByPart(names: string[], text: string, what: 'room' | 'track'): string {
  const wanted = foldText(text);
  const exact = names.find((name) => foldText(name) === wanted);
  if (exact) return exact;
  const matches = wanted === '' ? [] : names.filter((name) => foldText(name).includes(wanted));
  if (matches.length === 1) return matches[0] as string;
  // `ballroom a` is part of "Atrium Ballroom AB" too, but whole words only of "Grand Ballroom A".
  const byWords = matches.filter((name) => ` ${foldText(name)} `.includes(` ${wanted} `));
  if (byWords.length === 1) return byWords[0] as string;
  if (matches.length > 1) throw new LookupError({ kind: 'ambiguous-name', what, text, names: matches });
  throw new LookupError({ kind: 'unknown-name', what, text, names });
}

export interface DayContext {
  /** The conference's dates. */
  days: string[];
  /** Today's date in the conference's zone, for `today` and `tomorrow`. */
  today: () => string;
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
      if (!date) throw new LookupError({ kind: 'no-such-weekday', weekday: WEEKDAYS[index] ?? '', days: context.days });
    }
  }
  if (date === undefined) throw new LookupError({ kind: 'unreadable-day', text, days: context.days });
  if (!context.days.includes(date)) throw new LookupError({ kind: 'not-a-conference-day', date, days: context.days });
  return date;
}

/**
 * `<talk>`: an exact id or title wins, then the talk's page on the
 * conference's site (its url, as copied from a browser), then a handle or a
 * unique id prefix whose words no other title holds, then words of the title
 * (starts of its words, or any part of them in a script written without
 * spaces). Several candidates or none is a LookupError that carries them;
 * so is a talk an update cancelled (Store.cancelled), unless `orCancelled`,
 * when it is the talk found.
 */
export function findTalk(store: Store, text: string, { orCancelled = false }: { orCancelled?: boolean } = {}): Talk {
  const wanted = text.trim();
  // An id as typed is found before the text is folded: folding a title in another script builds Unicode's tables.
  const byId = talkWithId(store.talks, wanted);
  if (byId) return byId;
  if (foldWords(wanted).length === 0) throw new LookupError({ kind: 'no-talk-named' });
  const lower = wanted.toLowerCase();
  const exact = store.talks.find((talk) => talk.title.toLowerCase() === lower);
  if (exact) return exact;
  const page = pageOf(wanted);
  if (page !== undefined) return talkAtPage(store, page, text);

  // A start in whole words (a handle: `plug`) before any start (`plug` is the start of `plugins` too).
  const byWholeWords = store.talks.filter((talk) => talk.id.startsWith(`${lower}-`));
  const byPrefix = byWholeWords.length === 1 ? byWholeWords : store.talks.filter((talk) => talk.id.startsWith(lower));
  const words = foldWords(wanted);
  if (byPrefix.length === 1) {
    const only = byPrefix[0] as Talk;
    // The unique start of one id is still ambiguous when other titles hold the same words (`django`, `type`);
    // a handle never is, as handles are made by this same rule.
    const others = new TitlePhrases(store.talks).holding(words).filter((talk) => talk !== only);
    if (others.length === 0) return only;
    throw new LookupError({ kind: 'ambiguous-talk', text, talks: [only, ...others], handles: handlesFor(store, [only, ...others]) });
  }
  const byWords = byPrefix.length > 1 ? byPrefix : words.length === 0 ? [] : store.talks.filter((talk) => titleHolds(talk, words));
  if (byWords.length === 1) return byWords[0] as Talk;
  if (byWords.length > 1) throw new LookupError({ kind: 'ambiguous-talk', text, talks: byWords, handles: handlesFor(store, byWords) });
  const cancelled = cancelledNamed(store, words);
  if (cancelled && orCancelled) return cancelled;
  if (cancelled) throw new LookupError({ kind: 'cancelled-talk', talk: cancelled });
  const closest = searchTalks(indexStore(store), wanted)
    .slice(0, 5)
    .map((hit) => hit.talk);
  throw new LookupError({ kind: 'unknown-talk', text, closest });
}

/** Whether a title holds each word at the start of one of its words; a word of a script written without spaces anywhere in one (`内部構造` in `asyncioの内部構造を…`). */
function titleHolds(talk: Talk, words: string[]): boolean {
  const titleWords = foldWords(talk.title);
  return words.every((word) => {
    const inside = writtenUnspaced(word);
    return titleWords.some((titleWord) => (inside ? titleWord.includes(word) : titleWord.startsWith(word)));
  });
}

/** The one talk an update cancelled whose title holds the words (its id is made of them). */
function cancelledNamed(store: Store, words: string[]): Talk | undefined {
  const named = words.length === 0 ? [] : (store.cancelled ?? []).filter((talk) => titleHolds(talk, words));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The talk whose url is this page; a page two talks share (a talk given
 * twice) is answered with both. A query the talk's own url does not have
 * (`?utm_source=…`, added as a link is shared) is left out when nothing
 * matches with it.
 */
function talkAtPage(store: Store, page: Page, text: string): Talk {
  const withUrl = store.talks.filter((talk) => talk.url !== undefined);
  let found = withUrl.filter((talk) => pageOf(talk.url as string)?.address === page.address);
  if (found.length === 0 && page.address !== page.path) {
    found = withUrl.filter((talk) => pageOf(talk.url as string)?.address === page.path);
  }
  if (found.length === 1) return found[0] as Talk;
  if (found.length > 1) throw new LookupError({ kind: 'ambiguous-talk', text, talks: found, handles: handlesFor(store, found) });
  throw new LookupError({ kind: 'no-talk-at-page', text });
}

/** A web page's address as compared with a talk's url, and the same without its query. */
interface Page {
  address: string;
  path: string;
}

/**
 * A web page's address as compared with a talk's url: the same page over
 * http or https, with or without a trailing slash or a #fragment, and with
 * its host in any case. Undefined for text that is not an http(s) address.
 */
function pageOf(text: string): Page | undefined {
  const parts = /^https?:\/\/([^/?#\s]+)([^?#\s]*)(\?[^#\s]*)?(#\S*)?$/i.exec(text);
  if (!parts) return undefined;
  const [, host = '', path = '', query = ''] = parts;
  const page = `${host.toLowerCase()}${path.replace(/\/+$/, '')}`;
  return { address: `${page}${query}`, path: page };
}

function handlesFor(store: Store, talks: Talk[]): string[] {
  const handles = handlesOf(store.talks);
  return talks.map((talk) => handles.get(talk));
}

export interface TalkFilter {
  date?: string | undefined;
  rooms?: string[] | undefined;
  track?: string | undefined;
  speaker?: string | undefined;
  /** Keep the talks running at this instant (epoch ms). */
  at?: number | undefined;
}

export function filterTalks(talks: Talk[], filter: TalkFilter): Talk[] {
  // No filter keeps the list itself, and a day's talks are found by date: a store's talks are then read only as they
  // are asked for (store/lazyTalks.ts).
  if (Object.values(filter).every((value) => value === undefined)) return talks;
  const bySpeaker = filter.speaker === undefined ? undefined : speakerTest(talks, filter.speaker);
  return candidatesFor(talks, filter).filter(
    (talk) =>
      (filter.date === undefined || talk.date === filter.date) &&
      (filter.rooms === undefined || filter.rooms.includes(talk.room)) &&
      (filter.track === undefined || talk.track === filter.track) &&
      (bySpeaker === undefined || bySpeaker(talk)) &&
      (filter.at === undefined || runsAt(talk, filter.at)),
  );
}

/**
 * Whether a talk is given by the speaker named: by anyone whose name holds
 * the text (`langa`), or, when it is someone's whole name, by them alone
 * (`Speaker 3`, not Speaker 30), as "pycon speaker" reads it.
 */
function speakerTest(talks: Talk[], typed: string): (talk: Talk) => boolean {
  const wanted = foldText(typed);
  const whole = wholeName(typed);
  const isWhole = (talk: Talk) => talk.speakers.some((name) => wholeName(name) === whole);
  if (whole !== '' && talks.some(isWhole)) return isWhole;
  return (talk) => foldText(talk.speakers.join(' | ')).includes(wanted);
}

/**
 * The talks a filter may keep, found without reading the others where the
 * store saved how: those running at its moment by their slots
 * (talkSlots.ts), else those of its day by their dates (talkColumns.ts).
 */
function candidatesFor(talks: Talk[], filter: TalkFilter): Talk[] {
  const running = filter.at === undefined ? undefined : placesRunningAt(talks, filter.at);
  if (running) return running.map((place) => talks[place] as Talk);
  return filter.date === undefined ? talks : talksOn(talks, filter.date);
}
