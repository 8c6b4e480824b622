/* numbers-exclude.c: figures that are not quantities: dates, names, codes, lists, idioms, slogans.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "numbers-internal.h"

#include <stdlib.h>

/* Is [s, e) inside a short quotation (a slogan such as “四个转变”)? */
gboolean
in_short_quote (const Ctx *x, gsize s, gsize e)
{
  gsize p = s, n = 0;
  gboolean open = FALSE;
  while (p > 0 && n < 12)
    {
      gsize ps;
      gunichar c = char_before (x->t, p, &ps);
      if (c == 0x201C || c == 0x300C || c == 0x300E || c == '"')
        {
          open = TRUE;
          break;
        }
      if (c == 0x201D || c == 0x300D || c == 0x300F || c == 0x3002 || c == 0xFF0C || c == ',' ||
          c == '\n')
        return FALSE;
      p = ps;
      n++;
    }
  if (!open)
    return FALSE;
  p = e;
  n = 0;
  while (p < x->len && n < 12)
    {
      gsize cl;
      gunichar c = char_at (x->t, p, x->len, &cl);
      if (c == 0x201D || c == 0x300D || c == 0x300F || c == '"')
        return TRUE;
      if (c == 0x201C || c == 0x3002 || c == 0xFF0C || c == ',' || c == '\n')
        return FALSE;
      p += cl;
      n++;
    }
  return FALSE;
}

static gboolean
at_line_start (const Ctx *x, gsize s)
{
  gsize p = s;
  while (p > 0)
    {
      gsize ps;
      gunichar c = char_before (x->t, p, &ps);
      if (c == '\n')
        return TRUE;
      if (!(c == ' ' || c == '\t' || c == 0x3000 || c == '(' || c == 0xFF08))
        return FALSE;
      p = ps;
    }
  return TRUE;
}

gboolean
is_year_like (const Reading *r)
{
  if (r->n.style & DS_NUMERAL_STYLE_DIGITS)
    return !(r->n.style & DS_NUMERAL_STYLE_DECIMAL); /* 一二三点四五 is no year */
  if (!(r->n.style & DS_NUMERAL_STYLE_ARABIC) || (r->n.style & (DS_NUMERAL_STYLE_DECIMAL | DS_NUMERAL_STYLE_MULTIPLIER)))
    return FALSE;
  return r->n.n_chars == 4 && r->n.value >= 1000 && r->n.value <= 2999;
}

/* 年 after a year of the Republic of China calendar: after 民國/民国, or, in a
 * document whose currency is TWD, an Arabic 70–130 that is not a span of time
 * (not followed by 来/以来/间/内/当中/多/前). bs is where the character before
 * the numeral starts. */
static gboolean
roc_year (const Ctx *x, const Reading *r, gsize bs)
{
  if (r->n.value < 1 || r->n.value > 200 || r->n.value != floor (r->n.value) || (r->n.style & DS_NUMERAL_STYLE_DECIMAL))
    return FALSE;
  (void) bs;
  if (ends_with_at (x->t, r->s, "民国"))
    return TRUE;                                       /* 民國104年, 中華民國九十九年度 */
  /* (the document's currency last: most documents never need it) */
  if (!(r->n.style & DS_NUMERAL_STYLE_ARABIC))
    {
      /* 九十九年度, 五十八年三月 in a Taiwan document */
      gboolean dated = r->n.value >= 70 && has_at (x->t, r->unit_e, x->len, "度");
      if (!dated && r->n.value <= 130)
        {
          DsNumeral mo;
          gsize k = ds_numeral_scan (x->t + r->unit_e, (gssize) (x->len - r->unit_e), DS_NUMERAL_CHINESE, &mo);
          dated = k && mo.value >= 1 && mo.value <= 12 && has_at (x->t, r->unit_e + k, x->len, "月");
          ds_numeral_clear (&mo);
        }
      return dated && r->n.value <= 130 && g_str_equal (doc_currency (x), "TWD");
    }
  if ((r->n.style & DS_NUMERAL_STYLE_MULTIPLIER) || r->n.value > 130)
    return FALSE;
  gboolean year;
  if (r->n.value < 70)
    {
      /* 66年12月, 65年度: below 70 only when a month or 度 follows (3年6個月 is a span) */
      gsize q = r->unit_e, d = q;
      while (d < x->len && d - q < 2 && g_ascii_isdigit (x->t[d]))
        d++;
      year = has_at (x->t, q, x->len, "度") || (d > q && has_at (x->t, d, x->len, "月"));
    }
  else
    year = wprefix (x->w->roc_span, x->t, r->unit_e, x->len) == 0;
  return year && g_str_equal (doc_currency (x), "TWD");
}

