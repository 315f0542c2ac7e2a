#!/usr/bin/env node
'use strict';
// npm run build: bundles src/ into dist/pycon.cjs, then makes the V8 code
// cache bin/pycon.js loads it with, by running a few commands in-process so
// that the functions they use are compiled into the cache.
const { mkdtempSync, rmSync, writeFileSync, readFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { loadBundle } = require('./bundle.js');
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
  },
  // import.meta.url as a getter, worked out only when it is used.
  banner: { js: "const __bundle = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
  define: { 'import.meta.url': '__bundle.url' },
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

const { exports: bundle, script } = loadBundle(out, bundled);

/**
 * The everyday commands. What they run is compiled into the cache; the rest
 * (luxon for other zones, the calendar writer) compiles when first used, as
 * a larger cache would slow every start.
 */
const WARM_UP = [['search', 'asyncio'], ['--help'], ['timetable', 'friday'], ['itinerary'], ['talks', '--day', 'sat'], ['show', 'beeware']];

async function warmUp() {
  const { main, systemContext } = bundle;
  const home = mkdtempSync(join(tmpdir(), 'pycon-build-'));
  const quiet = { write: () => true };
  const system = systemContext();
  // Nothing reaches the build's output: on a "terminal", output taller than it goes to a pager that shows nothing.
  const page = async () => true;
  // V8 rejects a cache made after its flags changed, at every start: the warm-up leaves them alone.
  const skipOptimizingCompiler = () => {};
  const run = (argv, isTTY) =>
    main(argv, { ...system, stdout: quiet, stderr: quiet, page, isTTY, skipOptimizingCompiler, env: { PYCON_HOME: home, NO_COLOR: '1' } });
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
