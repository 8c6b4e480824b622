/* golden-diff.h: a unified-style line diff for the golden-case driver.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>
#include <stdio.h>

/* The number (from 1) of the first line where @want and @got differ, or 0
 * if they are equal. */
guint golden_first_difference (const char *want, const char *got);

/* Writes to @out a diff of @want (the expected file) and @got in unified
 * style: "-" lines only expected, "+" lines only produced, two lines of
 * context, at most @max_lines lines of hunks. */
void golden_print_diff (FILE *out, const char *name, const char *want, const char *got, guint max_lines);
