/**
 * A store's outline (`store.outline.json`): the store without its talks'
 * descriptions and folded search text, a quarter of its size. Most commands
 * (talks, timetable, now, itinerary, days, rooms) never read a description,
 * and on a conference of 1,500 talks parsing the whole store is most of
 * their start-up; the outline parses in a fifth of the time.
 *
 * The outline is written beside a sealed store (storeSeal.ts) and read only
 * while the seal says both are as pycon wrote them. It says where in the
 * store each talk's description lies, and a talk reads its description from
 * there the first time one is asked for: an export of a few talks reads a
 * few hundred bytes of the store, not all of it. The store's search text is
 * written beside it too (searchFile.ts), so a search reads the outline and
 * that, not every description. Nothing reads differently, only later.
 * The talks' handles are worked out once and saved in the outline too: they
 * depend on every id and title, and a plan of 20 talks would otherwise sort
 * all the ids of the conference. So is the speakers' order as a name index,
 * which `pycon speakers` would otherwise get from ICU's collation data, with
 * each speaker's number of talks, so that it reads no talk at all; and so
 * are what `pycon days` and `pycon rooms` list (daySummaries.ts,
 * roomSummaries.ts).
 * Its talks are written a line each (outlineLayout.ts), each read from the
 * file, kept open until closeOutline, and parsed when a command first asks
 * for it; and every talk's uid and date as columns
 * beside them (talkColumns.ts), and its time and room (talkSlots.ts), so
 * that a command finds the talks it needs without parsing the others.
 */
import { type BigIntStats, closeSync, fstatSync, openSync, rmSync } from 'node:fs';
import { UserError } from '../errors.js';
import { once } from '../schedule/once.js';
import { offerSearchColumns, searchTextOfColumns } from '../schedule/searchIndex.js';
import { handlesOf, rememberHandles } from '../schedule/handles.js';
import { rememberNameOrder, speakerNameOrder, talkCounts } from '../schedule/speakers.js';
import { rememberDaySummaries, summarizeDays } from '../schedule/daySummaries.js';
import { rememberRoomSummaries, summarizeRooms } from '../schedule/roomSummaries.js';
import { columnsOf, rememberColumns } from '../schedule/talkColumns.js';
import { rememberSlots, slotsText } from '../schedule/talkSlots.js';
import type { Store, Talk } from '../schedule/types.js';
import { type FileInParts, fileInParts } from './fileInParts.js';
import { openRegularFile } from './readFile.js';
import { type StoreContent, storeText } from './storeText.js';
import { sealedSearchColumns, searchFileText } from './searchFile.js';
import { outlineLayout, readOutline } from './outlineLayout.js';
import { isSameFile, outlinePath, type StoreSummary, sealedOutlineStore, summaryOf } from './storeSeal.js';

/** An outline as written: a store, where each description lies in the store's text, the talks' handles (as word counts) and the speakers' order. */
type OutlineData = Store & {
  descriptionAt?: unknown;
  handleWords?: unknown;
  speakerOrder?: unknown;
  speakerTalks?: unknown;
  daySummaries?: unknown;
  roomSummaries?: unknown;
  uids?: unknown;
  dates?: unknown;
  slots?: unknown;
};

/** The files written beside a clean store: its outline, and its search text; and its summary, for its seal. */
export interface OutlineFiles {
  /** Each file's text in parts, written one after another (atomicWrite.ts). */
  outline: readonly string[];
  search: readonly string[];
  summary: StoreSummary;
}

export function outlineFiles(store: Store, text: StoreContent): OutlineFiles {
  return { outline: outlineText(store, text), search: searchFileText(store), summary: summaryOf(store) };
}

/**
 * The outline's text: the store without descriptions and search text, not
 * indented, as only pycon reads it, for the store written as `text`. A
 * description is a talk's last field (loadStore.ts), so adding it back last
 * keeps the fields in their order.
 */
