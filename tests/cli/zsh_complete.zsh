#!/usr/bin/env zsh
# Prints what zsh's completion system offers for command lines, using the completion functions in
# DIR: each line is typed into one interactive zsh on a pseudo-terminal (zsh/zpty) and a TAB
# pressed; compadd is wrapped to print what would be added instead of adding it. Output: a line
# "== LINE" and then its candidates, one per line, for each LINE.
#   zsh tests/cli/zsh_complete.zsh DIR 'newsarchive report ' 'newsarchive --db '
emulate -L zsh
zmodload zsh/zpty || exit 2
dir=$1
shift
zpty z zsh -f -i
zpty -w z "PS1=''; PROMPT=''; RPROMPT=''; unsetopt zle_bracketed_paste 2>/dev/null"
zpty -w z "fpath=(${(q)dir} \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z "zstyle ':completion:*' list-grouped false; zstyle ':completion:*' insert-tab false"
zpty -w z 'compadd() {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi
  local -a __hits; builtin compadd -A __hits "$@"
  local h; for h in $__hits; do print -r -- "CAND:$h"; done
}'
zpty -w z '__tab() { zle complete-word; print -r -- "CAND-END"; }; zle -N __tab; bindkey "^I" __tab'
zpty -w z 'print -r -- READY'
out=""
while zpty -r -t z chunk 2>/dev/null || sleep 0.05; do
  out+=$chunk
  [[ $out == *READY$'\r'* || $out == *READY$'\n'* ]] && break
  (( SECONDS > 20 )) && { print -u2 "zsh did not start"; exit 2; }
done
for line in "$@"; do
  zpty -w -n z "$line"$'\t'
  out=""
  SECONDS=0
  while (( SECONDS < 20 )); do
    if zpty -r -t z chunk 2>/dev/null; then
      out+=$chunk
      [[ $out == *CAND-END* ]] && break
    else
      sleep 0.02
    fi
  done
  [[ $out == *CAND-END* ]] || { print -u2 "no completion happened for: $line"; zpty -d z; exit 2; }
  print -r -- "== $line"
  for l in ${(f)out}; do
    l=${l%$'\r'}
    [[ $l == *CAND:* ]] && print -r -- ${l#*CAND:}
  done
  zpty -w -n z $'\C-u'  # the line is unchanged (nothing was added): clear it for the next
done
zpty -d z
exit 0
