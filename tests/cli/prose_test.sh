#!/usr/bin/env bash
# End-to-end test of the print-article side (issue 13) with the real binary: imports the
# fictional articles in samples/articles/, then checks `quotes --kind reported --format jsonl`,
# the marks `show` puts around prose quotes, and `report quoted-in-prose` against the quotes
# themselves. The expected speakers and words are those the sample stories print.
#
# Usage: prose_test.sh PATH/TO/newsarchive SOURCE_DIR
set -u
bin=${1:?usage: prose_test.sh PATH/TO/newsarchive SOURCE_DIR}
src=${2:?usage: prose_test.sh PATH/TO/newsarchive SOURCE_DIR}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
. "$src/tests/cli/test_lib.sh"
db="$tmp/archive.db"
na() { "$bin" --db "$db" --quiet "$@"; }

if ! na import "$src/samples/articles" 2>"$tmp/import.err"; then
  fail "import samples/articles"
  cat "$tmp/import.err"
  finish prose_test
  exit 1
fi

# The library levy story's id, by its headline.
id=$(na articles --format csv | awk -F, '/Larch Harbor Library Levy/ {print $1}')
check "articles lists the library story as an article" \
  test "$(na articles --format csv | grep -c 'Larch Harbor Library Levy.*,article,')" = 1

# quotes --kind reported --format jsonl: one JSON object a line, every one of kind reported,
# with the clauses the story reports and who said them.
na quotes --kind reported --format jsonl --article "$id" >"$tmp/reported.jsonl"
check "jsonl rows are JSON objects of kind reported with speaker and text" python3 -c '
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
assert rows, "no rows"
for r in rows:
    assert r["kind"] == "reported", r
    assert "speaker" in r and r["text"], r
got = {(r["speaker"], r["text"]) for r in rows}
want = {
    ("Agnes Tolliver-Baird", "she had knocked on about 1,100 doors since August"),
    ("Roland Esterhazy", "the group would not challenge the result"),
    ("Beatrix Lund", "the vote showed that residents valued the building as more than a place to borrow books"),
}
assert got == want, got
' "$tmp/reported.jsonl"
# An unnamed source is a row with a null speaker and its description.
na quotes --format jsonl --limit 0 >"$tmp/all.jsonl"
check "an unnamed source has speaker null and its description" python3 -c '
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
kinds = {r["kind"] for r in rows}
assert {"direct", "reported"} <= kinds, kinds
described = [r for r in rows if r["unnamed_source"]]
assert described, "no quote of an unnamed source"
assert all(r["speaker"] is None for r in described), described
' "$tmp/all.jsonl"

# show marks each prose quote in the text and says under the paragraph whose it is.
na show "$id" >"$tmp/show.txt"
check "show marks the reported clause" \
  grep -qF 'Agnes Tolliver-Baird said ⟦she had knocked on about 1,100 doors since August⟧[1].' \
  "$tmp/show.txt"
check "show names the speaker of mark 1" \
  grep -qxF '  [1] reported: Agnes Tolliver-Baird (library director)' "$tmp/show.txt"
check "show marks both halves of a pronoun's quote" \
  grep -qF '"⟦We lost fair and square,⟧[5]" he said. "⟦We'"'"'ll be watching how they spend it.⟧[6]"' \
  "$tmp/show.txt"
check "show credits the pronoun's quote to the person it refers to" \
  grep -qxF '  [5] direct: Roland Esterhazy (chair)' "$tmp/show.txt"
marks=$(grep -o '⟧\[[0-9]*\]' "$tmp/show.txt" | wc -l)
rows=$(na quotes --format jsonl --article "$id" --limit 0 | wc -l)
check "show has one mark per prose quote of the story ($marks marks, $rows quotes)" \
  test "$marks" = "$rows"

# report quoted-in-prose: each person's counts are those `quotes` lists for them (counted as
# jsonl lines: a csv field may hold the paragraphs of a long quote).
na report quoted-in-prose --param limit=5 --format csv | tr -d '\r' >"$tmp/report.csv"
check "quoted-in-prose has rows" test "$(tail -n +2 "$tmp/report.csv" | wc -l)" -ge 3
tail -n +2 "$tmp/report.csv" | while IFS=, read -r _ name quotes direct reported stories; do
  d=$(na quotes --person "$name" --kind direct --format jsonl --limit 0 | wc -l)
  r=$(na quotes --person "$name" --kind reported --format jsonl --limit 0 | wc -l)
  if [ "$d" = "$direct" ] && [ "$r" = "$reported" ] && [ "$quotes" = $((d + r)) ]; then
    echo ok
  else
    echo "FAIL: quoted-in-prose $name: $direct direct, $reported reported; quotes lists $d and $r"
  fi
done >"$tmp/report.check"
check "quoted-in-prose counts match the quotes listed (see above)" \
  test "$(grep -c FAIL "$tmp/report.check")" = 0
grep FAIL "$tmp/report.check"
check "the library director is in quoted-in-prose with 2 direct and 1 reported" \
  grep -qE '^[0-9]+,Agnes Tolliver-Baird,3,2,1,1$' "$tmp/report.csv"

finish prose_test
