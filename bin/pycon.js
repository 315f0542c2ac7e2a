#!/usr/bin/env node
'use strict';
// Runs the bundled CLI (dist/pycon.cjs, built from the ES modules in src/)
// with the V8 code cache the build made for it: compiling pycon's JavaScript
// is most of what it would add to Node's own start-up. A cache that does not
// fit this Node is rejected by V8, and the bundle is compiled as usual.
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const file = join(__dirname, '..', 'dist', 'pycon.cjs');
let source;
try {
  source = readFileSync(file, 'utf8');
} catch {
  process.stderr.write(`pycon: ${file} is missing; run "npm install" (or "npm run build") in ${join(__dirname, '..')} to build it.\n`);
  process.exit(1);
}
let cachedData;
try {
  cachedData = readFileSync(`${file}.cache`);
} catch {
  cachedData = undefined;
}
const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
const bundle = { exports: {} };
new Script(wrapped, { filename: file, cachedData }).runInThisContext()(bundle.exports, require, bundle, file, dirname(file));

const { main, systemContext } = bundle.exports;
main(process.argv.slice(2), systemContext()).then((code) => {
  process.exitCode = code;
});
