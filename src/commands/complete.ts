/**
 * `pycon __complete <words…>`: what the completion scripts ask at each TAB.
 * The words are those after `pycon` up to the one being typed (possibly
 * empty). It prints `words` or `files` (let the shell complete a path),
 * then one candidate a line. It never fails: a TAB shows nothing rather
 * than an error.
 */
import type { Command, Option } from 'commander';
import { pyconHome } from '../context.js';
import { listTracks } from '../schedule/query.js';
import { listSpeakers } from '../schedule/speakers.js';
import { oneLine } from '../schedule/text.js';
import type { Store } from '../schedule/types.js';
import { weekdayOf } from '../schedule/time.js';
import { SHELLS } from '../render/completion.js';
import { BUNDLED_CONFERENCE, importedConferences, isConferenceName, itinerariesFolder } from '../store/conferences.js';
import { itineraryNames } from '../store/itineraryFile.js';
import { DEFAULT_ITINERARY, everyTalkHeld, openItinerary } from '../itinerary.js';
import { loadStoreOrOutline, storePathOf } from '../session/store.js';
import { closeOutline } from '../store/storeOutline.js';
import type { Run } from '../run.js';

type Values =
  | 'days'
  | 'rooms'
  | 'tracks'
  | 'talks'
  | 'heldTalks'
  | 'speakers'
  | 'itineraries'
  | 'conferences'
  | 'zones'
  | 'shells'
  | 'files'
  | 'none';

/** What an option's value is, by its long name. */
const OPTION_VALUES: Record<string, Values> = {
  '--day': 'days',
  '--room': 'rooms',
  '--track': 'tracks',
  '--speaker': 'speakers',
  '--tz': 'zones',
  '--itinerary': 'itineraries',
  '--store': 'files',
  '--output': 'files',
  '--conference': 'conferences',
  '--remove': 'conferences',
  '--zone': 'zones',
  '--with': 'itineraries',
  '--walk': 'rooms',
};

/** What a command's positional arguments are. */
const ARGUMENT_VALUES: Record<string, Values> = {
  timetable: 'days',
  completion: 'shells',
  add: 'talks',
  drop: 'heldTalks',
  show: 'talks',
  speaker: 'speakers',
  parse: 'files',
  import: 'files',
  use: 'conferences',
  compare: 'itineraries',
};

export interface Completion {
  directive: 'words' | 'files';
  candidates: string[];
}

interface WordKind {
  kind: Values | 'commands' | 'flags';
  command: Command | undefined;
  /** The `--store`, `--conference` and `--itinerary` the line names, if any. */
  store: string | undefined;
  conference: string | undefined;
  itinerary: string | undefined;
}

/** Which kind of word is being typed, and what the line names before it. */
export function wordKind(program: Command, words: string[]): WordKind {
  let command: Command | undefined;
  let pending: Option | undefined;
  let store: string | undefined;
  let conference: string | undefined;
  let itinerary: string | undefined;
  for (const word of words.slice(0, -1)) {
    if (pending) {
      if (pending.long === '--store') store = unquote(word);
      if (pending.long === '--conference' && isConferenceName(unquote(word))) conference = unquote(word);
      if (pending.long === '--itinerary') itinerary = unquote(word);
      pending = undefined;
    } else if (word.startsWith('-')) {
      const option = findOption(program, command, word.split('=')[0] ?? word);
      if (option && (option.required || option.optional) && !word.includes('=')) pending = option;
    } else if (!command) {
      command = program.commands.find((candidate) => candidate.name() === word);
    }
  }
  const typed = words[words.length - 1] ?? '';
  const named = { command, store, conference, itinerary };
  if (pending) return { kind: OPTION_VALUES[pending.long ?? ''] ?? 'none', ...named };
  if (typed.startsWith('-')) return { kind: 'flags', ...named };
  if (!command) return { kind: 'commands', ...named };
  return { kind: ARGUMENT_VALUES[command.name()] ?? 'none', ...named };
}

