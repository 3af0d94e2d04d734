#!/bin/sh
# テスト用の小さなアサーション。
failures=0
checks=0

assert_eq() {
  checks=$((checks + 1))
  if [ "$2" = "$3" ]; then
    echo "ok   - $1"
  else
    failures=$((failures + 1))
    echo "FAIL - $1"
    echo "       expected: $(printf '%s' "$3" | tr '\n' '/')"
    echo "       actual:   $(printf '%s' "$2" | tr '\n' '/')"
  fi
}

finish() {
  echo "checks: $checks, failures: $failures"
  [ "$failures" -eq 0 ]
}
