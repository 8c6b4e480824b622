/* ds-view.h: a text of a document (the original or a derived view) and the
 * offset map from a derived view back to the original.
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
 * DsSpan:
 * @start: first byte of the span
 * @end: one past the last byte of the span
 *
 * A half-open byte range `[start, end)` into the text of one #DsView.
 */
typedef struct
{
  gsize start;
  gsize end;
} DsSpan;

/**
 * DsOffsetMap:
 *
 * Where each character of a derived view came from in the original text, as
 * run-length segments in **code points**. Each segment says "the next
 * @orig_len characters of the original became the next @view_len characters
 * of the view". A segment whose lengths are equal is *aligned*: character i of
 * the view came from character i of the original (a copy, or a one-to-one
 * conversion such as 臺→台). A segment whose lengths differ is *atomic*: any
 * character inside it maps to the whole original range (a phrase conversion
 * of another length, a removed character with @view_len 0, CRLF→LF, …).
 * Adjacent aligned segments are merged (and adjacent deletions, and adjacent
 * insertions), so a map is as small as the number of length-changing edits.
 */
typedef struct _DsOffsetMap DsOffsetMap;

DS_API DsOffsetMap *ds_offset_map_new (void);
DS_API void ds_offset_map_free (DsOffsetMap *map);
DS_API DsOffsetMap *ds_offset_map_copy (const DsOffsetMap *map);

/**
 * ds_offset_map_append:
 * @map: a #DsOffsetMap being built
 * @orig_len: code points consumed from the original
 * @view_len: code points produced in the view
 *
 * Appends one segment (see #DsOffsetMap). Zero-length segments (both 0) are
 * ignored; equal lengths merge with a preceding aligned segment, a deletion
 * (@view_len 0) with a preceding deletion, an insertion (@orig_len 0) with
 * a preceding insertion.
 */
DS_API void ds_offset_map_append (DsOffsetMap *map, guint32 orig_len, guint32 view_len);

/** ds_offset_map_get_original_length: code points of the original covered. */
DS_API gsize ds_offset_map_get_original_length (const DsOffsetMap *map);
/** ds_offset_map_get_view_length: code points of the view covered. */
DS_API gsize ds_offset_map_get_view_length (const DsOffsetMap *map);
/** ds_offset_map_get_n_segments: number of stored (merged) segments. */
DS_API guint ds_offset_map_get_n_segments (const DsOffsetMap *map);
/**
 * ds_offset_map_get_segment:
 * @map: a #DsOffsetMap
 * @index: segment number, < ds_offset_map_get_n_segments()
 * @orig_start: (out) (optional): first original code point of the segment
 * @view_start: (out) (optional): first view code point of the segment
 * @orig_len: (out) (optional): original length in code points
 * @view_len: (out) (optional): view length in code points
 */
DS_API void ds_offset_map_get_segment (const DsOffsetMap *map,
                                       guint index,
                                       gsize *orig_start,
                                       gsize *view_start,
                                       guint32 *orig_len,
                                       guint32 *view_len);

/**
 * ds_offset_map_map_span:
 * @map: a #DsOffsetMap
 * @view_start: first code point of a span of the view
 * @view_end: one past its last code point (>= @view_start)
 * @orig_start: (out): first code point of the original it came from
 * @orig_end: (out): one past the last code point of the original it came from
 *
 * Maps a code-point span of the view to the smallest span of the original
 * that contains everything it came from. Positions past the end of the map
 * are clamped to the end.
 */
DS_API void ds_offset_map_map_span (const DsOffsetMap *map,
                                    gsize view_start,
                                    gsize view_end,
                                    gsize *orig_start,
                                    gsize *orig_end);

