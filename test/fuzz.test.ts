/**
 * Arbitrary text in every field of a store and in every argument. Whatever
 * comes in, pycon prints no control character (but its own colours, tabs,
 * newlines and iCalendar's CRLF), lets no exception out of main(), and exits
 * 0, 1 or 2.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli.js';
import { testContext } from '../src/context.js';
import type { Store, Talk } from '../src/schedule/types.js';
import { makeHome, run } from './helpers/run.js';
import { bundledStoreData, CONTROL } from './helpers/store.js';

/** Every command pycon has, and the hidden one the completion scripts call. */
const COMMANDS = [...buildProgram(testContext()).commands.map((command) => command.name()), '__complete'];
/** Flags that take no file: the fuzz never points pycon at a path to write. */
const FLAGS = [
  '--day',
  '--room',
  '--speaker',
  '--limit',
  '--at',
  '--tz',
  '--now',
  '--json',
  '--no-color',
  '-i',
  '--check',
  '--list',
  '--dry-run',
  '--all',
  '--alarm',
  '--yes',
  '--help',
];

/** Text a hostile source could hold: any code point, with controls, escapes and separators made likely. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(
        '\u001b[2J',
        '\u001b]0;x\u0007',
        '\u009b',
        '\r\n',
        '\t',
        '\u0000',
        '\u007f',
        '\u202e',
        '\u2067',
        'é',
        '日本語',
        '🐍',
        ' ',
        '-',
        "'",
        '$(x)',
        '[',
        '](',
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join('')),
);

const base = bundledStoreData();
const talks = base.talks.filter((talk) => talk.date === '2019-05-04').slice(0, 6);

const talkChange = fc.record({
  index: fc.nat({ max: talks.length - 1 }),
  field: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom<keyof Talk>('id', 'title', 'room', 'description', 'uid') },
    { weight: 1, arbitrary: fc.constantFrom<keyof Talk>('day', 'date', 'start', 'end') },
  ),
  value: text,
  speakers: fc.array(text, { maxLength: 3 }),
});

const storeChange = fc.record({
  talks: fc.array(talkChange, { maxLength: 4 }),
  name: fc.option(text),
  location: fc.option(text),
  timezone: fc.option(fc.oneof(text, fc.constantFrom('Europe/Berlin', 'Asia/Tokyo', 'Etc/GMT+5', 'UTC'))),
});

function storeWith(change: typeof storeChange extends fc.Arbitrary<infer T> ? T : never): string {
  const store: Store = structuredClone({ ...base, talks, searchText: undefined });
  for (const { index, field, value, speakers } of change.talks) {
    const talk = store.talks[index] as Talk;
    (talk as unknown as Record<string, unknown>)[field] = value;
    talk.speakers = speakers;
  }
  if (change.name !== null) store.conference.name = change.name;
  if (change.location !== null) store.conference.location = change.location;
  if (change.timezone !== null) store.conference.timezone = change.timezone;
  store.rooms = [...new Set(store.talks.map((talk) => talk.room))];
  const path = join(makeHome(), 'store.json');
  writeFileSync(path, JSON.stringify(store));
  return path;
}

const argv = fc.tuple(
  fc.constantFrom(...COMMANDS),
  fc.array(fc.oneof(text, fc.constantFrom(...FLAGS), fc.constantFrom('sat', 'asyncio', 'ballroom', '2019-05-04 12:30')), { maxLength: 5 }),
);

const withoutColours = (output: string) => output.replace(/\u001b\[[0-9;]*m/g, '').replace(/\r\n/g, '\n');

async function expectSafe(args: string[], options: Parameters<typeof run>[1]): Promise<void> {
  const result = await run(args, options);
  const label = JSON.stringify(args);
  expect([0, 1, 2], label).toContain(result.code);
  expect(withoutColours(result.stdout), label).not.toMatch(CONTROL);
  expect(result.stderr, label).not.toMatch(CONTROL);
  expect(result.stderr, label).not.toContain('something went wrong');
}

describe('pycon on arbitrary input', () => {
  it('prints nothing raw, never crashes and exits 0, 1 or 2, whatever the store holds', async () => {
    await fc.assert(
      fc.asyncProperty(storeChange, argv, fc.boolean(), async (change, [command, args], tty) => {
        const env = { PYCON_STORE: storeWith(change), ...(tty ? { FORCE_COLOR: '1', NO_COLOR: undefined } : {}) };
        await expectSafe([command, ...args], { tty, columns: 60, env, clock: '2019-05-04T16:30:00Z' });
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  }, 120_000);

  it('does the same for arbitrary arguments on the bundled store', async () => {
    await fc.assert(
      fc.asyncProperty(argv, fc.boolean(), async ([command, args], tty) => {
        await expectSafe([command, ...args], {
          tty,
          columns: 80,
          env: tty ? { FORCE_COLOR: '1', NO_COLOR: undefined } : {},
          clock: '2019-05-04T16:30:00Z',
        });
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  }, 120_000);
});
