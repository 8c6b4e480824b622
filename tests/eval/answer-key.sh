#!/usr/bin/env bash
# Runs the development answer key (../shared/eval) for one task and fails when
# its F1 drops below the floor recorded in tests/eval/meson.build.
#   answer-key.sh TASK FLOOR
# Needs DOCSIFT_BIN, DOCSIFT_PLUGIN_PATH, DOCSIFT_DATA_DIR and
# DOCSIFT_SHARED_DIR (from the environment, else DOCSIFT_SHARED_DIR_DEFAULT,
# ../shared, set by tests/meson.build). Exits 77 (meson's "skipped") with a
# message when the answer key is not there.
set -euo pipefail
task=$1 floor=$2
DOCSIFT_SHARED_DIR=${DOCSIFT_SHARED_DIR:-${DOCSIFT_SHARED_DIR_DEFAULT:?}}
eval_dir="${DOCSIFT_SHARED_DIR}/eval"
docs_dir="${DOCSIFT_SHARED_DIR}/corpus/docs"
if [ ! -f "$eval_dir/evaluate.py" ] || [ ! -d "$eval_dir/gold" ] || [ ! -d "$docs_dir" ]; then
  echo "SKIP: no answer key at $eval_dir (clone without ../shared)"
  exit 77
fi
out=$(mktemp); trap 'rm -f "$out"' EXIT
mapfile -t docs < <(python3 -c "import json,glob,sys; [print(sys.argv[2] + '/' + json.load(open(g))['doc']) for g in sorted(glob.glob(sys.argv[1] + '/gold/*.json'))]" "$eval_dir" "$docs_dir")
"${DOCSIFT_BIN:?}" --compact -q "${docs[@]}" > "$out"
echo "floor: F1 >= $floor"
python3 "$eval_dir/evaluate.py" "$task" "$eval_dir/gold" "$out" --min-f1 "$floor"
