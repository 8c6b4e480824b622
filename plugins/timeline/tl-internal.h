/* tl-internal.h: what the timeline recogniser's files share (private to
 * plugins/timeline; the public interface is tl-scan.h): the decoded text, the
 * scanner state, atoms, inline lexing helpers and the grammar's entry points.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <docsift/docsift.h>

#include "tl-scan.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

G_BEGIN_DECLS

struct _TlText
{
  const char *text;
  gsize len;
  gunichar *cp;  /* folded, n + 8 entries (zero padded) */
  /* byte offset of cp i: off_block[i / TL_OFF_BLOCK] + off_delta[i] (a
   * block of 64 code points spans at most 252 bytes): 1.1 bytes per code
   * point instead of 8, on texts of tens of millions of them */
  gsize *off_block;
  guint8 *off_delta; /* n + 1 entries */
  gsize n;
};

#define TL_OFF_BLOCK_SHIFT 6

/* The byte offset of code point @i (0 ≤ i ≤ n) in t->text. */
static inline gsize
tl_text_off (const TlText *t, gsize i)
{
  return t->off_block[i >> TL_OFF_BLOCK_SHIFT] + t->off_delta[i];
}

typedef struct
{
  const TlText *t;
  const gunichar *cp;
  gsize n;
  const TlTables *tab;
  gboolean has_ref;
  gint32 ref;
  int ry, rm, rd;
  gboolean has_ref_time;
  int ref_min;
  int ctx_year, ctx_month;
  int last_year;          /* the year of the last expression naming one, asides included (当时) */
  gboolean ctx_explicit;
  gsize ctx_end;          /* where the expression that set ctx_year ends (cp) */  /* the context year was written as a year (2024年), not 去年/今年 */
  int per_y;              /* year of the period met (per_m1, per_m2) */
  gboolean ctx_fiscal;     /* the year in context is a Hong Kong fiscal year (2021/22年度, 本年度 in a fiscal text) */
  gboolean parts_fiscal;   /* year_part_full() is reading parts of that fiscal year: quarters count from April */
  gboolean ctx_deictic;   /* the context year came from 今天/昨天… (no year 当时 can mean) */
  gboolean ctx_is_ref;    /* the context year came from an expression dating the reference day itself
                           * (a dateline, 今日, 目前): it says nothing about a later bare month */
  int since_year, since_m; /* a past bound since month since_m of since_year (自去年2月), until the paragraph
                           * ends: a later bare month (or 年底) from since_m on is of that year */
  int per_m1, per_m2;     /* months of the last month/quarter/half period met (同期), 0 if none */
  TlGran per_gran;
  const char *const *const *w; /* word lists by TlWordsId (tl-words.h) */
  const TlRelWord *rel_years, *rel_days;
  guint8 rel_first[8192];       /* BMP bitmap: first characters of rel_years and rel_days */
  gboolean taiwan;
  gboolean fiscal;        /* the text writes Hong Kong fiscal years (2019/20年度): 本年度 is the fiscal year */
  int founded;            /* founding year found in the text, 0 if none */
  gsize last_plan_pos;    /* cp index of the last five-year plan mention */
  int last_plan;          /* its number, 0 if none */
  GArray *pol_first;      /* gunichar: first characters of political aliases (borrowed) */
  const guint8 *trig;     /* may an expression start here (BMP, by folded character) */
  GPtrArray *pol_cps;     /* folded alias code points (gunichar*, 0-terminated; borrowed) */
  GArray *pol_pairs;      /* gunichar[2]: first two characters of each alias (borrowed) */
} Sc;

/* decoded political aliases, built once per calendar */
typedef struct
{
  GArray *first;
  GArray *pairs;  /* gunichar[2]: the first two characters of each alias */
  GPtrArray *cps;
  guint8 trig[8192];
} PolCache;

