/* tl-political.c: the political calendar (congresses, plenums, 两会, NPC
 * sessions) and five-year plans.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "tl-internal.h"

gsize
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
      const char *const *year_of = W (sc, TL_W_POLITICAL_YEAR_OF);
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
gsize
session_expr (Sc *sc, gsize i, Atom *a)
{
  gsize k = lit_c (sc, i, 0x7B2C /* 第 */);
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
      gsize q = lit_c (sc, p, 0x7B2C /* 第 */);
      t = read_cn (sc, q ? q : p, 3, &term, NULL);
      if (!t)
        return 0;
    }
  if (C (sc, t) != 0x5C4A /* 届 */)
    return 0;
  gsize b = t + 1;
  if (!cppcc_first)
    {
      const char *const *bodies = W (sc, TL_W_POLITICAL_BODIES);
      gsize bk = lit_any (sc, b, bodies, NULL);
      if (!bk)
        return 0;
      b = bk;
    }
  gsize q = lit_c (sc, b, 0x7B2C /* 第 */);
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


gsize
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
  gsize d = lit_c (sc, k, 0x7B2C /* 第 */);
  if (d)
    {
      /* 第十四个五年规划 */
      gsize t = read_cn (sc, d, 3, &n, NULL);
      if (!t || !(e = lit_any (sc, t, W (sc, TL_W_POLITICAL_PLAN_UNITS), NULL)) || n < 1)
        return 0;
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
      const char *const *heads = W (sc, TL_W_POLITICAL_HEADS);
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
  gsize pf = lit (sc, e, "普法");
  if (pf)
    {
      /* “八五”普法规划: the legal-education plans count from 一五普法 (1986–1990),
       * not as the five-year plans (八五 = 1991–1995) */
      int f0 = 1986 + 5 * (n - 1);
      a->e.kind = "plan";
      set_days (&a->e, tl_days_from_civil (f0, 1, 1), tl_days_from_civil (f0 + 4, 12, 31), TL_GRAN_YEARS);
      expr_note (&a->e, "legal-education (普法) plan %d: %d–%d", n, f0, f0 + 4);
      gsize g = lit (sc, pf, "规划");
      return g ? g : pf;
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
  gsize g = lit_any (sc, x, W (sc, TL_W_POLITICAL_PLAN_WORDS), NULL);
  if (g)
    x = g;
  /* its first or last year, with up to two words between: 十四五”良好开局 */
  gsize w = x;
  const char *const *fillers = W (sc, TL_W_POLITICAL_FILLERS);
  for (int r = 0; r < 2; r++)
    {
      gsize f = lit_any (sc, w, fillers, NULL);
      if (f)
        w = f;
    }
  const char *const *firsts = W (sc, TL_W_POLITICAL_FIRSTS);
  const char *const *lasts = W (sc, TL_W_POLITICAL_LASTS);
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
  gsize tq = lit_any (sc, x, W (sc, TL_W_POLITICAL_PERIODS), NULL);
  return tq ? tq : x;
}

/* bare 开局之年 / 收官之年 right after a plan (same or previous sentence) */
gsize
plan_year_expr (Sc *sc, gsize i, Atom *a)
{
  const char *const *firsts = W (sc, TL_W_POLITICAL_PLAN_YEAR_EXPR_FIRSTS);
  const char *const *lasts = W (sc, TL_W_POLITICAL_PLAN_YEAR_EXPR_LASTS);
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
