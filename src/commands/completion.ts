import type { Command } from 'commander';
import type { Ctx } from '../context.js';
import { UsageError } from '../errors.js';
import { renderCompletion, SHELLS, type CompletionSpec, type Shell } from '../render/completion.js';
import { openStore } from '../session.js';
import { examples } from './help.js';

/** Commands whose first argument is a day, or a shell. */
const POSITIONAL: Record<string, 'day' | 'shell'> = { timetable: 'day', completion: 'shell' };

export function registerCompletion(program: Command, ctx: Ctx): void {
  program
    .command('completion')
    .description('print a completion script for bash, zsh or fish')
    .argument('<shell>', SHELLS.join(', '))
    .addHelpText(
      'after',
      examples([
        'pycon completion bash > ~/.local/share/bash-completion/completions/pycon',
        'pycon completion zsh > "${fpath[1]}/_pycon"',
        'pycon completion fish > ~/.config/fish/completions/pycon.fish',
      ]),
    )
    .action((shell: string) => runCompletion({ shell }, program, ctx));
}

export function runCompletion(options: { shell: string }, program: Command, ctx: Ctx): void {
  if (!(SHELLS as readonly string[]).includes(options.shell)) {
    throw new UsageError(`pycon completes for ${SHELLS.join(', ')}, not "${options.shell}"; try "pycon completion bash".`);
  }
  const store = openStore(ctx);
  const weekdays = store.conference.days.map((date) => new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' }).toLowerCase());
  const spec: CompletionSpec = {
    commands: program.commands
      .filter((command) => command.name() !== 'help')
      .map((command) => ({
        name: command.name(),
        description: command.description(),
        flags: command.options.map((option) => option.long ?? '').filter((flag) => flag !== ''),
        positional: POSITIONAL[command.name()],
      })),
    globalFlags: program.options.map((option) => option.long ?? '').filter((flag) => flag !== '--version'),
    days: [...weekdays, 'today', 'tomorrow', ...store.conference.days],
    rooms: store.rooms,
  };
  ctx.stdout.write(renderCompletion(options.shell as Shell, spec));
}
