import { describe, expect, it } from 'vitest';
import { searchTalks, stemOf } from '../../src/schedule/search.js';
import {
  buildSearchIndex,
  foldTalk,
  indexStore,
  offerSearchColumns,
  searchColumnsOf,
  searchTextOfColumns,
} from '../../src/schedule/searchIndex.js';
import { searchColumnsFrom } from '../helpers/searchColumns.js';
import { bundledStoreData } from '../helpers/store.js';
import { saturdayTalk } from '../helpers/talks.js';

const talk = (id: string, start: string, title: string, speakers: string[], description: string) => ({
  ...saturdayTalk(id, start, '18:00'),
  title,
  speakers,
  description,
});
const index = buildSearchIndex([
  talk('a', '10:00', 'Testing asyncio', ['Lynn Root'], 'Tests of everything.'),
  talk('b', '11:00', 'Other', ['Test Person'], 'Nothing to see. Testing, testing, tested'),
  talk('c', '12:00', 'Third', ['Ann Smith'], 'Retesting is not testing'),
  talk('d', '13:00', 'Fourth', [], 'Testing comes first here'),
  talk('e', '14:00', 'Fifth', ['Testa Rossa'], ''),
]);
const found = (query: string) => searchTalks(index, query).map((hit) => [hit.talk.id, hit.score, hit.match.field, hit.match.mentions]);

describe('search over every talk at once', () => {
  it('scores titles, speakers and word starts in descriptions, the first word and the last included', () => {
    expect(found('testing')).toEqual([
      ['a', 10.1, 'title', 1],
      ['b', 1.75, 'description', 3],
      ['c', 1.25, 'description', 1],
      ['d', 1.25, 'description', 1],
    ]);
    expect(found('test')).toEqual([
      ['b', 9.3, 'speaker', 3],
      ['a', 8.1, 'title', 1],
      ['e', 7, 'speaker', 0],
      ['c', 1.25, 'description', 1],
      ['d', 1.25, 'description', 1],
    ]);
  });

  it('keeps only the talks where every word occurs, in any field', () => {
    expect(found('testing root')).toEqual([['a', 19.1, 'speaker', 0]]);
    // A talk matches as well as its worst-matched word, whichever word comes first.
    expect(found('root testing')).toEqual([['a', 19.1, 'speaker', 0]]);
    expect(found('nothing testing')).toEqual([['b', 3, 'description', 1]]);
    expect(found('testing nothing')).toEqual([['b', 3, 'description', 1]]);
    expect(found('retesting comes')).toEqual([]);
  });

  it('names the title words that matched, for highlighting', () => {
    const terms = (query: string) => searchTalks(index, query).map((hit) => [hit.talk.id, [...hit.titleTerms]]);
    expect(terms('test asynco')).toEqual([['a', ['testing', 'asyncio']]]);
    expect(terms('see')).toEqual([['b', []]]);
  });

  it('finds a title word typed with a typo, through the words that hold its letters', () => {
    expect(found('asyncoi').map(([id]) => id)).toEqual(['a']);
    expect(found('asynco').map(([id]) => id)).toEqual(['a']);
  });

  it('scores a typo below any word found as typed: closer for one letter wrong than for letters left out', () => {
    const typos = buildSearchIndex([
      talk('a', '10:00', 'Testing asyncio', ['Lynn Root'], ''),
      talk('s', '11:00', 'Security for everyone', ['Jakob Mustermann'], ''),
      talk('l', '12:00', 'Asynchronous generators explained', ['Ann Smith'], ''),
    ]);
    const scored = (query: string) =>
      searchTalks(typos, query).map((hit) => [hit.talk.id, hit.score, hit.match.field, [...hit.titleTerms]]);
    // One letter left out of asyncio, and five of asynchronous: the nearer word scores more.
    expect(scored('asynco')).toEqual([
      ['a', 3.8, 'title', ['asyncio']],
      ['l', 3.69, 'title', ['asynchronous']],
    ]);
    // Two letters left out; asynchronous, over twice as long as what was typed, is not taken for it.
    expect(scored('asyc')).toEqual([['a', 3.71, 'title', ['asyncio']]]);
    // A letter missing, or two swapped, in a title or a speaker's name.
    expect([scored('securty'), scored('sceurity'), scored('smth')]).toEqual([
      [['s', 3.8, 'title', ['security']]],
      [['s', 3.8, 'title', ['security']]],
      [['l', 3.8, 'speaker', []]],
    ]);
    // Two typos in a long word count half as close as one.
    expect(scored('secrutiy')).toEqual([['s', 3.4, 'title', ['security']]]);
    // Three letters are too few to be taken for a typo of anything.
    expect([scored('rot'), scored('xyzzy')]).toEqual([[], []]);
  });

  it('counts mentions of a word without its ending, where four letters remain', () => {
    expect(['testing', 'tested', 'tests', 'classes', 'uses', 'ring'].map(stemOf)).toEqual([
      'test',
      'test',
      'test',
      'class',
      'uses',
      'ring',
    ]);
  });

  it('takes a word that starts a word of some description as meant, not as a typo of a title word', () => {
    // rust is one letter from rest.
    const words = buildSearchIndex([
      talk('t', '10:00', 'Rest APIs', [], ''),
      talk('r', '11:00', 'Systems', [], 'Written in Rust, in contrast.'),
    ]);
    expect(searchTalks(words, 'rust').map((hit) => [hit.talk.id, hit.match.field])).toEqual([['r', 'description']]);
    // Starting no word (`contrast` only ends with it), it is a typo of the title word.
    expect(searchTalks(words, 'rast').map((hit) => [hit.talk.id, hit.match.field])).toEqual([['t', 'title']]);
  });
});