export function outlineText(store: Store, text: StoreContent): string[] {
  const outline = (talks: Talk[]) => talks.map(({ description: _description, ...talk }) => talk);
  const descriptionAt = descriptionPlaces(store, text);
  const speakers = speakerNameOrder(store.talks);
  const fields = {
    ...store,
    talks: undefined,
    ...(store.cancelled ? { cancelled: outline(store.cancelled) } : {}),
    searchText: undefined,
    ...(descriptionAt ? { descriptionAt } : {}),
    handleWords: handlesOf(store.talks).wordCounts(),
    // One string, a name a line: every command parses the outline, and one string parses faster than many.
    speakerOrder: speakers.join('\n'),
    speakerTalks: talkCounts(store.talks, speakers).join('\n'),
    daySummaries: summarizeDays(store.conference.days, store.talks),
    roomSummaries: summarizeRooms(store.rooms, store.conference.days, store.talks),
    ...columnsOf(store.talks),
    slots: slotsText(store.talks, store.rooms),
  };
  const talks = outline(store.talks).map((talk) => storeText(talk, 0).slice(0, -1));
  return outlineLayout(fields, talks, (data) => storeText(data, 0));
}

/**
 * Where each description's JSON literal lies in the store's text, as offset
 * and length pairs, the talks' and then the cancelled talks'. A description
 * is a talk's last field, so its literal runs from its key to the end of the
 * line: JSON holds no raw line break in a string, and escapes every `"` in
 * one, so the key is found only where it is a key. In a store written as
 * checked (loadStore.ts), the talks and then the cancelled talks come before
 * anything else with such a key: the search text comes last. Undefined when
 * the text is not laid out so, or holds characters beyond ASCII, and the
 * whole store is read instead.
 */
function descriptionPlaces(store: Store, text: StoreContent): number[] | undefined {
  // Places are read back as bytes of the file: in text beyond ASCII (a store edited by hand) a character is not a byte.
  if (typeof text === 'string' && BEYOND_ASCII.test(text)) return undefined;
  const key = '"description": ';
  const places: number[] = [];
  const isQuote = (at: number) => (typeof text === 'string' ? text.charCodeAt(at) : text[at]) === QUOTE;
  let from = 0;
  for (let left = store.talks.length + (store.cancelled?.length ?? 0); left > 0; left--) {
    const at = text.indexOf(key, from);
    if (at === -1) return undefined;
    const start = at + key.length;
    const end = text.indexOf('\n', start);
    if (end === -1 || !isQuote(start) || !isQuote(end - 1)) return undefined;
    places.push(start, end - start);
    from = end;
  }
  return places;
}

const QUOTE = 0x22;
const BEYOND_ASCII = /[^\x00-\x7f]/;

/** Why an outline's store is read whole: for descriptions the outline cannot say where they lie, or for search text whose own file cannot be trusted. */
export type WholeStoreNeed = 'descriptions' | 'search text';

/**
 * The store at storePath from its sealed outline, its descriptions and
 * search text read when first asked for (from the whole store, read with
 * loadWhole, when their own files cannot be trusted); undefined when there
 * is no outline to trust.
 */
