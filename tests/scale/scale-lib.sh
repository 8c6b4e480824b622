# Sourced by the scale-out tests (docs/scale-out.md): the programs, the
# corpus (../shared's 58 documents, or the seeds in examples/ without it),
# a scratch folder removed on exit, and the checks.
set -euo pipefail
docsift="${DOCSIFT_BIN:?}"
summary="${1:?usage: $0 PATH-OF-docsift-summary}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
compare=("${PYTHON3:-python3}" "$here/compare-runs.py")
corpus="${DOCSIFT_SHARED_DIR:-/nonexistent}/corpus/docs"
if [ ! -d "$corpus" ]; then
  echo "note: no shared corpus at $corpus; using the seeds in examples/"
  corpus="${DOCSIFT_SOURCE_DIR:?}/examples"
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# ids are the names as given: every run here names the corpus the same way
cd "$(dirname "$corpus")"
corpus=$(basename "$corpus")
n_docs=$(find "$corpus" -type f ! -name '.*' | wc -l)
fail() { echo "FAIL: $*"; exit 1; }
ok() { echo "ok: $*"; }
# one single-threaded run over everything: the reference
"$docsift" -q -j1 --compact "$corpus" > "$tmp/whole.jsonl"
[ "$(wc -l < "$tmp/whole.jsonl")" -eq "$n_docs" ] || fail "one run: $(wc -l < "$tmp/whole.jsonl") lines for $n_docs documents"
# the same documents as one JSON Lines stream of input records {"id", "text"}
# (read as UTF-8; a document that is not is left out), and its one run
"${PYTHON3:-python3}" - "$corpus" > "$tmp/input.jsonl" <<'PY'
import json, os, sys
for root, dirs, files in os.walk(sys.argv[1]):
    dirs.sort()
    for name in sorted(files):
        path = os.path.join(root, name)
        try:
            text = open(path, encoding="utf-8-sig").read()
        except UnicodeDecodeError:
            continue
        print(json.dumps({"id": path, "text": text}, ensure_ascii=False))
PY
# read from stdin like the jobs below (a record without "source" gets the input's name)
"$docsift" -q -j1 --compact - < "$tmp/input.jsonl" > "$tmp/records.jsonl"
