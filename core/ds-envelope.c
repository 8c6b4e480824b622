/* ds-envelope.c: a document as one docsift JSON object, and back.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h"

#include <string.h>

static void
append_member_key (GString *out, const char *key, gboolean first, gboolean pretty, guint indent)
{
  if (!first)
    g_string_append_c (out, ',');
  if (pretty)
    {
      g_string_append_c (out, '\n');
      for (guint i = 0; i < indent; i++)
        g_string_append (out, "  ");
    }
  _ds_json_append_string (out, key);
  g_string_append (out, pretty ? ": " : ":");
}

static void
close_object (GString *out, gboolean pretty, guint indent)
{
  if (pretty && indent > 0)
    {
      g_string_append_c (out, '\n');
      for (guint i = 0; i < indent; i++)
        g_string_append (out, "  ");
    }
  g_string_append_c (out, '}');
}

static void
append_string_value (GString *out, const char *value)
{
  _ds_json_append_string (out, value);
}

static JsonNode *
map_to_json (const DsOffsetMap *map)
{
  JsonArray *segments = json_array_sized_new (map->segments->len);
  for (guint i = 0; i < map->segments->len; i++)
    {
      const DsMapSegment *seg = &g_array_index (map->segments, DsMapSegment, i);
      JsonArray *pair = json_array_sized_new (2);
      json_array_add_int_element (pair, seg->orig_len);
      json_array_add_int_element (pair, seg->view_len);
      json_array_add_array_element (segments, pair);
    }
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, segments);
  return node;
}

void
ds_document_to_json (DsDocument *doc, GString *out, DsJsonFlags flags)
{
  gboolean pretty = (flags & DS_JSON_PRETTY) != 0;
  g_autoptr(JsonNode) tmp = json_node_new (JSON_NODE_OBJECT);

  g_string_append_c (out, '{');
  append_member_key (out, "format", TRUE, pretty, 1);
  append_string_value (out, DS_FORMAT_NAME);
  append_member_key (out, "version", FALSE, pretty, 1);
  g_string_append_printf (out, "%d", DS_FORMAT_VERSION);
  append_member_key (out, "id", FALSE, pretty, 1);
  append_string_value (out, doc->id);
  append_member_key (out, "source", FALSE, pretty, 1);
  append_string_value (out, doc->source);
  append_member_key (out, "encoding", FALSE, pretty, 1);
  append_string_value (out, doc->encoding);
  if (doc->replaced_bytes > 0)
    {
      append_member_key (out, "replaced_bytes", FALSE, pretty, 1);
      g_string_append_printf (out, "%u", doc->replaced_bytes);
    }
  if (doc->n_replaced_at > 0)
    {
      append_member_key (out, "replaced_at", FALSE, pretty, 1);
      g_string_append_c (out, '[');
      for (guint i = 0; i < doc->n_replaced_at; i++)
        g_string_append_printf (out, "%s%" G_GSIZE_FORMAT, i ? "," : "", doc->replaced_at[i]);
      g_string_append_c (out, ']');
    }
  append_member_key (out, "offsets", FALSE, pretty, 1);
  append_string_value (out, "codepoint");
  append_member_key (out, "length", FALSE, pretty, 1);
  g_string_append_printf (out, "%" G_GSIZE_FORMAT, doc->original->n_codepoints);

  append_member_key (out, "meta", FALSE, pretty, 1);
  json_node_set_object (tmp, doc->meta);
  ds_json_append_node (out, tmp, pretty, 1);

  if (!(flags & DS_JSON_NO_TEXT))
    {
      append_member_key (out, "text", FALSE, pretty, 1);
      _ds_json_append_utf8_len (out, doc->original->text, doc->original->length);
    }

  append_member_key (out, "views", FALSE, pretty, 1);
  g_string_append_c (out, '{');
  for (guint i = 0; i < doc->views->len; i++)
    {
      DsView *view = g_ptr_array_index (doc->views, i);
      append_member_key (out, view->name, i == 0, pretty, 2);
      g_string_append_c (out, '{');
      append_member_key (out, "text", TRUE, pretty, 3);
      _ds_json_append_utf8_len (out, view->text, view->length);
      append_member_key (out, "length", FALSE, pretty, 3);
      g_string_append_printf (out, "%" G_GSIZE_FORMAT, view->n_codepoints);
      if (flags & DS_JSON_EMIT_MAPS)
        {
          append_member_key (out, "map", FALSE, pretty, 3);
          g_autoptr(JsonNode) map = map_to_json (view->map);
          ds_json_append_node (out, map, pretty, 3);
        }
      close_object (out, pretty, 2);
    }
  close_object (out, pretty, doc->views->len ? 1 : 0);

  append_member_key (out, "layers", FALSE, pretty, 1);
  g_string_append_c (out, '{');
  for (guint i = 0; i < doc->layers->len; i++)
    {
      DsLayer *layer = g_ptr_array_index (doc->layers, i);
      append_member_key (out, layer->name, i == 0, pretty, 2);
      _ds_layer_append_json (layer, out, pretty, 2);
    }
  close_object (out, pretty, doc->layers->len ? 1 : 0);

  if (doc->errors->len > 0)
    {
      /* "error": the first failure; "errors": all of them when several */
      append_member_key (out, "error", FALSE, pretty, 1);
      json_node_set_object (tmp, g_ptr_array_index (doc->errors, 0));
      ds_json_append_node (out, tmp, pretty, 1);
      if (doc->errors->len > 1)
        {
          g_autoptr(JsonArray) all = json_array_new ();
          for (guint i = 0; i < doc->errors->len; i++)
            json_array_add_object_element (all, json_object_ref (g_ptr_array_index (doc->errors, i)));
          append_member_key (out, "errors", FALSE, pretty, 1);
          g_autoptr(JsonNode) array_node = json_node_new (JSON_NODE_ARRAY);
          json_node_set_array (array_node, all);
          ds_json_append_node (out, array_node, pretty, 1);
        }
    }

  if (pretty)
    g_string_append_c (out, '\n');
  g_string_append_c (out, '}');
}

