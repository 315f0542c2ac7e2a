import { describe, expect, it } from 'vitest';
import { findSpeakers, listSpeakers } from '../../src/schedule/speakers.js';
import { saturdayTalk } from '../helpers/talks.js';

const talk = (id: string, start: string, ...speakers: string[]) => ({ ...saturdayTalk(id, start, '23:00'), speakers });
const talks = [
  talk('late', '16:00', 'Łukasz Langa', 'Ana Smith'),
  talk('early', '09:00', 'Lukasz Langa'),
  talk('middle', '12:00', 'Ana Smith', 'Émile Zola'),
  talk('lady', '13:00', 'Lady Red / Christopher Beacham'),
  talk('more', '14:00', 'Anna Smithers', 'Bob Andrews', 'Carol Anders', 'Dan Anderson', 'Eve Andersen', 'Fay Andrade'),
];
const names = (found: { name: string }[]) => found.map((speaker) => speaker.name);

describe('speakers', () => {
  it('lists everyone once, in the order of their names without accents, a tie broken by the name as written', () => {
    const listed = listSpeakers(talks);
    expect(names(listed)).toEqual([
      'Ana Smith',
      'Anna Smithers',
      'Bob Andrews',
      'Carol Anders',
      'Dan Anderson',
      'Émile Zola',
      'Eve Andersen',
      'Fay Andrade',
      'Lady Red / Christopher Beacham',
      'Lukasz Langa',
      'Łukasz Langa',
    ]);
    expect(listed.find((speaker) => speaker.name === 'Ana Smith')?.talks.map((own) => own.id)).toEqual(['late', 'middle']);
  });

  it('finds by the start of every word typed, in any order, ignoring case and accents', () => {
    const speakers = listSpeakers(talks);
    expect(names(findSpeakers(speakers, 'smith ana'))).toEqual(['Ana Smith']);
    expect(names(findSpeakers(speakers, 'emile'))).toEqual(['Émile Zola']);
    expect(names(findSpeakers(speakers, 'christopher'))).toEqual(['Lady Red / Christopher Beacham']);
    expect(names(findSpeakers(speakers, 'lang'))).toEqual(['Lukasz Langa', 'Łukasz Langa']);
    expect(names(findSpeakers(speakers, 'ana zola'))).toEqual([]);
    expect(findSpeakers(speakers, ' - ')).toEqual([]);
  });

  it('falls back to the closest names: letters left out, at most five, then one typo per word', () => {
    const speakers = listSpeakers(talks);
    expect(names(findSpeakers(speakers, 'lkasz'))).toEqual(['Lukasz Langa']);
    expect(names(findSpeakers(speakers, 'ndrs'))).toEqual(['Eve Andersen', 'Bob Andrews', 'Carol Anders', 'Dan Anderson']);
    const many = listSpeakers([
      talk('many', '10:00', ...['Ann', 'Bea', 'Cid', 'Dot', 'Eli', 'Fox', 'Gus'].map((first) => `${first} Andersen`)),
    ]);
    // Seven names match alike; fuzzysort orders ties as it likes, so only the count is fixed.
    expect(findSpeakers(many, 'ndrsn')).toHaveLength(5);
    expect(names(findSpeakers(speakers, 'zloa'))).toEqual(['Émile Zola']);
    expect(names(findSpeakers(speakers, 'beachma lady'))).toEqual(['Lady Red / Christopher Beacham']);
    expect(names(findSpeakers(speakers, 'zloa smiht'))).toEqual([]);
    expect(names(findSpeakers(speakers, 'qqqq'))).toEqual([]);
  });
});
