#!/bin/sh
# Tests of assignee filter semantics (FEATURE-002, Track A).
here=$(dirname "$0")
. "$here/assert.sh"
filter="$here/../src/support_hub/assignee_filter.sh"
data=$(mktemp)
trap 'rm -f "$data"' EXIT
printf '%s\n' '1|Login fails|alice' '2|Export is slow| Alice ' '3|Typo on home page|' '4|Refund request|bob' > "$data"

assert_eq "exact name" "$(sh "$filter" "$data" alice | cut -d'|' -f1 | tr '\n' ' ')" "1 2 "
assert_eq "case and blanks are ignored" "$(sh "$filter" "$data" ' ALICE ' | cut -d'|' -f1 | tr '\n' ' ')" "1 2 "
assert_eq "none selects unassigned" "$(sh "$filter" "$data" none | cut -d'|' -f1 | tr '\n' ' ')" "3 "
assert_eq "any selects assigned" "$(sh "$filter" "$data" any | cut -d'|' -f1 | tr '\n' ' ')" "1 2 4 "
assert_eq "unknown assignee selects nothing" "$(sh "$filter" "$data" carol)" ""
finish
