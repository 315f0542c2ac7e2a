import { describe, expect, it } from 'vitest';
import { LookupError, type LookupProblem } from '../../src/schedule/lookupError.js';
import { filterTalks, findDay, findRoom, findRooms, findTalk, findTrack, listTracks } from '../../src/schedule/query.js';
import type { Store, Talk } from '../../src/schedule/types.js';
import { saturdayTalk } from '../helpers/talks.js';

function problemOf(read: () => unknown): LookupProblem | undefined {
  try {
    read();
  } catch (error) {
    if (error instanceof LookupError) return error.problem;
    throw error;
  }
  return undefined;
}

const rooms = ['Atrium Ballroom AB', 'Grand Ballroom A', 'Grand Ballroom B', 'Room 26A/B/C', 'Salle Écho'];

describe('reading a room', () => {
  it('takes a whole name in any case and accents, or any part only one name holds', () => {
    expect(findRoom(rooms, 'grand ballroom a')).toBe('Grand Ballroom A');
    expect(findRoom(rooms, 'ECHO')).toBe('Salle Écho');
    expect(findRoom(rooms, '26')).toBe('Room 26A/B/C');
    expect(findRoom(rooms, 'atrium')).toBe('Atrium Ballroom AB');
  });

  it('takes a part that is whole words of one name, though it is inside another', () => {
    expect(findRoom(rooms, 'ballroom a')).toBe('Grand Ballroom A');
  });

  it('takes a whole name, though it is whole words of another name too', () => {
    expect(findRoom(['Room 1', 'Room 1 Annex'], 'room 1')).toBe('Room 1');
    expect(findRoom(['Room 1', 'Room 1 Annex'], 'Room 1 annex')).toBe('Room 1 Annex');
  });

  it('names the candidates of an ambiguous part, and every room for one that matches none', () => {
    expect(problemOf(() => findRoom(rooms, 'grand'))).toEqual({
      kind: 'ambiguous-name',
      what: 'room',
      text: 'grand',
      names: ['Grand Ballroom A', 'Grand Ballroom B'],
    });
    expect(problemOf(() => findRoom(rooms, 'kitchen'))).toEqual({ kind: 'unknown-name', what: 'room', text: 'kitchen', names: rooms });
    expect(problemOf(() => findRoom(rooms, ' - '))).toEqual({ kind: 'unknown-name', what: 'room', text: ' - ', names: rooms });
  });

  it('takes a building, as a walk names one: every room whose name starts with what precedes the *', () => {
    expect(findRooms(rooms, 'Grand Ballroom *')).toEqual(['Grand Ballroom A', 'Grand Ballroom B']);
    expect(findRooms(rooms, '*')).toEqual(rooms);
    expect(findRooms(rooms, 'atrium')).toEqual(['Atrium Ballroom AB']);
    expect(problemOf(() => findRooms(rooms, 'Kitchen *'))).toEqual({ kind: 'empty-building', building: 'Kitchen *' });
  });
});

describe('reading a track', () => {
  const talks = [
    { ...saturdayTalk('a', '10:00', '11:00'), track: 'Security' },
    { ...saturdayTalk('b', '10:00', '11:00'), track: 'Rust' },
    { ...saturdayTalk('c', '10:00', '11:00'), track: 'Security' },
    saturdayTalk('d', '10:00', '11:00'),
  ];

  it('lists each track once, sorted, and reads any part of one', () => {
    expect(listTracks(talks)).toEqual(['Rust', 'Security']);
    expect(findTrack(talks, 'sec')).toBe('Security');
  });

  it('says when the conference has no tracks at all', () => {
    expect(problemOf(() => findTrack([saturdayTalk('d', '10:00', '11:00')], 'rust'))).toEqual({ kind: 'no-tracks' });
    expect(problemOf(() => findTrack(talks, 'go'))).toEqual({
      kind: 'unknown-name',
      what: 'track',
      text: 'go',
      names: ['Rust', 'Security'],
    });
  });
});

describe('reading a day', () => {
  const context = { days: ['2019-05-03', '2019-05-04', '2019-05-05'], today: () => '2019-05-04' };

  it('reads a weekday, a date, today and tomorrow, with spaces and in any case', () => {
    expect(['Friday', ' SAT ', 'sun.', '2019-05-03', 'today', 'Tomorrow'].map((text) => findDay(text, context))).toEqual([
      '2019-05-03',
      '2019-05-04',
      '2019-05-05',
      '2019-05-03',
      '2019-05-04',
      '2019-05-05',
    ]);
  });

  it('names a weekday the conference lacks, a date outside it, and words that are no day', () => {
    expect(problemOf(() => findDay('monday', context))).toEqual({ kind: 'no-such-weekday', weekday: 'Monday', days: context.days });
    expect(problemOf(() => findDay('2019-05-06', context))).toEqual({
      kind: 'not-a-conference-day',
      date: '2019-05-06',
      days: context.days,
    });
    expect(problemOf(() => findDay('tomorrow', { ...context, today: () => '2019-05-05' }))).toEqual({
      kind: 'not-a-conference-day',
      date: '2019-05-06',
      days: context.days,
    });
    expect(problemOf(() => findDay('someday', context))).toEqual({ kind: 'unreadable-day', text: 'someday', days: context.days });
  });
});

