#!/usr/bin/env bash
# End-to-end test of `newsarchive serve` as a person sees it: imports samples/ into a temporary
# archive, starts the real binary on a free loopback port, loads pages in headless Chromium
# (Debian `chromium`, installed by .ci/install-deps) and checks the DOM it renders, takes a
# screenshot of a person page, checks headers and methods over plain HTTP, then stops the server
# with SIGINT and checks that the archive file is unchanged.
#
# Usage: serve_test.sh PATH/TO/newsarchive SOURCE_DIR
#        UPDATE_SCREENSHOT=1 serve_test.sh ...   also writes the screenshot to docs/serve.png
# Exits 77 (ctest: skipped) when chromium is not installed.
set -u
bin=${1:?usage: serve_test.sh PATH/TO/newsarchive SOURCE_DIR}
src=${2:?usage: serve_test.sh PATH/TO/newsarchive SOURCE_DIR}
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "SKIP: no chromium (.ci/install-deps chromium installs it)"
  exit 77
fi
source "$src/tests/cli/test_lib.sh"
pid=
cleanup() {
  [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
db="$tmp/archive.db"

sha() { sha256sum "$1" | cut -d' ' -f1; }

if ! "$bin" --db "$db" --quiet import "$src/samples" >"$tmp/import.out" 2>&1; then
  fail "import of samples/ exited non-zero" "$tmp/import.out"
  echo "$passed passed, $failed failed"
  exit 1
fi
before=$(sha "$db")
stories=$("$bin" --db "$db" --quiet query "SELECT count(*) AS n FROM articles" --format csv |
  tail -1 | tr -d '\r')

# Start on any free port; the first line of standard output names it.
"$bin" --db "$db" serve --port 0 >"$tmp/serve.out" 2>"$tmp/serve.err" &
pid=$!
port=
for _ in $(seq 100); do
  port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$tmp/serve.out")
  [ -n "$port" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$port" ]; then
  fail "serve did not say where it listens" "$tmp/serve.err"
  echo "$passed passed, $failed failed"
  exit 1
fi
base="http://127.0.0.1:$port"
if ss -ltn 2>/dev/null | grep -q "127.0.0.1:$port "; then ok
elif ! command -v ss >/dev/null; then ok
else fail "serve listens elsewhere than 127.0.0.1:$port: $(ss -ltn | grep ":$port ")"; fi

# browse NAME PATH [EXTRA CHROMIUM FLAGS]: the DOM Chromium renders for PATH, in $tmp/NAME.html.
# Each run gets its own profile; --no-sandbox because CI runs as root.
browse() {
  local name=$1 path=$2
  shift 2
  timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --no-first-run --user-data-dir="$tmp/profile-$name" --window-size=1280,1000 "$@" \
    "$base$path" >"$tmp/$name.html" 2>"$tmp/$name.chromium.err"
}
# has NAME REGEX WHAT: the rendered DOM of NAME matches the extended REGEX.
has() {
  if grep -Eq -- "$2" "$tmp/$1.html"; then ok; else fail "$1: $3" "$tmp/$1.html"; fi
}
hasnt() {
  if grep -Eq -- "$2" "$tmp/$1.html"; then fail "$1: $3" "$tmp/$1.html"; else ok; fi
}

browse home / --dump-dom
has home '<form class="filters" action="/quotes" method="get">' "the home page has the search form"
has home "<dt>stories</dt><dd>$stories</dd>" "the home page says how many stories there are ($stories)"
has home '<a href="/people/1">Mireille Okafor</a>' "the top speakers link to their pages"

browse person /people/3 --dump-dom
has person '<h1>Andrea McKinnon-Álvarez</h1>' "the person page is headed by her name"
has person '<h2>Roles over time</h2>' "the person page shows roles over time"
has person 'Senator from Oregon' "the person page lists her roles"
has person '<svg ' "the person page charts quotes per month"
has person '<title>2006-03: [0-9]+ turns</title>' "the chart has a bar for March 2006"
has person 'Marrow River Crests In Three States' "the person page lists her stories"
has person 'the same levees in the same places' "the person page shows her quotes"

browse search '/quotes?search=levees' --dump-dom
has search '<mark>levees</mark>' "a search highlights the match"
has search '<a href="/people/3">Andrea McKinnon-Álvarez</a>' "a result links to its speaker"
has search '<a href="/articles/5#q14">' "a result links to its place in the story"

browse article /articles/5 --dump-dom
has article '<h1>Marrow River Crests In Three States; Senate Weighs Flood Relief</h1>' \
  "the story page is headed by its title"
has article 'id="q14"' "each quote of the story is anchored"
has article '<span class="who"><a href="/people/3">Andrea McKinnon-Álvarez</a></span> \(Senator\)' \
  "each turn says who speaks, in which role"

browse attack '/quotes?search=%3Cscript%3Ealert(1)%3C%2Fscript%3E' --dump-dom
hasnt attack '<script' "a search for a script tag must not make a script element"
has attack '&lt;script&gt;alert\(1\)&lt;/script&gt;' "the search shows as text"

# The screenshot of a person page (the README's tour shows it).
browse shot /people/3 --screenshot="$tmp/serve.png" --hide-scrollbars
if [ "$(head -c 8 "$tmp/serve.png" 2>/dev/null | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] &&
  [ "$(stat -c %s "$tmp/serve.png")" -gt 10000 ]; then ok
else fail "no screenshot of /people/3" "$tmp/shot.chromium.err"; fi
if [ "${UPDATE_SCREENSHOT:-0}" = 1 ] && [ -f "$tmp/serve.png" ]; then
  cp "$tmp/serve.png" "$src/docs/serve.png" && echo "wrote $src/docs/serve.png"
fi

# Headers and methods, over plain HTTP (python3 is one of the build dependencies).
python3 - "$base" >"$tmp/http.out" 2>&1 <<'EOF'
import sys, urllib.request, urllib.error
base = sys.argv[1]
def get(path, method="GET", data=None):
    req = urllib.request.Request(base + path, method=method, data=data)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8")
status, headers, body = get("/quotes.csv?person=McKinnon")
print("csv", status, headers["Content-Type"], "levees" in body, body.startswith("speaker,person_id,"))
status, _, _ = get("/sql", "POST", b"sql=DELETE FROM quotes")
print("post", status)
status, _, body = get("/sql?sql=DELETE%20FROM%20quotes")
print("sql-delete", "refused: query is read-only" in body)
status, _, _ = get("/people/999999")
print("missing", status)
EOF
grep -qx "csv 200 text/csv; charset=utf-8 True True" "$tmp/http.out" && ok ||
  fail "/quotes.csv?person=McKinnon is text/csv with her quotes" "$tmp/http.out"
grep -qx "post 405" "$tmp/http.out" && ok || fail "a POST is refused with 405" "$tmp/http.out"
grep -qx "sql-delete True" "$tmp/http.out" && ok ||
  fail "/sql refuses a DELETE" "$tmp/http.out"
grep -qx "missing 404" "$tmp/http.out" && ok || fail "no such person is 404" "$tmp/http.out"

# SIGINT ends it with exit 0; send until it stops (a background job of a script starts with
# SIGINT ignored until the command installs its handler).
for _ in $(seq 50); do
  kill -INT "$pid" 2>/dev/null || break
  sleep 0.2
done
kill -KILL "$pid" 2>/dev/null
code=0
wait "$pid" || code=$?
pid=
if [ "$code" = 0 ] && grep -q "stopped" "$tmp/serve.err"; then ok
else fail "SIGINT: exit $code, expected 0 and a message" "$tmp/serve.err"; fi
if [ "$(sha "$db")" = "$before" ]; then ok; else fail "serving changed the archive file"; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
