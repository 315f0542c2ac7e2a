/**
 * The commander program, and main(): the one place where errors become exit
 * codes (0 success, 1 a runtime problem, 2 a usage error).
 */
import { Command, CommanderError, Option } from 'commander';
import type { Ctx } from './context.js';
import { UsageError, UserError } from './errors.js';
import { type GlobalOptions, type Run, startRun } from './run.js';
import { safeOutput } from './safeOutput.js';
import { holdForPager, pagerCommand } from './pager.js';
import { fileProblem, isFileError } from './store/fileProblem.js';
import { examples } from './commands/help.js';
import { registerSearch } from './commands/search.js';
import { registerTalks } from './commands/talks.js';
import { registerShow } from './commands/show.js';
import { registerParse } from './commands/parse.js';
import { registerCompletion } from './commands/completion.js';
import { runComplete } from './commands/complete.js';
import { explainLookup } from './commands/lookupMessages.js';
import { LookupError } from './schedule/lookupError.js';
import { registerDays } from './commands/days.js';
import { registerRooms } from './commands/rooms.js';
import { registerSpeakers } from './commands/speakers.js';
import { registerSpeaker } from './commands/speaker.js';
import { registerTimetable } from './commands/timetable.js';
import { registerToday } from './commands/today.js';
import { registerNow } from './commands/now.js';
import { registerAdd } from './commands/add.js';
import { registerDrop } from './commands/drop.js';
import { registerItinerary } from './commands/itinerary.js';
import { registerClear } from './commands/clear.js';
import { registerPlan } from './commands/plan.js';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';
import { registerConferences } from './commands/conferences.js';
import { registerUpdate } from './commands/update.js';
import { registerShare } from './commands/share.js';
import { registerJoin } from './commands/join.js';
import { registerCompare } from './commands/compare.js';
import packageJson from '../package.json' with { type: 'json' };
import { tell } from './tell.js';
import { plural } from './render/words.js';
import { closeStores } from './session/store.js';
import { parsePath } from './commands/options.js';

export { bundledStore, outputWritten, systemContext } from './context.js';
export { sealBundledStore } from './store/reseal.js';

export async function main(argv: string[], system: Ctx): Promise<number> {
  const outcome = { exitCode: 0 };
  let current: Run | undefined;
  // On a terminal, output is held to be paged when it is taller than the screen.
  const held = system.isTTY ? holdForPager(system) : undefined;
  const ctx: Ctx = {
    ...system,
    stdout: safeOutput(held?.stdout ?? system.stdout, { colour: () => current?.color === true, crlf: true }),
    stderr: safeOutput(held?.stderr ?? system.stderr, { colour: () => false, crlf: false, carriageReturn: system.stderrIsTTY }),
  };
  try {
    return await runCommand(argv, ctx, outcome, (run) => {
      current = run;
    });
  } finally {
    if (current) closeStores(current);
    await held?.release(current?.pager ?? pagerCommand(system.env, !argv.includes('--no-pager')));
  }
}

async function runCommand(argv: string[], ctx: Ctx, outcome: { exitCode: number }, started: (run: Run) => void): Promise<number> {
  let current: Run | undefined;
  const begin = (run: Run): Run => {
    current = run;
    started(run);
    return run;
  };
  // The global options are read once, just before the command runs; a command asks for the Run then.
  const run = (): Run => current ?? begin(startRun(ctx, {}, outcome));
  const program = buildProgram(ctx, run, commandNamed(argv));
  program.hook('preAction', (_program, command) => {
    begin(startRun(ctx, command.optsWithGlobals<GlobalOptions>(), outcome));
  });
  // `pycon help <command>` is help, exit 0; a command that does not exist is a usage error.
  if (argv[0] === 'help' && argv[1] !== undefined && !program.commands.some((command) => command.name() === argv[1])) {
    tell(ctx, 'stderr', `pycon: unknown command "${argv[1]}"; see "pycon --help" for the commands.`);
    return 2;
  }
  if (argv[0] === '__complete') {
    runComplete(argv.slice(1), program, run());
    return 0;
  }
  try {
    // `pycon` alone asks what it can do: the help, on stdout, as `pycon --help` prints it.
    await program.parseAsync(argv.length === 0 ? ['--help'] : argv, { from: 'user' });
    return outcome.exitCode;
  } catch (error) {
    return report(error, ctx);
  }
}

/** Every command, by the register that adds it, in the order help lists them. */
const COMMANDS: Record<string, (program: Command, run: () => Run) => void> = {
  search: registerSearch,
  talks: registerTalks,
  show: registerShow,
  timetable: registerTimetable,
  today: registerToday,
  now: registerNow,
  days: registerDays,
  rooms: registerRooms,
  speakers: registerSpeakers,
  speaker: registerSpeaker,
  add: registerAdd,
  drop: registerDrop,
  itinerary: registerItinerary,
  clear: registerClear,
  plan: registerPlan,
  share: registerShare,
  join: registerJoin,
  compare: registerCompare,
  export: registerExport,
  import: registerImport,
  conferences: registerConferences,
  use: registerConferences,
  update: registerUpdate,
  changes: registerUpdate,
  parse: registerParse,
  completion: registerCompletion,
};

/** The global options that take a value, so that the word after them is not the command. */
const VALUE_OPTIONS = new Set(['--tz', '--now', '--store', '--conference']);

/** The command a command line names (`pycon --tz UTC search x` → search), or undefined before one. */
export function commandNamed(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (word === '--') return argv[i + 1];
    if (!word.startsWith('-')) return word;
    if (VALUE_OPTIONS.has(word)) i++;
  }
  return undefined;
}

