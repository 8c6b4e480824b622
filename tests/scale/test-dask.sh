#!/usr/bin/env bash
# The Dask driver (contrib/dask/docsift_dask.py) on a LocalCluster of two
# worker processes over loopback TCP: its records are exactly the lines of
# one docsift run, its merged summary the summary of one run.
python=""
for p in "${PYTHON3:-}" python3 /usr/bin/python3; do
  if [ -n "$p" ] && command -v "$p" > /dev/null && "$p" -c 'import distributed' 2> /dev/null; then
    python=$p
    break
  fi
done
if [ -z "$python" ]; then
  echo "SKIP: no Python with dask.distributed (Debian: apt-get install python3-distributed)"
  exit 77
fi
source "$(dirname "$0")/scale-lib.sh"
driver="${DOCSIFT_SOURCE_DIR:?}/contrib/dask/docsift_dask.py"
"$summary" "$tmp/whole.jsonl" > "$tmp/whole.json"
# one cluster for the whole test (its start-up is most of the time)
"$python" "$driver" --local 2 --shards 4 --docsift "$docsift" --docsift-summary "$summary" \
  --output "$tmp/dask.jsonl" --summary "$tmp/dask.json" -- -j1 "$corpus" 2> "$tmp/dask.log" \
  || { tail -20 "$tmp/dask.log"; fail "the driver failed"; }
"${compare[@]}" "$tmp/whole.jsonl" "$tmp/dask.jsonl" || fail "Dask: not the lines of one run"
cmp "$tmp/whole.json" "$tmp/dask.json" || fail "Dask: the merged summary differs from one run's"
ok "Dask LocalCluster (2 worker processes, TCP): the lines and the summary of one run"