describe('search in scripts written without spaces', () => {
  const japanese = [
    talk('j', '10:00', '型ヒント入門', ['山田 太郎'], '静的型付けについて話します。詳細はこちら。'),
    talk('k', '11:00', 'データ分析', ['佐藤 花子'], 'pandasで話しますが、型は扱いません。'),
    talk('l', '12:00', 'Testing', ['Ann Smith'], 'Written in English, with no Japanese.'),
  ];
  const ids = (index: ReturnType<typeof buildSearchIndex>, query: string) =>
    searchTalks(index, query).map((hit) => [hit.talk.id, hit.match.field, hit.match.mentions]);

  it('finds a Japanese word inside a description’s sentence, which is one word, and inside a title', () => {
    const built = buildSearchIndex(japanese);
    expect(ids(built, '話します')).toEqual([
      ['j', 'description', 1],
      ['k', 'description', 1],
    ]);
    expect(ids(built, 'こちら')).toEqual([['j', 'description', 1]]);
    expect(ids(built, 'ヒント')).toEqual([['j', 'title', 0]]);
    // One character is a word too: 型 is in j's title and description, and k's description.
    expect(ids(built, '型')).toEqual([
      ['j', 'title', 1],
      ['k', 'description', 1],
    ]);
    // A Latin word still matches only where a word starts.
    expect(ids(built, 'glish')).toEqual([]);
    expect(ids(built, 'engl')).toEqual([['l', 'description', 1]]);
  });

  it('finds it the same way in the columns saved beside a store, reading the descriptions only for such a word', () => {
    const texts = japanese.map(foldTalk);
    const built = buildSearchIndex(japanese);
    const columns = searchColumnsFrom(searchColumnsOf(texts));
    let descriptionReads = 0;
    const counted = {
      ...columns,
      descriptions: () => {
        descriptionReads++;
        return columns.descriptions();
      },
    };
    const store = { ...bundledStoreData(), talks: japanese, searchText: undefined };
    offerSearchColumns(store, () => counted);
    const saved = indexStore(store);
    expect(ids(saved, 'engl')).toEqual(ids(built, 'engl'));
    expect(descriptionReads).toBe(0);
    for (const query of ['話します', 'こちら', 'ヒント', '型', 'pandasで']) expect(ids(saved, query), query).toEqual(ids(built, query));
    expect(descriptionReads).toBe(1);
  });
});

describe('search columns saved beside a store', () => {
  const store = bundledStoreData();
  const texts = store.searchText ?? [];

  /** The columns as a search reads them back from the store's search file. */
  const savedColumns = () => searchColumnsFrom(searchColumnsOf(texts));

  it('give back each talk’s search text, and an index of all talks the same as one built from it', () => {
    const columns = savedColumns();
    expect(searchTextOfColumns(columns, texts.length)).toEqual(texts);
    const offeredTo = { ...store, searchText: undefined };
    let reads = 0;
    offerSearchColumns(offeredTo, () => {
      reads++;
      return columns;
    });
    const saved = indexStore(offeredTo);
    const built = indexStore({ ...store, searchText: [...texts] });
    expect([saved.titles, saved.speakers]).toEqual([built.titles, built.speakers]);
    expect(saved.titles.text).toBe(columns.titles);
    // Word starts come from the saved word index, and count as the built index counts them in the descriptions.
    for (const start of ['async', 'test', 'python', 'a', 'zzz', 'dja']) {
      expect(saved.descriptions.mentions(start), start).toEqual(built.descriptions.mentions(start));
      expect(saved.descriptions.anyStarts(start), start).toBe(built.descriptions.anyStarts(start));
    }
    expect(searchTalks(saved, 'testing').map((hit) => [hit.talk.id, hit.score])).toEqual(
      searchTalks(built, 'testing').map((hit) => [hit.talk.id, hit.score]),
    );
    // Made of the saved columns also for a filter that kept every talk, and read once.
    expect(
      indexStore(
        offeredTo,
        store.talks.filter(() => true),
      ).titles,
    ).toBe(saved.titles);
    expect(reads).toBe(1);
    expect(searchTalks(saved, 'asynco').map((hit) => hit.talk.id)).toEqual(searchTalks(built, 'asynco').map((hit) => hit.talk.id));
    expect(saved.vocabulary()).toEqual(columns.vocabulary.split(' '));
    expect(searchTalks(built, 'asynco').length).toBeGreaterThan(0);
    expect(built.vocabulary()).toEqual(saved.vocabulary());
  });

  it('are not used for a store whose talks they do not hold', () => {
    const columns = savedColumns();
    const offeredTo = { ...store, talks: store.talks.slice(1), searchText: texts.slice(1) };
    offerSearchColumns(offeredTo, () => columns);
    expect(indexStore(offeredTo).titles.starts).toHaveLength(store.talks.length - 1);
  });

  it('are refused when a column holds another number of talks, or is not laid out as written', () => {
    const columns = savedColumns();
    expect(searchTextOfColumns(columns, texts.length + 1)).toBeUndefined();
    expect(searchTextOfColumns({ ...columns, speakers: columns.speakers.slice(0, -1) }, texts.length)).toBeUndefined();
    expect(searchTextOfColumns({ ...columns, titles: `x${columns.titles}` }, texts.length)).toBeUndefined();
    expect(searchTextOfColumns({ ...columns, descriptions: () => columns.descriptions().slice(1) }, texts.length)).toBeUndefined();
  });

  it('index a part of the store from each talk’s text, as before', () => {
    const read = searchTextOfColumns(savedColumns(), texts.length);
    const saturday = store.talks.filter((talk) => talk.day === 'Saturday');
    const part = indexStore({ ...store, searchText: read }, saturday);
    expect(part.talks).toBe(saturday);
    expect(part.titles.starts).toHaveLength(saturday.length);
  });
});
