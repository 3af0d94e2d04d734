#!/bin/sh
# tickets.sh TICKETS
# チケットを id 順に、タイトルの前後の空白を取って出力する。
set -eu
here=$(dirname "$0")
. "$here/common.sh"
while IFS='|' read -r id title assignee; do
  [ -n "$id" ] || continue
  printf '%s|%s|%s\n' "$id" "$(trim "$title")" "$assignee"
done < "$1" | sort -t '|' -k 1,1n
