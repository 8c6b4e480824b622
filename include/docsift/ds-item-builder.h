/* ds-item-builder.h: items written straight to a layer as compact JSON.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(DOCSIFT_INSIDE) && !defined(DOCSIFT_COMPILATION)
#error "Only <docsift/docsift.h> can be included directly."
#endif

#include <glib.h>
#include <json-glib/json-glib.h>
#include <docsift/ds-version.h>
#include <docsift/ds-view.h>
#include <docsift/ds-item.h>
#include <docsift/ds-layer.h>

G_BEGIN_DECLS

/**
 * DsItemBuilder:
 *
 * Writes items member by member as the compact JSON text they will be
 * output as, and appends each finished item to its layer: no json-glib
 * object is made, and the core writes the text with a memcpy. For plugins
 * that make many items of many members (facts: ~30 a fact), where building
 * #JsonObjects and writing them again costs more than the plugin's own work.
 * The text is exactly what ds_layer_add_item() and the JSON writer would
 * give: numbers through ds_json_format_double(), strings escaped the same
 * way, members in the order added.
 *
 * |[<!-- language="C" -->
 * g_autoptr(DsItemBuilder) b = ds_item_builder_new (layer);
 * ds_item_builder_begin (b);
 * ds_item_builder_add_span (b, view, bs, be, NULL);      // start, end, text
 * ds_item_builder_add_string (b, "unit", "CNY");
 * ds_item_builder_copy_member (b, number, "value");      // from a DsItem
 * ds_item_builder_begin_object (b, "change");
 * ds_item_builder_add_double (b, "value", 12.1);
 * ds_item_builder_end_object (b);
 * ds_item_builder_end (b);                               // appended to layer
 * ]|
 *
 * Each name is added once per object (not checked: JSON with a repeated
 * name is what you would get). A layer may mix built items and
 * ds_layer_add_item() ones; they are written in the order they were added.
 */
typedef struct _DsItemBuilder DsItemBuilder;

/**
 * ds_item_builder_new:
 * @layer: (nullable): where finished items go; %NULL to only make their
 *   text (ds_item_builder_get_json(); ds_item_builder_add_span() needs a
 *   layer)
 *
 * Returns: (transfer full): a builder, reused for any number of items
 */
DS_API DsItemBuilder *ds_item_builder_new (DsLayer *layer);

DS_API void ds_item_builder_free (DsItemBuilder *builder);

/** ds_item_builder_begin: starts a new item (the previous one must be ended). */
DS_API void ds_item_builder_begin (DsItemBuilder *builder);

/** ds_item_builder_end: finishes the item and appends it to the layer. */
DS_API void ds_item_builder_end (DsItemBuilder *builder);

/** ds_item_builder_begin_object: starts an object member @name (nested up to 32 deep). */
DS_API void ds_item_builder_begin_object (DsItemBuilder *builder, const char *name);

/** ds_item_builder_end_object: finishes the object of the last ds_item_builder_begin_object(). */
DS_API void ds_item_builder_end_object (DsItemBuilder *builder);

DS_API void ds_item_builder_add_int (DsItemBuilder *builder, const char *name, gint64 value);
/** ds_item_builder_add_double: written by ds_json_format_double() (NaN and infinities as null). */
DS_API void ds_item_builder_add_double (DsItemBuilder *builder, const char *name, double value);
DS_API void ds_item_builder_add_boolean (DsItemBuilder *builder, const char *name, gboolean value);
DS_API void ds_item_builder_add_null (DsItemBuilder *builder, const char *name);

/**
 * ds_item_builder_add_string:
 * @value: (nullable): UTF-8 (bytes that are not are written as U+FFFD);
 *   %NULL writes null
 */
DS_API void ds_item_builder_add_string (DsItemBuilder *builder, const char *name, const char *value);

/** ds_item_builder_add_string_len: as ds_item_builder_add_string(), @length bytes of @value (no NUL needed). */
DS_API void ds_item_builder_add_string_len (DsItemBuilder *builder, const char *name, const char *value, gsize length);

/** ds_item_builder_add_node: any JSON value, written as ds_json_append_node() writes it (%NULL: null). */
DS_API void ds_item_builder_add_node (DsItemBuilder *builder, const char *name, JsonNode *node);

/**
 * ds_item_builder_copy_member:
 * @from: an item of another layer (ds_layer_peek_item()) or of ds_item_new()
 *
 * Adds @from's member @name, value and all, as it is written there (no
 * conversion: a double stays exactly as it was written).
 *
 * Returns: %TRUE if @from has @name (else nothing is added)
 */
DS_API gboolean ds_item_builder_copy_member (DsItemBuilder *builder, const DsItem *from, const char *name);

/**
 * ds_item_builder_copy_members:
 * @names: %NULL-terminated
 *
 * ds_item_builder_copy_member() of each of @names, in that order; cheapest
 * when @from has them in the same order (each is looked for after the
 * previous one found).
 */
DS_API void ds_item_builder_copy_members (DsItemBuilder *builder, const DsItem *from, const char *const *names);

/**
 * ds_item_builder_add_span:
 * @view: the view the plugin read
 * @byte_start: span start, in bytes of @view's text
 * @byte_end: span end, in bytes of @view's text
 * @prefix: (nullable): as for ds_layer_set_span(): %NULL adds "start",
 *   "end" and "text"; "event" adds "event_start", "event_end" and "event"
 *
 * Adds a span mapped to code points of the original text and the original
 * text of it, as ds_layer_set_span() does.
 */
DS_API void ds_item_builder_add_span (DsItemBuilder *builder,
                                      const DsView *view,
                                      gsize byte_start,
                                      gsize byte_end,
                                      const char *prefix);

/**
 * ds_item_builder_get_json:
 * @length: (out): its length in bytes
 *
 * Returns: (transfer none): the text of the item being built, or of the
 *   last one ended (until the next ds_item_builder_begin()); NUL-terminated
 */
DS_API const char *ds_item_builder_get_json (const DsItemBuilder *builder, gsize *length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsItemBuilder, ds_item_builder_free)

G_END_DECLS
