/* ds-json.h: docsift's JSON envelope and number-exact JSON writer.
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
#include <docsift/ds-document.h>

G_BEGIN_DECLS

typedef enum
{
  DS_JSON_PRETTY = 1 << 0,  /* indented, several lines */
  DS_JSON_NO_TEXT = 1 << 1, /* omit the original "text" */
  DS_JSON_EMIT_MAPS = 1 << 2, /* write views' offset maps */
} DsJsonFlags;

/**
 * ds_json_append_node:
 * @out: where to append
 * @node: any JSON node
 * @pretty: indent
 * @indent: current indentation level (0 at top)
 *
 * Writes JSON with exact numbers: integers as they are, doubles in their
 * shortest round-trip form ("0.1", "769.6", "1e+20"; never "1e+20.0" or
 * "0.10000000000000001"); NaN and infinities as null. Strings are written
 * as UTF-8 (only ", \ and control characters escaped).
 */
DS_API void ds_json_append_node (GString *out, JsonNode *node, gboolean pretty, guint indent);

/** ds_json_format_double: appends the shortest round-trip form of @value. */
DS_API void ds_json_format_double (GString *out, double value);

/**
 * ds_document_to_json:
 * Appends @doc as one docsift envelope (no trailing newline) to @out.
 */
DS_API void ds_document_to_json (DsDocument *doc, GString *out, DsJsonFlags flags);

/**
 * ds_document_new_from_json:
 * @json: one JSON object: docsift's own output (views and layers kept, even
 *   ones this build has no plugin for) or `{"id":…, "text":…, "meta":{…}}`
 * @length: bytes, or -1
 * @fallback_id: id to use when the object has none
 * @source: stream name recorded as source when the object has none
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with
 *   %DS_DOCUMENT_ERROR_BAD_JSON saying what is wrong
 *   (%DS_DOCUMENT_ERROR_BAD_MAP when a view's map does not fit its texts).
 */
DS_API DsDocument *ds_document_new_from_json (const char *json,
                                              gssize length,
                                              const char *fallback_id,
                                              const char *source,
                                              GError **error);

G_END_DECLS
