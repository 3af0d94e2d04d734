#!/bin/sh
# Tests of the assignment-change audit log (FEATURE-002, Track B).
here=$(dirname "$0")
. "$here/assert.sh"
audit="$here/../src/support_hub/audit_log.sh"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
: > "$log"

sh "$audit" "$log" 7 "" alice lead
sh "$audit" "$log" 7 alice bob lead
assert_eq "two changes logged" "$(wc -l < "$log" | tr -d ' ')" "2"
assert_eq "unassigned shows as -" "$(sed -n 1p "$log" | cut -f3)" "-"
assert_eq "sequence counts up" "$(sed -n 2p "$log" | cut -f1)" "2"
if sh "$audit" "$log" 7 bob " BOB " lead 2>/dev/null; then refused=no; else refused=yes; fi
assert_eq "a change to the same assignee is refused" "$refused" "yes"
assert_eq "the refused change is not logged" "$(wc -l < "$log" | tr -d ' ')" "2"
finish
