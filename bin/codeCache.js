'use strict';
// node bin/codeCache.js HOME [COMMAND]: makes one V8 code cache for
// dist/pycon.cjs (bin/build.js runs it once per cache, each in a process of
// its own). It runs the command's warm-up in-process, on each of the
// conferences in HOME (bundle.js's WARM_UP_CONFERENCES) with its itinerary,
// so that the functions they run are compiled, then writes what V8
// compiled: dist/pycon.cjs.COMMAND.cache, or without a command the shared
// dist/pycon.cjs.cache.
const { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { loadBundle, OWN_CACHE, cacheFileFor, WARM_UP_CONFERENCES } = require('./bundle.js');

/** Where the import's warm-up finds its schedules: the test fixtures, which a build from the repository has. */
const SCHEDULES = join(__dirname, '..', 'test', 'fixtures', 'schedules');

/**
 * What each cache's process runs, piped and then on a "terminal", on each
 * warm-up conference. The shared cache serves every other command: it is
 * made by a few everyday ones, and not by all, as a larger cache slows every
 * start. What runs only now and then (luxon, for other zones) compiles when
 * first used.
 */
const WARM_UP = {
  '': [['search', 'asyncio'], ['--help'], ['timetable', 'friday'], ['itinerary'], ['talks', '--day', 'sat'], ['show', 'beeware']],
  search: [['search', 'asyncio']],
  talks: [['talks', '--day', 'sat']],
  show: [['show', 'beeware']],
  timetable: [['timetable', 'friday']],
  today: [['today', '--now', 'fri 10:00']],
  now: [['now', '--now', 'fri 10:00']],
  itinerary: [['itinerary']],
  // Each undone by the other, so that the itinerary is the same for the run on a "terminal".
  add: [
    ['add', 'beeware'],
    ['drop', 'beeware'],
  ],
  drop: [
    ['drop', 'advanced-asyncio'],
    ['add', 'advanced-asyncio'],
  ],
  plan: [['plan', 'asyncio', 'testing', '--backups', '--dry-run']],
  export: [['export']],
  days: [['days']],
  speakers: [['speakers']],
  speaker: [['speaker', 'jesse']],
  rooms: [['rooms']],
  // What a shell's completion script asks at each TAB.
  __complete: [
    ['__complete', 'show', 'asy'],
    ['__complete', 'timetable', ''],
    ['__complete', 'search', '--'],
  ],
  // A frab schedule.xml and a c3voc schedule.json of the project's own; the second round of each is an update.
  import: [
    ['import', join(SCHEDULES, 'winter-hack-days.xml'), '--as', 'warm-up-xml'],
    ['import', join(SCHEDULES, 'winter-hack-days.json'), '--as', 'warm-up-json'],
  ],
};

const caches = ['', ...OWN_CACHE];
if (Object.keys(WARM_UP).join() !== caches.join()) {
  throw new Error(
    `bin/codeCache.js has warm-ups for ${Object.keys(WARM_UP).join()}, not for the caches bundle.js lists (${caches.join()})`,
  );
}
const [sharedHome, command = ''] = process.argv.slice(2);
const commands = WARM_UP[command];
if (sharedHome === undefined || commands === undefined) {
  throw new Error(`usage: node bin/codeCache.js HOME [${OWN_CACHE.join('|')}]`);
}
/** The warm-ups that write to the home (an itinerary, a conference) change a copy of it, which the others read meanwhile. */
const CHANGES_HOME = new Set(['add', 'drop', 'import']);
let home = sharedHome;

const file = join(__dirname, '..', 'dist', 'pycon.cjs');
const { exports: bundle, script } = loadBundle(file, readFileSync(file, 'latin1'));

async function warmUp() {
  // Made here, so that the copy is removed (below) however the warm-up ends.
  if (CHANGES_HOME.has(command)) {
    home = mkdtempSync(join(tmpdir(), 'pycon-build-'));
    cpSync(sharedHome, home, { recursive: true });
  }
  const { main, systemContext } = bundle;
  const quiet = { write: () => true };
  const system = systemContext();
  // Nothing reaches the build's output: on a "terminal", output taller than it goes to a pager that shows nothing.
  const page = async () => true;
  // V8 rejects a cache made after its flags changed, at every start: the warm-up leaves them alone.
  const skipOptimizingCompiler = () => {};
  const keepYoungGenerationSmall = () => {};
  for (const output of OUTPUTS) {
    for (const conference of WARM_UP_CONFERENCES) {
      for (const argv of commands) {
        const code = await main(argv, {
          ...system,
          ...output,
          stdout: quiet,
          stderr: quiet,
          page,
          skipOptimizingCompiler,
          keepYoungGenerationSmall,
          env: { PYCON_HOME: home, PYCON_CONFERENCE: conference, NO_COLOR: '1' },
        });
        if (code !== 0) throw new Error(`the warm-up "pycon ${argv.join(' ')}" failed (exit ${code})`);
      }
    }
  }
}

/**
 * Piped, then on a "terminal" narrow enough that PyCon's five rooms are
 * drawn in panels, as a big conference's are at any width.
 */
const OUTPUTS = [
  { isTTY: false, columns: 80 },
  { isTTY: true, columns: 60 },
];

warmUp()
  .then(() => writeFileSync(cacheFileFor(file, [command]), script.createCachedData()))
  .finally(() => {
    if (home !== sharedHome) rmSync(home, { recursive: true, force: true });
  });
