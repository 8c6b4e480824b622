/* nm-text.h: the pure-C part of the normalize plugin: the builder of
 * run-length alignment maps (a pending aligned run kept inline; composed
 * with the core's ds_offset_map_compose()), the character pass (invisible
 * characters, NFC, width, punctuation, white space, script counting) and
 * range marks. Nothing here needs OpenCC, so unit tests link it directly.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>
#include <docsift/docsift.h>

G_BEGIN_DECLS

/* ---- alignment maps ----
 *
 * Same model as DsOffsetMap: segments (o, v) in code points, "the next o
 * characters of the input became the next v characters of the output";
 * equal lengths are aligned (character i came from character i) and merge,
 * unequal lengths are atomic.
 */
typedef struct
{
  guint32 o;
  guint32 v;
} NmSeg;

typedef struct
{
  GArray *segs;      /* NmSeg, finished part */
  guint64 pending;   /* aligned characters not yet stored */
  guint64 o_total;
  guint64 v_total;
} NmMap;

void nm_map_init (NmMap *map);
void nm_map_clear (NmMap *map);
/* n characters copied or converted one to one */
static inline void
nm_map_aligned (NmMap *map, guint64 n)
{
  map->pending += n;
  map->o_total += n;
  map->v_total += n;
}
/* o input characters became v output characters */
void nm_map_append (NmMap *map, guint32 o, guint32 v);
/* stores the pending aligned run; call before reading segs */
void nm_map_finish (NmMap *map);
/* appends every segment of @src (finished) to @dst */
void nm_map_append_map (NmMap *dst, const NmMap *src);
/* the core's map with the segments of @map (finished) */
DsOffsetMap *nm_map_to_offset_map (const NmMap *map);
/* @out = @b ∘ @a: a maps X→Y, b maps Y→Z (both finished, a->v_total ==
 * b->o_total), by ds_offset_map_compose(). Returns FALSE if the lengths do
 * not match. */
gboolean nm_map_compose (const NmMap *a, const NmMap *b, NmMap *out);

/* ---- character tables ---- */

typedef struct
{
  guint8 *trad_only;   /* bitmap over U+0000..U+10FFFF */
  guint8 *simp_only;   /* bitmap */
  guint8 *nfc_unsafe;  /* bitmap: not a starter that NFC leaves alone */
  guint8 *composes;    /* bitmap: combines with the preceding character */
  guint8 *bmp_class;   /* NM_CLASS_* per BMP character, from nm_tables_index () */
} NmTables;

/* bmp_class bits: PLAIN characters need no step of the character pass
 * (no decomposition, no combining, not invisible, not white space, no
 * width or punctuation mapping); HAN/TRAD/SIMP are the script counts */
enum
{
  NM_CLASS_PLAIN = 1,
  NM_CLASS_HAN = 2,
  NM_CLASS_TRAD = 4,
  NM_CLASS_SIMP = 8,
};

#define NM_BITMAP_BYTES (0x110000 / 8)

static inline gboolean
nm_bit_get (const guint8 *bits, gunichar c)
{
  return c < 0x110000 && (bits[c >> 3] >> (c & 7)) & 1;
}
static inline void
nm_bit_set (guint8 *bits, gunichar c)
{
  if (c < 0x110000)
    bits[c >> 3] |= (guint8) (1u << (c & 7));
}

/* allocates the bitmaps and fills the Unicode ones (NFC) from GLib's
 * tables; the script bitmaps start empty (filled from OpenCC's dictionaries) */
void nm_tables_init (NmTables *t);
void nm_tables_clear (NmTables *t);
/* builds bmp_class once the script bitmaps are filled (nm_script_sets_load
 * calls it); without it the character pass takes its general path */
void nm_tables_index (NmTables *t);

/* ---- the character pass ---- */

typedef enum
{
  NM_SPACE_ASCII,       /* NBSP, U+3000 and other spaces → U+0020 */
  NM_SPACE_IDEOGRAPHIC, /* → U+3000 */
  NM_SPACE_KEEP,        /* left as they are */
} NmSpaceChar;

typedef struct
{
  gboolean width;        /* full-width ASCII → half-width */
  gboolean cjk_punct;    /* also ，。：；！？、（） → ,.:;!?,() (needs width) */
  gboolean punct;        /* quotes per @quotes */
  gboolean curly_quotes; /* 「」『』 → “”‘’ */
  gboolean nfc;          /* canonical composition */
  gboolean remove;       /* zero-width characters, BOM, soft hyphen */
  gboolean space;        /* CRLF/CR, space characters, trailing spaces, blank-line runs */
  NmSpaceChar space_char;
} NmOptions;

void nm_options_init_default (NmOptions *opt);

typedef struct
{
  guint64 width;
  guint64 punct;
  guint64 space;
  guint64 removed;
  guint64 composed;
  guint64 han;         /* Han characters of the original */
  guint64 traditional; /* of which Traditional-only */
  guint64 simplified;  /* of which Simplified-only */
} NmCounts;

/* Normalizes @text (valid UTF-8, @len bytes) into @out, appending to @map
 * (input = @text) and adding to @counts. */
void nm_pass_normalize (const NmTables *t,
                        const NmOptions *opt,
                        const char *text,
                        gsize len,
                        GString *out,
                        NmMap *map,
                        NmCounts *counts);

/* ---- script ---- */

/* "none", "simplified", "traditional" or "mixed": mixed when both kinds are
 * present and the minority is at least @mixed_ratio of both together. */
const char *nm_script_name (const NmCounts *counts, double mixed_ratio);

/* ---- range marks ---- */

/* Byte spans (pairs of gsize start, end) of dash-family characters (— ― – －
 * ~ ～ 〜 至) that stand between two numbers, as in 1—11月 or 2021—2035. */
void nm_find_range_marks (const char *text, gsize len, GArray *spans);

G_END_DECLS
