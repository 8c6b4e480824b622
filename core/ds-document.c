/* ds-document.c: the shared document model.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h"

G_DEFINE_QUARK (ds-document-error-quark, ds_document_error)

DsDocument *
ds_document_new (const char *id, const char *source, char *text, gsize length, const char *encoding)
{
  return _ds_document_new_counted (id, source, text, length, G_MAXSIZE, encoding);
}

DsDocument *
_ds_document_new_counted (const char *id, const char *source, char *text, gsize length,
                          gsize n_codepoints, const char *encoding)
{
  g_return_val_if_fail (id != NULL && text != NULL, NULL);

  DsDocument *doc = g_new0 (DsDocument, 1);
  doc->id = g_strdup (id);
  doc->source = g_strdup (source ? source : id);
  doc->encoding = g_strdup (encoding ? encoding : "UTF-8");
  doc->original = _ds_view_new ("original", text, length, NULL, n_codepoints);
  doc->meta = json_object_new ();
  doc->views = g_ptr_array_new_with_free_func ((GDestroyNotify) _ds_view_free);
  doc->layers = g_ptr_array_new_with_free_func ((GDestroyNotify) _ds_layer_free);
  doc->errors = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  return doc;
}

void
ds_document_free (DsDocument *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->id);
  g_free (doc->source);
  g_free (doc->encoding);
  _ds_view_free (doc->original);
  json_object_unref (doc->meta);
  g_ptr_array_unref (doc->views);
  g_ptr_array_unref (doc->layers);
  g_ptr_array_unref (doc->errors);
  g_free (doc);
}

const char *
ds_document_get_id (const DsDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);
  return doc->id;
}

const char *
ds_document_get_source (const DsDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);
  return doc->source;
}

const char *
ds_document_get_encoding (const DsDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);
  return doc->encoding;
}

const char *
ds_document_get_text (const DsDocument *doc, gsize *length)
{
  g_return_val_if_fail (doc != NULL, NULL);
  return ds_view_get_text (doc->original, length);
}

DsView *
ds_document_get_original (DsDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);
  return doc->original;
}

JsonObject *
ds_document_get_meta (DsDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);
  return doc->meta;
}

const char *
ds_document_get_meta_string (DsDocument *doc, const char *key)
{
  g_return_val_if_fail (doc != NULL && key != NULL, NULL);
  JsonNode *node = json_object_get_member (doc->meta, key);
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

void
ds_document_set_meta_string (DsDocument *doc, const char *key, const char *value)
{
  g_return_if_fail (doc != NULL && key != NULL);
  if (value == NULL)
    json_object_remove_member (doc->meta, key);
  else
    json_object_set_string_member (doc->meta, key, value);
}

DsView *
ds_document_get_view (DsDocument *doc, const char *name)
{
  g_return_val_if_fail (doc != NULL && name != NULL, NULL);
  if (g_str_equal (name, "original"))
    return doc->original;
  for (guint i = 0; i < doc->views->len; i++)
    {
      DsView *view = g_ptr_array_index (doc->views, i);
      if (g_str_equal (view->name, name))
        return view;
    }
  return NULL;
}

DsView *
ds_document_get_view_or_original (DsDocument *doc, const char *name)
{
  DsView *view = ds_document_get_view (doc, name);
  return view ? view : doc->original;
}

DsView *
ds_document_add_view (DsDocument *doc,
                      const char *name,
                      char *text,
                      gsize length,
                      DsOffsetMap *map,
                      GError **error)
{
  g_autofree char *owned_text = text;
  g_autoptr(DsOffsetMap) owned_map = map;

  g_return_val_if_fail (doc != NULL && name != NULL && text != NULL && map != NULL, NULL);

  if (g_str_equal (name, "original"))
    {
      g_set_error (error, DS_DOCUMENT_ERROR, DS_DOCUMENT_ERROR_BAD_VIEW,
                   "a view cannot be called \"original\"");
      return NULL;
    }
  gsize n_cp;
  if (!_ds_utf8_validate_count (text, length, &n_cp))
    {
      const char *bad = NULL;
      g_utf8_validate_len (text, length, &bad);
      g_set_error (error, DS_DOCUMENT_ERROR, DS_DOCUMENT_ERROR_BAD_VIEW,
                   "view \"%s\" is not valid UTF-8 at byte %" G_GSIZE_FORMAT,
                   name, (gsize) (bad - text));
      return NULL;
    }
  if (map->view_total != n_cp || map->orig_total != doc->original->n_codepoints)
    {
      g_set_error (error, DS_DOCUMENT_ERROR, DS_DOCUMENT_ERROR_BAD_MAP,
                   "offset map of view \"%s\" covers %" G_GSIZE_FORMAT " view and %" G_GSIZE_FORMAT
                   " original code points, but the view has %" G_GSIZE_FORMAT
                   " and the original %" G_GSIZE_FORMAT,
                   name, map->view_total, map->orig_total, n_cp, doc->original->n_codepoints);
      return NULL;
    }

  DsView *view = _ds_view_new (name, g_steal_pointer (&owned_text), length, g_steal_pointer (&owned_map), n_cp);
  for (guint i = 0; i < doc->views->len; i++)
    {
      DsView *old = g_ptr_array_index (doc->views, i);
      if (g_str_equal (old->name, name))
        {
          _ds_view_free (old);
          doc->views->pdata[i] = view;
          return view;
        }
    }
  g_ptr_array_add (doc->views, view);
  return view;
}

GPtrArray *
ds_document_get_view_names (DsDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);
  GPtrArray *names = g_ptr_array_new ();
  for (guint i = 0; i < doc->views->len; i++)
    g_ptr_array_add (names, ((DsView *) g_ptr_array_index (doc->views, i))->name);
  return names;
}

static gint
layer_index (DsDocument *doc, const char *name)
{
  for (guint i = 0; i < doc->layers->len; i++)
    if (g_str_equal (((DsLayer *) g_ptr_array_index (doc->layers, i))->name, name))
      return (gint) i;
  return -1;
}

static DsLayer *
put_layer (DsDocument *doc, DsLayer *layer)
{
  gint i = layer_index (doc, layer->name);
  if (i >= 0)
    {
      _ds_layer_free (g_ptr_array_index (doc->layers, i));
      doc->layers->pdata[i] = layer;
    }
  else
    g_ptr_array_add (doc->layers, layer);
  return layer;
}

DsLayer *
ds_document_add_layer (DsDocument *doc, const char *name)
{
  g_return_val_if_fail (doc != NULL && name != NULL, NULL);
  return put_layer (doc, _ds_layer_new (doc, name, doc->current_plugin, doc->current_version));
}

DsLayer *
_ds_document_put_layer_object (DsDocument *doc, const char *name, JsonObject *object)
{
  return put_layer (doc, _ds_layer_new_from_object (doc, name, object));
}

DsLayer *
ds_document_get_layer (DsDocument *doc, const char *name)
{
  g_return_val_if_fail (doc != NULL && name != NULL, NULL);
  gint i = layer_index (doc, name);
  return i >= 0 ? g_ptr_array_index (doc->layers, i) : NULL;
}

GPtrArray *
ds_document_get_layer_names (DsDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);
  GPtrArray *names = g_ptr_array_new ();
  for (guint i = 0; i < doc->layers->len; i++)
    g_ptr_array_add (names, ((DsLayer *) g_ptr_array_index (doc->layers, i))->name);
  return names;
}

gboolean
ds_document_has_output (DsDocument *doc, const char *name)
{
  g_return_val_if_fail (doc != NULL && name != NULL, FALSE);
  return ds_document_get_layer (doc, name) != NULL ||
         (ds_document_get_view (doc, name) != NULL && !g_str_equal (name, "original"));
}

void
_ds_document_add_error (DsDocument *doc, const char *plugin, const GError *error)
{
  JsonObject *rec = json_object_new ();
  json_object_set_string_member (rec, "plugin", plugin ? plugin : "docsift");
  json_object_set_string_member (rec, "domain", g_quark_to_string (error->domain));
  json_object_set_int_member (rec, "code", error->code);
  json_object_set_string_member (rec, "message", error->message);
  g_ptr_array_add (doc->errors, rec);
}

gboolean
_ds_document_has_errors (DsDocument *doc)
{
  return doc->errors->len > 0;
}
