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

/* The character at t[pos] (and its length in *clen), 0 at the end of the text. */
static inline gunichar
char_at (const char *t, gsize pos, gsize len, gsize *clen)
{
  if (pos >= len)
    {
      *clen = 0;
      return 0;
    }
  const char *next;
  gunichar c = ds_utf8_decode (t + pos, t + len, &next);
  *clen = (gsize) (next - (t + pos));
  return c == DS_UNICHAR_INVALID ? 0xFFFD : c;
}

/* The character before t[pos] (where it starts in *start), 0 at the start. */
static inline gunichar
char_before (const char *t, gsize pos, gsize *start)
{
  if (pos == 0)
    {
      *start = 0;
      return 0;
    }
  const char *p = ds_utf8_prev (t, t + pos), *next;
  *start = (gsize) (p - t);
  gunichar c = ds_utf8_decode (p, t + pos, &next);
  return c == DS_UNICHAR_INVALID ? 0xFFFD : c;
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


/* ---- word lists (numbers-words.c; data in config/numbers-words.txt) ----
 * Every list is a DsWordSet: the longest word of a list wins where several
 * match. Lists with a value (approx_before/after) give it as the word's first
 * field. */
struct _NumWords
{
  DsWordLists *lists; /* owns the sets */
  DsWordLists *subjects; /* subjects.txt, shared with facts */
  DsWordSet *subject_suffixes; /* [subject_zone], [subject_region], [subject_company], [subject_body] */
  const DsWordSet *not_subject;
  GHashTable *firsts; /* set → bitmap of the BMP characters its words start with */
  const DsWordSet *approx_before, *approx_after, *filler, *growth, *decline, *growth_rate, *forecast, *target,
    *actual, *metric_cues, *metric_stops, *share, *respectively, *time_words, *metric_lead, *metric_tail,
    *metric_verbs, *modal, *money;
  /* lists of the exclusion, context and metric rules */
  const DsWordSet *temperature, *comparison, *roc_span, *list_and, *place_suffix, *legal_units, *appendix, *window,
    *window_span, *grade_level, *one_after, *one_before, *phase_count, *metric_classifiers, *window_units,
    *rule_nouns, *list_sep, *adverbial, *money_main, *change_connectors, *bi_nouns, *bi_before, *comparatives,
    *from_nouns, *date_heads, *date_head_nouns, *above_below, *object_markers, *object_not, *place_ends, *span_tails,
    *day_units, *road_names, *grade_split, *money_tenths, *money_hundredths, *share_tails, *target_nouns, *cue_nouns,
    *grade_before, *grade_after, *address_units, *range_above, *range_to, *stop_nouns, *tail_nouns, *lead_verbs,
    *metric_cut, *window_after, *adverbial_ends, *table_year_headers,
    *bare_scale_approx, *bare_scale_not, *list_marker_after;
  /* percent_words: the word's field is the power of ten of its figure (百分之 0, 千分之 -1) */
  const DsWordSet *percent_words;
  /* the first characters of their words (BMP bitmaps; see first_may_match()), for the lists tried at every
   * candidate (try_special, the range reader) or every character of a phrase (clean_metric) */
  const guint8 *percent_first, *object_first, *range_above_first, *stop_nouns_first;
  /* the characters that can start a word ending a metric in clean_metric() (较, 比, 由, 从, 在,
   * [comparatives], [metric_cut]); the last characters of the subject suffixes */
  guint8 *cut_first, *subject_last;
  /* words searched for anywhere in a document (its currency, legal citations) */
  const char *const *currency_twd, *const *taiwan_self, *const *currency_hkd, *const *hk_self, *const *hk_place,
    *const *currency_cny, *const *legal_text;
  /* counted in a text in Traditional script: Hong Kong's words against Taiwan's (numbers-extract.c) */
  const char *const *hk_text, *const *taiwan_text;
  /* parts of a year, halves, 一 that counts, whole percentages, money bounds and verbs, formulas */
  const DsWordSet *period_place, *period_place_months, *period_place_start, *half_units, *half_not, *half_classifiers, *one_units,
    *one_not, *percent_whole, *money_bound, *money_topic, *money_after, *formula_ops;
  const guint8 *percent_whole_first;
};

/* Can a word of the list whose first-character bitmap is bits start with c? */
static inline gboolean
first_may_match (const guint8 *bits, gunichar c)
{
  return c >= 0x10000 || ((bits[c >> 3] >> (c & 7)) & 1);
}

/* The length of the longest word of ws that starts at t[pos] and ends by len; 0 if none. */
static inline gsize
wprefix (const DsWordSet *ws, const char *t, gsize pos, gsize len)
{
  return pos < len ? ds_word_set_match (ws, t + pos, t + len, NULL) : 0;
}

/* The length of the longest word of ws that ends at t[e] and starts at or after s; 0 if none. */
static inline gsize
wsuffix (const DsWordSet *ws, const char *t, gsize s, gsize e)
{
  return e > s ? ds_word_set_match_suffix (ws, t + s, t + e, NULL) : 0;
}

/* The last position in [s, e) where a word of the list starts and ends by e, and
 * the longest word there (in *wlen); -1 (and *wlen untouched) if none. */
gssize word_set_find_last (const NumWords *w, const DsWordSet *ws, const char *t, gsize s, gsize e, gsize *wlen);

typedef struct
{
  const char *t;
  gsize len;
  const NumUnitTable *table;
  const NumOptions *opts;
  const NumWords *w;
  GArray *out;
  /* facts about the whole document, found when first asked (most documents never
   * need them): its currency, whether it cites articles of a law */
  struct _DocFacts *facts;
} Ctx;

typedef struct _DocFacts
{
  const char *currency; /* NULL until asked */
  int legal;            /* -1 until asked */
  gboolean traditional; /* the original text is in Traditional script (the normalize layer says so) */
} DocFacts;

/* The document's currency for 元 (CNY, HKD, TWD; numbers-extract.c). */
const char *doc_currency (const Ctx *x);
/* Does the document cite articles of a law (第9条规定)? Its 第N项 are then locants. */
gboolean doc_legal (const Ctx *x);

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
const char *match_cue_before (const DsWordSet *ws, const char *t, gsize pos, gsize *cue_start);
const char *match_cue_after (const DsWordSet *ws, const char *t, gsize pos, gsize len, gsize *cue_end);
double text_value (const char *s);
int trailing_scale_exponent (const char *t, gsize s, gsize e);
gboolean read_number (const Ctx *x, gsize pos, guint flags, Reading *r);
const char *canonical_unit (const Ctx *x, const NumUnit *u);

/* Is the figure [s, e) in a clause about money (投资22亿, 70亿的销售额)? */
gboolean money_clause (const Ctx *x, gsize s, gsize e);

/* Is the clause before s about temperature (气温, 摄氏)? */
gboolean temperature_clause (const Ctx *x, gsize s);

/* Does the text before s end with a change word (增加, 上升了…)? */
gboolean change_before (const Ctx *x, gsize s);

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
gboolean in_quoted_name (const Ctx *x, gsize s, gsize e);
gboolean is_year_like (const Reading *r);
const char *exclusion (const Ctx *x, const Candidate *k);
gboolean time_window_before (const Ctx *x, gsize p);
/* ---- tables (numbers-table.c) ---- */
gboolean table_value_cell (const Ctx *x, gsize s, gsize e);

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