export function loadOutline(storePath: string, loadWhole: (need: WholeStoreNeed) => Store): Store | undefined {
  const path = outlinePath(storePath);
  let opened: ReturnType<typeof openRegularFile>;
  try {
    opened = openRegularFile(path, { what: 'store outline', missing: '', kept: true });
  } catch {
    return undefined;
  }
  const changed = () => new UserError(`The talk store ${storePath} changed while pycon read it; run the command again.`);
  // A talk's line is checked only when it is parsed: one found spoiled then is too late to read the whole store
  // instead, so the outline is removed, and the next command reads the store whole and writes the outline anew.
  const spoiled = () => {
    rmSync(path, { force: true });
    return new UserError(`The outline beside the talk store ${storePath} was spoiled, so pycon removed it; run the command again.`);
  };
  const file = fileInParts(opened.fd, Number(opened.stat.size));
  const storeStat = sealedOutlineStore(storePath, opened.stat);
  // Talks parsed a line at a time are given their description's getter as each is parsed, long after this returns.
  const read = storeStat && readOutline<OutlineData>(file, (talk) => describe(talk), spoiled);
  if (!storeStat || !read) {
    file.close();
    return undefined;
  }
  const closers = [file.close];
  const { data: outline, lazy } = read;
  const positionOf = lazy?.positionOf;
  const { descriptionAt, handleWords, speakerOrder, speakerTalks, daySummaries, roomSummaries, uids, dates, slots } = outline;
  delete outline.descriptionAt;
  delete outline.handleWords;
  delete outline.speakerOrder;
  delete outline.speakerTalks;
  delete outline.daySummaries;
  delete outline.roomSummaries;
  delete outline.uids;
  delete outline.dates;
  delete outline.slots;
  // A talk's line starts with its id, and holds its uid next, each written as the outline writes it (a quote in a
  // line is a key's or a value's, as JSON escapes the others); a talk found so is checked to have it.
  const json = (text: string) => storeText(text, 0).slice(0, -1);
  const withId = lazy && ((id: string) => lazy.startingWith(`{"id":${json(id)},`));
  const uidAt = lazy && ((uid: string) => lazy.indexHolding(`,"uid":${json(uid)},`));
  // Without a column (a uid holding a line break leaves both out), its lookups read the talks through.
  const column = (value: unknown) => (typeof value === 'string' ? value : undefined);
  rememberColumns(outline.talks, { uids: column(uids), dates: column(dates) }, { range: lazy?.range, withId, uidAt });
  rememberSlots(outline.talks, slots, outline.rooms.length);
  if (typeof speakerOrder === 'string')
    rememberNameOrder(
      outline.talks,
      () => speakerOrder.split('\n'),
      typeof speakerTalks === 'string' ? () => countsIn(speakerTalks) : undefined,
    );
  rememberDaySummaries(outline.talks, daySummaries);
  rememberRoomSummaries(outline.talks, roomSummaries);
  if (
    Array.isArray(handleWords) &&
    handleWords.length === outline.talks.length &&
    handleWords.every((count) => Number.isInteger(count) && count > 0)
  )
    rememberHandles(outline.talks, handleWords, positionOf);
  const cancelled = outline.cancelled ?? [];
  const talkCount = outline.talks.length;
  const places =
    Array.isArray(descriptionAt) && descriptionAt.length === (talkCount + cancelled.length) * 2 ? (descriptionAt as number[]) : undefined;
  const whole = sameTalks(outline, loadWhole, changed);
  // A talk's description lies at its place among the talks, then the cancelled talks.
  const placeOf = positionOf
    ? (talk: Talk) => positionOf(talk) ?? talkCount + cancelled.indexOf(talk)
    : positionsIn([...outline.talks, ...cancelled]);
  const fillIn = places ? fromPlaces(storePath, storeStat, placeOf, places, changed, closers) : fromWhole(outline, whole);
  const savedColumns = once(() => sealedSearchColumns(storePath, storeStat, changed));
  // A search of all talks reads the saved columns as they are; a talk's own search text is cut from them only if asked for.
  offerSearchColumns(outline, savedColumns);
  const searchText = () => {
    const saved = savedColumns();
    return (saved && searchTextOfColumns(saved, talkCount)) ?? whole('search text').searchText;
  };
  const description = descriptionOnDemand(fillIn);
  const describe = (talk: Talk) => Object.defineProperty(talk, 'description', description);
  for (const talk of positionOf ? cancelled : [...outline.talks, ...cancelled]) describe(talk);
  const store = withSearchTextOnDemand(outline, searchText);
  openFiles.set(store, closers);
  return store;
}

/** The files a store read from its outline keeps open, to read its talks and descriptions as they are asked for. */
const openFiles = new WeakMap<Store, (() => void)[]>();

/** Closes the files a store read from its outline keeps open, once a command is done with it: a talk not read by then cannot be. */
export function closeOutline(store: Store): void {
  for (const close of openFiles.get(store) ?? []) close();
  openFiles.delete(store);
}

/** Numbers written a line each, as the outline writes the speakers' counts of talks; undefined unless each is a count. */
function countsIn(text: string): number[] | undefined {
  const counts = text.split('\n').map(Number);
  return counts.every((count) => Number.isInteger(count) && count > 0) ? counts : undefined;
}

