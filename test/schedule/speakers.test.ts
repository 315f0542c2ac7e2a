import { describe, expect, it, vi } from 'vitest';
import { findSpeakers, listSpeakers, rememberNameOrder, sortByName, speakerNameOrder } from '../../src/schedule/speakers.js';
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

  it('sorts as a name index: Łukasz under L, Speaker 20 before Speaker 100', () => {
    const indexed = [
      talk('a', '09:00', 'Speaker 100'),
      talk('b', '10:00', 'Mark Twain'),
      talk('c', '11:00', 'Speaker 20'),
      talk('d', '12:00', 'Łukasz Langa'),
      talk('e', '13:00', 'Lynn Root'),
    ];
    const order = ['Łukasz Langa', 'Lynn Root', 'Mark Twain', 'Speaker 20', 'Speaker 100'];
    expect(names(sortByName(listSpeakers(indexed), indexed))).toEqual(order);
    expect(speakerNameOrder(indexed)).toEqual(order);
  });

  it('sorts by the order saved with the store, without loading the collation, while it names every speaker', () => {
    const saved = [talk('a', '09:00', 'Zed'), talk('b', '10:00', '\u00de\u00f3ra'), talk('c', '11:00', 'Amy')];
    rememberNameOrder(saved, () => ['Zed', '\u00de\u00f3ra', 'Amy']);
    const collator = vi.spyOn(Intl, 'Collator');
    try {
      expect(names(sortByName(listSpeakers(saved), saved))).toEqual(['Zed', '\u00de\u00f3ra', 'Amy']);
      expect(collator).not.toHaveBeenCalled();
      rememberNameOrder(saved, () => ['Zed']);
      expect(names(sortByName(listSpeakers(saved), saved))).toEqual(['Amy', 'Zed', '\u00de\u00f3ra']);
      expect(collator).toHaveBeenCalled();
    } finally {
      collator.mockRestore();
    }
  });

  it('sorts names of Latin letters, digits and common punctuation as the collation does, without loading it', () => {
    const written = ['Speaker 100', 'Speaker 020', 'Łukasz Langa', 'Lynn Root', "O'Neil", 'O’Brien', 'Oneil', 'Anne-Marie', 'Anne Marie'];
    const more = ['Ærø Ås', 'Aero', 'Straße', 'Strasse', 'Đorđe', 'Émile', 'emile', 'x0', 'x', 'x00', 'A / B', 'A (B)'];
    const collator = vi.spyOn(Intl, 'Collator');
    try {
      expect(speakerNameOrder([talk('a', '09:00', ...written, ...more)])).toEqual([
        'A (B)',
        'A / B',
        'Aero',
        'Ærø Ås',
        'Anne Marie',
        'Anne-Marie',
        'Đorđe',
        'emile',
        'Émile',
        'Łukasz Langa',
        'Lynn Root',
        'O’Brien',
        "O'Neil",
        'Oneil',
        'Speaker 020',
        'Speaker 100',
        'Strasse',
        'Straße',
        'x',
        'x0',
        'x00',
      ]);
      expect(collator).not.toHaveBeenCalled();
    } finally {
      collator.mockRestore();
    }
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

  it('finds the speaker a whole name is alone, not those whose names start with it too', () => {
    const speakers = listSpeakers([talk('a', '10:00', 'Ada Lee', 'Ada Leeming'), talk('b', '11:00', 'Speaker 3', 'Speaker 30')]);
    expect(names(findSpeakers(speakers, 'ada lee'))).toEqual(['Ada Lee']);
    expect(names(findSpeakers(speakers, 'ADA  LÉE'))).toEqual(['Ada Lee']);
    expect(names(findSpeakers(speakers, 'speaker 3'))).toEqual(['Speaker 3']);
    expect(names(findSpeakers(speakers, 'ada le'))).toEqual(['Ada Lee', 'Ada Leeming']);
  });

  it('falls back to the closest names: letters left out, at most five, then one typo per word', () => {
    const speakers = listSpeakers(talks);
    // Ł folds to l, as an accent goes: both Lukaszes are one letter left out.
    expect(names(findSpeakers(speakers, 'lkasz')).sort()).toEqual(['Lukasz Langa', 'Łukasz Langa']);
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
