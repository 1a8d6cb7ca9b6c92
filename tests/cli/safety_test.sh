#!/usr/bin/env bash
# What newsarchive does to an archive it must not harm, with the real binary:
#  1. a read-only archive (file mode 444 for an unprivileged user; a read-only mount): an import
#     fails with a clear message and exit 4, the file is byte-identical, and reading still works;
#  2. a corrupt or non-SQLite file given as --db is refused by every command, byte-identical after;
#  3. a full disk (a small tmpfs, when this runs as root): the import stops with a clear message
#     and exit 4, nothing stored before is lost, the archive passes `check`;
#  4. --excel-safe (and --bom) neutralize a quote that starts like a spreadsheet formula;
#  5. the read-only guard of `query`: every way to write is refused, the file's sha256 unchanged.
# Parts that need root (setpriv, mount) say "skipped" with the reason when they cannot run.
#
# Usage: safety_test.sh PATH/TO/newsarchive SOURCE_DIR
set -u
export LC_ALL=C
bin=${1:?usage: safety_test.sh PATH/TO/newsarchive SOURCE_DIR}
src=${2:?usage: safety_test.sh PATH/TO/newsarchive SOURCE_DIR}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
tmp=$(mktemp -d)
chmod 755 "$tmp"
mounts=()
cleanup() {
  for m in "${mounts[@]}"; do umount "$m" 2>/dev/null; done
  rm -rf "$tmp"
}
trap cleanup EXIT
passed=0 failed=0 skipped=0
ok() { passed=$((passed + 1)); }
fail() {
  failed=$((failed + 1))
  printf 'FAIL: %s\n' "$1"
  if [ -n "${2:-}" ] && [ -s "$2" ]; then sed 's/^/  | /' "$2" | head -12; fi
}
skip() {
  skipped=$((skipped + 1))
  printf 'skipped: %s\n' "$1"
}
sha() { cat "$@" 2>/dev/null | sha256sum | cut -d' ' -f1; }
# The archive's bytes: the file and any write-ahead log (checkpointed first by the caller).
archive_sha() { sha "$1" "$1-wal" "$1-journal"; }
checkpoint() { sqlite3 "$1" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null; }
is_root() { [ "$(id -u)" = 0 ]; }
as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }

# A fictional story whose second turn starts like a spreadsheet formula.
write_formula_story() {
  cat >"$1" <<'EOF'
Spreadsheet Pranksters Target Elm Hollow Council

The Elm Hollow council found formulas pasted into its public comment form.

ORRIN PELLWICK, HOST:

The council's comment form got some strange entries this week. Nell Brightwater explains.

NELL BRIGHTWATER, BYLINE: Someone typed formulas instead of comments.

DELPHINE CASTELLANE: =HYPERLINK("http://example.invalid/x","Click for the budget") is what it said.

BRIGHTWATER: -2+3 was another one, and @SUM(A1:A9) a third.

Nell Brightwater, NPR News, Elm Hollow.
EOF
}

base=$tmp/base.db
"$bin" --db "$base" --quiet import "$src/samples" >/dev/null 2>"$tmp/base.err"
write_formula_story "$tmp/formula.txt"
"$bin" --db "$base" --quiet import "$tmp/formula.txt" >/dev/null 2>>"$tmp/base.err" ||
  fail "importing the formula story" "$tmp/base.err"
checkpoint "$base"
base_articles=$(sqlite3 "$base" "SELECT COUNT(*) FROM articles")
[ "$base_articles" -ge 2 ] || fail "samples/ and the formula story import ($base_articles articles)" "$tmp/base.err"

# --- 1. Read-only archive. ---
if is_root && command -v setpriv >/dev/null; then
  dir=$tmp/ro_file && mkdir -m 755 "$dir" && cp "$base" "$dir/a.db" && chmod 444 "$dir/a.db"
  before=$(archive_sha "$dir/a.db")
  as_nobody "$bin" --db "$dir/a.db" import "$tmp/formula.txt" >/dev/null 2>"$tmp/ro.err"
  rc=$?
  [ "$rc" = 4 ] && ok || fail "read-only file: import exits 4 (got $rc)" "$tmp/ro.err"
  grep -q "$dir/a.db is read-only" "$tmp/ro.err" && ok ||
    fail "read-only file: the message says the archive is read-only, naming it" "$tmp/ro.err"
  [ "$(archive_sha "$dir/a.db")" = "$before" ] && ok || fail "read-only file: bytes unchanged"
  as_nobody "$bin" --db "$dir/a.db" --quiet quotes --limit 1 >/dev/null 2>"$tmp/ro_q.err" && ok ||
    fail "read-only file in a read-only directory: quotes still reads it" "$tmp/ro_q.err"
