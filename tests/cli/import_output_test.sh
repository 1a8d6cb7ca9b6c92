#!/usr/bin/env bash
# What `import` prints, as a person sees it: a line per file on a terminal for a few files; the
# summary alone in a pipe or for many files; every line with --verbose; errors alone with --quiet.
# And `table` output that fits the terminal: the widest column wrapped, no text lost.
#
# Usage: import_output_test.sh PATH/TO/newsarchive SOURCE_DIR   (needs `script` from util-linux)
set -u
bin=${1:?usage: import_output_test.sh PATH/TO/newsarchive SOURCE_DIR}
src=${2:?usage: import_output_test.sh PATH/TO/newsarchive SOURCE_DIR}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
ok() { passed=$((passed + 1)); }
fail() {
  failed=$((failed + 1))
  printf 'FAIL: %s\n' "$1"
  [ -n "${2:-}" ] && [ -s "$2" ] && sed 's/^/  | /' "$2" | head -20
}
# on_tty COLUMNS COMMAND...: runs COMMAND with its standard output on a terminal that wide.
on_tty() {
  local cols=$1
  shift
  script -qec "stty cols $cols rows 50; $(printf '%q ' "$@")" /dev/null | tr -d '\r'
}
command -v script >/dev/null || { echo "FAIL: script (util-linux) is needed"; echo "0 passed, 1 failed"; exit 1; }

samples="$src/samples"
# Every sample but the README.md files is one story, a dataset one per record; the summary
# counts stories.
n=$(( $(find "$samples" -type f ! -name README.md ! -name '*.json' ! -name '*.jsonl' ! -name '*.jsonl.gz' | wc -l)
  + $(cat "$samples"/formats/*.jsonl | grep -c .) + $(zcat "$samples"/formats/*.jsonl.gz | grep -c .)
  + $(cat "$samples"/formats/*.json | grep -c '"id":') ))
files=$(find "$samples" -type f ! -name README.md | wc -l)
# The transcripts at the top of samples/: fewer than 20 files, so a terminal gets a line each.
mkdir "$tmp/few"
cp "$samples"/*.txt "$tmp/few/"
n_few=$(ls "$tmp/few" | wc -l)
mkdir "$tmp/bad"
printf '\0\1\2binary' >"$tmp/bad/binary.txt"
cp "$samples/01_npr_salmon_pact.txt" "$tmp/bad/"

# In a pipe: the summary on stderr, nothing per file on stdout.
"$bin" --db "$tmp/a.db" import "$samples" >"$tmp/pipe.out" 2>"$tmp/pipe.err"
if [ ! -s "$tmp/pipe.out" ]; then ok; else fail "in a pipe, no per-file lines on stdout" "$tmp/pipe.out"; fi
if grep -q "^imported $n, already imported 0, skipped 0, rejected 0 ($n stories from $files files" "$tmp/pipe.err"; then ok
else fail "in a pipe, the summary on stderr, counting stories and the files they came from" "$tmp/pipe.err"; fi
# Files alone, one story each: the summary counts files.
"$bin" --db "$tmp/t.db" import "$samples"/*.txt >"$tmp/text.out" 2>"$tmp/text.err"
if grep -q "^imported $(ls "$samples"/*.txt | wc -l), .* ($(ls "$samples"/*.txt | wc -l) files, " "$tmp/text.err"; then ok
else fail "text files: the summary counts files" "$tmp/text.err"; fi

# --verbose: a line per file, in a pipe too.
"$bin" --db "$tmp/b.db" import --verbose "$samples" >"$tmp/verbose.out" 2>/dev/null
if [ "$(grep -c '^imported .*samples/.*(article [0-9]*: ' "$tmp/verbose.out")" = "$n" ]; then ok
else fail "--verbose: $n 'imported' lines" "$tmp/verbose.out"; fi

# On a terminal, a few files: a line each.
on_tty 120 "$bin" --db "$tmp/c.db" import "$tmp/few" >"$tmp/tty.out" 2>&1
if [ "$(grep -c '^imported .*few/.*(article [0-9]*: ' "$tmp/tty.out")" = "$n_few" ]; then ok
else fail "on a terminal, a line for each of $n_few files" "$tmp/tty.out"; fi

# On a terminal, many files: the summary alone.
mkdir "$tmp/many"
for i in $(seq -w 1 25); do
  sed "s/^Varnian President Signs Salmon Pact/Copy $i: Varnian President Signs Salmon Pact/" \
    "$samples/01_npr_salmon_pact.txt" >"$tmp/many/copy_$i.txt"
done
on_tty 120 "$bin" --db "$tmp/d.db" import "$tmp/many" >"$tmp/many.out" 2>&1
if ! grep -q '^imported .*copy_' "$tmp/many.out" && grep -q 'imported 25, ' "$tmp/many.out"; then ok
else fail "on a terminal, 25 files: the summary alone" "$tmp/many.out"; fi

# --quiet: the rejected file's error, nothing else.
code=0
"$bin" --db "$tmp/e.db" --quiet import "$tmp/bad" >"$tmp/quiet.out" 2>"$tmp/quiet.err" || code=$?
if [ "$code" = 3 ] && [ ! -s "$tmp/quiet.out" ] && [ "$(wc -l <"$tmp/quiet.err")" = 1 ] &&
   grep -q "binary.txt" "$tmp/quiet.err"; then ok
else fail "--quiet: exit 3 and one line, the rejected file (exit $code)" "$tmp/quiet.err"; fi
# --quiet drops warnings too (the Windows-1252 sample warns otherwise).
"$bin" --db "$tmp/f.db" --quiet import "$samples/10_cp1252_cafe.txt" >"$tmp/q2.out" 2>"$tmp/q2.err"
if [ ! -s "$tmp/q2.err" ] && [ ! -s "$tmp/q2.out" ]; then ok; else fail "--quiet: no warning" "$tmp/q2.err"; fi

# `table` on an 80-column terminal: every line fits and no word of a quote is lost.
on_tty 80 "$bin" --db "$tmp/a.db" quotes --person markovets >"$tmp/table.out" 2>&1
widest=$(python3 -c 'import sys; print(max(len(l) for l in open(sys.argv[1], encoding="utf-8").read().splitlines()))' "$tmp/table.out")
if [ "$widest" -le 80 ]; then ok; else fail "table fits 80 columns (widest line: $widest)" "$tmp/table.out"; fi
want=$("$bin" --db "$tmp/a.db" quotes --person markovets --format csv | python3 -c '
import csv, sys
rows = list(csv.reader(sys.stdin))
print(" ".join(" ".join(r[-1].split()) for r in rows[1:]))')
got=$(python3 -c '
import sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
start = lines[1].rfind(" ") + 1  # the rule: the text column is the last
print(" ".join(l[start:].strip() for l in lines[2:] if l[start:].strip() and not l.startswith("(")))' "$tmp/table.out")
if [ "$got" = "$want" ]; then ok
else fail "the wrapped text column holds every word of the quotes" "$tmp/table.out"; fi
# Other formats keep the full text on one record.
if "$bin" --db "$tmp/a.db" quotes --person markovets --format csv | grep -q "The fish do not carry passports. For thirty years"; then ok
else fail "csv keeps the whole text"; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
