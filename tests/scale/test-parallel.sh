#!/usr/bin/env bash
# GNU parallel recipes of docs/scale-out.md: 4 jobs over the files, and
# --pipe --block over one JSON Lines stream, give exactly the lines of one
# run; four docsift processes writing to one pipe through parallel's
# grouped (or --line-buffer) output break no line.
if ! command -v parallel > /dev/null; then
  echo "SKIP: GNU parallel is not installed (Debian: apt-get install parallel)"
  exit 77
fi
source "$(dirname "$0")/scale-lib.sh"
export PARALLEL_HOME="$tmp/parallel-home"   # no ~/.parallel, no citation notice
mkdir -p "$PARALLEL_HOME" && touch "$PARALLEL_HOME/will-cite"

# the recipe: one docsift per batch of files, 4 jobs, output grouped per job
find "$corpus" -type f ! -name '.*' | parallel -j4 -n 4 "$docsift" -q -j1 --compact > "$tmp/par.jsonl"
"${compare[@]}" "$tmp/whole.jsonl" "$tmp/par.jsonl" || fail "parallel -j4 over the files"
# the records of one file per job, re-sorted into input order by parallel --keep-order
find "$corpus" -type f ! -name '.*' | sort | parallel -j4 --keep-order "$docsift" -q -j1 --compact > "$tmp/par-k.jsonl"
"${compare[@]}" "$tmp/whole.jsonl" "$tmp/par-k.jsonl" --same-order || fail "parallel -j4 --keep-order"
ok "parallel -j4 over the files = one run"

# one big JSON Lines stream cut into blocks of whole lines (records with an id)
parallel -j4 --pipe --block 50k "$docsift" -q -j1 --compact - < "$tmp/input.jsonl" > "$tmp/pipe.jsonl"
"${compare[@]}" "$tmp/records.jsonl" "$tmp/pipe.jsonl" || fail "parallel --pipe --block"
ok "parallel --pipe --block over one stream = one run"

# four docsift processes, one pipe: each writes its whole output to
# parallel, which passes it on whole (--group) or line by line (--line-buffer)
for mode in --group --line-buffer; do
  seq 4 | parallel -j4 $mode "$docsift" -q -j2 --compact --shard {}/4 "$corpus" | cat > "$tmp/pipe-$mode.jsonl"
  "${compare[@]}" "$tmp/whole.jsonl" "$tmp/pipe-$mode.jsonl" || fail "four processes into one pipe ($mode)"
done
ok "four docsift processes into one pipe through parallel: no line broken"
