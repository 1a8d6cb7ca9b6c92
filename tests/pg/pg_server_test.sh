#!/usr/bin/env bash
# The test harness itself: tests/pg/pg_server.sh starts a real server on a Unix socket in a
# temporary folder (as a non-root user when run as root), answers a query, and `stop` removes it.
# Fails, saying why, where the server binaries are missing.
#   bash tests/pg/pg_server_test.sh BINARY SOURCE_DIR
set -uo pipefail
src=${2:?usage: pg_server_test.sh BINARY SOURCE_DIR}
harness="$src/tests/pg/pg_server.sh"
failed=0
fail() { failed=$((failed + 1)); printf 'FAIL: %s\n' "$1"; }

dir=$(bash "$harness" start) || { echo "FAIL: the PostgreSQL test server did not start"; exit 1; }
trap 'bash "$harness" stop "$dir"' EXIT
[ "$(bash "$harness" psql "$dir" -c 'SELECT 6 * 7')" = 42 ] || fail "the server answers a query"
user=$(bash "$harness" psql "$dir" -c "SELECT setting FROM pg_settings WHERE name = 'listen_addresses'")
[ -z "$user" ] || fail "the server listens on no TCP address (listen_addresses='$user')"
owner=$(stat -c %U "$dir/data")
if [ "$(id -u)" -eq 0 ]; then
  [ "$owner" != root ] || fail "run as root, the server runs as another user (data owned by $owner)"
fi
[ -S "$dir/.s.PGSQL.5432" ] || fail "the socket is inside the temporary folder"
bash "$harness" stop "$dir"
trap - EXIT
[ ! -e "$dir" ] || fail "stop removes the folder"

# Without server binaries the harness fails and says so (a PATH without them changes nothing:
# it looks in /usr/lib/postgresql, so this only checks the message when none is installed).
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  fail "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (install postgresql)"
fi
[ $failed -eq 0 ] && echo "pg_server: all passed"
exit $((failed > 0))
