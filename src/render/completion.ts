/**
 * Shell completion scripts for bash, zsh and fish. They hold no data: at
 * each TAB they ask `pycon __complete <words…>`, which prints a directive
 * line (`words` or `files`) and then one candidate a line, as gh and cobra
 * do. The shells quote what they insert, so no name from a schedule is ever
 * read as shell code.
 */

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export function renderCompletion(shell: Shell): string {
  if (shell === 'bash') return BASH;
  if (shell === 'zsh') return ZSH;
  return FISH;
}

const BASH = `# pycon completion for bash (with the bash-completion package)
# Install: pycon completion bash > ~/.local/share/bash-completion/completions/pycon
_pycon() {
  local line directive=
  local -a candidates=()
  while IFS= read -r line; do
    if [[ -z $directive ]]; then directive=$line; else candidates+=("$line"); fi
  done < <(pycon __complete "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
  COMPREPLY=()
  if [[ $directive == files ]]; then
    compopt -o filenames 2>/dev/null
    while IFS= read -r line; do COMPREPLY+=("$line"); done < <(compgen -f -- "\${COMP_WORDS[COMP_CWORD]}")
    return
  fi
  for line in "\${candidates[@]}"; do
    COMPREPLY+=("$(printf '%q' "$line")")
  done
}
complete -F _pycon pycon
`;

const ZSH = `#compdef pycon
# pycon completion for zsh
# Install: pycon completion zsh > "\${fpath[1]}/_pycon", then start a new shell
_pycon() {
  local -a lines
  lines=("\${(@f)$(pycon __complete "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if [[ \${lines[1]} == files ]]; then
    _files
  elif (( \${#lines} > 1 )); then
    compadd -- "\${(@)lines[2,-1]}"
  fi
}
if [[ \${zsh_eval_context[-1]} == loadautofunc ]]; then
  _pycon "$@"
else
  compdef _pycon pycon
fi
`;

const FISH = `# pycon completion for fish
# Install: pycon completion fish > ~/.config/fish/completions/pycon.fish
function __pycon_complete
    set -l words (commandline -opc) (commandline -ct)
    set -e words[1]
    set -l lines (pycon __complete $words 2>/dev/null)
    if test "$lines[1]" = files
        __fish_complete_path (commandline -ct)
    else if set -q lines[2]
        printf '%s\\n' $lines[2..-1]
    end
end
complete -c pycon -f -a '(__pycon_complete)'
`;