/* Is the Arabic integer t[s, e) a locant of a chemical name (2-氯酚, 2,4-二氯酚, 1,1-二氯乙烯)?
 * Digits joined by commas, then a hyphen and a CJK character. */
static gboolean
locant (const char *t, gsize len, gsize s, gsize e)
{
  gsize p = s;
  while (p > 0 && (g_ascii_isdigit (t[p - 1]) || t[p - 1] == ','))
    p--;
  for (p = e; p < len && (g_ascii_isdigit (t[p]) || t[p] == ','); p++)
    ;
  if (p + 1 >= len || t[p] != '-' || (p > e && t[e] != ','))
    return FALSE;
  gsize cl;
  return ds_unichar_is_han (char_at (t, p + 1, len, &cl));
}

/* 10和11月, 3、4月: the number is a month of a list whose last member has 月 */
static gboolean
month_list (const Ctx *x, gsize e)
{
  const char *t = x->t;
  gsize len = x->len, n = wprefix (x->w->list_and, t, e, len);
  if (!n)
    return FALSE;
  /* 7、8、9月: the list may go on */
  for (guint i = 0; i < 12; i++)
    {
      gsize p = e + n, q = p;
      while (q < len && q - p < 2 && g_ascii_isdigit (t[q]))
        q++;
      if (q == p)
        return FALSE;
      if (wprefix (x->w->day_units, t, q, len) > 0)
        return TRUE;
      e = q;
      if (!(n = wprefix (x->w->list_and, t, e, len)))
        return FALSE;
    }
  return FALSE;
}

/* 14年1月22日: an Arabic N年 followed by a month is a year (written short), not a span */
static gboolean
year_before_month (const Ctx *x, const Reading *r)
{
  gsize q = r->unit_e, d = q;
  while (d < x->len && d - q < 2 && g_ascii_isdigit (x->t[d]))
    d++;
  if (d == q || !has_at (x->t, d, x->len, "月"))
    return FALSE;
  int m = atoi (x->t + q);
  return m >= 1 && m <= 12;
}

/* Is the character at p the end of a place name (七台河, 五家渠, 六盘水)? */
static gboolean
place_suffix (const Ctx *x, gsize p)
{
  return wprefix (x->w->place_suffix, x->t, p, x->len) > 0;
}

/* 第9条, 第2款, 第三章; 第1项 after an article (第9条第1项) or in a text citing
 * articles (…第二十條規定，於第二項定明): a locant in a legal text */
static gboolean
legal_locant (const Ctx *x, const char *t, gsize first, const NumUnit *u)
{
  if (ds_word_set_contains (x->w->legal_units, u->surface, -1))
    return TRUE;
  return g_str_equal (u->surface, "项") && (wsuffix (x->w->legal_units, t, 0, first) > 0 || doc_legal (x));
}

/* 附表2, 附件1: a reference to an appendix */
static gboolean
appendix_ref (const Ctx *x, gsize s)
{
  return wsuffix (x->w->appendix, x->t, 0, s) > 0;
}

/* 近5年, 最近5年, 过去两年, 未来一至两个月: a window of time placed by the
 * words before the numeral at p (a date, not a number); not 将近/经过近20年/有近二十年
 * (历史), a span */
gboolean
time_window_before (const Ctx *x, gsize p)
{
  const char *t = x->t;
  if (wsuffix (x->w->window, t, 0, p) > 0)
    return TRUE;
  return ends_with_at (t, p, "近") && wsuffix (x->w->window_span, t, 0, p - strlen ("近")) == 0;
}

