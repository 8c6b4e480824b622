/* cli-commands.h: the `plugins` and `inspect` subcommands.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ds-loader.h"

/* Lists every plugin found (and why any was refused) and the search path;
 * JSON with @json. Returns the exit status. */
int cli_cmd_plugins (DsRegistry *registry, const char *default_names, gboolean json);

/* One plugin's description, options, inputs and outputs, and the data
 * files its descriptor declares, with the paths they resolve to. */
int cli_cmd_inspect (DsRegistry *registry, const char *name, gboolean json);
