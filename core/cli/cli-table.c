/* cli-table.c: --format=csv and --format=tsv.
 *
 * One row per item of one layer, after a header row: the document's `id`
 * and `source`, then the columns (--fields, else the layer's list in
 * table-columns.txt). Nested objects are flattened with `_` (period.from
 * is period_from), arrays are written as JSON, null and absent members as
 * an empty cell, numbers as docsift's JSON writer writes them. Fields are
 * quoted as RFC 4180 says: a field holding the separator, a quote, CR or LF
 * (or starting or ending with a space) is put in double quotes, and quotes
 * inside are doubled. CSV rows end with CRLF (RFC 4180), TSV rows with LF;
 * both are UTF-8 without a BOM.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-table.h"

#include <string.h>

struct _CliTable
{
  char sep;
  const char *eol;
  char *layer;
  GPtrArray *columns;  /* char*, after id and source */
};

void
cli_table_free (CliTable *table)
{
  if (table == NULL)
    return;
  g_free (table->layer);
  g_ptr_array_unref (table->columns);
  g_free (table);
}

char *
cli_table_default_layer (const char *plugins)
{
  g_auto(GStrv) names = g_strsplit (plugins ? plugins : "", ",", -1);
  for (gint i = (gint) g_strv_length (names) - 1; i >= 0; i--)
    {
      g_strstrip (names[i]);
      if (*names[i])
        return g_strdup (names[i]);
    }
  return NULL;
}

static gboolean
load_default_columns (CliTable *table, GError **error)
{
  /* the data folders plugins use ($DOCSIFT_DATA_DIR, the user's config
   * folder, the installed one); the lookup does not need a plugin */
  g_autofree char *path = ds_plugin_context_find_data_file (NULL, "table-columns.txt");
  if (path == NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                   "table-columns.txt not found in the data folders: give the columns with --fields");
      return FALSE;
    }
  g_autoptr(DsWordLists) lists = ds_word_lists_load (path, error);
  if (lists == NULL)
    return FALSE;
  guint n = 0;
  const char *const *words = ds_word_lists_get_words (lists, table->layer, &n);
  if (words == NULL || n == 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                   "no default columns for layer \"%s\" in %s: give them with --fields a,b,c", table->layer, path);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (table->columns, g_strdup (words[i]));
  return TRUE;
}

CliTable *
cli_table_new (const char *format, const char *layer, const char *fields, GError **error)
{
  g_autoptr(CliTable) table = g_new0 (CliTable, 1);
  table->sep = g_str_equal (format, "tsv") ? '\t' : ',';
  table->eol = g_str_equal (format, "tsv") ? "\n" : "\r\n";
  table->layer = g_strdup (layer);
  table->columns = g_ptr_array_new_with_free_func (g_free);
  if (layer == NULL || *layer == '\0')
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "no layer to write: give --table LAYER");
      return NULL;
    }
  if (fields == NULL)
    return load_default_columns (table, error) ? g_steal_pointer (&table) : NULL;
  g_auto(GStrv) names = g_strsplit (fields, ",", -1);
  for (guint i = 0; names[i]; i++)
    {
      g_strstrip (names[i]);
      if (*names[i] && !g_str_equal (names[i], "id") && !g_str_equal (names[i], "source"))
        g_ptr_array_add (table->columns, g_strdup (names[i]));
    }
  if (table->columns->len == 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "--fields names no column");
      return NULL;
    }
  return g_steal_pointer (&table);
}

const char *
cli_table_get_layer (const CliTable *table)
{
  return table->layer;
}

/* Appends @field quoted when it must be. */
static void
append_field (const CliTable *table, GString *out, const char *field, gsize len)
{
  gboolean quote = len > 0 && (field[0] == ' ' || field[len - 1] == ' ');
  for (gsize i = 0; i < len && !quote; i++)
    quote = field[i] == table->sep || field[i] == '"' || field[i] == '\n' || field[i] == '\r';
  if (!quote)
    {
      g_string_append_len (out, field, (gssize) len);
      return;
    }
  g_string_append_c (out, '"');
  for (gsize i = 0; i < len; i++)
    {
      if (field[i] == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, field[i]);
    }
  g_string_append_c (out, '"');
}

void
cli_table_append_header (const CliTable *table, GString *out)
{
  g_string_append (out, "id");
  g_string_append_c (out, table->sep);
  g_string_append (out, "source");
  for (guint i = 0; i < table->columns->len; i++)
    {
      const char *c = g_ptr_array_index (table->columns, i);
      g_string_append_c (out, table->sep);
      append_field (table, out, c, strlen (c));
    }
  g_string_append (out, table->eol);
}

/* Flattens @object into @cells: name (with @prefix) -> node. */
static void
flatten (JsonObject *object, const char *prefix, GHashTable *cells)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    {
      char *key = prefix ? g_strconcat (prefix, "_", name, NULL) : g_strdup (name);
      if (JSON_NODE_HOLDS_OBJECT (node))
        {
          flatten (json_node_get_object (node), key, cells);
          g_free (key);
        }
      else
        g_hash_table_replace (cells, key, node);
    }
}

static void
append_cell (const CliTable *table, GString *out, JsonNode *node, GString *scratch)
{
  g_string_truncate (scratch, 0);
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *s = json_node_get_string (node);
      append_field (table, out, s, strlen (s));
      return;
    }
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    g_string_append (scratch, json_node_get_boolean (node) ? "true" : "false");
  else
    ds_json_append_node (scratch, node, FALSE, 0); /* numbers exactly; arrays as JSON */
  append_field (table, out, scratch->str, scratch->len);
}

void
cli_table_append_rows (const CliTable *table, DsDocument *doc, GString *out)
{
  DsLayer *layer = ds_document_get_layer (doc, table->layer);
  if (layer == NULL)
    return;
  JsonArray *items = ds_layer_get_items (layer);
  const char *id = ds_document_get_id (doc), *source = ds_document_get_source (doc);
  g_autoptr(GString) scratch = g_string_new (NULL);
  g_autoptr(GHashTable) cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *item = json_array_get_element (items, i);
      g_hash_table_remove_all (cells);
      if (JSON_NODE_HOLDS_OBJECT (item))
        flatten (json_node_get_object (item), NULL, cells);
      append_field (table, out, id, strlen (id));
      g_string_append_c (out, table->sep);
      append_field (table, out, source, strlen (source));
      for (guint c = 0; c < table->columns->len; c++)
        {
          g_string_append_c (out, table->sep);
          append_cell (table, out, g_hash_table_lookup (cells, g_ptr_array_index (table->columns, c)), scratch);
        }
      g_string_append (out, table->eol);
    }
}
