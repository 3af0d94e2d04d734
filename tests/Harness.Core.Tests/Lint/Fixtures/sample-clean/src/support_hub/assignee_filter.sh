#!/bin/sh
# assignee_filter.sh TICKETS ASSIGNEE
# Prints the tickets (id|title|assignee) assigned to ASSIGNEE.
#   ASSIGNEE matches case-insensitively and ignores surrounding blanks;
#   "none" selects unassigned tickets; "any" selects every assigned ticket.
set -eu
here=$(dirname "$0")
. "$here/common.sh"

tickets=$1
wanted=$(lower "$(trim "$2")")

while IFS='|' read -r id title assignee; do
  [ -n "$id" ] || continue
  who=$(lower "$(trim "$assignee")")
  case "$wanted" in
    none) [ -z "$who" ] || continue ;;
    any) [ -n "$who" ] || continue ;;
    *) [ "$who" = "$wanted" ] || continue ;;
  esac
  printf '%s|%s|%s\n' "$id" "$title" "$assignee"
done < "$tickets"
