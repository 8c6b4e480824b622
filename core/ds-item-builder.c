/* ds-item-builder.c: items written as compact JSON text, member by member,
 * with the JSON writer's rules (ds-json-writer.c), and appended to a layer's
 * stored text (ds-layer.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h"

#include <string.h>

#define MAX_DEPTH 32
/* names this long at most are written without _ds_json_append_string() */
#define KEY_MAX 64

struct _DsItemBuilder
{
  DsLayer *layer; /* nullable */
  GString *buf;
  guint depth;       /* open objects: 0 outside an item, 1 in the item */
  guint32 has_member; /* bit d: the object at depth d has a member already */
};

DsItemBuilder *
ds_item_builder_new (DsLayer *layer)
{
  DsItemBuilder *b = g_new0 (DsItemBuilder, 1);
  b->layer = layer;
  b->buf = g_string_sized_new (512);
  return b;
}

void
ds_item_builder_free (DsItemBuilder *builder)
{
  if (builder == NULL)
    return;
  g_string_free (builder->buf, TRUE);
  g_free (builder);
}

void
ds_item_builder_begin (DsItemBuilder *builder)
{
  g_return_if_fail (builder != NULL && builder->depth == 0);
  g_string_truncate (builder->buf, 0);
  g_string_append_c (builder->buf, '{');
  builder->depth = 1;
  builder->has_member = 0;
}

void
ds_item_builder_end (DsItemBuilder *builder)
{
  g_return_if_fail (builder != NULL && builder->depth == 1);
  g_string_append_c (builder->buf, '}');
  builder->depth = 0;
  if (builder->layer != NULL)
    _ds_layer_append_item_json (builder->layer, builder->buf->str, builder->buf->len);
}

/* The separator and "name": of a new member of the open object. */
static gboolean
member (DsItemBuilder *b, const char *name)
{
  g_return_val_if_fail (b != NULL && name != NULL && b->depth > 0, FALSE);
  guint32 bit = 1u << (b->depth - 1);
  if (b->has_member & bit)
    g_string_append_c (b->buf, ',');
  b->has_member |= bit;
  /* names are nearly always plain ASCII, up to some 20 bytes: written
   * straight into the buffer, with the quotes */
  GString *buf = b->buf;
  if (buf->len + KEY_MAX + 3 >= buf->allocated_len)
    _ds_string_reserve (buf, KEY_MAX + 3);
  char *out = buf->str + buf->len;
  const guchar *p = (const guchar *) name, *max = p + KEY_MAX;
  *out++ = '"';
  while (_ds_json_plain_ascii[*p] && p < max)
    *out++ = (char) *p++;
  if (*p == '\0')
    {
      *out++ = '"';
      *out++ = ':';
      *out = '\0';
      buf->len = (gsize) (out - buf->str);
      return TRUE;
    }
  buf->str[buf->len] = '\0'; /* not plain: written with its escapes */
  _ds_json_append_string (buf, name);
  g_string_append_c (b->buf, ':');
  return TRUE;
}

void
ds_item_builder_begin_object (DsItemBuilder *builder, const char *name)
{
  g_return_if_fail (builder != NULL && builder->depth < MAX_DEPTH);
  if (!member (builder, name))
    return;
  g_string_append_c (builder->buf, '{');
  builder->depth++;
  builder->has_member &= ~(1u << (builder->depth - 1));
}

void
ds_item_builder_end_object (DsItemBuilder *builder)
{
  g_return_if_fail (builder != NULL && builder->depth > 1);
  g_string_append_c (builder->buf, '}');
  builder->depth--;
}

void
ds_item_builder_add_int (DsItemBuilder *builder, const char *name, gint64 value)
{
  if (member (builder, name))
    _ds_json_append_int (builder->buf, value);
}

void
ds_item_builder_add_double (DsItemBuilder *builder, const char *name, double value)
{
  if (member (builder, name))
    ds_json_format_double (builder->buf, value);
}

void
ds_item_builder_add_boolean (DsItemBuilder *builder, const char *name, gboolean value)
{
  if (member (builder, name))
    g_string_append (builder->buf, value ? "true" : "false");
}

void
ds_item_builder_add_null (DsItemBuilder *builder, const char *name)
{
  if (member (builder, name))
    g_string_append (builder->buf, "null");
}

void
ds_item_builder_add_string (DsItemBuilder *builder, const char *name, const char *value)
{
  if (!member (builder, name))
    return;
  if (value == NULL)
    g_string_append (builder->buf, "null");
  else
    _ds_json_append_string (builder->buf, value);
}

void
ds_item_builder_add_string_len (DsItemBuilder *builder, const char *name, const char *value, gsize length)
{
  g_return_if_fail (value != NULL || length == 0);
  if (member (builder, name))
    _ds_json_append_string_len (builder->buf, value ? value : "", length);
}

void
ds_item_builder_add_node (DsItemBuilder *builder, const char *name, JsonNode *node)
{
  if (member (builder, name))
    ds_json_append_node (builder->buf, node, FALSE, 0);
}

gboolean
ds_item_builder_copy_member (DsItemBuilder *builder, const DsItem *from, const char *name)
{
  g_return_val_if_fail (from != NULL, FALSE);
  gsize length;
  const char *json = ds_item_get_json (from, name, &length);
  if (json == NULL || !member (builder, name))
    return FALSE;
  _ds_string_append (builder->buf, json, length);
  return TRUE;
}

void
ds_item_builder_copy_members (DsItemBuilder *builder, const DsItem *from, const char *const *names)
{
  g_return_if_fail (from != NULL && names != NULL);
  guint cursor = 0;
  for (guint i = 0; names[i] != NULL; i++)
    {
      gsize length;
      const char *json = _ds_item_find_from (from, names[i], &cursor, &length);
      if (json != NULL && member (builder, names[i]))
        _ds_string_append (builder->buf, json, length);
    }
}

void
ds_item_builder_add_span (DsItemBuilder *builder, const DsView *view, gsize byte_start, gsize byte_end,
                          const char *prefix)
{
  g_return_if_fail (builder != NULL && builder->layer != NULL && view != NULL);
  gsize s, e, bs, be;
  _ds_layer_map_span (builder->layer, view, byte_start, byte_end, &s, &e, &bs, &be);
  const char *orig = builder->layer->doc->original->text;
  if (prefix == NULL)
    {
      ds_item_builder_add_int (builder, "start", (gint64) s);
      ds_item_builder_add_int (builder, "end", (gint64) e);
      ds_item_builder_add_string_len (builder, "text", orig + bs, be - bs);
      return;
    }
  g_autofree char *k_start = g_strconcat (prefix, "_start", NULL);
  g_autofree char *k_end = g_strconcat (prefix, "_end", NULL);
  ds_item_builder_add_int (builder, k_start, (gint64) s);
  ds_item_builder_add_int (builder, k_end, (gint64) e);
  ds_item_builder_add_string_len (builder, prefix, orig + bs, be - bs);
}

const char *
ds_item_builder_get_json (const DsItemBuilder *builder, gsize *length)
{
  g_return_val_if_fail (builder != NULL && length != NULL, NULL);
  *length = builder->buf->len;
  return builder->buf->str;
}
