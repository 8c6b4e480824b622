#!/usr/bin/env bash
# bench/facts.sh: the facts plugin's share of the full pipeline's time on
# the bulk corpus (one JSON document per record, bench/bulk-to-jsonl.py).
#
#   DOCSIFT_BUILD=build-release bash bench/facts.sh
#
# Rows (each the run of least CPU time of RUNS runs, -j 1; MB/s over that
# CPU time, the wall seconds of that run beside it): the default pipeline
# (normalize, numbers, slogans, timeline) with and without facts, and the
# two without slogans; the share is (with - without) / with. Then the plugin
# alone on the stored output of its inputs (-p facts re-reading
# normalize+numbers+timeline), next to -p stats on the same input (the cost
# of reading and writing the JSON), so the difference is facts' own work.
# Env: MB (slice of ../shared/corpus/bulk, default 5), RUNS (default 5).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

mb=${MB:-5}
runs=${RUNS:-5}
bulk_slice "$mb"
echo "# $docs documents, $bytes bytes of text; best of $runs, -j 1"

# cpu LABEL ARGS...: the least CPU time (user + sys) of RUNS runs, and the
# wall time of that run: on a shared machine wall time measures the others
cpu () {
  local label=$1 i
  shift
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f '%e %U %S %M' -o "$work/facts-time.$$" "$docsift" -q -j 1 --compact --no-text "$@" > /dev/null
    cat "$work/facts-time.$$"
  done | awk -v l="$label" -v b="$bytes" '{ c = $2 + $3; if (NR == 1 || c < best) { best = c; wall = $1; kb = $4 } }
    END { printf "%-44s %8.2f %9.1f %9.1f  cpu %.2f s\n", l, wall, b / 1e6 / best, kb / 1024, best }'
}
with=$(cpu "default plugins + facts" -p normalize,numbers,slogans,timeline,facts "$slice")
without=$(cpu "default plugins" -p normalize,numbers,slogans,timeline "$slice")
with3=$(cpu "normalize,numbers,timeline + facts" -p normalize,numbers,timeline,facts "$slice")
without3=$(cpu "normalize,numbers,timeline" -p normalize,numbers,timeline "$slice")
printf '%s\n' "$with" "$without" "$with3" "$without3"
secs () { awk '{ print $NF }' <<< "${1% s}"; }
awk -v a="$(secs "$with")" -v b="$(secs "$without")" -v c="$(secs "$with3")" -v d="$(secs "$without3")" 'BEGIN {
  printf "# facts share of the full pipeline (CPU): %.1f %% (%.2f of %.2f s); of normalize,numbers,timeline,facts: %.1f %%\n",
    100 * (a - b) / a, a - b, a, 100 * (c - d) / c }'

# the plugin alone, on its inputs stored once
inputs=$work/facts-inputs-${mb}mb.jsonl
[ -s "$inputs" ] || "$docsift" -q -j 1 --compact -p normalize,numbers,timeline "$slice" > "$inputs"
cpu "-p facts on stored inputs" -p facts "$inputs"
cpu "-p stats on the same (reading, writing)" -p stats "$inputs"
found=$("$docsift" -q -j 1 --compact --no-text -p facts "$inputs" | grep -o '"subject_source":\|"metric":' | grep -c metric || true)
echo "# facts: $found facts"
