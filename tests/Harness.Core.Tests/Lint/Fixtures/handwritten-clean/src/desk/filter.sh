#!/bin/sh
# filter.sh TICKETS ASSIGNEE
# ASSIGNEE に一致するチケットを出力する。none は未割り当て、any は割り当て済み。
set -eu
here=$(dirname "$0")
. "$here/common.sh"
want=$(lower "$(trim "$2")")
while IFS='|' read -r id title assignee; do
  [ -n "$id" ] || continue
  who=$(lower "$(trim "$assignee")")
  case "$want" in
    none) [ -z "$who" ] && printf '%s|%s|%s\n' "$id" "$title" "$assignee" ;;
    any) [ -n "$who" ] && printf '%s|%s|%s\n' "$id" "$title" "$assignee" ;;
    *) [ "$who" = "$want" ] && printf '%s|%s|%s\n' "$id" "$title" "$assignee" ;;
  esac
done < "$1"
exit 0