/* 劣五类, 达到二类水质, 稳定在三类。: a grade (of water…), not a count of classes */
static gboolean
grade_label (const Ctx *x, const Reading *r)
{
  const char *t = x->t;
  gsize len = x->len;
  if (!r->unit || !g_str_equal (r->unit->surface, "类") ||
      (r->n.style & DS_NUMERAL_STYLE_ARABIC))
    return FALSE;
  if (wsuffix (x->w->grade_before, t, 0, r->s) > 0 || wprefix (x->w->grade_after, t, r->unit_e, len) > 0)
    return TRUE;
  gsize cl;
  gunichar n = char_at (t, r->unit_e, len, &cl);
  if (cl && (ds_unichar_is_han (n) || is_arabic (n)))
    return FALSE;
  if (wsuffix (x->w->grade_split, t, 0, r->s) > 0)
    return FALSE;
  return wsuffix (x->w->grade_level, t, 0, r->s) > 0;
}

/* “15分钟生活圈”: a figure inside a short quoted name (more words after it before the
 * closing quote), not a quoted figure (“增长5%”) */
gboolean
in_quoted_name (const Ctx *x, gsize s, gsize e)
{
  if (!in_short_quote (x, s, e))
    return FALSE;
  guint n = 0;
  gsize cl;
  for (gsize p = e; p < x->len; p += cl)
    {
      gunichar c = char_at (x->t, p, x->len, &cl);
      if (!ds_unichar_is_han (c))
        break;
      n++;
    }
  return n >= 2;
}

/* 一个月, 提前了一年, 更新一次。: 一 that counts (a duration, a number of times) rather
 * than an article (一个, 一批, 这一年, 一次性) */
static gboolean
one_counts (const Ctx *x, const Reading *r, gunichar before)
{
  const char *t = x->t;
  gsize len = x->len;
  const NumUnit *u = r->unit;
  if (!u)
    return FALSE;
  if (g_str_equal (u->kind, "duration"))
    {
      /* after a verb of spending or waiting (提前了一个月, 再过一年, 为期一年, 历时一天),
       * or before 内/时间 (一个月内); not 新一年, 最重的一年, 同一天, nor 一年来 (over
       * the past year: the seeds, read by hand, leave it out) */
      char b[8];
      gint bl = before ? g_unichar_to_utf8 (before, b) : 0;
      if (bl && ds_word_set_contains (x->w->one_after, b, bl))
        return TRUE;
      if (wprefix (x->w->one_before, t, r->unit_e, len) > 0)
        return TRUE;
      /* 一个月 (with its classifier: 多发一个月, 代缴一个月租金) is a month counted,
       * unless placed (这一个月, 上一个月) or over the past month (一个月来) */
      return ds_word_set_contains (x->w->one_units, u->surface, -1) &&
             !(bl && ds_word_set_contains (x->w->one_not, b, bl)) && !wprefix (x->w->span_tails, t, r->unit_e, len);
    }
  if (g_str_equal (u->surface, "次"))
    {
      gsize cl;
      gunichar n = char_at (t, r->unit_e, len, &cl);
      return !cl || !(ds_unichar_is_han (n) || is_arabic (n) || is_ascii_alpha (n));
    }
  return FALSE;
}

/* A Chinese numeral without a unit that is a quantity (kind number), not a name: one
 * with a scale of 万/亿 that starts with a digit (五百万, 贰佰伍拾萬, 一万零五百; not
 * 千万 the adverb), one with decimals, or one of several characters alone between
 * punctuation (二千零十。) */
static gboolean
standalone_numeral (const Ctx *x, const Reading *r, gunichar c, gsize s, gsize e)
{
  if (ds_numeral_digit_value (c) <= 0 && c != 0x96F6 /* 零 */)
    return FALSE;
  if (r->n.value >= 10000 || (r->n.style & DS_NUMERAL_STYLE_DECIMAL))
    return TRUE;                                       /* …and 三点一四: a name has no decimals */
  if (r->n.n_chars < 2)
    return FALSE;
  gsize ps, cl;
  gunichar b = s > 0 ? char_before (x->t, s, &ps) : 0;
  gunichar a = char_at (x->t, e, x->len, &cl);
  gboolean open = !b || !(ds_unichar_is_han (b) || is_arabic (b) || is_ascii_alpha (b) || b == 0x201C || b == 0x300C);
  gboolean close = !cl || !(ds_unichar_is_han (a) || is_arabic (a) || is_ascii_alpha (a) || a == 0x201D || a == 0x300D);
  return open && close;
}

