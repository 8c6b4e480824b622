/* numbers-internal.h: what the files of the numbers extractor share (private).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <docsift/docsift.h>
#include "numbers.h"

#include <math.h>
#include <string.h>

G_BEGIN_DECLS

/* ---- small helpers ---- */

static inline gunichar
char_at (const char *t, gsize pos, gsize len, gsize *clen)
{
  if (pos >= len)
    {
      *clen = 0;
      return 0;
    }
  const char *n = g_utf8_next_char (t + pos);
  *clen = (gsize) (n - (t + pos));
  if (pos + *clen > len)
    {
      *clen = len - pos;
      return 0xFFFD;
    }
  return g_utf8_get_char (t + pos);
}

static inline gunichar
char_before (const char *t, gsize pos, gsize *start)
{
  if (pos == 0)
    {
      *start = 0;
      return 0;
    }
  const char *p = g_utf8_find_prev_char (t, t + pos);
  if (!p)
    {
      *start = 0;
      return 0;
    }
  *start = (gsize) (p - t);
  return g_utf8_get_char (p);
}

static inline gboolean
has_at (const char *t, gsize pos, gsize len, const char *s)
{
  gsize n = strlen (s);
  return pos + n <= len && memcmp (t + pos, s, n) == 0;
}

static inline gboolean
ends_with_at (const char *t, gsize pos, const char *s)
{
  gsize n = strlen (s);
  return pos >= n && memcmp (t + pos - n, s, n) == 0;
}

