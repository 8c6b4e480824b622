/* tl-scan.c: see tl-scan.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>

#include "tl-scan.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ folding */

/* Traditional → Simplified for the characters the grammar, the tense
 * markers and the political calendar use (the normalize plugin does the
 * full conversion; this keeps the plugin working on raw Traditional text). */
static const char fold_pairs[] =
  "國国後后來来當当兩两會会屆届節节慶庆個个週周這这號号時时間间開开黨党農农曆历"
  "臘腊區区縣县與与終终將将劃划計计預预實实現现達达經经續续進进過过內内從从於于"
  "點点歷历華华爭争確确標标規规統统際际議议幾几數数歲岁陽阳長长結结濟济設设務务"
  "業业復复產产穩稳樣样變变億亿萬万體体總总動动貳贰參参陸陆舉举辦办營营發发佈布"
  "訂订決决據据選选價价額额園园廠厂團团頭头輪轮啟启為为并并屆届禮礼鐘钟於于迄迄"
  "曆历閏闰臺台灣湾週周屆届冬冬臘腊綫线線线幹干層层錄录邁迈踐践歸归門门";

typedef struct
{
  gunichar t, s;
} FoldPair;

static FoldPair *fold_table;
static guint fold_n;
static guint16 *fold_bmp;       /* folded value of every BMP character */
static guint8 trig_static[8192]; /* characters an expression may start with */
static gboolean may_start_static (gunichar c);

static gint
cmp_fold (gconstpointer a, gconstpointer b)
{
  gunichar x = ((const FoldPair *) a)->t, y = ((const FoldPair *) b)->t;
  return x < y ? -1 : x > y;
}

static void
fold_init (void)
{
  static gsize once = 0;
  if (g_once_init_enter (&once))
    {
      glong n = g_utf8_strlen (fold_pairs, -1);
      FoldPair *tab = g_new0 (FoldPair, n / 2 + 1);
      guint k = 0;
      const char *p = fold_pairs;
      while (*p)
        {
          gunichar t = g_utf8_get_char (p);
          p = g_utf8_next_char (p);
          if (!*p)
            break;
          gunichar s = g_utf8_get_char (p);
          p = g_utf8_next_char (p);
          if (t != s)
            tab[k++] = (FoldPair){ t, s };
        }
      qsort (tab, k, sizeof *tab, (int (*) (const void *, const void *)) cmp_fold);
      fold_table = tab;
      fold_n = k;
      guint16 *bmp = g_new (guint16, 0x10000);
      for (gunichar c = 0; c < 0x10000; c++)
        {
          gunichar f = c;
          if (c >= 0xFF01 && c <= 0xFF5E)
            f = c - 0xFEE0;
          else if (c == 0x3000 || c == 0xA0)
            f = ' ';
          else if (c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2212 || c == 0xFE63 || c == 0x2012)
            f = 0x2014;
          else if (c == 0x25CB || c == 0x25EF)
            f = 0x3007;
          else if (c >= 0x4E00)
            {
              FoldPair key = { c, 0 };
              const FoldPair *hit = bsearch (&key, tab, k, sizeof key, (int (*) (const void *, const void *)) cmp_fold);
              if (hit)
                f = hit->s;
            }
          bmp[c] = (guint16) f;
        }
      fold_bmp = bmp;
      for (gunichar c = 0; c < 0x10000; c++)
        if (may_start_static (bmp[c]))
          trig_static[c >> 3] |= (guint8) (1u << (c & 7));
      g_once_init_leave (&once, 1);
    }
}

static inline gunichar
fold (gunichar c)
{
  if (c < 0x80)
    return c;
  if (c < 0x10000 && fold_bmp)
    return fold_bmp[c];
  if (c >= 0xFF01 && c <= 0xFF5E)
    return c - 0xFEE0;
  if (c == 0x3000 || c == 0xA0)
    return ' ';
  if (c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2212 || c == 0xFE63 || c == 0x2012)
    return 0x2014; /* dash family → — (kept distinct from ASCII '-') */
  if (c == 0x25CB || c == 0x25EF)
    return 0x3007; /* ○ ◯ → 〇 */
  if (c >= 0x4E00 && fold_n)
    {
      FoldPair key = { c, 0 };
      const FoldPair *hit = bsearch (&key, fold_table, fold_n, sizeof key,
                                     (int (*) (const void *, const void *)) cmp_fold);
      if (hit)
        return hit->s;
    }
  return c;
}

struct _TlText
{
  const char *text;
  gsize len;
  gunichar *cp;  /* folded, n + 8 entries (zero padded) */
  gsize *off;    /* byte offset of each cp, n + 1 entries */
  gsize n;
};

