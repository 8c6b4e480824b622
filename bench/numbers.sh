#!/bin/sh
# bench/numbers.sh: throughput (MB/s) and peak RSS of `docsift -p numbers` on
# the bulk corpus, next to Microsoft Recognizers-Text on the same text.
#
# Usage: bench/numbers.sh [BUILDDIR] [MB]
#   BUILDDIR  a configured build dir (default: build)
#   MB        size of the slice of ../shared/corpus/bulk to use (default: 20;
#             0 = all of it)
# Env: SHARED (default ../shared), REF (default /tmp/ref: where
#   @microsoft/recognizers-text-suite is installed; skipped if absent; set it up
#   with: mkdir -p /tmp/ref && cd /tmp/ref && npm init -y &&
#   npm install @microsoft/recognizers-text-suite), REF_MB (slice for the
#   reference, default 1: it is slow), JOBS (docsift -j, default 1).
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
mb=${2:-20}
shared=${SHARED:-$src/../shared}
ref=${REF:-/tmp/ref}
ref_mb=${REF_MB:-1}
jobs=${JOBS:-1}
case $build in /*) ;; *) build=$src/$build ;; esac
[ -x "$build/core/docsift" ] || { echo "no $build/core/docsift: build first" >&2; exit 1; }
[ -d "$shared/corpus/bulk" ] || { echo "no $shared/corpus/bulk" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install -y time)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ "$mb" = 0 ]; then
  cat "$shared"/corpus/bulk/*.txt > "$tmp/slice.txt"
else
  cat "$shared"/corpus/bulk/*.txt | head -c $((mb * 1000000)) > "$tmp/slice.txt"
fi
# cut on a line boundary so no character is split
sed -i '$d' "$tmp/slice.txt"
bytes=$(wc -c < "$tmp/slice.txt")

export DOCSIFT_PLUGIN_PATH="$build/plugins/numbers"
export DOCSIFT_DATA_DIR="$src/config"
/usr/bin/time -v -o "$tmp/time.txt" "$build/core/docsift" -j "$jobs" -p numbers --compact --no-text \
  "$tmp/slice.txt" > "$tmp/out.jsonl"
secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, a, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + a[i]; print s }' "$tmp/time.txt")
rss=$(awk -F': ' '/Maximum resident/ { print $2 }' "$tmp/time.txt")
found=$(grep -o '"kind":' "$tmp/out.jsonl" | wc -l)
awk -v b="$bytes" -v s="$secs" -v r="$rss" -v n="$found" -v j="$jobs" 'BEGIN {
  printf "docsift numbers: %d mentions, %.2f MB, %.2f s, %.1f MB/s (-j %d), peak RSS %.0f MB\n", n, b / 1e6, s, b / 1e6 / (s > 0 ? s : 1e-9), j, r / 1024 }'

if [ -d "$ref/node_modules/@microsoft/recognizers-text-suite" ]; then
  head -c $((ref_mb * 1000000)) "$tmp/slice.txt" > "$tmp/ref.txt"
  sed -i '$d' "$tmp/ref.txt"
  for model in number percent currency dimension; do
    NODE_PATH="$ref/node_modules" node "$shared/tools/reference-bench.mjs" "$tmp/ref.txt" "$model" |
      sed 's/^/Recognizers-Text /'
  done
  echo "(Recognizers-Text runs one model per pass; docsift numbers does all of them in one pass.)"
else
  echo "Recognizers-Text not installed in $ref: reference skipped"
fi