/* 首两季, 其后两季, 今年前两个月: quarters or months placed in a year (a date, the
 * timeline's), not a duration; not 宽减四季, 首12个月 (of a loan), 提前两个月 */
static gboolean
period_in_year (const Ctx *x, const Reading *r, const NumUnit *u)
{
  const char *unit = u->unit, *t = x->t;
  gboolean quarter = !g_strcmp0 (unit, "quarter");
  if (!quarter && g_strcmp0 (unit, "month"))
    return FALSE;
  if (wsuffix (quarter ? x->w->period_place : x->w->period_place_months, t, 0, r->s) > 0)
    return TRUE;
  gsize n = wsuffix (x->w->period_place_start, t, 0, r->s), ps;
  if (!n)
    return FALSE;
  gunichar b = char_before (t, r->s - n, &ps);
  return !b || !(ds_unichar_is_han (b) || is_any_digit (b) || is_ascii_alpha (b));
}

/* (1-比例), ×(1+10%): a bare number after an opening bracket or an operator and
 * before an operator is a constant of a formula, not a quantity */
static gboolean
formula_constant (const Ctx *x, const Reading *r, gunichar before)
{
  if (!wprefix (x->w->formula_ops, x->t, r->e, x->len))
    return FALSE;
  return before == '(' || before == 0xFF08 || (r->s > 0 && wsuffix (x->w->formula_ops, x->t, 0, r->s) > 0);
}

/* 分三期, 共两期: the words before a number of phases that make it a count */
static gboolean
phase_count (const Ctx *x, gsize s)
{
  if (wsuffix (x->w->phase_count, x->t, 0, s) > 0)
    return TRUE;
  return FALSE;
}

/* 第三是…, 第一，…: 第N with no classifier that opens a sentence or a line and is
 * followed by 是 or a comma ([list_marker_after]) numbers a paragraph */
static gboolean
paragraph_marker (const Ctx *x, const Reading *r, gsize s)
{
  gsize ps;
  gunichar b = char_before (x->t, s, &ps);
  while (b == ' ' || b == 0x3000)
    b = char_before (x->t, ps, &ps);
  if (b && !is_sentence_break (b))
    return FALSE;
  return wprefix (x->w->list_marker_after, x->t, r->e, x->len) > 0;
}

/* Why the candidate is not a quantity ("date", "name", "code", "list", "article",
 * "idiom", "slogan"), or NULL when it is one. */
