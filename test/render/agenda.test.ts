import { describe, expect, it } from 'vitest';
import { renderAgenda } from '../../src/render/agenda.js';
import { plainStyle } from '../../src/render/style.js';
import { conferenceTimeView } from '../../src/render/times.js';
import { saturdayTalk } from '../helpers/talks.js';

const talk = saturdayTalk;

describe('the itinerary agenda', () => {
  it('shows back-to-back talks in one room one after the other, not as a clash', () => {
    const talks = [talk('first', '10:00', '10:30', 'Room 1'), talk('second', '10:30', '11:00', 'Room 1')];
    const look = { view: conferenceTimeView('America/New_York'), style: plainStyle, width: 80 };
    expect(renderAgenda('default', talks, talks, look)).toBe(
      [
        'Itinerary default: 2 talks, no clashes',
        '',
        'Saturday 4 May 2019',
        '  10:00–10:30  first',
        '               Room 1 · first',
        '  10:30–11:00  second',
        '               Room 1 · second',
        '',
      ].join('\n'),
    );
  });

  it('says how long a clash of three talks runs, counting each minute two or more of them run together once', () => {
    const talks = [talk('a', '10:00', '11:00', 'Room 1'), talk('b', '10:30', '11:30', 'Room 2'), talk('c', '11:15', '12:00', 'Room 3')];
    const look = { view: conferenceTimeView('America/New_York'), style: plainStyle, width: 80 };
    expect(renderAgenda('default', talks, talks, look).split('\n').slice(0, 5)).toEqual([
      'Itinerary default: 3 talks, 1 clash',
      '',
      'Saturday 4 May 2019',
      '! Clash: 3 talks overlap for 45 min',
      '! 10:00–11:00  a',
    ]);
  });

  it('keeps the command that drops a cancelled talk whole on its line', () => {
    const talks = [talk('kept', '10:00', '10:30', 'Room 1')];
    const gone = talk('a-talk-with-a-rather-long-handle-that-wraps', '11:00', '11:30', 'Room 1');
    const look = { view: conferenceTimeView('America/New_York'), style: plainStyle, width: 80 };
    expect(
      renderAgenda('friends', talks, talks, look, { cancelled: [gone] })
        .split('\n')
        .slice(0, 6),
    ).toEqual([
      'Itinerary friends: 1 talk, no clashes, 1 cancelled',
      '',
      '✗ a-talk-with-a-rather-long-handle-that-wraps (Saturday 4 May 2019, 11:00–11:30,',
      'Room 1) was cancelled;',
      '"pycon drop -i friends a-talk-with-a-rather-long-handle-that-wraps" takes it',
      'out.',
    ]);
  });
});
