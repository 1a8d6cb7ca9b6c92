# Sourced by tests/cli/*_test.sh: a scratch directory removed on exit ($tmp) and the counting of
# checks: `ok`, `fail WHAT [LOG]` (printing the first lines of LOG when it is not empty), `skip WHAT`.
# `check WHAT COMMAND...` passes when COMMAND succeeds; `finish NAME` prints the totals and
# returns non-zero when a check failed.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0 skipped=0
ok() { passed=$((passed + 1)); }
fail() {
  failed=$((failed + 1))
  printf 'FAIL: %s\n' "$1"
  if [ -n "${2:-}" ] && [ -s "$2" ]; then sed 's/^/  | /' "$2" | head -20; fi
}
skip() {
  skipped=$((skipped + 1))
  echo "skipped: $1"
}
check() {
  local what=$1
  shift
  if "$@"; then ok; else fail "$what"; fi
}
finish() {
  echo "$1: $passed passed, $failed failed, $skipped skipped"
  [ "$failed" -eq 0 ]
}
