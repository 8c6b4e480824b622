#!/usr/bin/env bash
# The mapper contract (docs/scale-out.md): deterministic output (-j1, -j4,
# --isolate, two runs: the same bytes), --files-from and -0, --shard K/N
# (disjoint parts whose union is the whole, by FNV-1a of the id), --output
# (renamed when complete; a killed or failed run leaves no file).
source "$(dirname "$0")/scale-lib.sh"

# deterministic: no time stamps, worker ids or thread order in the output
for how in "-j4" "-j2 --isolate" "-j1"; do
  "$docsift" -q --compact $how "$corpus" > "$tmp/again.jsonl"
  cmp -s "$tmp/whole.jsonl" "$tmp/again.jsonl" || fail "docsift $how: other bytes than -j1"
done
ok "-j1, -j4, --isolate and a second run write the same bytes"

# one output line per input line: a JSON Lines record that cannot be read
# still gets its (error) record, in its place
{ head -n 2 "$tmp/input.jsonl"; echo '{"id": "cut-short", "text": "abc'; tail -n +3 "$tmp/input.jsonl"; } > "$tmp/with-bad.jsonl"
status=0; "$docsift" -q --compact -i jsonl - < "$tmp/with-bad.jsonl" > "$tmp/with-bad.out" 2> /dev/null || status=$?
[ $status -eq 1 ] || fail "a bad record: exit status $status, not 1"
[ "$(wc -l < "$tmp/with-bad.out")" -eq "$(wc -l < "$tmp/with-bad.jsonl")" ] || fail "not one output line per input line"
sed -n 3p "$tmp/with-bad.out" | grep -q '"error"' || fail "the bad record's error is not in its place"
ok "one output line per input line, a bad record's error record in its place"

# --files-from: one name a line, or NUL-separated with -0; '-' is stdin
find "$corpus" -type f ! -name '.*' | sort > "$tmp/list"
"$docsift" -q --compact --files-from "$tmp/list" > "$tmp/from.jsonl"
cmp -s "$tmp/whole.jsonl" "$tmp/from.jsonl" || fail "--files-from: not the run over the folder"
find "$corpus" -type f ! -name '.*' -print0 | "$docsift" -q --compact -0 --files-from - > "$tmp/from0.jsonl"
"${compare[@]}" "$tmp/whole.jsonl" "$tmp/from0.jsonl" || fail "-0 --files-from -"
: > "$tmp/empty-list"
"$docsift" -q --files-from "$tmp/empty-list" --output "$tmp/empty.jsonl" < /dev/null
[ -f "$tmp/empty.jsonl" ] && [ ! -s "$tmp/empty.jsonl" ] || fail "an empty list: an empty output file"
ok "--files-from, -0, an empty list"

# --shard: N parts, disjoint, together the whole; each id where FNV-1a puts it
for n in 1 3 4; do
  for k in $(seq 1 $n); do
    "$docsift" -q --compact -j2 --shard "$k/$n" "$corpus" > "$tmp/shard-$k-of-$n.jsonl"
  done
  cat "$tmp"/shard-*-of-$n.jsonl > "$tmp/union.jsonl"
  "${compare[@]}" "$tmp/whole.jsonl" "$tmp/union.jsonl" > /dev/null || fail "--shard K/$n: the parts are not the whole"
done
"${PYTHON3:-python3}" - "$tmp" 4 <<'PY' || fail "--shard: a document not in the shard FNV-1a gives it"
import json, sys
tmp, n = sys.argv[1], int(sys.argv[2])
def fnv1a64(s):
    h = 0xcbf29ce484222325
    for b in s.encode("utf-8"):
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h
seen = set()
for k in range(1, n + 1):
    for line in open("%s/shard-%d-of-%d.jsonl" % (tmp, k, n), encoding="utf-8"):
        i = json.loads(line)["id"]
        assert i not in seen, "%s in two shards" % i
        seen.add(i)
        assert fnv1a64(i) % n == k - 1, "%s in shard %d, FNV-1a says %d" % (i, k, fnv1a64(i) % n + 1)
print("%d ids, each in the shard FNV-1a-64 %% %d gives" % (len(seen), n))
PY
# JSON Lines records shard by their own "id" (the file's name here), with --isolate too
"$docsift" -q --compact --shard 2/3 --isolate -j2 - < "$tmp/input.jsonl" > "$tmp/rec-2.jsonl"
"$docsift" -q --compact --shard 2/3 - < "$tmp/input.jsonl" > "$tmp/rec-2b.jsonl"
[ -s "$tmp/rec-2.jsonl" ] && cmp -s "$tmp/rec-2.jsonl" "$tmp/rec-2b.jsonl" || fail "--shard with --isolate"
"${PYTHON3:-python3}" -c '
import json, sys
ids = lambda p: sorted(json.loads(l)["id"] for l in open(p, encoding="utf-8"))
sys.exit(ids(sys.argv[1]) != ids(sys.argv[2]))' "$tmp/rec-2.jsonl" "$tmp/shard-2-of-3.jsonl" || fail "--shard: records are not in their files' shard"
for bad in 0/3 4/3 3 a/b 1/0; do
  if "$docsift" -q --shard "$bad" "$corpus" > /dev/null 2>&1; then fail "--shard $bad accepted"; fi
done
ok "--shard: disjoint parts, union the whole, stable hash, bad values refused"

# --output: complete file, or none
"$docsift" -q --output "$tmp/out.jsonl" "$corpus"
cmp -s "$tmp/whole.jsonl" "$tmp/out.jsonl" || fail "--output: not the records"
ls -A "$tmp" | grep -q '\.part$' && fail "--output left a temporary file"
# a job killed half-way: stdin held open, so the run cannot end by itself
for sig in TERM KILL; do
  rm -f "$tmp/killed.jsonl"
  mkfifo "$tmp/fifo-$sig"
  "$docsift" -q --compact --output "$tmp/killed.jsonl" - < "$tmp/fifo-$sig" &
  pid=$!
  exec 7> "$tmp/fifo-$sig"
  head -5 "$tmp/whole.jsonl" >&7
  sleep 1
  kill -$sig $pid
  wait $pid 2>/dev/null || true
  exec 7>&-
  [ ! -e "$tmp/killed.jsonl" ] || fail "SIG$sig: a half file under the output's name"
  if [ $sig = TERM ] && ls -A "$tmp" | grep -q '\.part$'; then fail "SIGTERM left the temporary file"; fi
  rm -f "$tmp"/.killed.jsonl.*.part
done
if "$docsift" -q --output "$tmp/no-such-dir/out.jsonl" "$corpus" 2> /dev/null; then fail "--output into a missing folder"; fi
ok "--output: renamed when complete, nothing under its name when killed (TERM, KILL) or failing"
