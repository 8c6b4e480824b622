#!/usr/bin/env bash
# The reducer: docsift-summary --merge of partial summaries gives the
# summary of the whole (any split, order and grouping); a malformed line
# makes docsift-summary exit non-zero, naming how many and the first.
source "$(dirname "$0")/scale-lib.sh"

"$docsift" -q --compact -p timeline,slogans "$corpus" > "$tmp/all.jsonl"
"$summary" "$tmp/all.jsonl" > "$tmp/whole.json"
grep -q '"slogans":\[' "$tmp/whole.json" || fail "no summary"

# two halves by line (what GNU parallel --pipe does), each summarized
half=$(( $(wc -l < "$tmp/all.jsonl") / 2 ))
head -n "$half" "$tmp/all.jsonl" > "$tmp/a.jsonl"
tail -n +"$((half + 1))" "$tmp/all.jsonl" > "$tmp/b.jsonl"
"$summary" "$tmp/a.jsonl" > "$tmp/a.json"
"$summary" "$tmp/b.jsonl" > "$tmp/b.json"
cmp -s "$tmp/a.json" "$tmp/whole.json" && fail "a half summarized like the whole: the test proves nothing"
"$summary" --merge "$tmp/a.json" "$tmp/b.json" > "$tmp/merged.json"
cmp "$tmp/whole.json" "$tmp/merged.json" || fail "two partial summaries merged differ from the summary of the whole"
"$summary" --merge "$tmp/b.json" "$tmp/a.json" | cmp -s - "$tmp/whole.json" || fail "--merge depends on the order"
ok "two partial summaries merged = the summary of the whole, in either order"

# three shards, merged in groups (a combiner, then the reducer), one line each via stdin
for k in 1 2 3; do
  "$docsift" -q --compact --shard "$k/3" - < "$tmp/all.jsonl" | "$summary" --compact > "$tmp/s$k.json"
  [ "$(wc -l < "$tmp/s$k.json")" -eq 1 ] || fail "--compact: not one line"
done
"$summary" --merge --compact "$tmp/s1.json" "$tmp/s3.json" > "$tmp/s13.json"
cat "$tmp/s2.json" "$tmp/s13.json" | "$summary" --merge | cmp -s - "$tmp/whole.json" || fail "merge of merges (stdin, compact)"
"$summary" --format=table --merge "$tmp/s1.json" "$tmp/s2.json" "$tmp/s3.json" > "$tmp/m.txt"
"$summary" --format=table "$tmp/all.jsonl" | cmp -s - "$tmp/m.txt" || fail "--merge --format=table"
ok "shards: combiner then reducer, stdin, --compact, table"

# a malformed line: counted, the first named, exit status 1; --skip-bad accepts it
{ head -n 3 "$tmp/all.jsonl"; head -c 200 "$tmp/all.jsonl" | head -n 1; echo; tail -n 2 "$tmp/all.jsonl"; echo 'not json'; } > "$tmp/bad.jsonl"
status=0; "$summary" "$tmp/bad.jsonl" > /dev/null 2> "$tmp/err" || status=$?
[ $status -ne 0 ] || fail "docsift-summary exited 0 after skipping malformed lines"
grep -q "2 malformed lines skipped, the first at $tmp/bad.jsonl:4" "$tmp/err" || { cat "$tmp/err"; fail "the count and first bad line are not named"; }
"$summary" --skip-bad "$tmp/bad.jsonl" > /dev/null 2>&1 || fail "--skip-bad: exit non-zero"
ok "malformed lines: exit $status with the count and the first line; --skip-bad exits 0"

# a line nested 100,000 deep (json-glib recurses per level: it would
# overflow the stack) is a malformed line, in records and in --merge
python3 -c 'print("{\"x\":" + "[" * 100000 + "]" * 100000 + "}")' > "$tmp/deep.json"
{ head -n 2 "$tmp/all.jsonl"; cat "$tmp/deep.json"; } > "$tmp/deep.jsonl"
status=0; "$summary" "$tmp/deep.jsonl" > /dev/null 2> "$tmp/err" || status=$?
[ $status -eq 1 ] || { cat "$tmp/err"; fail "deep line: exit $status, not 1"; }
grep -q "deep.jsonl:3: nested deeper than 512 levels" "$tmp/err" || { cat "$tmp/err"; fail "deep line not named"; }
status=0; cat "$tmp/whole.json" "$tmp/deep.json" | "$summary" --merge > /dev/null 2> "$tmp/err" || status=$?
[ $status -eq 1 ] || { cat "$tmp/err"; fail "--merge of a deep value: exit $status, not 1"; }
grep -q "nested deeper than 512 levels" "$tmp/err" || { cat "$tmp/err"; fail "--merge: deep value not named"; }
ok "a line nested 100,000 deep: reported with its line, exit 1 (records and --merge)"

# --merge refuses what is not a summary (a docsift record, a cut summary)
status=0; head -n 1 "$tmp/all.jsonl" | "$summary" --merge > /dev/null 2>&1 || status=$?
[ $status -ne 0 ] || fail "--merge took a docsift record for a summary"
status=0; head -c 100 "$tmp/whole.json" | "$summary" --merge > /dev/null 2>&1 || status=$?
[ $status -ne 0 ] || fail "--merge took a cut summary"
ok "--merge refuses records and cut summaries"
