/* ds-layer.h: a named annotation layer of a document.
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

G_BEGIN_DECLS

/**
 * DsLayer:
 *
 * A named set of annotations produced by one plugin. A layer is a JSON
 * object, written as it is into the output under "layers":
 *
 * |[
 * { "plugin": "numbers", "version": "1.0.0",
 *   "items": [ { "start": 12, "end": 19, "text": "769.6亿元", … } ],
 *   …any summary members the plugin adds… }
 * ]|
 *
 * Item spans ("start"/"end") are always code points of the **original** text,
 * whatever view the plugin read: ds_layer_add_span() does the mapping. A
 * layer is owned by its #DsDocument.
 *
 * Numbers put into items are written by docsift's own JSON writer: doubles
 * in their shortest exact form (0.1 stays 0.1; 1e20 is written 1e+20, never
 * json-glib's 1e+20.0); integral doubles below 2^53 without exponent.
 */
typedef struct _DsLayer DsLayer;

/** ds_layer_get_name: Returns: (transfer none): the layer's name. */
DS_API const char *ds_layer_get_name (const DsLayer *layer);
/** ds_layer_get_plugin: Returns: (transfer none): the producing plugin's name. */
DS_API const char *ds_layer_get_plugin (const DsLayer *layer);
/** ds_layer_get_version: Returns: (transfer none): the producing plugin's version. */
DS_API const char *ds_layer_get_version (const DsLayer *layer);

/**
 * ds_layer_get_object:
 *
 * The layer object itself, for summary members (e.g. "script", "counts").
 * Do not remove "plugin", "version" or "items". Brings compacted items
 * back as JSON objects (see ds_layer_compact()): on a large layer, take the
 * object before adding items and keep the pointer, which stays valid.
 *
 * Returns: (transfer none): the layer's JSON object.
 */
DS_API JsonObject *ds_layer_get_object (DsLayer *layer);

/**
 * ds_layer_get_items:
 *
 * All the items, compacted ones brought back as JSON objects first (an
 * integral double comes back as an integer node; json_node_get_double()
 * reads both).
 *
 * Returns: (transfer none): the "items" array.
 */
DS_API JsonArray *ds_layer_get_items (DsLayer *layer);

/** ds_layer_get_n_items: Returns: the number of items (none is brought back as JSON objects). */
DS_API guint ds_layer_get_n_items (const DsLayer *layer);

/**
 * ds_layer_peek_item:
 * @index: 0 … ds_layer_get_n_items() - 1
 *
 * Item @index, read from its compact JSON text without making json-glib
 * objects: how a plugin reads the layers of the plugins it requires (see
 * #DsItem). The layer is compacted first (ds_layer_compact()), which the
 * pipeline has done already for the layers of earlier plugins.
 *
 * Returns: (transfer none) (nullable): the item, owned by the layer and
 *   valid until its items change (an item added, ds_layer_compact() of new
 *   items, ds_layer_get_items() or ds_layer_get_object()); %NULL when
 *   @index is past the end or the item is not a JSON object
 */
DS_API const DsItem *ds_layer_peek_item (DsLayer *layer, guint index);

/**
 * ds_layer_get_member:
 * @name: a summary member of the layer object ("reference", "count"…)
 *
 * Reads a member of the layer object without bringing compacted items back
 * as JSON objects (which ds_layer_get_object() does).
 *
 * Returns: (transfer none) (nullable): the member, %NULL when absent or
 *   when @name is "items"
 */
DS_API JsonNode *ds_layer_get_member (const DsLayer *layer, const char *name);

/**
 * ds_layer_compact:
 *
 * Stores the items added so far as their compact JSON text, which is what
 * they will be written as: a json-glib object takes some ten times the
 * memory of its text, which for a large document (hundreds of thousands of
 * items) is most of the run's memory. The #JsonObject pointers to those
 * items are invalid afterwards; the layer object and new items are not
 * affected. The pipeline compacts every layer when a plugin returns; a
 * plugin that makes many items calls it once each item is finished.
 */
DS_API void ds_layer_compact (DsLayer *layer);

/**
 * ds_layer_add_item:
 *
 * Appends an empty item (an annotation with no span, or whose span the
 * caller sets in original code points).
 *
 * Returns: (transfer none): the new item, owned by the layer, valid until
 * the layer is compacted (ds_layer_compact(), or the plugin returns).
 */
DS_API JsonObject *ds_layer_add_item (DsLayer *layer);

/**
 * ds_layer_add_span:
 * @layer: a #DsLayer
 * @view: the view the plugin read (the original or a derived view)
 * @byte_start: span start, in bytes of @view's text
 * @byte_end: span end, in bytes of @view's text
 *
 * Appends an item with "start" and "end" set to code points of the original
 * text (mapped back through @view's offset map) and "text" set to that
 * original span, so that `text[start:end]` in Python or jq returns the
 * mention as the document wrote it (Traditional script, full-width digits…).
 *
 * Returns: (transfer none): the new item, owned by the layer.
 */
DS_API JsonObject *ds_layer_add_span (DsLayer *layer,
                                      const DsView *view,
                                      gsize byte_start,
                                      gsize byte_end);

/**
 * ds_layer_set_span:
 * @layer: a #DsLayer
 * @object: any JSON object (an item, or an object nested in one)
 * @view: the view the plugin read
 * @byte_start: span start, in bytes of @view's text
 * @byte_end: span end, in bytes of @view's text
 * @prefix: (nullable): member-name prefix: %NULL sets "start"/"end"/"text";
 *   "event" sets "event_start"/"event_end"/"event"
 *
 * Sets a mapped span on @object, as ds_layer_add_span() does for items.
 */
DS_API void ds_layer_set_span (DsLayer *layer,
                               JsonObject *object,
                               const DsView *view,
                               gsize byte_start,
                               gsize byte_end,
                               const char *prefix);

G_END_DECLS
