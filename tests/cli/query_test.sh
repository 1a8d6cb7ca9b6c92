#!/usr/bin/env bash
# End-to-end tests of the query side: imports samples/ into a temporary archive with the real
# binary, compares the CSV output of quotes, people, articles, show, report and query with the
# golden files in tests/cli/golden/, and checks exit codes and error messages.
#
# Usage: query_test.sh PATH/TO/newsarchive SOURCE_DIR
#        UPDATE_GOLDEN=1 query_test.sh ...   rewrites the golden files from the current output
#                                             (read the diff before committing them)
set -u
bin=${1:?usage: query_test.sh PATH/TO/newsarchive SOURCE_DIR}
src=${2:?usage: query_test.sh PATH/TO/newsarchive SOURCE_DIR}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
golden_dir="$src/tests/cli/golden"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db="$tmp/archive.db"
passed=0 failed=0 updated=0

ok() { passed=$((passed + 1)); }
fail() {
  failed=$((failed + 1))
  printf 'FAIL: %s\n' "$1"
  if [ -n "${2:-}" ] && [ -s "$2" ]; then sed 's/^/  | /' "$2" | head -20; fi
}
na() { "$bin" --db "$db" --quiet "$@"; }
sha() { sha256sum "$1" | cut -d' ' -f1; }

# golden NAME ARGS...: `newsarchive ARGS --format csv` exits 0 and prints golden/NAME.csv.
golden() {
  local name=$1
  shift
  local want="$golden_dir/$name.csv" got="$tmp/$name.csv"
  if ! na "$@" --format csv >"$got" 2>"$tmp/$name.err"; then
    fail "$name: newsarchive $* exited non-zero" "$tmp/$name.err"
    return
  fi
  if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
    mkdir -p "$golden_dir"
    cp "$got" "$want"
    updated=$((updated + 1))
    ok
  elif [ ! -f "$want" ]; then
    fail "$name: no golden file $want (run with UPDATE_GOLDEN=1)"
  elif cmp -s "$want" "$got"; then
    ok
  else
    diff -u "$want" "$got" >"$tmp/$name.diff"
    fail "$name: newsarchive $* differs from golden/$name.csv" "$tmp/$name.diff"
  fi
}

# expect_error CODE MESSAGE ARGS...: `newsarchive ARGS` exits with CODE, prints nothing on
# stdout and one line on stderr that contains MESSAGE.
expect_error() {
  local code=$1 message=$2
  shift 2
  local out="$tmp/error.out" err="$tmp/error.err" got=0
  na "$@" >"$out" 2>"$err" || got=$?
  if [ "$got" != "$code" ]; then
    fail "newsarchive $*: exit code $got, expected $code" "$err"
  elif ! grep -qF -- "$message" "$err"; then
    fail "newsarchive $*: stderr lacks \"$message\"" "$err"
  elif [ "$(wc -l <"$err")" != 1 ]; then
    fail "newsarchive $*: expected one line on stderr" "$err"
  elif [ -s "$out" ]; then
    fail "newsarchive $*: printed rows despite the error" "$out"
  else
    ok
  fi
}

# csv_rows FILE: number of records in FILE (header included), parsed as RFC 4180.
csv_rows() {
  python3 -c 'import csv, sys; print(len(list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8-sig")))))' "$1"
}

if ! "$bin" --db "$db" --quiet import "$src/samples" >"$tmp/import.out" 2>&1; then
  fail "import of samples/" "$tmp/import.out"
  echo "$passed passed, $failed failed"
  exit 1
fi
ok

# --- Golden output: the whole archive through each command. ---
golden quotes quotes --limit 0
golden people people --limit 0
golden people-all people --all --sort name --limit 0
golden articles articles --limit 0
golden cast-1 people --article 1
golden show-1 show 1
golden report-list report --list
for report in $(na report --list --format csv | python3 -c 'import csv, sys; [print(r[0]) for r in list(csv.reader(sys.stdin))[1:]]'); do
  golden "report-$report" report "$report"
done
golden query-count query "SELECT kind, count(*) AS n, sum(word_count) AS words FROM quotes GROUP BY kind ORDER BY kind"

