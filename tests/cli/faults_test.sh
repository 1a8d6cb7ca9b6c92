#!/usr/bin/env bash
# Fault injection, end to end (issue 18): the ten faults a hostile tester found, and the rough
# edges found alongside, each as a case run against the real binary. Every command runs under
# `timeout`, so a hang is a failure (exit 124), never a stuck CI job.
#   1. --output naming the archive (./a.db, a symlink, a hard link) is refused, archive intact
#   2. --db '' and --db :memory: are refused (exit 4), nothing claims to be imported
#   3. check on a 0-byte file leaves it 0 bytes and reports an error
#   4. check and migrate --status in a read-only directory answer, exit 0
#   5. --output onto a FIFO, a symlink, /dev/null writes through, the node or link stays
#   6. a NUL in `query -` is refused at once
#   7. import FIFO and --db FIFO with no writer end at once
#   8. --timeout 1e10 is no overflow; --timeout nan is refused
#   9. zeroblob(900000000) is refused; one expensive aggregate stops at the time limit
#  10. output cut short by the time limit is marked as such in every format
#  rough edges: escaped file names and bidi controls, broken links in a directory, a directory
#  named twice, import "", numeric range messages, empty --person/--search, --since 2019-02-30,
#  "1 speaker", a write error on stdout ends the command, no -wal/-shm left by reading.
#
# Usage: faults_test.sh PATH/TO/newsarchive SOURCE_DIR
set -u
export LC_ALL=C.UTF-8
bin=${1:?usage: faults_test.sh PATH/TO/newsarchive SOURCE_DIR}
src=${2:?usage: faults_test.sh PATH/TO/newsarchive SOURCE_DIR}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
src=$(cd "$src" && pwd)
tmp=$(mktemp -d)
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0 skipped=0
ok() { passed=$((passed + 1)); }
fail() {
  failed=$((failed + 1))
  printf 'FAIL: %s\n' "$1"
  if [ -n "${2:-}" ] && [ -s "$2" ]; then sed 's/^/  | /' "$2" | head -8; fi
}
skip() {
  skipped=$((skipped + 1))
  printf 'skipped: %s\n' "$1"
}
# expect WHAT CONDITION...: ok when the test command succeeds, else fail with stderr shown.
expect() {
  local what=$1
  shift
  if "$@"; then ok; else fail "$what" "$tmp/err"; fi
}
# na ARGS...: the binary, bounded to 10 s, stdout to $tmp/out, stderr to $tmp/err; sets rc.
na() {
  timeout -k 2 10 "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  rc=$?
}
sha() { sha256sum "$1" | cut -d' ' -f1; }
has() { grep -q -- "$2" "$1"; }

cd "$tmp" || exit 1
"$bin" --db a.db --quiet import "$src/samples" >/dev/null 2>&1
sqlite3 a.db "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null 2>&1
before=$(sha a.db)
cp a.db pristine.db

# --- 1. --output naming the archive, in any spelling ---
ln -s a.db link.db
ln a.db hard.db
for name in ./a.db "$tmp/a.db" link.db hard.db; do
  na --db a.db quotes --output "$name"
  expect "1: --output $name is refused (exit 1, got $rc)" [ "$rc" = 1 ]
  expect "1: --output $name says it is the archive" has "$tmp/err" "is the archive itself"
done
na --db a.db show 1 --output ./a.db
expect "1: show --output ./a.db is refused (got $rc)" [ "$rc" = 1 ]
expect "1: the archive is byte-identical after every refused --output" [ "$(sha a.db)" = "$before" ]
expect "1: the archive is still a regular file, not a link" [ -f a.db ] && [ ! -L a.db ]
# Each later case starts from the archive as imported, whatever a failure above did to it.
rm -f a.db a.db-wal a.db-shm
cp pristine.db a.db

# --- 2. --db '' and --db :memory: ---
for db in '' ':memory:'; do
  na --db "$db" import "$src/samples"
  expect "2: import --db '$db' exits 4 (got $rc)" [ "$rc" = 4 ]
  expect "2: import --db '$db' claims no import" bash -c "! grep -q '^imported [1-9]' '$tmp/out'"