function findOption(program: Command, command: Command | undefined, flag: string): Option | undefined {
  return [...(command?.options ?? []), ...program.options].find((option) => option.long === flag || option.short === flag);
}

export function complete(program: Command, words: string[], ctx: Run): Completion {
  const { kind, command, store: storeFlag, conference: conferenceFlag, itinerary } = wordKind(program, words);
  if (kind === 'files') return { directive: 'files', candidates: [] };
  const typed = unquote(words[words.length - 1] ?? '');
  let store: Store | undefined;
  const openStore = (): Store =>
    (store ??= loadStoreOrOutline(
      storePathOf({ ...ctx, storePath: storeFlag ?? ctx.storePath, conference: conferenceFlag ?? ctx.conference }),
    ));
  let all: string[];
  try {
    all = candidatesOf(kind, program, command, openStore, ctx, itinerary ?? DEFAULT_ITINERARY);
  } catch {
    all = [];
  } finally {
    if (store) closeOutline(store);
  }
  return { directive: 'words', candidates: matching(all.map(oneLine), typed) };
}

function candidatesOf(
  kind: Values | 'commands' | 'flags',
  program: Command,
  command: Command | undefined,
  openStore: () => Store,
  ctx: Run,
  itinerary: string,
): string[] {
  switch (kind) {
    case 'commands':
      return program.commands.map((candidate) => candidate.name()).filter((name) => !name.startsWith('_'));
    case 'flags':
      return [...(command?.options ?? []), ...program.options]
        .map((option) => option.long ?? '')
        .filter((flag) => flag !== '' && flag !== '--version');
    case 'days': {
      const days = openStore().conference.days;
      return [...days.map((date) => weekdayOf(date).toLowerCase()), 'today', 'tomorrow', ...days];
    }
    case 'rooms':
      return openStore().rooms;
    case 'tracks':
      return listTracks(openStore().talks);
    case 'talks':
      return openStore().talks.map((talk) => talk.id);
    case 'heldTalks':
      return heldTalkIds(ctx, openStore(), itinerary);
    case 'speakers':
      return listSpeakers(openStore().talks).map((speaker) => speaker.name);
    case 'itineraries':
      return itineraryNames(itinerariesFolder(pyconHome(ctx), openStore().conference.name));
    case 'conferences':
      return [...new Set([BUNDLED_CONFERENCE, ...importedConferences(pyconHome(ctx))])].sort();
    case 'zones':
      return ['local', ...Intl.supportedValuesOf('timeZone')];
    case 'shells':
      return [...SHELLS];
    default:
      return [];
  }
}

/** The ids of the talks an itinerary holds: what `drop` can take. */
function heldTalkIds(ctx: Run, store: Store, name: string): string[] {
  return everyTalkHeld(openItinerary(ctx, store, name)).map((talk) => talk.id);
}

/** Candidates that start with what is typed, ignoring case; failing those, names with a word that does (`ballroom` → "Grand Ballroom A"). */
function matching(candidates: string[], typed: string): string[] {
  const lower = typed.toLowerCase();
  const starts = candidates.filter((candidate) => candidate.toLowerCase().startsWith(lower));
  if (starts.length > 0 || lower === '') return starts;
  return candidates.filter((candidate) =>
    candidate
      .toLowerCase()
      .split(/\s+/)
      .some((_, index, parts) => parts.slice(index).join(' ').startsWith(lower)),
  );
}

/** A word as the shell has it on the line: `'Grand Ball`, `Grand\ Ball` → `Grand Ball`. */
function unquote(word: string): string {
  return word.replace(/^['"]/, '').replace(/\\(.)/g, '$1');
}

export function runComplete(words: string[], program: Command, ctx: Run): void {
  const { directive, candidates } = complete(program, words.length === 0 ? [''] : words, ctx);
  ctx.stdout.write([directive, ...candidates].map((line) => `${line}\n`).join(''));
}
