#!/usr/bin/env bash
# What issue 4 must show, with the real binary: importing a directory that mixes the seed
# transcript (or, where ../shared/seeds is absent, a fictional stand-in), a binary file, an empty
# file and a Windows-1252 file imports two, rejects two with messages naming each file (and the
# line of the NUL byte), warns about the Windows-1252 reading, and exits 3 (partial). The
# archive then holds the two good articles only, the Windows-1252 text as proper UTF-8, and
# importing again changes nothing.
#
# Usage: bad_input_test.sh PATH/TO/newsarchive SOURCE_DIR
set -u
bin=${1:?usage: bad_input_test.sh PATH/TO/newsarchive SOURCE_DIR}
src=${2:?usage: bad_input_test.sh PATH/TO/newsarchive SOURCE_DIR}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
source "$src/tests/cli/test_lib.sh"
sql() { sqlite3 -batch -noheader "$db" "$1"; }
expect_in() {  # expect_in FILE TEXT WHAT
  grep -qF -- "$2" "$1" && ok || fail "$3: expected to find '$2'" "$1"
}

dir=$tmp/mixed
mkdir -p "$dir"
# The seed is a real page: it is copied here at test time, never into the repository.
seed=$src/../shared/seeds/000_adae15423d2abf8f.txt
if [ -f "$seed" ]; then
  cp "$seed" "$dir/a_seed.txt"
else
  cat >"$dir/a_seed.txt" <<'EOF'
Harbor Town Votes To Keep Its Winter Ferry

Residents of Port Averly voted to keep the island ferry running through the winter.

MARA QUILLFEATHER, HOST:

The ferry to Saint Corvin will keep running this winter. Tobin Ashgrove reports.

TOBIN ASHGROVE, BYLINE: The vote was close, but the ferry stays.

LUSA VANTORRE: We need the boat. There is no other way to the mainland.

ASHGROVE: The council meets again in March.

Tobin Ashgrove, NPR News, Port Averly.

Transcript provided by NPR, Copyright NPR.
EOF
fi
printf 'GIF89a\n\x01\x02\x03\n\x00\x00\x00\xff binary' >"$dir/b_binary.txt"
: >"$dir/c_empty.txt"
# Windows-1252: e-acute is \xe9 (first on line 1), curly quotes \x93 \x94, an en dash \x96.
printf '%b' 'Caf\xe9 Owners In Elm Hollow Weather The Freeze\n\n' \
  'The caf\xe9s of Elm Hollow stayed open through the cold snap.\n\n' \
  'ORRIN PELLWICK, HOST:\n\n' \
  'Nell Brightwater visited the caf\xe9s of Elm Hollow.\n\n' \
  'NELL BRIGHTWATER, BYLINE: The soup kept coming \x96 all week.\n\n' \
  'DELPHINE CASTELLANE: \x93We never closed,\x94 I told everyone.\n\n' \
  'BRIGHTWATER: The thaw came on Sunday.\n\n' \
  'Nell Brightwater, NPR News, Elm Hollow.\n' >"$dir/d_cp1252.txt"

db=$tmp/archive.db
"$bin" --db "$db" import --verbose "$dir" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" = 3 ] && ok || fail "mixed directory: exit code 3 (partial), got $rc" "$tmp/err"
expect_in "$tmp/out" "imported $dir/a_seed.txt" "the seed (or stand-in) is imported"
expect_in "$tmp/out" "imported $dir/d_cp1252.txt" "the Windows-1252 file is imported"
expect_in "$tmp/err" "$dir/b_binary.txt:3: binary file (NUL byte at line 3)" \
  "the binary file is rejected, naming file and line"
expect_in "$tmp/err" "$dir/c_empty.txt: empty file" "the empty file is rejected, naming it"
expect_in "$tmp/err" "$dir/d_cp1252.txt:1: warning: not valid UTF-8" \
  "the Windows-1252 file gets a warning naming file and line"
expect_in "$tmp/err" "read as Windows-1252" "the warning says how the file was read"
expect_in "$tmp/err" "imported 2, already imported 0, skipped 0, rejected 2" "the summary counts"
grep -q "b_binary\|c_empty" "$tmp/out" && fail "rejected files are not listed as imported" "$tmp/out" || ok

[ "$(sql "SELECT COUNT(*) FROM articles")" = 2 ] && ok || fail "the archive holds two articles"
[ "$(sql "SELECT COUNT(*) FROM articles WHERE file_name LIKE '%b_binary%' OR file_name LIKE '%c_empty%'")" = 0 ] &&
  ok || fail "nothing of the rejected files is stored"
# The Windows-1252 bytes are stored as UTF-8: "café", curly quotes, en dash.
[ "$(sql "SELECT COUNT(*) FROM quotes WHERE text LIKE '%We never closed,%' AND text LIKE '%“We never closed,”%'")" = 1 ] &&
  ok || fail "curly quotes from Windows-1252 stored as UTF-8"
[ "$(sql "SELECT COUNT(*) FROM quotes WHERE text = 'The soup kept coming – all week.'")" = 1 ] &&
  ok || fail "the en dash from Windows-1252 stored as UTF-8"
[ "$(sql "SELECT COUNT(*) FROM articles WHERE title LIKE 'Café Owners%'")" = 1 ] &&
  ok || fail "the Windows-1252 title stored as UTF-8"

# Importing the same directory again changes nothing and says so.
"$bin" --db "$db" import "$dir" >"$tmp/out2" 2>"$tmp/err2"
rc=$?
[ "$rc" = 3 ] && ok || fail "second import: exit code 3, got $rc" "$tmp/err2"
expect_in "$tmp/err2" "imported 0, already imported 2, skipped 0, rejected 2" "second import summary"
[ "$(sql "SELECT COUNT(*) FROM articles")" = 2 ] && ok || fail "still two articles after importing again"

echo "bad_input_test: $passed passed, $failed failed"
[ "$failed" = 0 ]
