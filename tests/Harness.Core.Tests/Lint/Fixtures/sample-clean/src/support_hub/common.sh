#!/bin/sh
# Helpers shared by the support-hub scripts.

# trim TEXT: prints TEXT without leading and trailing blanks.
trim() {
  printf '%s' "$1" | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//'
}

# lower TEXT: prints TEXT in lower case.
lower() {
  printf '%s' "$1" | tr '[:upper:]' '[:lower:]'
}