/** Where each talk is in a list: made when first asked, as most commands read no description. */
function positionsIn(talks: Talk[]): (talk: Talk) => number {
  let indexOf: Map<Talk, number> | undefined;
  return (talk) => {
    indexOf ??= new Map(talks.map((each, index) => [each, index]));
    return indexOf.get(talk) ?? -1;
  };
}

/**
 * The whole store, read once when first needed; it must hold the outline's
 * talks in the same order, or the store was replaced in between (an update)
 * and no talk may get another's text.
 */
function sameTalks(outline: Store, loadWhole: (need: WholeStoreNeed) => Store, changed: () => UserError): (need: WholeStoreNeed) => Store {
  let whole: Store | undefined;
  return (need) => {
    if (whole) return whole;
    const read = loadWhole(need);
    const pairs: [Talk[], Talk[]][] = [
      [outline.talks, read.talks],
      [outline.cancelled ?? [], read.cancelled ?? []],
    ];
    if (pairs.some(([mine, theirs]) => mine.length !== theirs.length || mine.some((talk, index) => theirs[index]?.uid !== talk.uid)))
      throw changed();
    whole = read;
    return whole;
  };
}

/**
 * Gives a talk its description from its place in the store, which must
 * still be the file sealed with the outline. The store is read in parts
 * (fileInParts.ts): descriptions lie in the talks' order, so an export of
 * every talk reads a stretch for dozens of them, not one read each.
 */
function fromPlaces(
  storePath: string,
  storeStat: BigIntStats,
  placeOf: (talk: Talk) => number,
  places: number[],
  changed: () => UserError,
  closers: (() => void)[],
): (talk: Talk) => void {
  let file: FileInParts | undefined;
  closers.push(() => {
    file?.close();
    file = undefined;
  });
  const opened = (): FileInParts => {
    if (file) return file;
    const fd = openSync(storePath, 'r');
    const stat = fstatSync(fd, { bigint: true });
    // Kept open until closeOutline: the file read is the one the outline was sealed with, even if an update replaces it.
    if (!isSameFile(storeStat, stat)) {
      closeSync(fd);
      throw changed();
    }
    file = fileInParts(fd, Number(stat.size));
    return file;
  };
  return (talk) => {
    const index = placeOf(talk);
    const [offset = -1, length = -1] = places.slice(index * 2, index * 2 + 2);
    const store = opened();
    let description: unknown;
    try {
      description = JSON.parse(store.bytes(offset, offset + length).toString('latin1'));
    } catch {
      throw changed();
    }
    if (typeof description !== 'string') throw changed();
    setOwn(talk, 'description', description);
  };
}

/** Gives every talk its description from the whole store. */
function fromWhole(outline: Store, whole: (need: WholeStoreNeed) => Store): (talk: Talk) => void {
  return () => {
    const read = whole('descriptions');
    for (const [mine, theirs] of [
      [outline.talks, read.talks],
      [outline.cancelled ?? [], read.cancelled ?? []],
    ]) {
      for (const [index, talk] of (mine as Talk[]).entries()) setOwn(talk, 'description', theirs?.[index]?.description ?? '');
    }
  };
}

/** One getter for every talk's description, added as a new last field, so that the talks keep sharing one fast shape. */
function descriptionOnDemand(fillIn: (talk: Talk) => void): PropertyDescriptor {
  return {
    get(this: Talk): string {
      fillIn(this);
      return this.description;
    },
    enumerable: true,
    configurable: true,
  };
}

function withSearchTextOnDemand(outline: Store, readSearchText: () => Store['searchText']): Store {
  Object.defineProperty(outline, 'searchText', {
    get(): Store['searchText'] {
      const searchText = readSearchText();
      setOwn(outline, 'searchText', searchText);
      return searchText;
    },
    enumerable: true,
    configurable: true,
  });
  return outline;
}

function setOwn<T extends object>(target: T, field: keyof T & string, value: unknown): void {
  Object.defineProperty(target, field, { value, enumerable: true, writable: true, configurable: true });
}
