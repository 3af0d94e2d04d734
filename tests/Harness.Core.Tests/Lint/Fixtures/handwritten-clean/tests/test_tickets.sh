#!/bin/sh
# tickets.sh のテスト（BUG-001）。
here=$(dirname "$0")
. "$here/assert.sh"
tickets="$here/../src/desk/tickets.sh"
data=$(mktemp)
trap 'rm -f "$data"' EXIT
printf '%s\n' '2|  遅い  |' '1|ログイン|alice' > "$data"
assert_eq "id 順でタイトルの空白を取る" "$(sh "$tickets" "$data" | tr '\n' ' ')" "1|ログイン|alice 2|遅い| "
: > "$data"
assert_eq "空のファイルでは何も出さない" "$(sh "$tickets" "$data")" ""
finish