done

# --- 3. check on a 0-byte file changes nothing ---
: >zero.db
na --db zero.db check
expect "3: check on a 0-byte file is not '0 errors' exit 0 (got $rc)" [ "$rc" != 0 ]
expect "3: check leaves the 0-byte file 0 bytes" [ "$(stat -c %s zero.db)" = 0 ]

# --- 4. check and migrate --status in a read-only directory ---
mkdir ro
cp a.db ro/a.db
chmod 555 ro
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  chmod 444 ro/a.db
  as_user() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
else
  as_user() { "$@"; }
fi
ro_before=$(sha ro/a.db)
as_user timeout 10 "$bin" --db ro/a.db check >"$tmp/out" 2>"$tmp/err"
rc=$?
expect "4: check on a healthy archive in a read-only directory exits 0 (got $rc)" [ "$rc" = 0 ]
as_user timeout 10 "$bin" --db ro/a.db migrate --status >"$tmp/out" 2>"$tmp/err"
rc=$?
expect "4: migrate --status in a read-only directory exits 0 (got $rc)" [ "$rc" = 0 ]
expect "4: the read-only archive is byte-identical" [ "$(sha ro/a.db)" = "$ro_before" ]
chmod 755 ro

# --- 5. --output onto a FIFO, a symlink and /dev/null writes through ---
mkfifo out.fifo
(timeout 10 cat out.fifo >fifo.txt) &
reader=$!
sleep 0.2
na --db a.db quotes --format csv --output out.fifo
wait "$reader"
expect "5: --output FIFO exits 0 (got $rc)" [ "$rc" = 0 ]
expect "5: the FIFO is still a FIFO" [ -p out.fifo ]
expect "5: what went through the FIFO is the CSV" has fifo.txt "^speaker,"
na --db a.db quotes --format csv --output out.fifo
expect "5: --output FIFO with no reader fails at once (got $rc)" [ "$rc" = 1 ]
echo old >target.csv
ln -s target.csv link.csv
na --db a.db quotes --format csv --output link.csv
expect "5: --output onto a symlink keeps the link" [ -L link.csv ]
expect "5: --output onto a symlink writes its target" has target.csv "^speaker,"
# A device node of our own (the system's /dev/null would be replaced by a binary with the fault).
if mknod "$tmp/null" c 1 3 2>/dev/null; then
  na --db a.db quotes --output "$tmp/null"
  expect "5: --output onto a device node exits 0 (got $rc)" [ "$rc" = 0 ]
  expect "5: the device node is still a character device" [ -c "$tmp/null" ]
else
  skip "5: --output onto a device node (mknod needs root)"
fi

# --- 6. a NUL byte in the SQL ---
printf 'SELECT 1\0' | timeout -k 2 10 "$bin" --db a.db query - >"$tmp/out" 2>"$tmp/err"
rc=$?
expect "6: SQL with a NUL byte is refused, not a loop (exit 1, got $rc)" [ "$rc" = 1 ]
expect "6: the refusal names the NUL byte" has "$tmp/err" "NUL"

# --- 7. FIFOs with no writer ---
mkfifo in.fifo
na --db fifo-import.db import in.fifo
expect "7: import FIFO with no writer ends (got $rc)" [ "$rc" != 124 ] && [ "$rc" != 137 ]
na --db in.fifo quotes
expect "7: --db FIFO is refused at once (exit 4, got $rc)" [ "$rc" = 4 ]
expect "7: --db FIFO says it is a FIFO" has "$tmp/err" "FIFO"

# --- 8. --timeout edge values ---
na --db a.db query --timeout 1e10 "SELECT 42 AS answer"
expect "8: --timeout 1e10 runs the query (got $rc)" [ "$rc" = 0 ] && has "$tmp/out" "42"
na --db a.db query --timeout nan "SELECT 1"
expect "8: --timeout nan is a usage error (exit 2, got $rc)" [ "$rc" = 2 ]
na --db a.db query --timeout inf "SELECT 1"
expect "8: --timeout inf is a usage error (exit 2, got $rc)" [ "$rc" = 2 ]