/* ---- reading ---- */

static gboolean
bad_json (GError **error, const char *fmt, ...) G_GNUC_PRINTF (2, 3);

static gboolean
bad_json (GError **error, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  g_autofree char *msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  g_set_error_literal (error, DS_DOCUMENT_ERROR, DS_DOCUMENT_ERROR_BAD_JSON, msg);
  return FALSE;
}

/* json-glib decodes "\ud800" (an unpaired surrogate) into bytes that are not
 * UTF-8; refuse those strings with their position instead of carrying them. */
static gboolean
check_utf8 (const char *s, const char *what, GError **error)
{
  const char *bad = NULL;
  if (g_utf8_validate (s, -1, &bad))
    return TRUE;
  return bad_json (error, "%s is not valid Unicode at byte %" G_GSIZE_FORMAT
                   " of the decoded string (an unpaired surrogate escape such as \\ud800?)",
                   what, (gsize) (bad - s));
}

static DsOffsetMap *
map_from_json (JsonNode *node, const char *view_name, GError **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  JsonArray *segments = json_node_get_array (node);
  g_autoptr(DsOffsetMap) map = ds_offset_map_new ();
  for (guint i = 0; i < json_array_get_length (segments); i++)
    {
      JsonNode *seg = json_array_get_element (segments, i);
      JsonArray *pair = JSON_NODE_HOLDS_ARRAY (seg) ? json_node_get_array (seg) : NULL;
      if (pair == NULL || json_array_get_length (pair) != 2 ||
          json_node_get_value_type (json_array_get_element (pair, 0)) != G_TYPE_INT64 ||
          json_node_get_value_type (json_array_get_element (pair, 1)) != G_TYPE_INT64)
        {
          bad_json (error, "views.%s.map[%u] is not a pair of integers [original, view]", view_name, i);
          return NULL;
        }
      gint64 o = json_array_get_int_element (pair, 0);
      gint64 v = json_array_get_int_element (pair, 1);
      if (o < 0 || v < 0 || o > G_MAXUINT32 || v > G_MAXUINT32)
        {
          bad_json (error, "views.%s.map[%u] has an out-of-range length", view_name, i);
          return NULL;
        }
      ds_offset_map_append (map, (guint32) o, (guint32) v);
    }
  return g_steal_pointer (&map);
}

