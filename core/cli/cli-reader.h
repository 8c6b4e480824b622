/* cli-reader.h: cutting an input into items for the runner.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "cli-inputs.h"
#include "cli-run.h"

/* Adds @in to @run: a text file as one item (read by a worker), JSON Lines
 * (by name, or stdin starting with '{', or @input_format "jsonl") as one
 * item per non-blank line, other stdin as one text item. @input_format is
 * "auto", "text" or "jsonl". Input over the limits becomes an error record
 * (never held whole). */
typedef struct
{
  guint64 max_doc_bytes;  /* stdin text; 0: no limit */
  gsize max_line;         /* a JSON Lines record */
} CliLimits;

void cli_read_input (CliRun *run, const CliInput *in, const char *input_format, const CliLimits *limits);