/**
 * ds_offset_map_compose:
 * @first: a map from the original to a view V1
 * @second: a map from V1 to a view V2 (its "original" is V1)
 *
 * The map from the original to V2, for a view derived from another derived
 * view. Where both maps are aligned the result is aligned; a character that
 * falls in an atomic segment of either map maps to the whole group of
 * original characters involved. (Since #DsOffsetMap tells atomic from
 * aligned by the lengths, a group whose two lengths happen to be equal comes
 * out aligned.)
 *
 * Returns: (transfer full): the composed map, or %NULL if the view length
 *   of @first is not the original length of @second
 */
DS_API DsOffsetMap *ds_offset_map_compose (const DsOffsetMap *first, const DsOffsetMap *second);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsOffsetMap, ds_offset_map_free)

/**
 * DsView:
 *
 * One text of a document: the original (name "original", no map) or a view
 * derived from it (e.g. "normalized") with its #DsOffsetMap. A view is owned
 * by its #DsDocument and immutable once added. Byte offsets used with a view
 * are offsets into ds_view_get_text(); they must fall on character boundaries.
 */
typedef struct _DsView DsView;

/** ds_view_get_name: Returns: (transfer none): the view's name. */
DS_API const char *ds_view_get_name (const DsView *view);

/**
 * ds_view_get_text:
 * @view: a #DsView
 * @length: (out) (optional): length in bytes, without the terminating NUL
 *
 * Returns: (transfer none): the view's text, valid NUL-terminated UTF-8.
 */
DS_API const char *ds_view_get_text (const DsView *view, gsize *length);

/**
 * ds_view_get_map:
 * Returns: (transfer none) (nullable): the map back to the original; %NULL
 *   for the original itself.
 */
DS_API const DsOffsetMap *ds_view_get_map (const DsView *view);

/** ds_view_is_original: whether @view is the document's original text. */
DS_API gboolean ds_view_is_original (const DsView *view);

/** ds_view_get_n_codepoints: length of the view in code points. */
DS_API gsize ds_view_get_n_codepoints (const DsView *view);

/**
 * ds_view_byte_to_codepoint:
 * Returns: the number of code points before byte @byte_offset of the view.
 *   O(1) amortised (a block index is built on first use).
 */
DS_API gsize ds_view_byte_to_codepoint (const DsView *view, gsize byte_offset);

/** ds_view_codepoint_to_byte: the byte offset of code point @cp_offset. */
DS_API gsize ds_view_codepoint_to_byte (const DsView *view, gsize cp_offset);

/**
 * ds_view_map_to_original:
 * @view: a #DsView
 * @byte_start: span start, bytes of this view
 * @byte_end: span end, bytes of this view
 * @orig_cp_start: (out): span start in code points of the original
 * @orig_cp_end: (out): span end in code points of the original
 *
 * The core's span mapping: byte offsets of a view to code points of the
 * original text. For the original it is a plain byte→code point conversion.
 */
DS_API void ds_view_map_to_original (const DsView *view,
                                     gsize byte_start,
                                     gsize byte_end,
                                     gsize *orig_cp_start,
                                     gsize *orig_cp_end);

/**
 * ds_view_get_paragraphs:
 * @view: a #DsView
 * @n_spans: (out): number of paragraphs
 *
 * Paragraphs: runs of non-blank lines, separated by blank lines or, for
 * documents written one paragraph per line, by line breaks. Computed on
 * first use. Not thread-safe against concurrent first use on the same view
 * (a document is only ever processed by one thread at a time).
 *
 * Returns: (transfer none) (array length=n_spans): byte spans of this view.
 */
DS_API const DsSpan *ds_view_get_paragraphs (DsView *view, guint *n_spans);

/**
 * ds_view_get_sentences:
 * @view: a #DsView
 * @n_spans: (out): number of sentences
 *
 * Sentences: split after 。！？!?； and …… (with closing quotes and brackets
 * kept in the sentence) and at paragraph ends; leading and trailing white
 * space excluded. Computed on first use.
 *
 * Returns: (transfer none) (array length=n_spans): byte spans of this view.
 */
DS_API const DsSpan *ds_view_get_sentences (DsView *view, guint *n_spans);

G_END_DECLS
