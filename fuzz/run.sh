#!/usr/bin/env bash
# Fuzzes the artifact reader with AFL++ and SharpFuzz for a bounded time, then reports crashes and hangs.
# Usage: fuzz/run.sh [SECONDS]   (default 600). Needs afl-fuzz (Debian: apt-get install afl++) and the .NET SDK.
set -euo pipefail

seconds="${1:-600}"
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/out"
plain="$out/plain"
instrumented="$out/instrumented"
findings="$out/findings"

command -v afl-fuzz >/dev/null || { echo "run.sh: afl-fuzz not found; install AFL++ (apt-get install afl++)" >&2; exit 2; }

cd "$here"
dotnet tool restore >/dev/null

# Two builds of one target: the instrumented copy for AFL, the plain one to replay crashes with readable traces.
rm -rf "$plain" "$instrumented"
dotnet publish Harness.Fuzz/Harness.Fuzz.csproj -c Release -o "$plain" -warnaserror -v q -nologo
cp -r "$plain" "$instrumented"
for dll in Harness.Core.dll Markdig.dll YamlDotNet.dll; do
  dotnet sharpfuzz "$instrumented/$dll"
done

# A fresh findings folder per run; the previous one is kept beside it for comparison.
if [ -d "$findings" ]; then
  rm -rf "$findings.previous"
  mv "$findings" "$findings.previous"
fi

export AFL_SKIP_CPUFREQ=1
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_SKIP_BIN_CHECK=1       # the binary is dotnet; the instrumentation lives in the rewritten DLLs
export AFL_NO_AFFINITY=1          # the machine is shared; do not pin a core
export AFL_NO_UI=1
export AFL_FORKSRV_INIT_TMOUT=60000
afl-fuzz -i "$here/corpus" -o "$findings" -t 5000 -m none -V "$seconds" -- dotnet "$instrumented/Harness.Fuzz.dll" \
  > "$out/afl.log" 2>&1 || { tail -n 30 "$out/afl.log" >&2; exit 1; }

stats="$findings/default/fuzzer_stats"
stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
echo "fuzzed for $(stat run_time)s: $(stat execs_done) execs ($(stat execs_per_sec)/s), corpus $(stat corpus_count) inputs, $(stat edges_found) edges"

shopt -s nullglob
crashes=("$findings"/default/crashes/id*)
hangs=("$findings"/default/hangs/id*)
echo "crashes: ${#crashes[@]}"
echo "hangs: ${#hangs[@]}"
status=0
if [ "${#crashes[@]}" -gt 0 ]; then
  dotnet "$plain/Harness.Fuzz.dll" replay "${crashes[@]}" || status=1
fi
if [ "${#hangs[@]}" -gt 0 ]; then
  echo "hang inputs (replay one with: dotnet $plain/Harness.Fuzz.dll replay FILE):"
  printf '  %s\n' "${hangs[@]}"
  status=1
fi
exit "$status"
