/* ds-private.h: internals shared by the files of libdocsift. Not installed.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <docsift/docsift.h>

#include <stdio.h>
#include <string.h>

G_BEGIN_DECLS

/* DS_INTERNAL: a function of libdocsift's own files, never exported from
 * libdocsift.so (only DS_API functions are: check with
 * `nm -D --defined-only libdocsift.so`). The docsift command and the tests
 * of internals link the core's objects statically (docsift_internal_dep). */
#define DS_INTERNAL __attribute__ ((visibility ("hidden")))

/* ---- offset map ---- */
typedef struct
{
  gsize orig_start;  /* code points */
  gsize view_start;  /* code points */
  guint32 orig_len;
  guint32 view_len;
} DsMapSegment;

struct _DsOffsetMap
{
  GArray *segments; /* DsMapSegment */
  gsize orig_total;
  gsize view_total;
};

/* ---- views ---- */
struct _DsView
{
  char *name;
  char *text;
  gsize length;
  DsOffsetMap *map; /* NULL for the original */
  gsize n_codepoints;
  guint32 *block_cp; /* code points before each DS_CP_BLOCK-byte block; lazy */
  GArray *paragraphs; /* DsSpan, lazy */
  GArray *sentences;  /* DsSpan, lazy */
};

#define DS_CP_BLOCK_SHIFT 8

/* @n_codepoints: the text's length in code points, or G_MAXSIZE to count */
DsView *_ds_view_new (const char *name, char *text, gsize length, DsOffsetMap *map, gsize n_codepoints);
void _ds_view_free (DsView *view);
void _ds_segment_paragraphs (const char *text, gsize length, GArray *out);
void _ds_segment_sentences (const char *text, gsize length, const GArray *paragraphs, GArray *out);

/* ---- items (ds-item.c) ---- */
typedef struct _DsItemMember DsItemMember;
typedef struct _DsItemIndex DsItemIndex;
/* An index of @n_stored compact objects in @stored (separated by ','),
 * then of the elements of @live (NULL items for those not objects). */
DS_INTERNAL DsItemIndex *_ds_item_index_new (const GString *stored, guint n_stored, JsonArray *live);
DS_INTERNAL void _ds_item_index_free (DsItemIndex *index);
/* The text of member @name (as ds_item_get_json()), looked for from member
 * *@cursor on (then from the first), *@cursor moved after it when found:
 * for names asked in the order they were written. */
DS_INTERNAL const char *_ds_item_find_from (const DsItem *item, const char *name, guint *cursor, gsize *length);
/* Item @i, or NULL when it is not an object (or past the end). */
DS_INTERNAL const DsItem *_ds_item_index_get (const DsItemIndex *index, guint i);

/* ---- layers ---- */
struct _DsLayer
{
  char *name;
  DsDocument *doc;
  JsonObject *object; /* plugin, version, items, … */
  JsonArray *items;   /* borrowed from object: the items not yet compacted */
  /* ds_layer_compact(): the first items of the layer as compact JSON text,
   * separated by ',' (NULL when none). The items are stored[] ++ items[]. */
  GString *stored;
  guint n_stored;
  /* ds_layer_peek_item(): the items indexed (NULL until asked for; dropped
   * whenever the items change) */
  DsItemIndex *index;
};

DsLayer *_ds_layer_new (DsDocument *doc, const char *name, const char *plugin, const char *version);
DsLayer *_ds_layer_new_from_object (DsDocument *doc, const char *name, JsonObject *object);
void _ds_layer_free (DsLayer *layer);
/* The number of items, stored or not (brings none back as JSON). */
DS_INTERNAL guint _ds_layer_count_items (const DsLayer *layer);
/* Writes the layer object as ds_json_append_node() would write it. */
DS_INTERNAL void _ds_layer_append_json (DsLayer *layer, GString *out, gboolean pretty, guint indent);
/* Appends one finished item given as compact JSON text (DsItemBuilder). */
DS_INTERNAL void _ds_layer_append_item_json (DsLayer *layer, const char *json, gsize length);
/* The span [@byte_start, @byte_end) of @view in the original text: code
 * points (@start, @end) and bytes (@orig_byte_start, @orig_byte_end). */
DS_INTERNAL void _ds_layer_map_span (const DsLayer *layer, const DsView *view, gsize byte_start, gsize byte_end,
                                     gsize *start, gsize *end, gsize *orig_byte_start, gsize *orig_byte_end);

