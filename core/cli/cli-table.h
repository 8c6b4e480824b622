/* cli-table.h: --format=csv and --format=tsv, one row per item of one
 * layer.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ds-pipeline.h"

typedef struct _CliTable CliTable;

/* @format is "csv" or "tsv"; @layer the layer to write; @fields the
 * comma-separated columns after id and source (NULL: the layer's default
 * columns from table-columns.txt). Fails when @layer has no default
 * columns and @fields is NULL. */
CliTable *cli_table_new (const char *format, const char *layer, const char *fields, GError **error);
void cli_table_free (CliTable *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliTable, cli_table_free)

/* The layer it shows. */
const char *cli_table_get_layer (const CliTable *table);

/* The header row. */
void cli_table_append_header (const CliTable *table, GString *out);
/* One row per item of the table's layer in @doc (none when it has no such
 * layer). Thread-safe: @table is only read. */
void cli_table_append_rows (const CliTable *table, DsDocument *doc, GString *out);

/* The layer a table shows by default: the last plugin of the comma-separated
 * @plugins list (the last one asked for). Free with g_free. */
char *cli_table_default_layer (const char *plugins);
