/* numbers-read.c: reading a number and its unit: numeral, 多/余, multipliers, unit, exact value.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "numbers-internal.h"

char *
num_decimal_shift (const char *text, int exp10)
{
  if (!text)
    return NULL;
  gboolean neg = text[0] == '-';
  const char *s = neg ? text + 1 : text;
  const char *dot = strchr (s, '.');
  gsize intlen = dot ? (gsize) (dot - s) : strlen (s);
  GString *digits = g_string_new_len (s, intlen);
  if (dot)
    g_string_append (digits, dot + 1);
  gssize point = (gssize) intlen + exp10; /* digits before the point */
  GString *out = g_string_new (neg ? "-" : "");
  if (point <= 0)
    {
      g_string_append (out, "0.");
      for (gssize i = 0; i < -point; i++)
        g_string_append_c (out, '0');
      g_string_append (out, digits->str);
    }
  else if ((gsize) point >= digits->len)
    {
      g_string_append (out, digits->str);
      for (gsize i = digits->len; i < (gsize) point; i++)
        g_string_append_c (out, '0');
    }
  else
    {
      g_string_append_len (out, digits->str, point);
      g_string_append_c (out, '.');
      g_string_append (out, digits->str + point);
    }
  g_string_free (digits, TRUE);
  /* normalise: strip leading zeros of the integer part, trailing zeros of the fraction */
  char *r = out->str;
  gsize off = neg ? 1 : 0;
  while (r[off] == '0' && r[off + 1] && r[off + 1] != '.')
    memmove (r + off, r + off + 1, strlen (r + off));
  if (strchr (r, '.'))
    {
      gsize l = strlen (r);
      while (l && r[l - 1] == '0')
        r[--l] = '\0';
      if (l && r[l - 1] == '.')
        r[--l] = '\0';
    }
  if (g_str_equal (r, "-0"))
    memmove (r, r + 1, 2);
  return g_string_free (out, FALSE);
}

const NumUnit *
unit_match (const NumUnitTable *t, GHashTable *h, const char *text, gsize pos, gsize len)
{
  gsize cl;
  gunichar c = char_at (text, pos, len, &cl);
  if (!cl)
    return NULL;
  GPtrArray *list = g_hash_table_lookup (h, GUINT_TO_POINTER (c));
  if (!list)
    return NULL;
  for (guint i = 0; i < list->len; i++)
    {
      const NumUnit *u = list->pdata[i];
      if (pos + u->surface_len <= len && memcmp (text + pos, u->surface, u->surface_len) == 0)
        {
          /* an ASCII unit must not run on into letters: "5G" is not 5 GW */
          gsize cl2;
          gunichar next = char_at (text, pos + u->surface_len, len, &cl2);
          gunichar last = (guchar) u->surface[u->surface_len - 1];
          if (last < 0x80 && is_ascii_alpha (last) && is_ascii_alpha (next))
            continue;
          return u;
        }
    }
  return NULL;
}

/* The approximation of the longest cue of the set ending at pos (the word's
 * field), and where the cue starts; NULL if none. */
const char *
match_cue_before (const DsWordSet *ws, const char *t, gsize pos, gsize *cue_start)
{
  gpointer v = NULL;
  gsize n = pos ? ds_word_set_match_suffix (ws, t, t + pos, &v) : 0;
  if (!n)
    return NULL;
  *cue_start = pos - n;
  return ((const char *const *) v)[0];
}

/* The approximation of the longest cue of the set starting at pos. */
const char *
match_cue_after (const DsWordSet *ws, const char *t, gsize pos, gsize len, gsize *cue_end)
{
  gpointer v = NULL;
  gsize n = pos < len ? ds_word_set_match (ws, t + pos, t + len, &v) : 0;
  if (!n)
    return NULL;
  *cue_end = pos + n;
  return ((const char *const *) v)[0];
}

double
text_value (const char *s)
{
  if (!s)
    return NAN;
  double v = g_ascii_strtod (s, NULL);
  return isfinite (v) ? v : NAN;
}

/* exponent of the trailing scale characters 百/千/万/亿 (and their runs: 千万) in [s, e) */
int
trailing_scale_exponent (const char *t, gsize s, gsize e)
{
  int exp = 0;
  while (e > s)
    {
      gsize ps;
      gunichar c = char_before (t, e, &ps);
      int x = ds_numeral_multiplier_exponent (c);
      if (x < 2)
        break;
      exp += x;
      e = ps;
    }
  return exp;
}

