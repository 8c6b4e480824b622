/* tl-holiday.c: holidays, festivals and solar terms (from the calendar data
 * files) and lunar dates (农历…, 正月初一, 腊月二十三).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "tl-internal.h"

/* the day of holiday h in Gregorian year y */
static gboolean
holiday_day (Sc *sc, const TlHoliday *h, int y, gint32 *out, TlExpr *e)
{
  gboolean ok = TRUE;
  switch (h->rule)
    {
    case TL_HOLIDAY_SOLAR:
      {
        int m = h->month, d = h->day;
        if (sc->taiwan && h->tw_month)
          {
            m = h->tw_month; /* 國慶日 in Taiwan: 10-10 */
            d = h->tw_day;
          }
        if (!tl_date_valid (y, m, d))
          return FALSE;
        *out = tl_days_from_civil (y, m, d);
        break;
      }
    case TL_HOLIDAY_TERM:
      if (!tl_solar_term_day (sc->tab->terms, y, h->term, out))
        {
          expr_unresolved (e, "year %d is outside the solar terms table", y);
          return FALSE;
        }
      break;
    case TL_HOLIDAY_WEEKDAY:
      {
        if (!year_ok (e, y))
          return FALSE;
        gint32 z;
        if (h->nth > 0)
          {
            gint32 first = tl_days_from_civil (y, h->month, 1);
            z = first + (h->weekday - tl_weekday (first) + 7) % 7 + 7 * (h->nth - 1);
          }
        else
          {
            gint32 last = tl_days_from_civil (y, h->month, tl_days_in_month (y, h->month));
            z = last - (tl_weekday (last) - h->weekday + 7) % 7;
          }
        int yy, mm, dd;
        tl_civil_from_days (z, &yy, &mm, &dd);
        if (mm != h->month)
          return FALSE;
        *out = z;
        break;
      }
    case TL_HOLIDAY_EASTER:
      if (!year_ok (e, y))
        return FALSE;
      *out = tl_easter (y);
      break;
    case TL_HOLIDAY_LUNAR:
    default:
      {
        if (!sc->tab->lunar)
          {
            expr_unresolved (e, "no lunar table loaded");
            return FALSE;
          }
        /* 12th-month festivals of Gregorian year y fall in lunar year y-1 */
        int ly = h->month == 12 ? y - 1 : y;
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
        break;
      }
    }
  if (ok)
    *out += h->offset;
  return ok;
}

gsize
holiday_expr (Sc *sc, gsize i, int y, Atom *inh, Atom *a)
{
  if (!sc->tab || !sc->tab->hol)
    return 0;
  gunichar c0 = C (sc, i);
  if (c0 >= 0x10000 || !((sc->tab->hol->first[c0 >> 3] >> (c0 & 7)) & 1))
    return 0; /* no holiday starts with it */
  gboolean after_year = y != 0;
  const TlHoliday *h = NULL;
  gsize k = 0;
  const GPtrArray *items = sc->tab->hol->items;
  for (guint n = 0; n < items->len; n++) /* longest first */
    {
      const TlHoliday *cand = g_ptr_array_index (items, n);
      if ((k = lit (sc, i, cand->name)))
        {
          h = cand;
          break;
        }
    }
  if (!h)
    return 0;
  /* tails: 期间/假期/长假/黄金周 (the holiday span), 前后 (± 7 days),
   * 前/节前 (until), 后/节后/过后 (since), 当天, 节 */
  const char *const *tails = W (sc, TL_W_HOLIDAY_TAILS);
  int t = -1;
  gsize tk = lit_any (sc, k, tails, &t);
  if (h->needs_tail && !tk && !after_year && !(h->tw_month && sc->taiwan))
    {
      if (!(i >= 2 && lit (sc, i - 2, "农历")))
        return 0;
    }
  /* 国庆70周年 is an anniversary, not the holiday */
  if (is_digit (C (sc, k)) || is_cn_num (C (sc, k)))
    {
      gsize q = k;
      while (q < k + 4 && (is_digit (C (sc, q)) || is_cn_num (C (sc, q))))
        q++;
      if (lit_any (sc, q, W (sc, TL_W_UNITS_ANNIVERSARY), NULL))
        return 0;
    }
  a->e.kind = h->rule == TL_HOLIDAY_LUNAR ? "lunar" : "holiday";
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
          a->e.from = z - h->before;
          a->e.to = z + h->after;
          expr_note (&a->e, "holiday period: %d day(s) before to %d after", h->before, h->after);
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
gsize
lunar_date_expr (Sc *sc, gsize i, int y, Atom *inh, Atom *a)
{
  gsize k = i;
  gboolean nongli = FALSE;
  gsize j = lit_any (sc, k, W (sc, TL_W_HOLIDAY_LUNAR), NULL);
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
  gsize mk = lit_c (sc, k, 0x95F0 /* 闰 */);
  if (mk)
    {
      leap = TRUE;
      k = mk;
    }
  int named;
  if ((mk = lit_any (sc, k, W (sc, TL_W_HOLIDAY_LUNAR_MONTHS), &named)))
    m = (int[]){ 1, 12, 11 }[named];
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
  gsize dk = lit_c (sc, k, 0x521D /* 初 */);
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
