#!/usr/bin/env bash
# bench/numbers.sh: throughput (MB/s) and peak RSS of `docsift -p numbers`
# on the bulk corpus the way users run it: one document per record (title,
# date, body), as JSON Lines made by bench/bulk-to-jsonl.py, next to
# Microsoft Recognizers-Text on the same text.
#
#   DOCSIFT_BUILD=build-release bash bench/numbers.sh
#
# Env: MB (slice of ../shared/corpus/bulk, default 20), RUNS (each docsift
#   row is the best of RUNS runs, default 3: the benchmark boxes are shared),
#   JOBS (also measure docsift -j JOBS), REF (where
#   @microsoft/recognizers-text-suite is installed, default /tmp/ref; skipped
#   if absent; set it up with: mkdir -p /tmp/ref && cd /tmp/ref && npm init -y
#   && npm install @microsoft/recognizers-text-suite), REF_MB (slice for the
#   reference, default 1: it is slow).
# MB/s is over the documents' text bytes (not the JSON around them).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

mb=${MB:-20}
ref=${REF:-/tmp/ref}
ref_mb=${REF_MB:-1}


bulk_slice "$mb"
echo "# $docs documents, $bytes bytes of text; docsift rows: best of $runs"

best "numbers -j 1, ${mb} MB per record" "$bytes" "$docsift" -q -p numbers -j 1 --compact "$slice"
best "numbers -j 1 --no-text, ${mb} MB per record" "$bytes" "$docsift" -q -p numbers -j 1 --compact --no-text "$slice"
best "numbers include=all -j 1, ${mb} MB per record" "$bytes" "$docsift" -q -p numbers -o numbers.include=all -j 1 --compact "$slice"
if [ -n "${JOBS:-}" ]; then
  best "numbers -j $JOBS, ${mb} MB per record" "$bytes" "$docsift" -q -p numbers -j "$JOBS" --compact "$slice"
fi
found=$("$docsift" -q -p numbers -j 1 --compact --no-text "$slice" | grep -o '"kind":' | wc -l)
echo "# numbers: $found mentions reported"

if [ -d "$ref/node_modules/@microsoft/recognizers-text-suite" ]; then
  # the first REF_MB of the same documents: as text for the reference, as
  # JSON Lines (the same records) for docsift
  python3 - "$slice" "$work/numbers-ref" "$ref_mb" <<'PY'
import json, sys
limit, n = float(sys.argv[3]) * 1e6, 0
with open(sys.argv[2] + ".txt", "w", encoding="utf-8") as out, \
     open(sys.argv[2] + ".jsonl", "w", encoding="utf-8") as jl:
    for line in open(sys.argv[1], encoding="utf-8"):
        text = json.loads(line)["text"]
        out.write(text)
        jl.write(line)
        n += len(text.encode())
        if n >= limit:
            break
PY
  ref_bytes=$(wc -c < "$work/numbers-ref.txt")
  best "numbers -j 1, the reference's ${ref_mb} MB" "$ref_bytes" "$docsift" -q -p numbers -j 1 --compact "$work/numbers-ref.jsonl"
  for model in number percent currency dimension; do
    NODE_PATH="$ref/node_modules" node "$shared/tools/reference-bench.mjs" "$work/numbers-ref.txt" "$model" |
      sed 's/^/Recognizers-Text /'
  done
  echo "(Recognizers-Text runs one model per pass; docsift numbers does all of them in one pass.)"
else
  echo "Recognizers-Text not installed in $ref: reference skipped"
fi
