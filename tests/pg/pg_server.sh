#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests: initdb into a temporary folder, pg_ctl start
# listening only on a Unix socket inside that folder (no TCP port), stopped and removed by `stop`.
# Run as root (CI), the server runs as the user `nobody` and the folder is chowned to it, since
# PostgreSQL refuses to run as root.
#
#   dir=$(bash tests/pg/pg_server.sh start)   # prints the folder; the server is up
#   url=$(bash tests/pg/pg_server.sh url "$dir")   # postgresql://newsarchive@/newsarchive?host=DIR
#   bash tests/pg/pg_server.sh stop "$dir"     # stops the server and removes the folder
#
# Where the server binaries (/usr/lib/postgresql/*/bin, Debian's `postgresql` package) are
# missing, `start` fails with a message saying so: a PostgreSQL test never passes silently.
set -euo pipefail

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  echo "pg_server.sh: no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb, pg_ctl):" \
       "install Debian's postgresql package (.ci/install-deps does)" >&2
  return 1
}

as_server() {  # as_server COMMAND...: runs COMMAND as the server's user
  if [ "$(id -u)" -eq 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

start() {
  local bin dir
  bin=$(pg_bin)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/newsarchive-pg.XXXXXX")
  chmod 755 "$dir"
  mkdir "$dir/data"
  [ "$(id -u)" -eq 0 ] && chown -R nobody: "$dir"
  if ! as_server "$bin/initdb" -D "$dir/data" -U newsarchive -A trust -E UTF8 --no-locale \
       >"$dir/initdb.log" 2>&1; then
    echo "pg_server.sh: initdb failed:" >&2
    cat "$dir/initdb.log" >&2
    rm -rf "$dir"
    return 1
  fi
  if ! as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
       -o "-c listen_addresses='' -k $dir -c fsync=off -c max_connections=40" start \
       >/dev/null 2>&1; then
    echo "pg_server.sh: the server did not start:" >&2
    cat "$dir/server.log" >&2
    rm -rf "$dir"
    return 1
  fi
  if ! as_server "$bin/psql" -h "$dir" -U newsarchive -d postgres -qAt \
       -c "CREATE DATABASE newsarchive" >/dev/null 2>"$dir/createdb.log"; then
    echo "pg_server.sh: CREATE DATABASE failed:" >&2
    cat "$dir/createdb.log" >&2
    stop "$dir"
    return 1
  fi
  echo "$dir"
}

stop() {
  local dir=${1:?usage: pg_server.sh stop DIR} bin
  [ -d "$dir" ] || return 0
  if bin=$(pg_bin 2>/dev/null) && [ -f "$dir/data/postmaster.pid" ]; then
    as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

url() {
  local dir=${1:?usage: pg_server.sh url DIR} db=${2:-newsarchive}
  echo "postgresql://newsarchive@/$db?host=$dir"
}

# psql DIR ARGS...: psql on the server's database, as its superuser
psql_() {
  local dir=${1:?usage: pg_server.sh psql DIR ARGS...} bin
  shift
  bin=$(pg_bin)
  "$bin/psql" -h "$dir" -U newsarchive -d newsarchive -v ON_ERROR_STOP=1 -qAt "$@"
}

case ${1:-} in
  start) start ;;
  stop) stop "${2:-}" ;;
  url) url "${2:-}" "${3:-}" ;;
  psql) shift; psql_ "$@" ;;
  *) echo "usage: pg_server.sh start | stop DIR | url DIR [DB] | psql DIR ARGS..." >&2; exit 2 ;;
esac
