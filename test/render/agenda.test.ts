import { describe, expect, it } from 'vitest';
import { renderAgenda } from '../../src/render/agenda.js';
import { plainStyle } from '../../src/render/style.js';
import { conferenceTimeView } from '../../src/render/times.js';
import { findConflicts } from '../../src/schedule/conflicts.js';
import { saturdayTalk } from '../helpers/talks.js';

const talk = saturdayTalk;

describe('the itinerary agenda', () => {
  it('shows back-to-back talks in one room one after the other, not as a clash', () => {
    const talks = [talk('first', '10:00', '10:30', 'Room 1'), talk('second', '10:30', '11:00', 'Room 1')];
    const look = { view: conferenceTimeView('America/New_York'), style: plainStyle, width: 80 };
    expect(renderAgenda('default', talks, findConflicts(talks), talks, look)).toBe(
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
});
