/* cli-progress.h: the progress line on stderr.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

typedef struct
{
  guint docs;
  guint failed;
  guint64 bytes;        /* input bytes done */
  guint64 total_bytes;  /* all input bytes; 0: unknown (stdin) */
  double seconds;       /* since the start */
} CliProgress;

/* "docsift: 12 documents (1 failed), 3.4 MB of 10.2 MB (33%), 2.1 MB/s, 0:03 left";
 * without the total (stdin): "docsift: 1 document, 812 B, 2.1 MB/s". */
char *cli_progress_line (const CliProgress *p);
