#!/usr/bin/env bash
# test-unix.sh: docsift's Unix manners (issue 18), through the built docsift:
# a closed output pipe, text-only folder walks, a config typo, the exit-status
# table and options of --help in the man pages and the README, bash
# completion of plugin names and -o keys. TAP.
# SPDX-License-Identifier: LGPL-2.1-or-later
set -u
. "$(dirname "$0")/tap.sh"
src=${DOCSIFT_SOURCE_DIR:?}
docsift=${DOCSIFT_BIN:?}
summary=${DOCSIFT_SUMMARY_BIN:?}
report=${DOCSIFT_REPORT_BIN:?}
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT

# --- a closed pipe: `docsift … | head -c 10` ends quietly, status 4
mkdir "$t/many"
for i in $(seq 1 200); do printf '第%s篇：今年产值增长了百分之十二。\n' "$i" > "$t/many/$i.txt"; done
{ "$docsift" -p stats -j 2 "$t/many" 2> "$t/pipe.err"; echo $? > "$t/pipe.status"; } | head -c 10 > "$t/pipe.out"
check "head -c 10 gets 10 bytes" test "$(wc -c < "$t/pipe.out")" -eq 10
check "closed pipe: status 4 (documented)" test "$(cat "$t/pipe.status")" = 4
if [ -s "$t/pipe.err" ]; then not_ok "closed pipe: no message" "stderr: $(cat "$t/pipe.err")"; else ok "closed pipe: no message"; fi
check "the help documents the closed pipe's status" grep -q "a closed pipe (docsift ... | head) stops the run" <("$docsift" --help)

# --- folder walks take text-like files; a README and a .jpg are skipped and counted
mkdir -p "$t/corpus/img"
printf '第一篇。\n' > "$t/corpus/a.txt"
printf '{"id":"b","text":"第二篇。"}\n' > "$t/corpus/b.jsonl"
printf 'About this corpus.\n' > "$t/corpus/README"
printf '\xff\xd8\xff\xe0\x00\x10JFIF\x00' > "$t/corpus/img/photo.jpg"
"$docsift" -p stats "$t/corpus" > "$t/walk.out" 2> "$t/walk.err"; st=$?
check "walk: status 0 (a skipped file is no error)" test "$st" = 0
check "walk: 2 documents (a.txt, b.jsonl)" test "$(wc -l < "$t/walk.out")" = 2
check "walk: README and photo.jpg not read" bash -c "! grep -q -e README -e photo.jpg '$t/walk.out'"
check "walk: 2 skipped files counted on stderr" grep -q "skipped 2 files in folders" "$t/walk.err"
"$docsift" -p stats -q "$t/corpus" 2> "$t/walk-q.err" > /dev/null
check "walk: -q says nothing" test ! -s "$t/walk-q.err"
"$docsift" -p stats --include 'README' --include '*.txt' "$t/corpus" > "$t/inc.out" 2> "$t/inc.err"
check "--include README,*.txt: 2 documents" test "$(wc -l < "$t/inc.out")" = 2
check "--include: README read" grep -q '"id":"[^"]*README"' "$t/inc.out"
"$docsift" -p stats --exclude '*.jsonl' "$t/corpus" > "$t/exc.out" 2> /dev/null
check "--exclude *.jsonl: 1 document" test "$(wc -l < "$t/exc.out")" = 1
"$docsift" -p stats "$t/corpus/README" > "$t/named.out" 2> /dev/null
check "a file named on the command line is read whatever its name" test "$(wc -l < "$t/named.out")" = 1

# --- a config typo is a set-up error (3), the same key with -o a usage error (2)
printf '[stats]\nsentencs=true\n' > "$t/typo.conf"
echo '一句。' | "$docsift" -p stats --config "$t/typo.conf" > /dev/null 2> "$t/typo.err"; st=$?
check "config typo: status 3" test "$st" = 3
check "config typo: names the key" grep -q sentencs "$t/typo.err"
echo '一句。' | "$docsift" -p stats -o stats.sentencs=true > /dev/null 2>&1; st=$?
check "-o typo: status 2" test "$st" = 2