else
  skip "read-only file mode: needs root to run as an unprivileged user (root ignores mode 444)"
fi
if is_root && mkdir -p "$tmp/ro_mount" && mount -t tmpfs -o size=4m tmpfs "$tmp/ro_mount" 2>/dev/null; then
  mounts+=("$tmp/ro_mount")
  cp "$base" "$tmp/ro_mount/a.db"
  mount -o remount,ro "$tmp/ro_mount"
  before=$(archive_sha "$tmp/ro_mount/a.db")
  "$bin" --db "$tmp/ro_mount/a.db" import "$tmp/formula.txt" >/dev/null 2>"$tmp/rom.err"
  rc=$?
  [ "$rc" = 4 ] && ok || fail "read-only mount: import exits 4 (got $rc)" "$tmp/rom.err"
  grep -q "read-only" "$tmp/rom.err" && ok || fail "read-only mount: the message says read-only" "$tmp/rom.err"
  [ "$(archive_sha "$tmp/ro_mount/a.db")" = "$before" ] && ok || fail "read-only mount: bytes unchanged"
  "$bin" --db "$tmp/ro_mount/a.db" --quiet query "SELECT COUNT(*) FROM articles" >"$tmp/rom.out" 2>"$tmp/rom_q.err" && ok ||
    fail "read-only mount: query still reads the archive" "$tmp/rom_q.err"
  "$bin" --db "$tmp/ro_mount/a.db" check >"$tmp/rom_c.out" 2>&1 && ok ||
    fail "read-only mount: check still checks the archive" "$tmp/rom_c.out"
else
  skip "read-only mount: needs root and tmpfs"
fi

# --- 2. Corrupt and non-SQLite files as --db. ---
printf 'Dear diary, today I imported nothing.\n' >"$tmp/notes.txt"
head -c 5000 "$base" >"$tmp/truncated.db"                    # a cut-off archive
{ printf 'SQLite format 3\0'; head -c 8192 /dev/urandom; } >"$tmp/garbage.db"  # header, then noise
cp "$base" "$tmp/scribbled.db"                               # pages overwritten in the middle
size=$(stat -c %s "$tmp/scribbled.db")
dd if=/dev/urandom of="$tmp/scribbled.db" bs=4096 seek=2 count=$(( size / 4096 - 3 )) conv=notrunc 2>/dev/null
# run_on FILE NAME: runs command NAME against --db FILE; sets rc, output in c.out and c.err.
run_on() {
  local args
  case $2 in
    import) args=(import "$tmp/formula.txt") ;;
    query) args=(query "SELECT 1") ;;
    backup) args=(backup "$tmp/copy-$(basename "$1")") ;;
    *) args=("$2") ;;
  esac
  "$bin" --db "$1" "${args[@]}" >"$tmp/c.out" 2>"$tmp/c.err"
  rc=$?
}
# A damaged archive may still open (finding the damage on every open would cost a full scan);
# `check` is what must find it. The other files are refused by every command.
for f in notes.txt truncated.db garbage.db scribbled.db; do
  before=$(sha "$tmp/$f")
  commands="import quotes query migrate check backup"
  [ "$f" = scribbled.db ] && commands=check
  for name in $commands; do
    run_on "$tmp/$f" "$name"
    [ "$rc" = 4 ] && ok || fail "$f: '$name' is refused with exit 4 (got $rc)" "$tmp/c.err"
    grep -qF "$tmp/$f" "$tmp/c.err" "$tmp/c.out" && ok || fail "$f: '$name' names the file" "$tmp/c.err"
    if grep -qiE 'terminate|Assertion|Segmentation|core dumped|AddressSanitizer' "$tmp/c.err"; then
      fail "$f: '$name' crashed" "$tmp/c.err"
    fi
    [ "$(sha "$tmp/$f")" = "$before" ] && ok || fail "$f: '$name' left the file byte-identical"
    # An empty -wal (and its -shm index) may be left by SQLite's open; a journal with content
    # would be replayed into the file by the next open.
    if [ -s "$tmp/$f-wal" ] || [ -s "$tmp/$f-journal" ]; then
      fail "$f: '$name' left a journal with content beside it"
    fi
    rm -f "$tmp/$f-wal" "$tmp/$f-shm" "$tmp/$f-journal"
  done
