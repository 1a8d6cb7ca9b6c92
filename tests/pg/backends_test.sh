#!/usr/bin/env bash
# The same archive on both backends: imports samples/ into a SQLite file and into a PostgreSQL
# server this test starts (tests/pg/pg_server.sh), and compares the commands' `--format json`
# output, ids included. Then: `query "DELETE FROM quotes"` is refused and changes nothing; four
# concurrent overlapping imports give each article and each person once.
#   bash tests/pg/backends_test.sh PATH/TO/newsarchive SOURCE_DIR
set -uo pipefail
bin=${1:?usage: backends_test.sh PATH/TO/newsarchive SOURCE_DIR}
src=${2:?usage: backends_test.sh PATH/TO/newsarchive SOURCE_DIR}
# shellcheck source=tests/pg/pg_test_lib.sh
source "$src/tests/pg/pg_test_lib.sh"

"$bin" --db "$tmp/archive.db" --quiet import "$src/samples/" >/dev/null 2>&1 || true
if "$bin" --db "$url" --quiet import "$src/samples/" >/dev/null 2>"$tmp/import.err"; then ok; else
  fail "import samples/ into PostgreSQL exits 0" "$tmp/import.err"
fi

# The commands whose output must be the same on both backends.
compare() {
  local name=$1
  shift
  "$bin" --db "$tmp/archive.db" "$@" --format json >"$tmp/$name.sqlite.json" 2>/dev/null
  if ! "$bin" --db "$url" "$@" --format json >"$tmp/$name.pg.json" 2>"$tmp/$name.err"; then
    fail "$*: exits 0 on PostgreSQL" "$tmp/$name.err"
  elif [ ! -s "$tmp/$name.pg.json" ] || [ "$(wc -l <"$tmp/$name.pg.json")" -lt 3 ]; then
    fail "$*: prints rows on PostgreSQL" "$tmp/$name.pg.json"
  elif diff "$tmp/$name.sqlite.json" "$tmp/$name.pg.json" >"$tmp/$name.diff"; then ok; else
    fail "$*: the same JSON on SQLite and PostgreSQL" "$tmp/$name.diff"
  fi
}
compare summary report summary
compare top_speakers report top-speakers
compare articles articles
compare articles_limited articles --limit 5
compare top_speakers_limited report top-speakers --param limit=3
compare quotes quotes
compare quotes_direct quotes --kind direct
compare quotes_role quotes --role minister
compare people people
compare people_all people --all
compare people_by_name people --sort name
compare people_cast people --article 3
compare articles_person articles --person 1
# A person by name goes through person lookup's own SQL (name parts with instr/strpos).
compare quotes_person quotes --person "Szabo"
compare roles_of_named report roles-of --param person="Linnea Szabo"
# `show` of every article, and every report of `report --list` with its defaults.
n=$("$bin" --db "$tmp/archive.db" query "SELECT count(*) AS n FROM articles" --format csv | tail -1 | tr -d '\r')
for id in $(seq 1 "$n"); do compare "show_$id" show "$id"; done
for report in $("$bin" --db "$tmp/archive.db" report --list --format json | jq -r '.[].name'); do
  [ "$report" = phrase ] && continue  # ranked: compared as a set below
  compare "report_$report" report "$report"
done

# Search: the same quotes found. bm25 (SQLite) and ts_rank_cd (PostgreSQL) may order ties and
# near-ties differently, and the snippets are cut differently, so the rows are compared as a set
# without the snippet (docs/postgresql.md).
compare_set() { compare_jq "$1" 'map(del(.snippet)) | sort_by(tostring)' "${@:2}"; }
# compare_jq NAME FILTER COMMAND...: the same output on both backends after the jq FILTER.
compare_jq() {
  local name=$1 filter=$2
  shift 2
  "$bin" --db "$tmp/archive.db" "$@" --format json 2>/dev/null | jq -S "$filter" >"$tmp/$name.sqlite.json"
  if ! "$bin" --db "$url" "$@" --format json >"$tmp/$name.pg.raw" 2>"$tmp/$name.err"; then
    fail "$*: exits 0 on PostgreSQL" "$tmp/$name.err"
    return
  fi
  jq -S "$filter" "$tmp/$name.pg.raw" >"$tmp/$name.pg.json"
  if [ "$(jq length "$tmp/$name.sqlite.json")" -lt 1 ]; then
    fail "$*: finds something on SQLite (the test's own premise)"
  elif diff "$tmp/$name.sqlite.json" "$tmp/$name.pg.json" >"$tmp/$name.diff"; then ok; else
    fail "$*: the same found on SQLite and PostgreSQL" "$tmp/$name.diff"
  fi
}
compare_set search_word quotes --search ferry
compare_set search_words quotes --search "ferry strike"
compare_set search_phrase quotes --search '"water rights"'
compare_set search_prefix quotes --search 'fish*'
compare_set search_or quotes --search 'salmon OR eel'
compare_set search_articles articles --search ferry
compare_set report_phrase report phrase --param 'phrase=water rights'
compare_set report_phrase_default report phrase

