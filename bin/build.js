#!/usr/bin/env node
'use strict';
// npm run build: bundles src/ into dist/pycon.cjs, then makes the V8 code
// cache bin/pycon.js loads it with, by running a few commands in-process so
// that the functions they use are compiled into the cache.
const { mkdtempSync, rmSync, writeFileSync, readFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');
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
  logLevel: 'warning',
  // luxon stays in node_modules, required only by the commands that need it, so
  // the 240 KB of it are not read and hashed at every start.
  external: ['luxon'],
  // commander loads node:child_process only for executable subcommands, which pycon has none of.
  alias: { 'node:child_process': join(__dirname, 'childProcessStub.js') },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
});

// vm.Script, which bin/pycon.js loads the bundle with, cannot run import():
// a dynamic import of an external package must go through a bundled module.
if (/\bimport\(/.test(readFileSync(out, 'utf8'))) {
  throw new Error(
    'dist/pycon.cjs holds a dynamic import(); import the package statically from a module that is itself imported dynamically',
  );
}

const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(out, 'utf8')}\n})`, {
  filename: out,
});
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, require, bundle, out, dirname(out));

/**
 * The everyday commands. What they run is compiled into the cache; the rest
 * (luxon for other zones, the calendar writer) compiles when first used, as
 * a larger cache would slow every start.
 */
const WARM_UP = [['search', 'asyncio'], ['--help'], ['timetable', 'friday'], ['itinerary'], ['talks', '--day', 'sat'], ['show', 'beeware']];

async function warmUp() {
  const { main, systemContext } = bundle.exports;
  const home = mkdtempSync(join(tmpdir(), 'pycon-build-'));
  const quiet = { write: () => true };
  const system = systemContext();
  const run = (argv, isTTY) => main(argv, { ...system, stdout: quiet, stderr: quiet, isTTY, env: { PYCON_HOME: home, NO_COLOR: '1' } });
  try {
    await run(['add', 'advanced-asyncio'], false);
    for (const isTTY of [false, true]) {
      for (const argv of WARM_UP) await run(argv, isTTY);
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

warmUp().then(() => writeFileSync(`${out}.cache`, script.createCachedData()));
