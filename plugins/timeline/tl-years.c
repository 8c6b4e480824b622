/* tl-years.c: years and their parts: YYYY年, Minguo years, 今年/去年/当年…, quarters,
 * halves, seasons, 年初/年底, 同期.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "tl-internal.h"

static gsize
quarter_num (const Sc *sc, gsize i, int *q)
{
  gsize k = i;
  gsize d = lit_c (sc, k, 0x7B2C /* 第 */);
  if (d)
    k = d;
  if ((d = lit_any (sc, k, W (sc, TL_W_YEARS_FIRST_QUARTER), NULL)))
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
   * and 两 (4季的差餉 = four quarters, 一年四季 = the four seasons, 首两季 =
   * the first two quarters: 两 counts, it never orders) */
  if (!e && lit_c (sc, n, 0x5B63 /* 季 */) && !lit (sc, n, "季节")
      && (d || (!is_digit (C (sc, k)) && C (sc, k) != 0x56DB && C (sc, k) != 0x4E24)))
    e = n + 1;
  if (!e)
    return 0;
  *q = v;
  return e;
}

/* parts of a year after "YYYY年" / "今年": quarter, half, months, 初/底, holidays… */
static gsize
year_part (Sc *sc, gsize j, int y, Atom *a)
{
  return year_part_full (sc, j, y, a, TRUE);
}

