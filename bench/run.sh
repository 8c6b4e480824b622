#!/usr/bin/env bash
# Runs every benchmark: bench/run.sh [core|normalize|numbers|slogans|timeline]...
# Build with optimisation first: meson setup build --buildtype=release
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(core normalize numbers slogans timeline)
for n in "${names[@]}"; do
  if [ -x "$here/$n.sh" ] || [ -f "$here/$n.sh" ]; then
    echo "== $n"
    bash "$here/$n.sh"
  fi
done
