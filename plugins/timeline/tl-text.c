/* tl-text.c: decoding and folding the text (dashes, ○, full width), names
 * of granularities and tenses.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "tl-internal.h"

/* The grammar reads the normalized view (Simplified, half-width: the plugin
 * requires it), so the folding left here is what normalize does not do:
 * the dash family to one dash, ○ to 〇, and width and spaces again for
 * callers that scan raw text (unit tests, meta.published). */
static guint16 *fold_bmp;       /* folded value of every BMP character */
guint8 trig_static[8192]; /* characters an expression may start with */

static gunichar
fold_char (gunichar c)
{
  if (c >= 0xFF01 && c <= 0xFF5E)
    return c - 0xFEE0;
  if (c == 0x3000 || c == 0xA0)
    return ' ';
  if (c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2212 || c == 0xFE63 || c == 0x2012)
    return 0x2014; /* dash family → — (kept distinct from ASCII '-') */
  if (c == 0x25CB || c == 0x25EF)
    return 0x3007; /* ○ ◯ → 〇 */
  return c;
}

static void
fold_init (void)
{
  static gsize once = 0;
  if (g_once_init_enter (&once))
    {
      guint16 *bmp = g_new (guint16, 0x10000);
      for (gunichar c = 0; c < 0x10000; c++)
        bmp[c] = (guint16) fold_char (c);
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
  return fold_char (c);
}

TlText *
tl_text_new (const char *text, gsize length)
{
  fold_init ();
  TlText *t = g_new0 (TlText, 1);
  t->text = text;
  t->len = length;
  t->cp = g_new (gunichar, length + 8);
  t->off_block = g_new (gsize, (length >> TL_OFF_BLOCK_SHIFT) + 1);
  t->off_delta = g_new (guint8, length + 1);
  gsize n = 0;
  const char *p = text, *end = text + length;
  while (p < end)
    {
      gsize off = (gsize) (p - text);
      if ((n & ((1u << TL_OFF_BLOCK_SHIFT) - 1)) == 0)
        t->off_block[n >> TL_OFF_BLOCK_SHIFT] = off;
      t->off_delta[n] = (guint8) (off - t->off_block[n >> TL_OFF_BLOCK_SHIFT]);
      if ((guchar) *p < 0x80)
        {
          t->cp[n++] = (guchar) *p++;
          continue;
        }
      const char *next;
      gunichar c = ds_utf8_decode (p, end, &next);
      t->cp[n++] = c == DS_UNICHAR_INVALID ? 0xFFFD : fold (c); /* broken UTF-8: U+FFFD for one byte */
      p = next;
    }
  if ((n & ((1u << TL_OFF_BLOCK_SHIFT) - 1)) == 0)
    t->off_block[n >> TL_OFF_BLOCK_SHIFT] = length;
  t->off_delta[n] = (guint8) (length - t->off_block[n >> TL_OFF_BLOCK_SHIFT]);
  /* sized for one code point per byte: give back what a CJK text leaves */
  t->cp = g_renew (gunichar, t->cp, n + 8);
  t->off_block = g_renew (gsize, t->off_block, (n >> TL_OFF_BLOCK_SHIFT) + 1);
  t->off_delta = g_renew (guint8, t->off_delta, n + 1);
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
  g_free (t->off_block);
  g_free (t->off_delta);
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
