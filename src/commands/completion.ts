import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { renderCompletion, SHELLS, type Shell } from '../render/completion.js';
import { examples } from './help.js';
import type { Run } from '../run.js';

export function registerCompletion(program: Command, run: () => Run): void {
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
    .action((shell: string) => runCompletion({ shell }, run()));
}

export function runCompletion(options: { shell: string }, ctx: Run): void {
  if (!(SHELLS as readonly string[]).includes(options.shell)) {
    throw new UsageError(`pycon completes for ${SHELLS.join(', ')}, not "${options.shell}"; try "pycon completion bash".`);
  }
  ctx.stdout.write(renderCompletion(options.shell as Shell));
}
