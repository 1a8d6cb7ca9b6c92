# Sourced by tests/pg/*_test.sh after setting $src: starts a real server of the test's own
# (tests/pg/pg_server.sh; stopped on exit, with the scratch directory $tmp), gives its data
# directory ($dir, for the harness) and URL ($url), `psql_ SQL` on it, and tests/cli/test_lib.sh's
# counting of checks (`ok`, `fail WHAT [LOG]`).
source "$src/tests/cli/test_lib.sh"
harness="$src/tests/pg/pg_server.sh"
dir=$(bash "$harness" start) || { echo "FAIL: the PostgreSQL test server did not start"; exit 1; }
trap 'bash "$harness" stop "$dir"; rm -rf "$tmp"' EXIT
url=$(bash "$harness" url "$dir")
psql_() { bash "$harness" psql "$dir" -c "$1"; }
