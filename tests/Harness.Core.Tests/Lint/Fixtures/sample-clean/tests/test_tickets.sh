#!/bin/sh
# Tests of ticket title trimming (FEATURE-001).
here=$(dirname "$0")
. "$here/assert.sh"
tickets="$here/../src/support_hub/tickets.sh"
data=$(mktemp)
trap 'rm -f "$data"' EXIT
printf '%s\n' '1|  Login fails  |alice' '2|Export is slow|' > "$data"

assert_eq "titles are trimmed" "$(sh "$tickets" "$data" | sed -n 1p)" "1|Login fails|alice"
assert_eq "clean titles stay" "$(sh "$tickets" "$data" | sed -n 2p)" "2|Export is slow|"
finish
