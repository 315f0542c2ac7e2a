#!/usr/bin/env node
'use strict';
// Runs the bundled CLI (dist/pycon.cjs, built from the ES modules in src/)
// with the V8 code cache the build made for it: compiling pycon's JavaScript
// is most of what it would add to Node's own start-up. A cache that does not
// fit this Node is rejected by V8, and the bundle is compiled as usual.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { loadBundle, cacheFileFor } = require('./bundle.js');

const file = join(__dirname, '..', 'dist', 'pycon.cjs');
let source;
try {
  // The build makes the bundle ASCII, so its bytes are its characters: read
  // as UTF-8, Node checks every byte and copies the text once more (60 pages).
  source = readFileSync(file, 'latin1');
} catch {
  process.stderr.write(`pycon: ${file} is missing; run "npm install" (or "npm run build") in ${join(__dirname, '..')} to build it.\n`);
  process.exit(1);
}
if (process.env.PYCON_DEBUG === '1') require('./debugStack.js').mapStackTraces(file);
const args = process.argv.slice(2);
const cacheFile = cacheFileFor(file, args);
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const { exports: bundle, script } = loadBundle(file, source, cachedData);
if (cachedData && script.cachedDataRejected && process.env.PYCON_DEBUG === '1') {
  process.stderr.write(`pycon: V8 rejected the code cache ${cacheFile} (built by another Node?); run "npm run build" to make a new one.\n`);
}

const { main, systemContext, outputWritten } = bundle;
main(args, systemContext()).then((code) => {
  process.exitCode = code;
  // With everything written, exit now: left to end by itself, Node first waits
  // for V8 to finish optimizing code that will never run again (5-20 ms).
  if (outputWritten()) process.exit(code);
});