done
[ -e "$tmp/copy-notes.txt" ] && fail "backup of a non-archive wrote a copy"

# --- 3. Full disk. ---
if is_root && mkdir -p "$tmp/full" && mount -t tmpfs -o size=8m tmpfs "$tmp/full" 2>/dev/null; then
  mounts+=("$tmp/full")
  db=$tmp/full/a.db
  articles_sql="SELECT id || ' ' || (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) FROM articles a ORDER BY id"
  "$bin" --db "$db" --quiet import "$src/samples" >/dev/null 2>&1
  checkpoint "$db"
  sqlite3 "$db" "$articles_sql" >"$tmp/full_before.txt"
  # Leave a few pages free, then import far more than fits.
  free=$(df --output=avail -B4096 "$tmp/full" | tail -1)
  dd if=/dev/zero of="$tmp/full/filler" bs=4096 count=$((free > 24 ? free - 24 : 0)) 2>/dev/null
  python3 "$src/tests/cli/fictional_corpus.py" 400 "$tmp/more"
  "$bin" --db "$db" import "$tmp/more" >"$tmp/full.out" 2>"$tmp/full.err"
  rc=$?
  [ "$rc" = 4 ] && ok || fail "full disk: import exits 4 (got $rc)" "$tmp/full.err"
  grep -qiE "disk is full|No space" "$tmp/full.err" && ok ||
    fail "full disk: the message says the disk is full" "$tmp/full.err"
  grep -qiE "terminate|Segmentation|core dumped" "$tmp/full.err" && fail "full disk: crashed" "$tmp/full.err"
  rm -f "$tmp/full/filler"
  [ "$(sqlite3 "$db" "PRAGMA integrity_check")" = ok ] && ok || fail "full disk: integrity_check ok afterwards"
  sqlite3 "$db" "$articles_sql" | head -n "$(wc -l <"$tmp/full_before.txt")" >"$tmp/full_after.txt"
  cmp -s "$tmp/full_before.txt" "$tmp/full_after.txt" && ok ||
    fail "full disk: every article stored before is kept with all its quotes" "$tmp/full_after.txt"
  "$bin" --db "$db" check >"$tmp/full_check.out" 2>&1 && ok ||
    fail "full disk: check passes once space is back" "$tmp/full_check.out"
  "$bin" --db "$db" --quiet import "$tmp/more" >/dev/null 2>"$tmp/full2.err" && ok ||
    fail "full disk: the import completes once space is back" "$tmp/full2.err"
else
  skip "full disk: needs root to mount a small tmpfs"
fi

# --- 4. --excel-safe and --bom neutralize formula-like quotes in CSV. ---
q="SELECT text FROM quotes WHERE text LIKE '%HYPERLINK%' OR text LIKE '-2+3%'"
"$bin" --db "$base" --quiet quotes --search HYPERLINK --format csv >"$tmp/plain.csv" 2>"$tmp/x.err"
grep -q '^[^,]*,.*,"=HYPERLINK\|,=HYPERLINK\|"=HYPERLINK' "$tmp/plain.csv" && ok ||
  fail "without --excel-safe the quote is exported as written" "$tmp/plain.csv"
for flag in --excel-safe --bom; do
  "$bin" --db "$base" --quiet quotes --search HYPERLINK --format csv $flag >"$tmp/safe.csv" 2>"$tmp/x.err"
  if grep -q "'=HYPERLINK" "$tmp/safe.csv" && ! grep -qE '(^|,)"?=HYPERLINK' "$tmp/safe.csv"; then
    ok
  else
    fail "$flag: a quote starting with = is neutralized with a leading apostrophe" "$tmp/safe.csv"
  fi
  "$bin" --db "$base" --quiet query "$q" --format csv $flag >"$tmp/safe2.csv" 2>"$tmp/x.err"
  grep -q "^\"\?'-2+3" "$tmp/safe2.csv" && ok ||
    fail "$flag: a quote starting with - is neutralized too" "$tmp/safe2.csv"
