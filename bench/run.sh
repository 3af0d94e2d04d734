#!/usr/bin/env bash
# One command for the performance comparison of issue 8: builds harness as Native AOT, installs the peers
# (OpenSpec and markdownlint-cli2) with npm into bench/.peers, generates the corpora and prints medians,
# peak memory, ratios and whether each target holds.   Usage: bash bench/run.sh [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
out="$root/bench/.out"
peers="$root/bench/.peers"
echo "publishing harness (Native AOT) ..."
dotnet publish "$root/src/Harness.Cli" -c Release -r linux-x64 -o "$out/harness" -v q -nologo
if [ ! -x "$peers/node_modules/.bin/openspec" ] || [ ! -x "$peers/node_modules/.bin/markdownlint-cli2" ]; then
  echo "installing the peers with npm into bench/.peers ..."
  mkdir -p "$peers"
  npm install --prefix "$peers" --no-audit --no-fund @fission-ai/openspec@1.13.2 markdownlint-cli2@0.22.1 >/dev/null
fi
# The sample in a git repo of its own, as a user has it.
sample=$(mktemp -d)
trap 'rm -rf "$sample"' EXIT
cp -r "$root/sample-repo/." "$sample/"
git -C "$sample" init -q -b main
git -C "$sample" add -A
git -C "$sample" -c user.email=bench@example.com -c user.name=bench -c commit.gpgsign=false commit -q -m sample
dotnet run -c Release --project "$root/bench/Harness.Bench" -- peers \
  --harness "$out/harness/harness" --peers "$peers/node_modules/.bin" --sample "$sample" --runs "$runs"
