/* cli-commands.h: the `plugins` and `inspect` subcommands.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ds-config.h"
#include "ds-loader.h"

/* Lists every plugin found (and why any was refused) and the search path;
 * JSON with @json. Returns the exit status. */
int cli_cmd_plugins (DsRegistry *registry, gboolean json);

/* One plugin's description, options, inputs and outputs, and the data
 * files its init reads (it is initialized with @config's options). */
int cli_cmd_inspect (DsRegistry *registry, DsConfig *config, const char *name, gboolean json);
