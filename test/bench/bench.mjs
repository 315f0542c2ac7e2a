#!/usr/bin/env node
/**
 * npm run bench: how fast pycon answers, against bare `node -e 0` run
 * alternately in the same loop, and how each step grows with the schedule.
 * A benchmark, not a test: it prints figures and never fails on them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'pycon.js');
const PAIRS = Number(process.env.BENCH_PAIRS ?? 25);

const home = mkdtempSync(join(tmpdir(), 'pycon-bench-'));
// Every home the bench makes is inside this one, removed when it ends.
process.on('exit', () => rmSync(home, { recursive: true, force: true }));
// The machine's own environment, as a user's shell has it: on these machines
// NODE_EXTRA_CA_CERTS alone makes bare node start in ~57 ms instead of ~25 ms,
// so the big conference's main commands are timed without it too (fosdemSize).
// PYCON_PAGER=cat: on a terminal the output is timed as written, not as a pager waiting for a key shows it.
const env = { ...process.env, HOME: home, PYCON_HOME: home, COLUMNS: '80', NO_COLOR: '1', PYCON_PAGER: 'cat' };
const hasScript = spawnSync('script', ['--version']).status === 0;

/**
 * BENCH_CPU=0 runs everything on CPU 0, as the processes the bench starts
 * inherit its own affinity (taskset(1)): a pair split between two cores of
 * different speed compares the cores, not pycon with Node. Not the default,
 * as pycon then shares the core with V8's helper threads, which bare Node
 * hardly uses; README.md ("Performance") gives the figures.
 */
const cpu = process.env.BENCH_CPU ?? '';
if (cpu !== '') {
  const pinned = spawnSync('taskset', ['-cp', cpu, String(process.pid)]).status === 0;
  console.log(
    pinned
      ? `Every run on CPU ${cpu} (BENCH_CPU).`
      : `BENCH_CPU=${cpu}: taskset could not pin the runs; they run where the system puts them.`,
  );
}

