/* cli-process.c: processing one input item.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-process.h"
#include "cli-crash.h"
#include "cli-error-record.h"
#include "cli-render.h"
#include "ds-input.h"

#include <glib/gstdio.h>

void
cli_result_add_error (const CliProcessor *p, CliResult *result, const char *id, const char *source,
                      const char *plugin, JsonObject *extra, const GError *error)
{
  result->n_failed++;
  g_string_append_printf (result->problems, "%s\n", error->message);
  if (p->table == NULL) /* a table has no row for it: stderr says it */
    cli_error_record_append (result->out, id, source, plugin, extra, error, p->text_format,
                           (p->flags & DS_JSON_PRETTY) != 0);
}

/* --max-doc-bytes: a file is refused before it is read, a JSON Lines
 * record by the size of its "text". */
static gboolean
check_file_size (const CliProcessor *p, CliItem *item, GError **error)
{
  GStatBuf st;
  if (p->max_doc_bytes == 0 || g_stat (item->source, &st) != 0 || (guint64) st.st_size <= p->max_doc_bytes)
    return TRUE;
  cli_too_large_error (error, item->id, (guint64) st.st_size, p->max_doc_bytes);
  return FALSE;
}

static gboolean
check_text_size (const CliProcessor *p, DsDocument *doc, GError **error)
{
  gsize length;
  ds_document_get_text (doc, &length);
  if (p->max_doc_bytes == 0 || length <= p->max_doc_bytes)
    return TRUE;
  cli_too_large_error (error, ds_document_get_id (doc), length, p->max_doc_bytes);
  return FALSE;
}

void
cli_process_item (const CliProcessor *p, CliItem *item, CliResult *result)
{
  g_autoptr(GError) error = NULL;
  cli_crash_note_document (item->id);
  /* a file's, stdin's or an unreadable input's id is known now; a JSON
   * record's once it is parsed (its "id", or the item's when it has none
   * or does not parse) */
  if (item->kind != CLI_ITEM_JSON && !cli_shard_keeps (&p->shard, item->id))
    {
      result->n_skipped++;
      return;
    }

  if (item->kind == CLI_ITEM_ERROR)
    {
      error = g_error_new_literal (DS_INPUT_ERROR, item->code, item->data);
      cli_result_add_error (p, result, item->id, item->source, "docsift", NULL, error);
      return;
    }
  if (item->kind == CLI_ITEM_FILE)
    {
      if (!check_file_size (p, item, &error) ||
          !g_file_get_contents (item->source, &item->data, &item->length, &error))
        {
          cli_result_add_error (p, result, item->id, item->source, "docsift", NULL, error);
          return;
        }
      result->bytes += item->length;
    }
  g_autoptr(DsDocument) doc = cli_item_to_document (item, p->encoding, p->lossy, &error);
  if (doc != NULL && !check_text_size (p, doc, &error))
    g_clear_pointer (&doc, ds_document_free);
  if (item->kind == CLI_ITEM_JSON && !cli_shard_keeps (&p->shard, doc ? ds_document_get_id (doc) : item->id))
    {
      result->n_skipped++;
      return;
    }
  if (doc == NULL)
    {
      cli_result_add_error (p, result, item->id, item->source, "docsift", NULL, error);
      return;
    }
  /* the raw bytes are not needed any more */
  g_clear_pointer (&item->data, g_free);

  if (!_ds_pipeline_process (p->pipeline, doc, &error))
    {
      result->n_failed++;
      g_string_append_printf (result->problems, "%s: %s\n", ds_document_get_source (doc), error->message);
    }
  if (p->table)
    cli_table_append_rows (p->table, doc, result->out);
  else if (p->text_format)
    cli_render_text (p->pipeline, doc, result->out);
  else
    {
      gsize text_length;
      ds_document_get_text (doc, &text_length);
      _ds_string_reserve (result->out, 2 * text_length + 4096);
      ds_document_to_json (doc, result->out, p->flags);
      g_string_append_c (result->out, '\n');
    }
}
