/* facts-figures.c: which figures of the numbers layer are no measurement
 * and so no fact: size classes, bounds in table labels, list counts
 * (docs/plugins/facts.md, "Which figures").
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "facts.h"

#include <string.h>

static gboolean
starts_with (const char *p, const char *end, const char *word)
{
  gsize n = strlen (word);
  return (gsize) (end - p) >= n && memcmp (p, word, n) == 0;
}

static gboolean
number_member (const DsItem *o, const char *name)
{
  DsItemType t = ds_item_get_member_type (o, name);
  return t == DS_ITEM_TYPE_INT || t == DS_ITEM_TYPE_DOUBLE;
}

/* A bound (超过10亿元, 50亿元以上, 100亿元以下) or a range (1瓩以上至10瓩);
 * not an amount written with 多/余 (2亿多元 is about that much). */
static gboolean
is_bound (const DsItem *num)
{
  const char *a = fx_string_member (num, "approx");
  const char *text = fx_string_member (num, "text");
  if (text && (strstr (text, "多") || strstr (text, "余") || strstr (text, "餘")))
    return FALSE;
  if (a && (g_str_equal (a, "more_than") || g_str_equal (a, "at_least") || g_str_equal (a, "less_than") ||
            g_str_equal (a, "at_most")))
    return TRUE;
  return number_member (num, "low") && number_member (num, "high");
}

/* Whether the line holding @pos has no clause punctuation and no 、 (a
 * table row). */
static gboolean
in_bare_line (const FxDoc *d, gsize pos)
{
  const char *t = d->text, *end = t + d->len;
  const char *p = t + pos;
  while (p > t && p[-1] != '\n')
    p--;
  for (const char *next = NULL; p < end && *p != '\n'; p = next)
    {
      gunichar c = ds_utf8_decode (p, end, &next);
      if ((c != ':' && c != 0xFF1A && fx_is_clause_end (c)) || c == 0x3001)
        return FALSE;
    }
  return TRUE;
}

static gboolean
has_digit (const char *s)
{
  for (; s && *s; s++)
    if (g_ascii_isdigit (*s) || ((guchar) s[0] == 0xEF && (guchar) s[1] == 0xBC && (guchar) s[2] >= 0x90 &&
                                 (guchar) s[2] <= 0x99)) /* ０-９ */
      return TRUE;
  return FALSE;
}

/* A figure that is a class or a bound, not a measurement (amounts and
 * quantities only, not counts or rates): a bound or range followed by a
 * [size_class_noun], right after it or in the Han words after 的 (超过10亿元
 * 的项目, 10亿元以上项目, 1万至2.5万吨级船舶), or by 的有 (50亿元以上100亿元
 * 以下的有21个); a bound or range right before a word in a line without
 * clause punctuation (a tariff table's row label: 1瓩以上至10瓩太阳光电); an
 * amount of money right before a class noun that no [measure_noun] follows
 * (100亿元企业培育力度; not 30亿元项目投资, nor a capacity: 600MW项目), or a
 * scale without digits before one (千亿元锂电产业). */
static gboolean
is_size_class (const FxDoc *d, const FxFigure *f, const char *kind)
{
  const FxLexicon *lex = d->lex;
  if (kind == NULL || g_str_equal (kind, "count") || g_str_equal (kind, "percent") ||
      g_str_equal (kind, "percentage_point") || g_str_equal (kind, "multiple") || g_str_equal (kind, "ratio"))
    return FALSE;
  const char *end = d->text + d->len;
  const char *p = d->text + f->ve;
  gboolean de = starts_with (p, end, "的");
  if (de)
    p += strlen ("的");
  gboolean bound = is_bound (f->num);
  if (bound && de && starts_with (p, end, "有"))
    return TRUE;
  const char *q = p, *cls = NULL, *cls_end = NULL;
  for (guint n = 0; q < end && n < 8; n++)
    {
      gsize m = cls ? 0 : ds_word_set_match (lex->size_class_noun, q, end, NULL);
      if (m > 0)
        {
          cls = q;
          cls_end = q + m;
        }
      const char *next = NULL;
      if (!ds_unichar_is_han (ds_utf8_decode (q, end, &next)))
        break;
      q = next;
    }
  if (cls && bound && (de || cls == p))
    return TRUE;
  if (bound && !de && q > p && in_bare_line (d, f->vs))
    return TRUE;
  return cls && !de && g_str_equal (kind, "money") && (cls == p || !has_digit (fx_string_member (f->num, "text"))) &&
         ds_word_set_match (lex->measure_noun, cls_end, end, NULL) == 0;
}

/* A count that numbers the items of a list, a programme or a slogan, or a
 * span of years (四大攻坚行动, 七个方面, 7个“升级版”, 两个毫不动摇, 20个春秋). */
static gboolean
is_list_count (const FxDoc *d, const FxFigure *f, const char *kind)
{
  if (kind == NULL || !g_str_equal (kind, "count"))
    return FALSE;
  const char *text = fx_string_member (f->num, "text");
  if (text && g_str_has_suffix (text, "大")) /* N大 */
    return TRUE;
  const char *end = d->text + d->len;
  const char *p = d->text + f->ve;
  for (const char *next = NULL; p < end; p = next)
    {
      gunichar c = ds_utf8_decode (p, end, &next);
      if (c != 0x201C && c != 0x300C && c != '"' && c != ' ')
        break;
    }
  return ds_word_set_match (d->lex->list_count_after, p, end, NULL) > 0;
}

/* Whether the figure @f of kind @kind is a class, a bound or a list
 * count rather than a measurement. */
gboolean
fx_not_measure (const FxDoc *d, const FxFigure *f, const char *kind)
{
  return is_size_class (d, f, kind) || is_list_count (d, f, kind);
}