/* ---- documents ---- */
struct _DsDocument
{
  char *id;
  char *source;
  char *encoding;
  DsView *original;
  JsonObject *meta;
  GPtrArray *views;   /* DsView*, derived only */
  GPtrArray *layers;  /* DsLayer* */
  GPtrArray *errors;  /* JsonObject* : per-document error records (ref'd) */
  /* Set by the pipeline while a plugin runs, to stamp new layers. */
  const char *current_plugin;
  const char *current_version;
  /* Input statistics kept for the envelope. */
  guint replaced_bytes;
  guint n_replaced_at;
  gsize replaced_at[8];  /* input byte offsets of the first replacements */
};

void _ds_document_add_error (DsDocument *doc, const char *plugin, const GError *error);
/* ds_document_new() for a text whose length in code points is known */
DS_INTERNAL DsDocument *_ds_document_new_counted (const char *id, const char *source, char *text, gsize length,
                                             gsize n_codepoints, const char *encoding);
gboolean _ds_document_has_errors (DsDocument *doc);
DsLayer *_ds_document_put_layer_object (DsDocument *doc, const char *name, JsonObject *object);

/* ---- JSON ---- */
void _ds_json_append_string (GString *out, const char *s);
/* As _ds_json_append_string(), for @length bytes of @s (no NUL needed). */
DS_INTERNAL void _ds_json_append_string_len (GString *out, const char *s, gsize length);
/* An integer in decimal, without printf. */
DS_INTERNAL void _ds_json_append_int (GString *out, gint64 value);
/* @s must be valid UTF-8 (not checked): document texts and views */
void _ds_json_append_utf8_len (GString *out, const char *s, gsize length);
DS_INTERNAL void _ds_string_reserve (GString *out, gsize extra);
/* ASCII bytes a JSON string holds as they are (printable and DEL, not " or \) */
DS_INTERNAL extern const guint8 _ds_json_plain_ascii[256];
/* g_string_append_len() without the call while there is room: the JSON
 * writer and the item builder append many short pieces. */
static inline void
_ds_string_append (GString *out, const char *p, gsize n)
{
  if (G_LIKELY (out->len + n < out->allocated_len))
    {
      memcpy (out->str + out->len, p, n);
      out->len += n;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, p, (gssize) n);
}
/* Appends @compact (values written by ds_json_append_node() without
 * pretty, separated by ',' at the top level) as the pretty writer would
 * have written them as elements of a non-flat array at @indent. */
DS_INTERNAL void _ds_json_append_reindented (GString *out, const char *compact, gsize length, guint indent);
/* Bounded line reading (ds-lines.c). A line longer than the limit is
 * skipped (never held in memory whole) and reported through @overlong.
 * _ds_lines_next(): the next line without its '\n' in @line (owned by
 * @lines, valid until the next call); FALSE at the end of the stream or on
 * a read error (then errno is set and _ds_lines_failed() is TRUE). */
typedef struct _DsLines DsLines;
DS_INTERNAL DsLines *_ds_lines_new (FILE *stream, gsize max_length);
DS_INTERNAL void _ds_lines_free (DsLines *lines);
DS_INTERNAL gboolean _ds_lines_next (DsLines *lines, GString **line, guint64 *overlong);
DS_INTERNAL gboolean _ds_lines_failed (DsLines *lines);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsLines, _ds_lines_free)

/* The longest JSON Lines record the readers take by default: 4 times the
 * default --max-doc-bytes (64 MiB). */
#define DS_JSON_LINE_MAX_DEFAULT ((gsize) 256 * 1024 * 1024)

/* Deepest nesting of arrays and objects a JSON Lines record may have. */
#define DS_JSON_MAX_DEPTH 512
/* Checks, before json-glib parses @json, that it is nested at most
 * @max_depth deep and holds no NUL (neither a byte nor a \u0000 escape). */
DS_INTERNAL gboolean _ds_json_check_bounds (const char *json, gsize length, guint max_depth, GError **error);
/* One JSON Lines record: the bounds above checked, then parsed by @parser;
 * Returns: (transfer none): the root object (owned by @parser), or NULL with
 * DS_DOCUMENT_ERROR_BAD_JSON saying why (too deep, NUL, not JSON, not an
 * object). */
DS_INTERNAL JsonObject *_ds_json_parse_object (JsonParser *parser, const char *json, gsize length, GError **error);

/* ---- data files ---- */
/* ds_data_file_next() that also stops on section headers (*is_header TRUE) */
gboolean _ds_data_file_read (DsDataFile *file, gboolean *is_header, GError **error);

/* ---- utf-8 helpers ---- */
gsize _ds_utf8_count (const char *text, gsize length);
/* Validates (NUL is invalid) and counts code points in one pass. */
DS_INTERNAL gboolean _ds_utf8_validate_count (const char *text, gsize length, gsize *n_codepoints);

G_END_DECLS
