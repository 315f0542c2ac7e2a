import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/schedule/parse.js';

/** A talk as the PyCon list writes one: title, blank line, speakers and slot, blank line, description. */
const talk = (title: string, slot: string, description = 'What it is about.', speakers = 'Ana Smith') =>
  `${title}\n\n${speakers}\n${slot}\n\n${description}\n`;

const problemsOf = (text: string) => parseSource(text).problems.map(({ line, column, message }) => `${line}:${column} ${message}`);
const talksOf = (text: string) =>
  parseSource(text).store?.talks.map(({ title, speakers, description }) => ({ title, speakers, description }));

describe('laying out a talk list', () => {
  it('takes the paragraph before a slot as the title when it is one short line without a full stop', () => {
    const title = 'T'.repeat(150);
    const text = [talk('First', 'Friday 9 a.m.–10 a.m. in Hall', 'One.\n\nTwo.'), talk(title, 'Friday 10 a.m.–11 a.m. in Hall')].join('\n');
    expect(talksOf(text)).toEqual([
      { title: 'First', speakers: ['Ana Smith'], description: 'One.\n\nTwo.' },
      { title, speakers: ['Ana Smith'], description: 'What it is about.' },
    ]);
  });

  it('reads one paragraph between talks as the next title only when it is a short line without a full stop', () => {
    const between = (line: string) =>
      problemsOf(`First\n\nAna\nFriday 9 a.m.–10 a.m. in Hall\n\n${line}\n\nBob\nFriday 10 a.m.–11 a.m. in Hall\n\nMore.\n`);
    // As a title, it leaves the talk before without a description; as a description, the talk after without a title.
    expect(between('T'.repeat(150))).toEqual(['4:1 "First" has no description']);
    expect(between('What is new in Python 3.8')).toEqual(['4:1 "First" has no description']);
    expect(between('T'.repeat(151))).toEqual(['8:1 a talk has no title']);
    expect(between('A sentence that ends.  ')).toEqual(['8:1 a talk has no title']);
  });

  it('takes the last of several paragraphs as the title even when it reads as a sentence', () => {
    const text = `${talk('First', 'Friday 9 a.m.–10 a.m. in Hall', 'About.')}\nThis title ends in a stop.\n\nBob\nFriday 10 a.m.–11 a.m. in Hall\n\nMore.\n`;
    expect(talksOf(text)?.map((found) => found.title)).toEqual(['First', 'This title ends in a stop.']);
  });

  it('takes no title from HTML above the first talk, and names a talk that has none', () => {
    expect(
      problemsOf(`<p>Schedule</p>\n\n${talk('Ignored', 'Friday 9 a.m.–10 a.m. in Hall').split('\n\n').slice(1).join('\n\n')}`),
    ).toEqual(['3:1 a talk has no title']);
  });

  it('refuses a line between the title and the speakers', () => {
    expect(problemsOf('Title\n\nstray line\nAna\nFriday 9 a.m.–10 a.m. in Hall\n\nAbout.\n')).toEqual([
      '3:1 unexpected line "stray line" before the speakers',
    ]);
  });

  it('names the talk without a description, and the last talk too', () => {
    expect(problemsOf('Only\n\nAna\nFriday 9 a.m.–10 a.m. in Hall\n')).toEqual(['4:1 "Only" has no description']);
  });

  it('splits speakers at a comma and a space, dropping empty names', () => {
    expect(talksOf(talk('T', 'Friday 9 a.m.–10 a.m. in Hall', 'About.', 'Ana ,  Bob, , Carol,Dan'))?.[0]?.speakers).toEqual([
      'Ana',
      'Bob',
      'Carol,Dan',
    ]);
  });
});

describe('problems of a talk list', () => {
  it('lists problems by line, then column, whatever order they were found in', () => {
    const text = [
      talk('A', 'Friday 9 a.m.–10 a.m. in Hall'),
      talk('B', 'Friday 9:30 a.m.–10:30 a.m. in Hall'),
      talk('C', 'Friday 10 a.m.–9 a.m.'),
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      '11:1 "B" overlaps "A" (line 4) in Hall',
      '18:16 the talk ends at 9 a.m., not after it starts at 10 a.m.',
      '18:22 the slot line has no room',
    ]);
  });

  it('lets one talk start in a room the minute the one before ends', () => {
    const text = [talk('A', 'Friday 9 a.m.–10 a.m. in Hall'), talk('B', 'Friday 10 a.m.–11 a.m. in Hall')].join('\n');
    expect(problemsOf(text)).toEqual([]);
  });
});

describe('the conference a talk list makes', () => {
  it('finds the place in the first line of the header, and spans every day from the first talk to the last', () => {
    const text = `Big Conf in  Cleveland, Ohio \n\n${talk('Late', 'Sunday 9 a.m.–10 a.m. in Hall')}\n${talk('Early', 'Friday 9 a.m.–10 a.m. in Hall')}`;
    const conference = parseSource(text).store?.conference;
    expect([conference?.location, conference?.days]).toEqual(['Cleveland, Ohio', ['2019-05-03', '2019-05-04', '2019-05-05']]);
    expect(parseSource(talk('Only', 'Friday 9 a.m.–10 a.m. in Hall')).store?.conference.location).toBe('');
  });
});
