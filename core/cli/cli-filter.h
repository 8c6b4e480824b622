/* cli-filter.h: which files a folder walk takes (--include, --exclude).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

/* The default --include set: text and JSON Lines documents. README,
 * README.md, .tsv tables and images in a corpus folder are not documents. */
#define CLI_FILTER_DEFAULT_INCLUDE "*.txt,*.text,*.jsonl,*.ndjson,*.json"

typedef struct _CliFilter CliFilter;

/* @include: globs (NULL or empty: CLI_FILTER_DEFAULT_INCLUDE); @exclude:
 * globs (nullable). Each glob matches a file's base name (shell globs: *, ?;
 * a comma-separated list counts as several). */
CliFilter *cli_filter_new (const char *const *include, const char *const *exclude);
void cli_filter_free (CliFilter *filter);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliFilter, cli_filter_free)

/* Whether a file met in a folder walk, named @name (base name), is read. */
gboolean cli_filter_accepts (const CliFilter *filter, const char *name);
