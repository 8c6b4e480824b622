/* cli-item.c: input items and their documents.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-item.h"
#include "ds-input.h"

#include <string.h>

CliItem *
cli_item_new (CliItemKind kind, char *data, gsize length, const char *id, const char *source)
{
  CliItem *item = g_new0 (CliItem, 1);
  item->kind = kind;
  item->data = data;
  item->length = length;
  item->id = g_strdup (id);
  item->source = g_strdup (source);
  return item;
}

void
cli_too_large_error (GError **error, const char *id, guint64 size, guint64 max)
{
  g_set_error (error, DS_INPUT_ERROR, DS_INPUT_ERROR_TOO_LARGE,
               "%s: %" G_GUINT64_FORMAT " bytes, over the limit of %" G_GUINT64_FORMAT
               " bytes per document (--max-doc-bytes)", id, size, max);
}

void
cli_item_free (CliItem *item)
{
  g_free (item->data);
  g_free (item->id);
  g_free (item->source);
  g_free (item);
}

DsDocument *
cli_item_to_document (CliItem *item, const char *encoding, gboolean lossy, GError **error)
{
  if (item->kind == CLI_ITEM_JSON)
    {
      g_autoptr(GError) local = NULL;
      DsDocument *doc = ds_document_new_from_json (item->data, (gssize) item->length, item->id,
                                                   item->source, &local);
      if (doc == NULL)
        g_set_error (error, DS_INPUT_ERROR, DS_INPUT_ERROR_JSON, "%s: %s", item->id, local->message);
      return doc;
    }

  /* Most input is plain UTF-8: keep the buffer that was read. */
  gsize n_cp;
  if (encoding == NULL && _ds_input_is_plain_utf8 (item->data, item->length, &n_cp))
    return _ds_document_new_counted (item->id, item->source, g_steal_pointer (&item->data), item->length, n_cp,
                                     "UTF-8");

  DsDecoded dec;
  if (!_ds_input_decode (item->source, item->data, item->length, encoding, lossy, &dec, error))
    return NULL;
  DsDocument *doc = ds_document_new (item->id, item->source, dec.text, dec.length, dec.encoding);
  doc->replaced_bytes = dec.replaced.bytes;
  G_STATIC_ASSERT (G_N_ELEMENTS (doc->replaced_at) == DS_REPLACED_AT_MAX);
  doc->n_replaced_at = dec.replaced.n_at;
  memcpy (doc->replaced_at, dec.replaced.at, sizeof doc->replaced_at);
  return doc;
}
