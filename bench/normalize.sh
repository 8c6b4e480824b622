#!/usr/bin/env bash
# bench/normalize.sh: the normalize plugin alone, on Traditional and on
# Simplified text, next to `opencc -c t2s.json` on the same text in the
# same run. MB/s over input text bytes; peak RSS from /usr/bin/time.
#
#   DOCSIFT_BUILD=build-release bash bench/normalize.sh
#
# Env: RUNS (each row is the best of RUNS runs, default 3: the benchmark
#   boxes are shared), MB (size of each per-record slice, default 20),
#   WHOLE=0 / SLICE=0 to skip a part.
#
# Whole files: each file is one document (the worst case for memory: a
# whole 9-20 MB file in one view). Per-record slices: the bulk files cut
# into one document per record as JSON Lines (bench/bulk-to-jsonl.py, the
# way users run many documents), one slice of zh-Hant_* and one of
# zh-Hans_* files; opencc gets the same records' text as one file.
# Rows:
#   opencc t2s            the opencc CLI (t2s.json), output to /dev/null
#   normalize json        docsift -p normalize, JSON out (original text
#                         omitted, normalized view written, map written)
#   normalize text        docsift -p normalize --format=text (processing
#                         without writing the view back out)
#   normalize t2s only    all width/punct/space/nfc/remove steps off,
#                         profile=t2s: the conversion with its map only
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

command -v opencc > /dev/null || { echo "bench: opencc CLI missing (apt-get install opencc)" >&2; exit 1; }

mb=${MB:-20}


bulk=$shared/corpus/bulk
files=(
  "$bulk/zh-Hant_tw-ey-gazette_finance-economy_roc102_2013.txt"
  "$bulk/zh-Hant_hkcnews_2018.txt"
  "$bulk/zh-Hans_cctv-xinwenlianbo_2013.txt"
  "$bulk/zh-Hans_cctv-xinwenlianbo_2020.txt"
)
off=(-o normalize.width=false -o normalize.punct=false -o normalize.space=false
     -o normalize.remove=false -o normalize.nfc=false -o normalize.profile=t2s)

echo "# best of $runs runs"
if [ "${WHOLE:-1}" != 0 ]; then
  for f in "${files[@]}"; do
    [ -f "$f" ] || { echo "bench: $f missing" >&2; continue; }
    b=$(stat -c %s "$f")
    name=$(basename "$f" .txt)
    echo "# $name ($((b / 1000000)) MB, one document)"
    best "opencc t2s" "$b" opencc -c t2s.json -i "$f"
    best "normalize json" "$b" "$docsift" -q -j 1 -p normalize --no-text --compact "$f"
    best "normalize text" "$b" "$docsift" -q -j 1 -p normalize --format=text "$f"
    best "normalize t2s only (text)" "$b" "$docsift" -q -j 1 -p normalize --format=text "${off[@]}" "$f"
  done
fi

if [ "${SLICE:-1}" != 0 ]; then
  for script in Hant Hans; do
    slice=$work/normalize-$script-${mb}mb.jsonl
    bulk_jsonl "$slice" "$mb" "$bulk"/zh-${script}_*.txt
    txt=$work/normalize-$script-${mb}mb.txt
    [ -s "$txt" ] || python3 -c 'import json,sys
with open(sys.argv[2], "w", encoding="utf-8") as o:
    for l in open(sys.argv[1], encoding="utf-8"): o.write(json.loads(l)["text"])' "$slice" "$txt"
    b=$(text_bytes "$slice")
    echo "# zh-$script per record: $(wc -l < "$slice") documents, $b bytes of text"
    best "opencc t2s (same text, one file)" "$b" opencc -c t2s.json -i "$txt"
    best "normalize json -j 1" "$b" "$docsift" -q -j 1 -p normalize --no-text --compact "$slice"
    best "normalize text -j 1" "$b" "$docsift" -q -j 1 -p normalize --format=text "$slice"
    best "normalize t2s only (text) -j 1" "$b" "$docsift" -q -j 1 -p normalize --format=text "${off[@]}" "$slice"
  done
fi
