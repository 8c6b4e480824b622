/* tl-atom.c: atoms and composites: numeric dates, year ranges, fiscal years,
 * parts of a year alone, the atom cascade, ranges (A至B) and bounds (截至…,
 * …以来, …以前).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "tl-internal.h"

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

/* 2011半年报: the period a report word after a bare year covers (read_year()
 * took the year only because of it); returns the date's end (before 报/报告),
 * or 0 when @x is not at a report word */
static gsize
report_period (Sc *sc, gsize x, int y, Atom *a)
{
  if (x == 0 || C (sc, x - 1) == 0x5E74 /* 年: an ordinary year */)
    return 0;
  gsize k = lit_any (sc, x, W (sc, TL_W_YEARS_REPORTS), NULL);
  if (!k)
    return 0;
  if (lit_any (sc, x, W (sc, TL_W_YEARS_REPORTS_HALF), NULL) == k)
    set_months (&a->e, y, 1, 6, TL_GRAN_HALF);
  else if (lit_any (sc, x, W (sc, TL_W_YEARS_REPORTS_Q1), NULL) == k)
    set_months (&a->e, y, 1, 3, TL_GRAN_QUARTER);
  else if (lit_any (sc, x, W (sc, TL_W_YEARS_REPORTS_Q3), NULL) == k)
    set_months (&a->e, y, 1, 9, TL_GRAN_QUARTER);
  if (C (sc, k - 1) == 0x544A /* 告 */ && C (sc, k - 2) == 0x62A5 /* 报 */)
    return k - 2;
  return C (sc, k - 1) == 0x62A5 /* 报 */ ? k - 1 : k;
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
        {
          /* compact 20230915, standing alone (not an amount or a code) */
          int cy = y1, cm = y2 / 100, cd = y2 % 100;
          if (cy >= 1900 && cy <= 2100 && tl_date_valid (cy, cm, cd) && post != '.' && post != '%' && post != '-'
              && post != '/' && !(post < 0x80 && g_ascii_isalpha ((char) post)) && (post < 0x4E00 || post == 0x65E5)
              && !(pre < 0x80 && g_ascii_isalnum ((char) pre)))
            {
              a->e.kind = "date";
              set_day (&a->e, cy, cm, cd);
              expr_note (&a->e, "compact date YYYYMMDD");
              a->year = cy;
              a->month = cm;
              a->year_explicit = TRUE;
              return post == 0x65E5 ? k + 1 : k;
            }
          return 0;
        }
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
  const char *const *years = W (sc, TL_W_ATOM_YEARS);
  gsize e = lit_any (sc, k2, years, NULL);
  /* 2017/18年 (a Hong Kong fiscal year without 度); 2013-14年 stays a range */
  if (!e && sep == '/' && lit_c (sc, k2, 0x5E74 /* 年 */))
    e = k2 + 1;
  if (!e)
    return 0;
  a->e.kind = "date";
  set_days (&a->e, tl_days_from_civil (y, 4, 1), tl_days_from_civil (y + 1, 3, 31), TL_GRAN_YEAR);
  expr_note (&a->e, "fiscal year %d/%02d (April to March)", y, y2);
  a->year = y;
  a->year_explicit = TRUE;
  a->fiscal = TRUE;
  return e;
}

/* 第10周 (an ISO week of the year in context), 第二个周五 and 上半月/下半月
 * (of the month in context, else the reference month) standing alone */
static gsize
period_part_alone (Sc *sc, gsize i, Atom *inh, Atom *a)
{
  gunichar c = C (sc, i);
  if (c != 0x7B2C /* 第 */ && !((c == 0x4E0A || c == 0x4E0B) && C (sc, i + 1) == 0x534A && C (sc, i + 2) == 0x6708))
    return 0;
  if (i > 0 && (is_digit (C (sc, i - 1)) || is_cn_num (C (sc, i - 1))))
    return 0;
  gboolean month = TRUE;
  /* 第N周 (no 个, no weekday): a week of the year */
  int n;
  gsize t = c == 0x7B2C ? (is_digit (C (sc, i + 1)) ? read_arabic (sc, i + 1, 2, &n, NULL) : read_cn (sc, i + 1, 2, &n, NULL)) : 0;
  if (t && lit_c (sc, t, 0x5468 /* 周 */) && !weekday_of_char (C (sc, t + 1)) && n >= 1 && n <= 53)
    month = FALSE;
  else if (c == 0x7B2C && !(t && lit_c (sc, t, 0x4E2A /* 个 */)))
    return 0;
  a->e.kind = "relative";
  int y = context_year (sc, inh, &a->e);
  if (!y)
    return 0;
  if (month)
    {
      int m = sc->ctx_year == y && sc->ctx_month ? sc->ctx_month : (sc->has_ref && y == sc->ry ? sc->rm : 0);
      if (!m)
        return 0;
      set_months (&a->e, y, m, m, TL_GRAN_MONTH);
    }
  else
    set_year (&a->e, y);
  if (!a->e.resolved)
    return 0;
  gsize x = narrow_period (sc, i, &a->e, !month);
  a->year = y;
  return x;
}

