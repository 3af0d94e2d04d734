#!/bin/sh
# 監査ログのテスト（FEATURE-002 Track B）。
here=$(dirname "$0")
. "$here/assert.sh"
audit="$here/../src/desk/audit.sh"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
: > "$log"
sh "$audit" "$log" 1 - alice
sh "$audit" "$log" 1 alice bob
assert_eq "連番付きで追記する" "$(cat "$log" | tr '\n' ' ')" "1|1|-|alice 2|1|alice|bob "
sh "$audit" "$log" 1 bob BOB 2>/dev/null
assert_eq "同じ担当者への変更は拒否する" "$?" "1"
finish
