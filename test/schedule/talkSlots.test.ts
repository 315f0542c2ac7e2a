import { describe, expect, it } from 'vitest';
import { filterTalks } from '../../src/schedule/query.js';
import { placesRunningAt, rememberSlots, slotsOf, slotsText } from '../../src/schedule/talkSlots.js';
import { nowAndNext } from '../../src/schedule/timeline.js';
import type { Store, Talk } from '../../src/schedule/types.js';
import { bundledStoreData } from '../helpers/store.js';
import { saturdayTalk } from '../helpers/talks.js';

const rooms = ['Room 2', 'Room 1'];
const talks = () => [
  saturdayTalk('a', '10:00', '11:00'),
  saturdayTalk('b', '10:30', '11:30'),
  saturdayTalk('d', '10:45', '11:15', 'Room 2'),
  saturdayTalk('c', '11:30', '12:00'),
  saturdayTalk('e', '11:15', '11:45', 'Room 2'),
];
/** 2019-05-04 10:00 in New York, in minutes since 1970. */
const TEN = Date.parse('2019-05-04T10:00:00-04:00') / 60_000;
const at = (time: string) => Date.parse(`2019-05-04T${time}:00-04:00`);

/** Talks with their slots remembered, as a store's outline gives them, and the places read from them. */
function withSlots(list: Talk[], text: unknown = slotsText(list, rooms)) {
  const asked: number[] = [];
  const watched = new Proxy(list, {
    get(target, key) {
      if (typeof key === 'string' && /^\d+$/.test(key)) asked.push(Number(key));
      return Reflect.get(target, key);
    },
  });
  rememberSlots(watched, text, rooms.length);
  const store: Store = { ...bundledStoreData(), rooms, talks: watched };
  return { store, watched, asked };
}

const ids = ({ now, next }: { now: Talk[]; next: Talk[] }) => ({ now: now.map((talk) => talk.id), next: next.map((talk) => talk.id) });

describe("a store's talk slots", () => {
  it('hold each talk’s start and length in minutes, and its room’s place, three numbers a talk', () => {
    expect(JSON.parse(slotsText(talks(), rooms) ?? '')).toEqual([
      ...[TEN, 60, 1],
      ...[TEN + 30, 60, 1],
      ...[TEN + 45, 30, 0],
      ...[TEN + 90, 30, 1],
      ...[TEN + 75, 30, 0],
    ]);
    expect(slotsText([], rooms)).toBe('[]');
  });

  it('are not made for a time that is not a whole minute or is before 1970, an end before its start, or a room the store does not list', () => {
    expect(slotsText([{ ...saturdayTalk('a', '10:00', '11:00'), end: '2019-05-04T11:00:30-04:00' }], rooms)).toBeUndefined();
    expect(slotsText([saturdayTalk('a', '10:00', '11:00', 'Room 9')], rooms)).toBeUndefined();
    expect(slotsText([saturdayTalk('a', '11:00', '10:00')], rooms)).toBeUndefined();
    expect(slotsText([{ ...saturdayTalk('a', '10:00', '11:00'), start: '1969-12-31T23:00:00Z' }], rooms)).toBeUndefined();
    // A talk of no length, at 1970's first minute, has its slot.
    expect(slotsText([{ ...saturdayTalk('a', '10:00', '11:00'), start: '1970-01-01T00:00:00Z', end: '1970-01-01T00:00:00Z' }], rooms)).toBe(
      '[0,0,1]',
    );
  });

  it('are read as saved, and not at all unless they hold a whole slot for each talk', () => {
    const list = talks();
    const text = slotsText(list, rooms) ?? '';
    expect(slotsOf(withSlots(list, text).watched)?.rooms).toEqual([1, 1, 0, 1, 0]);
    expect(slotsOf(withSlots(list, text).watched)?.ends[2]).toBe(at('11:15'));
    const numbers = JSON.parse(text) as number[];
    expect(slotsOf(talks())).toBeUndefined();
    for (const spoiled of [
      null,
      42,
      text.slice(0, -1),
      JSON.stringify(numbers.slice(0, -3)),
      JSON.stringify([...numbers.slice(0, -1), 2]),
      JSON.stringify([...numbers.slice(0, -1), -1]),
      JSON.stringify([...numbers.slice(0, -2), 0.5, 0]),
      JSON.stringify([-1, ...numbers.slice(1)]),
      JSON.stringify([`${TEN}`, ...numbers.slice(1)]),
    ]) {
      expect(slotsOf(withSlots(list, spoiled).watched), String(spoiled)).toBeUndefined();
    }
  });

  it('find the talks on now and next in each room, reading only those', () => {
    const { store, asked } = withSlots(talks());
    // Room 2: d starts this minute, so it is on now, and e is next. Room 1: a and b run, both on now; c is next.
    expect(ids(nowAndNext(store, at('10:45')))).toEqual({ now: ['d', 'a', 'b'], next: ['e', 'c'] });
    expect([...new Set(asked)].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(ids(nowAndNext(store, at('12:00')))).toEqual({ now: [], next: [] });
  });

  it('are not trusted for now and next when a talk found by them is not in its slot: the talks are read through', () => {
    const list = talks();
    const numbers = JSON.parse(slotsText(list, rooms) ?? '') as number[];
    // The slots say d runs in Room 1.
    numbers[8] = 1;
    const { store } = withSlots(list, JSON.stringify(numbers));
    expect(ids(nowAndNext(store, at('10:45')))).toEqual({ now: ['d', 'a', 'b'], next: ['e', 'c'] });
    // The slots say a starts at 10:50, so that b would be on now and a next.
    const late = JSON.parse(slotsText(list, rooms) ?? '') as number[];
    late.splice(0, 2, TEN + 50, 10);
    expect(ids(nowAndNext(withSlots(list, JSON.stringify(late)).store, at('10:45')))).toEqual({ now: ['d', 'a', 'b'], next: ['e', 'c'] });
    // The slots say a runs until 11:40, so that it would still be on now at 11:10, beside d, which is in its slot.
    const long = JSON.parse(slotsText(list, rooms) ?? '') as number[];
    long[1] = 100;
    expect(ids(nowAndNext(withSlots(list, JSON.stringify(long)).store, at('11:10')))).toEqual({ now: ['d', 'b'], next: ['e', 'c'] });
  });

  it('find the talks running at a moment, reading only those, in store order', () => {
    const { watched, asked } = withSlots(talks());
    expect(placesRunningAt(watched, at('11:00'))).toEqual([1, 2]);
    expect(asked).toEqual([]);
    expect(filterTalks(watched, { at: at('11:15'), rooms: ['Room 2'] }).map((talk) => talk.id)).toEqual(['e']);
    expect(filterTalks(watched, { at: at('11:15'), date: '2019-05-05' })).toEqual([]);
    expect([...new Set(asked)].sort()).toEqual([1, 4]);
    expect(placesRunningAt(talks(), at('11:00'))).toBeUndefined();
  });
});
