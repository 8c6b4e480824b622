/* numbers-extract.c: finds quantities in Chinese text and resolves them: the scan.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "numbers-internal.h"

void
num_mentions_free (GArray *mentions)
{
  if (!mentions)
    return;
  for (guint i = 0; i < mentions->len; i++)
    mention_clear (&g_array_index (mentions, NumMention, i));
  g_array_free (mentions, TRUE);
}

/* ---- the document currency ---- */

/* Does the text (its first MiB, up to a NUL) contain one of the words? */
static gboolean
has_any (const char *t, gsize limit, const char *const *words)
{
  for (guint i = 0; words[i]; i++)
    if (memmem (t, limit, words[i], strlen (words[i])))
      return TRUE;
  return FALSE;
}

/* How often the words occur in the text (its first MiB, up to a NUL), counting at most max. */
static guint
count_any (const char *t, gsize limit, const char *const *words, guint max)
{
  guint n = 0;
  for (guint i = 0; words[i] && n < max; i++)
    {
      gsize wl = strlen (words[i]);
      for (const char *p = t, *end = t + limit; n < max && (p = memmem (p, (gsize) (end - p), words[i], wl)); p += wl)
        n++;
    }
  return n;
}

static const char *
local_currency (const NumWords *w, const char *t, gsize len, gboolean traditional)
{
  /* 元 is TWD in a document that says 新台币 or speaks as Taiwan's government
   * (中华民国, 行政院: a gazette that never names its currency), HKD in one that
   * talks of 港元 in Hong Kong or speaks of Hong Kong as its own (本港, 港府, 财政司),
   * and never of 人民币 */
  gsize limit = strnlen (t, MIN (len, (gsize) 1 << 20));
  gboolean cny = has_any (t, limit, w->currency_cny);
  if (has_any (t, limit, w->currency_twd) || (has_any (t, limit, w->taiwan_self) && !cny))
    return "TWD";
  if ((has_any (t, limit, w->currency_hkd) || has_any (t, limit, w->hk_self)) && has_any (t, limit, w->hk_place) && !cny)
    return "HKD";
  /* written in Traditional script and naming Hong Kong (香港, 全港, 施政报告) more often
   * than Taiwan or 人民币: a Hong Kong text */
  if (traditional)
    {
      /* (Hong Kong's words last, counted only until they outnumber the others) */
      guint other = MAX (count_any (t, limit, w->taiwan_text, 64), count_any (t, limit, w->currency_cny, 64));
      if (count_any (t, limit, w->hk_text, other + 1) > other)
        return "HKD";
    }
  return "CNY";
}

/* Does the text cite articles of a law (第9条规定, 第九条第一项)? Its 第N项/款 are then
 * locants, not ranks. */
static gboolean
legal_text (const NumWords *w, const char *t, gsize len)
{
  return has_any (t, strnlen (t, MIN (len, (gsize) 1 << 20)), w->legal_text);
}

const char *
doc_currency (const Ctx *x)
{
  if (!x->facts->currency)
    x->facts->currency = local_currency (x->w, x->t, x->len, x->facts->traditional);
  return x->facts->currency;
}

gboolean
doc_legal (const Ctx *x)
{
  if (x->facts->legal < 0)
    x->facts->legal = legal_text (x->w, x->t, x->len);
  return x->facts->legal;
}

/* ---- the scan ---- */

static inline gboolean
may_start (gunichar c)
{
  if (c < 0x80)
    return (c >= '0' && c <= '9') || c == '-';
  switch (c)
    {
    case 0x7FFB: /* 翻 */
    case 0x534A: /* 半 */
    case 0x6570: case 0x6578: case 0x51E0: case 0x5E7E: case 0x4E0A: case 0x8FD1: /* 数數几幾上近 */
    case 0x5EFF: case 0x5345: case 0x534C: /* 廿卅卌 */
    case 0x2212: case 0x8D1F: case 0x8CA0: /* − 负 負 */
      return TRUE;
    default:
      return ds_numeral_digit_value (c) >= 0 || ds_numeral_multiplier_exponent (c) != 0;
    }
}

/* may_start() for the BMP as a bitmap, built from it once */
static guint8 start_bits[0x10000 / 8];

static void
start_bits_init (void)
{
  static gsize done = 0;
  if (!g_once_init_enter (&done))
    return;
  for (gunichar c = 0; c < 0x10000; c++)
    if (may_start (c))
      start_bits[c >> 3] |= (guint8) (1u << (c & 7));
  g_once_init_leave (&done, 1);
}

GArray *
num_extract (const NumUnitTable *table, const NumWords *words, const char *text, gsize length, const NumOptions *opts,
             const char *script)
{
  start_bits_init ();
  NumOptions defaults = { FALSE, TRUE };
  DocFacts facts = { NULL, -1, script && (g_str_equal (script, "traditional") || g_str_equal (script, "mixed")) };
  Ctx x = { text, length, table, opts ? opts : &defaults, words, g_array_new (FALSE, FALSE, sizeof (NumMention)), &facts };
  gsize pos = 0;
  while (pos < length)
    {
      guchar b = (guchar) text[pos];
      if (b < 0x80)
        {
          if ((b >= '0' && b <= '9') || b == '-')
            {
              gsize next;
              extract_at (&x, pos, &next);
              pos = next;
            }
          else
            pos++;
          continue;
        }
      const char *after;
      gunichar c = ds_utf8_decode (text + pos, text + length, &after);
      gsize cl = (gsize) (after - (text + pos));
      if (c < 0x10000 ? (start_bits[c >> 3] >> (c & 7)) & 1 : may_start (c))
        {
          gsize next;
          extract_at (&x, pos, &next);
          pos = MAX (next, pos + cl);
        }
      else
        pos += cl;
    }
  add_context (&x);
  return x.out;
}
