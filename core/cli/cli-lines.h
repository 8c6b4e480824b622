/* cli-lines.h: reading lines of bounded length. A line longer than the
 * limit is skipped (never held in memory whole) and reported.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>
#include <stdio.h>

typedef struct _CliLines CliLines;

CliLines *cli_lines_new (FILE *stream, gsize max_length);
void cli_lines_free (CliLines *lines);

/* The next line, without its '\n', in @line (owned by @lines, valid until
 * the next call). When it was longer than the limit, @line is empty and
 * @overlong is set to its length. Returns FALSE at the end of the stream
 * or on a read error (then errno is set and cli_lines_failed() is TRUE). */
gboolean cli_lines_next (CliLines *lines, GString **line, guint64 *overlong);
gboolean cli_lines_failed (CliLines *lines);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliLines, cli_lines_free)
