/* ds-layer.c: a named annotation layer: its JSON object, and its finished
 * items as compact JSON text (ds_layer_compact()). A json-glib object costs
 * some 400 bytes per member; the text of an item is its output, so a layer
 * of hundreds of thousands of items stays near the size it will be written.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h"

DsLayer *
_ds_layer_new (DsDocument *doc, const char *name, const char *plugin, const char *version)
{
  JsonObject *object = json_object_new ();
  json_object_set_string_member (object, "plugin", plugin ? plugin : "unknown");
  json_object_set_string_member (object, "version", version ? version : "0");
  json_object_set_array_member (object, "items", json_array_new ());
  DsLayer *layer = _ds_layer_new_from_object (doc, name, object);
  json_object_unref (object);
  return layer;
}

/* Takes a reference on @object; adds an empty "items" when it has none. */
DsLayer *
_ds_layer_new_from_object (DsDocument *doc, const char *name, JsonObject *object)
{
  DsLayer *layer = g_new0 (DsLayer, 1);
  layer->name = g_strdup (name);
  layer->doc = doc;
  layer->object = json_object_ref (object);
  JsonNode *items = json_object_get_member (object, "items");
  if (items == NULL || !JSON_NODE_HOLDS_ARRAY (items))
    json_object_set_array_member (object, "items", json_array_new ());
  layer->items = json_object_get_array_member (object, "items");
  return layer;
}

void
_ds_layer_free (DsLayer *layer)
{
  if (layer == NULL)
    return;
  g_free (layer->name);
  json_object_unref (layer->object);
  if (layer->stored != NULL)
    g_string_free (layer->stored, TRUE);
  _ds_item_index_free (layer->index);
  g_free (layer);
}

const char *
ds_layer_get_name (const DsLayer *layer)
{
  g_return_val_if_fail (layer != NULL, NULL);
  return layer->name;
}

