/* cli-inputs.h: the inputs named on the command line, folders expanded.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

typedef struct
{
  char *path;     /* NULL for stdin */
  char *display;  /* what messages and ids call it */
} CliInput;

void cli_input_free (CliInput *in);

/* Adds a CliInput to @inputs for each of @args ("-" is stdin; folders are
 * read recursively, names sorted, hidden ones skipped, each folder once,
 * symlinks to folders inside them only with @follow); none at all means
 * stdin. Folders that cannot be read add a message to @problems. */
void cli_inputs_collect (char **args, gboolean follow, GPtrArray *inputs, GPtrArray *problems);
