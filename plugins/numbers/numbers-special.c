/* numbers-special.c: special forms: 百分之五, 翻一番, 数十/上百/近万, and figures with separators (dates, times).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "numbers-internal.h"

/* An approximation word after m (百分之五左右, 一半以上) joins it; returns its end. */
static gsize
approx_after_end (const Ctx *x, NumMention *m)
{
  gsize ce;
  const char *ap = match_cue_after (x->w->approx_after, x->t, m->end, x->len, &ce);
  if (ap)
    {
      m->approx = ap;
      m->end = ce;
    }
  return m->end;
}

/* The end of a percentage written out (百分之五, 百分百) and what follows it; inside a
 * quoted name (「百分百担保贷款计划」) it is the name's, not a quantity. */
static gsize
percent_end (Ctx *x, NumMention *m)
{
  gsize end = approx_after_end (x, m);
  if (in_quoted_name (x, m->start, m->end))
    {
      m->excluded = "slogan";
      drop_last_if_excluded (x);
    }
  return end;
}

/* Special forms starting at pos: 百分之五, 翻一番, 数十, 上百, 近万. Returns the end or 0. */
gsize
try_special (Ctx *x, gsize pos)
{
  const char *t = x->t;
  gsize len = x->len;
  gsize cl;
  gunichar c = char_at (t, pos, len, &cl);
  gpointer per = NULL;
  gsize pw = first_may_match (x->w->percent_first, c) ? ds_word_set_match (x->w->percent_words, t + pos, t + len, &per) : 0;
  if (pw)
    {
      gsize p = pos + pw;
      DsNumeral n;
      gsize k = ds_numeral_scan (t + p, (gssize) (len - p), DS_NUMERAL_ARABIC | DS_NUMERAL_CHINESE, &n);
      if (!k)
        return 0;
      NumMention *m = add_mention (x, pos, p + k);
      m->value_text = num_decimal_shift (n.text, (int) g_ascii_strtoll (((const char *const *) per)[0], NULL, 10));
      m->value = text_value (m->value_text);
      m->unit = "%";
      m->kind = "percent";
      ds_numeral_clear (&n);
      return percent_end (x, m);
    }
  /* 百分百: a whole percentage written as a word */
  gsize pwh = first_may_match (x->w->percent_whole_first, c) ? wprefix (x->w->percent_whole, t, pos, len) : 0;
  if (pwh)
    {
      NumMention *m = add_mention (x, pos, pos + pwh);
      m->value_text = g_strdup ("100");
      m->value = 100;
      m->unit = "%";
      m->kind = "percent";
      return percent_end (x, m);
    }
  /* 一半 (左右): a ratio of 0.5 */
  if (c == 0x4E00 /* 一 */ && has_at (t, pos + cl, len, "半"))
    {
      NumMention *m = add_mention (x, pos, pos + cl + strlen ("半"));
      m->value_text = g_strdup ("0.5");
      m->value = 0.5;
      m->kind = "ratio";
      return approx_after_end (x, m);
    }
  /* 半年, 半个月, 再过半个月: half a unit of time; not 上半年/下半年 (dates), 近半年
   * (a window of time), 半年报 (a report), 半个月前 (a date) */
  if (c == 0x534A /* 半 */)
    {
      gsize bs;
      gunichar b = char_before (t, pos, &bs);
      const NumUnit *u = unit_match (x->table, x->table->by_first, t, pos + cl, len);
      if (!u || !g_str_equal (u->kind, "duration") || b == 0x4E0A || b == 0x4E0B || b == 0x524D || b == 0x540E ||
          b == 0x5F8C || b == 0x8FD1 || is_any_digit (b))
        return 0;
      gsize ue = pos + cl + u->surface_len;
      if (has_at (t, ue, len, "报") || has_at (t, ue, len, "刊") ||
          has_at (t, ue, len, "前")) /* 半个月前: a point in time */
        return 0;
      NumMention *m = add_mention (x, pos, ue);
      m->value_text = num_decimal_shift ("0.5", u->exp10);
      m->value = text_value (m->value_text);
      m->unit = canonical_unit (x, u);
      m->kind = u->kind;
      return m->end;
    }
  /* 翻一番 ×2, 翻两番 ×4, 翻番 ×2 */
  if (c == 0x7FFB /* 翻 */ && has_at (t, pos, len, "翻"))
    {
      gsize p = pos + strlen ("翻");
      guint times = 1;
      DsNumeral n;
      gsize k = ds_numeral_scan (t + p, (gssize) (len - p), DS_NUMERAL_ARABIC | DS_NUMERAL_CHINESE, &n);
      if (k && n.value >= 1 && n.value <= 10 && n.value == floor (n.value))
        times = (guint) n.value;
      ds_numeral_clear (&n);
      if (has_at (t, p + k, len, "番"))
        {
          NumMention *m = add_mention (x, pos, p + k + strlen ("番"));
          m->value_text = g_strdup_printf ("%u", 1u << times);
          m->value = text_value (m->value_text);
          m->unit = "×";
          m->kind = "multiple";
          m->change = "multiply";
          return m->end;
        }
      return 0;
    }
  /* 总投资均在亿元以上。, 千万元以上，: a scale with no digit before it, money and
   * 以上 (an approximation of [bare_scale_approx]) that ends the clause: at least
   * one of the scale */
  if (ds_numeral_multiplier_exponent (c) >= 2)
    {
      gsize bs, p = pos, cl2;
      gunichar b = char_before (t, pos, &bs);
      int exp = 0, ex;
      if (is_any_digit (b) || wsuffix (x->w->bare_scale_not, t, 0, pos) > 0)
        return 0;
      while ((ex = ds_numeral_multiplier_exponent (char_at (t, p, len, &cl2))) > 0)
        {
          exp += ex;
          p += cl2;
        }
      const NumUnit *u = exp >= 4 ? unit_match (x->table, x->table->by_first, t, p, len) : NULL;
      gsize ce;
      const char *ap = u && g_str_equal (u->kind, "money") ?
                         match_cue_after (x->w->approx_after, t, p + u->surface_len, len, &ce) : NULL;
      if (!ap || !wprefix (x->w->bare_scale_approx, t, p + u->surface_len, len))
        return 0;
      /* 亿元以上项目, 亿元以上的大项目: a size class of what follows, no figure
       * (the seeds: tests/numbers/seeds 001, tests/facts/expected seed-001) */
      gunichar n = char_at (t, ce, len, &cl2);
      if (cl2 && (ds_unichar_is_han (n) || is_ascii_alpha (n) || is_any_digit (n)))
        return 0;
      NumMention *m = add_mention (x, pos, ce);
      m->unit = canonical_unit (x, u);
      m->kind = u->kind;
      m->value_text = num_decimal_shift ("1", exp + u->exp10);
      m->value = text_value (m->value_text);
      m->approx = ap;
      m->low_text = g_strdup (m->value_text);
      m->low = m->value;
      return m->end;
    }
  /* 数十, 几百, 上百, 上万, 近万: vague magnitudes followed by a unit */
  if (c == 0x6570 /* 数 */ || c == 0x6578 /* 數 */ || c == 0x51E0 /* 几 */ || c == 0x5E7E /* 幾 */ ||
      c == 0x4E0A /* 上 */ || c == 0x8FD1 /* 近 */)
    {
      gsize p = pos + cl, cl2;
      int exp = 0;
      for (;;)
        {
          gunichar d = char_at (t, p, len, &cl2);
          int ex = cl2 ? ds_numeral_multiplier_exponent (d) : 0;
          if (!ex)
            break;
          exp += ex;
          p += cl2;
        }
      if (!exp)
        return 0;
      const NumUnit *u = unit_match (x->table, x->table->by_first, t, p, len);
      if (!u || g_str_equal (u->kind, "date") || g_str_equal (u->kind, "time") ||
          g_str_equal (u->kind, "percent") || g_str_equal (u->kind, "word") || g_str_equal (u->kind, "name"))
        return 0;
      /* 近 + a real numeral is handled by the approximation prefix */
      NumMention *m = add_mention (x, pos, p + u->surface_len);
      m->unit = canonical_unit (x, u);
      m->kind = u->kind;
      int e = exp + u->exp10;
      char *one = num_decimal_shift ("1", e);
      if (c == 0x4E0A || c == 0x8FD1)
        {
          m->value_text = one;
          m->value = text_value (one);
          m->approx = c == 0x4E0A ? "at_least" : "nearly";
          if (c == 0x4E0A)
            {
              m->low_text = g_strdup (one);
              m->low = m->value;
            }
          else
            {
              m->high_text = g_strdup (one);
              m->high = m->value;
            }
        }
      else
        {
          m->approx = "about";
          m->low_text = num_decimal_shift ("2", e);
          m->high_text = num_decimal_shift ("9", e);
          m->low = text_value (m->low_text);
          m->high = text_value (m->high_text);
          g_free (one);
        }
      return m->end;
    }
  return 0;
}

/* Skips a date/time/code written with separators: 2022-01-05, 09:16, 1.2.3, 2022/1/5 */
gsize
skip_separated (const Ctx *x, gsize pos)
{
  const char *t = x->t;
  gsize p = pos, cl;
  int parts = 0;
  gboolean colon = FALSE;
  for (;;)
    {
      gsize q = p;
      while (q < x->len && t[q] >= '0' && t[q] <= '9')
        q++;
      if (q == p)
        break;
      parts++;
      p = q;
      gunichar c = char_at (t, p, x->len, &cl);
      if ((c == '-' || c == ':' || c == '/' || c == '.' || c == 0xFF1A) && p + cl < x->len &&
          t[p + cl] >= '0' && t[p + cl] <= '9')
        {
          colon |= c == ':' || c == 0xFF1A;
          p += cl;
          continue;
        }
      break;
    }
  if (parts >= 3 || (colon && parts >= 2))
    return p;
  return 0;
}
