/* cli-inputs.h: the inputs named on the command line, folders expanded.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "cli-filter.h"

typedef struct
{
  char *path;     /* NULL for stdin */
  char *display;  /* what messages and ids call it */
} CliInput;

void cli_input_free (CliInput *in);

/* What a walk found besides the inputs. */
typedef struct
{
  guint skipped;          /* files inside folders the filter left out */
  guint64 bytes;          /* size of all inputs, for the progress line */
  gboolean bytes_known;   /* FALSE when stdin or a non-regular file is read */
} CliInputStats;

/* Adds a CliInput to @inputs for each of @args ("-" is stdin; folders are
 * read recursively, names sorted, hidden ones skipped, each folder once,
 * symlinks to folders inside them only with @follow); none at all means
 * stdin. Folders that cannot be read add a message to @problems. */
void cli_inputs_collect (char **args, gboolean follow, GPtrArray *inputs, GPtrArray *problems);
/* The same, taking from folders only the files @filter accepts (the others
 * are counted in @stats->skipped), and adding up the inputs' sizes. */
void cli_inputs_collect_filtered (char **args, gboolean follow, const CliFilter *filter, GPtrArray *inputs,
                                  GPtrArray *problems, CliInputStats *stats);