# --- Filters agree with the full listing. ---
top=$(na report top-speakers --param limit=1 --format csv | python3 -c 'import csv, sys; print(list(csv.reader(sys.stdin))[1][1])')
top_id=$(na report top-speakers --param limit=1 --format csv | python3 -c 'import csv, sys; print(list(csv.reader(sys.stdin))[1][0])')
na quotes --person "$top" --format csv >"$tmp/by-name.csv"
na quotes --person "$top_id" --format csv >"$tmp/by-id.csv"
upper=$(printf '%s' "$top" | tr '[:lower:]' '[:upper:]')
na quotes --person "$upper" --format csv >"$tmp/by-upper.csv"
turns=$(na query "SELECT count(*) FROM quotes WHERE person_id = :id" --param id="$top_id" --format csv | tail -n 1 | tr -d '\r')
if [ "$(csv_rows "$tmp/by-name.csv")" = "$((turns + 1))" ]; then ok
else fail "quotes --person \"$top\" gives a header and their $turns turns" "$tmp/by-name.csv"; fi
if cmp -s "$tmp/by-name.csv" "$tmp/by-id.csv" && cmp -s "$tmp/by-name.csv" "$tmp/by-upper.csv"; then ok
else fail "quotes --person by name, by id and in upper case agree"; fi

# People named as a user would type them (samples/README.md lists who is in the samples).
# turns_of ARGS...: the number of rows `quotes ARGS --format csv` prints, header excluded.
turns_of() {
  na quotes --kind turn "$@" --format csv >"$tmp/turns.csv" 2>"$tmp/turns.err" || { echo "exit $?"; return; }
  echo $(($(csv_rows "$tmp/turns.csv") - 1))
}
check_turns() {
  local want=$1
  shift
  local got
  got=$(turns_of "$@")
  if [ "$got" = "$want" ]; then ok; else fail "quotes $*: $got turns, expected $want" "$tmp/turns.err"; fi
}
check_turns 11 --person "Andrea McKinnon-Álvarez"
check_turns 11 --person "andrea mckinnon-alvarez"  # accents left out
check_turns 11 --person "Álvarez"
check_turns 11 --person alvarez
check_turns 16 --person OKAFOR
check_turns 6 --person okafor --article 1
check_turns 2 --search salmon --person okafor --article 10
check_turns 2 --search salmon --person okafor --limit 2
check_turns 1 --person szabo --since 2004 --until 2004-12
check_turns 0 --person szabo --since 2030
expect_error 1 "\"O'Shaughnessy\" matches 2 people: Kieran O'Shaughnessy (id" quotes --person "O'Shaughnessy"
if [ "$(na report interpreters --format csv | python3 -c 'import csv, sys; print(len(list(csv.reader(sys.stdin))) - 1)')" = 3 ]; then ok
else fail "report interpreters lists the 3 turns via interpreter"; fi

word=$(na report phrase --format csv | python3 -c 'import csv, sys; rows = list(csv.reader(sys.stdin)); print(len(rows) > 1)')
if [ "$word" = True ]; then ok; else fail "report phrase with its default finds rows"; fi

na quotes --limit 2 >"$tmp/limited.out" 2>"$tmp/limited.err"
if grep -q "showing the first 2 rows" "$tmp/limited.err" || [ -s "$tmp/limited.err" ]; then
  fail "--quiet keeps the truncation note off stderr" "$tmp/limited.err"
else ok; fi
"$bin" --db "$db" quotes --limit 2 >/dev/null 2>"$tmp/note.err"
if grep -q "showing the first 2 rows; --limit 0 shows them all" "$tmp/note.err"; then ok
else fail "a table cut by --limit says so on stderr" "$tmp/note.err"; fi

for format in table csv tsv json jsonl markdown; do
  if na report top-speakers --format "$format" >"$tmp/f.out" 2>"$tmp/f.err" && [ -s "$tmp/f.out" ]; then ok
  else fail "report top-speakers --format $format" "$tmp/f.err"; fi
done
if na report top-speakers --output "$tmp/top.json" && python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$tmp/top.json"; then ok
else fail "--output FILE.json writes valid JSON"; fi

# --- Errors: exit codes and one clear line on stderr. ---
sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null 2>&1
before=$(sha "$db")
expect_error 1 "refused: query is read-only (DELETE is a write)" query "DELETE FROM quotes"
expect_error 1 "refused: query is read-only (DROP is a write)" query "SELECT 1; DROP TABLE people"
expect_error 1 "refused: query is read-only (ATTACH opens another database file)" \
  query "ATTACH DATABASE '$tmp/other.db' AS other"
