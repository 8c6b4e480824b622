#!/usr/bin/env bash
# Runs every libFuzzer harness of a -Dfuzzing=true build for a fixed time,
# one after the other, on a copy of its seeds (the repository is not written).
#   tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS_PER_HARNESS [HARNESS...]
# HARNESS: input, envelope, summary, item, plugin-NAME (default: every one built). A crash,
# leak or timeout stops the run with libFuzzer's status and leaves the input
# in $FUZZ_WORK/crashes (default /tmp/docsift-fuzz). Prints one line per
# harness: executions, exec/s and covered edges. See docs/fuzzing.md.
set -euo pipefail
build=${1:?usage: run-fuzzers.sh BUILD_DIR SECONDS [HARNESS...]}
seconds=${2:?usage: run-fuzzers.sh BUILD_DIR SECONDS [HARNESS...]}
shift 2
src=$(cd "$(dirname "$0")" && pwd)
work=${FUZZ_WORK:-/tmp/docsift-fuzz}
mkdir -p "$work/crashes"
export DOCSIFT_PLUGIN_PATH DOCSIFT_DATA_DIR
DOCSIFT_PLUGIN_PATH=$(find "$build/plugins" -mindepth 1 -maxdepth 1 -type d | paste -sd:)
DOCSIFT_DATA_DIR="$src/../../config"
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
  for f in "$build"/tests/fuzz/fuzz-*-libfuzzer; do
    n=${f##*/fuzz-}; harnesses+=("${n%-libfuzzer}")
  done
fi
[ ${#harnesses[@]} -gt 0 ] && [ -x "$build/tests/fuzz/fuzz-${harnesses[0]}-libfuzzer" ] || {
  echo "run-fuzzers: no libFuzzer programs in $build (configure it with -Dfuzzing=true, clang)" >&2; exit 2; }
for h in "${harnesses[@]}"; do
  case $h in
    input) seeds=input dict=() ;;
    envelope) seeds=envelope dict=(-dict="$src/dict/envelope.dict") ;;
    summary) seeds=summary dict=(-dict="$src/dict/envelope.dict") ;;
    item) seeds=item dict=(-dict="$src/dict/envelope.dict") ;;
    plugin-*) seeds=text dict=(-dict="$src/dict/text.dict") ;;
    *) echo "run-fuzzers: unknown harness $h" >&2; exit 2 ;;
  esac
  corpus="$work/corpus-$h"
  mkdir -p "$corpus"
  log="$work/$h.log"
  set +e
  "$build/tests/fuzz/fuzz-$h-libfuzzer" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
    "${dict[@]}" -artifact_prefix="$work/crashes/$h-" -print_final_stats=1 \
    "$corpus" "$src/corpus/$seeds" > "$log" 2>&1
  status=$?
  set -e
  # a harness that fails at start-up prints no stats: keep going to the report
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" || true)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" || true)
  cov=$( (grep -o 'cov: [0-9]*' "$log" || true) | tail -1 | cut -d' ' -f2)
  printf 'fuzz %-18s %10s runs %7s exec/s %6s edges  status %d\n' "$h" "${runs:-?}" "${rate:-?}" "${cov:-?}" "$status"
  if [ $status -ne 0 ]; then
    tail -40 "$log" >&2
    echo "run-fuzzers: $h failed; the input is in $work/crashes/" >&2
    exit $status
  fi
done
