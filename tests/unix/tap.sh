# tap.sh: a few TAP helpers for the shell tests of tests/unix (sourced).
# SPDX-License-Identifier: LGPL-2.1-or-later
tap_n=0
tap_failed=0
ok () { tap_n=$((tap_n + 1)); echo "ok $tap_n - $1"; }
not_ok () { tap_n=$((tap_n + 1)); tap_failed=1; echo "not ok $tap_n - $1"; shift; for l in "$@"; do echo "# $l"; done; }
skip () { tap_n=$((tap_n + 1)); echo "ok $tap_n - $1 # SKIP $2"; }
# check NAME COMMAND...: ok when COMMAND succeeds
check () { local name=$1; shift; if "$@"; then ok "$name"; else not_ok "$name" "failed: $*"; fi; }
tap_end () { echo "1..$tap_n"; exit $tap_failed; }
