#!/usr/bin/env bash
# bench/normalize.sh: the normalize plugin alone, on Traditional and on
# Simplified text, next to `opencc -c t2s.json` on the same files in the
# same run. MB/s over input bytes; peak RSS from /usr/bin/time.
#
#   DOCSIFT_BUILD=build-release bash bench/normalize.sh
#
# Each file is one document (the worst case for memory: a whole 9-20 MB file
# in one view). Rows:
#   opencc t2s            the opencc CLI (t2s.json), output to /dev/null
#   normalize json        docsift -p normalize, JSON out (original text
#                         omitted, normalized view written, map written)
#   normalize text        docsift -p normalize --format=text (processing
#                         without writing the 9-20 MB view back out)
#   normalize t2s only    all width/punct/space/nfc/remove steps off,
#                         profile=t2s: the conversion with its map only
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

command -v opencc > /dev/null || { echo "bench: opencc CLI missing (apt-get install opencc)" >&2; exit 1; }

bulk=$shared/corpus/bulk
files=(
  "$bulk/zh-Hant_tw-ey-gazette_finance-economy_roc102_2013.txt"
  "$bulk/zh-Hant_hkcnews_2018.txt"
  "$bulk/zh-Hans_cctv-xinwenlianbo_2013.txt"
  "$bulk/zh-Hans_cctv-xinwenlianbo_2020.txt"
)
off=(-o normalize.width=false -o normalize.punct=false -o normalize.space=false
     -o normalize.remove=false -o normalize.nfc=false -o normalize.profile=t2s)

for f in "${files[@]}"; do
  [ -f "$f" ] || { echo "bench: $f missing" >&2; continue; }
  b=$(stat -c %s "$f")
  name=$(basename "$f" .txt)
  echo "# $name ($((b / 1000000)) MB)"
  measure "opencc t2s" "$b" opencc -c t2s.json -i "$f"
  measure "normalize json" "$b" "$docsift" -q -j 1 -p normalize --no-text --compact "$f"
  measure "normalize text" "$b" "$docsift" -q -j 1 -p normalize --format=text "$f"
  measure "normalize t2s only (text)" "$b" "$docsift" -q -j 1 -p normalize --format=text "${off[@]}" "$f"
done