typedef struct
{
  TlExpr e;
  gsize s, x;       /* cp start, cp end */
  int year;         /* the year it names (context), 0 if none */
  int month;        /* the month it names, 0 if none */
  gboolean year_explicit;
  gboolean has_range;  /* a range inside the atom: 10日至12日, 1—11月, 2021—2035 */
  gboolean weak_year;  /* its year came from a bound's (since_year): not the context for what follows */
  gboolean departure;
  gboolean fiscal;     /* a Hong Kong fiscal year (April–March) */
  gboolean deictic;    /* 今天, 昨天: a day counted from the reference; sets the context year and month, but is no year 当时 can mean */
  gboolean year_word;  /* a holiday after a year word (今年霜降): that year is the context, as the year word's */  /* after 自/从 with no 起/以来: a point of departure, dated as itself */
} Atom;

/* the grammar's word list @id (NULL-terminated, in file order) */
#define W(sc, id) ((sc)->w[(id)])

static inline gunichar
C (const Sc *sc, gsize i)
{
  return i < sc->n ? sc->cp[i] : 0;
}

static inline gboolean
is_digit (gunichar c)
{
  return c >= '0' && c <= '9';
}

static inline gboolean
is_cn_num (gunichar c)
{
  return ds_numeral_digit_value (c) >= 0 || ds_numeral_multiplier_exponent (c) > 0 || c == 0x5EFF /* 廿 */;
}

static inline gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == 0x3000;
}

/* the character c at i: the index after it, or 0 */
static inline gsize
lit_c (const Sc *sc, gsize i, gunichar c)
{
  return C (sc, i) == c ? i + 1 : 0;
}

/* one character of a word of the grammar: a string literal or a word of a
 * data file, valid UTF-8 by construction (the data files are validated when
 * read), so GLib's unchecked reader does (this runs for every literal tried) */
static inline const char *
dec (const char *s, gunichar *c)
{
  const char *next;
  *c = ds_utf8_decode (s, s + 4, &next);
  return next;
}


/* tl-text.c */
G_GNUC_INTERNAL extern guint8 trig_static[8192]; /* characters an expression may start with */
G_GNUC_INTERNAL gunichar fold (gunichar c);

/* tl-lex.c */
G_GNUC_INTERNAL gsize lit (const Sc *sc, gsize i, const char *s);
G_GNUC_INTERNAL gsize lit_any (const Sc *sc, gsize i, const char *const *list, int *which);
G_GNUC_INTERNAL gsize skip_ws (const Sc *sc, gsize i);
G_GNUC_INTERNAL gsize read_arabic (const Sc *sc, gsize i, int maxd, int *value, int *ndigits);
G_GNUC_INTERNAL gsize read_cn (const Sc *sc, gsize i, int max_chars, int *value, guint *style);
G_GNUC_INTERNAL gsize read_num (const Sc *sc, gsize i, int maxd, int *value);
G_GNUC_INTERNAL void expr_unresolved (TlExpr *e, const char *fmt, ...) G_GNUC_PRINTF (2, 3);
G_GNUC_INTERNAL void expr_note (TlExpr *e, const char *fmt, ...) G_GNUC_PRINTF (2, 3);
G_GNUC_INTERNAL void atom_init (Atom *a, gsize s, const char *kind);
G_GNUC_INTERNAL void atom_clear (Atom *a);
G_GNUC_INTERNAL void set_days (TlExpr *e, gint32 from, gint32 to, TlGran g);
G_GNUC_INTERNAL gboolean year_ok (TlExpr *e, int y);
G_GNUC_INTERNAL void set_year (TlExpr *e, int y);
G_GNUC_INTERNAL void set_months (TlExpr *e, int y, int m1, int m2, TlGran g);
G_GNUC_INTERNAL int passage_year (const Sc *sc, gsize i);
G_GNUC_INTERNAL void set_year_end (TlExpr *e, int y, gboolean first);
G_GNUC_INTERNAL void set_day (TlExpr *e, int y, int m, int d);
G_GNUC_INTERNAL int context_year (Sc *sc, const Atom *inh, TlExpr *e);
G_GNUC_INTERNAL gboolean need_ref (Sc *sc, TlExpr *e);
G_GNUC_INTERNAL gsize read_conn (const Sc *sc, gsize i);