/* 同期 alone (增幅比同期…): the period just named (GUIDE); 去年同期 is read
 * with 去年 */
static gsize
same_period (Sc *sc, gsize i, Atom *a)
{
  gsize x = lit_any (sc, i, W (sc, TL_W_UNITS_SAME_PERIOD), NULL);
  if (!x || !sc->per_m1 || !sc->per_y)
    return 0;
  gunichar p = i > 0 ? C (sc, i - 1) : 0;
  if (p == 0x5E74 /* 年 */ || p == 0x671F || p == 0x4E0D /* 不同期 */ || p == 0x5171 /* 共同 */ || p == 0x76F8)
    return 0;
  a->e.kind = "relative";
  a->e.relative = TRUE;
  a->e.anchor = "context";
  set_months (&a->e, sc->per_y, sc->per_m1, sc->per_m2, sc->per_gran);
  expr_note (&a->e, "同期: the period just named (months %d–%d of %d)", sc->per_m1, sc->per_m2, sc->per_y);
  return x;
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
  const char *const *ends = W (sc, TL_W_ATOM_ENDS);
  int w = -1;
  if ((x = lit_any (sc, i, ends, &w)))
    {
      if (lit_c (sc, x, 0x671F /* 期 */))
        return 0;
      if (w >= 3)
        {
          /* 年中/年内 only as words of their own: not 青年中心, 少年中国, 多年内… */
          const char *prev_bad = W (sc, TL_W_ATOM_PREV_BAD)[0];
          const char *next_ok = W (sc, TL_W_ATOM_NEXT_OK)[0];
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
      if (w == 0 || w == 1 || w == 2)
        {
          set_year_end (&a->e, y, w == 0);
          a->e.vague = FALSE;
        }
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
      a->year = y;
      return x;
    }
  /* 提前3个月: a lead time, not the first three months of the year */
  if (p == 0x63D0 /* 提 */ && C (sc, i) == 0x524D /* 前 */)
    return 0;
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
  sc->parts_fiscal = !inh && sc->ctx_fiscal && y == sc->ctx_year;
  x = year_part_full (sc, i, y, a, FALSE);
  sc->parts_fiscal = FALSE;
  a->e.relative = TRUE;
  a->e.anchor = anchor;
  a->year = y;
  return x;
}

gboolean
clause_start (const Sc *sc, gsize i)
{
  if (i == 0)
    return TRUE;
  gunichar p = C (sc, i - 1);
  return p == '\n' || p == 0x3002 || p == 0xFF0C || p == ',' || p == 0xFF1B || p == ';' || p == 0xFF1A || p == ':'
         || p == '(' || p == 0xFF08 || p == ' ' || p == 0x3001 || p == 0x5728 /* 在 */ || p == 0x4E8E /* 于 */
         || p == 0x81F3 || p == 0x5230 || p == 0x201C || p == 0x300C || p == 0x2014 || p == '-';
}
/* 工业和信息化部2日公布, 记者3日获悉: a day of the month in context after the
 * subject of a news sentence */
static gboolean
news_day (const Sc *sc, gsize i, gsize x)
{
  if (!is_digit (C (sc, i)) || !sc->ctx_month || i == 0)
    return FALSE;
  gunichar p = C (sc, i - 1), n = C (sc, x);
  if (p < 0x4E00 || n < 0x4E00)
    return FALSE;
  const char *bad_prev = W (sc, TL_W_ATOM_BAD_PREV)[0];
  const char *bad_next = W (sc, TL_W_ATOM_BAD_NEXT)[0];
  char pb[8] = { 0 }, nb[8] = { 0 };
  g_unichar_to_utf8 (p, pb);
  g_unichar_to_utf8 (n, nb);
  return !strstr (bad_prev, pb) && !strstr (bad_next, nb);
}

/* a day written in Chinese numerals and standing alone (一日, 三日) is mostly a
 * count of days (一日游, 一日三餐, 三日内): a date only before punctuation, a
 * part of the day or a range word */
static gboolean
cn_day_is_count (const Sc *sc, gsize i, gsize x)
{
  if (is_digit (C (sc, i)))
    return FALSE;
  gunichar nx = C (sc, x);
  if (nx < 0x4E00)
    return FALSE;
  const char *ok = W (sc, TL_W_ATOM_OK)[0];
  char nb[8] = { 0 };
  g_unichar_to_utf8 (nx, nb);
  return !strstr (ok, nb);
}

gsize
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
              x = lit_c (sc, k, 0x5E74 /* 年 */);
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
      gsize r = report_period (sc, x, y, a);
      return r ? r : year_tail (sc, x, y, a);
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
              && (inh ? inh->month != 0 : (clause_start (sc, i) || news_day (sc, i, dk + 1)))
              && d >= 1 && d <= 31 && !lit_c (sc, dk + 1, 0x5185 /* 内 */) && !lit (sc, dk + 1, "以内") && !lit_c (sc, dk + 1, 0x5143 /* 元 */)
              && !lit_c (sc, dk + 1, 0x7535 /* 电 */) && !lit_c (sc, dk + 1, 0x8BAF /* 讯 */) && !cn_day_is_count (sc, i, dk + 1))
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
              /* 以色列国防部长29日称: a news day reports the past, so it is not
               * after the reference date even when a later month is in context;
               * unless it is announced (将于8日起, 6日将出现) */
              if (!inh && yy && sc->ry && !clause_start (sc, i) && !day_is_planned (sc, i, dk + 1) &&
                  tl_days_from_civil (yy, mm, MIN (d, tl_days_in_month (yy, mm))) > sc->ref)
                {
                  yy = sc->ry;
                  mm = sc->rm;
                  if (d > sc->rd)
                    {
                      mm = sc->rm == 1 ? 12 : sc->rm - 1;
                      yy = sc->rm == 1 ? sc->ry - 1 : sc->ry;
                    }
                  a->e.anchor = "reference";
                }
              if (yy)
                set_day (&a->e, yy, mm, d);
              a->month = mm;
              a->year = yy;
              return dk + 1;
            }
        }
    }
  if (!numeral && !inh && (x = same_period (sc, i, a)))
    return x;
  atom_clear (a);
  atom_init (a, i, "date");
  if (!numeral && !inh && (x = period_part_alone (sc, i, inh, a)))
    return x;
  atom_clear (a);
  atom_init (a, i, "date");
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
  if ((x = hours_expr (sc, i, a)))
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
gsize
parse_composite (Sc *sc, gsize i, Atom *out)
{
  const char *const *until_pre = W (sc, TL_W_ATOM_UNTIL_PRE);
  const char *const *since_pre = W (sc, TL_W_ATOM_SINCE_PRE);
  const char *pre = NULL;
  int pw = -1;
  gsize j = lit_any (sc, i, until_pre, NULL);
  if (j)
    pre = "until";
  else if ((j = lit_any (sc, i, since_pre, &pw)))
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
  /* range: A 至 B; 自 A 起至 B 止 is one range too */
  gsize qi = skip_ws (sc, x);
  if (pre && pre[0] == 's' && C (sc, qi) == 0x8D77 /* 起 */ && read_conn (sc, skip_ws (sc, qi + 1)))
    qi = skip_ws (sc, qi + 1);
  gsize c = read_conn (sc, qi);
  if (c && g_strcmp0 (a.e.kind, "political") != 0)
    {
      gsize cs = skip_ws (sc, c);
      Atom b;
      gsize x2 = parse_atom (sc, cs, &a, &b);
      if (x2 && !b.e.bound && g_strcmp0 (b.e.kind, "period") != 0)
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
          /* …至 B 止 / 为止 closes the range */
          gsize z = lit (sc, x, "为止");
          if (!z)
            z = lit_c (sc, x, 0x6B62 /* 止 */);
          if (z)
            x = z;
        }
      atom_clear (&b);
    }
  /* suffixes */
  const char *const *since_suf = W (sc, TL_W_ATOM_SINCE_SUF);
  const char *const *until_suf = W (sc, TL_W_ATOM_UNTIL_SUF);
  int w = -1;
  gsize s;
  /* X开始 is a bound after 自/从 or at the end of a phrase (2018年开始，…), not
   * the verb of 7月份开始制造 */
  if (!a.e.bound && (s = lit_any (sc, x, since_suf, &w)) && !(w == 5 && !pre && C (sc, s) >= 0x4E00))
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
  else if (!a.e.bound && (s = lit_any (sc, x, until_suf, &w))
           && !(w == 6 && (C (sc, s) == 0x540E /* 前后 */ || C (sc, s) == 0x5915 /* 前夕 */ || is_digit (C (sc, s))
                           || is_cn_num (C (sc, s)) || g_strcmp0 (a.e.kind, "period") == 0)))
    {
      /* X前 / X以前 / X之前: up to X, X included (GUIDE: 今年年底前 → to 12-31) */
      a.e.bound = "until";
      a.e.has_from = FALSE;
      x = s;
    }
  else if (pre && g_str_equal (pre, "until"))
    {
      a.e.bound = "until";
      a.e.has_from = FALSE;
    }
  else if (pre && !range && pw >= 2)
    {
      /* 自从 X, 始于 X: since X */
      a.e.bound = "since";
      a.e.has_to = FALSE;
    }
  else if (pre && !range)
    {
      /* 自/从 X with no 起/以来 after it (从2017年劣五类提升到三类, 自去年2月疫情爆发):
       * X itself, a point of comparison or of departure, not an open interval */
      a.s = j;
      a.departure = TRUE;
    }
  if (!a.e.resolved)
    a.e.has_from = a.e.has_to = FALSE;
  a.x = x;
  *out = a;
  return x;
}
