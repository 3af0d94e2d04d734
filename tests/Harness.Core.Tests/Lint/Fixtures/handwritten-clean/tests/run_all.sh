#!/bin/sh
# すべてのテストを実行する。どれかが失敗したら 0 以外で終わる。
here=$(dirname "$0")
status=0
for test in "$here"/test_*.sh; do
  echo "# $(basename "$test")"
  sh "$test" || status=1
done
exit $status
