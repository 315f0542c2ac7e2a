'use strict';
/**
 * Loading dist/pycon.cjs the way Node loads a CommonJS module, through
 * vm.Script so that a V8 code cache can be given to it. bin/pycon.js,
 * bin/build.js and bin/codeCache.js all load it here.
 *
 * Once Node 20 is dropped, Node 22's module.enableCompileCache() does all of
 * this for a plain require().
 */
const { dirname } = require('node:path');
const { Script } = require('node:vm');

/**
 * The build writes the bundle already wrapped as a CommonJS module function,
 * as Node would wrap it: wrapped here, its 230 kB would be copied into a new
 * string at every start.
 */
const WRAPPER = {
  start: '(function (exports, require, module, __filename, __dirname) {',
  end: '\n})',
};

/** Compiles the bundle (with `cachedData` if given) and runs it; returns its exports and the compiled script. */
function loadBundle(file, source, cachedData) {
  const script = new Script(source, { filename: file, cachedData });
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, require, bundle, file, dirname(file));
  return { exports: bundle.exports, script };
}

/**
 * The everyday commands, and import, each with a code cache of its own
 * (dist/pycon.cjs.<command>.cache) made by running that command alone
 * (bin/codeCache.js): it holds the functions the command runs and no
 * other's, so the command neither compiles its own code at start nor loads
 * code it never runs. Every other command line, and one that starts with a
 * global option, loads dist/pycon.cjs.cache, made by running a few of them.
 */
const OWN_CACHE = [
  'search',
  'talks',
  'show',
  'timetable',
  'today',
  'now',
  'itinerary',
  'add',
  'drop',
  'plan',
  'export',
  'days',
  'speakers',
  'speaker',
  'rooms',
  '__complete',
  'import',
];

/** The code cache for a command line: its first argument's own, else the shared one. */
function cacheFileFor(file, args) {
  const command = args[0];
  return OWN_CACHE.includes(command) ? `${file}.${command}.cache` : `${file}.cache`;
}

/**
 * The conferences each cache's warm-up runs its commands on: PyCon as
 * bundled, and the same talks imported, whose store is read the way every
 * imported conference's is.
 */
const WARM_UP_CONFERENCE = 'warm-up';
const WARM_UP_CONFERENCES = ['pycon-us-2019', WARM_UP_CONFERENCE];

module.exports = { WRAPPER, loadBundle, OWN_CACHE, cacheFileFor, WARM_UP_CONFERENCE, WARM_UP_CONFERENCES };