/* 12，500元: thousands grouped with a full-width comma, before a money unit. Joins
 * the groups into r when they are there. */
static void
read_full_width_groups (const Ctx *x, Reading *r)
{
  if ((r->n.style & ~DS_NUMERAL_STYLE_ARABIC) || r->n.n_chars > 3 || !has_at (x->t, r->e, x->len, "，"))
    return;
  g_autoptr (GString) digits = g_string_new (r->n.text);
  gsize p = r->e;
  while (has_at (x->t, p, x->len, "，"))
    {
      gsize q = p + strlen ("，"), cl;
      guint n = 0;
      char group[3];
      gunichar c;
      while (n < 4 && (c = char_at (x->t, q, x->len, &cl)) && is_arabic (c))
        {
          if (n < 3)
            group[n] = (char) ('0' + ds_numeral_digit_value (c));
          n++;
          q += cl;
        }
      if (n != 3)
        break;
      g_string_append_len (digits, group, 3);
      p = q;
    }
  if (p == r->e)
    return;
  const NumUnit *u = unit_match (x->table, x->table->by_first, x->t, p, x->len);
  if (!u || !g_str_equal (u->kind, "money"))
    return;
  g_free (r->n.text);
  r->n.value = g_ascii_strtod (digits->str, NULL);
  r->n.text = g_strdup (digits->str);
  r->n.style |= DS_NUMERAL_STYLE_SEPARATOR;
  r->n.n_chars += (guint) g_utf8_strlen (x->t + r->e, (gssize) (p - r->e));
  r->n.length += p - r->e;
  r->e = p;
}

/* 3元5角, 3元5角2分, 五块五毛, 六蚊五毫, 三块五。: the sub-units after a money unit,
 * read as the decimals of the amount (r->unit_e moves past them). */
static void
read_sub_units (const Ctx *x, Reading *r)
{
  if (!r->unit || !g_str_equal (r->unit->kind, "money") || !r->n.text || strchr (r->n.text, '.') ||
      (r->n.style & DS_NUMERAL_STYLE_NEGATIVE) || r->extra_exp ||
      !ds_word_set_contains (x->w->money_main, r->unit->surface, -1))
    return;
  gsize p = r->unit_e, cl, cl2;
  int d1 = ds_numeral_digit_value (char_at (x->t, p, x->len, &cl)), d2 = -1;
  if (d1 < 0)
    return;
  gsize q = p + cl;
  gsize tenths = wprefix (x->w->money_tenths, x->t, q, x->len), hundredths;
  if (tenths)
    {
      q += tenths;
      int v = ds_numeral_digit_value (char_at (x->t, q, x->len, &cl2));
      if (v >= 0 && (hundredths = wprefix (x->w->money_hundredths, x->t, q + cl2, x->len)))
        {
          d2 = v;
          q += cl2 + hundredths;
        }
    }
  else
    {
      /* 三块五。: a lone digit after 块/蚊 that ends the phrase */
      gunichar n = char_at (x->t, q, x->len, &cl2);
      gboolean colloquial = r->unit_e - r->unit_s == strlen ("块") &&
                            (g_str_equal (r->unit->surface, "块钱") || g_str_equal (r->unit->surface, "蚊"));
      if (!colloquial || (cl2 && (ds_unichar_is_han (n) || is_arabic (n) || is_ascii_alpha (n) || n == '.' || n == '%')))
        return;
    }
  char *text = g_strdup_printf ("%s.%d%s", r->n.text, d1, d2 >= 0 ? (char[]){ (char) ('0' + d2), 0 } : "");
  g_free (r->n.text);
  r->n.text = text;
  r->n.value = g_ascii_strtod (text, NULL);
  r->n.style |= DS_NUMERAL_STYLE_DECIMAL;
  r->unit_e = q;
}

/* 一个半月, 两个半小时: after a classifier (个), 半 and a unit of time (个 + 月 is
 * 个月; 小时 is one alone); its length after 半, 0 if none (and *u untouched). */
