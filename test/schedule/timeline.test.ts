import { describe, expect, it } from 'vitest';
import { nowAndNext } from '../../src/schedule/timeline.js';
import type { Store } from '../../src/schedule/types.js';
import { bundledStoreData } from '../helpers/store.js';
import { saturdayTalk } from '../helpers/talks.js';

describe('nowAndNext', () => {
  const talks = [
    saturdayTalk('a', '10:00', '11:00'),
    saturdayTalk('b', '10:30', '11:30'),
    saturdayTalk('d', '10:45', '11:15', 'Room 2'),
    saturdayTalk('c', '11:30', '12:00'),
    saturdayTalk('f', '12:00', '12:30', 'Room 2'),
    saturdayTalk('e', '11:15', '11:45', 'Room 2'),
    saturdayTalk('g', '11:15', '11:45', 'Room 2'),
  ];
  const store: Store = { ...bundledStoreData(), rooms: ['Room 2', 'Room 1', 'Room 3'], talks };
  const at = Date.parse('2019-05-04T10:45:00-04:00');

  it('gives, room by room in the store’s order, every talk running and the earliest to start after them', () => {
    const { now, next } = nowAndNext(store, at);
    // Room 1 holds two at once, as a schedule may: a and b both run. b started before 10:45, so it is not next; c is.
    // Room 2: d starts this minute, so it is on now and not next; e and g start together, and e, listed first, is next.
    expect({ now: now.map((talk) => talk.id), next: next.map((talk) => talk.id) }).toEqual({ now: ['d', 'a', 'b'], next: ['e', 'c'] });
  });

  it('gives nothing for a room with no talk running or to come', () => {
    expect(nowAndNext(store, Date.parse('2019-05-04T12:45:00-04:00'))).toEqual({ now: [], next: [] });
  });
});