static gboolean
is_string (JsonNode *node)
{
  return json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
is_integer (JsonNode *node)
{
  return json_node_get_value_type (node) == G_TYPE_INT64;
}

static gboolean
is_string_or_integer (JsonNode *node)
{
  return is_string (node) || is_integer (node);
}

static gboolean
is_offset_list (JsonNode *node)
{
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  JsonArray *array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *e = json_array_get_element (array, i);
      if (!is_integer (e) || json_node_get_int (e) < 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_object (JsonNode *node)
{
  return JSON_NODE_HOLDS_OBJECT (node);
}

static gboolean
is_codepoint (JsonNode *node)
{
  return is_string (node) && g_str_equal (json_node_get_string (node), "codepoint");
}

/* Every member of the envelope docsift reads has one type (null stands for
 * absent); any other is an error, not a member silently dropped. */
static gboolean
check_member_types (JsonObject *obj, GError **error)
{
  static const struct
  {
    const char *name;
    gboolean (*ok) (JsonNode *node);
    const char *what;
  } members[] = {
    { "format", is_string, "a string" },
    { "version", is_integer, "an integer" },
    { "id", is_string_or_integer, "a string or an integer" },
    { "source", is_string, "a string" },
    { "encoding", is_string, "a string" },
    { "replaced_bytes", is_integer, "an integer" },
    { "replaced_at", is_offset_list, "an array of byte offsets" },
    { "offsets", is_codepoint, "\"codepoint\" (the only offsets docsift reads)" },
    { "length", is_integer, "an integer" },
    { "meta", is_object, "an object" },
    { "views", is_object, "an object" },
    { "layers", is_object, "an object" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      JsonNode *node = json_object_get_member (obj, members[i].name);
      if (node != NULL && !JSON_NODE_HOLDS_NULL (node) && !members[i].ok (node))
        return bad_json (error, "\"%s\" is not %s", members[i].name, members[i].what);
    }
  return TRUE;
}

DsDocument *
ds_document_new_from_json (const char *json,
                           gssize length,
                           const char *fallback_id,
                           const char *source,
                           GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;

  if (length < 0)
    length = (gssize) strlen (json);
  if (!_ds_json_check_bounds (json, (gsize) length, DS_JSON_MAX_DEPTH, error))
    return NULL;
  if (!json_parser_load_from_data (parser, json, length, &parse_error))
    {
      bad_json (error, "%s", parse_error->message);
      return NULL;
    }
  JsonNode *root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      bad_json (error, "expected a JSON object per line");
      return NULL;
    }
  JsonObject *obj = json_node_get_object (root);
  if (!check_member_types (obj, error))
    return NULL;

  const char *format = json_object_get_string_member_with_default (obj, "format", NULL);
  if (format != NULL && g_str_equal (format, DS_FORMAT_NAME))
    {
      gint64 version = json_object_get_int_member_with_default (obj, "version", 0);
      if (version > DS_FORMAT_VERSION)
        {
          bad_json (error, "written by a newer docsift (format version %" G_GINT64_FORMAT
                    ", this one reads %d)", version, DS_FORMAT_VERSION);
          return NULL;
        }
    }

  JsonNode *text_node = json_object_get_member (obj, "text");
  if (text_node == NULL || json_node_get_value_type (text_node) != G_TYPE_STRING)
    {
      if (format != NULL && json_object_has_member (obj, "layers"))
        bad_json (error, "no \"text\" member: this output was written with --no-text and cannot be re-read");
      else
        bad_json (error, "no \"text\" string member");
      return NULL;
    }
  const char *text = json_node_get_string (text_node);
  gsize text_length = strlen (text), text_cp = G_MAXSIZE;
  if (!_ds_utf8_validate_count (text, text_length, &text_cp) && !check_utf8 (text, "\"text\"", error))
    return NULL;

  g_autofree char *id = NULL;
  JsonNode *id_node = json_object_get_member (obj, "id");
  if (id_node && json_node_get_value_type (id_node) == G_TYPE_STRING)
    id = g_strdup (json_node_get_string (id_node));
  else if (id_node && json_node_get_value_type (id_node) == G_TYPE_INT64)
    id = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (id_node));
  else
    id = g_strdup (fallback_id);

  const char *src = json_object_get_string_member_with_default (obj, "source", source);
  const char *enc = json_object_get_string_member_with_default (obj, "encoding", "UTF-8");

  g_autoptr(DsDocument) doc = _ds_document_new_counted (id, src, g_strndup (text, text_length), text_length,
                                                        text_cp, enc);
  gint64 replaced = json_object_get_int_member_with_default (obj, "replaced_bytes", 0);
  if (replaced > 0 && replaced <= G_MAXUINT)
    doc->replaced_bytes = (guint) replaced;
  JsonNode *at_node = json_object_get_member (obj, "replaced_at");
  JsonArray *at = at_node && JSON_NODE_HOLDS_ARRAY (at_node) ? json_node_get_array (at_node) : NULL;
  for (guint i = 0; at && i < json_array_get_length (at) && i < G_N_ELEMENTS (doc->replaced_at); i++)
    doc->replaced_at[doc->n_replaced_at++] = (gsize) json_array_get_int_element (at, i);

  JsonNode *meta = json_object_get_member (obj, "meta");
  if (meta != NULL && JSON_NODE_HOLDS_OBJECT (meta))
    {
      g_autoptr(JsonNode) copy = json_node_copy (meta);
      json_object_unref (doc->meta);
      doc->meta = json_object_ref (json_node_get_object (copy));
    }

  JsonNode *views = json_object_get_member (obj, "views");
  if (views != NULL && JSON_NODE_HOLDS_OBJECT (views))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *vnode;
      json_object_iter_init_ordered (&iter, json_node_get_object (views));
      while (json_object_iter_next_ordered (&iter, &name, &vnode))
        {
          if (!JSON_NODE_HOLDS_OBJECT (vnode))
            {
              bad_json (error, "views.%s is not an object", name);
              return NULL;
            }
          JsonObject *v = json_node_get_object (vnode);
          const char *vtext = json_object_get_string_member_with_default (v, "text", NULL);
          if (vtext == NULL)
            {
              bad_json (error, "views.%s has no \"text\"", name);
              return NULL;
            }
          g_autofree char *what = g_strdup_printf ("views.%s.text", name);
          if (!check_utf8 (vtext, what, error))
            return NULL;
          g_autoptr(GError) map_error = NULL;
          DsOffsetMap *map = map_from_json (json_object_get_member (v, "map"), name, &map_error);
          if (map_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&map_error));
              return NULL;
            }
          if (map == NULL)
            {
              /* Written without its map (a terminal, or --maps=never): spans
               * on it could not be mapped back, so it is not kept. */
              g_message ("%s: view \"%s\" has no offset map and is dropped (write with --maps=always to keep it)",
                         doc->source, name);
              continue;
            }
          if (!ds_document_add_view (doc, name, g_strdup (vtext), strlen (vtext), map, error))
            {
              g_prefix_error (error, "views.%s: ", name);
              return NULL;
            }
        }
    }

  JsonNode *layers = json_object_get_member (obj, "layers");
  if (layers != NULL && JSON_NODE_HOLDS_OBJECT (layers))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *lnode;
      json_object_iter_init_ordered (&iter, json_node_get_object (layers));
      while (json_object_iter_next_ordered (&iter, &name, &lnode))
        {
          if (!JSON_NODE_HOLDS_OBJECT (lnode))
            {
              bad_json (error, "layers.%s is not an object", name);
              return NULL;
            }
          g_autoptr(JsonNode) copy = json_node_copy (lnode);
          _ds_document_put_layer_object (doc, name, json_node_get_object (copy));
        }
    }

  return g_steal_pointer (&doc);
}