expect_error 1 "refused: query is read-only (VACUUM is a write)" query "VACUUM INTO '$tmp/copy.db'"
expect_error 1 "refused: query is read-only (PRAGMA user_version = 7 is a write)" \
  query "PRAGMA user_version = 7"
expect_error 1 "refused: query is read-only (load_extension() is not allowed)" \
  query "SELECT load_extension('x')"
expect_error 1 "no person matches \"'; DROP TABLE people; --\"" quotes --person "'; DROP TABLE people; --"
sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null 2>&1
if [ "$(sha "$db")" = "$before" ] && [ ! -e "$tmp/other.db" ] && [ ! -e "$tmp/copy.db" ]; then ok
else fail "refused statements left the archive byte-for-byte unchanged and created no file"; fi

expect_error 1 "query: near \"SELEC\": syntax error" query "SELEC 1"
expect_error 1 "query: no value for parameter :id (give --param id=VALUE)" \
  query "SELECT * FROM people WHERE id = :id"
expect_error 1 "query stopped: it ran longer than 0.3 s (raise the limit with --timeout)" \
  query "WITH RECURSIVE f(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM f) SELECT count(*) FROM f" \
  --timeout 0.3
expect_error 1 "unknown report \"top-speaker\"; did you mean \"top-speakers\"?" report top-speaker
expect_error 1 "unknown report \"no-such-report\"" report no-such-report
expect_error 1 "report top-speakers has no parameter \"limt\"; it takes limit" \
  report top-speakers --param limt=3
expect_error 1 "--param limit: expected a whole number, not \"ten\"" \
  report top-speakers --param limit=ten
expect_error 1 "no person matches \"Zebulon Nobody\"" quotes --person "Zebulon Nobody"
expect_error 1 "--since: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, not \"2019-13\"" \
  quotes --since 2019-13
expect_error 1 "--search: no words to search for in \"--\"" quotes --search "--"
expect_error 1 "no article with id 99999 (see \`newsarchive articles\`)" show 99999
expect_error 1 "no article with id 99999" people --article 99999
code=0
"$bin" --db "$tmp/missing.db" quotes >"$tmp/missing.out" 2>"$tmp/missing.err" || code=$?
if [ "$code" = 4 ] && grep -qF "$tmp/missing.db" "$tmp/missing.err" && [ ! -e "$tmp/missing.db" ]; then ok
else fail "a missing archive: exit $code, expected 4 naming the path and creating nothing" "$tmp/missing.err"; fi
code=0
na quotes --limit -1 >/dev/null 2>"$tmp/usage.err" || code=$?
if [ "$code" = 2 ] && grep -q -- "--limit" "$tmp/usage.err"; then ok
else fail "a bad --limit is a usage error (exit 2): got $code" "$tmp/usage.err"; fi

# Several people share a name part: listed with ids, never one picked silently.
shared=$(na query "SELECT part FROM (SELECT lower(substr(name, 1, instr(name || ' ', ' ') - 1)) AS part, count(*) AS n FROM people WHERE is_unidentified = 0 GROUP BY part) WHERE n > 1 ORDER BY part LIMIT 1" --format csv | tail -n +2 | tr -d '\r')
if [ -n "$shared" ]; then
  expect_error 1 "\"$shared\" matches" quotes --person "$shared"
fi

# Ctrl-C stops a running query cleanly: exit 130, a message, no output file.
"$bin" --db "$db" query \
  "WITH RECURSIVE f(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM f) SELECT count(*) FROM f" \
  --timeout 0 --output "$tmp/never.csv" 2>"$tmp/int.err" &
pid=$!
# SIGINT until it stops: one sent before the command installed its handler would be lost (a
# background job of a script starts with SIGINT ignored).
for _ in $(seq 50); do
  sleep 0.2
  kill -INT "$pid" 2>/dev/null || break
done
kill -KILL "$pid" 2>/dev/null
code=0
wait "$pid" || code=$?
if [ "$code" = 130 ] && grep -q "interrupted" "$tmp/int.err" && ! ls "$tmp"/never.csv* >/dev/null 2>&1; then ok
else fail "Ctrl-C: exit $code, expected 130 with a message and no output file" "$tmp/int.err"; fi

[ "$updated" -gt 0 ] && echo "updated $updated golden files in $golden_dir"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
