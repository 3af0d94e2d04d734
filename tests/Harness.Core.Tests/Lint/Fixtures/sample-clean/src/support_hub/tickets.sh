#!/bin/sh
# tickets.sh TICKETS
# Prints the tickets (id|title|assignee) with their titles trimmed of surrounding blanks.
set -eu
here=$(dirname "$0")
. "$here/common.sh"

while IFS='|' read -r id title assignee; do
  [ -n "$id" ] || continue
  printf '%s|%s|%s\n' "$id" "$(trim "$title")" "$assignee"
done < "$1"
