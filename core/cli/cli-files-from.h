/* cli-files-from.h: --files-from FILE (-0): the inputs listed in a file.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

/* Appends to @args (a GPtrArray of char*, owned) each name listed in @path
 * ("-": stdin), one per line, or NUL-separated when @nul (as `find
 * -print0` writes them). Empty names are skipped; a name is taken byte for
 * byte (only the separator is removed, and a CR before it in line mode).
 * FALSE with @error when the list cannot be read. */
gboolean cli_files_from_read (const char *path, gboolean nul, GPtrArray *args, GError **error);