/** Wall time of one run of node with these arguments; on a terminal (through script) when asked. */
function timeRun(args, terminal = false, extraEnv = {}) {
  const [file, argv] = terminal
    ? ['script', ['-qec', [process.execPath, ...args].map((arg) => `'${arg}'`).join(' '), '/dev/null']]
    : [process.execPath, args];
  const start = process.hrtime.bigint();
  const result = spawnSync(file, argv, { env: { ...env, ...extraEnv }, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The range from the lower to the upper quartile of the ratios, as "1.10–1.19×". */
function middleHalf(ratios) {
  const sorted = [...ratios].sort((a, b) => a - b);
  const at = (fraction) => sorted[Math.round(fraction * (sorted.length - 1))];
  return `${at(0.25).toFixed(2)}–${at(0.75).toFixed(2)}×`;
}

function startUp() {
  timeRun([bin, 'add', 'advanced-asyncio', 'beeware', 'dont-be-a-robot', 'plugins-adding', 'django-channels']);
  startUpTable('Start-up on PyCon US 2019 (95 talks, 5 rooms)', [
    // The floor under every command: loading pycon's code, with no store read.
    { args: ['--version'] },
    { args: ['search', 'asyncio'] },
    { args: ['--help'] },
    { args: ['timetable', 'friday'] },
    ...(hasScript ? [{ args: ['timetable', 'friday'], terminal: true }] : []),
    { args: ['itinerary'] },
    { args: ['export'] },
    { args: ['export', '--all'] },
  ]);
}

/**
 * Each command's median wall time against bare `node -e 0`, run alternately
 * in one loop. A command with an `undo` (add, drop) has it run, untimed,
 * after each of its runs, so that every run changes the itinerary.
 */
function startUpTable(title, commands, extraEnv = {}) {
  for (let i = 0; i < 5; i++) {
    for (const { args, terminal, undo } of commands) {
      timeRun([bin, ...args], terminal, extraEnv);
      if (undo) timeRun([bin, ...undo], false, extraEnv);
    }
  }
  console.log(`\n${title}: median of ${PAIRS} runs, each paired with a bare "node -e 0" run in the same loop`);
  const labelOf = ({ args, terminal }) => `pycon ${args.join(' ')}${terminal ? ' (terminal)' : ''}`;
  const labelWidth = Math.max(36, ...commands.map((command) => labelOf(command).length + 2));
  console.log(
    `${'command'.padEnd(labelWidth)}${'pycon'.padStart(10)}${'node -e 0'.padStart(12)}${'ratio'.padStart(8)}${'middle half'.padStart(14)}`,
  );
  for (const { args, terminal, undo } of commands) {
    const own = [];
    const bare = [];
    const ratios = [];
    for (let i = 0; i < PAIRS; i++) {
      const baseline = timeRun(['-e', '0'], terminal, extraEnv);
      const ms = timeRun([bin, ...args], terminal, extraEnv);
      if (undo) timeRun([bin, ...undo], false, extraEnv);
      bare.push(baseline);
      own.push(ms);
      ratios.push(ms / baseline);
    }
    console.log(
      `${labelOf({ args, terminal }).padEnd(labelWidth)}${`${median(own).toFixed(1)} ms`.padStart(10)}${`${median(bare).toFixed(1)} ms`.padStart(12)}${`${median(ratios).toFixed(2)}×`.padStart(8)}${middleHalf(ratios).padStart(14)}`,
    );
  }
  console.log('(piped unless marked; "terminal" runs both sides under script(1) so the grid is drawn)');
  console.log('(middle half: the paired ratios from the lower to the upper quartile, how far one run of a pair may wander)');
}

/** A conference of FOSDEM's size (about 1,500 talks in 45 rooms, a 1.4 MB schedule.xml): importing it, then everyday commands on it. */
async function fosdemSize() {
  const { bigFrabSchedule } = await import(await benchBundle('generate'));
  const xml = join(home, 'big.xml');
  writeFileSync(xml, bigFrabSchedule(45, 2));
  const imports = [];
  const bare = [];
  let bigHome = '';
  // Each import into a home of its own, so that each is a first import, not an update.
  for (let i = 0; i < 7; i++) {
    bigHome = mkdtempSync(join(home, 'big-'));
    bare.push(timeRun(['-e', '0']));
    imports.push(timeRun([bin, 'import', xml], false, { PYCON_HOME: bigHome }));
  }
  const extraEnv = { PYCON_HOME: bigHome };
  console.log(
    `\nImport of a ${(bigFrabSchedule(45, 2).length / 1e6).toFixed(1)} MB schedule.xml (1,530 talks, 45 rooms): median ${median(imports).toFixed(0)} ms, of which bare node start-up ${median(bare).toFixed(0)} ms`,
  );
  // The issue's yardstick: a 1 MB schedule.xml (33 rooms).
  const megabyte = join(home, 'megabyte.xml');
  writeFileSync(megabyte, bigFrabSchedule(33, 2));
  const megabyteImports = [];
  const megabyteBare = [];
  for (let i = 0; i < 7; i++) {
    megabyteBare.push(timeRun(['-e', '0']));
    megabyteImports.push(timeRun([bin, 'import', megabyte], false, { PYCON_HOME: mkdtempSync(join(home, 'mb-')) }));
  }
  console.log(
    `Import of a ${(bigFrabSchedule(33, 2).length / 1e6).toFixed(1)} MB schedule.xml (33 rooms): median ${median(megabyteImports).toFixed(0)} ms, of which bare node start-up ${median(megabyteBare).toFixed(0)} ms`,
  );
  const updates = [];
  const bareAgain = [];
  for (let i = 0; i < 7; i++) {
    bareAgain.push(timeRun(['-e', '0']));
    updates.push(timeRun([bin, 'update'], false, extraEnv));
  }
  console.log(
    `An update of it that finds no change: median ${median(updates).toFixed(0)} ms, of which bare node start-up ${median(bareAgain).toFixed(0)} ms`,
  );
  timeRun(
    [bin, 'add', 'kernel-and-compilers-and-testing-in-practice-1001', 'kernel-and-compilers-and-testing-in-practice-1421'],
    false,
    extraEnv,
  );
  startUpTable(
    'Start-up on that conference',
    [
      // Opening the conference's store and reading every talk's times, then printing two lines.
      { args: ['days'] },
      ...(hasScript ? [{ args: ['days'], terminal: true }] : []),
      { args: ['search', 'rust'] },
      { args: ['talks', '--day', 'sat'] },
      { args: ['talks', '--at', 'sat 14:00'] },
      { args: ['timetable', 'sat'] },
      ...(hasScript ? [{ args: ['timetable', 'sat'], terminal: true }] : []),
      { args: ['now', '--now', 'sat 10:00'] },
      { args: ['itinerary'] },
      { args: ['export'] },
      { args: ['speakers'] },
      { args: ['rooms'] },
      // Each run changes the itinerary, and its undo puts it back as the next command finds it.
      {
        args: ['add', 'packaging-and-embedded-and-mobile-in-practice-1012'],
        undo: ['drop', 'packaging-and-embedded-and-mobile-in-practice-1012'],
      },
      {
        args: ['drop', 'kernel-and-compilers-and-testing-in-practice-1421'],
        undo: ['add', 'kernel-and-compilers-and-testing-in-practice-1421'],
      },
      { args: ['plan', 'rust', 'testing', '--backups', '--dry-run'] },
    ],
    extraEnv,
  );
  // Node reads every certificate NODE_EXTRA_CA_CERTS names at start-up, bare or not: where the
  // machine sets it, bare Node takes longer, and every ratio looks smaller than a user without it sees.
  if (process.env.NODE_EXTRA_CA_CERTS) {
    startUpTable(
      'The same without NODE_EXTRA_CA_CERTS, which this machine sets',
      [
        { args: ['days'] },
        { args: ['search', 'rust'] },
        { args: ['talks', '--day', 'sat'] },
        { args: ['timetable', 'sat'] },
        ...(hasScript ? [{ args: ['timetable', 'sat'], terminal: true }] : []),
        { args: ['plan', 'rust', 'testing', '--backups', '--dry-run'] },
      ],
      { ...extraEnv, NODE_EXTRA_CA_CERTS: undefined },
    );
  }
}

function peakMemory() {
  const probe = join(home, 'peak.cjs');
  writeFileSync(probe, "process.on('exit', () => require('fs').writeSync(2, `maxrss ${process.resourceUsage().maxRSS}\\n`));");
  const result = spawnSync(process.execPath, ['-r', probe, bin, 'search', 'asyncio'], { env, encoding: 'utf8' });
  const kib = Number(/maxrss (\d+)/.exec(result.stderr)?.[1]);
  const bare = spawnSync(process.execPath, ['-r', probe, '-e', '0'], { env, encoding: 'utf8' });
  const bareKib = Number(/maxrss (\d+)/.exec(bare.stderr)?.[1]);
  console.log(
    `\nPeak memory (max RSS) of pycon search asyncio: ${(kib / 1024).toFixed(1)} MiB (bare node -e 0: ${(bareKib / 1024).toFixed(1)} MiB)`,
  );
}

/**
 * Bundles a measuring module of test/bench once, under node_modules/.cache:
 * there, what pycon requires from node_modules at run time (fuzzysort,
 * luxon) resolves as it does for dist/pycon.cjs.
 */
const bundles = new Map();
const bundleFolder = join(root, 'node_modules', '.cache', 'pycon-bench');
async function benchBundle(name, external = []) {
  if (!bundles.has(name)) {
    mkdirSync(bundleFolder, { recursive: true });
    const outfile = join(bundleFolder, `${name}.mjs`);
    await build({
      entryPoints: [join(root, 'test', 'bench', `${name}.ts`)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'warning',
      external,
      // scale.ts's dependencies include CommonJS; `require` is made under a name no bundled module uses.
      banner: {
        js: "import { createRequire as benchCreateRequire } from 'node:module'; const require = benchCreateRequire(import.meta.url);",
      },
    });
    bundles.set(name, outfile);
  }
  return bundles.get(name);
}

/** Runs `call` (an expression using `module`, the bundle's exports) in a fresh node, and returns what it gave, from JSON. */
async function measureIn(name, call, external = []) {
  const outfile = await benchBundle(name, external);
  const code = `const module = await import(${JSON.stringify(outfile)}); const { readFileSync } = await import('node:fs');
    process.stdout.write(JSON.stringify(${call}));`;
  const child = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', code], {
    encoding: 'utf8',
    cwd: root,
    maxBuffer: 1 << 24,
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout);
}

async function scale() {
  const source = JSON.stringify(join(root, 'data', 'pycon-2019-talks.txt'));
  const rows = await measureIn('scale', `module.measureScale(readFileSync(${source}, 'utf8'), [1, 10, 100])`);
  const steps = Object.keys(rows[0].ms);
  console.log('\nScale: milliseconds per step, median of repeated runs in one process, garbage collected between runs');
  console.log(`${'step'.padEnd(28)}${rows.map((row) => `${row.times}× (${row.talks})`.padStart(16)).join('')}${'10×→100×'.padStart(12)}`);
  for (const step of steps) {
    const cells = rows.map((row) => row.ms[step].toFixed(2).padStart(16)).join('');
    const growth = rows[2].ms[step] / rows[1].ms[step];
    console.log(`${step.padEnd(28)}${cells}${`${growth.toFixed(1)}×`.padStart(12)}`);
  }
  console.log('(n grows 10× from 10× to 100×: n log n would grow about 13×, n² 100×)');
}

async function hostileLines() {
  const rows = await measureIn('scale', 'module.measureHostileLines()');
  console.log('\nHostile lines: parsing a one-talk source whose description is the line, milliseconds');
  console.log(`${'line'.padEnd(28)}${'50 kB'.padStart(12)}${'100 kB'.padStart(12)}${'growth'.padStart(10)}`);
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(28)}${row.half.toFixed(1).padStart(12)}${row.full.toFixed(1).padStart(12)}${`${(row.full / row.half).toFixed(2)}×`.padStart(10)}`,
    );
  }
  console.log('(linear work grows about 2× for a line twice as long; 2.5× is the limit allowed)');
}

/** Drawing one grid, each in a fresh process as a command would: pycon's renderer and cli-table3. */
async function grids() {
  const store = JSON.stringify(join(root, 'data', 'pycon-2019.json'));
  console.log('\nOne timetable grid (Friday, 5 rooms, 120 columns), median of 15 fresh processes, milliseconds');
  console.log(`${'renderer'.padEnd(28)}${'first draw'.padStart(12)}${'second draw'.padStart(13)}`);
  for (const which of ['pycon', 'cli-table3 wordWrap', 'cli-table3 pre-wrapped']) {
    const call = `(() => { const store = JSON.parse(readFileSync(${store}, 'utf8')); return [module.measureGrid(store, '${which}'), module.measureGrid(store, '${which}')]; })()`;
    const samples = [];
    for (let i = 0; i < 15; i++) samples.push(await measureIn('grids', call, ['cli-table3']));
    const [first, second] = [0, 1].map((i) => median(samples.map((sample) => sample[i])));
    console.log(`${which.padEnd(28)}${first.toFixed(1).padStart(12)}${second.toFixed(1).padStart(13)}`);
  }
  console.log('(a command draws one grid: the first draw, with its compilation, is what a user waits for)');
}

/**
 * What a first touch of a fresh page of memory costs on this machine now:
 * pycon touches hundreds of pages more than bare Node, so when pages are
 * dear its ratios rise (README.md, "Performance", gives the figures of such
 * days). Timed before and after the runs, as the cost wanders.
 */
function pageTouch() {
  const pages = 20_000;
  const size = 4096;
  const fresh = Buffer.allocUnsafeSlow(pages * size);
  const start = process.hrtime.bigint();
  for (let page = 0; page < pages; page++) fresh[page * size] = 1;
  return Number(process.hrtime.bigint() - start) / 1e3 / pages;
}

const touchBefore = pageTouch();
startUp();
await fosdemSize();
peakMemory();
await scale();
await hostileLines();
await grids();
console.log(
  `\nA first touch of a fresh page of memory: ${touchBefore.toFixed(1)} µs before the runs, ${pageTouch().toFixed(1)} µs after (20,000 pages; 2.7 µs on the development machine's quiet days)`,
);