static gsize
classifier_half_unit (const Ctx *x, const Reading *r, gsize p, const NumUnit **u)
{
  if (!ds_word_set_contains (x->w->half_classifiers, r->unit->surface, -1))
    return 0;
  gsize n = MIN (x->len - p, (gsize) 16);
  g_autofree char *joined = g_strdup_printf ("%s%.*s", r->unit->surface, (int) n, x->t + p);
  const NumUnit *j = unit_match (x->table, x->table->by_first, joined, 0, strlen (joined));
  if (j && g_str_equal (j->kind, "duration") && j->surface_len > r->unit->surface_len)
    {
      *u = j;
      return j->surface_len - r->unit->surface_len;
    }
  j = unit_match (x->table, x->table->by_first, x->t, p, x->len);
  if (!j || !g_str_equal (j->kind, "duration"))
    return 0;
  *u = j;
  return j->surface_len;
}

/* 七成半, 三年半, 一倍半: 半 after the unit is half of it more (not 三成半导体);
 * 一个半月: after a classifier, half of the unit of time after 半. */
static void
read_half (const Ctx *x, Reading *r)
{
  if (!has_at (x->t, r->unit_e, x->len, "半") || !r->n.text || strchr (r->n.text, '.') || strchr (r->n.text, '/') ||
      (r->n.style & DS_NUMERAL_STYLE_NEGATIVE) || r->extra_exp || r->approx || is_year_like (r))
    return;
  gsize after = r->unit_e + strlen ("半"), ulen = 0;
  const NumUnit *u = r->unit;
  if (!(ulen = classifier_half_unit (x, r, after, &u)) &&
      (!ds_word_set_contains (x->w->half_units, r->unit->surface, -1) ||
       wprefix (x->w->half_not, x->t, r->unit_e, x->len)))
    return;
  char *text = g_strconcat (r->n.text, ".5", NULL);
  g_free (r->n.text);
  r->n.text = text;
  r->n.value = g_ascii_strtod (text, NULL);
  r->n.style |= DS_NUMERAL_STYLE_DECIMAL;
  r->unit = u;
  r->unit_e = after + ulen;
}

/* 四個多月, 两个多小时: 多/余 between a classifier (个) and a unit of time is more
 * than the count of that unit (个 + 月 is 个月; 小时 is one alone). */
static void
read_more_unit (const Ctx *x, Reading *r)
{
  gsize cl;
  gunichar c = char_at (x->t, r->unit_e, x->len, &cl);
  if (r->approx || !(c == 0x591A /* 多 */ || c == 0x4F59 /* 余 */ || c == 0x9918 /* 餘 */))
    return;
  const NumUnit *u = r->unit;
  gsize ulen = classifier_half_unit (x, r, r->unit_e + cl, &u);
  if (!ulen)
    return;
  r->unit = u;
  r->unit_e += cl + ulen;
  r->approx = "more_than";
}

