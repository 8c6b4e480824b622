/* ds-document.h: the shared document model.
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
#include <docsift/ds-layer.h>

G_BEGIN_DECLS

/**
 * DsDocument:
 *
 * One document: an id, a source, the original text (valid UTF-8, never
 * modified once loaded), the encoding it was decoded from, metadata, derived
 * views, and annotation layers. Plugins receive a document in their process
 * function; one document is processed by one thread at a time, so a plugin
 * needs no locking to read or add to it.
 */
typedef struct _DsDocument DsDocument;

/**
 * ds_document_new:
 * @id: document id (copied)
 * @source: (nullable): path or stream name (copied)
 * @text: (transfer full): the original text, valid UTF-8, NUL-terminated
 * @length: length of @text in bytes
 * @encoding: (nullable): name of the encoding it was decoded from
 *
 * For the core, tests and harnesses; plugins never create documents.
 *
 * Returns: (transfer full): a new document.
 */
DS_API DsDocument *ds_document_new (const char *id,
                                    const char *source,
                                    char *text,
                                    gsize length,
                                    const char *encoding);
DS_API void ds_document_free (DsDocument *doc);

/** ds_document_get_id: Returns: (transfer none): the document id. */
DS_API const char *ds_document_get_id (const DsDocument *doc);
/** ds_document_get_source: Returns: (transfer none): path or stream name. */
DS_API const char *ds_document_get_source (const DsDocument *doc);
/** ds_document_get_encoding: Returns: (transfer none): e.g. "UTF-8", "GB18030". */
DS_API const char *ds_document_get_encoding (const DsDocument *doc);

/**
 * ds_document_get_text:
 * @length: (out) (optional): length in bytes
 * Returns: (transfer none): the original text (valid UTF-8).
 */
DS_API const char *ds_document_get_text (const DsDocument *doc, gsize *length);

/**
 * ds_document_get_original:
 * Returns: (transfer none): the original text as a #DsView named "original".
 */
DS_API DsView *ds_document_get_original (DsDocument *doc);

/**
 * ds_document_get_meta:
 *
 * Metadata: string key/values from the input (title, url, …) plus anything
 * a plugin sets (timeline sets "published"). Plugins may add members.
 *
 * Returns: (transfer none): the metadata object.
 */
DS_API JsonObject *ds_document_get_meta (DsDocument *doc);

/** ds_document_get_meta_string: Returns: (transfer none) (nullable): a string member of meta. */
DS_API const char *ds_document_get_meta_string (DsDocument *doc, const char *key);
/** ds_document_set_meta_string: sets a string member of meta (copied). */
DS_API void ds_document_set_meta_string (DsDocument *doc, const char *key, const char *value);

/**
 * ds_document_get_view:
 * @name: a view name; "original" names the original text
 * Returns: (transfer none) (nullable): the view, or %NULL if absent.
 */
DS_API DsView *ds_document_get_view (DsDocument *doc, const char *name);

/**
 * ds_document_get_view_or_original:
 *
 * What plugins with an optional input view call: the view @name when a
 * plugin (or the input) provided it, else the original.
 *
 * Returns: (transfer none): a view, never %NULL.
 */
DS_API DsView *ds_document_get_view_or_original (DsDocument *doc, const char *name);

/**
 * ds_document_add_view:
 * @doc: a #DsDocument
 * @name: view name (not "original")
 * @text: (transfer full): the view text, valid UTF-8, NUL-terminated
 * @length: its length in bytes
 * @map: (transfer full): its map to the original, covering the whole
 *   original and the whole view
 * @error: return location for a #GError
 *
 * Adds (or replaces) a derived view. Fails with %DS_DOCUMENT_ERROR_BAD_MAP
 * when @map does not cover both texts exactly.
 *
 * Returns: (transfer none) (nullable): the view, or %NULL on error.
 */
DS_API DsView *ds_document_add_view (DsDocument *doc,
                                     const char *name,
                                     char *text,
                                     gsize length,
                                     DsOffsetMap *map,
                                     GError **error);

/** ds_document_get_view_names: Returns: (transfer container): names of derived views, in order added. */
DS_API GPtrArray *ds_document_get_view_names (DsDocument *doc);

/**
 * ds_document_add_layer:
 * @name: layer name
 *
 * Creates the layer @name, stamped with the name and version of the plugin
 * currently processing the document, replacing any layer of that name.
 *
 * Returns: (transfer none): the new, empty layer.
 */
DS_API DsLayer *ds_document_add_layer (DsDocument *doc, const char *name);

/** ds_document_get_layer: Returns: (transfer none) (nullable): the layer @name. */
DS_API DsLayer *ds_document_get_layer (DsDocument *doc, const char *name);

/** ds_document_get_layer_names: Returns: (transfer container): layer names, in order added. */
DS_API GPtrArray *ds_document_get_layer_names (DsDocument *doc);

/** ds_document_has_output: whether a view or layer called @name exists. */
DS_API gboolean ds_document_has_output (DsDocument *doc, const char *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsDocument, ds_document_free)

/**
 * DS_DOCUMENT_ERROR:
 *
 * Error domain of the document model. Errors are #DsDocumentError.
 */
#define DS_DOCUMENT_ERROR (ds_document_error_quark ())
DS_API GQuark ds_document_error_quark (void);

typedef enum
{
  DS_DOCUMENT_ERROR_BAD_MAP,
  DS_DOCUMENT_ERROR_BAD_VIEW,
  DS_DOCUMENT_ERROR_BAD_JSON,
} DsDocumentError;

G_END_DECLS
