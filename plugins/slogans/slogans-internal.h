/* slogans-internal.h: what the parts of the slogan scanner share (private).
 *
 * slogans-formula.c  numeral formulas: chains, plan periods, digit formulas
 * slogans-quote.c    quoted phrases: pairing, shape, cues, classification
 * slogans-count.c    items, lexicon matching and counting of occurrences
 * slogans-scan.c     the driver: one forward pass, then classify and count
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slogans-scan.h"

#include <docsift/docsift.h>
#include <string.h>

G_BEGIN_DECLS

#define CUE_WINDOW 4        /* Han characters allowed between a closing quote and a cue */
#define MAX_CHAIN_HEAD 3    /* head length inside an unquoted chain */
#define MAX_WHOLE_HEAD 6    /* head length inside a quoted formula */
#define MAX_TITLE_CHARS 80

/* ---------- characters ---------- */

/* Characters come from the toolkit (ds-text.h): ds_utf8_decode() for one
 * character, ds_unichar_is_han() for a Han character. peek_char() is the
 * character at @p, 0 at @end. */
static inline gunichar
peek_char (const char *p, const char *end)
{
  const char *next;
  return p < end ? ds_utf8_decode (p, end, &next) : 0;
}

#define is_han(c) ds_unichar_is_han (c)

/* The end of the character at @p (@end at the end). */
static inline const char *
sl_next_char (const char *p, const char *end)
{
  const char *next = end;
  if (p < end)
    ds_utf8_decode (p, end, &next);
  return next;
}

/* The character before @p, 0 at @start. */
static inline gunichar
prev_char (const char *start, const char *p)
{
  return p > start ? peek_char (ds_utf8_prev (start, p), p) : 0;
}

/* Characters that may start or make up a numeral inside a formula. */
static inline gboolean
is_chain_numeral (gunichar c)
{
  switch (c)
    {
    case U'一': case U'二': case U'三': case U'四': case U'五': case U'六':
    case U'七': case U'八': case U'九': case U'十': case U'两': case U'兩':
    case U'双': case U'雙': case U'〇': case U'零':
      return TRUE;
    default:
      return FALSE;
    }
}

static inline gboolean
is_ascii_or_wide_digit (gunichar c)
{
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

static inline gboolean
is_ascii_or_wide_alnum (gunichar c)
{
  return g_unichar_isalnum (c) && (c < 0x80 || (c >= 0xFF10 && c <= 0xFF5A));
}

/* A classifier between numeral and head: 四个转变, 七大政策, 五项理念. */
static inline gboolean
is_classifier (gunichar c)
{
  switch (c)
    {
    case U'个': case U'個': case U'大': case U'项': case U'項': case U'条': case U'條':
    case U'名': case U'面': case U'种': case U'種': case U'类': case U'類': case U'件':
    case U'张': case U'張': case U'批':
      return TRUE;
    default:
      return FALSE;
    }
}

static inline gboolean
is_sentence_end (gunichar c)
{
  switch (c)
    {
    case U'。': case U'！': case U'？': case '!': case '?': case U'；': case ';':
    case U'…': case U'．':
      return TRUE;
    default:
      return FALSE;
    }
}

/* The closing mark of the quote mark @c (inline: the scanner asks at every
 * character). */
static inline gboolean
sl_quote_close_for (gunichar c, gunichar *close)
{
  switch (c)
    {
    case 0x201C: *close = 0x201D; return TRUE; /* “” */
    case 0x300C: *close = 0x300D; return TRUE; /* 「」 */
    case 0x300E: *close = 0x300F; return TRUE; /* 『』 */
    case 0x2018: *close = 0x2019; return TRUE; /* ‘’ */
    case 0xFE41: *close = 0xFE42; return TRUE; /* ﹁﹂ */
    case 0xFE43: *close = 0xFE44; return TRUE; /* ﹃﹄ */
    case '"': *close = '"'; return TRUE;
    case 0xFF02: *close = 0xFF02; return TRUE; /* ＂ */
    default: return FALSE;
    }
}

typedef struct
{
  gsize open, cstart, cend, close_end;
  SloganItem *item;       /* when it is a slogan */
  const char *reason;     /* why not */
  gboolean candidate;     /* passed the shape filters (for the repeat rule) */
  gboolean parallel;      /* “强龙头、补链条、聚集群” */
  gboolean long_name;     /* longer than max_chars, scored as a programme name */
  int score;              /* the label score (slogans-quote.c) */
  guint features;         /* 1 << SloganFeature */
} Quote;

typedef struct
{
  const SloganLexicon *lex;
  const SloganConfig *cfg;
  const char *text, *end;
  SloganResult *res;
  GHashTable *items;      /* key -> SloganItem* */
  GArray *quotes;         /* Quote */
  GHashTable *quoted_at;  /* cstart -> cend + 1 */
  gboolean speech_document; /* most quotes are speech (slogans-quote.c) */
  gboolean legal_document;  /* cites articles: quotes are terms and names (slogans-quote.c) */
} Ctx;

/* slogans-formula.c */
gsize sl_count_chars (const char *p, const char *end);
const char *sl_advance_chars (const char *p, const char *end, gsize n);
SloganPart *sl_part_new (gint64 n, const char *num, const char *num_end, const char *cls,
                         const char *cls_end, const char *head, const char *head_end);
SloganPart *sl_part_copy (const SloganPart *src);
const char *sl_read_plan (const char *p, const char *end, guint *plan);
gboolean sl_plan_context_ok (const char *start, const char *text, const char *after, const char *end);
const char *sl_read_plus_formula (const char *p, const char *end, GPtrArray *parts,
                                  gboolean whole);
gboolean sl_is_quantity_head (gunichar c);
gboolean sl_segment_has_stop (const SloganLexicon *lex, const char *from, const char *e);
gboolean sl_parse_formula_lex (const SloganLexicon *lex, const char *s, gsize len, GPtrArray *parts,
                               guint *plan);
const char *sl_read_chain (const SloganLexicon *lex, const char *text, const char *p, const char *end,
                           GPtrArray *parts);

/* slogans-quote.c */
gboolean sl_find_close (const char *p, const char *end, gunichar open, gunichar close, guint reach,
                        const char **cend, const char **close_end);
void sl_classify_quotes (Ctx *ctx);
void sl_join_adjacent (Ctx *ctx, GArray *joined_occs, GPtrArray *joined_items);

/* slogans-count.c */
void sl_item_free (gpointer data);
SloganItem *sl_get_item (Ctx *ctx, const char *key, gsize len, const char *reason);
SloganItem *sl_establish (Ctx *ctx, const char *s, gsize len, const char *reason);
void sl_count_occurrences (Ctx *ctx);
void sl_lexicon_key (Ctx *ctx, SloganItem *item);
int sl_cmp_occ (gconstpointer a, gconstpointer b);
int sl_cmp_item (gconstpointer a, gconstpointer b);

G_END_DECLS