static const char *
string_member (JsonObject *object, const char *key)
{
  JsonNode *node = json_object_get_member (object, key);
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

const char *
ds_layer_get_plugin (const DsLayer *layer)
{
  g_return_val_if_fail (layer != NULL, NULL);
  return string_member (layer->object, "plugin");
}

const char *
ds_layer_get_version (const DsLayer *layer)
{
  g_return_val_if_fail (layer != NULL, NULL);
  return string_member (layer->object, "version");
}

void
ds_layer_compact (DsLayer *layer)
{
  g_return_if_fail (layer != NULL);
  guint n = json_array_get_length (layer->items);
  guint k = 0;
  /* only objects: an array of scalars is written on one line */
  while (k < n && JSON_NODE_HOLDS_OBJECT (json_array_get_element (layer->items, k)))
    k++;
  if (k == 0)
    return;
  g_clear_pointer (&layer->index, _ds_item_index_free);
  if (layer->stored == NULL)
    layer->stored = g_string_new (NULL);
  for (guint i = 0; i < k; i++)
    {
      if (layer->n_stored++ > 0)
        g_string_append_c (layer->stored, ',');
      ds_json_append_node (layer->stored, json_array_get_element (layer->items, i), FALSE, 0);
    }
  for (guint i = k; i-- > 0;)
    json_array_remove_element (layer->items, i);
}

/* Brings the compacted items back into the "items" array, in front of
 * the others (json-glib reads an integral double back as an integer). */
static void
layer_expand (DsLayer *layer)
{
  /* the caller may change the items it gets */
  g_clear_pointer (&layer->index, _ds_item_index_free);
  if (layer->n_stored == 0)
    return;
  g_string_prepend_c (layer->stored, '[');
  g_string_append_c (layer->stored, ']');
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;
  if (!json_parser_load_from_data (parser, layer->stored->str, layer->stored->len, &error))
    g_error ("docsift: layer %s: compacted items do not parse back: %s", layer->name, error->message);
  JsonArray *parsed = json_node_get_array (json_parser_get_root (parser));

  g_autoptr(GPtrArray) rest = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  guint n = json_array_get_length (layer->items);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (rest, json_node_ref (json_array_get_element (layer->items, i)));
  for (guint i = n; i-- > 0;)
    json_array_remove_element (layer->items, i);
  for (guint i = 0; i < json_array_get_length (parsed); i++)
    json_array_add_element (layer->items, json_node_ref (json_array_get_element (parsed, i)));
  for (guint i = 0; i < rest->len; i++)
    json_array_add_element (layer->items, json_node_ref (g_ptr_array_index (rest, i)));

  g_string_free (layer->stored, TRUE);
  layer->stored = NULL;
  layer->n_stored = 0;
}

guint
_ds_layer_count_items (const DsLayer *layer)
{
  return layer->n_stored + json_array_get_length (layer->items);
}

guint
ds_layer_get_n_items (const DsLayer *layer)
{
  g_return_val_if_fail (layer != NULL, 0);
  return _ds_layer_count_items (layer);
}

const DsItem *
ds_layer_peek_item (DsLayer *layer, guint index)
{
  g_return_val_if_fail (layer != NULL, NULL);
  if (layer->index == NULL)
    {
      ds_layer_compact (layer);
      layer->index = _ds_item_index_new (layer->stored, layer->n_stored, layer->items);
    }
  return _ds_item_index_get (layer->index, index);
}

JsonNode *
ds_layer_get_member (const DsLayer *layer, const char *name)
{
  g_return_val_if_fail (layer != NULL && name != NULL, NULL);
  if (g_str_equal (name, "items"))
    return NULL;
  return json_object_get_member (layer->object, name);
}

void
_ds_layer_append_item_json (DsLayer *layer, const char *json, gsize length)
{
  ds_layer_compact (layer);
  g_clear_pointer (&layer->index, _ds_item_index_free);
  if (json_array_get_length (layer->items) > 0)
    {
      /* items compaction keeps (after one that is not an object) stay
       * JSON nodes: this one joins them, in order */
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_autoptr(GError) error = NULL;
      if (!json_parser_load_from_data (parser, json, (gssize) length, &error))
        g_error ("docsift: layer %s: a built item does not parse: %s", layer->name, error->message);
      json_array_add_element (layer->items, json_node_ref (json_parser_get_root (parser)));
      return;
    }
  if (layer->stored == NULL)
    layer->stored = g_string_new (NULL);
  if (layer->n_stored++ > 0)
    g_string_append_c (layer->stored, ',');
  g_string_append_len (layer->stored, json, (gssize) length);
}

JsonObject *
ds_layer_get_object (DsLayer *layer)
{
  g_return_val_if_fail (layer != NULL, NULL);
  layer_expand (layer);
  return layer->object;
}

JsonArray *
ds_layer_get_items (DsLayer *layer)
{
  g_return_val_if_fail (layer != NULL, NULL);
  layer_expand (layer);
  return layer->items;
}

JsonObject *
ds_layer_add_item (DsLayer *layer)
{
  g_return_val_if_fail (layer != NULL, NULL);
  g_clear_pointer (&layer->index, _ds_item_index_free);
  JsonObject *item = json_object_new ();
  json_array_add_object_element (layer->items, item); /* takes ownership */
  return item;
}

void
_ds_layer_map_span (const DsLayer *layer, const DsView *view, gsize byte_start, gsize byte_end, gsize *start,
                    gsize *end, gsize *orig_byte_start, gsize *orig_byte_end)
{
  const DsView *orig = layer->doc->original;
  ds_view_map_to_original (view, byte_start, byte_end, start, end);
  if (view == orig)
    {
      /* the span is already in original bytes */
      *orig_byte_start = MIN (byte_start, orig->length);
      *orig_byte_end = MAX (*orig_byte_start, MIN (byte_end, orig->length));
    }
  else
    {
      *orig_byte_start = ds_view_codepoint_to_byte (orig, *start);
      *orig_byte_end = ds_view_codepoint_to_byte (orig, *end);
    }
}

void
ds_layer_set_span (DsLayer *layer,
                   JsonObject *object,
                   const DsView *view,
                   gsize byte_start,
                   gsize byte_end,
                   const char *prefix)
{
  g_return_if_fail (layer != NULL && object != NULL && view != NULL);

  gsize s, e, bs, be;
  const DsView *orig = layer->doc->original;
  _ds_layer_map_span (layer, view, byte_start, byte_end, &s, &e, &bs, &be);

  g_autofree char *k_start = prefix ? g_strconcat (prefix, "_start", NULL) : g_strdup ("start");
  g_autofree char *k_end = prefix ? g_strconcat (prefix, "_end", NULL) : g_strdup ("end");
  const char *k_text = prefix ? prefix : "text";

  g_autofree char *slice = g_strndup (orig->text + bs, be - bs);
  json_object_set_int_member (object, k_start, (gint64) s);
  json_object_set_int_member (object, k_end, (gint64) e);
  json_object_set_string_member (object, k_text, slice);
}

JsonObject *
ds_layer_add_span (DsLayer *layer, const DsView *view, gsize byte_start, gsize byte_end)
{
  g_return_val_if_fail (layer != NULL && view != NULL, NULL);
  JsonObject *item = ds_layer_add_item (layer);
  ds_layer_set_span (layer, item, view, byte_start, byte_end, NULL);
  return item;
}