# --- 9. one expensive value or function ---
start=$(date +%s%N)
na --db a.db query --timeout 1 "SELECT zeroblob(900000000)"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
expect "9: zeroblob(900000000) is refused (exit 1, got $rc)" [ "$rc" = 1 ]
expect "9: zeroblob(900000000) ends within 5 s (took $ms ms)" [ "$ms" -lt 5000 ]
start=$(date +%s%N)
na --db a.db query --timeout 1 "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
expect "9: an endless aggregate stops at --timeout 1 (exit 1, got $rc)" [ "$rc" = 1 ]
expect "9: an endless aggregate stops within 4 s (took $ms ms)" [ "$ms" -lt 4000 ]

# --- 10. output cut short says so where the data goes ---
endless="WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c"
for format in table csv tsv markdown; do
  na --db a.db query --timeout 0.5 --format "$format" "$endless"
  expect "10: $format cut short exits 1 (got $rc)" [ "$rc" = 1 ]
  expect "10: $format cut short ends with an 'incomplete' line" \
    bash -c "tail -n 1 '$tmp/out' | grep -qi 'incomplete'"
done
for format in json jsonl; do
  na --db a.db query --timeout 0.5 --format "$format" "$endless"
  expect "10: $format cut short exits 1 (got $rc)" [ "$rc" = 1 ]
  expect "10: $format cut short carries \"complete\":false" has "$tmp/out" '"complete":false'
done
na --db a.db query --timeout 0.5 --format json --output cut.json "$endless"
expect "10: a file cut short does not appear (got $rc)" [ "$rc" = 1 ] && [ ! -e cut.json ]

# --- rough edges ---
mkdir names
cp "$src/samples/01_npr_salmon_pact.txt" "names/x
imported forged.txt"
na --db names.db import --verbose names
expect "edge: a newline in a file name cannot forge an 'imported' line" \
  bash -c "! grep -q '^imported forged.txt' '$tmp/out'"
expect "edge: the newline in a file name is shown escaped" has "$tmp/out" 'x\\nimported forged.txt'
expect "edge: one speaker is '1 speaker'" bash -c "! grep -q '\\b1 speakers\\|\\b1 quotes' '$tmp/out'"
rlo=$(printf '\u202e')
cp "$src/samples/01_npr_salmon_pact.txt" "evil${rlo}txt.exe"
na --db names.db import --verbose "evil${rlo}txt.exe"
expect "edge: U+202E in a name is shown as an escape" has "$tmp/out" '\\u{202E}'
expect "edge: no raw U+202E reaches the terminal" bash -c "! grep -q '$rlo' '$tmp/out'"

mkdir links
cp "$src/samples/01_npr_salmon_pact.txt" links/
ln -s nowhere links/dangling
ln -s self links/self
na --db links.db import links links
expect "edge: broken and self links in a directory are skipped, exit 0 (got $rc)" [ "$rc" = 0 ]
expect "edge: a broken link is a warning" has "$tmp/err" "dangling: warning: broken symbolic link"
expect "edge: a directory named twice is not called a link loop" has "$tmp/err" "named more than once"
na --db links.db import ""
expect "edge: import \"\" says the name is empty" has "$tmp/err" "empty name"

na --db a.db query --format csv "PRAGMA journal_mode"
expect "edge: PRAGMA journal_mode reads the mode (exit 0, got $rc)" [ "$rc" = 0 ]
expect "edge: PRAGMA journal_mode says wal" has "$tmp/out" "^wal"
na --db a.db query "PRAGMA journal_mode = DELETE"
expect "edge: PRAGMA journal_mode = DELETE is still refused (exit 1, got $rc)" [ "$rc" = 1 ]
expect "edge: the archive is still in WAL mode" [ "$(sqlite3 a.db 'PRAGMA journal_mode')" = wal ]

