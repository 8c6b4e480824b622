#!/usr/bin/env bash
# test-install.sh: meson install into a temporary folder (DESTDIR), then use
# only what was installed: every man page through man -l with groff's
# warnings on (-ww), the installed docsift with no LD_LIBRARY_PATH, the
# installed bash completion, the installed docs, and a plugin written by the
# installed docsift-new-plugin, built against the installed docsift.pc,
# tested and loaded under umask 022 and 002 (issue 18). TAP.
# SPDX-License-Identifier: LGPL-2.1-or-later
set -u
. "$(dirname "$0")/tap.sh"
build=${DOCSIFT_BUILD_DIR:?}
src=${DOCSIFT_SOURCE_DIR:?}
prefix=${DOCSIFT_PREFIX:?}
libdir=${DOCSIFT_LIBDIR:?}       # relative to the prefix, e.g. lib/x86_64-linux-gnu
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
chmod 755 "$t"   # the plugin test below runs as another user

if ! meson install -C "$build" --no-rebuild --destdir "$t/dest" --quiet > "$t/install.log" 2>&1; then
  not_ok "meson install --destdir" "$(tail -5 "$t/install.log")"
  tap_end
fi
ok "meson install --destdir"
root=$t/dest$prefix
chmod -R a+rX "$t/dest"
plugins=$root/$libdir/docsift/plugins
unset LD_LIBRARY_PATH DOCSIFT_PLUGIN_PATH DOCSIFT_DATA_DIR
export DOCSIFT_PLUGIN_PATH=$plugins DOCSIFT_DATA_DIR=$root/share/docsift
docsift=$root/bin/docsift