describe('filtering talks', () => {
  const talks = [
    { ...saturdayTalk('a', '10:00', '11:00', 'Hall'), speakers: ['Łukasz Langa', 'Ana Smith'], track: 'Core' },
    { ...saturdayTalk('b', '10:30', '11:30', 'Hall'), speakers: ['Émile Zola'] },
    { ...saturdayTalk('c', '11:00', '12:00', 'Room'), date: '2019-05-05' },
  ];
  const ids = (filter: Parameters<typeof filterTalks>[1]) => filterTalks(talks, filter).map((talk) => talk.id);

  it('keeps the talks that meet every condition given', () => {
    expect(ids({})).toEqual(['a', 'b', 'c']);
    expect(ids({ date: '2019-05-04' })).toEqual(['a', 'b']);
    expect(ids({ rooms: ['Room'] })).toEqual(['c']);
    expect(ids({ rooms: ['Hall', 'Room'] })).toEqual(['a', 'b', 'c']);
    expect(ids({ track: 'Core' })).toEqual(['a']);
    expect(ids({ speaker: 'emile' })).toEqual(['b']);
    expect(ids({ speaker: 'langa | ana' })).toEqual(['a']);
    expect(ids({ at: Date.parse('2019-05-04T11:00:00-04:00') })).toEqual(['b', 'c']);
    expect(ids({ rooms: ['Hall'], at: Date.parse('2019-05-04T10:15:00-04:00') })).toEqual(['a']);
  });

  it("keeps a speaker's talks alone when given their whole name, and anyone's whose name holds a part", () => {
    const numbered = [
      { ...saturdayTalk('three', '10:00', '11:00'), speakers: ['Speaker 3'] },
      { ...saturdayTalk('thirty', '10:00', '11:00'), speakers: ['Speaker 30', 'Ada Lee'] },
    ];
    const by = (speaker: string) => filterTalks(numbered, { speaker }).map((talk) => talk.id);
    expect(by('speaker 3')).toEqual(['three']);
    expect(by('SPEAKER  3')).toEqual(['three']);
    expect(by('speaker 30')).toEqual(['thirty']);
    expect(by('speaker')).toEqual(['three', 'thirty']);
    expect(by('eaker 3')).toEqual(['three', 'thirty']);
  });
});

describe('naming a talk', () => {
  const talk = (id: string, title: string, url?: string): Talk => ({
    ...saturdayTalk(id, '10:00', '11:00'),
    title,
    ...(url === undefined ? {} : { url }),
  });
  const store = (talks: Talk[]): Store => ({
    schemaVersion: 2,
    conference: { name: 'test', title: 'Test', timezone: 'America/New_York', location: '', days: ['2019-05-04'] },
    rooms: ['Room 1'],
    talks,
  });
  const talks = store([
    talk('rust-hardware', 'Rust!'),
    talk('rust-for-hardware', 'Rust for Hardware', 'https://example.org/2024/talk/7?lang=en'),
    talk('rust-for-hardware-2', 'Rust for Hardware', 'https://example.org/2024/talk/7?lang=de'),
    talk('rustacean-meetup', 'Rustacean Meetup', 'https://example.org/2024/talk/70//'),
  ]);
  const found = (text: string) => findTalk(talks, text).id;

  it('takes its exact title, though another title holds the same words', () => {
    expect(found('rust!')).toBe('rust-hardware');
    expect(problemOf(() => found('rust'))).toMatchObject({
      kind: 'ambiguous-talk',
      handles: ['rust-hardware', 'rust-for-hardware', 'rust-for-hardware-2', 'rustacean'],
    });
  });

  it('takes its page with the query that tells two pages apart, and with any number of trailing slashes', () => {
    expect(found('https://example.org/2024/talk/7?lang=de')).toBe('rust-for-hardware-2');
    expect(found('https://example.org/2024/talk/7?lang=en#top')).toBe('rust-for-hardware');
    expect(found('https://example.org/2024/talk/70')).toBe('rustacean-meetup');
    expect(problemOf(() => found('https://example.org/2024/talk/7'))).toEqual({
      kind: 'no-talk-at-page',
      text: 'https://example.org/2024/talk/7',
    });
  });

  it('offers the five talks closest to words no title holds', () => {
    const manyTalks = store(
      Array.from({ length: 7 }, (_, index) => ({ ...talk(`talk-${index}`, `Talk ${index}`), description: 'Quantum bits, quantum gates.' })),
    );
    expect(problemOf(() => findTalk(manyTalks, 'quantum'))).toMatchObject({
      kind: 'unknown-talk',
      closest: manyTalks.talks.slice(0, 5),
    });
  });

  it('reads a page followed by more words as words, not as the page', () => {
    expect(problemOf(() => found('https://example.org/2024/talk/70 meetup'))).toMatchObject({ kind: 'unknown-talk' });
  });
});
