import type { Talk } from '../../src/schedule/types.js';

/** A talk on Saturday 4 May 2019 from `start` to `end` (`"12:10"`), titled by its id. */
export function saturdayTalk(id: string, start: string, end: string, room = 'Room 1'): Talk {
  return {
    id,
    uid: id,
    title: id,
    speakers: [],
    day: 'Saturday',
    date: '2019-05-04',
    start: `2019-05-04T${start}:00-04:00`,
    end: `2019-05-04T${end}:00-04:00`,
    room,
    description: '',
  };
}
