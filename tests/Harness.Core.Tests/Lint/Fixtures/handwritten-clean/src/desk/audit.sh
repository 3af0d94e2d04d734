#!/bin/sh
# audit.sh LOG TICKET FROM TO
# 担当変更を LOG に連番付きで追記する。同じ担当者への変更は拒否する（終了コード 1）。
set -eu
here=$(dirname "$0")
. "$here/common.sh"
log=$1 ticket=$2 from=${3:--} to=${4:--}
if [ "$(lower "$from")" = "$(lower "$to")" ]; then
  echo "refused: $ticket is already assigned to $to" >&2
  exit 1
fi
touch "$log"
seq=$(( $(wc -l < "$log") + 1 ))
printf '%s|%s|%s|%s\n' "$seq" "$ticket" "$from" "$to" >> "$log"