/* Reads a numeral at pos and what follows it: 多/余 (+万), spaces, a unit. */
gboolean
read_number (const Ctx *x, gsize pos, guint flags, Reading *r)
{
  memset (r, 0, sizeof *r);
  gsize k = ds_numeral_scan (x->t + pos, (gssize) (x->len - pos), flags, &r->n);
  if (!k)
    return FALSE;
  r->s = pos;
  r->e = pos + k;
  read_full_width_groups (x, r);

  /* 3千瓦, 10万千瓦, 5千克: prefer the unit that starts with the last multiplier */
  {
    gsize ps;
    gunichar last = char_before (x->t, r->e, &ps);
    int ex = ds_numeral_multiplier_exponent (last);
    if (ex >= 1 && ex <= 3 && ps > pos)
      {
        const NumUnit *u = unit_match (x->table, x->table->by_first, x->t, ps, x->len);
        if (u && u->surface_len > strlen ("千"))
          {
            DsNumeral n2;
            gsize k2 = ds_numeral_scan (x->t + pos, (gssize) (ps - pos), flags, &n2);
            if (k2 == ps - pos)
              {
                ds_numeral_clear (&r->n);
                r->n = n2;
                r->e = ps;
              }
            else
              ds_numeral_clear (&n2);
          }
      }
  }

  gsize p = r->e, cl;
  gunichar c = char_at (x->t, p, x->len, &cl);
  /* 1500多家, 20余家, 2000多万元, 10余万 */
  /* 十几年, 二十几家: 几 after a multiplier reads like 多 */
  gboolean ji = FALSE;
  if (c == 0x51E0 /* 几 */ || c == 0x5E7E /* 幾 */)
    {
      gsize ps;
      ji = ds_numeral_multiplier_exponent (char_before (x->t, r->e, &ps)) != 0;
    }
  if (c == 0x591A /* 多 */ || c == 0x4F59 /* 余 */ || c == 0x9918 /* 餘 */ || ji)
    {
      gsize q = p + cl, cl2;
      int extra = 0;
      for (;;)
        {
          gunichar d = char_at (x->t, q, x->len, &cl2);
          int ex = cl2 ? ds_numeral_multiplier_exponent (d) : 0;
          if (!ex)
            break;
          /* 千瓦 after 多: leave 千 to the unit */
          if (ex <= 3)
            {
              const NumUnit *u = unit_match (x->table, x->table->by_first, x->t, q, x->len);
              if (u && u->surface_len > cl2)
                break;
            }
          extra += ex;
          q += cl2;
        }
      const NumUnit *u = unit_match (x->table, x->table->by_first, x->t, q, x->len);
      if (u || extra)
        {
          r->approx = "more_than";
          r->extra_exp = extra;
          p = q;
        }
    }
  /* a space between an Arabic number and its unit: "200 万吨", "13 家" */
  gsize q = p;
  for (int sp = 0; sp < 2; sp++)
    {
      if (q < x->len && x->t[q] == ' ')
        q++;
      else if (has_at (x->t, q, x->len, "\xc2\xa0"))
        q += 2;
      else if (has_at (x->t, q, x->len, "\xe3\x80\x80"))
        q += 3;
      else
        break;
    }
  if (q > p && !(r->n.style & DS_NUMERAL_STYLE_ARABIC))
    q = p;
  /* 200 万吨: a multiplier after the space, before a unit; | 3.04 萬 |, 3.04 萬億:
   * one (or 万亿) that ends the amount (no word goes on after it) */
  if (q > p && !r->extra_exp)
    {
      gsize m = q, cl3;
      int ex, extra = 0;
      while ((ex = ds_numeral_multiplier_exponent (char_at (x->t, m, x->len, &cl3))) == 4 || ex == 8)
        {
          extra += ex;
          m += cl3;
        }
      if (extra)
        {
          gunichar n = char_at (x->t, m, x->len, &cl3);
          if (unit_match (x->table, x->table->by_first, x->t, m, x->len) ||
              !cl3 || !(ds_unichar_is_han (n) || is_any_digit (n) || is_ascii_alpha (n)))
            {
              r->extra_exp = extra;
              p = q = m;                               /* (the mention ends after it) */
            }
        }
    }
  const NumUnit *u = unit_match (x->table, x->table->by_first, x->t, q, x->len);
  /* kind "word": a word that starts like a unit (年轻, 成立, 零部件): no unit */
  if (u && u->kind[0] == 'w' && g_str_equal (u->kind, "word"))
    u = NULL;
  /* 二千三百萬台灣人民: a place (kind name, for postcodes: 10492台北市) after a
   * Chinese count of ten thousands is no unit; the figure stands alone */
  if (u && g_str_equal (u->kind, "name") && (r->n.style & DS_NUMERAL_STYLE_LARGE_UNIT) &&
      !(r->n.style & DS_NUMERAL_STYLE_ARABIC))
    u = NULL;
  if (u)
    {
      r->unit = u;
      r->unit_s = q;
      r->unit_e = q + u->surface_len;
      /* 块 is a classifier before a noun (一块砖头) and money at the end of a phrase
       * or before a sub-unit (三块。三块五): then it reads as 块钱 */
      if (g_str_equal (u->kind, "count") && g_str_equal (u->surface, "块"))
        {
          gsize cl4;
          gunichar n = char_at (x->t, r->unit_e, x->len, &cl4);
          const NumUnit *money = unit_match (x->table, x->table->by_first, "块钱", 0, strlen ("块钱"));
          if (money && g_str_equal (money->kind, "money") && !is_arabic (n) &&
              (!cl4 || !ds_unichar_is_han (n) || ds_numeral_digit_value (n) >= 0))
            r->unit = money;
        }
      read_half (x, r);
      read_more_unit (x, r);
      read_sub_units (x, r);
    }
  else
    r->unit_s = r->unit_e = p;
  return TRUE;
}

const char *
canonical_unit (const Ctx *x, const NumUnit *u)
{
  if (!u || !u->unit)
    return NULL;
  if (g_str_equal (u->unit, "@local"))
    return doc_currency (x);
  if (g_str_equal (u->unit, "@dollar"))
    {
      /* $5000 in a Hong Kong text is HK$, in a Taiwan one NT$; elsewhere US$ */
      const char *local = doc_currency (x);
      return g_str_equal (local, "CNY") ? "USD" : local;
    }
  return u->unit;
}
