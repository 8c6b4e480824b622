#!/usr/bin/env bash
# Core overhead: read JSON Lines, segment, run the stats example plugin,
# write JSON, one worker thread, next to jq re-writing the same JSON Lines
# (a JSON read+write reference), and peak RSS for 1x vs 4x as many
# documents (streaming: it should not grow with the document count).
source "$(dirname "$0")/lib.sh"

small=$work/core-20mb.jsonl
big=$work/core-80mb.jsonl
bulk_jsonl "$small" 20 "$shared"/corpus/bulk/zh-Hans_cctv-xinwenlianbo_20{19,20,21}.txt
bulk_jsonl "$big" 80 "$shared"/corpus/bulk/zh-Hans_cctv-xinwenlianbo_20*.txt
b_small=$(stat -c %s "$small")
b_big=$(stat -c %s "$big")

measure "docsift -p stats -j 1, 20 MB JSONL" "$b_small" "$docsift" -q -p stats -j 1 --compact "$small"
measure "docsift -p stats -j 1, 80 MB JSONL" "$b_big" "$docsift" -q -p stats -j 1 --compact "$big"
measure "docsift -p stats -j 2, 80 MB JSONL" "$b_big" "$docsift" -q -p stats -j 2 --compact "$big"
measure "reference: jq -c . (parse+write), 20 MB" "$b_small" jq -c . "$small"

# Plain text files: one per record.
dir=$work/core-text
if [ ! -d "$dir" ]; then
  mkdir -p "$dir"
  python3 - "$small" "$dir" <<'PY'
import json, sys
for n, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    open(f"{sys.argv[2]}/{n:06d}.txt", "w", encoding="utf-8").write(json.loads(line)["text"])
PY
fi
b_dir=$(du -sb "$dir" | cut -f1)
measure "docsift -p stats -j 1, folder of .txt files" "$b_dir" "$docsift" -q -p stats -j 1 --compact "$dir"

# The same text as 1 MB files (fewer, larger documents: no per-file I/O cost).
big_dir=$work/core-1mb
if [ ! -d "$big_dir" ]; then
  mkdir -p "$big_dir"
  python3 - "$small" "$big_dir" <<'PY'
import json, sys
buf, size, n = [], 0, 0
for line in open(sys.argv[1], encoding="utf-8"):
    t = json.loads(line)["text"]
    buf.append(t)
    size += len(t.encode())
    if size > 1_000_000:
        open(f"{sys.argv[2]}/{n:03d}.txt", "w", encoding="utf-8").write("\n".join(buf))
        n, buf, size = n + 1, [], 0
if buf:
    open(f"{sys.argv[2]}/{n:03d}.txt", "w", encoding="utf-8").write("\n".join(buf))
PY
fi
b_big_dir=$(du -sb "$big_dir" | cut -f1)
measure "docsift -p stats -j 1, 1 MB .txt files" "$b_big_dir" "$docsift" -q -p stats -j 1 --compact "$big_dir"