TlText *
tl_text_new (const char *text, gsize length)
{
  fold_init ();
  TlText *t = g_new0 (TlText, 1);
  t->text = text;
  t->len = length;
  t->cp = g_new (gunichar, length + 8);
  t->off = g_new (gsize, length + 1);
  gsize n = 0;
  const guchar *u = (const guchar *) text;
  gsize i = 0;
  /* decoded inline (g_utf8_get_char_validated per character cost as much as
   * the folding): ASCII directly; longer sequences validated as GLib does
   * (no overlongs, surrogates or values past U+10FFFF), else U+FFFD for one byte */
  while (i < length)
    {
      guchar b = u[i];
      t->off[n] = i;
      if (b < 0x80)
        {
          t->cp[n++] = b;
          i++;
          continue;
        }
      gunichar c = 0xFFFD;
      gsize len = 1;
      if (b >= 0xC2 && b <= 0xDF)
        {
          if (i + 1 < length && (u[i + 1] & 0xC0) == 0x80)
            {
              c = ((gunichar) (b & 0x1F) << 6) | (u[i + 1] & 0x3F);
              len = 2;
            }
        }
      else if (b >= 0xE0 && b <= 0xEF)
        {
          if (i + 2 < length && (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80)
            {
              gunichar v = ((gunichar) (b & 0x0F) << 12) | ((gunichar) (u[i + 1] & 0x3F) << 6) | (u[i + 2] & 0x3F);
              if (v >= 0x800 && (v & 0xFFFFF800) != 0xD800)
                {
                  c = v;
                  len = 3;
                }
            }
        }
      else if (b >= 0xF0 && b <= 0xF4)
        {
          if (i + 3 < length && (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80 && (u[i + 3] & 0xC0) == 0x80)
            {
              gunichar v = ((gunichar) (b & 0x07) << 18) | ((gunichar) (u[i + 1] & 0x3F) << 12)
                           | ((gunichar) (u[i + 2] & 0x3F) << 6) | (u[i + 3] & 0x3F);
              if (v >= 0x10000 && v < 0x110000)
                {
                  c = v;
                  len = 4;
                }
            }
        }
      t->cp[n++] = fold (c);
      i += len;
    }
  t->off[n] = length;
  memset (t->cp + n, 0, 8 * sizeof (gunichar));
  t->n = n;
  return t;
}

void
tl_text_free (TlText *t)
{
  if (!t)
    return;
  g_free (t->cp);
  g_free (t->off);
  g_free (t);
}

/* ------------------------------------------------------------ names */

const char *
tl_gran_name (TlGran g)
{
  static const char *names[] = { NULL, "minute", "day", "week", "month", "quarter", "half", "year", "years" };
  return g <= TL_GRAN_YEARS ? names[g] : NULL;
}

const char *
tl_tense_name (TlTense t)
{
  static const char *names[] = { NULL, "past", "ongoing", "planned" };
  return t <= TL_TENSE_PLANNED ? names[t] : NULL;
}

void
tl_format_point (gint32 day, int minute, char *out, gsize size)
{
  char d[24];
  tl_format_day (day, d, sizeof d);
  if (minute >= 0)
    snprintf (out, size, "%sT%02d:%02d", d, minute / 60, minute % 60);
  else
    snprintf (out, size, "%s", d);
}

/* ------------------------------------------------------------ scanner */

typedef struct
{
  const TlText *t;
  const gunichar *cp;
  gsize n;
  const TlTables *tab;
  gboolean has_ref;
  gint32 ref;
  int ry, rm, rd;
  int ctx_year, ctx_month;
  gboolean ctx_is_ref;    /* the context year came from an expression dating the reference day itself
                           * (a dateline, 今日, 目前): it says nothing about a later bare month */
  int since_year, since_m; /* a past bound since month since_m of since_year (自去年2月), until the paragraph
                           * ends: a later bare month (or 年底) from since_m on is of that year */
  int per_m1, per_m2;     /* months of the last month/quarter/half period met (同期), 0 if none */
  TlGran per_gran;
  gboolean taiwan;
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

static void
pol_cache_free (gpointer p)
{
  PolCache *c = p;
  g_array_unref (c->first);
  g_array_unref (c->pairs);
  g_ptr_array_unref (c->cps);
  g_free (c);
}

typedef struct
{
  TlExpr e;
  gsize s, x;       /* cp start, cp end */
  int year;         /* the year it names (context), 0 if none */
  int month;        /* the month it names, 0 if none */
  gboolean year_explicit;
  gboolean has_range;  /* a range inside the atom: 10日至12日, 1—11月, 2021—2035 */
  gboolean weak_year;  /* its year came from a bound's (since_year): not the context for what follows */
} Atom;

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

static inline const char *
dec (const char *s, gunichar *c)
{
  const guchar *u = (const guchar *) s;
  if (u[0] < 0x80)
    {
      *c = u[0];
      return s + 1;
    }
  if (u[0] < 0xE0)
    {
      *c = ((gunichar) (u[0] & 0x1F) << 6) | (u[1] & 0x3F);
      return s + 2;
    }
  if (u[0] < 0xF0)
    {
      *c = ((gunichar) (u[0] & 0x0F) << 12) | ((gunichar) (u[1] & 0x3F) << 6) | (u[2] & 0x3F);
      return s + 3;
    }
  *c = ((gunichar) (u[0] & 0x07) << 18) | ((gunichar) (u[1] & 0x3F) << 12) | ((gunichar) (u[2] & 0x3F) << 6) | (u[3] & 0x3F);
  return s + 4;
}

/* literal match of a UTF-8 string at i; returns the end index or 0 */
static gsize
lit (const Sc *sc, gsize i, const char *s)
{
  while (*s)
    {
      gunichar c;
      s = dec (s, &c);
      if (C (sc, i) != c)
        return 0;
      i++;
    }
  return i;
}

/* longest of a NULL-terminated list; *which gets its index */
static gsize
lit_any (const Sc *sc, gsize i, const char *const *list, int *which)
{
  gsize best = 0;
  for (int k = 0; list[k]; k++)
    {
      gsize e = lit (sc, i, list[k]);
      if (e > best)
        {
          best = e;
          if (which)
            *which = k;
        }
    }
  return best;
}

/* spaces, and at most one line break (expressions split by wrapping) */
static gsize
skip_ws (const Sc *sc, gsize i)
{
  gboolean nl = FALSE;
  for (;;)
    {
      gunichar c = C (sc, i);
      if (is_space (c))
        i++;
      else if ((c == '\n' || c == '\r') && !nl)
        {
          nl = TRUE;
          i++;
          if (c == '\r' && C (sc, i) == '\n')
            i++;
        }
      else
        return i;
    }
}

/* ASCII digits (after folding); returns end, 0 if none or more than maxd */
static gsize
read_arabic (const Sc *sc, gsize i, int maxd, int *value, int *ndigits)
{
  int v = 0, nd = 0;
  while (is_digit (C (sc, i + nd)))
    {
      if (nd < 9)
        v = v * 10 + (int) (C (sc, i + nd) - '0');
      nd++;
    }
  if (nd == 0 || nd > maxd)
    return 0;
  if (ndigits)
    *ndigits = nd;
  *value = v;
  return i + nd;
}

/* Chinese numeral through the shared scanner (ds-numeral.h); integers only */
static gsize
read_cn (const Sc *sc, gsize i, int max_chars, int *value, guint *style)
{
  char buf[64];
  gsize blen = 0;
  int k = 0;
  while (k < max_chars && k < 12 && is_cn_num (C (sc, i + k)))
    {
      blen += g_unichar_to_utf8 (C (sc, i + k), buf + blen);
      k++;
    }
  if (k == 0)
    return 0;
  DsNumeral num;
  if (!ds_numeral_scan (buf, blen, DS_NUMERAL_CHINESE | DS_NUMERAL_DIGITS | DS_NUMERAL_NO_TEXT, &num))
    return 0;
  if (num.style & (DS_NUMERAL_STYLE_DECIMAL | DS_NUMERAL_STYLE_NEGATIVE) || num.value > 1e6 || num.n_chars == 0)
    return 0;
  *value = (int) num.value;
  if (style)
    *style = num.style;
  return i + num.n_chars;
}

/* a small integer, Arabic or Chinese */
static gsize
read_num (const Sc *sc, gsize i, int maxd, int *value)
{
  if (is_digit (C (sc, i)))
    return read_arabic (sc, i, maxd, value, NULL);
  return read_cn (sc, i, maxd + 2, value, NULL);
}

static void
expr_unresolved (TlExpr *e, const char *fmt, ...) G_GNUC_PRINTF (2, 3);
static void
expr_unresolved (TlExpr *e, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  g_free (e->reason);
  e->reason = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  e->resolved = FALSE;
  e->has_from = e->has_to = FALSE;
}

static void
expr_note (TlExpr *e, const char *fmt, ...) G_GNUC_PRINTF (2, 3);
static void
expr_note (TlExpr *e, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  g_free (e->note);
  e->note = g_strdup_vprintf (fmt, ap);
  va_end (ap);
}

static void
atom_init (Atom *a, gsize s, const char *kind)
{
  memset (a, 0, sizeof *a);
  a->s = s;
  a->e.kind = kind;
  a->e.from_min = a->e.to_min = -1;
  a->e.resolved = TRUE;
}

static void
atom_clear (Atom *a)
{
  g_clear_pointer (&a->e.reason, g_free);
  g_clear_pointer (&a->e.note, g_free);
}

static void
set_days (TlExpr *e, gint32 from, gint32 to, TlGran g)
{
  e->has_from = e->has_to = TRUE;
  e->from = from;
  e->to = to;
  e->gran = g;
}

static gboolean
year_ok (TlExpr *e, int y)
{
  if (y < 1 || y > 9999)
    {
      expr_unresolved (e, "year %d is out of range (1–9999)", y);
      return FALSE;
    }
  return TRUE;
}

static void
set_year (TlExpr *e, int y)
{
  if (year_ok (e, y))
    set_days (e, tl_days_from_civil (y, 1, 1), tl_days_from_civil (y, 12, 31), TL_GRAN_YEAR);
}

static void
set_months (TlExpr *e, int y, int m1, int m2, TlGran g)
{
  if (!year_ok (e, y))
    return;
  if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12)
    {
      expr_unresolved (e, "month %d does not exist", (m1 < 1 || m1 > 12) ? m1 : m2);
      return;
    }
  if (m2 < m1)
    {
      expr_unresolved (e, "month range %d–%d ends before it starts", m1, m2);
      return;
    }
  set_days (e, tl_days_from_civil (y, m1, 1), tl_days_from_civil (y, m2, tl_days_in_month (y, m2)), g);
}

static void
set_day (TlExpr *e, int y, int m, int d)
{
  if (!year_ok (e, y))
    return;
  if (m < 1 || m > 12)
    {
      expr_unresolved (e, "month %d does not exist", m);
      return;
    }
  if (d < 1 || d > tl_days_in_month (y, m))
    {
      expr_unresolved (e, "%d月%d日 does not exist in %d", m, d, y);
      return;
    }
  gint32 z = tl_days_from_civil (y, m, d);
  set_days (e, z, z, TL_GRAN_DAY);
}

/* the year for an expression without one: inherited, the last one met, else the reference */
static int
context_year (Sc *sc, const Atom *inh, TlExpr *e)
{
  if (inh && inh->year)
    {
      e->relative = TRUE;
      e->anchor = "context";
      return inh->year;
    }
  if (sc->ctx_year)
    {
      e->relative = TRUE;
      e->anchor = "context";
      return sc->ctx_year;
    }
  e->relative = TRUE;
  e->anchor = "reference";
  if (sc->has_ref)
    return sc->ry;
  expr_unresolved (e, "no year in context and no reference date");
  return 0;
}

static gboolean
need_ref (Sc *sc, TlExpr *e)
{
  e->relative = TRUE;
  e->anchor = "reference";
  if (!sc->has_ref)
    {
      expr_unresolved (e, "relative expression and no reference date");
      return FALSE;
    }
  return TRUE;
}

static const char *const range_conn[] = { "至", "到", "—", "——", "-", "~", "～", "－", "－", "至到", NULL };

static gsize
read_conn (const Sc *sc, gsize i)
{
  gsize e = lit_any (sc, i, range_conn, NULL);
  if (!e)
    return 0;
  /* "——" folded to two — */
  while (C (sc, e) == 0x2014)
    e++;
  return e;
}

/* ------------------------------------------------------------ months and days */

static gsize
read_month_num (const Sc *sc, gsize i, int *m)
{
  if (is_digit (C (sc, i)))
    return read_arabic (sc, i, 2, m, NULL);
  /* Chinese: up to 3 characters (十二), not 两 (两月 is rare and ambiguous) */
  if (C (sc, i) == 0x4E24)
    return 0;
  return read_cn (sc, i, 3, m, NULL);
}

static gsize
read_day_num (const Sc *sc, gsize i, int *d)
{
  if (is_digit (C (sc, i)))
    return read_arabic (sc, i, 2, d, NULL);
  if (C (sc, i) == 0x4E24)
    return 0;
  return read_cn (sc, i, 4, d, NULL);
}

/* A time of day after a date: HH:MM[:SS], H时M分 / H点M分 / 九点二十 / 五点半 /
 * 五点一刻 / 十点整, optionally after a part of the day (上午, 下午5:00, 晚上八点,
 * 凌晨2点半); pm (TRUE after 今晚/明晚) moves 1–11 o'clock to the afternoon. */
static gsize
read_time_pm (const Sc *sc, gsize i, int *minute, gboolean pm)
{
  static const char *const parts[] = { "上午", "早上", "早晨", "清晨", "凌晨", "中午", "下午", "傍晚", "晚上", "夜里",
                                       "夜间", "晚间", "午后", "早", "晚", NULL };
  int w = -1;
  gsize k = lit_any (sc, i, parts, &w);
  gboolean early = FALSE, noon = FALSE;
  if (k)
    {
      pm |= (w >= 6 && w <= 12) || w == 14;
      noon = w == 5;
      early = w == 4;
      i = k;
    }
  int h, m = 0, nd;
  gsize k1;
  gboolean arabic = is_digit (C (sc, i));
  if (arabic)
    k1 = read_arabic (sc, i, 2, &h, &nd);
  else if (C (sc, i) == 0x96F6 /* 零 */ && (C (sc, i + 1) == 0x70B9 || C (sc, i + 1) == 0x65F6))
    {
      h = 0;
      k1 = i + 1;
    }
  else
    k1 = read_cn (sc, i, 3, &h, NULL);
  if (!k1 || h > 23)
    return 0;
  gsize x;
  if (arabic && C (sc, k1) == ':')
    {
      gsize k2 = read_arabic (sc, k1 + 1, 2, &m, &nd);
      if (!k2 || nd != 2 || m > 59)
        return 0;
      if (C (sc, k2) == ':' && is_digit (C (sc, k2 + 1)))
        {
          int sec;
          gsize k3 = read_arabic (sc, k2 + 1, 2, &sec, &nd);
          if (k3 && nd == 2)
            k2 = k3;
        }
      x = k2;
    }
  else
    {
      gsize k2 = lit (sc, k1, "时");
      if (!k2)
        k2 = lit (sc, k1, "点");
      if (!k2)
        return 0;
      x = k2;
      gsize k3;
      if ((k3 = lit (sc, x, "半")))
        {
          m = 30;
          x = k3;
        }
      else if ((k3 = lit (sc, x, "一刻")))
        {
          m = 15;
          x = k3;
        }
      else if ((k3 = lit (sc, x, "三刻")))
        {
          m = 45;
          x = k3;
        }
      else if ((k3 = lit (sc, x, "整")))
        x = k3;
      else
        {
          int mm;
          gboolean ar = is_digit (C (sc, x));
          k3 = ar ? read_arabic (sc, x, 2, &mm, &nd) : read_cn (sc, x, 3, &mm, NULL);
          if (k3 && mm <= 59)
            {
              if (lit (sc, k3, "分"))
                {
                  m = mm;
                  x = k3 + 1;
                  int sec;
                  gsize k4 = is_digit (C (sc, x)) ? read_arabic (sc, x, 2, &sec, &nd) : read_cn (sc, x, 3, &sec, NULL);
                  if (k4 && lit (sc, k4, "秒"))
                    x = k4 + 1;
                }
              else if (!ar && mm >= 10 && !is_cn_num (C (sc, k3)))
                {
                  /* 九点二十 */
                  m = mm;
                  x = k3;
                }
            }
        }
    }
  if (pm && h >= 1 && h < 12)
    h += 12;
  else if (noon && h < 6)
    h += 12;
  else if (early && h == 12)
    h = 0;
  *minute = h * 60 + m;
  return x;
}

/* a time of day (or a range of times: 晚上7:00到8:00, 上午10点到12点) after a
 * resolved day at x: e becomes minute-granular; returns the end or 0 */
static gsize
attach_time (const Sc *sc, gsize x, TlExpr *e, gboolean pm)
{
  int m1 = -1, m2 = -1;
  gsize t = read_time_pm (sc, x, &m1, pm);
  if (!t)
    return 0;
  if (e->resolved)
    {
      e->from_min = e->to_min = m1;
      e->gran = TL_GRAN_MINUTE;
    }
  gsize c = read_conn (sc, t);
  if (c)
    {
      gsize t2 = read_time_pm (sc, c, &m2, m1 >= 12 * 60);
      if (t2 && m2 > m1)
        {
          if (e->resolved)
            e->to_min = m2;
          t = t2;
        }
    }
  return t;
}

/* After "M月": day, day range, 上旬/中旬/下旬, 初/中/底/末, 份; y may be 0 (then
 * the caller resolved nothing yet). Fills a as a day/month expression. */
static gsize
month_tail (Sc *sc, gsize k, int y, int m, Atom *a)
{
  TlExpr *e = &a->e;
  gsize j = lit (sc, k, "份");
  if (j)
    k = j;
  j = skip_ws (sc, k);
  int d;
  gsize dj = read_day_num (sc, j, &d);
  if (dj && (C (sc, dj) == 0x65E5 /* 日 */ || C (sc, dj) == 0x53F7 /* 号 */))
    {
      gsize x = dj + 1;
      if (y)
        set_day (e, y, m, d);
      a->month = m;
      /* a day range inside the month: 10日至12日, 23—24日 */
      gsize c = read_conn (sc, x);
      if (c)
        {
          int d2;
          gsize c2 = read_day_num (sc, skip_ws (sc, c), &d2);
          if (c2 && (C (sc, c2) == 0x65E5 || C (sc, c2) == 0x53F7) && e->resolved && y)
            {
              if (d2 > d && d2 <= tl_days_in_month (y, m))
                {
                  e->to = tl_days_from_civil (y, m, d2);
                  a->has_range = TRUE;
                  x = c2 + 1;
                }
            }
        }
      else
        {
          /* keep the time: 2022年1月5日 09:16, 1月19号下午5:00 */
          if (e->resolved && y)
            {
              gsize t = attach_time (sc, skip_ws (sc, x), e, FALSE);
              if (t)
                x = t;
            }
        }
      return x;
    }
  if (dj && (C (sc, dj) == 0x5E95 || C (sc, dj) == 0x672B))
    dj = 0;
  if (y)
    set_months (e, y, m, m, TL_GRAN_MONTH);
  a->month = m;
  static const char *const parts[] = { "上旬", "中旬", "下旬", "初", "中", "底", "末", "末期", NULL };
  int which = -1;
  gsize pj = lit_any (sc, j, parts, &which);
  if (pj && e->resolved && y && m >= 1 && m <= 12)
    {
      /* 月中 is only a date before a boundary: "6月中国…" is not */
      if (which == 4 && !(C (sc, pj) == 0xFF0C || C (sc, pj) == ',' || lit (sc, pj, "旬") || lit (sc, pj, "以来")))
        return k;
      int dim = tl_days_in_month (y, m);
      int lo = 1, hi = dim;
      switch (which)
        {
        case 0: lo = 1; hi = 10; break;
        case 1: lo = 11; hi = 20; break;
        case 2: lo = 21; hi = dim; break;
        case 3: lo = 1; hi = 10; e->vague = TRUE; break;
        case 4: lo = 11; hi = 20; e->vague = TRUE; break;
        default: lo = 21; hi = dim; e->vague = TRUE; break;
        }
      e->from = tl_days_from_civil (y, m, lo);
      e->to = tl_days_from_civil (y, m, hi);
      e->gran = TL_GRAN_DAY;
      return pj;
    }
  return k;
}

/* "M月…" or "M—N月…" at i; y = 0 lets the caller pick the year later */
static gsize
month_expr (Sc *sc, gsize i, int y, Atom *a)
{
  int m1;
  gsize k = read_month_num (sc, i, &m1);
  if (!k)
    return 0;
  /* month range 1—11月 / 1-11月 / 1至11月 */
  gsize c = read_conn (sc, k);
  if (c)
    {
      int m2;
      gsize c2 = read_month_num (sc, c, &m2);
      if (c2 && C (sc, c2) == 0x6708 /* 月 */)
        {
          gsize x = c2 + 1;
          gsize f = lit (sc, x, "份");
          if (f)
            x = f;
          if (y)
            set_months (&a->e, y, m1, m2, TL_GRAN_MONTH);
          a->month = m2;
          a->has_range = TRUE;
          if (y && a->e.resolved && m1 == 1 && m2 > 1)
            expr_note (&a->e, "cumulative from January (1—%d月)", m2);
          return x;
        }
    }
  if (C (sc, k) != 0x6708)
    return 0;
  /* not a month: 个月, 月份 preceded by a count are handled by the caller */
  if (m1 < 1 || m1 > 12)
    {
      expr_unresolved (&a->e, "month %d does not exist", m1);
      a->e.gran = TL_GRAN_MONTH;
      return k + 1;
    }
  return month_tail (sc, k + 1, y, m1, a);
}

/* ------------------------------------------------------------ holidays */

typedef enum
{
  H_SOLAR,
  H_LUNAR,
  H_QINGMING,
} HKind;

typedef struct
{
  const char *name;
  HKind kind;
  int month, day;   /* solar date, or lunar month/day (lunar 12 → previous lunar year) */
  int span_before, span_after; /* 期间/假期 span around it */
  gboolean needs_tail;         /* only with 节/期间/假期… (五一, 小年) */
} Holiday;

static const Holiday holidays[] = {
  { "春节", H_LUNAR, 1, 1, 1, 5, FALSE },
  { "农历新年", H_LUNAR, 1, 1, 1, 5, FALSE },
  { "除夕", H_LUNAR, 12, 0, 0, 6, FALSE }, /* day 0: last day of the 12th month */
  { "元宵节", H_LUNAR, 1, 15, 0, 0, FALSE },
  { "元宵", H_LUNAR, 1, 15, 0, 0, FALSE },
  { "农历小年", H_LUNAR, 12, 23, 0, 0, FALSE },
  { "小年", H_LUNAR, 12, 23, 0, 0, TRUE },
  { "腊八节", H_LUNAR, 12, 8, 0, 0, FALSE },
  { "端午节", H_LUNAR, 5, 5, 0, 2, FALSE },
  { "端午", H_LUNAR, 5, 5, 0, 2, FALSE },
  { "七夕", H_LUNAR, 7, 7, 0, 0, FALSE },
  { "中秋节", H_LUNAR, 8, 15, 0, 2, FALSE },
  { "中秋", H_LUNAR, 8, 15, 0, 2, FALSE },
  { "重阳节", H_LUNAR, 9, 9, 0, 0, FALSE },
  { "元旦", H_SOLAR, 1, 1, 0, 2, FALSE },
  { "国庆节", H_SOLAR, 10, 1, 0, 6, FALSE },
  { "国庆日", H_SOLAR, 10, 1, 0, 0, FALSE },
  { "国庆", H_SOLAR, 10, 1, 0, 6, TRUE },
  { "劳动节", H_SOLAR, 5, 1, 0, 4, FALSE },
  { "五一", H_SOLAR, 5, 1, 0, 4, TRUE },
  { "清明节", H_QINGMING, 4, 0, 0, 2, FALSE },
  { "圣诞节", H_SOLAR, 12, 25, 0, 0, FALSE },
  { NULL, 0, 0, 0, 0, 0, FALSE },
};

static gboolean
holiday_day (Sc *sc, const Holiday *h, int y, gint32 *out, TlExpr *e)
{
  if (h->kind == H_SOLAR)
    {
      int d = h->day;
      if (sc->taiwan && h->month == 10 && h->day == 1)
        d = 10; /* 國慶日 in Taiwan: 10-10 */
      if (!tl_date_valid (y, h->month, d))
        return FALSE;
      *out = tl_days_from_civil (y, h->month, d);
      return TRUE;
    }
  if (h->kind == H_QINGMING)
    {
      if (y < 1901 || y > 2099)
        {
          expr_unresolved (e, "清明 is computed for 1901–2099 only");
          return FALSE;
        }
      *out = tl_days_from_civil (y, 4, tl_qingming_day (y));
      return TRUE;
    }
  if (!sc->tab || !sc->tab->lunar)
    {
      expr_unresolved (e, "no lunar table loaded");
      return FALSE;
    }
  /* 12th-month festivals of Gregorian year y fall in lunar year y-1 */
  int ly = h->month == 12 ? y - 1 : y;
  gboolean ok;
  if (h->day == 0)
    {
      gint32 ny;
      ok = tl_lunar_new_year (sc->tab->lunar, ly + 1, &ny);
      if (ok)
        *out = ny - 1;
    }
  else
    ok = tl_lunar_to_solar (sc->tab->lunar, ly, h->month, h->day, FALSE, out);
  if (!ok)
    expr_unresolved (e, "year %d is outside the lunar table", y);
  return ok;
}

static gsize
holiday_expr (Sc *sc, gsize i, int y, Atom *inh, Atom *a)
{
  gboolean after_year = y != 0;
  int which = -1;
  gsize k = 0;
  for (int h = 0; holidays[h].name; h++)
    {
      gsize e = lit (sc, i, holidays[h].name);
      if (e > k)
        {
          k = e;
          which = h;
        }
    }
  if (!k)
    return 0;
  const Holiday *h = &holidays[which];
  /* tails: 期间/假期/长假/黄金周 (the holiday span), 前后 (± 7 days),
   * 前/节前 (until), 后/节后/过后 (since), 当天, 节 */
  static const char *const tails[] = { "期间", "假期", "长假", "小长假", "黄金周", "前后", "前夕", "节前", "前", "节后", "过后", "后", "当天", "节", "夜", NULL };
  int t = -1;
  gsize tk = lit_any (sc, k, tails, &t);
  if (h->needs_tail && !tk && !after_year && !(which == 17 && sc->taiwan))
    {
      if (!(which == 6 && lit (sc, i > 0 ? i - 2 : i, "农历")))
        return 0;
    }
  /* 国庆70周年 is an anniversary, not the holiday */
  if (which == 17 && (is_digit (C (sc, k)) || is_cn_num (C (sc, k))))
    return 0;
  a->e.kind = h->kind == H_LUNAR ? "lunar" : "holiday";
  if (!y)
    y = context_year (sc, inh, &a->e);
  if (!y)
    return tk ? tk : k;
  gint32 z;
  if (!holiday_day (sc, h, y, &z, &a->e))
    return tk ? tk : k;
  set_days (&a->e, z, z, TL_GRAN_DAY);
  if (tk)
    {
      switch (t)
        {
        case 0: case 1: case 2: case 3: case 4:
          a->e.from = z - h->span_before;
          a->e.to = z + h->span_after;
          if (h->span_before + h->span_after == 0)
            a->e.to = z;
          expr_note (&a->e, "holiday period: %d day(s) before to %d after", h->span_before, h->span_after);
          break;
        case 5:
          a->e.from = z - 7;
          a->e.to = z + 7;
          a->e.vague = TRUE;
          expr_note (&a->e, "around the holiday: ±7 days");
          break;
        case 6: case 7: case 8:
          a->e.has_from = FALSE;
          a->e.to = z - 1;
          a->e.bound = "until";
          a->e.vague = TRUE;
          break;
        case 9: case 10: case 11:
          a->e.has_to = FALSE;
          a->e.from = z + 1;
          a->e.bound = "since";
          a->e.vague = TRUE;
          break;
        default:
          break;
        }
      return tk;
    }
  return k;
}

/* 农历[YYYY年]M月D / 正月初一 / 腊月二十三 */
static gsize
lunar_date_expr (Sc *sc, gsize i, int y, Atom *inh, Atom *a)
{
  gsize k = i;
  gboolean nongli = FALSE;
  gsize j = lit (sc, k, "农历");
  if (!j)
    j = lit (sc, k, "阴历");
  if (j)
    {
      nongli = TRUE;
      k = j;
    }
  int ly = y;
  if (nongli && !ly)
    {
      int v, nd;
      gsize yk = read_arabic (sc, k, 4, &v, &nd);
      if (yk && nd == 4 && C (sc, yk) == 0x5E74)
        {
          ly = v;
          k = yk + 1;
          a->year_explicit = TRUE;
        }
    }
  int m = 0;
  gboolean leap = FALSE;
  gsize mk = lit (sc, k, "闰");
  if (mk)
    {
      leap = TRUE;
      k = mk;
    }
  if ((mk = lit (sc, k, "正月")))
    m = 1;
  else if ((mk = lit (sc, k, "腊月")))
    m = 12;
  else if ((mk = lit (sc, k, "冬月")))
    m = 11;
  else if (nongli)
    {
      gsize n = read_month_num (sc, k, &m);
      if (n && C (sc, n) == 0x6708)
        mk = n + 1;
      else
        return 0;
    }
  else
    return 0;
  k = mk;
  int d = 0;
  gsize dk = lit (sc, k, "初");
  if (dk)
    {
      gsize n = read_cn (sc, dk, 2, &d, NULL);
      if (!n)
        return 0;
      k = n;
    }
  else
    {
      gsize n = read_day_num (sc, k, &d);
      if (n)
        {
          k = n;
          if (C (sc, k) == 0x65E5)
            k++;
        }
    }
  if (!d && !nongli)
    return 0; /* 正月 alone: too vague */
  a->e.kind = "lunar";
  if (!ly)
    {
      ly = context_year (sc, inh, &a->e);
      if (!ly)
        return k;
      if (m == 12 || m == 11)
        ly--; /* 腊月 of the year in context falls in the previous lunar year */
    }
  if (!sc->tab || !sc->tab->lunar)
    {
      expr_unresolved (&a->e, "no lunar table loaded");
      return k;
    }
  gint32 z;
  if (d)
    {
      if (!tl_lunar_to_solar (sc->tab->lunar, ly, m, d, leap, &z))
        {
          expr_unresolved (&a->e, "lunar %d-%s%d-%d does not exist or is outside the table", ly, leap ? "leap " : "", m, d);
          return k;
        }
      set_days (&a->e, z, z, TL_GRAN_DAY);
    }
  else
    {
      gint32 z2;
      if (!tl_lunar_to_solar (sc->tab->lunar, ly, m, 1, leap, &z))
        {
          expr_unresolved (&a->e, "lunar month outside the table");
          return k;
        }
      int last = 30;
      while (last >= 29 && !tl_lunar_to_solar (sc->tab->lunar, ly, m, last, leap, &z2))
        last--;
      set_days (&a->e, z, z2, TL_GRAN_MONTH);
    }
  expr_note (&a->e, "lunar date, lunar year %d", ly);
  return k;
}

/* ------------------------------------------------------------ political calendar */

static gsize
political_expr (Sc *sc, gsize i, int y, Atom *a)
{
  if (!sc->tab || !sc->tab->pol || !sc->pol_cps)
    return 0;
  gunichar c = C (sc, i);
  gboolean any = FALSE;
  for (guint k = 0; k < sc->pol_first->len; k++)
    if (g_array_index (sc->pol_first, gunichar, k) == c)
      {
        any = TRUE;
        break;
      }
  if (!any)
    return 0;
  const TlPolCalendar *cal = sc->tab->pol;
  for (guint k = 0; k < sc->pol_cps->len; k++) /* longest first */
    {
      const gunichar *al = g_ptr_array_index (sc->pol_cps, k);
      gsize j = 0;
      while (al[j] && C (sc, i + j) == al[j])
        j++;
      if (al[j])
        continue;
      const TlPolAlias *alias = g_ptr_array_index (cal->aliases, k);
      /* local 两会 (省市两会, 自治区两会) are not the national sessions */
      if (g_str_equal (alias->alias, "两会") && i > 0)
        {
          gunichar p = C (sc, i - 1);
          if (p == 0x7701 /* 省 */ || p == 0x5E02 /* 市 */ || p == 0x533A /* 区 */ || p == 0x53BF /* 县 */
              || p == 0x5DDE /* 州 */ || p == 0x65B9 /* 方 */)
            return 0;
        }
      /* 第十九大…: not a congress */
      if (i > 0 && C (sc, i - 1) == 0x7B2C)
        return 0;
      GPtrArray *series = tl_pol_calendar_lookup (cal, alias->alias);
      if (!series || series->len == 0)
        return 0;
      gsize x = i + j;
      a->e.kind = "political";
      const TlPolEvent *ev = NULL;
      if (series->len == 1)
        ev = g_ptr_array_index (series, 0);
      else if (y)
        {
          for (guint s = 0; s < series->len; s++)
            {
              const TlPolEvent *cand = g_ptr_array_index (series, s);
              int cy, cm, cd;
              tl_civil_from_days (cand->from, &cy, &cm, &cd);
              if (cy == y)
                ev = cand;
            }
          if (!ev)
            {
              set_year (&a->e, y);
              expr_note (&a->e, "%s of %d: not in the political calendar table", ((TlPolEvent *) g_ptr_array_index (series, 0))->name, y);
              return x;
            }
        }
      else
        {
          if (!need_ref (sc, &a->e))
            return x;
          for (guint s = 0; s < series->len; s++)
            {
              const TlPolEvent *cand = g_ptr_array_index (series, s);
              if (cand->from <= sc->ref)
                ev = cand;
            }
          if (!ev)
            {
              expr_unresolved (&a->e, "no %s on or before the reference date in the table", alias->alias);
              return x;
            }
          expr_note (&a->e, "the latest %s on or before the reference date", ev->name);
        }
      set_days (&a->e, ev->from, ev->to, TL_GRAN_DAY);
      if (!a->e.note)
        expr_note (&a->e, "%s (political calendar)", ev->name);
      /* 党的二十大召开之年 → the year */
      static const char *const year_of[] = { "召开之年", "召开的那一年", "召开那年", "胜利召开之年", "召开的年份", NULL };
      gsize yk = lit_any (sc, x, year_of, NULL);
      if (yk)
        {
          int yy, mm, dd;
          tl_civil_from_days (ev->from, &yy, &mm, &dd);
          set_year (&a->e, yy);
          expr_note (&a->e, "the year %s was held", ev->name);
          a->year = yy;
          x = yk;
        }
      return x;
    }
  return 0;
}

/* 十三届全国人大四次会议 / 全国政协十四届二次会议: year from the term */
static gsize
session_expr (Sc *sc, gsize i, Atom *a)
{
  gsize k = lit (sc, i, "第");
  k = k ? k : i;
  int term, sess;
  gsize t = read_cn (sc, k, 3, &term, NULL);
  gboolean cppcc_first = FALSE;
  if (!t)
    {
      gsize p = lit (sc, i, "全国政协");
      if (!p)
        return 0;
      cppcc_first = TRUE;
      gsize q = lit (sc, p, "第");
      t = read_cn (sc, q ? q : p, 3, &term, NULL);
      if (!t)
        return 0;
    }
  if (C (sc, t) != 0x5C4A /* 届 */)
    return 0;
  gsize b = t + 1;
  if (!cppcc_first)
    {
      static const char *const bodies[] = { "全国人大", "全国人民代表大会", "全国政协", "全国委员会", NULL };
      gsize bk = lit_any (sc, b, bodies, NULL);
      if (!bk)
        return 0;
      b = bk;
    }
  gsize q = lit (sc, b, "第");
  gsize s = read_cn (sc, q ? q : b, 2, &sess, NULL);
  if (!s || !lit (sc, s, "次会议") || term < 5 || sess < 1 || sess > 5)
    return 0;
  int year = 1998 + 5 * (term - 9) + sess - 1;
  a->e.kind = "political";
  set_year (&a->e, year);
  expr_note (&a->e, "term %d began in %d; session %d is held in %d", term, 1998 + 5 * (term - 9), sess, year);
  /* dates of that year's sessions when the table has them */
  if (sc->tab && sc->tab->pol)
    {
      GPtrArray *series = tl_pol_calendar_lookup (sc->tab->pol, "全国两会");
      for (guint n = 0; series && n < series->len; n++)
        {
          const TlPolEvent *ev = g_ptr_array_index (series, n);
          int yy, mm, dd;
          tl_civil_from_days (ev->from, &yy, &mm, &dd);
          if (yy == year)
            {
              set_days (&a->e, ev->from, ev->to, TL_GRAN_DAY);
              a->e.vague = TRUE; /* the NPC and CPPCC sessions differ by a day or two */
            }
        }
    }
  a->year = year;
  return s + 3;
}

/* ------------------------------------------------------------ five-year plans */

static gsize
plan_expr (Sc *sc, gsize i, Atom *a)
{
  gsize k = i;
  gunichar q = C (sc, k);
  gboolean quoted = FALSE;
  if (q == 0x201C || q == '"' || q == 0x300C || q == 0x300E || q == 0x2018)
    {
      quoted = TRUE;
      k++;
    }
  int n = 0;
  gsize e = 0;
  gsize d = lit (sc, k, "第");
  if (d)
    {
      /* 第十四个五年规划 */
      gsize t = read_cn (sc, d, 3, &n, NULL);
      if (!t || !(e = lit (sc, t, "个五年规划")) || n < 1)
        {
          if (t)
            e = lit (sc, t, "个五年计划");
          if (!e)
            return 0;
        }
      quoted = FALSE;
    }
  else
    {
      if (!is_cn_num (C (sc, k)))
        return 0;
      int v;
      gsize t = read_cn (sc, k, 3, &v, NULL);
      if (!t || C (sc, t) != 0x4E94 /* 五 */)
        {
          /* read_cn may have swallowed the 五 (九五 → 95) */
          if (t && t - k == 2 && C (sc, t - 1) == 0x4E94 && C (sc, k) != 0x5341)
            {
              n = (int) (ds_numeral_digit_value (C (sc, k)));
              e = t;
            }
          else
            return 0;
        }
      else
        {
          n = v;
          e = t + 1;
        }
      if (n < 6 || n > 20)
        return 0;
      /* the next character must not continue a number (十四五个, 十四五年) */
      gunichar nx = C (sc, e);
      if (is_cn_num (nx) || is_digit (nx) || nx == 0x4E2A || nx == 0x5E74 || nx == 0x5C81 || nx == '%')
        return 0;
      if (i > 0 && (is_cn_num (C (sc, i - 1)) || is_digit (C (sc, i - 1)) || C (sc, i - 1) == 0x7B2C))
        return 0;
      if (quoted)
        {
          gunichar cq = C (sc, e);
          if (cq == 0x201D || cq == '"' || cq == 0x300D || cq == 0x300F || cq == 0x2019)
            e++;
          else
            quoted = FALSE;
        }
      static const char *const heads[] = { "规划", "计划", "时期", "期间", "末", "开局", "收官", "以来", "中期", "初期", "首年", "第一年", NULL };
      /* ten and below need quotes or a plan word: 十五 and 九五 are numbers */
      if (n <= 10 && !quoted && !lit_any (sc, e, heads, NULL))
        return 0;
      if (!quoted && !lit_any (sc, e, heads, NULL) && C (sc, e) != 0x201D && !(C (sc, e) == 0x7684 && lit_any (sc, e + 1, heads, NULL)))
        {
          /* 十四五 bare: accept when followed by punctuation or a plan noun */
          gunichar nx2 = C (sc, e);
          if (g_unichar_isalpha (nx2) && !(nx2 >= 0x4E00 && (nx2 == 0x6218 || nx2 == 0x53D1 || nx2 == 0x671F || nx2 == 0x65F6)))
            return 0;
        }
    }
  int first = tl_plan_first_year (n);
  if (!first)
    return 0;
  a->e.kind = "plan";
  set_days (&a->e, tl_days_from_civil (first, 1, 1), tl_days_from_civil (first + 4, 12, 31), TL_GRAN_YEARS);
  expr_note (&a->e, "five-year plan %d: %d–%d", n, first, first + 4);
  sc->last_plan = n;
  sc->last_plan_pos = i;
  gsize x = e;
  gsize g = lit (sc, x, "规划");
  if (!g)
    g = lit (sc, x, "计划");
  if (g)
    x = g;
  /* its first or last year, with up to two words between: 十四五”良好开局 */
  gsize w = x;
  static const char *const fillers[] = { "良好", "顺利", "精彩", "胜利", "圆满", "全面", "的", "之", "好", NULL };
  for (int r = 0; r < 2; r++)
    {
      gsize f = lit_any (sc, w, fillers, NULL);
      if (f)
        w = f;
    }
  static const char *const firsts[] = { "开局之年", "开局年", "开局", "起步之年", "首年", "第一年", NULL };
  static const char *const lasts[] = { "收官之年", "收官年", "收官", "最后一年", "末年", "决胜之年", NULL };
  gsize f;
  if ((f = lit_any (sc, w, firsts, NULL)))
    {
      set_year (&a->e, first);
      expr_note (&a->e, "first year of five-year plan %d (%d–%d)", n, first, first + 4);
      a->year = first;
      return f;
    }
  if ((f = lit_any (sc, w, lasts, NULL)))
    {
      set_year (&a->e, first + 4);
      expr_note (&a->e, "last year of five-year plan %d (%d–%d)", n, first, first + 4);
      a->year = first + 4;
      return f;
    }
  gsize tq = lit (sc, x, "时期");
  if (!tq)
    tq = lit (sc, x, "期间");
  return tq ? tq : x;
}

/* bare 开局之年 / 收官之年 right after a plan (same or previous sentence) */
static gsize
plan_year_expr (Sc *sc, gsize i, Atom *a)
{
  static const char *const firsts[] = { "开局之年", "开局年", NULL };
  static const char *const lasts[] = { "收官之年", NULL };
  gboolean first;
  gsize k;
  if ((k = lit_any (sc, i, firsts, NULL)))
    first = TRUE;
  else if ((k = lit_any (sc, i, lasts, NULL)))
    first = FALSE;
  else
    return 0;
  if (!sc->last_plan || i - sc->last_plan_pos > 120)
    return 0;
  /* at most one sentence end between */
  int ends = 0;
  for (gsize p = sc->last_plan_pos; p < i; p++)
    {
      gunichar c = C (sc, p);
      if (c == 0x3002 || c == '\n' || c == 0xFF01 || c == 0xFF1F)
        ends++;
    }
  if (ends > 1)
    return 0;
  int fy = tl_plan_first_year (sc->last_plan);
  a->e.kind = "plan";
  set_year (&a->e, first ? fy : fy + 4);
  a->e.relative = TRUE;
  a->e.anchor = "context";
  expr_note (&a->e, "%s year of five-year plan %d, mentioned just before", first ? "first" : "last", sc->last_plan);
  return k;
}

/* ------------------------------------------------------------ year parts */

static gsize
quarter_num (const Sc *sc, gsize i, int *q)
{
  gsize k = i;
  gsize d = lit (sc, k, "第");
  if (d)
    k = d;
  if ((d = lit (sc, k, "首季度")) || (d = lit (sc, k, "首季")))
    {
      *q = 1;
      return d;
    }
  if (C (sc, k) == 'Q' || C (sc, k) == 'q')
    {
      int v;
      gsize n = read_arabic (sc, k + 1, 1, &v, NULL);
      if (n && v >= 1 && v <= 4 && !(C (sc, n) < 0x80 && g_ascii_isalnum ((char) C (sc, n))))
        {
          *q = v;
          return n;
        }
      return 0;
    }
  int v;
  gsize n = is_digit (C (sc, k)) ? read_arabic (sc, k, 1, &v, NULL) : read_cn (sc, k, 1, &v, NULL);
  if (!n || v < 1 || v > 4)
    return 0;
  gsize e = lit (sc, n, "季度");
  /* bare N季 is a quarter only as 第N季 or with a Chinese numeral other than 四
   * (4季的差餉 = four quarters, 一年四季 = the four seasons) */
  if (!e && lit (sc, n, "季") && !lit (sc, n, "季节")
      && (d || (!is_digit (C (sc, k)) && C (sc, k) != 0x56DB)))
    e = n + 1;
  if (!e)
    return 0;
  *q = v;
  return e;
}

/* parts of a year after "YYYY年" / "今年": quarter, half, months, 初/底, holidays… */
static gsize
year_part_full (Sc *sc, gsize j, int y, Atom *a, gboolean months);

static gsize
year_part (Sc *sc, gsize j, int y, Atom *a)
{
  return year_part_full (sc, j, y, a, TRUE);
}

static gsize
year_part_full (Sc *sc, gsize j, int y, Atom *a, gboolean months)
{
  TlExpr *e = &a->e;
  gsize k;
  int q;
  if ((k = lit (sc, j, "上半年")))
    {
      set_months (e, y, 1, 6, TL_GRAN_HALF);
      return k;
    }
  if ((k = lit (sc, j, "下半年")))
    {
      set_months (e, y, 7, 12, TL_GRAN_HALF);
      return k;
    }
  if ((k = lit (sc, j, "前")))
    {
      int n;
      gsize t = read_num (sc, k, 1, &n);
      gsize qq;
      if (t && (qq = lit (sc, t, "季度")) && n >= 1 && n <= 4)
        {
          set_months (e, y, 1, 3 * n, TL_GRAN_QUARTER);
          expr_note (e, "cumulative: quarters 1–%d", n);
          return qq;
        }
      gsize mm = t ? lit (sc, t, "个月") : 0;
      if (!mm && t)
        mm = lit (sc, t, "月");
      if (t && mm && n >= 1 && n <= 12)
        {
          set_months (e, y, 1, n, TL_GRAN_MONTH);
          expr_note (e, "cumulative: the first %d months", n);
          return mm;
        }
    }
  if ((k = quarter_num (sc, j, &q)))
    {
      set_months (e, y, 3 * q - 2, 3 * q, TL_GRAN_QUARTER);
      gsize m = lit (sc, k, "末");
      if (m)
        {
          set_months (e, y, 3 * q, 3 * q, TL_GRAN_MONTH);
          return m;
        }
      return k;
    }
  if ((k = lit (sc, j, "全年")))
    {
      set_year (e, y);
      return k;
    }
  /* months: digits or Chinese numerals followed by 月 */
  if (months && (is_digit (C (sc, j)) || is_cn_num (C (sc, j))))
    {
      Atom m;
      atom_init (&m, j, "date");
      gsize x = month_expr (sc, j, y, &m);
      if (x)
        {
          atom_clear (a);
          m.s = a->s;
          m.year = a->year;
          m.year_explicit = a->year_explicit;
          m.e.relative = e->relative;
          m.e.anchor = e->anchor;
          m.e.kind = e->kind;
          *a = m;
          return x;
        }
      atom_clear (&m);
    }
  return 0;
}

/* after "…年": 度, 初/底/末, or any year part */
/* 春天/春季 … 冬天/冬季 at i: the season (0 spring … 3 winter), or -1; not
 * 冬季奥运会, 夏季达沃斯 */
static int
read_season (const Sc *sc, gsize i, gsize *end)
{
  static const char *const words[] = { "春天", "春季", "夏天", "夏季", "秋天", "秋季", "冬天", "冬季", NULL };
  int w = -1;
  gsize k = lit_any (sc, i, words, &w);
  if (!k)
    return -1;
  gunichar n = C (sc, k);
  if (n == 0x5965 /* 奥 */ || n == 0x8FD0 /* 运 */ || n == 0x8FBE /* 达 */ || n == 0x6B8B /* 残 */ || n == 0x5B66 /* 学 */)
    return -1;
  *end = k;
  return w / 2;
}

/* the season s of year y: spring March–May … winter December–February (of y + 1) */
static void
set_season (TlExpr *e, int y, int season)
{
  static const char *const names[] = { "spring: March–May", "summer: June–August", "autumn: September–November",
                                       "winter: December–February" };
  if (!year_ok (e, y) || !year_ok (e, y + 1))
    return;
  if (season == 3)
    set_days (e, tl_days_from_civil (y, 12, 1), tl_days_from_civil (y + 1, 2, tl_days_in_month (y + 1, 2)), TL_GRAN_MONTH);
  else
    set_months (e, y, 3 + 3 * season, 5 + 3 * season, TL_GRAN_MONTH);
  e->vague = TRUE;
  expr_note (e, "%s", names[season]);
}

/* 今冬/今春/今夏/今秋, 这个冬天/这个夏季…: the season of the reference year; a
 * winter said in January or February is the one under way */
static gsize
season_expr (Sc *sc, gsize i, Atom *a)
{
  gsize k;
  int season = -1;
  static const char seasons[] = "春夏秋冬";
  if (C (sc, i) == 0x4ECA /* 今 */)
    {
      gunichar n = C (sc, i + 1);
      for (int s = 0; s < 4; s++)
        if (n == g_utf8_get_char (seasons + 3 * s))
          season = s;
      if (season < 0 || C (sc, i + 2) == 0x5B63 /* 今冬季 handled below */ || C (sc, i + 2) == 0x5929)
        {
          gsize e2;
          if (season >= 0 && read_season (sc, i + 1, &e2) == season)
            k = e2;
          else if (season >= 0)
            return 0;
          else
            return 0;
        }
      else
        k = i + 2;
    }
  else if ((k = lit (sc, i, "这个")) || (k = lit (sc, i, "这一")))
    {
      gsize e2;
      season = read_season (sc, k, &e2);
      if (season < 0)
        return 0;
      k = e2;
    }
  else
    return 0;
  a->e.kind = "relative";
  if (!need_ref (sc, &a->e))
    {
      a->e.gran = TL_GRAN_MONTH;
      return k;
    }
  int y = sc->ry;
  if (season == 3 && sc->rm <= 2)
    y--;
  set_season (&a->e, y, season);
  return k;
}

static gsize
year_tail (Sc *sc, gsize k, int y, Atom *a)
{
  gsize j = lit (sc, k, "度");
  if (j)
    return j;
  static const char *const ends[] = { "初", "底", "末", "中", NULL };
  int w = -1;
  j = lit_any (sc, k, ends, &w);
  if (j && w != 3 && a->e.resolved)
    {
      /* 年初 = Jan–Feb, 年底/年末 = Nov–Dec (vague) */
      if (!lit (sc, j, "期"))
        {
          if (w == 0)
            set_months (&a->e, y, 1, 2, TL_GRAN_MONTH);
          else
            set_months (&a->e, y, 11, 12, TL_GRAN_MONTH);
          a->e.vague = TRUE;
          return j;
        }
    }
  gsize s = skip_ws (sc, k);
  if (a->e.resolved)
    {
      gsize x = year_part (sc, s, y, a);
      if (x)
        return x;
      /* 2020年冬天, 今年夏季: a winter of this year said in January or February is the one under way */
      int season = read_season (sc, s, &x);
      if (season >= 0)
        {
          int yy = y;
          if (season == 3 && a->e.kind == (const char *) "relative" && sc->has_ref && y == sc->ry && sc->rm <= 2)
            yy--;
          set_season (&a->e, yy, season);
          return x;
        }
      Atom h;
      atom_init (&h, s, "holiday");
      x = holiday_expr (sc, s, y, NULL, &h);
      if (!x)
        x = lunar_date_expr (sc, s, y, NULL, &h);
      if (!x)
        x = political_expr (sc, s, y, &h);
      if (x)
        {
          h.s = a->s;
          h.year = y;
          h.year_explicit = a->year_explicit;
          h.e.relative = a->e.relative;
          h.e.anchor = a->e.anchor;
          atom_clear (a);
          *a = h;
          return x;
        }
      atom_clear (&h);
    }
  return k;
}

/* ------------------------------------------------------------ years */

static gboolean clause_start (const Sc *sc, gsize i);

/* a year number before 年: returns the index of 年 + 1, or 0 */
static gsize
read_year (Sc *sc, gsize i, int *y, gboolean *minguo)
{
  *minguo = FALSE;
  gsize k = i;
  gsize p = lit (sc, k, "中华民国");
  if (!p)
    p = lit (sc, k, "民国");
  if (p)
    {
      int v;
      gsize t = is_digit (C (sc, p)) ? read_arabic (sc, p, 3, &v, NULL) : read_cn (sc, p, 5, &v, NULL);
      if (!t)
        return 0;
      gsize n = lit (sc, skip_ws (sc, t), "年");
      if (!n)
        return 0;
      *y = v + 1911;
      *minguo = TRUE;
      return n;
    }
  if (i > 0 && (is_digit (C (sc, i - 1)) || C (sc, i - 1) == '.'))
    return 0;
  if (is_digit (C (sc, k)))
    {
      int v, nd;
      int nd_all = 0;
      while (is_digit (C (sc, k + nd_all)))
        nd_all++;
      gsize t = read_arabic (sc, k, 4, &v, &nd);
      if (!t)
        return 0;
      gsize n = lit (sc, skip_ws (sc, t), "年");
      if (!n)
        return 0;
      if (nd == 4)
        {
          *y = v;
          return n;
        }
      if (nd == 2 && C (sc, k) == '0')
        {
          *y = 2000 + v; /* 08年 */
          return n;
        }
      if (sc->taiwan && nd <= 3 && v >= 1 && v <= 200)
        {
          /* bare Minguo year in Taiwan text: only with a month or 度 after it,
           * or heading a clause before 至今/以来/迄今 (；100年至今，…) */
          int m;
          gsize mm = read_month_num (sc, n, &m);
          static const char *const since_now[] = { "至今", "以来", "迄今", NULL };
          if (lit (sc, n, "度") || (mm && C (sc, mm) == 0x6708 && m >= 1 && m <= 12)
              || (clause_start (sc, i) && lit_any (sc, n, since_now, NULL)))
            {
              *y = v + 1911;
              *minguo = TRUE;
              return n;
            }
        }
      return 0;
    }
  if (is_cn_num (C (sc, k)))
    {
      int v;
      guint style = 0;
      gsize t = read_cn (sc, k, 4, &v, &style);
      if (t && (style & DS_NUMERAL_STYLE_DIGITS) && t - k == 4 && C (sc, t) == 0x5E74)
        {
          *y = v;
          return t + 1;
        }
      if (t && sc->taiwan && C (sc, t) == 0x5E74 && v >= 1 && v <= 200 && (style & DS_NUMERAL_STYLE_MULTIPLIER))
        {
          /* 九十八年度 / 九十八年1月 in Taiwan text */
          int m;
          gsize mm = read_month_num (sc, t + 1, &m);
          if (lit (sc, t + 1, "度") || (mm && C (sc, mm) == 0x6708 && m >= 1 && m <= 12))
            {
              *y = v + 1911;
              *minguo = TRUE;
              return t + 1;
            }
        }
    }
  return 0;
}

typedef struct
{
  const char *word;
  int offset;
  gboolean context; /* relative to the year in context, not the reference */
} RelYear;

static const RelYear rel_years[] = {
  { "今年", 0, FALSE }, { "本年", 0, FALSE }, { "今年度", 0, FALSE }, { "本年度", 0, FALSE },
  { "去年", -1, FALSE }, { "上年", -1, FALSE }, { "上一年", -1, FALSE }, { "去年度", -1, FALSE }, { "上年度", -1, FALSE },
  { "前年", -2, FALSE }, { "大前年", -3, FALSE },
  { "明年", 1, FALSE }, { "来年", 1, FALSE }, { "下一年", 1, FALSE }, { "明年度", 1, FALSE },
  { "后年", 2, FALSE }, { "大后年", 3, FALSE },
  { "当年", 0, TRUE }, { "同年", 0, TRUE }, { "该年", 0, TRUE },
  { "次年", 1, TRUE }, { "翌年", 1, TRUE }, { "第二年", 1, TRUE },
  { NULL, 0, FALSE },
};

static gsize
rel_year_expr (Sc *sc, gsize i, Atom *a)
{
  int best = -1;
  gsize k = 0;
  for (int r = 0; rel_years[r].word; r++)
    {
      gsize e = lit (sc, i, rel_years[r].word);
      if (e > k)
        {
          k = e;
          best = r;
        }
    }
  if (!k)
    return 0;
  gunichar prev = i > 0 ? C (sc, i - 1) : 0;
  const RelYear *r = &rel_years[best];
  /* guards: 以上年…, 今后年均, 三年前年… */
  if (prev == 0x4EE5 || prev == 0x4ECA || prev == 0x4E4B || prev == 0x6B64 || prev == 0x76F8
      || ((r->offset == -2 || r->offset == 2) && (is_digit (prev) || is_cn_num (prev) || prev == 0x5E74))
      || (g_str_equal (r->word, "来年") && (prev == 0x591A || is_cn_num (prev) || is_digit (prev)))
      || (g_str_equal (r->word, "第二年") && prev == 0x7684)
      || (r->offset == 1 && r->context && prev == 0x9996 /* 首次年度 */))
    return 0;
  /* 上年同期 etc. keep; 当年 needs a year in context */
  a->e.kind = "relative";
  int y;
  if (r->context)
    {
      a->e.relative = TRUE;
      a->e.anchor = "context";
      if (sc->ctx_year)
        y = sc->ctx_year + r->offset;
      else if (sc->has_ref && r->offset == 0)
        {
          a->e.anchor = "reference";
          y = sc->ry;
        }
      else
        {
          expr_unresolved (&a->e, "%s: no year in context", r->word);
          a->e.gran = TL_GRAN_YEAR;
          return k;
        }
    }
  else
    {
      if (!need_ref (sc, &a->e))
        {
          a->e.gran = TL_GRAN_YEAR;
          /* still consume the parts so they are not read on their own */
          Atom tmp;
          atom_init (&tmp, k, "relative");
          tmp.e.resolved = FALSE;
          gsize x = year_part (sc, k, 2000, &tmp);
          atom_clear (&tmp);
          return x ? x : k;
        }
      y = sc->ry + r->offset;
    }
  set_year (&a->e, y);
  a->year = y;
  gsize x = year_tail (sc, k, y, a);
  gsize s = lit (sc, x, "同期");
  if (s)
    {
      /* 去年同期: the period just talked about (一季度, 1—9月), a year earlier */
      if (x == k && sc->per_m1)
        {
          set_months (&a->e, y, sc->per_m1, sc->per_m2, sc->per_gran);
          expr_note (&a->e, "同期: months %d–%d of %d, the period in context", sc->per_m1, sc->per_m2, y);
        }
      else
        {
          if (x == k)
            a->e.vague = TRUE;
          expr_note (&a->e, "同期: the same period of %d", y);
        }
      x = s;
    }
  return x;
}

/* ------------------------------------------------------------ other relative words */

typedef struct
{
  const char *word;
  char unit;  /* d day, w week, m month, q quarter */
  int offset;
  gboolean context;
} RelWord;

static const RelWord rel_words[] = {
  { "今天", 'd', 0, FALSE }, { "今日", 'd', 0, FALSE }, { "昨天", 'd', -1, FALSE }, { "昨日", 'd', -1, FALSE },
  { "明天", 'd', 1, FALSE }, { "明日", 'd', 1, FALSE }, { "前天", 'd', -2, FALSE }, { "后天", 'd', 2, FALSE },
  { "大前天", 'd', -3, FALSE }, { "大后天", 'd', 3, FALSE }, { "当天", 'd', 0, TRUE }, { "当日", 'd', 0, TRUE },
  { "今晚", 'd', 0, FALSE }, { "今早", 'd', 0, FALSE }, { "今晨", 'd', 0, FALSE }, { "昨晚", 'd', -1, FALSE },
  { "明早", 'd', 1, FALSE }, { "明晚", 'd', 1, FALSE },
  { "本周", 'w', 0, FALSE }, { "这周", 'w', 0, FALSE }, { "这个星期", 'w', 0, FALSE }, { "本星期", 'w', 0, FALSE },
  { "上周", 'w', -1, FALSE }, { "上个星期", 'w', -1, FALSE }, { "上星期", 'w', -1, FALSE }, { "上上周", 'w', -2, FALSE },
  { "下周", 'w', 1, FALSE }, { "下个星期", 'w', 1, FALSE }, { "下星期", 'w', 1, FALSE }, { "下下周", 'w', 2, FALSE },
  { "本月", 'm', 0, FALSE }, { "这个月", 'm', 0, FALSE }, { "本月份", 'm', 0, FALSE }, { "当月", 'm', 0, TRUE },
  { "上月", 'm', -1, FALSE }, { "上个月", 'm', -1, FALSE }, { "下月", 'm', 1, FALSE }, { "下个月", 'm', 1, FALSE },
  { "次月", 'm', 1, TRUE },
  { "本季度", 'q', 0, FALSE }, { "上季度", 'q', -1, FALSE }, { "上个季度", 'q', -1, FALSE },
  { "下季度", 'q', 1, FALSE }, { "下个季度", 'q', 1, FALSE },
  { NULL, 0, 0, FALSE },
};

static int
weekday_char (gunichar c)
{
  switch (c)
    {
    case 0x4E00: return 1;
    case 0x4E8C: return 2;
    case 0x4E09: return 3;
    case 0x56DB: return 4;
    case 0x4E94: return 5;
    case 0x516D: return 6;
    case 0x65E5: case 0x5929: case 0x672B: return 7;
    default: return 0;
    }
}

static gsize
rel_word_expr (Sc *sc, gsize i, Atom *a)
{
  int best = -1;
  gsize k = 0;
  for (int r = 0; rel_words[r].word; r++)
    {
      gsize e = lit (sc, i, rel_words[r].word);
      if (e > k)
        {
          k = e;
          best = r;
        }
    }
  /* 周三 / 星期三 / 礼拜三 alone: this week */
  int wd = 0;
  if (!k)
    {
      static const char *const wk[] = { "周", "星期", "礼拜", NULL };
      gsize w = lit_any (sc, i, wk, NULL);
      if (!w || !(wd = weekday_char (C (sc, w))) || C (sc, w) == 0x672B)
        return 0;
      if (C (sc, w) == 0x5E74 || (i > 0 && (is_cn_num (C (sc, i - 1)) || is_digit (C (sc, i - 1)) || C (sc, i - 1) == 0x4E2A)))
        return 0;
      /* 周一干部学习制度 (a weekly schedule) is not a date: only before punctuation or a time of day */
      {
        gunichar nx = C (sc, w + 1);
        if (nx >= 0x4E00 && nx != 0x4E0A && nx != 0x4E0B && nx != 0x665A && nx != 0x65E9 && nx != 0x51CC && nx != 0x4E2D)
          return 0;
      }
      a->e.kind = "relative";
      if (!need_ref (sc, &a->e))
        return w + 1;
      gint32 monday = sc->ref - (tl_weekday (sc->ref) - 1);
      gint32 z = monday + wd - 1;
      set_days (&a->e, z, z, TL_GRAN_DAY);
      gsize t = attach_time (sc, w + 1, &a->e, FALSE);
      return t ? t : w + 1;
    }
  const RelWord *r = &rel_words[best];
  gunichar prev = i > 0 ? C (sc, i - 1) : 0;
  if ((r->unit == 'd' && (prev == 0x5148 || prev == 0x4ECA || prev == 0x4E4B || prev == 0x4EE5 || prev == 0x6628))
      || (r->offset == 2 && r->unit == 'd' && (C (sc, k) == 0x7136 /* 后天然 */ || prev == 0x6700)))
    return 0;
  if (g_str_equal (r->word, "上月") && (prev == 0x4EE5 || is_digit (prev)))
    return 0;
  a->e.kind = "relative";
  gint32 base;
  if (r->context && sc->ctx_year && r->unit == 'm' && sc->ctx_month)
    {
      a->e.relative = TRUE;
      a->e.anchor = "context";
      base = tl_days_from_civil (sc->ctx_year, sc->ctx_month, 1);
    }
  else
    {
      if (!need_ref (sc, &a->e))
        return k;
      base = sc->ref;
    }
  int y, m, d;
  tl_civil_from_days (base, &y, &m, &d);
  switch (r->unit)
    {
    case 'd':
      {
        set_days (&a->e, base + r->offset, base + r->offset, TL_GRAN_DAY);
        /* 明天下午5:00, 今晚6点, 今早8点十五分 */
        gsize t = attach_time (sc, k, &a->e, C (sc, k - 1) == 0x665A /* 晚 */);
        if (t)
          return t;
        break;
      }
    case 'w':
      {
        gint32 monday = base - (tl_weekday (base) - 1) + 7 * r->offset;
        int w2 = weekday_char (C (sc, k));
        if (w2 && C (sc, k) != 0x672B)
          {
            set_days (&a->e, monday + w2 - 1, monday + w2 - 1, TL_GRAN_DAY);
            gsize t = attach_time (sc, k + 1, &a->e, FALSE);
            return t ? t : k + 1;
          }
        if (lit (sc, k, "末"))
          {
            set_days (&a->e, monday + 5, monday + 6, TL_GRAN_DAY);
            return k + 1;
          }
        set_days (&a->e, monday, monday + 6, TL_GRAN_WEEK);
        break;
      }
    case 'm':
      {
        int mm = m + r->offset, yy = y;
        while (mm < 1)
          {
            mm += 12;
            yy--;
          }
        while (mm > 12)
          {
            mm -= 12;
            yy++;
          }
        set_months (&a->e, yy, mm, mm, TL_GRAN_MONTH);
        a->year = yy;
        return month_tail (sc, k, yy, mm, a);
      }
    case 'q':
      {
        int q = (m - 1) / 3 + r->offset, yy = y;
        while (q < 0)
          {
            q += 4;
            yy--;
          }
        while (q > 3)
          {
            q -= 4;
            yy++;
          }
        set_months (&a->e, yy, 3 * q + 1, 3 * q + 3, TL_GRAN_QUARTER);
        break;
      }
    }
  return k;
}

/* 目前/当前/现在/如今 (the present: the reference date, vague), 近日/日前/前不久
 * (the recent past: the 30 days up to it), 近期 (around it), 迄今 (until it) */
static gsize
present_expr (Sc *sc, gsize i, Atom *a)
{
  static const char *const words[] = { "目前", "当前", "现在", "如今", "现阶段", "眼下", "时下", "现时",
                                       "近日", "日前", "前不久", "不久前", "近期", "迄今为止", "迄今", NULL };
  int w = -1;
  gsize k = lit_any (sc, i, words, &w);
  if (!k)
    return 0;
  gunichar p = i > 0 ? C (sc, i - 1) : 0, n = C (sc, k);
  /* 表现在/体现在/实现在…, 充当前锋, 节日前/工作日前/5日前, 近日内 */
  if ((w == 2 || w == 4 || w == 7) && (p == 0x8868 || p == 0x4F53 || p == 0x5B9E || p == 0x51FA || p == 0x5448 || p == 0x5C55 || p == 0x53D1))
    return 0;
  /* 当前 as a time word: after punctuation or a function word (当前，…; 在当前…), not
   * 充当前锋 or the adjective of 平均当前运营评估 */
  if (w == 1 && p >= 0x4E00)
    {
      static const char ok[] = "在于是就而但从到至截为也都还已正的和与及对把将从";
      char pb[8] = { 0 };
      g_unichar_to_utf8 (p, pb);
      if (!strstr (ok, pb))
        return 0;
    }
  if (w == 9 && (is_digit (p) || is_cn_num (p) || p == 0x8282 || p == 0x4F5C || p == 0x5047 || p == 0x671F || p == 0x751F
                 || p == 0x672B || p == 0x5468 || p == 0x6708 || p == 0x5E74 || p == 0x51E0 || p == 0x6570 || p == 0x8BE5
                 || p == 0x5F53 || p == 0x524D || p == 0x6BCF || p == 0x4E2A || p == 0x4E4B || p == 0x5E73 || p == 0x4F11
                 || p == 0x590D || p == 0x5DE5 || p == 0x8BB0 || p == 0x9009 || p == 0x6295))
    return 0;
  if (w == 8 && (n == 0x5185 || p == 0x6700))
    return 0;
  if (w == 5 && n == 0x524D) /* 眼下前… */
    return 0;
  a->e.kind = "relative";
  a->e.vague = TRUE;
  if (!need_ref (sc, &a->e))
    {
      a->e.gran = TL_GRAN_DAY;
      return k;
    }
  if (w <= 7)
    {
      set_days (&a->e, sc->ref, sc->ref, TL_GRAN_DAY);
      expr_note (&a->e, "the present: the reference date");
      a->year = sc->ry; /* back to the present: later bare months are the reference year's */
    }
  else if (w <= 11)
    {
      set_days (&a->e, sc->ref - 30, sc->ref, TL_GRAN_DAY);
      expr_note (&a->e, "the recent past: up to 30 days before the reference date");
    }
  else if (w == 12)
    {
      set_days (&a->e, sc->ref - 30, sc->ref + 30, TL_GRAN_DAY);
      expr_note (&a->e, "around the reference date (±30 days)");
    }
  else
    {
      set_days (&a->e, sc->ref, sc->ref, TL_GRAN_DAY);
      a->e.has_from = FALSE;
      a->e.bound = "until";
      a->e.vague = FALSE;
    }
  return k;
}

static gboolean clause_plans (const Sc *sc, gsize s, gsize e);

/* 近三年, 过去五年, 未来三年, 今后五年, 三年来, 四年翻一番, 5年前, 3天后, 近年来 */
static gsize
span_expr (Sc *sc, gsize i, Atom *a)
{
  static const char *const vague_words[] = { "近年来", "近年", "近些年", "近几年", "近些年来", "近几年来", "这些年", "这几年", "这些年来", "这几年来", NULL };
  gsize k = lit_any (sc, i, vague_words, NULL);
  if (k)
    {
      if (lit (sc, k, "度") || lit (sc, k, "份"))
        return 0;
      a->e.kind = "period";
      a->e.vague = TRUE;
      if (!need_ref (sc, &a->e))
        {
          a->e.gran = TL_GRAN_YEARS;
          return k;
        }
      set_days (&a->e, tl_days_from_civil (sc->ry - 4, 1, 1), tl_days_from_civil (sc->ry, 12, 31), TL_GRAN_YEARS);
      expr_note (&a->e, "vague: taken as the five years up to the reference year");
      return k;
    }
  static const char *const past[] = { "近", "过去", "过去的", "最近", "最近的", "前", NULL };
  static const char *const future[] = { "未来", "今后", "未来的", "此后", "往后", "后", NULL };
  int dir = 0;
  int which = -1;
  /* 再过两个月: that long after the reference date */
  gsize again = lit (sc, i, "再过");
  gsize p = again ? 0 : lit_any (sc, i, past, &which);
  if (p)
    dir = -1;
  else if (!again && (p = lit_any (sc, i, future, &which)))
    dir = 1;
  gsize nstart = again ? again : p ? p : i;
  int n;
  gboolean half = FALSE;
  gsize t;
  if (C (sc, nstart) == 0x534A /* 半 */ && C (sc, nstart + 1) == 0x5E74 /* 年 */)
    {
      /* 半年来, 近半年: six months */
      gunichar pv = nstart > 0 ? C (sc, nstart - 1) : 0;
      if (pv == 0x4E0A || pv == 0x4E0B || pv == 0x524D || pv == 0x540E || pv == 0x5927 || pv == 0x591A || pv == 0x4E2A)
        return 0;
      half = TRUE;
      n = 6;
      t = nstart + 1;
    }
  else
    t = is_digit (C (sc, nstart)) ? read_arabic (sc, nstart, 3, &n, NULL) : read_cn (sc, nstart, 3, &n, NULL);
  if (!t || n < 1 || n > 100)
    return 0;
  if (nstart > 0 && (is_digit (C (sc, nstart - 1)) || is_cn_num (C (sc, nstart - 1)) || C (sc, nstart - 1) == '.'))
    return 0;
  gboolean more = FALSE;
  gsize u = t;
  if (!half && (C (sc, u) == 0x591A /* 多 */ || C (sc, u) == 0x4F59 /* 余 */))
    {
      more = TRUE;
      u++;
    }
  char unit = 0;
  gsize ue;
  if (half)
    {
      unit = 'm';
      ue = nstart + 2;
    }
  else if ((ue = lit (sc, u, "年")))
    unit = 'y';
  else if ((ue = lit (sc, u, "个月")))
    unit = 'm';
  else if ((ue = lit (sc, u, "天")))
    unit = 'd';
  else if ((ue = lit (sc, u, "周")) || (ue = lit (sc, u, "个星期")))
    unit = 'w';
  if (!unit)
    return 0;
  /* 三年多来, 两个多月前 */
  if (!more && !half && (C (sc, ue) == 0x591A || C (sc, ue) == 0x4F59))
    {
      static const char *const tails[] = { "来", "以来", "前", "以前", "之前", "后", "以后", "之后", NULL };
      if (lit_any (sc, ue + 1, tails, NULL))
        {
          more = TRUE;
          ue++;
        }
    }
  if (again)
    {
      /* 再过两个月(后): a point after the reference date */
      a->e.kind = "period";
      gsize s = lit (sc, ue, "后");
      if (!s)
        s = ue;
      if (!need_ref (sc, &a->e))
        return s;
      gint32 z;
      if (unit == 'd')
        z = sc->ref + n;
      else if (unit == 'w')
        z = sc->ref + 7 * n;
      else
        {
          int total = sc->ry * 12 + (sc->rm - 1) + (unit == 'y' ? 12 * n : n);
          int yy = total / 12, mm = total % 12 + 1;
          z = tl_days_from_civil (yy, mm, MIN (sc->rd, tl_days_in_month (yy, mm)));
        }
      set_days (&a->e, z, z, TL_GRAN_DAY);
      a->e.vague = unit == 'y' || unit == 'm' || more;
      expr_note (&a->e, "%d %s after the reference date", n,
                 unit == 'y' ? "years" : unit == 'm' ? "months" : unit == 'w' ? "weeks" : "days");
      return s;
    }
  /* "前" + N年 is only 前N年 of a plan …; keep 前/后 for N年前/后 */
  if (p && (which == 5) && dir != 0)
    {
      /* 前三年 / 后三年 are ambiguous (of what?): skip */
      return 0;
    }
  a->e.kind = "period";
  if (dir == 0)
    {
      /* N年来 / N年以来 / N年前 / N天后 / N年翻一番 */
      static const char *const since_w[] = { "来", "以来", NULL };
      static const char *const ago_w[] = { "前", "以前", "之前", NULL };
      static const char *const later_w[] = { "后", "以后", "之后", NULL };
      static const char *const double_w[] = { "翻一番", "翻番", "翻两番", "翻了一番", NULL };
      gsize s;
      if ((s = lit_any (sc, ue, since_w, NULL)))
        dir = -1;
      else if ((s = lit_any (sc, ue, double_w, NULL)))
        dir = -1;
      else if ((s = lit_any (sc, ue, ago_w, NULL)))
        dir = -2;
      else if ((s = lit_any (sc, ue, later_w, NULL)))
        {
          if (lit (sc, s, "的") || C (sc, s) == 0x5E74)
            return 0;
          dir = 2;
        }
      else
        return 0;
      if (!need_ref (sc, &a->e))
        return s;
      int ry = sc->ry, rm = sc->rm, rd = sc->rd;
      if (dir == 2 && unit == 'y' && sc->ctx_year && !sc->ctx_is_ref && sc->ctx_year < ry && !clause_plans (sc, i, s)
          && !(i >= 2 && C (sc, i - 2) == 0x65F6 && C (sc, i - 1) == 0x9694) /* 时隔N年后 */)
        {
          /* 一年后 in a narrative about a past year: counted from that year */
          set_year (&a->e, sc->ctx_year + n);
          a->e.anchor = "context";
          a->e.vague = more;
          a->year = sc->ctx_year + n;
          expr_note (&a->e, "%d year(s) after the year in context (%d)", n, sc->ctx_year);
          return s;
        }
      if (half && dir == -1)
        {
          /* 半年来: back six months from the reference date (vague) */
          int total = ry * 12 + (rm - 1) - 6;
          int yy = total / 12, mm = total % 12 + 1;
          set_days (&a->e, tl_days_from_civil (yy, mm, MIN (rd, tl_days_in_month (yy, mm))), sc->ref, TL_GRAN_MONTH);
          a->e.vague = TRUE;
          expr_note (&a->e, "half a year back from the reference date");
          return s;
        }
      if (dir == -2 || dir == 2)
        {
          int sign = dir < 0 ? -1 : 1;
          gint32 z;
          if (unit == 'd')
            z = sc->ref + sign * n;
          else if (unit == 'w')
            z = sc->ref + sign * 7 * n;
          else
            {
              int total = ry * 12 + (rm - 1) + sign * (unit == 'y' ? 12 * n : n);
              int yy = total / 12, mm = total % 12 + 1;
              int dd = MIN (rd, tl_days_in_month (yy, mm));
              z = tl_days_from_civil (yy, mm, dd);
            }
          set_days (&a->e, z, z, TL_GRAN_DAY);
          if (unit == 'y' || unit == 'm')
            a->e.vague = TRUE;
          if (unit == 'y' && !more) /* 七年多前 names no particular year */
            tl_civil_from_days (z, &a->year, &(int) { 0 }, &(int) { 0 });
          expr_note (&a->e, "%d %s %s the reference date", n, unit == 'y' ? "years" : unit == 'm' ? "months" : unit == 'w' ? "weeks" : "days", sign < 0 ? "before" : "after");
          a->e.vague |= more;
          return s;
        }
      /* N年来: back N years from the reference date (vague);
       * N年翻一番: N years ending at the reference year */
      if (unit == 'y' && lit_any (sc, ue, since_w, NULL))
        {
          int yy = ry - n, dd = MIN (rd, tl_days_in_month (ry - n, rm));
          set_days (&a->e, tl_days_from_civil (yy, rm, dd), sc->ref, TL_GRAN_YEARS);
          a->e.vague = TRUE;
          expr_note (&a->e, "%d year(s) back from the reference date", n);
          return s;
        }
      if (unit == 'y')
        set_days (&a->e, tl_days_from_civil (ry - n + 1, 1, 1), tl_days_from_civil (ry, 12, 31), TL_GRAN_YEARS);
      else if (unit == 'm')
        set_days (&a->e, tl_days_from_civil (ry, rm, 1) - 0, sc->ref, TL_GRAN_MONTH);
      else
        set_days (&a->e, sc->ref - (unit == 'w' ? 7 * n : n) + 1, sc->ref, TL_GRAN_DAY);
      if (unit == 'm')
        {
          int total = ry * 12 + (rm - 1) - (n - 1);
          a->e.from = tl_days_from_civil (total / 12, total % 12 + 1, 1);
        }
      a->e.vague = more;
      expr_note (&a->e, "%d %s ending at the reference date", n, unit == 'y' ? "years" : unit == 'm' ? "months" : "days");
      return s;
    }
  if (!need_ref (sc, &a->e))
    return ue;
  gsize x = ue;
  gsize lai = lit (sc, x, "来");
  if (lai && dir < 0)
    x = lai;
  else if ((lai = lit (sc, x, "内")) || (lai = lit (sc, x, "中")) || (lai = lit (sc, x, "间")))
    x = lai;
  int ry = sc->ry, rm = sc->rm;
  switch (unit)
    {
    case 'y':
      if (dir < 0 && which >= 1 && which <= 2)
        {
          /* 过去五年: the complete years before the reference year */
          set_days (&a->e, tl_days_from_civil (ry - n, 1, 1), tl_days_from_civil (ry - 1, 12, 31), n == 1 ? TL_GRAN_YEAR : TL_GRAN_YEARS);
          expr_note (&a->e, "the %d complete year(s) before the reference year", n);
          break;
        }
      if (dir < 0)
        set_days (&a->e, tl_days_from_civil (ry - n + 1, 1, 1), tl_days_from_civil (ry, 12, 31), TL_GRAN_YEARS);
      else
        set_days (&a->e, tl_days_from_civil (ry + 1, 1, 1), tl_days_from_civil (ry + n, 12, 31), TL_GRAN_YEARS);
      expr_note (&a->e, dir < 0 ? "%d years up to the reference year" : "%d years after the reference year", n);
      break;
    case 'm':
      {
        int total = ry * 12 + (rm - 1);
        if (dir < 0)
          {
            int s0 = total - (n - 1);
            set_days (&a->e, tl_days_from_civil (s0 / 12, s0 % 12 + 1, 1), sc->ref, TL_GRAN_MONTH);
          }
        else
          {
            int e0 = total + n;
            set_days (&a->e, sc->ref + 1, tl_days_from_civil (e0 / 12, e0 % 12 + 1, tl_days_in_month (e0 / 12, e0 % 12 + 1)), TL_GRAN_MONTH);
          }
        break;
      }
    case 'w':
      if (dir < 0)
        set_days (&a->e, sc->ref - 7 * n, sc->ref, TL_GRAN_DAY);
      else
        set_days (&a->e, sc->ref + 1, sc->ref + 7 * n, TL_GRAN_DAY);
      break;
    default:
      if (dir < 0)
        set_days (&a->e, sc->ref - n + 1, sc->ref, TL_GRAN_DAY);
      else
        set_days (&a->e, sc->ref + 1, sc->ref + n, TL_GRAN_DAY);
      break;
    }
  a->e.vague |= more;
  return x;
}

/* 建园20周年: the year founded + N */
static gsize
anniversary_expr (Sc *sc, gsize i, Atom *a)
{
  static const char *const what[] = { "建园", "建区", "成立", "建国", "建党", "开园", "设立", "获批", "建校", "建市", "开发建设", "改革开放", "新中国成立",
                                      "回归", "回归祖国", NULL };
  int w = -1;
  gsize k = lit_any (sc, i, what, &w);
  if (!k)
    return 0;
  int n;
  gsize t = is_digit (C (sc, k)) ? read_arabic (sc, k, 3, &n, NULL) : read_cn (sc, k, 4, &n, NULL);
  if (!t || n < 1)
    return 0;
  gsize e = lit (sc, t, "周年");
  if (!e)
    return 0;
  a->e.kind = "anniversary";
  int base = 0;
  const char *how = NULL;
  if (w == 3 || w == 12)
    {
      base = 1949;
      how = "the People's Republic was founded in 1949";
    }
  else if (w == 4)
    {
      base = 1921;
      how = "the CPC was founded in 1921";
    }
  else if (w == 11)
    {
      base = 1978;
      how = "reform and opening-up began in 1978";
    }
  else if (w == 13 || w == 14)
    {
      /* 回归: Hong Kong (1997) or Macao (1999), whichever the text names nearest before (else after) */
      gssize hk = -1, mo = -1, hk_after = -1, mo_after = -1;
      for (gsize q = 0; q + 1 < sc->n; q++)
        {
          gboolean is_hk = C (sc, q) == 0x9999 && C (sc, q + 1) == 0x6E2F;       /* 香港 */
          gboolean is_mo = C (sc, q) == 0x6FB3 && C (sc, q + 1) == 0x95E8;       /* 澳门 */
          if (q < i)
            {
              if (is_hk)
                hk = (gssize) q;
              if (is_mo)
                mo = (gssize) q;
            }
          else
            {
              if (is_hk && hk_after < 0)
                hk_after = (gssize) q;
              if (is_mo && mo_after < 0)
                mo_after = (gssize) q;
            }
        }
      gboolean macao = (hk >= 0 || mo >= 0) ? mo > hk : (mo_after >= 0 && (hk_after < 0 || mo_after < hk_after));
      if (hk >= 0 || mo >= 0 || hk_after >= 0 || mo_after >= 0)
        {
          base = macao ? 1999 : 1997;
          how = macao ? "Macao returned to China in 1999" : "Hong Kong returned to China in 1997";
        }
    }
  else if (sc->founded)
    {
      base = sc->founded;
      how = "founding year stated in the document";
    }
  if (base)
    {
      set_year (&a->e, base + n);
      expr_note (&a->e, "%s; %d + %d = %d", how, base, n, base + n);
      return e;
    }
  if (sc->ctx_year)
    {
      set_year (&a->e, sc->ctx_year);
      a->e.relative = TRUE;
      a->e.anchor = "context";
      expr_note (&a->e, "the year in context (%d); implies founded in %d", sc->ctx_year, sc->ctx_year - n);
      return e;
    }
  expr_unresolved (&a->e, "anniversary count %d: founding year unknown", n);
  a->e.gran = TL_GRAN_YEAR;
  return e;
}

/* ------------------------------------------------------------ atoms */

static gsize
numeric_date (Sc *sc, gsize i, Atom *a)
{
  if (i > 0 && (is_digit (C (sc, i - 1)) || C (sc, i - 1) == '.' || C (sc, i - 1) == '-' || C (sc, i - 1) == '/'))
    return 0;
  int y, m, d, nd;
  gsize k = read_arabic (sc, i, 4, &y, &nd);
  if (!k || nd != 4)
    return 0;
  gunichar sep = C (sc, k);
  if (sep != '-' && sep != '/' && sep != '.')
    return 0;
  gsize k2 = read_arabic (sc, k + 1, 2, &m, &nd);
  if (!k2 || C (sc, k2) != sep)
    return 0;
  gsize k3 = read_arabic (sc, k2 + 1, 2, &d, &nd);
  if (!k3 || is_digit (C (sc, k3)) || (sep == '.' && C (sc, k3) == '.' && is_digit (C (sc, k3 + 1))))
    return 0;
  a->e.kind = "date";
  set_day (&a->e, y, m, d);
  if (!a->e.resolved)
    a->e.gran = TL_GRAN_DAY;
  a->year = y;
  a->month = m;
  a->year_explicit = TRUE;
  gsize x = k3;
  if (C (sc, x) == 0x65E5)
    x++;
  gsize j = x;
  if (C (sc, j) == 'T')
    j++;
  else
    j = skip_ws (sc, j);
  if (a->e.resolved)
    {
      gsize t = attach_time (sc, j, &a->e, FALSE);
      if (t)
        x = t;
    }
  return x;
}

/* 2021—2035 / 2021-2035年 / (20212035) */
static gsize
bare_year_range (Sc *sc, gsize i, Atom *a)
{
  if (i > 0 && (is_digit (C (sc, i - 1)) || C (sc, i - 1) == '.'))
    return 0;
  int y1, y2, nd;
  gsize k = read_arabic (sc, i, 8, &y1, &nd);
  if (!k)
    return 0;
  if (nd == 8)
    {
      /* the dash lost in scraping: (20212035) */
      y2 = y1 % 10000;
      y1 /= 10000;
      gunichar pre = i > 0 ? C (sc, i - 1) : 0, post = C (sc, k);
      gboolean framed = (pre == '(' && post == ')') || (pre == 0x3010 && post == 0x3011) || post == 0x5E74;
      if (!framed || y1 < 1900 || y1 > 2100 || y2 <= y1 || y2 > y1 + 50)
        return 0;
      a->e.kind = "date";
      a->e.repaired = TRUE;
      set_days (&a->e, tl_days_from_civil (y1, 1, 1), tl_days_from_civil (y2, 12, 31), TL_GRAN_YEARS);
      expr_note (&a->e, "read as %d—%d: the range dash was lost", y1, y2);
      a->year = y2;
      a->year_explicit = TRUE;
      return post == 0x5E74 ? k + 1 : k;
    }
  if (nd != 4)
    return 0;
  gsize c = read_conn (sc, skip_ws (sc, k));
  if (!c)
    return 0;
  c = skip_ws (sc, c);
  gsize k2 = read_arabic (sc, c, 4, &y2, &nd);
  if (!k2 || nd != 4 || is_digit (C (sc, k2)))
    {
      /* 2021—35 is rare; 2021-12-… is a numeric date */
      return 0;
    }
  if (y2 <= y1 || y1 < 1000 || y2 - y1 > 100 || C (sc, k2) == '-' || C (sc, k2) == '/' || C (sc, k2) == '.')
    return 0;
  a->e.kind = "date";
  set_days (&a->e, tl_days_from_civil (y1, 1, 1), tl_days_from_civil (y2, 12, 31), TL_GRAN_YEARS);
  a->year = y2;
  a->year_explicit = TRUE;
  gsize x = k2;
  if (C (sc, x) == 0x5E74 && !lit (sc, x, "年度"))
    x++;
  else if (lit (sc, x, "年度"))
    x += 2;
  return x;
}

/* Hong Kong fiscal year 2016/17年度: April 1 – March 31 */
static gsize
fiscal_year (Sc *sc, gsize i, Atom *a)
{
  int y, y2, nd;
  gsize k = read_arabic (sc, i, 4, &y, &nd);
  gunichar sep = k ? C (sc, k) : 0;
  if (!k || nd != 4 || (sep != '/' && sep != '-' && sep != 0x2014))
    return 0;
  gsize k1 = k + 1;
  while (sep == '/' && is_space (C (sc, k1)))
    k1++;
  gsize k2 = read_arabic (sc, k1, 2, &y2, &nd);
  if (!k2 || nd != 2 || y2 != (y + 1) % 100)
    return 0;
  gsize e = lit (sc, k2, "年度");
  if (!e)
    e = lit (sc, k2, "财政年度");
  /* 2017/18年 (a Hong Kong fiscal year without 度); 2013-14年 stays a range */
  if (!e && sep == '/' && lit (sc, k2, "年") && !lit (sc, k2, "年度"))
    e = k2 + 1;
  if (!e)
    return 0;
  a->e.kind = "date";
  set_days (&a->e, tl_days_from_civil (y, 4, 1), tl_days_from_civil (y + 1, 3, 31), TL_GRAN_YEAR);
  expr_note (&a->e, "fiscal year %d/%02d (April to March)", y, y2);
  a->year = y;
  a->year_explicit = TRUE;
  return e;
}

/* 一季度, 上半年, 前三季度, 全年, 年初, 年底 without a year: the year in context */
static gsize
standalone_part (Sc *sc, gsize i, Atom *inh, Atom *a)
{
  gunichar c = C (sc, i), p = i > 0 ? C (sc, i - 1) : 0;
  if (is_digit (p) || (is_cn_num (p) && c != 0x7B2C) || p == 0x4ECA || p == 0x53BB || p == 0x660E || p == 0x5F53 || p == 0x540C
      || p == 0x5E74 || p == 0x6BCF || p == 0x672C)
    return 0;
  gsize x;
  static const char *const ends[] = { "年初", "年底", "年末", "年中", "年内", NULL };
  int w = -1;
  if ((x = lit_any (sc, i, ends, &w)))
    {
      if (lit (sc, x, "期") || lit (sc, x, "以前"))
        return 0;
      if (w >= 3)
        {
          /* 年中/年内 only as words of their own: not 青年中心, 少年中国, 多年内… */
          static const char prev_bad[] = "青少老成多全中童幼晚早壮历逐每当某该这那半";
          static const char next_ok[] = "前后以时左才或的将会见开完推实达要力基";
          gunichar nx = C (sc, x);
          if (p >= 0x4E00)
            {
              char pb[8] = { 0 };
              g_unichar_to_utf8 (p, pb);
              if (strstr (prev_bad, pb))
                return 0;
            }
          if (w == 3 && nx >= 0x4E00)
            {
              char nb[8] = { 0 };
              g_unichar_to_utf8 (nx, nb);
              if (!strstr (next_ok, nb))
                return 0;
            }
        }
      int y;
      static const int first_month[] = { 1, 11, 11, 6, 1 };
      if (!inh && sc->since_year && first_month[w] >= sc->since_m)
        {
          /* 自去年2月…年底: the bound's year */
          y = sc->since_year;
          a->e.relative = TRUE;
          a->e.anchor = "context";
          a->weak_year = TRUE;
        }
      else
        y = context_year (sc, inh, &a->e);
      a->e.vague = TRUE;
      a->e.kind = "relative";
      if (!y)
        {
          a->e.gran = TL_GRAN_MONTH;
          return x;
        }
      if (w == 0)
        set_months (&a->e, y, 1, 2, TL_GRAN_MONTH);
      else if (w == 3)
        {
          /* 年中: around the middle of the year */
          set_months (&a->e, y, 6, 7, TL_GRAN_MONTH);
          expr_note (&a->e, "mid-year: June–July");
        }
      else if (w == 4)
        {
          /* 年内: within the year (in context) */
          set_year (&a->e, y);
          a->e.vague = FALSE;
          expr_note (&a->e, "within the year %d", y);
        }
      else
        set_months (&a->e, y, 11, 12, TL_GRAN_MONTH);
      a->year = y;
      return x;
    }
  Atom probe;
  atom_init (&probe, i, "date");
  x = year_part_full (sc, i, 2000, &probe, FALSE);
  TlGran g = probe.e.gran;
  atom_clear (&probe);
  if (!x)
    return 0;
  a->e.kind = "relative";
  int y = context_year (sc, inh, &a->e);
  if (!y)
    {
      a->e.gran = g;
      return x;
    }
  const char *anchor = a->e.anchor;
  x = year_part_full (sc, i, y, a, FALSE);
  a->e.relative = TRUE;
  a->e.anchor = anchor;
  a->year = y;
  return x;
}

static gboolean
clause_start (const Sc *sc, gsize i)
{
  if (i == 0)
    return TRUE;
  gunichar p = C (sc, i - 1);
  return p == '\n' || p == 0x3002 || p == 0xFF0C || p == ',' || p == 0xFF1B || p == ';' || p == 0xFF1A || p == ':'
         || p == '(' || p == 0xFF08 || p == ' ' || p == 0x3001 || p == 0x5728 /* 在 */ || p == 0x4E8E /* 于 */
         || p == 0x81F3 || p == 0x5230 || p == 0x201C || p == 0x300C || p == 0x2014 || p == '-';
}

static gsize
parse_atom (Sc *sc, gsize i, Atom *inh, Atom *a)
{
  gunichar c = C (sc, i);
  gsize x;
  atom_init (a, i, "date");

  if (is_digit (c))
    {
      if ((x = numeric_date (sc, i, a)))
        return x;
      if (!inh && (x = fiscal_year (sc, i, a)))
        return x;
      if (!inh && (x = bare_year_range (sc, i, a)))
        return x;
      atom_clear (a);
      atom_init (a, i, "date");
      /* a bare year closing a range: 2021年—2035 */
      if (inh && inh->year_explicit && inh->e.gran == TL_GRAN_YEAR && !inh->month)
        {
          int y, nd;
          gsize k = read_arabic (sc, i, 4, &y, &nd);
          if (k && nd == 4 && !is_digit (C (sc, k)) && C (sc, k) != '.' && C (sc, k) != '%')
            {
              set_year (&a->e, y);
              a->year = y;
              a->year_explicit = TRUE;
              x = lit (sc, k, "年");
              return x ? x : k;
            }
        }
    }
  gboolean minguo;
  int y;
  if ((x = read_year (sc, i, &y, &minguo)))
    {
      a->e.kind = "date";
      a->year_explicit = TRUE;
      if (minguo)
        expr_note (&a->e, "Minguo year %d = %d", y - 1911, y);
      if (y < 1 || y > 9999)
        {
          expr_unresolved (&a->e, "year %04d does not exist", y);
          a->e.gran = TL_GRAN_YEAR;
          /* swallow the month and day so they are not read alone */
          Atom tmp;
          atom_init (&tmp, x, "date");
          gsize t = month_expr (sc, skip_ws (sc, x), 0, &tmp);
          atom_clear (&tmp);
          return t ? t : x;
        }
      set_year (&a->e, y);
      a->year = y;
      return year_tail (sc, x, y, a);
    }
  /* words that never start with a numeral are not tried at numerals */
  gboolean numeral = is_digit (c) || is_cn_num (c);
  if (!numeral && (x = rel_year_expr (sc, i, a)))
    return x;
  atom_clear (a);
  atom_init (a, i, "date");

  /* a month without a year */
  if (is_digit (c) || (is_cn_num (c) && c != 0x4E24))
    {
      gunichar p = i > 0 ? C (sc, i - 1) : 0;
      gboolean blocked = is_digit (p) || p == '.' || p == 0x7B2C /* 第 */ || p == 0x524D /* 前 */ || p == 0x540E /* 后 */
                         || p == 0x8FD1 /* 近 */ || p == 0x6570 /* 数 */ || p == 0x51E0 /* 几 */ || p == 0x6BCF /* 每 */
                         || (is_cn_num (p) && !inh) || p == 0x4E2A;
      if (!blocked)
        {
          x = month_expr (sc, i, 0, a);
          if (x)
            {
              if (a->e.reason) /* invalid month */
                return x;
              int mm0 = a->month;
              int yy;
              /* 自去年2月…11月: the bound's year; but 去年12月以来…7月 is not */
              if (!inh && sc->since_year && mm0 >= sc->since_m)
                {
                  yy = sc->since_year;
                  a->e.relative = TRUE;
                  a->e.anchor = "context";
                }
              else
                yy = context_year (sc, inh, &a->e);
              if (!yy)
                return x;
              /* re-run with the year to fill the interval */
              atom_clear (a);
              atom_init (a, i, "date");
              x = month_expr (sc, i, yy, a);
              a->e.relative = TRUE;
              a->e.anchor = (inh && inh->year) || sc->ctx_year || (!inh && sc->since_year && mm0 >= sc->since_m)
                            ? "context" : "reference";
              a->year = yy;
              return x;
            }
          atom_clear (a);
          atom_init (a, i, "date");
          /* a day alone: 29日, 23日至24日 (after a month in the range) */
          int d;
          gsize dk = read_day_num (sc, i, &d);
          if (dk && (C (sc, dk) == 0x65E5 || (inh && C (sc, dk) == 0x53F7))
              && (inh ? inh->month != 0 : clause_start (sc, i))
              && d >= 1 && d <= 31 && !lit (sc, dk + 1, "内") && !lit (sc, dk + 1, "以内") && !lit (sc, dk + 1, "元")
              && !lit (sc, dk + 1, "电") && !lit (sc, dk + 1, "讯"))
            {
              int yy, mm;
              if (inh && inh->month)
                {
                  yy = inh->year;
                  mm = inh->month;
                  a->e.relative = TRUE;
                  a->e.anchor = "context";
                }
              else if (sc->ctx_year && sc->ctx_month)
                {
                  yy = sc->ctx_year;
                  mm = sc->ctx_month;
                  a->e.relative = TRUE;
                  a->e.anchor = "context";
                }
              else
                {
                  if (!need_ref (sc, &a->e))
                    return dk + 1;
                  yy = sc->ry;
                  mm = sc->rm;
                }
              if (yy)
                set_day (&a->e, yy, mm, d);
              a->month = mm;
              a->year = yy;
              return dk + 1;
            }
        }
    }
  if ((x = standalone_part (sc, i, inh, a)))
    return x;
  atom_clear (a);
  atom_init (a, i, "date");
  if ((x = session_expr (sc, i, a)))
    return x;
  atom_clear (a);
  atom_init (a, i, "date");
  if ((x = plan_expr (sc, i, a)))
    return x;
  atom_clear (a);
  atom_init (a, i, "date");
  if ((x = political_expr (sc, i, 0, a)))
    return x;
  atom_clear (a);
  atom_init (a, i, "date");
  if ((x = holiday_expr (sc, i, 0, inh, a)))
    return x;
  atom_clear (a);
  atom_init (a, i, "date");
  if (!numeral && (x = lunar_date_expr (sc, i, 0, inh, a)))
    return x;
  atom_clear (a);
  atom_init (a, i, "date");
  if (!numeral && (x = season_expr (sc, i, a)))
    return x;
  atom_clear (a);
  atom_init (a, i, "date");
  if (!numeral && (x = rel_word_expr (sc, i, a)))
    return x;
  atom_clear (a);
  atom_init (a, i, "date");
  if (!numeral && !inh && (x = present_expr (sc, i, a)))
    return x;
  atom_clear (a);
  atom_init (a, i, "date");
  if ((x = span_expr (sc, i, a)))
    return x;
  atom_clear (a);
  atom_init (a, i, "date");
  if (!numeral && (x = anniversary_expr (sc, i, a)))
    return x;
  atom_clear (a);
  atom_init (a, i, "date");
  if (!numeral && (x = plan_year_expr (sc, i, a)))
    return x;
  atom_clear (a);
  return 0;
}

static TlGran
finer (TlGran a, TlGran b)
{
  return a < b ? a : b;
}

/* prefixes, ranges, suffixes around atoms */
static gsize
parse_composite (Sc *sc, gsize i, Atom *out)
{
  static const char *const until_pre[] = { "截至", "截止", "截止到", "截止至", "截到", NULL };
  static const char *const since_pre[] = { "自", "从", "自从", "始于", NULL };
  const char *pre = NULL;
  gsize j = lit_any (sc, i, until_pre, NULL);
  if (j)
    pre = "until";
  else if ((j = lit_any (sc, i, since_pre, NULL)))
    pre = "since";
  else
    j = i;
  if (pre)
    j = skip_ws (sc, j);
  Atom a;
  gsize x = parse_atom (sc, j, NULL, &a);
  if (!x)
    return 0;
  a.s = i;
  gboolean range = FALSE;
  /* range: A 至 B */
  gsize c = read_conn (sc, skip_ws (sc, x));
  if (c && a.e.kind != (const char *) "political")
    {
      gsize cs = skip_ws (sc, c);
      Atom b;
      gsize x2 = parse_atom (sc, cs, &a, &b);
      if (x2 && !b.e.bound && b.e.kind != (const char *) "period")
        {
          range = TRUE;
          if (a.e.resolved && b.e.resolved && a.e.has_from && b.e.has_to)
            {
              if (b.e.to < a.e.from)
                expr_unresolved (&a.e, "range ends before it starts");
              else
                {
                  a.e.to = b.e.to;
                  a.e.to_min = b.e.to_min;
                  a.e.gran = (a.e.gran == TL_GRAN_YEAR && b.e.gran == TL_GRAN_YEAR) ? TL_GRAN_YEARS : finer (a.e.gran, b.e.gran);
                  a.e.vague |= b.e.vague;
                  a.e.relative |= b.e.relative;
                }
            }
          else if (!b.e.resolved && a.e.resolved)
            {
              expr_unresolved (&a.e, "%s", b.e.reason ? b.e.reason : "end of range unresolved");
            }
          if (b.year)
            a.year = b.year;
          if (b.month)
            a.month = b.month;
          x = x2;
        }
      atom_clear (&b);
    }
  /* suffixes */
  static const char *const since_suf[] = { "以来", "以後", "以后", "之后", "起", "开始", "至今", "或之后", "及之后", "及以后", "或以后", NULL };
  static const char *const until_suf[] = { "以前", "之前", "或之前", "及以前", "或以前", "及之前", NULL };
  int w = -1;
  gsize s;
  if (!a.e.bound && (s = lit_any (sc, x, since_suf, &w)))
    {
      a.e.bound = "since";
      a.e.has_to = FALSE;
      if (w == 6 && sc->has_ref && a.e.resolved) /* 至今: up to the reference date */
        {
          a.e.has_to = TRUE;
          a.e.to = sc->ref;
          a.e.bound = NULL;
        }
      x = s;
    }
  else if (!a.e.bound && (s = lit_any (sc, x, until_suf, &w)))
    {
      a.e.bound = "until";
      a.e.has_from = FALSE;
      if (w < 2 && a.e.resolved) /* 以前/之前 exclude the date itself */
        {
          a.e.to = a.e.from - 1;
          a.e.to_min = -1;
        }
      x = s;
    }
  else if (pre && g_str_equal (pre, "until"))
    {
      a.e.bound = "until";
      a.e.has_from = FALSE;
    }
  else if (pre && !range && !a.has_range)
    {
      a.e.bound = "since";
      a.e.has_to = FALSE;
    }
  if (!a.e.resolved)
    a.e.has_from = a.e.has_to = FALSE;
  a.x = x;
  *out = a;
  return x;
}

/* ------------------------------------------------------------ events and tense */

static gboolean
is_clause_end (gunichar c)
{
  return c == 0x3002 || c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0xFF01 || c == '!' || c == 0xFF1F
         || c == '?' || c == '\n' || c == '\r' || c == 0xFF1A || c == 0;
}

static gboolean
is_sentence_end (gunichar c)
{
  return c == 0x3002 || c == 0xFF01 || c == '!' || c == 0xFF1F || c == '?' || c == '\n' || c == 0xFF1B || c == ';' || c == 0;
}

static gboolean
has_word (const Sc *sc, gsize from, gsize to, const char *w)
{
  gunichar first;
  dec (w, &first);
  for (gsize p = from; p < to; p++)
    if (C (sc, p) == first && lit (sc, p, w) && lit (sc, p, w) <= to)
      return TRUE;
  return FALSE;
}

/* a clause boundary at i: punctuation (full-width folded to ASCII), a colon
 * unless between digits (09:16, 3:1) */
static const char *const plan_strong[] = { "将", "计划", "力争", "预计", "拟", "争取", "即将", "有望", "打算", "预期", NULL };
static const char *const plan_weak[] = { "确保", "目标", "规划", "部署", "推动", "加快", NULL };

static inline gboolean
clause_end_at (const Sc *sc, gsize i)
{
  gunichar c = C (sc, i);
  if (c == ':')
    return !(i > 0 && is_digit (C (sc, i - 1)) && is_digit (C (sc, i + 1)));
  return is_clause_end (c);
}

static void
event_and_tense (Sc *sc, Atom *a)
{
  gsize s = a->s, e = a->x;
  while (s > 0 && !clause_end_at (sc, s - 1) && a->s - s < 200)
    s--;
  while (e < sc->n && !clause_end_at (sc, e) && e - a->x < 200)
    e++;
  /* an expression heading its clause (2023年，是…, 特别是2013年以来，…) dates the next one */
  gsize extra = (a->s - s) + (e - a->x);
  gboolean heading = extra <= 1;
  if (!heading && e == a->x)
    {
      static const char *const fillers[] = { "特别是", "尤其是", "其中", "同时", "而", "但", "此外", "另外", "而且",
                                             "并且", "其后", "随后", "此后", "早在", "直到", "到了", "自", "从", NULL };
      gsize f = s;
      while (f < a->s && (is_space (C (sc, f)) || C (sc, f) == '\n' || C (sc, f) == '\r'))
        f++;
      gsize fe = lit_any (sc, f, fillers, NULL);
      heading = fe && fe == a->s;
    }
  if (heading && e < sc->n && !is_sentence_end (C (sc, e)))
    {
      e++;
      while (e < sc->n && !clause_end_at (sc, e) && e - a->x < 200)
        e++;
    }
  while (s < e && (is_space (C (sc, s)) || C (sc, s) == '\n' || C (sc, s) == '\r'))
    s++;
  while (e > s && (is_space (C (sc, e - 1)) || C (sc, e - 1) == '\n' || C (sc, e - 1) == '\r'))
    e--;
  a->e.ev_start = s;
  a->e.ev_end = e;

  /* strong markers decide; weak ones only when no strong marker is there */
  static const char *const past_strong[] = { "已", "完成了", "实现了", "取得了", "创造了", "回望", "回顾", "过去", "以来", NULL };
  static const char *const past_weak[] = { "实现", "完成", "取得", "达到", "累计", "同比", "比上年", "较上年", "了", "突破", "创造", "增长", NULL };
  static const char *const ongoing[] = { "正在", "目前", "当前", "正", "持续", "进行中", NULL };
  gboolean ps = FALSE, pw = FALSE, qs = FALSE, qw = FALSE, o = FALSE;
  for (int k = 0; plan_strong[k]; k++)
    ps |= has_word (sc, s, e, plan_strong[k]);
  for (int k = 0; plan_weak[k]; k++)
    pw |= has_word (sc, s, e, plan_weak[k]);
  /* 要 but not 重要/主要/需要/要求/只要/纲要/必要/要素/摘要/紧要/要点/要务 */
  for (gsize k = s; k < e && !pw; k++)
    if (C (sc, k) == 0x8981)
      {
        gunichar b = k > 0 ? C (sc, k - 1) : 0, f = C (sc, k + 1);
        if (b != 0x91CD && b != 0x4E3B && b != 0x9700 && b != 0x53EA && b != 0x7EB2 && b != 0x5FC5 && b != 0x6458
            && b != 0x7D27 && f != 0x6C42 && f != 0x7D20 && f != 0x70B9 && f != 0x52A1)
          pw = TRUE;
      }
  for (int k = 0; past_strong[k]; k++)
    qs |= has_word (sc, s, e, past_strong[k]);
  for (int k = 0; past_weak[k]; k++)
    qw |= has_word (sc, s, e, past_weak[k]);
  for (int k = 0; ongoing[k]; k++)
    if (!g_str_equal (ongoing[k], "正"))
      o |= has_word (sc, s, e, ongoing[k]);
  /* 正 (正加快, 正处于) but not 正式/正常/正确/真正/公正/修正… */
  for (gsize k = s; k < e && !o; k++)
    if (C (sc, k) == 0x6B63)
      {
        gunichar b = k > 0 ? C (sc, k - 1) : 0, f = C (sc, k + 1);
        static const char nf[] = "式常确当规面义品版月宗好是直视值负数能";
        static const char nb[] = "真公修纠改端校反更指立严";
        char fb[8] = { 0 }, bb[8] = { 0 };
        g_unichar_to_utf8 (f, fb);
        g_unichar_to_utf8 (b, bb);
        if (f >= 0x4E00 && !strstr (nf, fb) && !(b >= 0x4E00 && strstr (nb, bb)))
          o = TRUE;
      }
  gboolean p = ps || (!qs && pw), q = qs || (!ps && qw);
  TlTense rel = TL_TENSE_NONE;
  if (sc->has_ref && a->e.resolved && (a->e.has_from || a->e.has_to))
    {
      if (a->e.has_to && a->e.to < sc->ref)
        rel = TL_TENSE_PAST;
      else if (a->e.has_from && a->e.from > sc->ref)
        rel = TL_TENSE_PLANNED;
      else
        rel = TL_TENSE_ONGOING;
    }
  if (p && !q)
    a->e.tense = TL_TENSE_PLANNED;
  else if (q && !p)
    a->e.tense = TL_TENSE_PAST;
  else if (p && q)
    a->e.tense = rel != TL_TENSE_NONE ? rel : TL_TENSE_PLANNED;
  else if (o)
    a->e.tense = TL_TENSE_ONGOING;
  else
    a->e.tense = rel;
}

/* does the clause around [s, x) carry a planning marker (将, 计划, 目标, 要…)? */
static gboolean
clause_plans (const Sc *sc, gsize s, gsize e)
{
  gsize x = e, s0 = s;
  while (s > 0 && !clause_end_at (sc, s - 1) && s0 - s < 200)
    s--;
  while (e < sc->n && !clause_end_at (sc, e) && e - x < 200)
    e++;
  for (int k = 0; plan_strong[k]; k++)
    if (has_word (sc, s, e, plan_strong[k]))
      return TRUE;
  for (int k = 0; plan_weak[k]; k++)
    if (has_word (sc, s, e, plan_weak[k]))
      return TRUE;
  for (gsize k = s; k < e; k++)
    if (C (sc, k) == 0x8981)
      {
        gunichar b = k > 0 ? C (sc, k - 1) : 0, f = C (sc, k + 1);
        if (b != 0x91CD && b != 0x4E3B && b != 0x9700 && b != 0x53EA && b != 0x7EB2 && b != 0x5FC5 && b != 0x6458
            && b != 0x7D27 && f != 0x6C42 && f != 0x7D20 && f != 0x70B9 && f != 0x52A1)
          return TRUE;
      }
  return FALSE;
}

/* ------------------------------------------------------------ driver */

static gboolean
may_start_static (gunichar c)
{
  if (is_digit (c) || is_cn_num (c))
    return TRUE;
  switch (c)
    {
    case 0x4ECA: case 0x53BB: case 0x4E0A: case 0x524D: case 0x660E: case 0x540E: case 0x672C: case 0x6B21: /* 今去上前明后本次 */
    case 0x7FCC: case 0x5F53: case 0x540C: case 0x8BE5: case 0x5168: case 0x8FD1: case 0x8FC7: case 0x672A: /* 翌当同该全近过未 */
    case 0x8FD9: case 0x5927: case 0x6765: case 0x622A: case 0x81EA: case 0x4ECE: case 0x59CB: case 0x6C11: /* 这大来截自从始民 */
    case 0x4E2D: case 0x9996: case 0x7B2C: case 0x6625: case 0x9664: case 0x5143: case 0x7AEF: case 0x56FD: /* 中首第春除元端国 */
    case 0x6E05: case 0x52B3: case 0x4E03: case 0x91CD: case 0x814A: case 0x5C0F: case 0x519C: case 0x9634: /* 清劳七重腊小农阴 */
    case 0x6B63: case 0x51AC: case 0x95F0: case 0x6628: case 0x5468: case 0x661F: case 0x793C: case 0x515A: /* 正冬闰昨周星礼党 */
    case 0x5EFA: case 0x6210: case 0x8BBE: case 0x5F00: case 0x6536: case 0x83B7: case 0x65B0: case 0x6539: /* 建成设开收获新改 */
    case 0x6700: case 0x6B64: case 0x5F80: case 0x5723: case 0x5341: case 0x5E74: case 0x4E0B: /* 最此往圣十年下 */
    case 0x518D: case 0x534A: case 0x56DE: /* 再半回 */
    case 0x4E24: case 'Q': case 0x201C: case '"': case 0x300C: case 0x300E: case 0x2018: /* 两 Q quotes */
    case 0x76EE: case 0x73B0: case 0x5982: case 0x65E5: case 0x4E0D: case 0x8FC4: case 0x773C: case 0x65F6: /* 目现如日不迄眼时 */
      return TRUE;
    default:
      break;
    }
  return FALSE;
}

/* frequent characters that start an expression only before a few others */
static gboolean
second_ok (gunichar c, gunichar n)
{
  const char *next;
  switch (c)
    {
    case 0x56FD: next = "庆"; break;                          /* 国 */
    case 0x4E2D: next = "秋华央"; break;                      /* 中 */
    case 0x65B0: next = "中"; break;                          /* 新 */
    case 0x6210: next = "立"; break;                          /* 成 */
    case 0x5F00: next = "局园发"; break;                      /* 开 */
    case 0x5EFA: next = "园区国党校市"; break;                /* 建 */
    case 0x8BBE: next = "立"; break;                          /* 设 */
    case 0x5168: next = "年国"; break;                        /* 全 */
    case 0x5927: next = "前后"; break;                        /* 大 */
    case 0x5E74: next = "初底末中内"; break;                  /* 年 */
    case 0x4E0A: next = "年一个月周星季半旬上"; break;         /* 上 */
    case 0x4E0B: next = "一个月周星季半旬下"; break;           /* 下 */
    case 0x5F53: next = "年天日月前"; break;                  /* 当 */
    case 0x76EE: next = "前"; break;                          /* 目 */
    case 0x73B0: next = "在阶时"; break;                      /* 现 */
    case 0x5982: next = "今"; break;                          /* 如 */
    case 0x65E5: next = "前"; break;                          /* 日 */
    case 0x4E0D: next = "久"; break;                          /* 不 */
    case 0x8FC4: next = "今"; break;                          /* 迄 */
    case 0x773C: next = "下"; break;                          /* 眼 */
    case 0x65F6: next = "下"; break;                          /* 时 */
    case 0x540C: next = "年"; break;                          /* 同 */
    case 0x6536: next = "官"; break;                          /* 收 */
    case 0x6539: next = "革"; break;                          /* 改 */
    case 0x83B7: next = "批"; break;                          /* 获 */
    case 0x6B63: next = "月在"; break;                        /* 正 */
    case 0x5C0F: next = "年"; break;                          /* 小 */
    case 0x91CD: next = "阳"; break;                          /* 重 */
    case 0x6765: next = "年"; break;                          /* 来 */
    case 0x672C: next = "年月周星季"; break;                  /* 本 */
    case 0x6B21: next = "年月"; break;                        /* 次 */
    case 0x8FD9: next = "周个些几"; break;                    /* 这 */
    case 0x6700: next = "近"; break;                          /* 最 */
    case 0x6B64: next = "后"; break;                          /* 此 */
    case 0x5F80: next = "后"; break;                          /* 往 */
    case 0x5723: next = "诞"; break;                          /* 圣 */
    case 0x515A: next = "的"; break;                          /* 党 */
    case 0x5143: next = "旦宵"; break;                        /* 元 */
    case 0x6E05: next = "明"; break;                          /* 清 */
    case 0x52B3: next = "动"; break;                          /* 劳 */
    case 0x9996: next = "季"; break;                          /* 首 */
    case 0x4E03: next = "夕"; break;                          /* 七 (also a numeral: handled before) */
    case 0x6C11: next = "国"; break;                          /* 民 */
    case 0x8FC7: next = "去"; break;                          /* 过 */
    case 0x660E: next = "年天日"; break;                      /* 明 */
    case 0x519C: next = "历"; break;                          /* 农 */
    case 0x518D: next = "过"; break;                          /* 再 */
    case 0x534A: next = "年"; break;                          /* 半 */
    case 0x56DE: next = "归"; break;                          /* 回 */
    default: return TRUE;
    }
  while (*next)
    {
      gunichar x;
      next = dec (next, &x);
      if (x == n)
        return TRUE;
    }
  return FALSE;
}

static inline gboolean
may_start (const Sc *sc, gunichar c)
{
  if (c < 0x10000)
    return (sc->trig[c >> 3] >> (c & 7)) & 1;
  return FALSE;
}

/* may a political alias start with c, n? */
static gboolean
pol_pair_has (const Sc *sc, gunichar c, gunichar n)
{
  if (!sc->pol_pairs)
    return FALSE;
  const gunichar *p = (const gunichar *) (gpointer) sc->pol_pairs->data;
  for (guint k = 0; k < sc->pol_pairs->len; k++)
    if (p[2 * k] == c && (p[2 * k + 1] == n || !p[2 * k + 1]))
      return TRUE;
  return FALSE;
}

/* A run of Chinese numerals can start an expression only before a date word
 * (一季度, 二〇二二年, 十九大, 十三届, 三年来, 两个月, 五天, 七夕) or as a run of
 * two or more (十四五, 五一, 十一): rejects 一些, 一体化, 万元, 三个… at once. */
static gboolean
cn_run_ok (const Sc *sc, gsize i)
{
  gunichar c = sc->cp[i];
  if (c == 0x4E07 || c == 0x4EBF || c == 0x5343) /* 万亿千 never start one */
    return FALSE;
  gsize k = i;
  while (k < sc->n && k - i < 12 && (is_cn_num (sc->cp[k]) || sc->cp[k] == 0x3007 || sc->cp[k] == 0x96F6))
    k++;
  if (k - i >= 2)
    return TRUE;
  gunichar n = C (sc, k);
  switch (n)
    {
    case 0x5E74: case 0x6708: case 0x65E5: case 0x53F7: case 0x5B63: case 0x5C4A: case 0x5927: case 0x5468: /* 年月日号季届大周 */
    case 0x5929: case 0x5915: case 0x65EC: case 0x6B21: case 0x4E2D: case 0x70B9: case 0x65F6: case 0x4E16: /* 天夕旬次中点时世 */
    case 0x591A: case 0x4F59: case 0x51E0: case 0x5EA6: case 0x534A: case 0x661F: case 0x793C: case 0x4E94: /* 多余几度半星礼五 */
    case 0x201D: case '"': case 0x300D: case 0x300F: case 0x2019: /* closing quotes */
    case 0x5230: case 0x81F3: case 0x2014: case '-': case '~': case 0x3001: case 0x548C: case 0x6216: /* 一到四月, 五至十月, 一、二季度, 一和二月, 一或二月 */
      return TRUE;
    case 0x4E2A: /* 个: 两个月, 三个季度, 一个星期 */
      {
        gunichar m = C (sc, k + 1);
        return m == 0x6708 || m == 0x5B63 || m == 0x661F || m == 0x5DE5 || m == 0x5E74 || m == 0x793C || m == 0x591A;
      }
    default:
      return FALSE;
    }
}

static void
find_founded (Sc *sc)
{
  /* 始建于2003年 / 成立于2003年 / 2003年建园 / 2003年成立 / 设立于 */
  static const char *const before[] = { "始建于", "成立于", "设立于", "创建于", "建于", "获批于", "开园于", NULL };
  static const char *const after[] = { "建园", "成立", "设立", "开园", "获批设立", "始建", NULL };
  for (gsize i = 0; i + 4 < sc->n; i++)
    {
      gunichar c = sc->cp[i];
      /* 始成设创建获开 or a digit */
      if (!is_digit (c) && c != 0x59CB && c != 0x6210 && c != 0x8BBE && c != 0x521B && c != 0x5EFA && c != 0x83B7 && c != 0x5F00)
        continue;
      gsize k = is_digit (c) ? 0 : lit_any (sc, i, before, NULL);
      if (k)
        {
          int y, nd;
          gsize t = read_arabic (sc, k, 4, &y, &nd);
          if (t && nd == 4 && C (sc, t) == 0x5E74)
            {
              sc->founded = y;
              return;
            }
        }
      if (is_digit (C (sc, i)) && (i == 0 || !is_digit (C (sc, i - 1))))
        {
          int y, nd;
          gsize t = read_arabic (sc, i, 4, &y, &nd);
          if (t && nd == 4 && C (sc, t) == 0x5E74)
            {
              gsize u = t + 1;
              int m;
              gsize mm = read_month_num (sc, u, &m);
              if (mm && C (sc, mm) == 0x6708)
                {
                  u = mm + 1;
                  gsize dd = read_day_num (sc, u, &m);
                  if (dd && C (sc, dd) == 0x65E5)
                    u = dd + 1;
                }
              if (lit_any (sc, u, after, NULL))
                {
                  sc->founded = y;
                  return;
                }
            }
        }
    }
}

static void
sc_init (Sc *sc, const TlTables *tab, const TlText *t, const TlScanOptions *opts)
{
  memset (sc, 0, sizeof *sc);
  sc->t = t;
  sc->cp = t->cp;
  sc->n = t->n;
  sc->tab = tab;
  if (opts && opts->has_ref)
    {
      sc->has_ref = TRUE;
      sc->ref = opts->ref;
      tl_civil_from_days (opts->ref, &sc->ry, &sc->rm, &sc->rd);
    }
  int tw = opts ? opts->taiwan : -1;
  if (tw < 0)
    {
      /* 中華民國 / 民國 in the text (folded to Simplified) */
      tw = 0;
      for (gsize i = 0; i + 1 < sc->n && i < 200000; i++)
        if (C (sc, i) == 0x6C11 && C (sc, i + 1) == 0x56FD)
          {
            tw = 1;
            break;
          }
    }
  sc->taiwan = tw > 0;
  sc->trig = trig_static;
  if (tab && tab->pol)
    {
      TlPolCalendar *pol = (TlPolCalendar *) tab->pol;
      if (g_once_init_enter (&pol->scan_once))
        {
          PolCache *pc = g_new0 (PolCache, 1);
          memcpy (pc->trig, trig_static, sizeof pc->trig);
          pc->first = g_array_new (FALSE, FALSE, sizeof (gunichar));
          pc->pairs = g_array_new (FALSE, FALSE, 2 * sizeof (gunichar));
          pc->cps = g_ptr_array_new_with_free_func (g_free);
          for (guint k = 0; k < pol->aliases->len; k++)
            {
              const TlPolAlias *al = g_ptr_array_index (pol->aliases, k);
              glong n = 0;
              gunichar *u = g_utf8_to_ucs4_fast (al->alias, -1, &n);
              for (glong j = 0; j < n; j++)
                u[j] = fold (u[j]);
              g_ptr_array_add (pc->cps, u);
              if (n > 0)
                {
                  gunichar pr[2] = { u[0], n > 1 ? u[1] : 0 };
                  g_array_append_val (pc->pairs, pr);
                }
              gboolean seen = FALSE;
              for (guint f = 0; f < pc->first->len; f++)
                if (g_array_index (pc->first, gunichar, f) == u[0])
                  seen = TRUE;
              if (!seen && n > 0)
                {
                  g_array_append_val (pc->first, u[0]);
                  if (u[0] < 0x10000)
                    pc->trig[u[0] >> 3] |= (guint8) (1u << (u[0] & 7));
                }
            }
          pol->scan_cache = pc;
          pol->scan_cache_free = pol_cache_free;
          g_once_init_leave (&pol->scan_once, 1);
        }
      PolCache *pc = pol->scan_cache;
      sc->pol_first = pc->first;
      sc->pol_pairs = pc->pairs;
      sc->pol_cps = pc->cps;
      sc->trig = pc->trig;
    }
}

static void
sc_clear (Sc *sc)
{
  (void) sc;
}

static void
expr_clear (gpointer p)
{
  TlExpr *e = p;
  g_free (e->reason);
  g_free (e->note);
}

static gboolean is_clause_end (gunichar c);

/* 比/较/相比 X, X相比 (a comparison base) or 到 X年 (a deadline) */
static gboolean
is_aside (const Sc *sc, const Atom *a)
{
  gsize p = a->s;
  while (p > 0 && is_space (C (sc, p - 1)))
    p--;
  gunichar b = p > 0 ? C (sc, p - 1) : 0;
  if (b == 0x6BD4 /* 比 */ || b == 0x8F83 /* 较 */ || (b == 0x5BF9 && p > 1 && C (sc, p - 2) == 0x6BD4) /* 比对 */)
    return TRUE;
  if (lit (sc, a->x, "相比") || lit (sc, a->x, "相较") || lit (sc, a->x, "比较"))
    return TRUE;
  /* 低于/高于/快于/慢于/好于/优于 去年 */
  if (b == 0x4E8E && p > 1)
    {
      gunichar bb = C (sc, p - 2);
      if (bb == 0x4F4E || bb == 0x9AD8 || bb == 0x5FEB || bb == 0x6162 || bb == 0x597D || bb == 0x4F18 || bb == 0x591A
          || bb == 0x5C11 || bb == 0x8D85 || bb == 0x7B49)
        return TRUE;
    }
  /* 和去年基本持平, 与上年同期相比, 同2019年相当 */
  if (b == 0x548C || b == 0x4E0E || b == 0x540C || b == 0x8DDF)
    {
      for (gsize q = a->x; q < a->x + 16 && q < sc->n && !is_clause_end (C (sc, q)); q++)
        if (lit (sc, q, "持平") || lit (sc, q, "相比") || lit (sc, q, "相当") || lit (sc, q, "相较") || lit (sc, q, "比较"))
          return TRUE;
    }
  /* 到2020年 (a deadline), but not 倒退到/回到/追溯到2013年 (a flashback) */
  if ((b == 0x5230 /* 到 */) && a->year_explicit && a->e.gran >= TL_GRAN_YEAR && !a->has_range)
    {
      gunichar bb = p > 1 ? C (sc, p - 2) : 0;
      return !(bb == 0x9000 /* 退 */ || bb == 0x56DE /* 回 */ || bb == 0x6EAF /* 溯 */);
    }
  return FALSE;
}

/* A month without a year, resolved to the reference year only because nothing
 * else was said (or the context is the reference day itself: a dateline,
 * 今日), starting six or more months after the reference month, in a clause
 * with no planning marker: the nearest such month is last year's (statistics
 * for 10至12月 or 12月 released in January). Shifts @a a year back. */
static gboolean
last_years_month (Sc *sc, Atom *a)
{
  TlExpr *e = &a->e;
  if (!sc->has_ref || !e->resolved || !e->has_from || !e->has_to || e->bound || a->year_explicit || !a->month
      || e->kind != (const char *) "date" || !e->anchor
      || !(e->anchor == (const char *) "reference" || (e->anchor == (const char *) "context" && sc->ctx_is_ref)))
    return FALSE;
  int y1, m1, d1, y2, m2, d2;
  tl_civil_from_days (e->from, &y1, &m1, &d1);
  tl_civil_from_days (e->to, &y2, &m2, &d2);
  if (y1 != sc->ry || y2 != sc->ry || m1 < sc->rm + 6)
    return FALSE;
  if (clause_plans (sc, a->s, a->x) || (a->s > 0 && C (sc, a->s - 1) == 0x5230 /* 到 */))
    return FALSE;
  /* the same days a year earlier (the last day of a month stays the last day) */
  if (m1 == 2 && d1 == 29)
    return FALSE;
  int d2p = d2 == tl_days_in_month (y2, m2) ? tl_days_in_month (y2 - 1, m2) : d2;
  e->from = tl_days_from_civil (y1 - 1, m1, d1);
  e->to = tl_days_from_civil (y2 - 1, m2, d2p);
  a->year = y1 - 1;
  expr_note (e, "%d months after the reference month, in a clause that plans nothing: the previous year (%d)",
             m1 - sc->rm, y1 - 1);
  return TRUE;
}

GArray *
tl_scan (const TlTables *tab, const TlText *t, const TlScanOptions *opts)
{
  Sc sc;
  sc_init (&sc, tab, t, opts);
  find_founded (&sc);
  GArray *out = g_array_new (FALSE, TRUE, sizeof (TlExpr));
  g_array_set_clear_func (out, expr_clear);
  gsize last_end = 0;
  for (gsize i = 0; i < sc.n; i++)
    {
      gunichar c = sc.cp[i];
      if (!may_start (&sc, c))
        continue;
      gunichar nx = C (&sc, i + 1);
      if (!is_digit (c) && !is_cn_num (c) && !second_ok (c, nx) && !pol_pair_has (&sc, c, nx))
        continue;
      if (is_cn_num (c) && !is_digit (c) && !cn_run_ok (&sc, i) && !pol_pair_has (&sc, c, nx))
        continue;
      if (is_digit (c) && i > 0 && (is_digit (sc.cp[i - 1]) || sc.cp[i - 1] == '.'))
        continue;
      if (is_digit (c))
        {
          /* a run of 5+ digits before 年 (99999年) is a count, not a year */
          gsize r = i;
          while (is_digit (C (&sc, r)))
            r++;
          if (r - i >= 5 && r - i != 8)
            {
              i = r - 1;
              continue;
            }
        }
      /* a future year (a target: 到2020年, 2014年小麦最低收购价), or the year of
       * a past bound (自去年2月), does not stay the context across a paragraph break */
      if ((sc.has_ref && sc.ctx_year > sc.ry) || sc.since_year)
        {
          for (gsize q = last_end; q < i; q++)
            if (sc.cp[q] == '\n')
              {
                if (sc.ctx_year > sc.ry)
                  sc.ctx_year = sc.ctx_month = 0;
                sc.since_year = sc.since_m = 0;
                break;
              }
          last_end = i;
        }
      Atom a;
      gsize x = parse_composite (&sc, i, &a);
      if (!x)
        continue;
      last_end = a.x;
      a.e.start = t->off[a.s];
      a.e.end = t->off[MIN (a.x, sc.n)];
      /* a comparison base (比2021年四季度, 较2012年, 比去年同期) or a deadline
       * (到2020年) is not what the following text is about */
      gboolean aside = is_aside (&sc, &a);
      /* a bare month well after the reference month (10至12月, 12月 in a
       * January release) in a clause that plans nothing is last year's */
      gboolean shifted = !aside && last_years_month (&sc, &a);
      gboolean sets_ctx = FALSE;
      if (aside || shifted || a.weak_year)
        ;
      else if (a.e.resolved && a.e.bound == (const char *) "since" && a.e.kind == (const char *) "relative" && a.month
               && a.year && sc.has_ref && a.year < sc.ry)
        {
          /* 自去年2月: later bare months from February on (and 年底) are of that year, up to the paragraph's end */
          sc.since_year = a.year;
          sc.since_m = a.month;
        }
      else if (a.e.resolved && (a.year_explicit || a.e.kind == (const char *) "relative"
                                || a.e.kind == (const char *) "period") && a.year
               && (!a.e.bound || (a.e.kind == (const char *) "relative" && a.month)))
        sets_ctx = TRUE; /* a bound naming a month of this year (今年8月1日起) sets the year too */
      else if (a.e.resolved && a.year_explicit && a.year)
        sets_ctx = TRUE;
      else if (a.e.resolved && a.month && a.year)
        sc.ctx_month = a.month;
      if (sets_ctx)
        {
          sc.since_year = sc.since_m = 0;
          sc.ctx_year = a.year;
          sc.ctx_month = a.month;
          sc.ctx_is_ref = sc.has_ref && a.e.has_from && a.e.has_to && a.e.from <= sc.ref && a.e.to >= sc.ref
                          && a.e.gran <= TL_GRAN_DAY;
        }
      if (!aside && a.e.resolved && a.e.has_from && a.e.has_to)
        {
          int y1, m1, d1, y2, m2, d2;
          tl_civil_from_days (a.e.from, &y1, &m1, &d1);
          tl_civil_from_days (a.e.to, &y2, &m2, &d2);
          if ((a.e.gran == TL_GRAN_MONTH || a.e.gran == TL_GRAN_QUARTER || a.e.gran == TL_GRAN_HALF) && y1 == y2
              && d1 == 1 && d2 == tl_days_in_month (y2, m2) && !a.e.vague)
            {
              sc.per_m1 = m1;
              sc.per_m2 = m2;
              sc.per_gran = a.e.gran;
            }
          else if ((a.e.gran >= TL_GRAN_YEAR || a.e.gran == TL_GRAN_DAY || a.e.gran == TL_GRAN_MINUTE)
                   && (a.e.kind == (const char *) "date" || a.e.kind == (const char *) "relative"))
            sc.per_m1 = sc.per_m2 = 0;
        }
      event_and_tense (&sc, &a);
      if (shifted)
        a.e.tense = TL_TENSE_PAST;
      a.e.ev_start = t->off[a.e.ev_start];
      a.e.ev_end = t->off[a.e.ev_end];
      g_array_append_val (out, a.e);
      i = a.x - 1;
    }
  sc_clear (&sc);
  return out;
}

/* ------------------------------------------------------------ publication date */

gboolean
tl_find_published (const TlTables *tab, const TlText *t, gint32 *day, int *minute, const char **source,
                   gsize *start, gsize *end)
{
  Sc sc;
  sc_init (&sc, tab, t, NULL);
  static const char *const labels[] = { "发布时间", "发布日期", "发表时间", "发表日期", "发文日期", "成文日期", "印发日期",
                                        "发稿时间", "更新时间", "更新日期", "发布于", "日期", "时间", "Date", "date", "Published", NULL };
  static const char *const sources[] = { "header:发布时间", "header:发布日期", "header:发表时间", "header:发表日期", "header:发文日期",
                                         "header:成文日期", "header:印发日期", "header:发稿时间", "header:更新时间", "header:更新日期",
                                         "header:发布于", "header:日期", "header:时间", "header:Date", "header:Date", "header:Published" };
  gsize limit = MIN (sc.n, (gsize) 3000);
  gboolean found = FALSE;
  /* 1. labelled header */
  for (gsize i = 0; i < limit && !found; i++)
    {
      int w = -1;
      gsize k = lit_any (&sc, i, labels, &w);
      if (!k)
        continue;
      while (is_space (C (&sc, k)))
        k++;
      if (C (&sc, k) == ':' || C (&sc, k) == 0xFF1A)
        k++;
      else if (w >= 11)
        continue; /* bare 日期/时间 need a colon */
      while (is_space (C (&sc, k)))
        k++;
      Atom a;
      gsize x = parse_atom (&sc, k, NULL, &a);
      if (x && a.e.resolved && a.year_explicit && (a.e.gran == TL_GRAN_DAY || a.e.gran == TL_GRAN_MINUTE) && a.e.from == a.e.to)
        {
          *day = a.e.from;
          *minute = a.e.from_min;
          *source = sources[w];
          *start = t->off[k];
          *end = t->off[x];
          found = TRUE;
        }
      atom_clear (&a);
    }
  /* 2. a line near the top that starts with a full date (dateline) */
  if (!found)
    {
      int line = 0;
      for (gsize i = 0; i < limit && line < 12 && !found; i++)
        {
          if (i == 0 || C (&sc, i - 1) == '\n')
            {
              line++;
              gsize k = i;
              while (is_space (C (&sc, k)))
                k++;
              Atom a;
              gsize x = parse_atom (&sc, k, NULL, &a);
              if (x && a.e.resolved && a.year_explicit && (a.e.gran == TL_GRAN_DAY || a.e.gran == TL_GRAN_MINUTE) && a.e.from == a.e.to)
                {
                  /* the rest of the line is short (a place or source), not a sentence */
                  gsize r = x;
                  while (r < sc.n && C (&sc, r) != '\n' && r - x < 40)
                    r++;
                  if (r - x < 40)
                    {
                      *day = a.e.from;
                      *minute = a.e.from_min;
                      *source = "dateline";
                      *start = t->off[k];
                      *end = t->off[x];
                      found = TRUE;
                    }
                }
              atom_clear (&a);
            }
        }
    }
  /* 3. the first full date of the first lines (a dated first paragraph) */
  if (!found)
    {
      for (gsize i = 0; i < MIN (limit, (gsize) 400) && !found; i++)
        {
          if (!is_digit (C (&sc, i)) && !is_cn_num (C (&sc, i)) && C (&sc, i) != 0x6C11 && C (&sc, i) != 0x4E2D)
            continue;
          Atom a;
          gsize x = parse_atom (&sc, i, NULL, &a);
          if (x && a.e.resolved && a.year_explicit && a.e.gran == TL_GRAN_DAY && a.e.from == a.e.to)
            {
              *day = a.e.from;
              *minute = -1;
              *source = "first-date";
              *start = t->off[i];
              *end = t->off[x];
              found = TRUE;
            }
          atom_clear (&a);
          if (x && !found)
            i = x - 1;
        }
    }
  sc_clear (&sc);
  return found;
}

/* ------------------------------------------------------------ ordering */

static gint
cmp_expr (gconstpointer pa, gconstpointer pb)
{
  const TlExpr *a = pa, *b = pb;
  gboolean da = a->resolved && (a->has_from || a->has_to), db = b->resolved && (b->has_from || b->has_to);
  if (da != db)
    return da ? -1 : 1;
  if (da)
    {
      gint64 ka = (gint64) (a->has_from ? a->from : a->to) * 1440 + (a->has_from ? MAX (a->from_min, 0) : MAX (a->to_min, 0));
      gint64 kb = (gint64) (b->has_from ? b->from : b->to) * 1440 + (b->has_from ? MAX (b->from_min, 0) : MAX (b->to_min, 0));
      if (ka != kb)
        return ka < kb ? -1 : 1;
    }
  return a->start < b->start ? -1 : a->start > b->start;
}

void
tl_sort (GArray *exprs)
{
  /* g_array_sort is a merge sort in GLib ≥ 2.x? use a stable sort explicitly:
   * the comparator breaks ties by position, so any sort is deterministic. */
  g_array_sort (exprs, cmp_expr);
}
