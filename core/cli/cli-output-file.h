/* cli-output-file.h: --output FILE. The records go to a temporary file
 * beside FILE (".FILE.XXXXXX.part", same folder, so the rename is atomic),
 * renamed to FILE only when the run wrote everything: a job that is
 * killed, or whose output failed, leaves no half-written FILE (SIGINT,
 * SIGTERM and SIGHUP also remove the temporary file; after
 * SIGKILL or a power cut the hidden .part file may stay).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

/* Creates the temporary file and makes it stdout. FALSE with @error. */
gboolean cli_output_file_open (const char *path, GError **error);

/* When @complete: flushes stdout, syncs and renames the temporary file to
 * its name; otherwise (or when that fails) removes it. Returns whether the
 * file is in place; nothing to do (TRUE) without cli_output_file_open(). */
gboolean cli_output_file_close (gboolean complete, GError **error);
