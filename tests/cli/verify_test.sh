#!/usr/bin/env bash
# End-to-end tests of `verify`: imports samples/ with the real binary and checks the verdict and
# the rows for claims taken from the samples' own words: the same words (exact), a word swapped
# and a number written as digits (close, naming both words), the right words with the wrong
# person (other-speaker naming who said them), words nobody said (not-found), and bad input.
#
# Usage: verify_test.sh PATH/TO/newsarchive SOURCE_DIR
set -u
bin=${1:?usage: verify_test.sh PATH/TO/newsarchive SOURCE_DIR}
src=${2:?usage: verify_test.sh PATH/TO/newsarchive SOURCE_DIR}
source "$src/tests/cli/test_lib.sh"
db="$tmp/archive.db"
na() { "$bin" --db "$db" --quiet "$@"; }

if ! na import "$src/samples" >"$tmp/import.out" 2>&1; then
  fail "import samples/" "$tmp/import.out"
fi

# expect NAME PATTERN ARGS...: `newsarchive ARGS` exits 0 and its output matches PATTERN (grep -E).
expect() {
  local name=$1 pattern=$2
  shift 2
  if ! na "$@" >"$tmp/$name.out" 2>&1; then
    fail "$name: newsarchive $* exited non-zero" "$tmp/$name.out"
  elif grep -Eq -- "$pattern" "$tmp/$name.out"; then ok
  else fail "$name: expected /$pattern/" "$tmp/$name.out"; fi
}

# The first line of a table is the verdict.
expect exact '^exact: Andrea McKinnon-Álvarez' \
  verify "\"I would like to vote yes this fall.\""
expect exact-first-line '^exact' \
  verify "But I am not going to vote for a promise to have a meeting"
head -1 "$tmp/exact-first-line.out" | grep -q '^exact' && ok || fail "the verdict is not the first line" "$tmp/exact-first-line.out"

# A swapped word and a number in digits: close, both words named, digits read as the words.
expect digits '^exact: Ilona Markovets' verify "If the scientists say 60 tons is too many"
expect close '^close \(0\.[0-9]+\): Ilona Markovets.*changed "70" to "sixty"' \
  verify "If the scientists say 70 tons is too many, then it is too many"
expect close-swap 'changed "dull" to "terrible"' \
  verify "And it was dull coffee. Everybody says so."

# Someone else's words: other-speaker naming who said them.
expect other '^other-speaker: said by Rafferty Quill, not Linnea Szabo' \
  verify "a man in Miles City found it in his attic" --person "Linnea Szabo"
expect own '^exact: Rafferty Quill' \
  verify "a man in Miles City found it in his attic" --person Quill

# Words nobody said.
expect notfound '^not-found' verify "we will lift every sanction next week"

# JSON rows carry the verdict, score, speaker, article id, matched text and diff.
if na verify "And it was dull coffee" --format jsonl >"$tmp/v.jsonl" 2>"$tmp/v.err" &&
  python3 - "$tmp/v.jsonl" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
first = rows[0]
assert first["verdict"] == "close", first
assert first["speaker"] == "Rafferty Quill", first
assert first["text"] == "And it was terrible coffee", first
assert first["diff"] == "And it was [-dull-]{+terrible+} coffee", first
assert 0 < first["score"] < 1 and isinstance(first["article_id"], int), first
assert all(0 <= r["score"] <= first["score"] for r in rows), rows
PY
then ok; else fail "verify --format jsonl rows" "$tmp/v.err"; fi
if na verify "zebras juggle quietly" --format json >"$tmp/nf.json" 2>&1 &&
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r[0]["verdict"]=="not-found", r' "$tmp/nf.json"
then ok; else fail "not-found is a field even with nothing near" "$tmp/nf.json"; fi

# Bad input: a claim with no words, an unknown person, a bad date; each exits 1 with a message.
for args in 'verify ...' 'verify "a b" --person Nobodyatall' 'verify "a b" --since 2021-13'; do
  code=0
  eval "na $args" >"$tmp/bad.out" 2>&1 || code=$?
  if [ "$code" = 1 ] && grep -q "newsarchive:" "$tmp/bad.out"; then ok
  else fail "$args: exit $code, expected 1 with a message" "$tmp/bad.out"; fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
