#!/bin/sh
# audit_log.sh LOG TICKET FROM TO ACTOR
# Appends one assignment change to LOG as a tab-separated line:
#   sequence, ticket, from, to, actor
# A change that assigns a ticket to the assignee it already has is refused (exit 1).
set -eu
here=$(dirname "$0")
. "$here/common.sh"

log=$1
ticket=$2
from=$(trim "$3")
to=$(trim "$4")
actor=$(trim "$5")

if [ "$(lower "$from")" = "$(lower "$to")" ]; then
  echo "audit_log: ticket $ticket is already assigned to '${to:-nobody}'" >&2
  exit 1
fi

touch "$log"
sequence=$(( $(wc -l < "$log") + 1 ))
printf '%s\t%s\t%s\t%s\t%s\n' "$sequence" "$ticket" "${from:--}" "${to:--}" "$actor" >> "$log"
