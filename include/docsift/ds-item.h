/* ds-item.h: a finished item of a layer, read without json-glib objects.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(DOCSIFT_INSIDE) && !defined(DOCSIFT_COMPILATION)
#error "Only <docsift/docsift.h> can be included directly."
#endif

#include <glib.h>
#include <docsift/ds-version.h>

G_BEGIN_DECLS

/**
 * DsItem:
 *
 * One item (a JSON object) of a layer, as the compact JSON text it will be
 * written as, with its top-level members indexed: what a plugin that reads
 * another plugin's layer wants. ds_layer_get_items() would parse the layer
 * back into json-glib objects (some 1,000 instructions per member) and the
 * pipeline would then write them all again; a #DsItem costs one scan of the
 * text, and its members can be copied into a new item as they are written
 * (ds_item_builder_copy_member()).
 *
 * |[<!-- language="C" -->
 * DsLayer *numbers = ds_document_get_layer (doc, "numbers");
 * for (guint i = 0; i < ds_layer_get_n_items (numbers); i++)
 *   {
 *     const DsItem *it = ds_layer_peek_item (numbers, i);
 *     gint64 start = ds_item_get_int (it, "start", -1);
 *     const char *unit = ds_item_get_string (it, "unit");  // NULL: none
 *     …
 *   }
 * ]|
 *
 * Items of a layer (ds_layer_peek_item()) are owned by the layer and stay
 * valid until the layer changes (an item added, compacted or brought back as
 * JSON objects); items made by ds_item_new() are the caller's. Names and
 * strings are UTF-8 with their escapes decoded. Nested objects and arrays
 * are not indexed: ds_item_get_json() gives their text (parse it with
 * json-glib when needed).
 */
typedef struct _DsItem DsItem;

/**
 * DsItemType:
 * @DS_ITEM_TYPE_NONE: no such member
 *
 * The type of a member's value.
 */
typedef enum
{
  DS_ITEM_TYPE_NONE,
  DS_ITEM_TYPE_NULL,
  DS_ITEM_TYPE_BOOLEAN,
  DS_ITEM_TYPE_INT,    /* an integer that fits a gint64 */
  DS_ITEM_TYPE_DOUBLE, /* any other number */
  DS_ITEM_TYPE_STRING,
  DS_ITEM_TYPE_OBJECT,
  DS_ITEM_TYPE_ARRAY,
} DsItemType;

/**
 * ds_item_new:
 * @json: one JSON object as docsift writes it: compact (no white space
 *   between tokens), e.g. ds_item_get_json() of an item, or
 *   ds_item_builder_get_json()
 * @length: bytes, or -1 if NUL-terminated
 *
 * Returns: (transfer full) (nullable): a standalone item (its text copied),
 *   or %NULL with %DS_DOCUMENT_ERROR_BAD_JSON when @json is not one compact
 *   JSON object
 */
DS_API DsItem *ds_item_new (const char *json, gssize length, GError **error);

/** ds_item_free: frees an item of ds_item_new() (never a layer's). */
DS_API void ds_item_free (DsItem *item);

/** ds_item_get_n_members: Returns: the number of top-level members. */
DS_API guint ds_item_get_n_members (const DsItem *item);

/**
 * ds_item_get_member_name:
 * @index: 0 … ds_item_get_n_members() - 1, in the order written
 *
 * Returns: (transfer none): the name of that member
 */
DS_API const char *ds_item_get_member_name (const DsItem *item, guint index);

/** ds_item_get_member_type: Returns: the type of @name's value, %DS_ITEM_TYPE_NONE when absent. */
DS_API DsItemType ds_item_get_member_type (const DsItem *item, const char *name);

/** ds_item_has_member: Returns: whether @item has a member @name (whatever its value, null too). */
DS_API gboolean ds_item_has_member (const DsItem *item, const char *name);

/**
 * ds_item_get_string:
 *
 * Returns: (transfer none) (nullable): the string value of @name, %NULL
 *   when @name is absent or not a string
 */
DS_API const char *ds_item_get_string (const DsItem *item, const char *name);

/** ds_item_get_int: Returns: the value of @name when it is an integer (%DS_ITEM_TYPE_INT), else @fallback. */
DS_API gint64 ds_item_get_int (const DsItem *item, const char *name, gint64 fallback);

/** ds_item_get_double: Returns: the value of @name when it is a number (integer or not), else @fallback. */
DS_API double ds_item_get_double (const DsItem *item, const char *name, double fallback);

/** ds_item_get_boolean: Returns: the value of @name when it is true or false, else @fallback. */
DS_API gboolean ds_item_get_boolean (const DsItem *item, const char *name, gboolean fallback);

/**
 * ds_item_get_json:
 * @name: (nullable): a member, or %NULL for the whole item
 * @length: (out): the length in bytes of the text
 *
 * The value of @name (or the item) as docsift writes it, compact: a
 * string with its quotes and escapes, a number in its exact form.
 *
 * Returns: (transfer none) (nullable): the text (not NUL-terminated), or
 *   %NULL when @name is absent
 */
DS_API const char *ds_item_get_json (const DsItem *item, const char *name, gsize *length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsItem, ds_item_free)

G_END_DECLS
