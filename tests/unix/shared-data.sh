#!/bin/sh
# shared-data.sh: says whether the shared corpus, specifications and answer
# key are there, so that a run without them shows up as SKIP in `meson test`
# (the subtests that need them skip inside otherwise passing programs).
# DOCSIFT_SHARED_DIR from the environment wins over ../shared.
# SPDX-License-Identifier: LGPL-2.1-or-later
shared=${DOCSIFT_SHARED_DIR:-${DOCSIFT_SHARED_DIR_DEFAULT:?}}
missing=
for p in corpus/docs corpus/docs_manifest.tsv eval/gold specs/recognizers-text specs/opencc/testcases.json; do
  [ -e "$shared/$p" ] || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "SKIP: not in $shared:$missing; the subtests that read them skip (DOCSIFT_SHARED_DIR points elsewhere)"
  exit 77
fi
echo "shared data: $shared"
