/* numbers-mention.c: one mention: a numeral at a position, its fraction or range, prefixes, approximation, exclusion.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "numbers-internal.h"

void
mention_clear (NumMention *m)
{
  g_free (m->value_text);
  g_free (m->low_text);
  g_free (m->high_text);
  g_free (m->share);
  g_free (m->metric);
}

NumMention *
add_mention (Ctx *x, gsize s, gsize e)
{
  NumMention m = { 0 };
  m.start = s;
  m.end = e;
  m.value = m.low = m.high = NAN;
  g_array_append_val (x->out, m);
  return &g_array_index (x->out, NumMention, x->out->len - 1);
}

void
drop_last_if_excluded (Ctx *x)
{
  NumMention *m = &g_array_index (x->out, NumMention, x->out->len - 1);
  if (m->excluded && !x->opts->include_all)
    {
      mention_clear (m);
      g_array_set_size (x->out, x->out->len - 1);
    }
}

void
extract_at (Ctx *x, gsize pos, gsize *next)
{
  const char *t = x->t;
  gsize len = x->len, cl;
  gunichar c = char_at (t, pos, len, &cl);
  *next = pos + cl;

  gsize se = try_special (x, pos);
  if (se)
    {
      *next = se;
      return;
    }

  if (is_arabic (c) || c == '-' || c == 0x2212)
    {
      gsize skip = skip_separated (x, pos);
      if (skip)
        {
          if (x->opts->include_all)
            {
              NumMention *m = add_mention (x, pos, skip);
              m->kind = "number";
              m->excluded = "date";
            }
          *next = skip;
          return;
        }
    }

  guint flags = DS_NUMERAL_DEFAULT;
  gsize bs;
  gunichar before = char_before (t, pos, &bs);
  if (c == '-' || c == 0x2212 || c == 0x8D1F || c == 0x8CA0)
    {
      if (is_any_digit (before) || is_ascii_alpha (before) || before == '-')
        return;
      flags |= DS_NUMERAL_SIGN;
    }

  Reading r;
  if (!read_number (x, pos, flags, &r))
    return;
  *next = MAX (r.e, pos + cl);

  const char *excluded = NULL;
  gsize s = r.s, e = r.unit_e > r.e ? r.unit_e : r.e;
  if (r.approx && r.unit_e <= r.e)
    {
      /* 多/余 + multiplier without a unit: keep the multipliers in the span */
    }
  gboolean chinese = (r.n.style & DS_NUMERAL_STYLE_CHINESE) != 0;
  gboolean arabic = (r.n.style & DS_NUMERAL_STYLE_ARABIC) != 0;
  const NumUnit *u = r.unit;
  /* 0.6和1.0个百分点: a bare numeral takes the unit written after the next numeral
   * (not its scale: 3和5万元 is left alone; not a date: 10和11月); a lone digit
   * before the next digit and its scale (八、九十岁, 两、三百人) takes the scale too */
  int share_exp = 0;
  if (!u && !r.approx && !(r.n.style & DS_NUMERAL_STYLE_DIGITS))
    {
      gsize cn = wprefix (x->w->list_and, t, r.e, len);
      if (cn)
          {
            gsize q = r.e + cn, cl3;
            gunichar f = char_at (t, q, len, &cl3);
            gboolean same = arabic ? is_arabic (f) : (cl3 && ds_numeral_digit_value (f) >= 0 && !is_arabic (f));
            Reading r3;
            if (same && read_number (x, q, DS_NUMERAL_ARABIC | DS_NUMERAL_CHINESE, &r3))
              {
                const NumUnit *u3 = r3.unit;
                if (u3 && !r3.extra_exp && !(r3.n.style & DS_NUMERAL_STYLE_LARGE_UNIT) &&
                    !g_str_equal (u3->kind, "date") && !g_str_equal (u3->kind, "time") &&
                    !g_str_equal (u3->kind, "name"))
                  u = u3;
                if (chinese && !arabic && r.n.n_chars == 1 && r.n.value >= 1 && r.n.value <= 8 &&
                    r3.n.n_chars == 2 && (!u3 || !g_str_equal (u3->kind, "date")))
                  for (int k = 1, scale = 10; k <= 4; k++, scale *= 10)
                    if (r3.n.value == (r.n.value + 1) * scale)
                      share_exp = k;
                reading_clear (&r3);
              }
          }
    }
  const char *kind = u ? u->kind : "number";
  int exp = (u ? u->exp10 : 0) + r.extra_exp + share_exp;

  /* fractions: 三分之一, 1/3 */
  gboolean fraction = FALSE;
  Reading den = { 0 };
  if (has_at (t, r.e, len, "分之"))
    {
      gsize p = r.e + strlen ("分之");
      DsNumeral n2;
      gsize k2 = ds_numeral_scan (t + p, (gssize) (len - p), DS_NUMERAL_ARABIC | DS_NUMERAL_CHINESE, &n2);
      if (k2 && r.n.value != 0)
        {
          NumMention *m = add_mention (x, pos, p + k2);
          m->kind = "ratio";
          m->value = n2.value / r.n.value;
          m->value_text = g_strdup_printf ("%s/%s", n2.text, r.n.text);
          ds_numeral_clear (&n2);
          reading_clear (&r);
          *next = p + k2;
          return;
        }
      ds_numeral_clear (&n2);
    }
  else if (arabic && !chinese && t[r.e] == '/' && r.e + 1 < len && is_arabic ((guchar) t[r.e + 1]) &&
           !(r.n.style & DS_NUMERAL_STYLE_DECIMAL))
    {
      DsNumeral n2;
      gsize k2 = ds_numeral_scan (t + r.e + 1, (gssize) (len - r.e - 1), DS_NUMERAL_ARABIC, &n2);
      /* 2019/20年(度), 2018/19課稅年度: a fiscal year, not a ratio (年 after it, or
       * the second year the next one of the first) */
      gboolean nian = k2 && k2 <= 3 && has_at (t, r.e + 1 + k2, len, "年");
      if (is_year_like (&r) &&
          (nian || (k2 == 2 && (guint) n2.value == ((guint) r.n.value + 1) % 100)))
        {
          gsize fe = r.e + 1 + k2 + (nian ? strlen ("年") : 0);
          if (x->opts->include_all)
            {
              NumMention *m = add_mention (x, pos, fe);
              m->kind = "number";
              m->excluded = "date";
            }
          ds_numeral_clear (&n2);
          reading_clear (&r);
          *next = fe;
          return;
        }
      if (k2 && k2 <= 3 && t[r.e + 1 + k2] != '/' && n2.value != 0)
        {
          NumMention *m = add_mention (x, pos, r.e + 1 + k2);
          m->kind = "ratio";
          m->value = r.n.value / n2.value;
          m->value_text = g_strdup_printf ("%s/%s", r.n.text, n2.text);
          ds_numeral_clear (&n2);
          reading_clear (&r);
          *next = r.e + 1 + k2;
          return;
        }
      ds_numeral_clear (&n2);
    }
  (void) fraction;
  (void) den;

  /* ranges: 3至5年, 20%—30%, 10-15万元 */
  Reading r2;
  gboolean range = FALSE;
  {
    gsize p = e, cl2;
    /* 1瓩以上至10瓩: the lower bound's 以上 before the connector */
    gsize above = r.unit && first_may_match (x->w->range_above_first, char_at (t, p, len, &cl2))
                    ? wprefix (x->w->range_above, t, p, len)
                    : 0;
    if (above && wprefix (x->w->range_to, t, p + above, len))
      p += above;
    gunichar d = char_at (t, p, len, &cl2);
    gboolean conn = d == 0x81F3 /* 至 */ || d == 0x5230 /* 到 */ || d == '-' || d == 0x2014 || d == 0x2013 ||
                    d == '~' || d == 0xFF5E || d == 0x301C || d == 0xFF0D || d == 0x2015;
    /* 增加0.7%至13.8%: a change, then the level it reached (two figures, not a range) */
    if (conn && (d == 0x81F3 || d == 0x5230) && r.unit && change_before (x, s))
      conn = FALSE;
    if (conn && cl2)
      {
        gsize q = p + cl2;
        if (d == 0x2014 && has_at (t, q, len, "—"))
          q += strlen ("—");
        gsize cl3;
        gunichar f = char_at (t, q, len, &cl3);
        gboolean same_script = arabic ? is_arabic (f) : (cl3 && ds_numeral_digit_value (f) >= 0 && !is_arabic (f)) ||
                                                          ds_numeral_multiplier_exponent (f) != 0;
        if (same_script && read_number (x, q, DS_NUMERAL_ARABIC | DS_NUMERAL_CHINESE, &r2))
          {
            const NumUnit *u2 = r2.unit;
            /* a unit written once goes after the high end (3至5年); a unit after
             * the low end only is no range (二十大到二〇三五年) */
            if (!u2 && u)
              reading_clear (&r2);
            else if (!u || u == u2 || g_str_equal (u->kind, u2->kind))
              range = TRUE;
            else
              reading_clear (&r2);
          }
      }
  }

  if (range)
    {
      const NumUnit *uu = r2.unit ? r2.unit : u;
      const char *k2 = uu ? uu->kind : "number";
      if (g_str_equal (k2, "date") || g_str_equal (k2, "time") || g_str_equal (k2, "name") ||
          (!uu && is_year_like (&r) && is_year_like (&r2)) || /* 2017-2018 书展 */
          (g_str_equal (k2, "duration") && time_window_before (x, s)) || /* 未来一至两个月 */
          (uu && g_str_equal (uu->surface, "年") && (is_year_like (&r) || is_year_like (&r2))))
        {
          if (x->opts->include_all)
            {
              NumMention *m = add_mention (x, s, MAX (r2.unit_e, r2.e));
              m->kind = k2;
              m->excluded = g_str_equal (k2, "name") ? "name" : "date"; /* 61省道至329国道 */
            }
          *next = MAX (r2.unit_e, r2.e);
          reading_clear (&r);
          reading_clear (&r2);
          return;
        }
      /* 02-27757782: a telephone number, not a range */
      if (arabic && !uu && (t[r.s] == '0' || r2.n.n_chars >= 7) && r.n.n_chars >= 2)
        {
          if (x->opts->include_all)
            {
              NumMention *m = add_mention (x, s, MAX (r2.unit_e, r2.e));
              m->kind = "number";
              m->excluded = "code";
            }
          *next = MAX (r2.unit_e, r2.e);
          reading_clear (&r);
          reading_clear (&r2);
          return;
        }
      int e2 = (uu ? uu->exp10 : 0) + r2.extra_exp;
      int e1 = (r.unit ? r.unit->exp10 : e2 - r2.extra_exp) + r.extra_exp;
      NumMention *m = add_mention (x, s, MAX (r2.unit_e, r2.e));
      m->kind = k2;
      m->unit = canonical_unit (x, uu);
      m->high_text = num_decimal_shift (r2.n.text, e2);
      m->high = text_value (m->high_text);
      /* 10-15万元, 两到三千: the scale written once after the second number applies to
       * the first, unless that makes the low end pass the high one (从3000到2万) */
      int scale = 0;
      if (!(r.n.style & DS_NUMERAL_STYLE_LARGE_UNIT) && !r.extra_exp && !r.unit)
        scale = trailing_scale_exponent (t, r2.s, r2.e);
      m->low_text = num_decimal_shift (r.n.text, e1 + scale);
      m->low = text_value (m->low_text);
      if (scale && !(m->low <= m->high))
        {
          g_free (m->low_text);
          m->low_text = num_decimal_shift (r.n.text, e1);
          m->low = text_value (m->low_text);
        }
      /* a range's value is its low end */
      m->value_text = g_strdup (m->low_text);
      m->value = m->low;
      if (r2.approx)
        m->approx = r2.approx;
      gsize ce;
      const char *ap = match_cue_after (x->w->approx_after, t, m->end, len, &ce);
      if (ap)
        {
          m->approx = ap;
          m->end = ce;
        }
      if ((r.n.style | r2.n.style) & DS_NUMERAL_STYLE_CHINESE && in_short_quote (x, m->start, m->end))
        m->excluded = "slogan";
      *next = m->end;
      reading_clear (&r);
      reading_clear (&r2);
      drop_last_if_excluded (x);
      return;
    }

  /* prefixes: 第 (rank), currency (人民币, HK$), approximation (约, 超过) */
  gboolean rank = FALSE;
  if (before == 0x7B2C /* 第 */)
    {
      rank = TRUE;
      s = bs;
    }
  const char *prefix_unit = NULL;
  {
    gsize p = s;
    while (p > 0 && t[p - 1] == ' ' && s - p < 1)
      p--;
    /* the longest prefix unit ending at p (the first in file order on a tie) */
    const NumUnit *best = NULL;
    const NumUnitTable *tb = x->table;
    if (p > 0 && (tb->prefix_last[(guchar) t[p - 1] >> 6] >> ((guchar) t[p - 1] & 63)) & 1)
      for (guint i = 0; i < tb->prefixes->len; i++)
        {
          const NumUnit *pu = tb->prefixes->pdata[i];
          if (p >= pu->surface_len && memcmp (t + p - pu->surface_len, pu->surface, pu->surface_len) == 0 &&
              (!best || pu->surface_len > best->surface_len))
            best = pu;
        }
    if (best && !rank)
      {
        prefix_unit = canonical_unit (x, best);
        if (!u || g_str_equal (u->kind, "money") || g_str_equal (u->kind, "number"))
          {
            s = p - best->surface_len;
            kind = "money";
          }
        else
          prefix_unit = NULL;
      }
  }
  /* 投资22亿, 共花250億, 预算20k: an amount with a scale (万/亿, or an informal k/w)
   * and no unit, in a clause about money, is money in the document's currency */
  gsize num_end = r.e;
  if (!u && !prefix_unit && !rank)
    {
      int kw = 0;
      if (arabic && !chinese && r.unit_e == r.e && r.e < len && (t[r.e] == 'k' || t[r.e] == 'K' || t[r.e] == 'w') &&
          !(r.e + 1 < len && g_ascii_isalpha (t[r.e + 1])))
        kw = t[r.e] == 'w' ? 4 : 3;
      gboolean scaled = r.extra_exp || (r.n.style & DS_NUMERAL_STYLE_LARGE_UNIT);
      if ((scaled || kw) && money_clause (x, s, kw ? r.e + 1 : e))
        {
          kind = "money";
          prefix_unit = doc_currency (x);
          if (kw)
            {
              exp += kw;
              num_end = e = r.e + 1;
            }
        }
    }
  /* 攝氏7000度, 气温比平常高三度: 度 of a temperature, not a kWh */
  if (u && !prefix_unit && (g_str_equal (u->surface, "度")) && temperature_clause (x, s))
    {
      kind = "temperature";
      prefix_unit = "°C";
    }
  const char *approx = r.approx;
  {
    gsize cs, sp = s;
    while (sp > 0 && s - sp < 2 && t[sp - 1] == ' ')
      sp--;                                            /* 超過 150 億: a space after the cue */
    const char *ap = match_cue_before (x->w->approx_before, t, sp, &cs);
    if (ap && !rank)
      {
        approx = ap;
        s = cs;
      }
  }
  {
    gsize ce;
    const char *ap = match_cue_after (x->w->approx_after, t, e, len, &ce);
    if (ap && !(g_str_equal (ap, "about") && has_at (t, e, len, "上下") &&
                !u))
      {
        approx = ap;
        e = ce;
      }
  }

  /* exclusions */
  if (rank)
    kind = "rank";
  Candidate cand = { &r, u, kind, approx, s, e, bs, c, before, num_end, rank };
  excluded = exclusion (x, &cand);

  if (!x->opts->include_all)
    {
      /* what the code below would drop at once: skip building it */
      const char *dropped = excluded;
      gsize end = e;
      if (rank && u && !g_str_equal (u->kind, "count"))
        {
          if (g_str_equal (u->kind, "date") || g_str_equal (u->kind, "time"))
            dropped = "date";
          end = r.e;
        }
      if (dropped)
        {
          *next = MAX (*next, end);
          reading_clear (&r);
          return;
        }
    }

  NumMention *m = add_mention (x, s, e);
  m->excluded = excluded;
  m->kind = kind;
  m->approx = approx;
  if (rank)
    {
      m->unit = u && g_str_equal (u->kind, "count") ? u->unit : NULL;
      if (u && !g_str_equal (u->kind, "count"))
        {
          /* 第82名 is a count classifier; 第一季度 etc. are dates */
          if (g_str_equal (u->kind, "date") || g_str_equal (u->kind, "time"))
            m->excluded = "date";
          m->end = e = r.e;
        }
      m->value_text = g_strdup (r.n.text);
    }
  else
    {
      m->unit = prefix_unit ? prefix_unit : canonical_unit (x, u);
      m->value_text = num_decimal_shift (r.n.text, exp);
      /* 零下20度: below zero */
      if (g_str_equal (kind, "temperature") && ends_with_at (t, s, "零下") && m->value_text[0] != '-')
        {
          char *neg = g_strconcat ("-", m->value_text, NULL);
          g_free (m->value_text);
          m->value_text = neg;
        }
    }
  m->value = text_value (m->value_text);
  if (approx)
    {
      if (g_str_equal (approx, "more_than") || g_str_equal (approx, "at_least"))
        {
          m->low_text = g_strdup (m->value_text);
          m->low = m->value;
        }
      else if (g_str_equal (approx, "less_than") || g_str_equal (approx, "at_most") ||
               g_str_equal (approx, "nearly"))
        {
          m->high_text = g_strdup (m->value_text);
          m->high = m->value;
        }
    }
  *next = MAX (*next, m->end);
  reading_clear (&r);
  drop_last_if_excluded (x);
}
