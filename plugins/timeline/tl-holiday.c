/* tl-holiday.c: holidays (solar, lunar, 清明) and lunar dates (农历…, 正月初一, 腊月二十三).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "tl-internal.h"

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

gsize
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
gsize
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