for args in "show 0" "quotes --limit -1" "show 99999999999999999999" "people --article 0"; do
  # shellcheck disable=SC2086
  na --db a.db $args
  expect "edge: '$args' is a usage error (exit 2, got $rc)" [ "$rc" = 2 ]
  expect "edge: '$args' says so in a short line" bash -c "[ \$(head -n 1 '$tmp/err' | wc -c) -lt 120 ]"
done
na --db a.db quotes --person ''
expect "edge: --person '' is refused (exit 2, got $rc)" [ "$rc" = 2 ]
na --db a.db quotes --search ''
expect "edge: --search '' is refused (exit 2, got $rc)" [ "$rc" = 2 ]
na --db a.db quotes --since 2019-02-30
expect "edge: --since 2019-02-30 is refused (got $rc)" [ "$rc" = 1 ] && has "$tmp/err" "no such day"

# A write error on standard output ends the command at once (SIGPIPE ignored, as under a
# supervisor or Python's subprocess).
if command -v python3 >/dev/null; then
  start=$(date +%s%N)
  python3 - "$bin" "$tmp/a.db" "$endless" >"$tmp/err" 2>&1 <<'EOF'
import signal, subprocess, sys
p = subprocess.Popen([sys.argv[1], "--db", sys.argv[2], "query", "--timeout", "8", sys.argv[3]],
                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                     preexec_fn=lambda: signal.signal(signal.SIGPIPE, signal.SIG_IGN))
p.stdout.readline()
p.stdout.close()
sys.exit(p.wait(timeout=10))
EOF
  rc=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  expect "edge: a closed stdout ends the query with an error (got $rc)" [ "$rc" != 0 ]
  expect "edge: a closed stdout ends the query within 4 s, not at its 8 s limit (took $ms ms)" [ "$ms" -lt 4000 ]
else
  skip "edge: stdout write error (python3 missing)"
fi

# A lock met while opening, reading the history or checking is exit 5 with the locked message,
# not exit 4 ("damaged"), and comes after one busy timeout, not one per check. The archive is a
# backup (rollback journal, as a restored backup is), so a writer's lock stops readers too.
if command -v python3 >/dev/null; then
  na --db a.db backup locked.db
  python3 -c 'import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN EXCLUSIVE")
open(sys.argv[2], "w").write("locked")
time.sleep(60)' locked.db lock.ready &
  holder=$!
  for _ in $(seq 50); do [ -e lock.ready ] && break; sleep 0.1; done
  for args in "check" "migrate --status" "migrate"; do
    # shellcheck disable=SC2086
    na --db locked.db $args
    expect "edge: '$args' on a locked archive exits 5 (got $rc)" [ "$rc" = 5 ]
    expect "edge: '$args' on a locked archive says it was locked" has "$tmp/err" "kept the archive locked"
  done
  kill "$holder"
  wait "$holder" 2>/dev/null
  na --db locked.db check
  expect "edge: once the lock is gone, check passes (got $rc)" [ "$rc" = 0 ]
else
  skip "edge: a locked archive (python3 missing)"
fi

# A killed backup's temporary file is removed by the next backup to the same name, once its
# process is gone; one whose process is alive (this shell) is kept.
dead=$(sh -c 'echo $$')
echo "half a copy" >"copy.db.tmp-$dead"
echo "half a copy" >"copy.db.tmp-$dead-journal"
echo "in progress" >"copy.db.tmp-$$"
na --db a.db backup copy.db
expect "edge: backup beside a stale temporary file exits 0 (got $rc)" [ "$rc" = 0 ]
expect "edge: a killed backup's temporary file is removed" [ ! -e "copy.db.tmp-$dead" ] && [ ! -e "copy.db.tmp-$dead-journal" ]
expect "edge: the removal is reported" has "$tmp/err" "removed .*copy.db.tmp-$dead"
expect "edge: a live process's temporary file is kept" [ -e "copy.db.tmp-$$" ]

rm -f a.db-wal a.db-shm
na --db a.db quotes --limit 1
na --db a.db check
expect "edge: reading leaves no -wal or -shm beside the archive" [ ! -e a.db-wal ] && [ ! -e a.db-shm ]

echo "faults_test: $passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