/**
 * The program with every command, or, given the command a line names, with
 * that one alone: building all 26 takes longer than running most of them.
 * Help, completion and a mistyped command get them all.
 */
export function buildProgram(ctx: Ctx, run: () => Run = () => startRun(ctx, {}, { exitCode: 0 }), only?: string): Command {
  const program = new Command('pycon')
    .description(
      "Explore a conference's schedule (PyCon US 2019 is built in; import any frab or pretalx schedule): search, timetables, your own clash-aware itinerary, a plan, and calendar export.",
    )
    .version(packageJson.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--json', 'print machine-readable JSON')
    .option('--tz <zone>', 'show times in this IANA zone, or "local"')
    .option('--now <time>', 'pretend it is this moment (env PYCON_NOW)')
    .option('--store <file>', 'use another talk store (env PYCON_STORE)', parsePath)
    .option('--conference <name>', 'read this conference (env PYCON_CONFERENCE); default: the one in use')
    .addOption(new Option('--no-color', 'no colour (also NO_COLOR)'))
    .addOption(new Option('--no-pager', 'never page output taller than the screen (also PYCON_PAGER=cat)'))
    .showSuggestionAfterError(true)
    // Each command's help lists the global options it takes too, and wraps descriptions on a narrow screen too
    // (commander leaves a description of under 40 columns unwrapped, for the terminal to cut mid-word).
    .configureHelp({ showGlobalOptions: true, minWidthToWrap: 20 })
    .exitOverride()
    .configureOutput(outputFor(ctx, 'pycon'))
    .addHelpText(
      'after',
      examples([
        'pycon search asyncio',
        'pycon today',
        'pycon timetable saturday --room "ballroom c"',
        'pycon add "advanced asyncio"',
        'pycon plan asyncio testing',
        'pycon export -o pycon.ics',
        'pycon import https://pretalx.com/democon/schedule/export/schedule.xml',
      ]),
    );

  const registers = only !== undefined && Object.hasOwn(COMMANDS, only) ? [COMMANDS[only]] : Object.values(COMMANDS);
  // A register may add more than one command (conferences and use): each is added once.
  for (const register of new Set(registers)) register?.(program, run);
  for (const command of program.commands) command.configureOutput(outputFor(ctx, command.name()));
  return program;
}

function outputFor(ctx: Ctx, command: string) {
  return {
    writeOut: (text: string) => ctx.stdout.write(text),
    writeErr: (text: string) => ctx.stderr.write(text),
    // The screen's width as pycon reads it (context.ts), not commander's own look at process.stdout.
    getOutHelpWidth: () => ctx.columns,
    getErrHelpWidth: () => ctx.stderrColumns,
    outputError: (text: string, write: (text: string) => void) => write(usageMessage(text, command)),
  };
}

/** Commander's `error: unknown option '--x'` as one sentence that says what to do next. */
function usageMessage(text: string, command: string): string {
  const [first = '', ...rest] = text.trim().split('\n');
  const message = first
    .replace(/^error: /, '')
    .replace(/^command-argument value '(.*)' is invalid for argument '(.*)'\. /, "argument <$2> '$1' is invalid: ")
    .replace(/ is invalid\. /, ' is invalid: ')
    .replace(/^too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.?$/, (_all, name, expected, got) =>
      tooManyArguments(name, Number(expected), Number(got)),
    )
    .replace(/\.$/, '');
  const suggestion = rest
    .join(' ')
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  const help = command === 'pycon' ? 'pycon --help' : `pycon ${command} --help`;
  return `pycon: ${message}${suggestion ? ` (${suggestion.charAt(0).toLowerCase()}${suggestion.slice(1)})` : ''}; see "${help}".\n`;
}

/** Commander's "too many arguments for 'days'. Expected 0 arguments but got 1." as one clause. */
function tooManyArguments(command: string, expected: number, got: number): string {
  const takes = expected === 0 ? 'no arguments' : `at most ${plural(expected, 'argument')}`;
  return `${command} takes ${takes}, and was given ${got}`;
}

function report(thrown: unknown, ctx: Ctx): number {
  const error = thrown instanceof LookupError ? explainLookup(thrown.problem) : thrown;
  if (error instanceof CommanderError) {
    // Help shown because options came without a command (`pycon --json`) is a usage error; asked for, it is not.
    if (error.code === 'commander.help') return error.exitCode === 0 ? 0 : 2;
    return ['commander.helpDisplayed', 'commander.version'].includes(error.code) ? 0 : 2;
  }
  if (error instanceof UserError) {
    tell(ctx, 'stderr', [`pycon: ${error.message}`, ...error.details].join('\n'));
    return error instanceof UsageError ? 2 : 1;
  }
  if ((error as NodeJS.ErrnoException).code === 'EPIPE') return 0;
  if (isFileError(error)) {
    const { path, syscall } = error as NodeJS.ErrnoException;
    ctx.stderr.write(
      `pycon: ${fileProblem(error, path ?? 'a file', syscall === 'mkdir' ? 'create the folder' : syscall === 'open' || syscall?.startsWith('read') ? 'read' : 'write').message}\n`,
    );
    return 1;
  }
  if (ctx.env.PYCON_DEBUG === '1') {
    ctx.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  } else {
    const reason = error instanceof Error ? error.message : String(error);
    tell(ctx, 'stderr', `pycon: something went wrong (${reason}); run again with PYCON_DEBUG=1 to see where, and report it.`);
  }
  return 1;
}
