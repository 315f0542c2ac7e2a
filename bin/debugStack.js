'use strict';
/**
 * Under PYCON_DEBUG=1, stack traces name places in src/, not in the minified
 * bundle. Node applies source maps only to modules its own loader compiles,
 * and bin/pycon.js compiles the bundle itself (bundle.js), so the frames in
 * the bundle are mapped here, through the source map the build writes beside it.
 */
const { readFileSync } = require('node:fs');
const { SourceMap } = require('node:module');
const { join, dirname, relative } = require('node:path');

/** From now on, a stack trace's frames in `bundleFile` name the source line they were built from. */
function mapStackTraces(bundleFile) {
  let map;
  try {
    map = new SourceMap(JSON.parse(readFileSync(`${bundleFile}.map`, 'utf8')));
  } catch {
    return;
  }
  const root = join(dirname(bundleFile), '..');
  const place = (frame) => {
    const entry = map.findEntry(frame.getLineNumber() - 1, frame.getColumnNumber() - 1);
    if (!entry || entry.originalSource === undefined) return undefined;
    const source = relative(root, join(dirname(bundleFile), entry.originalSource));
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  };
  Error.prepareStackTrace = (error, frames) => {
    const lines = frames.map((frame) => {
      const mapped = frame.getFileName() === bundleFile ? place(frame) : undefined;
      return `    at ${mapped ?? frame.toString()}`;
    });
    return [String(error), ...lines].join('\n');
  };
}

module.exports = { mapStackTraces };
