#!/bin/sh
# bench/timeline.sh: throughput (MB/s) and peak RSS of `docsift -p timeline`
# on the bulk corpus (split into its news items, each with its own date
# line, by bench/bulk-to-jsonl.py), next to chrono-node's Chinese parser and
# Recognizers-Text DateTime on a slice of the same text, in the same run.
#
# Usage: bench/timeline.sh [BUILDDIR] [MB]
#   BUILDDIR  a configured build dir (default: build)
#   MB        size of the slice of ../shared/corpus/bulk (default: 20; 0 = all)
# Env: SHARED (default ../shared), REF (default /tmp/ref: where chrono-node and
#   @microsoft/recognizers-text-suite are installed; skipped if absent; set up
#   with: mkdir -p /tmp/ref && cd /tmp/ref && npm init -y &&
#   npm install @microsoft/recognizers-text-suite chrono-node),
#   REF_MB (slice for the references, default 1: they are slow),
#   JOBS (docsift -j, default 1).
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
python3 "$src/bench/bulk-to-jsonl.py" "$tmp/docs.jsonl" "$mb" "$shared"/corpus/bulk/*.txt
# the same text as plain UTF-8 for the references
python3 -c 'import json,sys
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as o:
    for l in f: o.write(json.loads(l)["text"])' "$tmp/docs.jsonl" "$tmp/slice.txt"
bytes=$(wc -c < "$tmp/slice.txt")

# timeline requires the normalized view: normalize is pulled in
export DOCSIFT_PLUGIN_PATH="$build/plugins/timeline:$build/plugins/normalize"
export DOCSIFT_DATA_DIR="$src/config"
/usr/bin/time -v -o "$tmp/time.txt" "$build/core/docsift" -q -j "$jobs" -p timeline --compact --no-text \
  "$tmp/docs.jsonl" > "$tmp/out.jsonl"
secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, a, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + a[i]; print s }' "$tmp/time.txt")
rss=$(awk -F': ' '/Maximum resident/ { print $2 }' "$tmp/time.txt")
found=$(grep -o '"granularity":' "$tmp/out.jsonl" | wc -l)
resolved=$(grep -o '"resolved":true' "$tmp/out.jsonl" | wc -l)
docs=$(wc -l < "$tmp/out.jsonl")
pub=$(grep -c '"published_source"' "$tmp/out.jsonl" || true)
awk -v b="$bytes" -v s="$secs" -v r="$rss" -v n="$found" -v k="$resolved" -v j="$jobs" -v d="$docs" -v p="$pub" 'BEGIN {
  printf "docsift timeline: %d documents (%d with a date found in the text; the others use meta.published), %d expressions (%d resolved), %.2f MB, %.2f s, %.2f MB/s (-j %d), peak RSS %.0f MB\n", d, p, n, k, b / 1e6, s, b / 1e6 / (s > 0 ? s : 1e-9), j, r / 1024 }'

if [ -d "$ref/node_modules/chrono-node" ] || [ -d "$ref/node_modules/@microsoft/recognizers-text-suite" ]; then
  head -c $((ref_mb * 1000000)) "$tmp/slice.txt" > "$tmp/ref.txt"
  sed -i '$d' "$tmp/ref.txt"
  for model in chrono datetime; do
    /usr/bin/time -v -o "$tmp/rtime.txt" env NODE_PATH="$ref/node_modules" node "$shared/tools/reference-bench.mjs" "$tmp/ref.txt" "$model" |
      sed 's/^/reference /'
    awk -F': ' '/Maximum resident/ { printf "  (peak RSS %.0f MB)\n", $2 / 1024 }' "$tmp/rtime.txt"
  done
  echo "(references: paragraph by paragraph, reference date 2022-01-01, on the first $ref_mb MB; docsift: whole news items, each resolved against its own date line)"
else
  echo "chrono-node / Recognizers-Text not installed in $ref: references skipped"
fi
