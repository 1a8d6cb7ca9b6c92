#!/usr/bin/env bash
# `newsarchive copy` between backends on a real server (tests/pg/pg_server.sh): samples/ imported
# into a file, copied to PostgreSQL and back to a new file give byte-identical `--format json` for
# quotes, people, articles and report summary on all three; every table's count is printed and
# matches; a non-empty destination and the archive itself are refused, changing nothing;
# --replace empties the destination first; an import after the copy continues the ids.
#   bash tests/pg/copy_test.sh PATH/TO/newsarchive SOURCE_DIR
set -uo pipefail
bin=${1:?usage: copy_test.sh PATH/TO/newsarchive SOURCE_DIR}
src=${2:?usage: copy_test.sh PATH/TO/newsarchive SOURCE_DIR}
# shellcheck source=tests/pg/pg_test_lib.sh
source "$src/tests/pg/pg_test_lib.sh"
count() { "$bin" --db "$1" query "SELECT count(*) AS n FROM $2" --format csv | tail -1 | tr -d '\r'; }

"$bin" --db "$tmp/a.db" --quiet import "$src/samples/" >/dev/null 2>&1 || true
[ "$(count "$tmp/a.db" articles)" -gt 5 ] && ok || fail "samples/ imported into a file (premise)"

if "$bin" copy --from "$tmp/a.db" --to "$url" >"$tmp/to_pg.out" 2>"$tmp/to_pg.err"; then ok; else
  fail "copy file -> PostgreSQL exits 0" "$tmp/to_pg.err"
fi
if "$bin" copy --from "$url" --to "$tmp/b.db" >"$tmp/to_file.out" 2>"$tmp/to_file.err"; then ok; else
  fail "copy PostgreSQL -> file exits 0" "$tmp/to_file.err"
fi

# The printed counts: every table of the schema with data, source = destination = the real count.
for table in articles people person_aliases roles quotes mentions person_counts; do
  n=$(count "$tmp/a.db" "$table")
  [ "$n" -gt 0 ] || fail "samples/ give rows in $table (premise)"
  for out in to_pg to_file; do
    if grep -qE "^$table +$n +$n\$" "$tmp/$out.out"; then ok; else
      fail "$out prints $table $n $n" "$tmp/$out.out"
    fi
  done
  [ "$(psql_ "SELECT count(*) FROM $table")" = "$n" ] && ok || fail "PostgreSQL holds $n rows of $table"
done
grep -q "every table's count matches" "$tmp/to_pg.err" && ok || fail "copy says the counts match" "$tmp/to_pg.err"

for cmd in "quotes" "people" "people --all" "articles" "report summary" "quotes --kind direct"; do
  name=${cmd// /_}
  "$bin" --db "$tmp/a.db" $cmd --format json >"$tmp/$name.a.json" 2>/dev/null
  "$bin" --db "$url" $cmd --format json >"$tmp/$name.pg.json" 2>/dev/null
  "$bin" --db "$tmp/b.db" $cmd --format json >"$tmp/$name.b.json" 2>/dev/null
  [ "$(wc -l <"$tmp/$name.a.json")" -ge 3 ] || fail "$cmd prints rows (premise)"
  cmp -s "$tmp/$name.a.json" "$tmp/$name.pg.json" && ok ||
    { diff "$tmp/$name.a.json" "$tmp/$name.pg.json" >"$tmp/d" ; fail "$cmd: file = PostgreSQL copy" "$tmp/d"; }
  cmp -s "$tmp/$name.a.json" "$tmp/$name.b.json" && ok ||
    { diff "$tmp/$name.a.json" "$tmp/$name.b.json" >"$tmp/d"; fail "$cmd: file = file copied back" "$tmp/d"; }
done
# Search works on both copies (the indexes were built there).
for db in "$url" "$tmp/b.db"; do
  [ "$("$bin" --db "$db" quotes --search ferry --format json | jq length)" = \
    "$("$bin" --db "$tmp/a.db" quotes --search ferry --format json | jq length)" ] && ok ||
    fail "quotes --search ferry finds as many on $db"
done

# Refusals: a non-empty destination, the archive onto itself. Nothing changes.
before=$(psql_ "SELECT count(*) FROM quotes")
if "$bin" copy --from "$tmp/a.db" --to "$url" >"$tmp/again.out" 2>&1; then
  fail "a copy into a non-empty archive is refused" "$tmp/again.out"
else
  [ $? -eq 1 ] && ok || fail "refusal exits 1"
  grep -q "not empty.*--replace" "$tmp/again.out" && ok || fail "the refusal says why" "$tmp/again.out"
fi
[ "$(psql_ "SELECT count(*) FROM quotes")" = "$before" ] && ok || fail "the refused copy changed nothing"
if "$bin" copy --from "$url" --to "$url&connect_timeout=5" --replace \
    >"$tmp/self.out" 2>&1; then
  fail "a copy of an archive onto itself is refused" "$tmp/self.out"
else
  grep -q "same archive" "$tmp/self.out" && ok || fail "the self-copy refusal says why" "$tmp/self.out"
fi
[ "$(psql_ "SELECT count(*) FROM quotes")" = "$before" ] && ok || fail "the refused self-copy changed nothing"
if "$bin" copy --from "$tmp/nothing.db" --to "$tmp/c.db" >"$tmp/missing.out" 2>&1; then
  fail "a missing source is refused" "$tmp/missing.out"
else
  [ ! -e "$tmp/c.db" ] && ok || fail "a refused copy creates no destination file"
fi

# --replace: a destination with other rows is emptied and holds exactly the copy.
"$bin" --db "$tmp/one.db" --quiet import "$(ls "$src"/samples/*.txt | head -1)" >/dev/null 2>&1
if "$bin" --quiet copy --from "$tmp/one.db" --to "$url" --replace >"$tmp/replace.out" 2>&1; then ok; else
  fail "copy --replace exits 0" "$tmp/replace.out"
fi
[ "$(psql_ "SELECT count(*) FROM articles")" = 1 ] && ok || fail "--replace leaves only the copy"

# An import after the copy continues the ids on PostgreSQL (sequences set past the copied ids).
psql_ "CREATE DATABASE next" >/dev/null
url2=$(bash "$harness" url "$dir" next)
mapfile -t files < <(ls "$src"/samples/*.txt)
"$bin" --db "$tmp/first.db" --quiet import "${files[@]:0:3}" >/dev/null 2>&1
"$bin" --quiet copy --from "$tmp/first.db" --to "$url2" >/dev/null 2>"$tmp/next.err" || fail "copy into next" "$tmp/next.err"
"$bin" --db "$url2" --quiet import "${files[3]}" >/dev/null 2>"$tmp/next.err" || fail "import after the copy" "$tmp/next.err"
"$bin" --db "$tmp/first.db" --quiet import "${files[3]}" >/dev/null 2>&1
for table in articles people roles quotes mentions; do
  q="SELECT coalesce(max(id), 0) AS m FROM $table"
  a=$("$bin" --db "$tmp/first.db" query "$q" --format csv | tail -1 | tr -d '\r')
  p=$("$bin" --db "$url2" query "$q" --format csv | tail -1 | tr -d '\r')
  [ "$a" = "$p" ] && ok || fail "after copy + import, the largest $table id is $a on both ($p)"
done
"$bin" --db "$tmp/first.db" articles --format json >"$tmp/n.a.json"
"$bin" --db "$url2" articles --format json >"$tmp/n.pg.json"
cmp -s "$tmp/n.a.json" "$tmp/n.pg.json" && ok || fail "the next article got the same id on both"

echo "copy: $passed passed, $failed failed"
exit $((failed > 0))
