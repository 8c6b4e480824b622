#!/usr/bin/env bash
# Starts a new docsift plugin from the stats example: docs/new-plugin.sh NAME DIR
set -euo pipefail
if [ $# -ne 2 ] || ! [[ "$1" =~ ^[a-z0-9_]+$ ]]; then
  echo "usage: $0 NAME DIR   (NAME: lower-case letters, digits, _)" >&2
  exit 2
fi
name=$1
dir=$2
here=$(cd "$(dirname "$0")/.." && pwd)
if [ -e "$dir" ]; then
  echo "$0: $dir exists; not overwriting" >&2
  exit 1
fi
mkdir -p "$dir"
sed -e "s/\"stats\"/\"$name\"/g" -e "s/stats_/${name}_/g" -e "s/StatsState/State/g" \
  "$here/plugins/stats/stats.c" > "$dir/$name.c"
cat > "$dir/meson.build" <<MESON
project('docsift-$name', 'c', version : '0.1.0', default_options : ['c_std=c11'])
docsift = dependency('docsift')
shared_module('docsift-$name', '$name.c',
  name_prefix : '',
  dependencies : docsift,
  gnu_symbol_visibility : 'hidden',
  install : true,
  install_dir : docsift.get_variable(pkgconfig : 'pluginsdir'))
MESON
echo "created $dir/$name.c and $dir/meson.build"
echo "next: cd $dir && meson setup build && meson compile -C build && docsift --plugin-path build -p $name FILE"