# --- man pages
pages=$(ls "$root"/share/man/man1/*.1 "$root"/share/man/man7/*.7 2> /dev/null)
for want in man1/docsift.1 man1/docsift-summary.1 man1/docsift-report.1 man1/docsift-new-plugin.1 man7/docsift-plugins.7; do
  check "installed $want" test -s "$root/share/man/$want"
done
if command -v man > /dev/null; then
  for page in $pages; do
    name=$(basename "$page")
    out=$(LC_ALL=C.UTF-8 MANROFFOPT=-ww MANWIDTH=80 man -l "$page" 2> "$t/man.err")
    if [ -s "$t/man.err" ]; then not_ok "man -l $name: no groff warnings" "$(head -5 "$t/man.err")"
    elif ! grep -q "^NAME" <<< "$out"; then not_ok "man -l $name: renders" "no NAME section"
    else ok "man -l $name: renders, no groff -ww warnings"; fi
  done
  check "docsift(1) names the installed docs folder" grep -q "$prefix/share/doc/docsift" "$root/share/man/man1/docsift.1"
else
  skip "man -l" "man is not installed (.ci/install-deps installs man-db)"
fi

# --- the installed programs, no LD_LIBRARY_PATH
if command -v readelf > /dev/null; then
  bad=
  for so in "$plugins"/docsift-*.so; do
    readelf -d "$so" | grep -q 'RUNPATH.*\$ORIGIN' || bad="$bad $(basename "$so")"
  done
  if [ -z "$bad" ]; then ok "installed plugins have a RUNPATH"; else not_ok "installed plugins have a RUNPATH" "none in:$bad"; fi
fi
bad=
for so in "$plugins"/docsift-*.so; do
  lib=$(ldd "$so" | awk '/libdocsift/ { print $3 }')
  case $lib in
    "$t"/*) ;;
    *) bad="$bad $(basename "$so"):${lib:-not-found}" ;;
  esac
done
if [ -z "$bad" ]; then ok "installed plugins find the installed libdocsift.so"; else not_ok "installed plugins find the installed libdocsift.so" "ldd:$bad"; fi
"$docsift" plugins > "$t/plugins.out" 2>&1; st=$?
check "installed docsift plugins: status 0" test "$st" = 0
check "installed docsift plugins: none refused" bash -c "! grep -q REFUSED '$t/plugins.out'"
check "installed docsift plugins: the default set is marked" grep -q "^numbers .* default " "$t/plugins.out"
"$docsift" -q "$src/examples" > "$t/run.out" 2> "$t/run.err"; st=$?
if [ "$st" = 0 ]; then ok "installed docsift runs the default plugins"; else not_ok "installed docsift runs the default plugins" "status $st" "$(head -3 "$t/run.err")"; fi
check "one record per example" test "$(wc -l < "$t/run.out")" = "$(ls "$src"/examples/*.txt | wc -l)"
check "--help names the installed docs" grep -q "$prefix/share/doc/docsift" <("$docsift" --help)
check "docs installed" test -s "$root/share/doc/docsift/output-format.md" -a -s "$root/share/doc/docsift/writing-plugins.md" -a -s "$root/share/doc/docsift/plugins/numbers.md"

# --- the installed bash completion, with the installed docsift on PATH
comp=$root/share/bash-completion/completions/docsift
check "bash completion installed" test -s "$comp"
got=$(PATH=$root/bin:$PATH bash -c '. "$1"; COMP_WORDS=(docsift -p nu); COMP_CWORD=2; _docsift; echo "${COMPREPLY[*]}"' _ "$comp")
if [ "$got" = numbers ]; then ok "installed completion: docsift -p nu<TAB>"; else not_ok "installed completion: docsift -p nu<TAB>" "got: $got"; fi

# --- docsift-new-plugin: build, test, load, under a umask
# new_plugin UMASK HOME [COMMAND PREFIX...]: runs the quick-start in HOME
new_plugin () {
  local mask=$1 home=$2; shift 2
  "$@" env HOME="$home" PATH="$root/bin:$PATH" PKG_CONFIG_PATH="$root/$libdir/pkgconfig" \
    ${CC:+CC="$CC"} DOCSIFT_PLUGIN_PATH="$plugins" DOCSIFT_DATA_DIR="$root/share/docsift" \
    bash -c '
      set -e
      umask '"$mask"'
      cd "$HOME"
      docsift-new-plugin demo demo > /dev/null
      cd demo
      meson setup build '"${DOCSIFT_SANITIZE:+-Db_sanitize=$DOCSIFT_SANITIZE -Db_lundef=false}"' > setup.log 2>&1 || { cat setup.log; exit 1; }
      meson compile -C build > compile.log 2>&1 || { cat compile.log; exit 1; }
      meson test -C build > test.log 2>&1 || { cat test.log build/meson-logs/testlog.txt; exit 1; }
      stat -c %a build/docsift-demo.so > mode
      echo "今天天气很好。走！明天也会很好。" > a.txt
      docsift --plugin-path build -p demo -o demo.min_chars=4 a.txt > out.jsonl
      docsift --plugin-path build inspect demo > inspect.txt
    ' > "$home/log" 2>&1
}
check_plugin () {  # check_plugin LABEL HOME
  local label=$1 d=$2/demo
  check "$label: builds, its DsHarness test passes, docsift loads it" true
  check "$label: 2 sentences of 4+ characters" test "$(grep -o '"chars":' "$d/out.jsonl" | wc -l)" = 2
  check "$label: inspect lists its fields" grep -q '.layers.demo.items\[\].chars' "$d/inspect.txt"
  check "$label: its own description" grep -q "Sentences of at least min_chars" "$d/inspect.txt"
  check "$label: no leftovers of a template" bash -c "! grep -il -e stats -e template -e TODO -e LGPL '$d/demo.c' '$d/test-demo.c' '$d/meson.build'"
  check "$label: the numbers example is there" grep -q 'ds_view_codepoint_to_byte' "$d/demo.c"
}
mkdir "$t/h022"
if new_plugin 022 "$t/h022"; then check_plugin "umask 022" "$t/h022"
else not_ok "umask 022: new plugin builds, tests and loads" "$(tail -20 "$t/h022/log")"; fi

# umask 002 needs a per-user group: root's is not one, so as root run it as
# a user that has one (nss_wrapper gives a passwd and group entry).
nss=$(ls /usr/lib/*/libnss_wrapper.so /usr/lib/libnss_wrapper.so 2> /dev/null | head -1)
if [ "$(id -u)" = 0 ]; then
  if [ -z "$nss" ] || ! command -v setpriv > /dev/null; then
    skip "umask 002 as a user with a per-user group" "needs setpriv and libnss-wrapper (.ci/install-deps)"
    tap_end
  fi
  uid=4242
  mkdir "$t/h002"
  chown $uid:$uid "$t/h002"
  { echo "dsdemo:x:$uid:$uid:docsift test:$t/h002:/bin/sh"; cat /etc/passwd; } > "$t/passwd"
  { echo "dsdemo:x:$uid:"; cat /etc/group; } > "$t/group"
  runner=(setpriv --reuid=$uid --regid=$uid --clear-groups
          env LD_PRELOAD="${LD_PRELOAD:+$LD_PRELOAD }$nss" NSS_WRAPPER_PASSWD="$t/passwd" NSS_WRAPPER_GROUP="$t/group")
else
  user=$(id -un) group=$(id -gn)
  if [ "$user" != "$group" ] || [ -n "$(getent group "$group" | cut -d: -f4 | tr -d "$user,")" ]; then
    skip "umask 002" "your primary group $group is not your own per-user group"
    tap_end
  fi
  mkdir "$t/h002"
  runner=()
fi
if new_plugin 002 "$t/h002" "${runner[@]}"; then
  check "umask 002: the plugin file is group-writable (the umask took)" test "$(cat "$t/h002/demo/mode")" = 775
  check_plugin "umask 002" "$t/h002"
else
  not_ok "umask 002: new plugin builds, tests and loads" "$(tail -20 "$t/h002/log")"
fi
tap_end
