#!/bin/sh
# Runs every test of the sample; exits non-zero when any fails.
here=$(dirname "$0")
status=0
for test in "$here"/test_*.sh; do
  echo "# $(basename "$test")"
  sh "$test" || status=1
done
exit $status