const char *
exclusion (const Ctx *x, const Candidate *k)
{
  const char *t = x->t;
  gsize len = x->len, ac;
  const Reading *rp = k->r;
  const NumUnit *u = k->u;
  const char *kind = k->kind, *approx = k->approx;
  gsize s = k->s, e = k->e, bs = k->bs;
  gunichar c = k->c, before = k->before;
  gboolean rank = k->rank;
  gboolean chinese = (rp->n.style & DS_NUMERAL_STYLE_CHINESE) != 0;
  gboolean arabic = (rp->n.style & DS_NUMERAL_STYLE_ARABIC) != 0;
  gunichar after = char_at (t, k->num_end, len, &ac);
  const char *excluded = NULL;
  if (rank)
    kind = "rank";
  if (g_str_equal (kind, "date") || g_str_equal (kind, "time"))
    excluded = "date";
  else if (g_str_equal (kind, "name") || (rank && u && g_str_equal (u->kind, "name")))
    excluded = "name";                                 /* 500强, 四次会议, 五年规划 */
  else if (rank && (has_at (t, rp->e, len, "产业")))
    excluded = "name";                                 /* 第二产业: a sector */
  else if (u && u->unit && g_str_equal (u->unit, "HKD") && u->surface_len <= 3 &&
           !g_str_equal (doc_currency (x), "HKD"))
    excluded = "name";                                 /* 八仙, 一毫: Cantonese coins only in Hong Kong */
  else if (rank && u && u->unit && g_str_equal (u->unit, "quarter"))
    excluded = "date";                                 /* 第一季: the first quarter */
  else if (u && g_str_equal (u->surface, "大") && rp->n.value > 10)
    excluded = "name";                                 /* 十八大, 二十大: congresses, not ten-odd things */
  else if (u && g_str_equal (u->surface, "代") && !rank && !has_at (t, rp->unit_e, len, "人"))
    excluded = "name";                                 /* 二代健保, 8.5代线: a generation's name (三代人 counts) */
  else if (u && (g_str_equal (u->surface, "国") || g_str_equal (u->surface, "國")) && chinese && !arabic &&
           rp->n.n_chars == 1 && (c == 0x4E24 || c == 0x5169))
    excluded = "name";                                 /* 两国人民, 中澳两国: both countries (like 双方); 25国 counts */
  else if (u && g_str_equal (u->surface, "期") && !phase_count (x, s))
    excluded = "name";                                 /* 一期项目, 二期: a phase's name; 分三期 counts */
  else if (chinese && !arabic && rp->n.value == 0 && rp->n.n_chars == 1 && !approx)
    excluded = "name";                                 /* 零部件, 零距离: a lone 零 is a word */
  else if (rank && !u && paragraph_marker (x, rp, s))
    excluded = "list";                                 /* 第三是居民收入…: a paragraph's number */
  else if (chinese && !arabic && ds_numeral_multiplier_exponent (c) >= 2 &&
           ds_numeral_multiplier_exponent (before) >= 2)
    excluded = "idiom";                                /* 千百倍, 千百年: two scales, no count */
  else if (rank && u && legal_locant (x, t, s, u))
    excluded = "article";                              /* 第9条第1项 */
  else if (appendix_ref (x, s))
    excluded = "article";                              /* 附表2 */
  else if (u && g_str_equal (u->kind, "duration") && time_window_before (x, rp->s))
    excluded = "date";                                 /* 近5年, 过去两年: a window of time */
  else if (u && g_str_equal (u->kind, "duration") && period_in_year (x, rp, u))
    excluded = "date";                                 /* 首两季, 今年前两个月: a part of a year */
  else if (u && g_str_equal (u->kind, "duration") && g_strcmp0 (u->unit, "hour") &&
           g_strcmp0 (u->unit, "minute") && has_at (t, rp->unit_e, len, "前"))
    excluded = "date";                                 /* 三十几年前, 3个月前: a point in time */
  else if (grade_label (x, rp))
    excluded = "name";                                 /* 劣五类, 三类水质 */
  else if (in_quoted_name (x, s, e))
    excluded = "slogan";                               /* “15分钟生活圈” */
  else if (u && g_str_equal (u->surface, "年") && arabic && !(rp->n.style & DS_NUMERAL_STYLE_DECIMAL) &&
           year_before_month (x, rp))
    excluded = "date";                                 /* 14年1月22日 */
  else if (arabic && !u && has_at (t, rp->e, len, "之") && rp->e + 3 < len && g_ascii_isdigit (t[rp->e + 3]))
    excluded = "code";                                 /* 一段2之2号: an address */
  else if (u && g_str_equal (u->surface, "年") && roc_year (x, rp, bs))
    excluded = "date";                                 /* 民國104年; 98年 in a Taiwan document */
  else if (wsuffix (x->w->road_names, t, 0, s) > 0)
    excluded = "name";                                 /* 国道318线 */
  else if (arabic && before == '.')
    excluded = "code";                                 /* CLI.12.6476457, v2.1 */
  else if (arabic && !u && locant (t, len, rp->s, rp->e))
    excluded = "name";                                 /* 2-氯酚, 1,1-二氯乙烯 */
  else if (!u && month_list (x, rp->e))
    excluded = "date";                                 /* 10和11月: a list of months */
  else if (chinese && !arabic && rp->n.n_chars == 1 && u && g_str_equal (u->kind, "count") &&
           g_utf8_strlen (u->surface, -1) == 1 && place_suffix (x, rp->unit_e))
    excluded = "name";                                 /* 七台河, 五家渠: a place name */
  else if (chinese && !arabic && rp->n.n_chars == 1 && rp->n.value <= 4 && u && g_str_equal (u->surface, "方面") &&
           c != 0x4E24 && c != 0x5169)
    excluded = "list";                                 /* 一方面…二方面: discourse, not a count */
  else if (arabic && !u && (rp->n.style & DS_NUMERAL_STYLE_DECIMAL) && rp->e - rp->s == 3 && t[rp->e - 1] == '0' &&
           ds_unichar_is_han (before) && !is_any_digit (after))
    excluded = "name";                                 /* 工业4.0, 生产力4.0: a version */
  else if (u && g_str_equal (u->surface, "年") && is_year_like (rp))
    excluded = "date";
  else if (u && g_str_equal (kind, "duration") && (before == 0x5468 || before == 0x9031) /* 周一 */)
    excluded = "date";
  else if (is_any_digit (after) && !u && !approx)
    excluded = "name";                                 /* 十四五, 四0四 */
  else if (is_any_digit (before) || (is_arabic (before)))
    excluded = "name";
  else if (arabic && !u && formula_constant (x, rp, before))
    excluded = "code";                                 /* the 1 of (1-比例): a formula's constant */
  else if (arabic && ((is_ascii_alpha (before) && (!u || g_str_equal (u->kind, "count"))) || (before == '+' && !u) ||
                      before == '#' || after == '+' || (is_ascii_alpha (after) && !u)))
    excluded = "code";                                 /* 1+2+N, A6, 5G, X9041次 (a train); not (1+10%) */
  else if (arabic && !u && (before == 0x8F6C /* 转 */ ||
                            (before == 0x4E4B /* 之 */ && bs >= 3 &&
                             wsuffix (x->w->address_units, t, 0, bs) > 0)))
    excluded = "code";                                 /* 转6185 (an extension), 四楼之1 (an address) */
  else if (arabic && !u && !(rp->n.style & (DS_NUMERAL_STYLE_DECIMAL | DS_NUMERAL_STYLE_SEPARATOR)) &&
           (rp->n.n_chars >= 7 || (rp->n.n_chars >= 2 && t[rp->s] == '0')))
    excluded = "code";                                 /* 05102027号 */
  else if (!u && !rank && is_year_like (rp) && !approx && !table_value_cell (x, rp->s, rp->e))
    excluded = "date";                                 /* 2023中国…; not | 1091 | under | 美国 | */
  else if (!u && !rank && (rp->n.style & DS_NUMERAL_STYLE_DIGITS) && !(rp->n.style & DS_NUMERAL_STYLE_DECIMAL))
    excluded = "code";
  else if (!u && !rank && chinese && !arabic && !g_str_equal (kind, "money") && !standalone_numeral (x, rp, c, s, e))
    excluded = "name";                                 /* 二十大, 一是, 七大政策; not 五百万 */
  else if ((rp->n.style & DS_NUMERAL_STYLE_DIGITS) && !(rp->n.style & DS_NUMERAL_STYLE_DECIMAL))
    excluded = "code";
  else if (chinese && !arabic && rp->n.n_chars == 1 && rp->n.value == 1 && !approx && !rank &&
           !g_str_equal (kind, "money") && !g_str_equal (kind, "percent") && !one_counts (x, rp, before))
    excluded = "article";                              /* 一个, 一批, 一年来 */
  else if (chinese && !arabic && ds_numeral_multiplier_exponent (c) >= 2 && !approx &&
           (g_str_equal (kind, "count") || g_str_equal (kind, "duration") || rank))
    excluded = "idiom";                                /* 百年, 千方百计 */
  else if (chinese && in_short_quote (x, s, e))
    excluded = "slogan";                               /* “四个转变” */
  else if (!u && !rank && at_line_start (x, s) &&
           (after == 0x3001 || after == '.' || after == 0xFF0E || after == ')' || after == 0xFF09))
    excluded = "list";
  else if (!u && !rank && (before == '(' || before == 0xFF08 || before == '[' || before == 0xFF3B || before == 0x3010) &&
           (after == ')' || after == 0xFF09 || after == ']' || after == 0xFF3D || after == 0x3011))
    excluded = "list";                                 /* (1), ［19］: list markers and notes */
  return excluded;
}