# --- one exit-status table: --help, docsift(1), README
"$docsift" --help | sed -n '/^Exit status:/,/^$/p' | sed '/^$/d' > "$t/table"
check "--help has an exit-status table" test "$(wc -l < "$t/table")" -ge 6
missing_man= missing_readme=
while IFS= read -r line; do
  grep -qxF -- "$line" "$src/docs/man/docsift.1.scd" || missing_man="$missing_man|$line"
  grep -qxF -- "    $line" "$src/README.md" || missing_readme="$missing_readme|$line"
done < "$t/table"
if [ -z "$missing_man" ]; then ok "exit table: docsift(1) has every line"; else not_ok "exit table: docsift(1) has every line" "missing: $missing_man"; fi
if [ -z "$missing_readme" ]; then ok "exit table: README has every line"; else not_ok "exit table: README has every line" "missing: $missing_readme"; fi

# --- every option of --help is in the man page (they cannot drift apart)
for pair in "$docsift:docsift.1" "$summary:docsift-summary.1" "$report:docsift-report.1"; do
  prog=${pair%%:*} page=$src/docs/man/${pair##*:}.scd
  missing=
  for opt in $("$prog" --help | grep -Eo -- '^  +(-[A-Za-z], )?--[a-z][a-z-]*' | grep -Eo -- '--[a-z-]+'); do
    grep -qF -- "*$opt*" "$page" || missing="$missing $opt"
  done
  if [ -z "$missing" ]; then ok "$(basename "$page"): every option of --help"; else not_ok "$(basename "$page"): every option of --help" "missing:$missing"; fi
done
for prog in "$summary" "$report"; do
  check "$(basename "$prog") --version" grep -q "^$(basename "$prog") [0-9]" <("$prog" --version)
done

# --- bash completion: docsift -p nu<TAB>, -o keys, subcommands, options
complete_words () {  # complete_words WORD...: what the completion offers for the last word
  COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _docsift
  printf '%s\n' "${COMPREPLY[@]}" | sort
}
if [ -r /usr/share/bash-completion/bash_completion ]; then
  # with bash-completion's own helpers (_init_completion), as in a shell
  . /usr/share/bash-completion/bash_completion 2> /dev/null
fi
. "$src/core/tools/docsift.bash-completion"
dir=$(dirname "$docsift")
PATH=$dir:$PATH
check "completion: registered for docsift" bash -c "complete -p docsift 2>/dev/null | grep -q _docsift || true"
got=$(complete_words docsift -p nu)
if [ "$got" = numbers ]; then ok "completion: docsift -p nu<TAB> gives numbers"; else not_ok "completion: docsift -p nu<TAB> gives numbers" "got: $got"; fi
got=$(complete_words docsift -p normalize,ti)
if [ "$got" = normalize,timeline ]; then ok "completion: -p normalize,ti<TAB>"; else not_ok "completion: -p normalize,ti<TAB>" "got: $got"; fi
got=$(complete_words docsift -o stats.)
if [ "$got" = stats.sentences= ]; then ok "completion: -o stats.<TAB> gives its keys"; else not_ok "completion: -o stats.<TAB> gives its keys" "got: $got"; fi
got=$(complete_words docsift -o sl | head -1)
if [ "$got" = slogans. ]; then ok "completion: -o sl<TAB> gives slogans."; else not_ok "completion: -o sl<TAB> gives slogans." "got: $got"; fi
got=$(complete_words docsift insp)
if [ "$got" = inspect ]; then ok "completion: subcommand"; else not_ok "completion: subcommand" "got: $got"; fi
got=$(complete_words docsift inspect st)
if [ "$got" = stats ]; then ok "completion: inspect st<TAB>"; else not_ok "completion: inspect st<TAB>" "got: $got"; fi
got=$(complete_words docsift --inc)
if [ "$got" = --include ]; then ok "completion: --inc<TAB> (options from --help)"; else not_ok "completion: --inc<TAB>" "got: $got"; fi
tap_end
