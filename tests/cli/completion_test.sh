#!/usr/bin/env bash
# The completion scripts the binary generates (`newsarchive _generate bash|zsh`), driven through the
# shells themselves: bash's completion function is called with COMP_WORDS/COMP_CWORD as bash sets
# them for a TAB, and zsh's completion system is run on a pseudo-terminal (tests/cli/zsh_complete.zsh).
# The expected words come from the binary (--help, report --list), not from a copy kept here.
# Without zsh the zsh part says "skipped" with the reason (.ci/install-deps installs zsh).
#
# Usage: completion_test.sh PATH/TO/newsarchive SOURCE_DIR
set -u
export LC_ALL=C
bin=${1:?usage: completion_test.sh PATH/TO/newsarchive SOURCE_DIR}
src=${2:?usage: completion_test.sh PATH/TO/newsarchive SOURCE_DIR}
src=$(cd "$src" && pwd)
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
source "$src/tests/cli/test_lib.sh"

"$bin" _generate bash -o "$tmp/newsarchive.bash" || fail "_generate bash exits 0"
mkdir "$tmp/zsh"
"$bin" _generate zsh -o "$tmp/zsh/_newsarchive" || fail "_generate zsh exits 0"
bash -n "$tmp/newsarchive.bash" || fail "the bash script parses"

# The commands --help lists under "Subcommands:" and the reports `report --list` names.
commands=$("$bin" --help | awk '/^Subcommands:/ {on = 1; next} on && /^  [a-z]/ {print $1}' | sort)
reports=$("$bin" report --list --format tsv | tail -n +2 | cut -f1 | sort)
[ "$(wc -l <<<"$commands")" -ge 8 ] || fail "--help lists the commands (got: $commands)"
# The output formats, as the refusal of an unknown one lists them.
formats=$("$bin" --db "$tmp/none.db" quotes --format bogus 2>&1 | sed -n 's/.*(choose \(.*\))$/\1/p' |
  sed 's/,* or /, /' | tr -d ',' | tr ' ' '\n' | sort)
[ "$(wc -l <<<"$formats")" -ge 6 ] || fail "an unknown --format lists the formats (got: $formats)"
[ "$(wc -l <<<"$reports")" -ge 5 ] || fail "report --list names the reports (got: $reports)"

# --- bash
# complete WORD... : what the completion offers for the last word (sorted, one per line). The words
# are given as bash splits the line: "--format=cs" arrives as "--format" "=" "cs".
complete_bash() {
  bash -c '
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _newsarchive newsarchive "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf "%s\n" "${COMPREPLY[@]}"' _ "$tmp/newsarchive.bash" "$@" | sed '/^$/d' | sort
}
expect_bash() {  # expect_bash WHAT EXPECTED WORD...
  local what=$1 expected=$2 got
  shift 2
  got=$(complete_bash "$@")
  if [ "$got" = "$expected" ]; then ok; else fail "bash: $what: expected [$expected] got [$got]"; fi
}
expect_bash_has() {  # expect_bash_has WHAT WORD_OFFERED WORD...
  local what=$1 word=$2
  shift 2
  if complete_bash "$@" | grep -qxF -- "$word"; then ok; else fail "bash: $what: no $word"; fi
}

expect_bash "commands" "$commands" newsarchive ""
expect_bash "commands after a global option" "$commands" newsarchive --db x.db ""
expect_bash "a command by its prefix" "query
quotes" newsarchive qu
expect_bash "report names" "$reports" newsarchive report ""
expect_bash "report names by prefix" "$(grep '^top' <<<"$reports")" newsarchive report top
expect_bash "formats" "$formats" newsarchive quotes --format ""
expect_bash "formats by prefix" "csv" newsarchive quotes --format cs
expect_bash "formats after =" "json
jsonl" newsarchive quotes --format = js
expect_bash "import's own --format" "json
text" newsarchive import --format ""
expect_bash_has "a command's options" --person newsarchive quotes --
expect_bash_has "global options inside a command" --db newsarchive quotes --
expect_bash_has "--version" --version newsarchive --
expect_bash "nothing for a free value" "" newsarchive quotes --limit ""
expect_bash "nothing after the report name" "" newsarchive report summary ""

mkdir -p "$tmp/files/dir.d"
touch "$tmp/files/one.txt" "$tmp/files/two.txt"
expect_bash "file names for import" "$tmp/files/one.txt" newsarchive import "$tmp/files/on"
expect_bash "file names for --db" "$tmp/files/dir.d
$tmp/files/one.txt
$tmp/files/two.txt" newsarchive --db "$tmp/files/"
expect_bash "file names for -o" "$tmp/files/two.txt" newsarchive quotes -o "$tmp/files/tw"

# --- zsh
if ! command -v zsh >/dev/null 2>&1; then
  skip "the zsh part: zsh is not installed (.ci/install-deps installs it)"
elif ! zsh -c 'zmodload zsh/zpty' 2>/dev/null; then
  skip "the zsh part: this zsh has no zsh/zpty module to drive completion"
else
  cd "$tmp/files" || exit 1
  zsh "$src/tests/cli/zsh_complete.zsh" "$tmp/zsh" 'newsarchive ' 'newsarchive report ' \
    'newsarchive quotes --format=' 'newsarchive quotes --pe' 'newsarchive import ' \
    'newsarchive --db x.db qu' >"$tmp/zsh.out" 2>"$tmp/zsh.err"
  rc=$?
  if [ $rc -ne 0 ]; then
    fail "zsh driver exits 0 (got $rc): $(cat "$tmp/zsh.err")"
  else
    # zsh_candidates LINE: the candidates printed for LINE, sorted.
    zsh_candidates() {
      awk -v want="== $1" '$0 == want {on = 1; next} /^== / {on = 0} on' "$tmp/zsh.out" | sort -u
    }
    expect_zsh() {  # expect_zsh WHAT EXPECTED LINE
      local got
      got=$(zsh_candidates "$3")
      if [ "$got" = "$2" ]; then ok; else fail "zsh: $1: expected [$2] got [$got]"; fi
    }
    expect_zsh "commands" "$commands" 'newsarchive '
    expect_zsh "report names" "$reports" 'newsarchive report '
    expect_zsh "formats" "$formats" 'newsarchive quotes --format='
    expect_zsh "an option by prefix" "--person" 'newsarchive quotes --pe'
    expect_zsh "file names for import" "dir.d
one.txt
two.txt" 'newsarchive import '
    expect_zsh "a command after a global option" "query
quotes" 'newsarchive --db x.db qu'
  fi
fi

finish completion_test
