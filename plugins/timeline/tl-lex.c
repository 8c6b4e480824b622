/* tl-lex.c: lexing helpers shared by the grammar: literals, numerals, spaces,
 * range connectors, filling an expression (days, months, years) and the
 * year in context.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "tl-internal.h"

/* literal match of a UTF-8 string at i; returns the end index or 0. The
 * text's characters are encoded and compared byte by byte with the literal
 * (cheaper than decoding the literal: most tries fail at the first byte or
 * three) */
gsize
lit (const Sc *sc, gsize i, const char *s)
{
  const guchar *u = (const guchar *) s;
  while (*u)
    {
      gunichar c = C (sc, i);
      if (c < 0x80)
        {
          if (*u != c)
            return 0;
          u++;
        }
      else if (c < 0x800)
        {
          if (u[0] != (0xC0 | (c >> 6)) || u[1] != (0x80 | (c & 0x3F)))
            return 0;
          u += 2;
        }
      else if (c < 0x10000)
        {
          if (u[0] != (0xE0 | (c >> 12)) || u[1] != (0x80 | ((c >> 6) & 0x3F)) || u[2] != (0x80 | (c & 0x3F)))
            return 0;
          u += 3;
        }
      else
        {
          if (u[0] != (0xF0 | (c >> 18)) || u[1] != (0x80 | ((c >> 12) & 0x3F)) || u[2] != (0x80 | ((c >> 6) & 0x3F))
              || u[3] != (0x80 | (c & 0x3F)))
            return 0;
          u += 4;
        }
      i++;
    }
  return i;
}

/* longest of a NULL-terminated list; *which gets its index */
gsize
lit_any (const Sc *sc, gsize i, const char *const *list, int *which)
{
  /* the first two bytes of the character at i, to pass over most words
   * without calling lit() (a word's first byte is never 0; a second byte of
   * 0 is an ASCII character's end, compared with the word's second byte
   * only when the first ones are equal) */
  gunichar c = C (sc, i);
  guchar b0, b1;
  if (c < 0x80)
    b0 = (guchar) c, b1 = 0;
  else if (c < 0x800)
    b0 = (guchar) (0xC0 | (c >> 6)), b1 = (guchar) (0x80 | (c & 0x3F));
  else if (c < 0x10000)
    b0 = (guchar) (0xE0 | (c >> 12)), b1 = (guchar) (0x80 | ((c >> 6) & 0x3F));
  else
    b0 = (guchar) (0xF0 | (c >> 18)), b1 = (guchar) (0x80 | ((c >> 12) & 0x3F));
  gsize best = 0;
  for (int k = 0; list[k]; k++)
    {
      const guchar *w = (const guchar *) list[k];
      if (w[0] != b0 || (b1 && w[1] != b1))
        continue;
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
gsize
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
gsize
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
gsize
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
gsize
read_num (const Sc *sc, gsize i, int maxd, int *value)
{
  if (is_digit (C (sc, i)))
    return read_arabic (sc, i, maxd, value, NULL);
  return read_cn (sc, i, maxd + 2, value, NULL);
}

void
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

void
expr_note (TlExpr *e, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  g_free (e->note);
  e->note = g_strdup_vprintf (fmt, ap);
  va_end (ap);
}

void
atom_init (Atom *a, gsize s, const char *kind)
{
  memset (a, 0, sizeof *a);
  a->s = s;
  a->e.kind = kind;
  a->e.from_min = a->e.to_min = -1;
  a->e.resolved = TRUE;
}

void
atom_clear (Atom *a)
{
  g_clear_pointer (&a->e.reason, g_free);
  g_clear_pointer (&a->e.note, g_free);
}

void
set_days (TlExpr *e, gint32 from, gint32 to, TlGran g)
{
  e->has_from = e->has_to = TRUE;
  e->from = from;
  e->to = to;
  e->gran = g;
}

gboolean
year_ok (TlExpr *e, int y)
{
  if (y < 1 || y > 9999)
    {
      expr_unresolved (e, "year %d is out of range (1–9999)", y);
      return FALSE;
    }
  return TRUE;
}

void
set_year (TlExpr *e, int y)
{
  if (year_ok (e, y))
    set_days (e, tl_days_from_civil (y, 1, 1), tl_days_from_civil (y, 12, 31), TL_GRAN_YEAR);
}

void
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

void
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
int
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

gboolean
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

/* 年初 → January 1, 年底/年末 → December 31 of y (GUIDE: the first or last day) */
void
set_year_end (TlExpr *e, int y, gboolean first)
{
  if (!year_ok (e, y))
    return;
  gint32 z = first ? tl_days_from_civil (y, 1, 1) : tl_days_from_civil (y, 12, 31);
  set_days (e, z, z, TL_GRAN_DAY);
}

/* GUIDE: the year the passage is about, for 近N年/过去N年: the reference year,
 * unless the text reports on the previous year (needs a reference) */
int
passage_year (const Sc *sc, gsize i)
{
  if (!sc->ctx_year || !sc->ctx_explicit || sc->ctx_year >= sc->ry)
    return sc->ry;
  /* figures on last year, released early in the year (a January communique
   * on 2024, a February report) */
  if (sc->ctx_year == sc->ry - 1 && sc->rm <= 4)
    return sc->ctx_year;
  /* the sentence itself names the year (2023年…增长6%，过去三年年均增长5%) */
  for (gsize q = sc->ctx_end; q < i; q++)
    {
      gunichar c = C (sc, q);
      if (c == 0x3002 || c == '\n' || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?')
        return sc->ry;
    }
  return sc->ctx_year;
}


gsize
read_conn (const Sc *sc, gsize i)
{
  const char *const *range_conn = W (sc, TL_W_LEX_RANGE_CONN);
  gsize e = lit_any (sc, i, range_conn, NULL);
  if (!e)
    return 0;
  /* "——" folded to two — */
  while (C (sc, e) == 0x2014)
    e++;
  return e;
}
