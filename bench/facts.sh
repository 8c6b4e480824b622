#!/usr/bin/env bash
# bench/facts.sh: the facts plugin's share of the full pipeline's time on
# the bulk corpus (one JSON document per record, bench/bulk-to-jsonl.py).
#
#   DOCSIFT_BUILD=build-release bash bench/facts.sh
#
# Rows (each the best of RUNS runs, -j 1): the default pipeline
# (normalize, numbers, slogans, timeline) with and without facts, and the
# two without slogans; the share is (with - without) / with. Then the plugin
# alone on the stored output of its inputs (-p facts re-reading
# normalize+numbers+timeline), next to -p stats on the same input (the cost
# of reading and writing the JSON), so the difference is facts' own work.
# Env: MB (slice of ../shared/corpus/bulk, default 5), RUNS (default 3).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

mb=${MB:-5}
bulk_slice "$mb"
echo "# $docs documents, $bytes bytes of text; best of $runs, -j 1"

row () { best "$1" "$bytes" "$docsift" -q -j 1 --compact --no-text -p "$2" "$slice"; }
with=$(row "default plugins + facts" normalize,numbers,slogans,timeline,facts)
without=$(row "default plugins" normalize,numbers,slogans,timeline)
with3=$(row "normalize,numbers,timeline + facts" normalize,numbers,timeline,facts)
without3=$(row "normalize,numbers,timeline" normalize,numbers,timeline)
printf '%s\n' "$with" "$without" "$with3" "$without3"
secs () { awk '{ print $(NF - 2) }' <<< "$1"; }
awk -v a="$(secs "$with")" -v b="$(secs "$without")" -v c="$(secs "$with3")" -v d="$(secs "$without3")" 'BEGIN {
  printf "# facts share of the full pipeline: %.1f %% (%.2f of %.2f s); of normalize,numbers,timeline,facts: %.1f %%\n",
    100 * (a - b) / a, a - b, a, 100 * (c - d) / c }'

# the plugin alone, on its inputs stored once
inputs=$work/facts-inputs-${mb}mb.jsonl
[ -s "$inputs" ] || "$docsift" -q -j 1 --compact -p normalize,numbers,timeline "$slice" > "$inputs"
best "-p facts on stored inputs" "$bytes" "$docsift" -q -j 1 --compact --no-text -p facts "$inputs"
best "-p stats on the same (reading, writing)" "$bytes" "$docsift" -q -j 1 --compact --no-text -p stats "$inputs"
found=$("$docsift" -q -j 1 --compact --no-text -p facts "$inputs" | grep -o '"subject_source":\|"metric":' | grep -c metric || true)
echo "# facts: $found facts"
