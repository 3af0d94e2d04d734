#!/bin/sh
# Helpers shared by the support-hub scripts.

# trim TEXT: prints TEXT without leading and trailing blanks (in the shell itself: the filters call it on every line).
trim() {
  _trim=$1
  _trim=${_trim#"${_trim%%[![:space:]]*}"}
  _trim=${_trim%"${_trim##*[![:space:]]}"}
  printf '%s' "$_trim"
}

# lower TEXT: prints TEXT in lower case.
lower() {
  printf '%s' "$1" | tr '[:upper:]' '[:lower:]'
}