static inline gboolean
is_ascii_alpha (gunichar c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline gboolean
is_any_digit (gunichar c)
{
  return ds_numeral_digit_value (c) >= 0;
}

static inline gboolean
is_arabic (gunichar c)
{
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

static inline gboolean
is_cjk (gunichar c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FFFF);
}

/* ---- word sets ----
 * The cue lists below are searched at many positions (before and after every
 * figure, backwards through its clause). A WordSet indexes one list by the
 * bytes of its words' first (or last) character, so a position costs one
 * table probe instead of a memcmp per word. Lookups give exactly the answers
 * of the plain loops they replace: candidates are tried in list order and
 * confirmed with memcmp. */

typedef struct
{
  guint64 key;       /* 0 = empty slot */
  guint16 first, n;  /* range of idx */
} WordSlot;

typedef struct
{
  const char *const *words; /* the list, in its order */
  guint8 *lens;
  guint16 *idx;             /* word indices grouped by key, list order within a key */
  WordSlot *slots;
  guint mask;               /* slots - 1 */
  gsize min_len;
  guint64 lead[4];          /* bytes that start (prefix) or end (suffix) a word */
  gboolean suffix;          /* keyed by the last character instead of the first */
} WordSet;

/* The key of the character at t[0..avail): its bytes and length. 0 if it does
 * not fit. Deterministic in the bytes, so a word and the text it matches
 * have the same key. */
static inline guint64
key_at (const guchar *t, gsize avail)
{
  guchar b = t[0];
  gsize l = b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  if (l > avail)
    return 0;
  guint64 k = l;
  for (gsize i = 0; i < l; i++)
    k = (k << 8) | t[i];
  return k;
}

/* The key of the last character of t[s..e) (e > s). */
static inline guint64
key_before (const guchar *t, gsize s, gsize e)
{
  gsize k = e - 1;
  while (k > s && e - k < 4 && (t[k] & 0xC0) == 0x80)
    k--;
  guint64 key = e - k;
  for (gsize i = k; i < e; i++)
    key = (key << 8) | t[i];
  return key;
}

static inline guint
key_hash (guint64 key, guint mask)
{
  return (guint) ((key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 40) & mask;
}

static inline const WordSlot *
word_set_find (const WordSet *ws, guint64 key)
{
  for (guint h = key_hash (key, ws->mask);; h = (h + 1) & ws->mask)
    {
      const WordSlot *sl = &ws->slots[h];
      if (sl->key == key)
        return sl;
      if (!sl->key)
        return NULL;
    }
}

static inline gboolean
word_set_lead (const WordSet *ws, guchar b)
{
  return (ws->lead[b >> 6] >> (b & 63)) & 1;
}

/* The longest word of the list that t[pos..len) starts with, or -1. */
static inline int
word_set_prefix (const WordSet *ws, const char *t, gsize pos, gsize len)
{
  if (pos >= len || !word_set_lead (ws, (guchar) t[pos]))
    return -1;
  guint64 key = key_at ((const guchar *) t + pos, len - pos);
  const WordSlot *sl = key ? word_set_find (ws, key) : NULL;
  int best = -1;
  for (guint i = 0; sl && i < sl->n; i++)
    {
      guint w = ws->idx[sl->first + i];
      if (pos + ws->lens[w] <= len && (best < 0 || ws->lens[w] > ws->lens[best]) &&
          memcmp (t + pos, ws->words[w], ws->lens[w]) == 0)
        best = (int) w;
    }
  return best;
}

/* The longest word of the list that t[s..e) ends with, or -1. */
static inline int
word_set_suffix (const WordSet *ws, const char *t, gsize s, gsize e)
{
  if (e <= s || !word_set_lead (ws, (guchar) t[e - 1]))
    return -1;
  const WordSlot *sl = word_set_find (ws, key_before ((const guchar *) t, s, e));
  int best = -1;
  for (guint i = 0; sl && i < sl->n; i++)
    {
      guint w = ws->idx[sl->first + i];
      if (e >= s + ws->lens[w] && (best < 0 || ws->lens[w] > ws->lens[best]) &&
          memcmp (t + e - ws->lens[w], ws->words[w], ws->lens[w]) == 0)
        best = (int) w;
    }
  return best;
}

void word_set_init (WordSet *ws, const char *const *words, guint n, gboolean suffix);
/* The last position in [s, e) where a word of the list ends by e, and the
 * longest word there (in *wlen); -1 (and *wlen untouched) if none. */
gssize word_set_find_last (const WordSet *ws, const char *t, gsize s, gsize e, gsize *wlen);

/* The indexed lists (numbers-words.c), built once (words_init) and then shared read-only. */
extern WordSet ws_approx_before, ws_approx_after, ws_filler, ws_growth, ws_decline, ws_forecast,
  ws_target, ws_actual, ws_metric, ws_modal, ws_share, ws_stops, ws_time_lead, ws_time_tail, ws_lead, ws_tail,
  ws_verbs, ws_respectively, ws_money, ws_money_end;
void words_init (void);

/* ---- approximation words ---- */

typedef struct
{
  const char *word;
  const char *approx;
} Cue;

extern const Cue approx_before[];
extern const Cue approx_after[];

typedef struct
{
  const char *t;
  gsize len;
  const NumUnitTable *table;
  const NumOptions *opts;
  const char *local_currency;
  GArray *out;
  gboolean legal;   /* the text cites articles (第9条规定, 条第): 第N项 there are locants */
} Ctx;

/* A numeral read at a position, with its unit. */
typedef struct
{
  DsNumeral n;
  gsize s, e;            /* the numeral's bytes */
  gsize unit_s, unit_e;  /* the unit's bytes (unit_s == unit_e: none) */
  const NumUnit *unit;
  int extra_exp;         /* 多万: multipliers after an approximation */
  const char *approx;    /* from 多/余 */
} Reading;

static inline void
reading_clear (Reading *r)
{
  ds_numeral_clear (&r->n);
}

static inline const char *
ends_with_any (const char *t, gsize s, gsize e, const char *const *words, gsize *ws)
{
  for (guint i = 0; words[i]; i++)
    {
      gsize n = strlen (words[i]);
      if (e >= s + n && memcmp (t + e - n, words[i], n) == 0)
        {
          *ws = e - n;
          return words[i];
        }
    }
  return NULL;
}

static inline gboolean
is_span_kind (const char *kind)
{
  return kind && (g_str_equal (kind, "duration") || g_str_equal (kind, "rank") || g_str_equal (kind, "age"));
}

/* kinds whose noun follows them: 28家企业, 8万吨不锈钢板带, 10瓩太陽光電 */
static inline gboolean
takes_metric_after (const char *kind)
{
  return kind && (g_str_equal (kind, "count") || g_str_equal (kind, "mass") || g_str_equal (kind, "power") ||
                  g_str_equal (kind, "energy") || g_str_equal (kind, "volume"));
}

/* ---- reading a number and its unit (numbers-read.c) ---- */
const NumUnit *unit_match (const NumUnitTable *t, GHashTable *h, const char *text, gsize pos, gsize len);
const char *match_cue_before (const Cue *cues, const WordSet *ws, const char *t, gsize pos, gsize *cue_start);
const char *match_cue_after (const Cue *cues, const WordSet *ws, const char *t, gsize pos, gsize len, gsize *cue_end);
double text_value (const char *s);
int trailing_scale_exponent (const char *t, gsize s, gsize e);
gboolean read_number (const Ctx *x, gsize pos, guint flags, Reading *r);
const char *canonical_unit (const Ctx *x, const NumUnit *u);

/* Is the figure [s, e) in a clause about money (投资22亿, 70亿的销售额)? */
gboolean money_clause (const Ctx *x, gsize s, gsize e);

/* Is the clause before s about temperature (气温, 摄氏)? */
gboolean temperature_clause (const char *t, gsize s);

/* Does the text before s end with a change word (增加, 上升了…)? */
gboolean change_before (const char *t, gsize s);

/* ---- exclusions (numbers-exclude.c) ---- */

/* What is known of a figure when deciding whether it is a quantity. */
typedef struct
{
  const Reading *r;
  const NumUnit *u;
  const char *kind;
  const char *approx;
  gsize s, e;       /* the mention so far */
  gsize bs;         /* where the character before the numeral starts */
  gunichar c;       /* the numeral's first character */
  gunichar before;  /* the character before the numeral */
  gsize num_end;    /* where the numeral ends (with a k/w suffix: after it) */
  gboolean rank;    /* 第N */
} Candidate;

gboolean in_short_quote (const Ctx *x, gsize s, gsize e);
gboolean is_year_like (const Reading *r);
const char *exclusion (const Ctx *x, const Candidate *k);
gboolean time_window_before (const char *t, gsize p);

/* ---- special forms (numbers-special.c) ---- */
gsize try_special (Ctx *x, gsize pos);
gsize skip_separated (const Ctx *x, gsize pos);

/* ---- one mention (numbers-mention.c) ---- */
NumMention *add_mention (Ctx *x, gsize s, gsize e);
void drop_last_if_excluded (Ctx *x);
void mention_clear (NumMention *m);
void extract_at (Ctx *x, gsize pos, gsize *next);

/* ---- context: change, share, modality (numbers-context.c) ---- */
gboolean is_sentence_break (gunichar c);
gsize clause_start (const char *t, gsize pos);
void add_context (Ctx *x);

/* ---- metric (numbers-metric.c) ---- */
typedef struct
{
  const char *prev_metric;  /* the last metric given, owned by its mention */
  gsize prev_sentence_end;  /* the end of that mention */
} MetricState;

void mention_metric (Ctx *x, guint i, gsize cs, gsize e, gboolean same_sentence, MetricState *st);
void distribute_lists (Ctx *x);

G_END_DECLS
