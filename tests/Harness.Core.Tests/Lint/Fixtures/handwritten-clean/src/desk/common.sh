#!/bin/sh
# 共通の関数。名前の比較は必ず lower を通す。
trim() {
  printf '%s' "$1" | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//'
}

lower() {
  printf '%s' "$1" | tr '[:upper:]' '[:lower:]'
}
