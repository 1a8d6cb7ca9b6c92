#!/usr/bin/env bash
# The architecture, checked: every include in src/ points down the data path
# (docs/ARCHITECTURE.md), SQLiteCpp and libpqxx stay in src/store, CLI11 in src/cli, the library never
# prints or exits, and no source file grows past 600 lines.
#   bash tests/layering_test.sh BINARY SOURCE_DIR   (BINARY is unused; ctest passes it to every script)
set -uo pipefail
src=${2:-$(dirname "$0")/..}/src
pass=0
fail=0
check() {  # check NAME OUTPUT: passes when OUTPUT is empty
  if [[ -z $2 ]]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    printf 'FAIL: %s\n%s\n' "$1" "$2"
  fi
}

# What each folder may include besides itself: only folders below it.
declare -A allowed=(
  [base]=""
  [model]="base"
  [read]="base model"
  [people]="base model"
  [attribute]="base model people"
  [parse]="base model read people"
  [output]="base model"
  [store]="base model people"
  [import]="base model read people attribute parse store"
  [query]="base model people store"
  [serve]="base model people store query output"
  [cli]="*"
)
bad=""
for dir in "$src"/*/; do
  layer=$(basename "$dir")
  if [[ -z ${allowed[$layer]+x} ]]; then
    bad+="src/$layer: a folder the layering does not know (add it to tests/layering_test.sh)"$'\n'
    continue
  fi
  [[ ${allowed[$layer]} == "*" ]] && continue
  while IFS=: read -r file _ include; do
    target=$(sed -E 's/.*#include "([a-z_]+)\/.*/\1/' <<<"$include")
    [[ $target == "$layer" ]] && continue
    [[ " ${allowed[$layer]} " == *" $target "* ]] && continue
    bad+="${file#"$src"/} includes $target/ (a $layer file may include only: ${allowed[$layer]:-nothing})"$'\n'
  done < <(grep -rnE '^#include "[a-z_]+/' "$dir" | sed -E 's/^([^:]+):([0-9]+):/\1:\2:/')
done
check "includes point down the data path" "$bad"

check "SQLiteCpp only in src/store" \
  "$(grep -rln 'SQLiteCpp\|sqlite3\.h' "$src" | grep -v "^$src/store/" | sed "s#^$src/##")"
check "libpqxx and libpq only in src/store" \
  "$(grep -rlnE 'pqxx|libpq-fe\.h' "$src" | grep -v "^$src/store/" | sed "s#^$src/##")"
check "CLI11 only in src/cli" "$(grep -rln 'CLI/CLI\|CLI11' "$src" | grep -v "^$src/cli/" | sed "s#^$src/##")"
check "the library never prints or exits" \
  "$(grep -rnE 'std::(cout|cerr|clog)|[^a-z_:.](printf|puts|exit|abort)\(' "$src" --include=*.cc \
     --include=*.h | grep -v "^$src/cli/" | sed "s#^$src/##")"
check "no source file over 600 lines" \
  "$(find "$src" -name '*.cc' -o -name '*.h' | xargs wc -l | awk '$2 != "total" && $1 > 600 {print $2": "$1" lines"}' | sed "s#^$src/##")"

echo "$pass passed, $fail failed"
[[ $fail -eq 0 ]]
