import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/schedule/parse.js';
import type { Store } from '../../src/schedule/types.js';
import { repoRoot } from '../helpers/run.js';

const sourceBytes = readFileSync(`${repoRoot}data/pycon-2019-talks.txt`);

function parseOk(text: string | Uint8Array): Store {
  const result = parseSource(text);
  expect(result.problems).toEqual([]);
  return result.store as Store;
}

function talk(store: Store, id: string) {
  const found = store.talks.find((t) => t.id === id);
  expect(found, id).toBeDefined();
  return found!;
}

const store = parseOk(sourceBytes);

describe('parsing the PyCon 2019 talk list', () => {
  it('finds 95 talks in 5 rooms over three days', () => {
    expect(store.talks).toHaveLength(95);
    expect(store.rooms).toEqual(['Atrium Ballroom AB', 'Grand Ballroom A', 'Grand Ballroom B', 'Grand Ballroom C', 'Room 26A/B/C']);
    const { zoneRules, ...conference } = store.conference;
    expect(conference).toEqual({
      name: 'pycon-us-2019',
      title: 'PyCon US 2019',
      timezone: 'America/New_York',
      location: 'Cleveland, Ohio',
      days: ['2019-05-03', '2019-05-04', '2019-05-05'],
    });
    expect(zoneRules?.transitions.map((transition) => transition.name)).toEqual(['EDT', 'EST']);
    expect(store.schemaVersion).toBe(2);
  });

  it('reads a Saturday talk exactly', () => {
    expect(talk(store, 'advanced-asyncio-solving-real-world-production-problems')).toEqual({
      id: 'advanced-asyncio-solving-real-world-production-problems',
      uid: 'advanced-asyncio-solving-real-world-production-problems',
      title: 'Advanced asyncio: Solving Real-world Production Problems',
      speakers: ['Lynn Root'],
      day: 'Saturday',
      date: '2019-05-04',
      start: '2019-05-04T12:10:00-04:00',
      end: '2019-05-04T12:55:00-04:00',
      room: 'Grand Ballroom C',
      description: expect.stringMatching(/^Everyone’s talking about it\. .* and learn what pitfalls to avoid\.$/),
    });
  });

  it('reads talks of all three days and, with the asyncio talk above, all five rooms exactly', () => {
    const sample = [
      {
        id: 'a-right-stitch-up-creating-embroidery-patterns-with-pillow',
        uid: 'a-right-stitch-up-creating-embroidery-patterns-with-pillow',
        title: 'A Right Stitch-up: Creating embroidery patterns with Pillow',
        speakers: ['Katie McLaughlin'],
        day: 'Friday',
        date: '2019-05-03',
        start: '2019-05-03T10:50:00-04:00',
        end: '2019-05-03T11:20:00-04:00',
        room: 'Atrium Ballroom AB',
        description:
          "Embroidery is a technology that dates back centuries and is still popular in the present day among craftspeople around the world. Cross-stitch refers to the creation of crosses in a grid that combines to build up an image, based on a 'chart' or pattern of the intended design. Even though entire pieces could be created based on completely manual processes, much of the technology behind automating chart creation is locked behind paid software. During this presentation, we will discuss how we can leverage the Python Imaging Library (PIL, now Pillow) in order to take source images and turn them into cross-stitch charts. The resulting art piece from the talk, the PyCon US 2019 logo, will be auctioned off at the PyLadies Charity Auction. Tickets to the Charity Auction available separately, see website for details.",
      },
      {
        id: 'dont-be-a-robot-build-the-bot',
        uid: 'dont-be-a-robot-build-the-bot',
        title: "Don't be a robot, build the bot",
        speakers: [],
        day: 'Friday',
        date: '2019-05-03',
        start: '2019-05-03T10:50:00-04:00',
        end: '2019-05-03T11:20:00-04:00',
        room: 'Grand Ballroom B',
        description:
          'Managing a large open source project like CPython is no easy task. Learn how the Python core team automated their GitHub workflow with bots, making it easier for maintainers and contributors to collaborate together. Even if you’re not managing a large project, you can still build your own bot! Hear some ideas on what you can automate on GitHub and personalize your bot based on your own workflow. All you need is Python. Don’t be a robot; build the bot.',
      },
      {
        id: 'plugins-adding-flexibility-to-your-apps',
        uid: 'plugins-adding-flexibility-to-your-apps',
        title: 'Plugins: Adding Flexibility to Your Apps',
        speakers: ['Geir Arne Hjelle'],
        day: 'Sunday',
        date: '2019-05-05',
        start: '2019-05-05T13:10:00-04:00',
        end: '2019-05-05T13:40:00-04:00',
        room: 'Room 26A/B/C',
        description:
          "Python is a flexible language. Your Python app, on the other hand, is usually more set in stone: buttons, functions, displays are all explicitly defined. In this talk you'll learn how to take advantage of features like decorators and functions as first-class objects to set up a simple plugin system that allows your app to be more flexible. In fact, you can allow your users to add or customize functionality they want after you ship. By using plugins, your code becomes more modular and maintainable. At the same time your users may be able to use your great app to work with data or challenges you didn't even know existed.",
      },
      {
        id: 'account-security-patterns-how-logged-in-are-you',
        uid: 'account-security-patterns-how-logged-in-are-you',
        title: 'Account Security Patterns: How Logged-In Are you?',
        speakers: ['Philip James', 'Asheesh Laroia'],
        day: 'Sunday',
        date: '2019-05-05',
        start: '2019-05-05T13:10:00-04:00',
        end: '2019-05-05T13:40:00-04:00',
        room: 'Grand Ballroom B',
        description:
          'Account security means making sure your users are only ones who can access their accounts. Account takeovers happen for a variety of reasons -- password re-use, compromised computers, guessable passwords, and more. This talk gives you concepts and concrete skills that will help you identify and prevent account takeovers and limit the damage. It’s inspired by practices in use at GitHub, Google, and the Python Package Index.',
      },
      {
        id: '5-steps-to-build-python-native-gui-widgets-for-beeware',
        uid: '5-steps-to-build-python-native-gui-widgets-for-beeware',
        title: '5 Steps to Build Python Native GUI Widgets for BeeWare',
        speakers: ['Dan Yeaw'],
        day: 'Sunday',
        date: '2019-05-05',
        start: '2019-05-05T14:30:00-04:00',
        end: '2019-05-05T15:00:00-04:00',
        room: 'Grand Ballroom A',
        description:
          "Have you ever wanted to write a GUI application in Python that you can run on both your laptop and your phone? Have you been looking to contribute to an open source project, but you don't know where to start? BeeWare is a set of software libraries for cross-platform native app development from a single Python codebase and tools to simplify app deployment. The project aims to build, deploy, and run apps for Windows, Linux, macOS, Android, iPhone, and the web. It is native because it is actually using your platform's native GUI widgets, not a theme, icon pack, or webpage wrapper. This talk will teach you how Toga, the BeeWare GUI toolkit, is architected and then show you how you can contribute to Toga by creating your own GUI widget in five easy steps.",
      },
    ];
    for (const expected of sample) expect(talk(store, expected.id)).toEqual(expected);
    expect(new Set(sample.map((t) => t.room)).size).toBe(4);
  });

  it('reads a Friday talk ending at noon and a Sunday talk ending at "3 p.m."', () => {
    const friday = store.talks.find((t) => t.date === '2019-05-03' && t.room === 'Grand Ballroom C' && t.start.includes('T11:30'))!;
    expect(friday).toMatchObject({ day: 'Friday', start: '2019-05-03T11:30:00-04:00', end: '2019-05-03T12:00:00-04:00' });
    expect(talk(store, '5-steps-to-build-python-native-gui-widgets-for-beeware')).toMatchObject({
      speakers: ['Dan Yeaw'],
      day: 'Sunday',
      date: '2019-05-05',
      start: '2019-05-05T14:30:00-04:00',
      end: '2019-05-05T15:00:00-04:00',
      room: 'Grand Ballroom A',
    });
  });

  it('covers every room on every day', () => {
    for (const date of store.conference.days) {
      const rooms = new Set(store.talks.filter((t) => t.date === date).map((t) => t.room));
      expect([...rooms].sort()).toEqual(store.rooms);
    }
    expect(store.talks.filter((t) => t.day === 'Friday')).toHaveLength(40);
    expect(store.talks.filter((t) => t.day === 'Sunday')).toHaveLength(15);
  });

  it('keeps the talk with no speakers line', () => {
    expect(talk(store, 'dont-be-a-robot-build-the-bot')).toMatchObject({ title: "Don't be a robot, build the bot", speakers: [] });
  });

  it('splits co-speakers at ", " and keeps a stage name as one person', () => {
    expect(talk(store, 'lessons-learned-from-building-a-community-of-python-users-among-thousands-of-analysts').speakers).toEqual([
      'I-Kang Ding',
      "Ariel M'ndange-Pfupfu",
      'Marina Sergeeva',
    ]);
    expect(store.talks.find((t) => t.speakers.includes('Lady Red / Christopher Beacham'))).toBeDefined();
  });

  it('turns link remnants into their text and decodes entities', () => {
    const zones = store.talks.find((t) => t.title.startsWith('Working with Time Zones'))!;
    expect(zones.description).toContain('Time zones have skipped entire days and repeated others.');
    expect(zones.description.endsWith('introduced in Python 3.6 (PEP 495')).toBe(true);
    const hiring = store.talks.find((t) => t.description.includes('announcer>'))!;
    expect(hiring.description.startsWith('<announcer> This one quick trick')).toBe(true);
    const flags = store.talks.find((t) => t.description.includes('feature flagging program'))!;
    expect(flags.description.startsWith('Feature flags can be powerful tools')).toBe(true);
    expect(store.talks.some((t) => /&nbsp;|&lt;|\]\(|\]\[|\[\d\]:|\(\)/.test(t.description + t.title))).toBe(false);
    const dvc = store.talks.find((t) => t.description.includes('Data Version Control'))!;
    expect(dvc.description).toContain('Data Version Control or DVC.ORG is an open source, command-line tool');
    expect(dvc.description.endsWith('in your ML projects.')).toBe(true);
    expect(store.talks.find((t) => t.title === 'Rescuing Kerala with Python')!.description).toContain(
      'I started a website, written in Django.',
    );
  });

  it('keeps curly quotes, accents and emoji as published', () => {
    expect(store.talks.some((t) => t.speakers.includes('Max Bélanger'))).toBe(true);
    expect(store.talks.some((t) => t.speakers.includes('Łukasz Langa'))).toBe(true);
    expect(store.talks.some((t) => t.title === 'Maintaining a Python Project When It’s Not Your Job')).toBe(true);
    expect(store.talks.some((t) => t.title.startsWith('¡Escuincla babosa!'))).toBe(true);
    expect(store.talks.some((t) => /\p{Extended_Pictographic}/u.test(t.description))).toBe(true);
  });

  it('reads the final talk although the file has no final newline', () => {
    expect(sourceBytes.at(-1)).not.toBe(0x0a);
    const last = store.talks.find((t) => t.title.startsWith('Working with Time Zones'))!;
    expect(last.description.length).toBeGreaterThan(500);
  });

  it('gives ids that are unique slugs of the title', () => {
    const ids = store.talks.map((t) => t.id);
    expect(new Set(ids).size).toBe(95);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('suffixes a repeated title with -2', () => {
    const text = [
      'A talk',
      '',
      'Ann',
      'Friday 10 a.m.–10:30 a.m. in Room 1',
      '',
      'One.',
      '',
      'A talk',
      '',
      'Bob',
      'Friday 10 a.m.–10:30 a.m. in Room 2',
      '',
      'Two.',
    ].join('\n');
    expect(parseOk(text).talks.map((t) => t.id)).toEqual(['a-talk', 'a-talk-2']);
  });

  it('orders talks by start, then room', () => {
    const keys = store.talks.map((t) => `${t.start} ${store.rooms.indexOf(t.room)}`);
    expect(keys).toEqual([...keys].sort());
  });
});