done

# --- 5. The read-only guard of ad-hoc SQL: every way to write is refused. ---
db=$tmp/guard.db
cp "$base" "$db"
checkpoint "$db"
before=$(archive_sha "$db")
"$bin" --db "$db" --quiet query "SELECT COUNT(*) FROM quotes" >/dev/null 2>"$tmp/g.err" && ok ||
  fail "the guard lets a SELECT through" "$tmp/g.err"
evil=$tmp/evil
while IFS= read -r stmt; do
  [ -z "$stmt" ] && continue
  stmt=${stmt//EVIL/$evil}
  "$bin" --db "$db" --quiet query "$stmt" >"$tmp/g.out" 2>"$tmp/g.err"
  rc=$?
  [ "$rc" != 0 ] && ok || fail "refused: $stmt (it exited 0)" "$tmp/g.out"
  grep -qiE "refused|read-only|readonly|not authorized|not allowed|prohibited|no such function" "$tmp/g.err" && ok ||
    fail "refused with a clear message: $stmt" "$tmp/g.err"
  checkpoint "$db"
  [ "$(archive_sha "$db")" = "$before" ] && ok || {
    fail "the archive's sha256 is unchanged after: $stmt"
    cp "$base" "$db" && checkpoint "$db"
  }
  ls "$evil"* >/dev/null 2>&1 && fail "no file was created by: $stmt" && rm -f "$evil"*
done <<'EOF'
INSERT INTO people (name, name_key) VALUES ('Eve', 'eve')
UPDATE quotes SET text = 'rewritten'
DELETE FROM quotes
REPLACE INTO people (id, name, name_key) VALUES (1, 'Eve', 'eve')
INSERT OR REPLACE INTO people (id, name, name_key) VALUES (1, 'Eve', 'eve')
DELETE FROM quotes RETURNING id
WITH doomed AS (SELECT id FROM quotes) DELETE FROM quotes WHERE id IN doomed
SELECT 1; DELETE FROM quotes
INSERT INTO quotes_fts (quotes_fts) VALUES ('delete-all')
INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild')
CREATE TABLE t (x)
CREATE INDEX people_name ON people (name)
CREATE VIEW v AS SELECT 1
DROP TABLE quotes
DROP INDEX quotes_person
ALTER TABLE people ADD COLUMN x
ALTER TABLE people RENAME TO persons
CREATE TEMP TABLE t AS SELECT * FROM quotes
CREATE TEMP VIEW v AS SELECT 1
CREATE TEMP TRIGGER t AFTER INSERT ON main.people BEGIN DELETE FROM main.quotes; END
CREATE TRIGGER t AFTER INSERT ON people BEGIN DELETE FROM quotes; END
ATTACH DATABASE 'EVIL.db' AS evil
ATTACH DATABASE ':memory:' AS scratch
ATTACH 'file:EVIL2.db?mode=rwc' AS evil
DETACH DATABASE main
VACUUM
VACUUM INTO 'EVIL.db'
REINDEX
ANALYZE
BEGIN IMMEDIATE
SAVEPOINT s
PRAGMA user_version = 99
PRAGMA application_id = 42
PRAGMA journal_mode = DELETE
PRAGMA query_only = OFF
PRAGMA writable_schema = ON
PRAGMA foreign_keys = OFF
PRAGMA wal_checkpoint(TRUNCATE)
PRAGMA incremental_vacuum
PRAGMA optimize
PRAGMA main.page_size = 1024
PRAGMA schema_version = 1
SELECT load_extension('EVIL.so')
SELECT load_extension('/usr/lib/x86_64-linux-gnu/libsqlite3.so.0', 'sqlite3_open')
SELECT writefile('EVIL.txt', 'x')
SELECT * FROM quotes; UPDATE quotes SET text = ''
EOF

echo "safety_test: $passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
