/* tl-relative.c: relative words (今天, 上周三, 本月, 上季度), the present (目前, 近日),
 * spans from the reference (近三年, 未来五年, N年来, N天后) and anniversaries.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "tl-internal.h"


int
weekday_of_char (gunichar c)
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

gsize
rel_word_expr (Sc *sc, gsize i, Atom *a)
{
  int best = -1;
  gsize k = 0;
  const TlRelWord *rel_words = sc->rel_days;
  gunichar c0 = C (sc, i);
  gboolean may = c0 >= 0x10000 || ((sc->rel_first[c0 >> 3] >> (c0 & 7)) & 1);
  for (int r = 0; may && rel_words[r].word; r++)
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
      const char *const *wk = W (sc, TL_W_RELATIVE_WK);
      gsize w = lit_any (sc, i, wk, NULL);
      if (!w || !(wd = weekday_of_char (C (sc, w))) || C (sc, w) == 0x672B)
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
  const TlRelWord *r = &rel_words[best];
  gunichar prev = i > 0 ? C (sc, i - 1) : 0;
  if ((r->unit == 'd' && (prev == 0x5148 || prev == 0x4ECA || prev == 0x4E4B || prev == 0x4EE5 || prev == 0x6628))
      || (r->offset == 2 && r->unit == 'd' && (C (sc, k) == 0x7136 /* 后天然 */ || prev == 0x6700)))
    return 0;
  if ((C (sc, i) == 0x4E0A && C (sc, i + 1) == 0x6708 && k == i + 2) /* 上月 */ && (prev == 0x4EE5 || is_digit (prev)))
    return 0;
  if ((C (sc, i) == 0x660E && C (sc, i + 1) == 0x65E5 && k == i + 2) /* 明日 */ && prev == 0x5149 /* 光明日报 */)
    return 0;
  /* 此后日益…, 前日子 */
  if (r->unit == 'd' && C (sc, k - 1) == 0x65E5 && (C (sc, k) == 0x5B50 || C (sc, k) == 0x76CA || C (sc, k) == 0x8D8B || C (sc, k) == 0x6E10)
      && (C (sc, i) == 0x524D || C (sc, i) == 0x540E))
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
        /* 今天, 昨天: the text is now about the days around the reference,
         * so a bare 4月11日 after it (今天（4月11日）) is of that year, not
         * of a year named in an earlier paragraph */
        if (!r->context)
          {
            int dy, dm, dd;
            tl_civil_from_days (base + r->offset, &dy, &dm, &dd);
            a->year = dy;
            a->month = dm; /* and a bare 25日 after it of that month */
            a->deictic = TRUE;
          }
        /* 明天下午5:00, 今晚6点, 今早8点十五分 */
        gsize t = attach_time (sc, k, &a->e, C (sc, k - 1) == 0x665A /* 晚 */);
        if (t)
          return t;
        break;
      }
    case 'w':
      {
        gint32 monday = base - (tl_weekday (base) - 1) + 7 * r->offset;
        int w2 = weekday_of_char (C (sc, k));
        if (w2 && C (sc, k) != 0x672B)
          {
            set_days (&a->e, monday + w2 - 1, monday + w2 - 1, TL_GRAN_DAY);
            gsize t = attach_time (sc, k + 1, &a->e, FALSE);
            return t ? t : k + 1;
          }
        if (lit_c (sc, k, 0x672B /* 末 */))
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
gsize
present_expr (Sc *sc, gsize i, Atom *a)
{
  const char *const *words = W (sc, TL_W_RELATIVE_WORDS);
  int w = -1;
  gsize k = lit_any (sc, i, words, &w);
  if (!k)
    return 0;
  gunichar p = i > 0 ? C (sc, i - 1) : 0, n = C (sc, k);
  /* 表现在/体现在/实现在…, 充当前锋, 节日前/工作日前/5日前, 近日内 */
  if ((w == 2 || w == 4 || w == 7) && (p == 0x8868 || p == 0x4F53 || p == 0x5B9E || p == 0x51FA || p == 0x5448 || p == 0x5C55 || p == 0x53D1))
    return 0;
  /* 时下, 目前 not where their first character ends a word (144小时下降,
   * 同时下调, 项目前期, 节目前) */
  if ((w == 6 || w == 0) && p >= 0x4E00)
    {
      const char *bad = W (sc, w == 6 ? TL_W_RELATIVE_SHIXIA_BAD_PREV : TL_W_RELATIVE_MUQIAN_BAD_PREV)[0];
      char pb[8] = { 0 };
      g_unichar_to_utf8 (p, pb);
      if (strstr (bad, pb))
        return 0;
    }
  /* 当前 as a time word: after punctuation or a function word (当前，…; 在当前…), not
   * 充当前锋 or the adjective of 平均当前运营评估 */
  if (w == 1 && p >= 0x4E00)
    {
      const char *ok = W (sc, TL_W_RELATIVE_OK)[0];
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


/* 近三年, 过去五年, 未来三年, 今后五年, 三年来, 四年翻一番, 5年前, 3天后, 近年来 */
gsize
span_expr (Sc *sc, gsize i, Atom *a)
{
  const char *const *vague_words = W (sc, TL_W_RELATIVE_VAGUE_WORDS);
  gsize k = lit_any (sc, i, vague_words, NULL);
  if (k)
    {
      if (lit_c (sc, k, 0x5EA6 /* 度 */) || lit_c (sc, k, 0x4EFD /* 份 */))
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
  const char *const *past = W (sc, TL_W_RELATIVE_PAST);
  const char *const *future = W (sc, TL_W_RELATIVE_FUTURE);
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
    {
      guint style = 0;
      t = is_digit (C (sc, nstart)) ? read_arabic (sc, nstart, 3, &n, NULL) : read_cn (sc, nstart, 3, &n, &style);
      /* 五六年前, 三五天: two numerals side by side are an approximate count, not 56 */
      if (t && t - nstart >= 2 && (style & DS_NUMERAL_STYLE_DIGITS) && !(style & DS_NUMERAL_STYLE_MULTIPLIER))
        return 0;
    }
  /* 一至两个月, 三到五年: the upper bound */
  gsize rc = t && !half ? read_conn (sc, t) : 0;
  if (rc)
    {
      int n2;
      gsize t2 = is_digit (C (sc, rc)) ? read_arabic (sc, rc, 3, &n2, NULL) : read_cn (sc, rc, 3, &n2, NULL);
      if (t2 && n2 > n)
        {
          n = n2;
          t = t2;
        }
    }
  if (!t || n < 1 || n > 100)
    return 0;
  /* 经过近20年的开发建设, 历时近三年: a duration, not the last N years */
  if (dir < 0 && i >= 2)
    {
      const char *const *spent = W (sc, TL_W_RELATIVE_SPENT);
      for (int q = 0; spent[q]; q++)
        {
          gsize L = g_utf8_strlen (spent[q], -1);
          if (i >= L && lit (sc, i - L, spent[q]) == i)
            return 0;
        }
    }
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
  else if ((ue = lit_c (sc, u, 0x5E74 /* 年 */)))
    unit = 'y';
  else if ((ue = lit_any (sc, u, W (sc, TL_W_UNITS_MONTHS), NULL)))
    unit = 'm';
  else if ((ue = lit_c (sc, u, 0x5929 /* 天 */)))
    unit = 'd';
  else if ((ue = lit_c (sc, u, 0x5468 /* 周 */)) || (ue = lit (sc, u, "个星期")))
    unit = 'w';
  if (!unit)
    return 0;
  /* 三年多来, 两个多月前 */
  if (!more && !half && (C (sc, ue) == 0x591A || C (sc, ue) == 0x4F59))
    {
      const char *const *tails = W (sc, TL_W_RELATIVE_TAILS);
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
      gsize s = lit_c (sc, ue, 0x540E /* 后 */);
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
  /* 前三年 / 前三天 / 后三天: the last or next N units (issue 12); but after a
   * period (十四五前三年, 假期前三天: its first N) or as a lead time
   * (提前三天, 此后三年, 然后三天) they are not */
  if (p && which == 5 && dir != 0)
    {
      gunichar pv = i > 0 ? C (sc, i - 1) : 0;
      static const char period_end[] = "年季月度期划五”\"）)内节提向往朝之以最空超然此其今落前后学";
      char pb[8] = { 0 };
      g_unichar_to_utf8 (pv, pb);
      if ((pv >= 0x4E00 || pv == 0x201D || pv == '"' || pv == ')' || pv == 0xFF09) && strstr (period_end, pb))
        return 0;
      /* 手术后一年内, 公司前三年: after a noun it counts from that, not from now */
      if (pv >= 0x4E00 && !clause_start (sc, i) && pv != 0x7684 /* 的 */)
        return 0;
      if (is_digit (pv) || is_cn_num (pv))
        return 0;
      /* 前一年 is the year before (something), not a window */
      if (unit == 'y' && n == 1)
        return 0;
    }
  a->e.kind = "period";
  if (dir == 0)
    {
      /* N年来 / N年以来 / N年前 / N天后 / N年翻一番 */
      const char *const *since_w = W (sc, TL_W_RELATIVE_SINCE_W);
      const char *const *ago_w = W (sc, TL_W_RELATIVE_AGO_W);
      const char *const *later_w = W (sc, TL_W_RELATIVE_LATER_W);
      const char *const *double_w = W (sc, TL_W_RELATIVE_DOUBLE_W);
      gsize s;
      if ((s = lit_any (sc, ue, since_w, NULL)))
        {
          /* GUIDE: N年来, 十几年来, N年以来 without an anchor are durations (numbers), not dates */
          return 0;
        }
      else if ((s = lit_any (sc, ue, double_w, NULL)))
        dir = -1;
      else if ((s = lit_any (sc, ue, ago_w, NULL)))
        dir = -2;
      else if ((s = lit_any (sc, ue, later_w, NULL)))
        {
          if (lit_c (sc, s, 0x7684 /* 的 */) || C (sc, s) == 0x5E74)
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
  gsize lai = lit_c (sc, x, 0x6765 /* 来 */);
  if (lai && dir < 0)
    x = lai;
  else if ((lai = lit_c (sc, x, 0x5185 /* 内 */)) || (lai = lit_c (sc, x, 0x4E2D /* 中 */)) || (lai = lit_c (sc, x, 0x95F4 /* 间 */)))
    x = lai;
  int ry = sc->ry, rm = sc->rm;
  switch (unit)
    {
    case 'y':
      if (dir < 0)
        {
          /* GUIDE: 近N年, 最近N年, 过去N年 are N whole years ending with the year
           * the passage is about (usually the reference year) */
          int py = passage_year (sc, i);
          /* 过去一年 in a review published by March (work reports): the year just ended */
          if ((which == 1 || which == 2) && py == ry && sc->rm <= 3)
            py = ry - 1;
          set_days (&a->e, tl_days_from_civil (py - n + 1, 1, 1), tl_days_from_civil (py, 12, 31), n == 1 ? TL_GRAN_YEAR : TL_GRAN_YEARS);
          if (py != ry)
            {
              a->e.anchor = "context";
              expr_note (&a->e, "%d years up to the year reported on (%d)", n, py);
            }
          else
            expr_note (&a->e, "%d years up to the reference year", n);
          break;
        }
      else
        set_days (&a->e, tl_days_from_civil (ry + 1, 1, 1), tl_days_from_civil (ry + n, 12, 31), TL_GRAN_YEARS);
      expr_note (&a->e, "%d years after the reference year", n);
      break;
    case 'm':
      {
        int total = ry * 12 + (rm - 1);
        if (dir < 0)
          {
            /* 近半年, 近三个月: the whole months ending with the reference month */
            int s0 = total - (n - 1);
            set_days (&a->e, tl_days_from_civil (s0 / 12, s0 % 12 + 1, 1),
                      tl_days_from_civil (ry, rm, tl_days_in_month (ry, rm)), TL_GRAN_MONTH);
          }
        else
          {
            /* 未来两个月: from the reference day to the same day N months on */
            int e0 = total + n, ey = e0 / 12, em = e0 % 12 + 1;
            set_days (&a->e, sc->ref, tl_days_from_civil (ey, em, MIN (sc->rd, tl_days_in_month (ey, em))), TL_GRAN_MONTH);
          }
        break;
      }
    case 'w':
      if (dir < 0 && which == 5)
        set_days (&a->e, sc->ref - 7 * n, sc->ref - 1, TL_GRAN_DAY); /* 前1周: the week before the reference day */
      else if (dir < 0)
        set_days (&a->e, sc->ref - 7 * n, sc->ref, TL_GRAN_DAY);
      else
        set_days (&a->e, sc->ref + 1, sc->ref + 7 * n, TL_GRAN_DAY);
      break;
    default:
      if (dir < 0 && which == 5)
        set_days (&a->e, sc->ref - n, sc->ref - 1, TL_GRAN_DAY); /* 前三天: the three days before it */
      else if (dir < 0)
        set_days (&a->e, sc->ref - n + 1, sc->ref, TL_GRAN_DAY);
      else
        set_days (&a->e, sc->ref + 1, sc->ref + n, TL_GRAN_DAY);
      break;
    }
  a->e.vague |= more;
  return x;
}

/* a point or window N minutes from the reference: the minute when the
 * reference has a time, else its day (vague) */
static void
set_minutes_from_ref (Sc *sc, TlExpr *e, int from_off, int to_off)
{
  if (sc->has_ref_time)
    {
      gint64 base = (gint64) sc->ref * 1440 + sc->ref_min;
      gint64 f = base + from_off, t = base + to_off;
      set_days (e, (gint32) (f >= 0 ? f / 1440 : (f - 1439) / 1440), (gint32) (t >= 0 ? t / 1440 : (t - 1439) / 1440), TL_GRAN_MINUTE);
      e->from_min = (int) (f - (gint64) e->from * 1440);
      e->to_min = (int) (t - (gint64) e->to * 1440);
    }
  else
    {
      /* no time of day: whole days from the reference day (20分钟前 is that day) */
      set_days (e, sc->ref + from_off / 1440, sc->ref + to_off / 1440, TL_GRAN_DAY);
      e->vague = TRUE;
      expr_note (e, "the reference has no time of day: counted in whole days");
    }
}

/* 三小时后, 20分钟前, 半小时后, 过去24小时, 未来两个小时: from the reference
 * time (issue 12); a bare duration (3小时) is not a date */
gsize
hours_expr (Sc *sc, gsize i, Atom *a)
{
  const char *const *past = W (sc, TL_W_RELATIVE_HOURS_EXPR_PAST);
  const char *const *future = W (sc, TL_W_RELATIVE_HOURS_EXPR_FUTURE);
  int dir = 0;
  gsize k = lit_any (sc, i, past, NULL);
  if (k)
    dir = -1;
  else if ((k = lit_any (sc, i, future, NULL)))
    dir = 1;
  else
    k = i;
  if (k > 0 && (is_digit (C (sc, k - 1)) || is_cn_num (C (sc, k - 1)) || C (sc, k - 1) == '.'))
    return 0;
  int n, minutes;
  gsize t;
  gboolean half = FALSE;
  if (C (sc, k) == 0x534A /* 半 */)
    {
      half = TRUE;
      n = 1;
      t = k + 1;
    }
  else
    {
      t = is_digit (C (sc, k)) ? read_arabic (sc, k, 3, &n, NULL) : read_cn (sc, k, 3, &n, NULL);
      if (!t || n < 1 || C (sc, t) == '.')
        return 0;
    }
  gboolean more = C (sc, t) == 0x591A /* 多 */;
  if (more)
    t++;
  gsize g = lit_c (sc, t, 0x4E2A /* 个 */);
  if (g)
    t = g;
  gsize u;
  if ((u = lit_any (sc, t, W (sc, TL_W_RELATIVE_HOURS), NULL)))
    minutes = half ? 30 : 60 * n;
  else if (!half && (u = lit (sc, t, "分钟")))
    minutes = n;
  else
    return 0;
  if (minutes > 60 * 24 * 31)
    return 0;
  gsize x = u;
  if (!dir)
    {
      const char *const *ago = W (sc, TL_W_RELATIVE_AGO);
      const char *const *later = W (sc, TL_W_RELATIVE_LATER);
      gsize s;
      if ((s = lit_any (sc, u, ago, NULL)))
        dir = -2;
      else if ((s = lit_any (sc, u, later, NULL)))
        dir = 2;
      else
        return 0;
      x = s;
    }
  else
    {
      gsize s = lit_c (sc, u, 0x5185 /* 内 */);
      if (!s)
        s = lit_c (sc, u, 0x91CC /* 里 */);
      if (s)
        x = s;
    }
  a->e.kind = "period";
  if (!need_ref (sc, &a->e))
    return x;
  switch (dir)
    {
    case -2: set_minutes_from_ref (sc, &a->e, -minutes, -minutes); break;
    case 2: set_minutes_from_ref (sc, &a->e, minutes, minutes); break;
    case -1: set_minutes_from_ref (sc, &a->e, -minutes, 0); break;
    default: set_minutes_from_ref (sc, &a->e, 0, minutes); break;
    }
  a->e.vague |= more;
  return x;
}

/* 建园20周年: the year founded + N */
gsize
anniversary_expr (Sc *sc, gsize i, Atom *a)
{
  const char *const *what = W (sc, TL_W_RELATIVE_WHAT);
  int w = -1;
  gsize k = lit_any (sc, i, what, &w);
  if (!k)
    return 0;
  int n;
  gsize t = is_digit (C (sc, k)) ? read_arabic (sc, k, 3, &n, NULL) : read_cn (sc, k, 4, &n, NULL);
  if (!t || n < 1)
    return 0;
  gsize e = lit_any (sc, t, W (sc, TL_W_UNITS_ANNIVERSARY), NULL);
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
