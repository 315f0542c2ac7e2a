#!/usr/bin/env node
'use strict';
// npm run build: bundles src/ into dist/pycon.cjs, then makes the V8 code
// caches bin/pycon.js loads it with (one per everyday command, and one shared
// by the rest; see bin/bundle.js), each by running its commands in-process so
// that the functions they use are compiled into it.
const { spawn, spawnSync } = require('node:child_process');
const { mkdtempSync, rmSync, readFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { loadBundle, OWN_CACHE, WARM_UP_CONFERENCE, WARM_UP_CONFERENCES, WRAPPER } = require('./bundle.js');
const { buildSync } = require('esbuild');

const root = join(__dirname, '..');
const out = join(root, 'dist', 'pycon.cjs');
rmSync(join(root, 'dist'), { recursive: true, force: true });

buildSync({
  entryPoints: [join(root, 'src', 'cli.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Minified names make V8's code cache smaller and quicker to load (2-3 ms of
  // every start); through the source map beside the bundle, a stack trace under
  // PYCON_DEBUG=1 still names places in src/ (bin/debugStack.js).
  minify: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  // luxon stays in node_modules, required only by the commands that need
  // other zones, so its few hundred KB are not read and hashed at every start.
  // fuzzysort too (src/schedule/fuzzy.ts requires it when a typo is looked
  // for): loading it compiles a Unicode regex.
  external: ['luxon', 'fuzzysort'],
  alias: {
    // commander loads node:child_process only for executable subcommands, which pycon has none of.
    'node:child_process': join(__dirname, 'childProcessStub.js'),
    // src/nodeRequire.ts needs only a require that resolves from dist/: the bundle's own.
    'node:module': join(__dirname, 'moduleStub.js'),
    // chalk's own colour detection loads node:os and node:tty and reads the
    // environment at start-up; pycon decides colour itself (src/context.ts) and
    // gives chalk its level, so chalk gets the detection that does nothing.
    '#supports-color': join(root, 'node_modules', 'chalk', 'source', 'vendor', 'supports-color', 'browser.js'),
  },
  // Wrapped as a CommonJS module function (bin/bundle.js), with import.meta.url
  // as a getter, worked out only when it is used, and import.meta.dirname the
  // bundle's folder.
  banner: { js: `${WRAPPER.start}const __bundle = { get url() { return require('node:url').pathToFileURL(__filename).href; } };` },
  footer: { js: WRAPPER.end },
  define: { 'import.meta.url': '__bundle.url', 'import.meta.dirname': '__dirname' },
});

// The rule for lazy loading: vm.Script, which bin/pycon.js loads the bundle
// with, cannot run import(). esbuild turns import() of pycon's own modules
// into a plain call, but an import() of an external package (luxon, kept out
// of the bundle) would stay, and fail at run time. So an external package is
// imported statically from one of pycon's modules, and that module is the
// one imported lazily (see src/render/luxonTimeView.ts).
const bundled = readFileSync(out, 'utf8');
const importAt = bundled.split('\n').findIndex((line) => /\bimport\(/.test(line));
if (importAt !== -1) {
  throw new Error(
    `dist/pycon.cjs:${importAt + 1} holds a dynamic import(): ${bundled.split('\n')[importAt].trim().slice(0, 120)}\n` +
      'Import the package statically from one of pycon’s modules, and import that module lazily instead.',
  );
}

// esbuild writes other characters in strings as \u escapes, but not in a raw
// template, a regular expression or a comment it keeps: one such character in
// the bundle makes Node decode all of it as UTF-8 into a two-byte string at
// every start, and V8 scan that.
const nonAscii = bundled.search(/[^\x00-\x7f]/);
if (nonAscii !== -1) {
  const line = bundled.slice(0, nonAscii).split('\n').length;
  throw new Error(
    `dist/pycon.cjs:${line} holds ${JSON.stringify(bundled[nonAscii])}, which esbuild leaves as it is in a regular expression, a raw template or a kept comment: it would make every start decode the bundle as UTF-8.\n` +
      'Write the character as a \\u escape in src/.',
  );
}

/**
 * The code caches, made in parallel, each in a process of its own
 * (bin/codeCache.js): a process holds what it compiled, so a command's cache
 * made after another command ran would hold that one's code too. They share
 * one home, made beforehand by pycon itself, and only read it: PyCon as
 * bundled (sealed first, by sealBundledStore below) and the same talks
 * imported as a conference of its own (WARM_UP_CONFERENCE), each read from
 * its outline and search file, and each with the same itinerary.
 */
async function makeCodeCaches() {
  const home = mkdtempSync(join(tmpdir(), 'pycon-build-'));
  const pycon = (argv, conference) => {
    const run = spawnSync(process.execPath, [join(__dirname, 'pycon.js'), ...argv], {
      env: { PATH: process.env.PATH ?? '', PYCON_HOME: home, ...(conference ? { PYCON_CONFERENCE: conference } : {}) },
      encoding: 'utf8',
      timeout: HUNG_AFTER_MS,
    });
    if (run.status !== 0) throw new Error(`the warm-up's "pycon ${argv.join(' ')}" failed:\n${run.stderr}`);
  };
  try {
    pycon(['import', join(root, 'data', 'pycon-2019-talks.txt'), '--as', WARM_UP_CONFERENCE]);
    for (const conference of WARM_UP_CONFERENCES) pycon(['add', 'advanced-asyncio'], conference);
    // Every warm-up ends before the home is removed: one that copies it (codeCache.js) would find it gone, and leave its copy behind.
    const made = await Promise.allSettled(['', ...OWN_CACHE].map((command) => makeCodeCache(home, command)));
    const failed = made.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** A warm-up still running after this long has hung (each takes under a second): the build stops it and fails. */
const HUNG_AFTER_MS = 120_000;

function makeCodeCache(home, command) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(__dirname, 'codeCache.js'), home, ...(command ? [command] : [])], {
      stdio: ['ignore', 'inherit', 'pipe'],
      timeout: HUNG_AFTER_MS,
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const how = signal
        ? `was stopped by ${signal}${signal === 'SIGTERM' ? `, still running after ${HUNG_AFTER_MS / 1000} s` : ''}`
        : 'failed';
      if (code === 0) resolve();
      else reject(new Error(`making the code cache for "${command || 'every other command'}" ${how}:\n${stderr}`));
    });
  });
}

/**
 * PyCon US 2019 as bundled gets an outline and search text beside it
 * (data/pycon-2019.outline.json, .search.txt, .json.seal), sealed to it as
 * an imported conference's are, so that its commands read those rather than
 * the whole store: 6-10 ms less a command. Made here, before the code caches
 * are warmed on it, as no command writes in data/. Without them (a data/
 * that cannot be written) its commands read the whole store, as before.
 */
function sealBundledStore() {
  const { exports: bundle } = loadBundle(out, readFileSync(out, 'latin1'));
  try {
    if (!bundle.sealBundledStore(bundle.bundledStore())) {
      process.stderr.write(
        'build: data/pycon-2019.json is not as this pycon writes a store (its search text folded another way, or a talk it would clean), so its commands read it whole; run "npm run store" to make it again.\n',
      );
    }
  } catch (error) {
    process.stderr.write(`build: PyCon US 2019 is left to be read whole, as its outline could not be written: ${error.message}\n`);
  }
}

sealBundledStore();
makeCodeCaches().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
});
