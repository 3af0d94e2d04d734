#!/bin/sh
# 担当者フィルタのテスト（FEATURE-002 Track A）。
here=$(dirname "$0")
. "$here/assert.sh"
filter="$here/../src/desk/filter.sh"
data=$(mktemp)
trap 'rm -f "$data"' EXIT
printf '%s\n' '1|ログインできない| Alice ' '2|書き出しが遅い|' '3|文字化け|bob' > "$data"
assert_eq "大文字小文字と空白を無視する" "$(sh "$filter" "$data" alice)" "1|ログインできない| Alice "
assert_eq "none は未割り当て" "$(sh "$filter" "$data" none)" "2|書き出しが遅い|"
assert_eq "any は割り当て済み" "$(sh "$filter" "$data" any | wc -l | tr -d ' ')" "2"
finish
