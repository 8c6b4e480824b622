# bench/lib.sh: shared helpers for the benchmarks (source it).
# measure LABEL BYTES CMD...: runs CMD once under /usr/bin/time and prints
# one row: label, seconds, MB/s over BYTES of input, peak RSS in MB.
set -euo pipefail

bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${DOCSIFT_SHARED_DIR:-$bench_root/../shared}
build=${DOCSIFT_BUILD:-$bench_root/build}
work=${BENCH_WORK:-/tmp/docsift-bench}
mkdir -p "$work"

if [ ! -d "$shared/corpus/bulk" ]; then
  echo "bench: $shared/corpus/bulk not found (set DOCSIFT_SHARED_DIR)" >&2
  exit 1
fi
if [ ! -x "$build/core/docsift" ]; then
  echo "bench: build first: meson setup build --buildtype=release && meson compile -C build" >&2
  exit 1
fi

export DOCSIFT_PLUGIN_PATH=$(find "$build/plugins" -maxdepth 1 -mindepth 1 -type d | sort | paste -sd:)
export DOCSIFT_DATA_DIR=$bench_root/config
docsift=$build/core/docsift

printf '%-44s %8s %9s %9s\n' "what" "seconds" "MB/s" "peak MB"
measure () {
  local label=$1 bytes=$2
  shift 2
  local tf=$work/time.$$
  /usr/bin/time -f '%e %M' -o "$tf" "$@" > /dev/null
  read -r secs kb < "$tf"
  awk -v l="$label" -v s="$secs" -v b="$bytes" -v k="$kb" \
    'BEGIN { printf "%-44s %8.2f %9.1f %9.1f\n", l, s, (s > 0 ? b / 1e6 / s : 0), k / 1024 }'
}

# bulk_jsonl OUT MEGABYTES GLOB: JSON Lines made from bulk files, cached
bulk_jsonl () {
  local out=$1 mb=$2
  shift 2
  [ -s "$out" ] || python3 "$bench_root/bench/bulk-to-jsonl.py" "$out" "$mb" "$@"
}

text_bytes () {
  python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1], encoding="utf-8")))' "$1"
}

runs=${RUNS:-3}

# best LABEL BYTES CMD...: measure RUNS times, print the fastest row
best () {
  local i
  for ((i = 0; i < runs; i++)); do measure "$@"; done |
    awk 'NR == 1 || $(NF - 2) < s { s = $(NF - 2); row = $0 } END { print row }'
}

# bulk_slice MB: per-record JSON Lines from the whole bulk corpus, cut at MB
# megabytes of text; sets slice (its path), bytes (text bytes) and docs.
bulk_slice () {
  slice=$work/bulk-$1mb.jsonl
  bulk_jsonl "$slice" "$1" "$shared"/corpus/bulk/*.txt 2> /dev/null
  bytes=$(text_bytes "$slice")
  docs=$(wc -l < "$slice")
}
