# Sourced by tests/pg/*_test.sh after setting $src: starts a real server of the test's own
# (tests/pg/pg_server.sh; stopped on exit, with the scratch directory $tmp), gives its data
# directory ($dir, for the harness) and URL ($url), `psql_ SQL` on it, and the counting of
# checks: `ok`, and `fail WHAT [LOG]` printing the first lines of LOG when it is not empty.
harness="$src/tests/pg/pg_server.sh"
tmp=$(mktemp -d)
dir=$(bash "$harness" start) || { echo "FAIL: the PostgreSQL test server did not start"; exit 1; }
trap 'bash "$harness" stop "$dir"; rm -rf "$tmp"' EXIT
url=$(bash "$harness" url "$dir")
passed=0 failed=0
ok() { passed=$((passed + 1)); }
fail() {
  failed=$((failed + 1))
  printf 'FAIL: %s\n' "$1"
  if [ -n "${2:-}" ] && [ -s "$2" ]; then sed 's/^/  | /' "$2" | head -20; fi
}
psql_() { bash "$harness" psql "$dir" -c "$1"; }