/* tl-month.c */
G_GNUC_INTERNAL gsize read_month_num (const Sc *sc, gsize i, int *m);
G_GNUC_INTERNAL gsize read_day_num (const Sc *sc, gsize i, int *d);
G_GNUC_INTERNAL gsize attach_time (const Sc *sc, gsize x, TlExpr *e, gboolean pm);
G_GNUC_INTERNAL gsize month_tail (Sc *sc, gsize k, int y, int m, Atom *a);
G_GNUC_INTERNAL gsize narrow_period (Sc *sc, gsize k, TlExpr *e, gboolean year);
G_GNUC_INTERNAL gsize month_expr (Sc *sc, gsize i, int y, Atom *a);

/* tl-holiday.c */
G_GNUC_INTERNAL gsize holiday_expr (Sc *sc, gsize i, int y, Atom *inh, Atom *a);
G_GNUC_INTERNAL gsize lunar_date_expr (Sc *sc, gsize i, int y, Atom *inh, Atom *a);

/* tl-political.c */
G_GNUC_INTERNAL gsize political_expr (Sc *sc, gsize i, int y, Atom *a);
G_GNUC_INTERNAL gsize session_expr (Sc *sc, gsize i, Atom *a);
G_GNUC_INTERNAL gsize plan_expr (Sc *sc, gsize i, Atom *a);
G_GNUC_INTERNAL gsize plan_year_expr (Sc *sc, gsize i, Atom *a);

/* tl-years.c */
G_GNUC_INTERNAL gsize year_part_full (Sc *sc, gsize j, int y, Atom *a, gboolean months);
G_GNUC_INTERNAL gsize season_expr (Sc *sc, gsize i, Atom *a);
G_GNUC_INTERNAL gsize year_tail (Sc *sc, gsize k, int y, Atom *a);
G_GNUC_INTERNAL gsize read_year (Sc *sc, gsize i, int *y, gboolean *minguo);
G_GNUC_INTERNAL gsize rel_year_expr (Sc *sc, gsize i, Atom *a);

/* tl-relative.c */
G_GNUC_INTERNAL int weekday_of_char (gunichar c);
G_GNUC_INTERNAL gsize rel_word_expr (Sc *sc, gsize i, Atom *a);
G_GNUC_INTERNAL gsize present_expr (Sc *sc, gsize i, Atom *a);
G_GNUC_INTERNAL gsize hours_expr (Sc *sc, gsize i, Atom *a);
G_GNUC_INTERNAL gsize span_expr (Sc *sc, gsize i, Atom *a);
G_GNUC_INTERNAL gsize anniversary_expr (Sc *sc, gsize i, Atom *a);

/* tl-atom.c */
G_GNUC_INTERNAL gboolean clause_start (const Sc *sc, gsize i);
G_GNUC_INTERNAL gsize parse_atom (Sc *sc, gsize i, Atom *inh, Atom *a);
G_GNUC_INTERNAL gsize parse_composite (Sc *sc, gsize i, Atom *out);

/* tl-event.c */
G_GNUC_INTERNAL gboolean is_clause_end (gunichar c);
G_GNUC_INTERNAL void event_and_tense (Sc *sc, Atom *a);
G_GNUC_INTERNAL gboolean clause_plans (const Sc *sc, gsize s, gsize e);
G_GNUC_INTERNAL gboolean day_is_planned (const Sc *sc, gsize s, gsize x);

/* tl-scan.c */
G_GNUC_INTERNAL gboolean may_start_static (gunichar c);
G_GNUC_INTERNAL void sc_init (Sc *sc, const TlTables *tab, const TlText *t, const TlScanOptions *opts);
G_GNUC_INTERNAL void sc_clear (Sc *sc);

G_END_DECLS
