'use strict';
/**
 * Loading dist/pycon.cjs the way Node loads a CommonJS module, through
 * vm.Script so that a V8 code cache can be given to it. bin/pycon.js and
 * bin/build.js both use this one wrapper: V8 accepts a cache only for the
 * exact source it was made from, so a wrapper that differed by one byte
 * would have every cache rejected, silently.
 *
 * Once Node 20 is dropped, Node 22's module.enableCompileCache() does all of
 * this for a plain require().
 */
const { dirname } = require('node:path');
const { Script } = require('node:vm');

/** The bundle's source wrapped as a CommonJS module function. */
function wrap(source) {
  return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}

/** Compiles the bundle (with `cachedData` if given) and runs it; returns its exports and the compiled script. */
function loadBundle(file, source, cachedData) {
  const script = new Script(wrap(source), { filename: file, cachedData });
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, require, bundle, file, dirname(file));
  return { exports: bundle.exports, script };
}

module.exports = { wrap, loadBundle };
