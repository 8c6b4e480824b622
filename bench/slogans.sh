#!/bin/sh
# bench/slogans.sh: throughput (MB/s) and peak RSS of the slogans plugin on
# the bulk corpus, next to the numbers plugin in the same run.
#   bench/slogans.sh [BUILDDIR] [MB]     (default: build, first 40 MB of ../shared/corpus/bulk)
# Needs /usr/bin/time (apt-get install -y time). Not part of `meson test`.
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build}
mb=${2:-40}
bulk=${DOCSIFT_SHARED_DIR:-$src/../shared}/corpus/bulk
[ -d "$bulk" ] || { echo "bench/slogans.sh: no bulk corpus at $bulk" >&2; exit 77; }
[ -x /usr/bin/time ] || { echo "bench/slogans.sh: /usr/bin/time missing (apt-get install -y time)" >&2; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# the same input for both plugins
# whole files (valid UTF-8) until MB megabytes are reached
: > "$tmp/slice.txt"
for f in "$bulk"/*.txt; do
  [ "$(wc -c < "$tmp/slice.txt")" -ge $((mb * 1024 * 1024)) ] && break
  cat "$f" >> "$tmp/slice.txt"
done
bytes=$(wc -c < "$tmp/slice.txt")
export DOCSIFT_PLUGIN_PATH="$build/plugins/slogans:$build/plugins/numbers:$build/plugins/normalize"
export DOCSIFT_DATA_DIR="$src/config"
printf '%-10s %10s %10s %12s\n' plugin seconds MB/s peak_RSS_MB
for p in slogans numbers; do
  [ -f "$build/plugins/$p/docsift-$p.so" ] || { echo "$p: not built"; continue; }
  /usr/bin/time -f '%e %M' -o "$tmp/$p.time" "$build/core/docsift" -p "$p" -j 1 --no-text \
      "$tmp/slice.txt" > /dev/null 2> "$tmp/$p.err" || { echo "$p: failed"; cat "$tmp/$p.err" >&2; continue; }
  read -r secs kb < "$tmp/$p.time"
  awk -v p="$p" -v s="$secs" -v b="$bytes" -v k="$kb" \
      'BEGIN { printf "%-10s %10.2f %10.1f %12.1f\n", p, s, (b / 1048576) / (s > 0 ? s : 0.01), k / 1024 }'
done
