/* tl-month.c: months and days: M月D日, day ranges inside a month, 上旬/月初/月底,
 * times of day after a date.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "tl-internal.h"

gsize
read_month_num (const Sc *sc, gsize i, int *m)
{
  if (is_digit (C (sc, i)))
    return read_arabic (sc, i, 2, m, NULL);
  /* Chinese: up to 3 characters (十二), not 两 (两月 is rare and ambiguous) */
  if (C (sc, i) == 0x4E24)
    return 0;
  return read_cn (sc, i, 3, m, NULL);
}

gsize
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
  const char *const *parts = W (sc, TL_W_MONTH_PARTS);
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
      gsize k2 = lit_c (sc, k1, 0x65F6 /* 时 */);
      if (!k2)
        k2 = lit_c (sc, k1, 0x70B9 /* 点 */);
      if (!k2)
        return 0;
      x = k2;
      gsize k3;
      int quarter;
      if ((k3 = lit_c (sc, x, 0x534A /* 半 */)))
        {
          m = 30;
          x = k3;
        }
      else if ((k3 = lit_any (sc, x, W (sc, TL_W_MONTH_QUARTERS), &quarter)))
        {
          m = quarter ? 45 : 15;
          x = k3;
        }
      else if ((k3 = lit_c (sc, x, 0x6574 /* 整 */)))
        x = k3;
      else
        {
          int mm;
          gboolean ar = is_digit (C (sc, x));
          k3 = ar ? read_arabic (sc, x, 2, &mm, &nd) : read_cn (sc, x, 3, &mm, NULL);
          if (k3 && mm <= 59)
            {
              if (lit_c (sc, k3, 0x5206 /* 分 */))
                {
                  m = mm;
                  x = k3 + 1;
                  int sec;
                  gsize k4 = is_digit (C (sc, x)) ? read_arabic (sc, x, 2, &sec, &nd) : read_cn (sc, x, 3, &sec, NULL);
                  if (k4 && lit_c (sc, k4, 0x79D2 /* 秒 */))
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
gsize
attach_time (const Sc *sc, gsize x, TlExpr *e, gboolean pm)
{
  int m1 = -1, m2 = -1;
  gsize t = read_time_pm (sc, x, &m1, pm);
  if (!t)
    {
      /* a part of the day alone: 周三晚上, 明天上午 (minutes from–to) */
      const char *const *parts = W (sc, TL_W_MONTH_ATTACH_TIME_PARTS);
      static const short span[][2] = { { 0, 359 }, { 360, 539 }, { 360, 539 }, { 360, 539 }, { 480, 720 }, { 660, 780 },
                                       { 720, 1080 }, { 1020, 1140 }, { 1080, 1439 }, { 1080, 1439 }, { 1080, 1439 }, { 1200, 1439 } };
      int w = -1;
      gsize p = lit_any (sc, x, parts, &w);
      if (!p || is_digit (C (sc, p)) || is_cn_num (C (sc, p)))
        return 0;
      if (e->resolved)
        {
          e->from_min = span[w][0];
          e->to_min = span[w][1];
          e->gran = TL_GRAN_MINUTE;
        }
      return p;
    }
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
gsize
month_tail (Sc *sc, gsize k, int y, int m, Atom *a)
{
  TlExpr *e = &a->e;
  gsize j = lit_c (sc, k, 0x4EFD /* 份 */);
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
              /* a weekday between the date and the time: 2022年3月6日 星期日 08:00 */
              gsize w = skip_ws (sc, x), wk = 0;
              gboolean paren = C (sc, w) == '(';
              const char *const *wkw = W (sc, TL_W_MONTH_WKW);
              if ((wk = lit_any (sc, paren ? w + 1 : w, wkw, NULL)) && C (sc, wk) != 0x672B
                  && (weekday_of_char (C (sc, wk)) || C (sc, wk) == 0x5929))
                {
                  wk++;
                  if (paren && C (sc, wk) == ')')
                    wk++;
                  else if (paren)
                    wk = 0;
                }
              else
                wk = 0;
              gsize t = attach_time (sc, skip_ws (sc, wk ? wk : x), e, FALSE);
              if (t)
                x = t;
            }
        }
      return x;
    }
  if (dj && (C (sc, dj) == 0x5E95 || C (sc, dj) == 0x672B))
    dj = 0;
  /* a day range written once: 12—19日, 12至19日 */
  gsize dc = dj ? read_conn (sc, dj) : 0;
  if (dc)
    {
      int d2;
      gsize c2 = read_day_num (sc, skip_ws (sc, dc), &d2);
      if (c2 && (C (sc, c2) == 0x65E5 || C (sc, c2) == 0x53F7) && d >= 1 && d2 > d && d2 <= 31)
        {
          if (y)
            {
              set_day (e, y, m, d);
              if (e->resolved && d2 <= tl_days_in_month (y, m))
                e->to = tl_days_from_civil (y, m, d2);
              else if (e->resolved)
                expr_unresolved (e, "%d月%d日 does not exist in %d", m, d2, y);
            }
          a->month = m;
          a->has_range = TRUE;
          return c2 + 1;
        }
    }
  /* 八月初八, 三月初三: 初 + a numeral only numbers lunar days */
  int ld;
  gsize lk = C (sc, j) == 0x521D /* 初 */ ? read_cn (sc, j + 1, 2, &ld, NULL) : 0;
  if (lk && ld >= 1 && ld <= 10 && !is_cn_num (C (sc, lk)))
    {
      e->kind = "lunar";
      a->month = m;
      if (!y)
        return lk;
      gint32 z;
      if (!sc->tab || !sc->tab->lunar || !tl_lunar_to_solar (sc->tab->lunar, y, m, ld, FALSE, &z))
        {
          expr_unresolved (e, "lunar %d-%d-%d is outside the lunar table", y, m, ld);
          return lk;
        }
      set_days (e, z, z, TL_GRAN_DAY);
      expr_note (e, "lunar date, lunar year %d", y);
      return lk;
    }
  if (y)
    set_months (e, y, m, m, TL_GRAN_MONTH);
  a->month = m;
  const char *const *parts = W (sc, TL_W_MONTH_MONTH_TAIL_PARTS);
  int which = -1;
  gsize pj = lit_any (sc, j, parts, &which);
  if (pj && e->resolved && y && m >= 1 && m <= 12)
    {
      /* 月中 is only a date before a boundary: "6月中国…" is not */
      if (which == 4 && !(C (sc, pj) == 0xFF0C || C (sc, pj) == ',' || lit_c (sc, pj, 0x65EC /* 旬 */) || lit (sc, pj, "以来")))
        return k;
      int dim = tl_days_in_month (y, m);
      int lo = 1, hi = dim;
      switch (which)
        {
        case 0: lo = 1; hi = 10; break;
        case 1: lo = 11; hi = 20; break;
        case 2: lo = 21; hi = dim; break;
        case 3: lo = hi = 1; break;         /* 月初: the first day (GUIDE) */
        case 4: lo = 11; hi = 20; e->vague = TRUE; break;
        case 5: case 6: lo = hi = dim; break; /* 月底/月末: the last day */
        default: lo = 21; hi = dim; e->vague = TRUE; break;
        }
      e->from = tl_days_from_civil (y, m, lo);
      e->to = tl_days_from_civil (y, m, hi);
      e->gran = TL_GRAN_DAY;
      return pj;
    }
  /* 4月前10天, 上月最后三天, 本月第二周, 三月份第一周, 第二个周五, 上半月 */
  if (e->resolved && y && m >= 1 && m <= 12)
    {
      gsize np = narrow_period (sc, k, e, FALSE);
      if (np)
        return np;
    }
  return k;
}

/* the Monday that starts week 1 of a period from @lo: the first Monday of a
 * month; for a year the ISO week 1 (the week of January 4) */
static gint32
first_monday (gint32 lo, gboolean year)
{
  if (year)
    {
      gint32 jan4 = lo + 3;
      return jan4 - (tl_weekday (jan4) - 1);
    }
  return lo + (8 - tl_weekday (lo)) % 7;
}

/* A part of the period e (a month, or a year when @year) written after it,
 * optionally after 的: 前N天/周/个月, 最后N天/周/个月, 第N天/周/个月,
 * 第N个周X, 上半月/下半月. Narrows e to it; returns the end or 0. */
gsize
narrow_period (Sc *sc, gsize k, TlExpr *e, gboolean year)
{
  gsize p = k;
  if (C (sc, p) == 0x7684 /* 的 */)
    p++;
  p = skip_ws (sc, p);
  gint32 lo = e->from, hi = e->to;
  gsize x;
  int second;
  if (!year && (x = lit_any (sc, p, W (sc, TL_W_MONTH_HALVES), &second)))
    {
      gboolean first = !second;
      set_days (e, first ? lo : lo + 15, first ? lo + 14 : hi, TL_GRAN_DAY);
      return x;
    }
  const char *const *heads = W (sc, TL_W_MONTH_HEADS);
  int h = -1;
  gsize q = lit_any (sc, p, heads, &h);
  if (!q)
    return 0;
  q = skip_ws (sc, q);
  int n = 1;
  gsize t = is_digit (C (sc, q)) ? read_arabic (sc, q, 2, &n, NULL) : read_cn (sc, q, 2, &n, NULL);
  if (!t)
    {
      if (h != 1)
        return 0; /* 最后一天 / 最后一周: N may go without it only as 最后 */
      t = q;
      n = 1;
    }
  t = skip_ws (sc, t);
  if (n < 1)
    return 0;
  gsize g = lit_c (sc, t, 0x4E2A /* 个 */);
  gsize u;
  char unit = 0;
  int wd = 0;
  if ((u = lit_c (sc, t, 0x5929 /* 天 */)) || (!g && (u = lit_c (sc, t, 0x65E5 /* 日 */))))
    unit = 'd';
  else if ((u = lit_c (sc, t, 0x5468 /* 周 */)) || (u = lit_any (sc, t, W (sc, TL_W_MONTH_WEEKS), NULL)))
    unit = 'w';
  else if (year && ((u = lit_any (sc, t, W (sc, TL_W_UNITS_MONTHS), NULL)) || (h == 3 && (u = lit_c (sc, t, 0x6708 /* 月 */)))))
    unit = 'm';
  if (unit == 'w' && (wd = weekday_of_char (C (sc, u))) && C (sc, u) != 0x672B)
    return 0; /* 第二周三: not handled */
  if (!unit && h == 3 && g)
    {
      /* 第二个周五 / 第一个星期一 */
      const char *const *wk = W (sc, TL_W_MONTH_WK);
      gsize w = lit_any (sc, g, wk, NULL);
      if (w && (wd = weekday_of_char (C (sc, w))) && C (sc, w) != 0x672B)
        {
          gint32 z = lo + (wd - tl_weekday (lo) + 7) % 7 + 7 * (n - 1);
          if (z > hi)
            return 0;
          set_days (e, z, z, TL_GRAN_DAY);
          return w + 1;
        }
      return 0;
    }
  if (!unit)
    return 0;
  gint32 f, l;
  switch (unit)
    {
    case 'd':
      if (n > hi - lo + 1)
        return 0;
      f = h == 1 ? hi - n + 1 : h == 3 ? lo + n - 1 : lo;
      l = h == 1 ? hi : lo + n - 1;
      set_days (e, f, l, TL_GRAN_DAY);
      return u;
    case 'w':
      {
        gint32 w1 = first_monday (lo, year);
        if (h == 1)
          {
            gint32 last_sunday = hi - (tl_weekday (hi) % 7);
            f = last_sunday - 7 * n + 1;
            l = last_sunday;
          }
        else
          {
            f = w1 + 7 * (h == 3 ? n - 1 : 0);
            l = w1 + 7 * n - 1;
          }
        if (f < lo - 6 || l > hi + 6)
          return 0;
        set_days (e, f, l, TL_GRAN_DAY);
        return u;
      }
    default:
      {
        int y, m0, d;
        tl_civil_from_days (lo, &y, &m0, &d);
        if (n > 12)
          return 0;
        int m1 = h == 1 ? 13 - n : h == 3 ? n : 1, m2 = h == 1 ? 12 : n;
        set_months (e, y, m1, m2, TL_GRAN_MONTH);
        return u;
      }
    }
}

/* "M月…" or "M—N月…" at i; y = 0 lets the caller pick the year later */
gsize
month_expr (Sc *sc, gsize i, int y, Atom *a)
{
  int m1;
  gsize k = read_month_num (sc, i, &m1);
  if (!k)
    return 0;
  /* month range 1—11月 / 1-11月 / 1至11月; two neighbouring months 10和11月, 10、11月 */
  gsize c = read_conn (sc, k);
  if (!c && (C (sc, k) == 0x548C /* 和 */ || C (sc, k) == 0x3001 /* 、 */ || C (sc, k) == 0x53CA /* 及 */))
    {
      int m2;
      gsize c2 = read_month_num (sc, k + 1, &m2);
      if (c2 && C (sc, c2) == 0x6708 && m2 == m1 + 1)
        c = k + 1;
    }
  if (c)
    {
      int m2;
      gsize c2 = read_month_num (sc, c, &m2);
      if (c2 && C (sc, c2) == 0x6708 /* 月 */)
        {
          gsize x = c2 + 1;
          gsize f = lit_c (sc, x, 0x4EFD /* 份 */);
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