# verify: the same search subquery as `quotes --search` (the dialect's). Candidates are taken best
# ranked first, and bm25 and ts_rank_cd rank ties differently, so the best match and its verdict
# are compared, not the whole list (docs/postgresql.md).
compare_best() { compare_jq "$1" '.[0] | {verdict, score, quote_id}' "${@:2}"; }
compare_best verify_exact verify "the river used to be black with salmon"
compare_best verify_close verify "the ferry will not run on monday"
compare_best verify_person verify "the river used to be black" --person Szabo
compare_best verify_missing verify "invoices were missing"
compare verify_same verify "the river used to be black with salmon"


# A write through `query` is refused, however it is dressed, and changes nothing.
before=$(psql_ "SELECT count(*) FROM quotes")
for sql in "DELETE FROM quotes" "WITH d AS (DELETE FROM quotes RETURNING 1) SELECT count(*) FROM d" \
           "SELECT 1; DELETE FROM quotes" "UPDATE people SET name = 'x'"; do
  if "$bin" --db "$url" query "$sql" >"$tmp/write.out" 2>&1; then
    fail "query \"$sql\" is refused" "$tmp/write.out"
  elif grep -q "refused\|statements given" "$tmp/write.out"; then ok; else
    fail "query \"$sql\" says why it was refused" "$tmp/write.out"
  fi
done
[ "$(psql_ "SELECT count(*) FROM quotes")" = "$before" ] && ok || fail "refused writes changed nothing"
if "$bin" --db "$url" query "SELECT pg_sleep(3)" --timeout 0.5 >"$tmp/slow.out" 2>&1; then
  fail "a query past --timeout is stopped" "$tmp/slow.out"
else
  grep -q "ran longer than" "$tmp/slow.out" && ok || fail "the timeout says so" "$tmp/slow.out"
fi

# Four importers at once into a fresh database, each with all of samples/ in its own order.
psql_ "CREATE DATABASE concurrent" >/dev/null
url2=$(bash "$harness" url "$dir" concurrent)
mapfile -t files < <(ls "$src"/samples/*.txt)
pids=()
for k in 0 1 2 3; do
  order=("${files[@]:$((k * 3))}" "${files[@]:0:$((k * 3))}")
  "$bin" --db "$url2" --quiet import "${order[@]}" >"$tmp/c$k.out" 2>&1 &
  pids+=($!)
done
for k in 0 1 2 3; do
  wait "${pids[$k]}" && ok || fail "concurrent importer $k exits 0" "$tmp/c$k.out"
done
q2() { bash "$harness" psql "$dir" -d concurrent -c "$1" 2>&1 || true; }
single="$tmp/single.txt"
# The reference: one SQLite import of the same files (samples/ has more below its top folder).
"$bin" --db "$tmp/flat.db" --quiet import "${files[@]}" >/dev/null 2>&1 || true
"$bin" --db "$tmp/flat.db" query "SELECT count(*) AS n FROM articles" --format csv >"$single"
[ "$(q2 "SELECT count(*) FROM articles")" = "$(tail -1 "$single" | tr -d '\r')" ] && ok ||
  fail "four concurrent imports give each article once ($(q2 "SELECT count(*) FROM articles"))"
[ "$(q2 "SELECT count(*) - count(DISTINCT story_key) FROM articles")" = 0 ] && ok ||
  fail "no story twice"
"$bin" --db "$tmp/flat.db" query "SELECT count(*) AS n FROM people" --format csv >"$single"
[ "$(q2 "SELECT count(*) FROM people")" = "$(tail -1 "$single" | tr -d '\r')" ] && ok ||
  fail "four concurrent imports give each person once ($(q2 "SELECT count(*) FROM people"))"
"$bin" --db "$tmp/flat.db" query "SELECT count(*) AS n FROM quotes" --format csv >"$single"
[ "$(q2 "SELECT count(*) FROM quotes")" = "$(tail -1 "$single" | tr -d '\r')" ] && ok ||
  fail "nothing lost or doubled: the same number of quotes"

echo "backends: $passed passed, $failed failed"
exit $((failed > 0))