gsize
year_part_full (Sc *sc, gsize j, int y, Atom *a, gboolean months)
{
  TlExpr *e = &a->e;
  gsize k;
  int q;
  int half;
  if ((k = lit_any (sc, j, W (sc, TL_W_YEARS_HALVES), &half)))
    {
      set_months (e, y, half ? 7 : 1, half ? 12 : 6, TL_GRAN_HALF);
      return k;
    }
  int last = 0;
  if ((k = lit_any (sc, j, W (sc, TL_W_YEARS_FIRST_LEADS), NULL))
      || ((k = lit_any (sc, j, W (sc, TL_W_YEARS_LAST_LEADS), NULL)) && (last = 1)))
    {
      int n;
      gsize t = read_num (sc, k, 2, &n); /* 前10个月 too */
      gsize qq;
      if (t && (qq = lit_any (sc, t, W (sc, TL_W_YEARS_QUARTER_UNITS), NULL)) && n >= 1 && n <= 4)
        {
          /* 前三季度, 首两季: quarters 1..n; 其后两季: the last n */
          int q1 = last ? 5 - n : 1, q2 = last ? 4 : n;
          if (sc->parts_fiscal)
            {
              /* of a Hong Kong fiscal year y/y+1: its quarters start in April */
              int m1 = 4 + 3 * (q1 - 1), m2 = 4 + 3 * q2 - 1;
              int y1 = y + (m1 > 12), y2 = y + (m2 > 12);
              if (year_ok (e, y2))
                set_days (e, tl_days_from_civil (y1, (m1 - 1) % 12 + 1, 1),
                          tl_days_from_civil (y2, (m2 - 1) % 12 + 1, tl_days_in_month (y2, (m2 - 1) % 12 + 1)),
                          TL_GRAN_QUARTER);
              expr_note (e, "quarters %d–%d of fiscal year %d/%02d", q1, q2, y, (y + 1) % 100);
              a->fiscal = TRUE; /* and the fiscal year stays the context */
            }
          else
            {
              set_months (e, y, 3 * q1 - 2, 3 * q2, TL_GRAN_QUARTER);
              expr_note (e, "quarters %d–%d", q1, q2);
            }
          return qq;
        }
      if (last)
        return 0;
      gsize mm = t ? lit_any (sc, t, W (sc, TL_W_UNITS_MONTHS), NULL) : 0;
      if (!mm && t)
        mm = lit_c (sc, t, 0x6708 /* 月 */);
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
      gsize m = lit_c (sc, k, 0x672B /* 末 */);
      if (!m)
        m = lit_c (sc, k, 0x5E95 /* 底 */);
      if (m)
        {
          /* 三季度末: the quarter's last day, as 年末 and 月末 (GUIDE) */
          if (year_ok (e, y))
            {
              gint32 z = tl_days_from_civil (y, 3 * q, tl_days_in_month (y, 3 * q));
              set_days (e, z, z, TL_GRAN_DAY);
            }
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
  const char *const *words = W (sc, TL_W_YEARS_WORDS);
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
gsize
season_expr (Sc *sc, gsize i, Atom *a)
{
  gsize k;
  int season = -1;
  const char *seasons = W (sc, TL_W_YEARS_SEASONS)[0];
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
  else if ((k = lit_any (sc, i, W (sc, TL_W_YEARS_THIS), NULL)))
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

gsize
year_tail (Sc *sc, gsize k, int y, Atom *a)
{
  gsize j = lit_c (sc, k, 0x5EA6 /* 度 */);
  if (j)
    return j;
  const char *const *ends = W (sc, TL_W_YEARS_ENDS);
  int w = -1;
  j = lit_any (sc, k, ends, &w);
  if (!j && C (sc, k) == 0x5E74 /* 今年年底, 2011年年初 */ && C (sc, k - 1) == 0x5E74)
    {
      j = lit_any (sc, k + 1, ends, &w);
      if (w == 3)
        j = 0;
    }
  if (j && w != 3 && a->e.resolved)
    {
      /* 年初 = January 1, 年底/年末 = December 31 (GUIDE) */
      if (!lit_c (sc, j, 0x671F /* 期 */))
        {
          set_year_end (&a->e, y, w == 0);
          return j;
        }
    }
  gsize s = skip_ws (sc, k);
  if (a->e.resolved)
    {
      gsize x = year_part (sc, s, y, a);
      if (x)
        return x;
      /* 2021年的前2周, 今年的最后3周, 去年的前10天, 2021年第10周 (ISO weeks) */
      if ((x = narrow_period (sc, k, &a->e, TRUE)))
        return x;
      /* 2020年冬天, 今年夏季: a winter of this year said in January or February is the one under way */
      int season = read_season (sc, s, &x);
      if (season >= 0)
        {
          int yy = y;
          if (season == 3 && g_strcmp0 (a->e.kind, "relative") == 0 && sc->has_ref && y == sc->ry && sc->rm <= 2)
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
          h.year_word = TRUE;
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



/* the century of a two-digit year: the latest that is at most five years
 * after the reference year (2025 without a reference) */
static int
two_digit_year (const Sc *sc, int v)
{
  int base = sc->has_ref ? sc->ry : 2025;
  int y = (base / 100) * 100 + v;
  while (y > base + 5)
    y -= 100;
  while (y + 100 <= base + 5)
    y += 100;
  return y;
}

/* 三五年, 五六年前, 用了七八年: two neighbouring numerals are an approximate count */
static gboolean
approx_pair (const Sc *sc, gsize i, gsize x)
{
  int a = ds_numeral_digit_value (C (sc, i)), b = ds_numeral_digit_value (C (sc, i + 1));
  if (!(b == a + 1 || (a == 3 && b == 5)))
    return FALSE;
  const char *next = W (sc, TL_W_YEARS_NEXT)[0];
  const char *prev = W (sc, TL_W_YEARS_PREV)[0];
  char nb[8] = { 0 }, pb[8] = { 0 };
  g_unichar_to_utf8 (C (sc, x), nb);
  if (i > 0)
    g_unichar_to_utf8 (C (sc, i - 1), pb);
  return (C (sc, x) >= 0x4E00 && strstr (next, nb)) || (i > 0 && C (sc, i - 1) >= 0x4E00 && strstr (prev, pb));
}

/* a year number before 年: returns the index of 年 + 1, or 0 */
gsize
read_year (Sc *sc, gsize i, int *y, gboolean *minguo)
{
  *minguo = FALSE;
  gsize k = i;
  gsize p = lit_any (sc, k, W (sc, TL_W_YEARS_ROC), NULL);
  if (p)
    {
      int v;
      gsize t = is_digit (C (sc, p)) ? read_arabic (sc, p, 3, &v, NULL) : read_cn (sc, p, 5, &v, NULL);
      if (!t)
        return 0;
      gsize n = lit_c (sc, skip_ws (sc, t), 0x5E74 /* 年 */);
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
      gsize n = lit_c (sc, skip_ws (sc, t), 0x5E74 /* 年 */);
      if (!n && nd == 4 && nd_all == 4 && v >= 1900 && v <= 2100 && lit_any (sc, t, W (sc, TL_W_YEARS_REPORTS), NULL))
        {
          *y = v; /* 2011半年报: the year of a report, 年 left out */
          return t;
        }
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
      if (nd == 2 && !sc->taiwan)
        {
          /* 95年3月, 18年10月1日: a two-digit year before a month, in the century
           * that puts it no more than five years after the reference */
          int m;
          gsize mm = read_month_num (sc, n, &m);
          if (mm && C (sc, mm) == 0x6708 && m >= 1 && m <= 12)
            {
              *y = two_digit_year (sc, v);
              return n;
            }
        }
      if (sc->taiwan && nd <= 3 && v >= 1 && v <= 200)
        {
          /* bare Minguo year in Taiwan text: only with a month or 度 after it,
           * or heading a clause before 至今/以来/迄今 (；100年至今，…) */
          int m;
          gsize mm = read_month_num (sc, n, &m);
          const char *const *since_now = W (sc, TL_W_YEARS_SINCE_NOW);
          if (lit_c (sc, n, 0x5EA6 /* 度 */) || (mm && C (sc, mm) == 0x6708 && m >= 1 && m <= 12)
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
      /* 九五年, 零八年: two digits read one by one (not 十五年, a count) */
      if (t && (style & DS_NUMERAL_STYLE_DIGITS) && !(style & DS_NUMERAL_STYLE_MULTIPLIER) && t - k == 2
          && C (sc, t) == 0x5E74 && C (sc, t + 1) != 0x4EE3 /* 年代 */ && !sc->taiwan
          && !(i > 0 && (is_cn_num (C (sc, i - 1)) || C (sc, i - 1) == 0x7B2C)) && !approx_pair (sc, i, t + 1))
        {
          *y = two_digit_year (sc, v);
          return t + 1;
        }
      if (t && sc->taiwan && C (sc, t) == 0x5E74 && v >= 1 && v <= 200 && (style & DS_NUMERAL_STYLE_MULTIPLIER))
        {
          /* 九十八年度 / 九十八年1月 in Taiwan text */
          int m;
          gsize mm = read_month_num (sc, t + 1, &m);
          if (lit_c (sc, t + 1, 0x5EA6 /* 度 */) || (mm && C (sc, mm) == 0x6708 && m >= 1 && m <= 12))
            {
              *y = v + 1911;
              *minguo = TRUE;
              return t + 1;
            }
        }
    }
  return 0;
}


/* 本年度 in a text that counts Hong Kong fiscal years: the fiscal year
 * (April–March) around the reference date; its quarters count from April
 * (本年度最后一季 = January–March of the year it ends in) */
static gsize
fiscal_year_part (Sc *sc, gsize k, int offset, Atom *a)
{
  int fy = (sc->rm >= 4 ? sc->ry : sc->ry - 1) + offset;
  a->fiscal = TRUE;
  set_days (&a->e, tl_days_from_civil (fy, 4, 1), tl_days_from_civil (fy + 1, 3, 31), TL_GRAN_YEAR);
  expr_note (&a->e, "fiscal year %d/%02d (April to March)", fy, (fy + 1) % 100);
  a->year = fy;
  const char *const *last = W (sc, TL_W_YEARS_LAST);
  int q = 0;
  gsize x = lit_any (sc, k, last, NULL);
  if (x)
    q = 4;
  else
    x = quarter_num (sc, k, &q);
  if (x && q >= 1 && q <= 4)
    {
      int m1 = 4 + 3 * (q - 1), yy = fy;
      if (m1 > 12)
        {
          m1 -= 12;
          yy++;
        }
      set_months (&a->e, yy, m1, m1 + 2, TL_GRAN_QUARTER);
      expr_note (&a->e, "quarter %d of fiscal year %d/%02d", q, fy, (fy + 1) % 100);
      return x;
    }
  return k;
}

gsize
rel_year_expr (Sc *sc, gsize i, Atom *a)
{
  int best = -1;
  gsize k = 0;
  const TlRelWord *rel_years = sc->rel_years;
  gunichar c0 = C (sc, i);
  if (c0 < 0x10000 && !((sc->rel_first[c0 >> 3] >> (c0 & 7)) & 1))
    return 0;
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
  const TlRelWord *r = &rel_years[best];
  /* guards: 以上年…, 今后年均, 三年前年… */
  if (prev == 0x4EE5 || prev == 0x4ECA || prev == 0x4E4B || prev == 0x6B64 || prev == 0x76F8
      || ((r->offset == -2 || r->offset == 2) && (is_digit (prev) || is_cn_num (prev) || prev == 0x5E74))
      || (C (sc, i) == 0x6765 /* 来年 */ && (prev == 0x591A || prev == 0x5E74 || is_cn_num (prev) || is_digit (prev)
                                          || C (sc, k) == 0x5747 /* 5年来年均增长 */))
      || (C (sc, i) == 0x7B2C /* 第二年 */ && prev == 0x7684)
      || (r->offset == 1 && r->context && prev == 0x9996 /* 首次年度 */)
      || (r->offset == 0 && r->context && prev == 0x4E0D /* 不同年代, 不同年龄 */))
    return 0;
  /* 当时 (GUIDE: the year just talked about), not 适当时候, 相当时, 当时间… */
  if ((C (sc, i) == 0x5F53 && C (sc, i + 1) == 0x65F6) /* 当时 */
      && (prev == 0x9002 || prev == 0x76F8 || prev == 0x6BCF || prev == 0x5E94 || prev == 0x6B63 || C (sc, k) == 0x95F4))
    return 0;
  /* 上年同期 etc. keep; 当年 needs a year in context */
  a->e.kind = "relative";
  int y;
  if (r->context)
    {
      a->e.relative = TRUE;
      a->e.anchor = "context";
      gboolean then = C (sc, i) == 0x5F53 && C (sc, i + 1) == 0x65F6; /* 当时 */
      if (then && sc->last_year)
        y = sc->last_year; /* 比较去年…，当时: the year just named, even as a comparison */
      else if (sc->ctx_year && !(then && sc->ctx_deictic)) /* 今天…，当时 is no year of today's */
        y = sc->ctx_year + r->offset;
      else
        {
          /* GUIDE: 当时/当年 are vague when no year was talked about before */
          a->e.vague = TRUE;
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
      /* GUIDE: 上年 is the year before the one the passage reports on (a
       * January release of last year's figures: the year before that) */
      if (r->offset == -1 && C (sc, i) == 0x4E0A /* 上年, 上一年, 上年度 */ && sc->ctx_year && sc->ctx_explicit
          && sc->ctx_year < sc->ry)
        {
          y = sc->ctx_year - 1;
          a->e.anchor = "context";
          expr_note (&a->e, "the year before the year reported on (%d)", sc->ctx_year);
        }
    }
  /* 本年度, 下个财政年度 in a text counting Hong Kong fiscal years */
  if (sc->fiscal && !r->context && C (sc, k - 1) == 0x5EA6 /* 度 */
      && (r->offset == 0 || lit_any (sc, i, W (sc, TL_W_YEARS_FISCAL_WORDS), NULL)))
    return fiscal_year_part (sc, k, r->offset, a);
  set_year (&a->e, y);
  a->year = y;
  gsize x = year_tail (sc, k, y, a);
  gsize s = lit_any (sc, x, W (sc, TL_W_UNITS_SAME_PERIOD), NULL);
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
