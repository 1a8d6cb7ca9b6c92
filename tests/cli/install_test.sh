#!/usr/bin/env bash
# Installing, as a user or a packager would, from the build tree the binary was built in:
#  1. `cmake --install BUILD --prefix /usr` into a DESTDIR puts the binary, the manual page, the
#     bash and zsh completions and the docs in their places; the installed binary prints its
#     version (CMake's project(VERSION)), the schema (the newest migration) and the SQLite version
#     the library reports, imports the samples, and writes the very manual page that was installed;
#  2. a local prefix puts the zsh completion in share/zsh/site-functions;
#  3. `man --warnings -l` renders the page without a warning;
#  4. CPack's .deb: named newsarchive_<version>_<arch>.deb, Depends: naming libsqlite3, listing the
#     binary, the page and the completions; unpacked with `dpkg -x` into a scratch root, its binary
#     runs --version and an import.
# Parts whose tools are missing (man, cpack, dpkg-deb, dpkg-shlibdeps) say "skipped" with the reason.
#
# Usage: install_test.sh PATH/TO/BUILD/newsarchive SOURCE_DIR
set -u
export LC_ALL=C
bin=${1:?usage: install_test.sh PATH/TO/BUILD/newsarchive SOURCE_DIR}
src=${2:?usage: install_test.sh PATH/TO/BUILD/newsarchive SOURCE_DIR}
src=$(cd "$src" && pwd)
build=$(cd "$(dirname "$bin")" && pwd)
source "$src/tests/cli/test_lib.sh"

version=$(sed -n 's/^project(newsarchive VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
schema=$(ls "$src/migrations" | sed -n 's/^0*\([0-9][0-9]*\)_.*\.sql$/\1/p' | sort -n | tail -1)
[ -n "$version" ] || fail "project(VERSION) found in CMakeLists.txt"
[ -n "$schema" ] || fail "a migration found in migrations/"

# runs_here ROOT_BIN WHAT: the binary prints the right --version and imports the samples.
runs_here() {
  local exe=$1 what=$2 out sqlite
  out=$("$exe" --version) || fail "$what: --version exits 0"
  check "$what: --version names the version ($out)" grep -qx "newsarchive $version" <<<"$out"
  check "$what: --version names the schema ($out)" grep -qx "schema $schema" <<<"$out"
  "$exe" -q --db "$tmp/$what.db" import "$src/samples" >/dev/null 2>"$tmp/import.err" ||
    fail "$what: import of samples/ exits 0: $(cat "$tmp/import.err")"
  local articles
  articles=$("$exe" --db "$tmp/$what.db" query 'SELECT count(*) FROM articles' --format tsv | tail -1)
  check "$what: the import stored the samples ($articles articles)" [ "${articles:-0}" -ge 5 ]
  sqlite=$("$exe" --db "$tmp/$what.db" query 'SELECT sqlite_version()' --format tsv | tail -1)
  check "$what: --version names the SQLite the library reports ($sqlite)" \
    grep -qxF "SQLite $sqlite" <<<"$out"
}

# --- 1. A packager's install: DESTDIR and prefix /usr.
root=$tmp/root
DESTDIR=$root cmake --install "$build" --prefix /usr >"$tmp/install.log" 2>&1 ||
  fail "cmake --install exits 0: $(tail -5 "$tmp/install.log")"
for file in usr/bin/newsarchive usr/share/man/man1/newsarchive.1.gz \
  usr/share/bash-completion/completions/newsarchive usr/share/zsh/vendor-completions/_newsarchive \
  usr/share/doc/newsarchive/README.md usr/share/doc/newsarchive/schema/schema.sql; do
  check "installed: $file" [ -f "$root/$file" ]
done
check "the binary is executable" [ -x "$root/usr/bin/newsarchive" ]
check "nothing installed outside DESTDIR's usr/" [ "$(ls "$root")" = usr ]
runs_here "$root/usr/bin/newsarchive" destdir
"$root/usr/bin/newsarchive" _generate man >"$tmp/page.1"
zcat "$root/usr/share/man/man1/newsarchive.1.gz" >"$tmp/installed.1"
check "the installed page is what the installed binary generates" cmp -s "$tmp/page.1" \
  "$tmp/installed.1"
check "the page heads with the version" grep -q "^\.TH NEWSARCHIVE 1 .*\"newsarchive $version\"" \
  "$tmp/installed.1"

# --- 2. A user's install under a local prefix.
cmake --install "$build" --prefix "$tmp/local" >"$tmp/install.log" 2>&1 ||
  fail "cmake --install --prefix exits 0: $(tail -5 "$tmp/install.log")"
check "local prefix: zsh completion in site-functions" \
  [ -f "$tmp/local/share/zsh/site-functions/_newsarchive" ]
check "local prefix: the binary" [ -x "$tmp/local/bin/newsarchive" ]

# --- 3. The page renders without warnings.
if command -v man >/dev/null 2>&1; then
  MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/newsarchive.1.gz" >"$tmp/man.txt" \
    2>"$tmp/man.err" || fail "man -l exits 0"
  check "man --warnings prints no warning: $(head -3 "$tmp/man.err")" [ ! -s "$tmp/man.err" ]
  for section in NAME SYNOPSIS DESCRIPTION 'GLOBAL OPTIONS' COMMANDS 'EXIT STATUS' ENVIRONMENT \
    FILES EXAMPLES; do
    check "the page has $section" grep -qx "$section" "$tmp/man.txt"
  done
else
  skip "man -l (man-db is not installed)"
fi

# --- 4. The Debian package.
missing=""
for tool in cpack dpkg-deb dpkg-shlibdeps dpkg; do
  command -v "$tool" >/dev/null 2>&1 || missing+=" $tool"
done
if [ -n "$missing" ]; then
  skip "the .deb (missing:$missing; .ci/install-deps installs dpkg-dev)"
else
  cpack --config "$build/CPackConfig.cmake" -B "$tmp/pkg" >"$tmp/cpack.log" 2>&1 ||
    fail "cpack exits 0: $(tail -5 "$tmp/cpack.log")"
  deb=$tmp/pkg/newsarchive_${version}_$(dpkg --print-architecture).deb
  if [ ! -f "$deb" ]; then
    fail "cpack wrote $(basename "$deb") (it wrote: $(ls "$tmp/pkg"))"
  else
    ok
    depends=$(dpkg-deb -f "$deb" Depends)
    check "Depends: names libsqlite3 ($depends)" grep -q 'libsqlite3-0' <<<"$depends"
    check "Depends: names libstdc++ ($depends)" grep -q 'libstdc++6' <<<"$depends"
    check "the package's version is the project's" [ "$(dpkg-deb -f "$deb" Version)" = "$version" ]
    check "a long description" [ "$(dpkg-deb -f "$deb" Description | wc -l)" -ge 3 ]
    dpkg-deb -c "$deb" | awk '{print $NF}' >"$tmp/contents"
    for file in ./usr/bin/newsarchive ./usr/share/man/man1/newsarchive.1.gz \
      ./usr/share/bash-completion/completions/newsarchive \
      ./usr/share/zsh/vendor-completions/_newsarchive ./usr/share/doc/newsarchive/README.md; do
      check "the package holds $file" grep -qxF "$file" "$tmp/contents"
    done
    dpkg -x "$deb" "$tmp/x" || fail "dpkg -x exits 0"
    runs_here "$tmp/x/usr/bin/newsarchive" deb
  fi
fi

finish install_test
