/**
 * Shell completion scripts for bash, zsh and fish, generated from the
 * commands' own flags and the store's days and rooms.
 */

export interface CompletionSpec {
  commands: { name: string; description: string; flags: string[]; positional?: 'day' | 'shell' | undefined }[];
  globalFlags: string[];
  days: string[];
  rooms: string[];
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export function renderCompletion(shell: Shell, spec: CompletionSpec): string {
  if (shell === 'bash') return renderBash(spec);
  if (shell === 'zsh') return renderZsh(spec);
  return renderFish(spec);
}

/** Single-quoted for a shell when it holds a space, slash or quote. */
function shellQuote(word: string): string {
  return /[\s/'"\\$`]/.test(word) ? `'${word.replace(/'/g, `'\\''`)}'` : word;
}

function renderBash(spec: CompletionSpec): string {
  const flagCases = spec.commands.map((command) => `    ${command.name}) flags="${[...command.flags, ...spec.globalFlags].join(' ')}" ;;`).join('\n');
  const positional = spec.commands
    .filter((command) => command.positional)
    .map((command) => `    ${command.name}) COMPREPLY=($(compgen -W "${command.positional === 'day' ? '$days' : SHELLS.join(' ')}" -- "$cur")) ;;`)
    .join('\n');
  return `# pycon completion for bash
# Install: pycon completion bash > ~/.local/share/bash-completion/completions/pycon
_pycon_rooms() {
  local typed name
  typed=$(printf '%s' "\${1#[\\"\\']}" | tr '[:upper:]' '[:lower:]')
  while IFS= read -r name; do
    case $(printf '%s' "$name" | tr '[:upper:]' '[:lower:]') in
      "$typed"*) case $name in *[\\ /]*) printf "'%s'\\n" "$name" ;; *) printf '%s\\n' "$name" ;; esac ;;
    esac
  done <<'ROOMS'
${spec.rooms.join('\n')}
ROOMS
}

_pycon() {
  local cur prev command flags days IFS=$'\\n'
  cur=\${COMP_WORDS[COMP_CWORD]}
  prev=\${COMP_WORDS[COMP_CWORD-1]}
  command=\${COMP_WORDS[1]}
  days=$'${spec.days.join('\\n')}'
  case $prev in
    --day) COMPREPLY=($(compgen -W "$days" -- "$cur")); return ;;
    --room) COMPREPLY=($(_pycon_rooms "$cur")); return ;;
  esac
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W $'${spec.commands.map((command) => command.name).join('\\n')}\\n${spec.globalFlags.join('\\n')}' -- "$cur"))
    return
  fi
  case $command in
${flagCases}
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "\${flags// /$'\\n'}" -- "$cur"))
    return
  fi
  case $command in
${positional}
  esac
}
complete -F _pycon pycon
`;
}

function renderZsh(spec: CompletionSpec): string {
  const described = spec.commands.map((command) => `    ${shellQuote(`${command.name}:${command.description.replace(/:/g, '\\:')}`)}`).join('\n');
  const flagCases = spec.commands.map((command) => `    ${command.name}) flags=(${[...command.flags, ...spec.globalFlags].join(' ')}) ;;`).join('\n');
  const positional = spec.commands
    .filter((command) => command.positional)
    .map((command) => `    ${command.name}) compadd -a ${command.positional === 'day' ? 'days' : 'shells'} ;;`)
    .join('\n');
  return `#compdef pycon
# pycon completion for zsh
# Install: pycon completion zsh > "\${fpath[1]}/_pycon", then start a new shell
_pycon() {
  local -a commands flags days rooms shells
  commands=(
${described}
  )
  days=(${spec.days.map(shellQuote).join(' ')})
  rooms=(${spec.rooms.map(shellQuote).join(' ')})
  shells=(${SHELLS.join(' ')})
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  case \${words[CURRENT-1]} in
    --day) compadd -a days; return ;;
    --room) compadd -a rooms; return ;;
  esac
  case \${words[2]} in
${flagCases}
  esac
  if [[ \${words[CURRENT]} == -* ]]; then
    compadd -a flags
    return
  fi
  case \${words[2]} in
${positional}
  esac
}
compdef _pycon pycon
`;
}

function renderFish(spec: CompletionSpec): string {
  const lines = ['# pycon completion for fish', '# Install: pycon completion fish > ~/.config/fish/completions/pycon.fish', 'complete -c pycon -f'];
  const days = spec.days.join(' ');
  const rooms = spec.rooms.map(shellQuote).join(' ');
  for (const flag of spec.globalFlags) lines.push(`complete -c pycon -l ${flag.slice(2)}`);
  for (const command of spec.commands) {
    lines.push(`complete -c pycon -n __fish_use_subcommand -a ${command.name} -d ${shellQuote(command.description)}`);
    const when = `-n '__fish_seen_subcommand_from ${command.name}'`;
    for (const flag of command.flags) {
      const values = flag === '--day' ? ` -x -a '${days}'` : flag === '--room' ? ` -x -a "${rooms.replace(/"/g, '\\"')}"` : '';
      lines.push(`complete -c pycon ${when} -l ${flag.slice(2)}${values}`);
    }
    if (command.positional) lines.push(`complete -c pycon ${when} -a '${command.positional === 'day' ? days : SHELLS.join(' ')}'`);
  }
  return `${lines.join('\n')}\n`;
}
