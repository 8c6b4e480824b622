#!/usr/bin/env bash
# bench/slogans.sh: throughput (MB/s) and peak RSS of `docsift -p slogans`
# on the bulk corpus the way users run it: one document per record (title,
# date, body), as JSON Lines made by bench/bulk-to-jsonl.py, next to the
# numbers plugin on the same documents (the target: at least as fast).
#
#   DOCSIFT_BUILD=build-release bash bench/slogans.sh
#
# Env: MB (slice of ../shared/corpus/bulk, default 20), RUNS (each row is the
#   best of RUNS runs, default 3: the benchmark boxes are shared).
# MB/s is over the documents' text bytes (not the JSON around them).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

mb=${MB:-20}


bulk_slice "$mb"
echo "# $docs documents, $bytes bytes of text; rows: best of $runs"

best "slogans -j 1, ${mb} MB per record" "$bytes" "$docsift" -q -p slogans -j 1 --compact "$slice"
best "slogans -j 1 --no-text, ${mb} MB per record" "$bytes" "$docsift" -q -p slogans -j 1 --compact --no-text "$slice"
best "numbers -j 1, ${mb} MB per record" "$bytes" "$docsift" -q -p numbers -j 1 --compact "$slice"
best "numbers -j 1 --no-text, ${mb} MB per record" "$bytes" "$docsift" -q -p numbers -j 1 --compact --no-text "$slice"
best "stats -j 1 (core only), ${mb} MB per record" "$bytes" "$docsift" -q -p stats -j 1 --compact "$slice"
