/* tl-text.c: decoding and folding the text (full-width, dashes, the
 * Traditional characters the grammar uses), names of granularities and
 * tenses.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "tl-internal.h"

/* Traditional → Simplified for the characters the grammar, the tense
 * markers and the political calendar use (the normalize plugin does the
 * full conversion; this keeps the plugin working on raw Traditional text). */
static const char fold_pairs[] =
  "國国後后來来當当兩两會会屆届節节慶庆個个週周這这號号時时間间開开黨党農农曆历"
  "臘腊區区縣县與与終终將将劃划計计預预實实現现達达經经續续進进過过內内從从於于"
  "點点歷历華华爭争確确標标規规統统際际議议幾几數数歲岁陽阳長长結结濟济設设務务"
  "業业復复產产穩稳樣样變变億亿萬万體体總总動动貳贰參参陸陆舉举辦办營营發发佈布"
  "訂订決决據据選选價价額额園园廠厂團团頭头輪轮啟启為为并并屆届禮礼鐘钟於于迄迄"
  "曆历閏闰臺台灣湾週周屆届冬冬臘腊綫线線线幹干層层錄录邁迈踐践歸归門门";

typedef struct
{
  gunichar t, s;
} FoldPair;

static FoldPair *fold_table;
static guint fold_n;
static guint16 *fold_bmp;       /* folded value of every BMP character */
guint8 trig_static[8192]; /* characters an expression may start with */

static gint
cmp_fold (gconstpointer a, gconstpointer b)
{
  gunichar x = ((const FoldPair *) a)->t, y = ((const FoldPair *) b)->t;
  return x < y ? -1 : x > y;
}

static void
fold_init (void)
{
  static gsize once = 0;
  if (g_once_init_enter (&once))
    {
      glong n = g_utf8_strlen (fold_pairs, -1);
      FoldPair *tab = g_new0 (FoldPair, n / 2 + 1);
      guint k = 0;
      const char *p = fold_pairs;
      while (*p)
        {
          gunichar t = g_utf8_get_char (p);
          p = g_utf8_next_char (p);
          if (!*p)
            break;
          gunichar s = g_utf8_get_char (p);
          p = g_utf8_next_char (p);
          if (t != s)
            tab[k++] = (FoldPair){ t, s };
        }
      qsort (tab, k, sizeof *tab, (int (*) (const void *, const void *)) cmp_fold);
      fold_table = tab;
      fold_n = k;
      guint16 *bmp = g_new (guint16, 0x10000);
      for (gunichar c = 0; c < 0x10000; c++)
        {
          gunichar f = c;
          if (c >= 0xFF01 && c <= 0xFF5E)
            f = c - 0xFEE0;
          else if (c == 0x3000 || c == 0xA0)
            f = ' ';
          else if (c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2212 || c == 0xFE63 || c == 0x2012)
            f = 0x2014;
          else if (c == 0x25CB || c == 0x25EF)
            f = 0x3007;
          else if (c >= 0x4E00)
            {
              FoldPair key = { c, 0 };
              const FoldPair *hit = bsearch (&key, tab, k, sizeof key, (int (*) (const void *, const void *)) cmp_fold);
              if (hit)
                f = hit->s;
            }
          bmp[c] = (guint16) f;
        }
      fold_bmp = bmp;
      for (gunichar c = 0; c < 0x10000; c++)
        if (may_start_static (bmp[c]))
          trig_static[c >> 3] |= (guint8) (1u << (c & 7));
      g_once_init_leave (&once, 1);
    }
}

gunichar
fold (gunichar c)
{
  if (c < 0x80)
    return c;
  if (c < 0x10000 && fold_bmp)
    return fold_bmp[c];
  if (c >= 0xFF01 && c <= 0xFF5E)
    return c - 0xFEE0;
  if (c == 0x3000 || c == 0xA0)
    return ' ';
  if (c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2212 || c == 0xFE63 || c == 0x2012)
    return 0x2014; /* dash family → — (kept distinct from ASCII '-') */
  if (c == 0x25CB || c == 0x25EF)
    return 0x3007; /* ○ ◯ → 〇 */
  if (c >= 0x4E00 && fold_n)
    {
      FoldPair key = { c, 0 };
      const FoldPair *hit = bsearch (&key, fold_table, fold_n, sizeof key,
                                     (int (*) (const void *, const void *)) cmp_fold);
      if (hit)
        return hit->s;
    }
  return c;
}


TlText *
tl_text_new (const char *text, gsize length)
{
  fold_init ();
  TlText *t = g_new0 (TlText, 1);
  t->text = text;
  t->len = length;
  t->cp = g_new (gunichar, length + 8);
  t->off = g_new (gsize, length + 1);
  gsize n = 0;
  const guchar *u = (const guchar *) text;
  gsize i = 0;
  /* decoded inline (g_utf8_get_char_validated per character cost as much as
   * the folding): ASCII directly; longer sequences validated as GLib does
   * (no overlongs, surrogates or values past U+10FFFF), else U+FFFD for one byte */
  while (i < length)
    {
      guchar b = u[i];
      t->off[n] = i;
      if (b < 0x80)
        {
          t->cp[n++] = b;
          i++;
          continue;
        }
      gunichar c = 0xFFFD;
      gsize len = 1;
      if (b >= 0xC2 && b <= 0xDF)
        {
          if (i + 1 < length && (u[i + 1] & 0xC0) == 0x80)
            {
              c = ((gunichar) (b & 0x1F) << 6) | (u[i + 1] & 0x3F);
              len = 2;
            }
        }
      else if (b >= 0xE0 && b <= 0xEF)
        {
          if (i + 2 < length && (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80)
            {
              gunichar v = ((gunichar) (b & 0x0F) << 12) | ((gunichar) (u[i + 1] & 0x3F) << 6) | (u[i + 2] & 0x3F);
              if (v >= 0x800 && (v & 0xFFFFF800) != 0xD800)
                {
                  c = v;
                  len = 3;
                }
            }
        }
      else if (b >= 0xF0 && b <= 0xF4)
        {
          if (i + 3 < length && (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80 && (u[i + 3] & 0xC0) == 0x80)
            {
              gunichar v = ((gunichar) (b & 0x07) << 18) | ((gunichar) (u[i + 1] & 0x3F) << 12)
                           | ((gunichar) (u[i + 2] & 0x3F) << 6) | (u[i + 3] & 0x3F);
              if (v >= 0x10000 && v < 0x110000)
                {
                  c = v;
                  len = 4;
                }
            }
        }
      t->cp[n++] = fold (c);
      i += len;
    }
  t->off[n] = length;
  memset (t->cp + n, 0, 8 * sizeof (gunichar));
  t->n = n;
  return t;
}

void
tl_text_free (TlText *t)
{
  if (!t)
    return;
  g_free (t->cp);
  g_free (t->off);
  g_free (t);
}


const char *
tl_gran_name (TlGran g)
{
  static const char *names[] = { NULL, "minute", "day", "week", "month", "quarter", "half", "year", "years" };
  return g <= TL_GRAN_YEARS ? names[g] : NULL;
}

const char *
tl_tense_name (TlTense t)
{
  static const char *names[] = { NULL, "past", "ongoing", "planned" };
  return t <= TL_TENSE_PLANNED ? names[t] : NULL;
}

void
tl_format_point (gint32 day, int minute, char *out, gsize size)
{
  char d[24];
  tl_format_day (day, d, sizeof d);
  if (minute >= 0)
    snprintf (out, size, "%sT%02d:%02d", d, minute / 60, minute % 60);
  else
    snprintf (out, size, "%s", d);
}
