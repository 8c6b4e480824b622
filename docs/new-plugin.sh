#!/bin/sh
# Starts a new docsift plugin: docs/new-plugin.sh NAME DIR. The same as the
# installed docsift-new-plugin (core/tools/docsift-new-plugin, docsift-new-plugin(1)).
exec "$(dirname "$0")/../core/tools/docsift-new-plugin" "$@"
