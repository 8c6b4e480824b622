/* ds-utf8-lossy.c: --lossy for UTF-8 input, our own decoder (iconv let 5-
 * and 6-byte forms through, so the output was not UTF-8).
 *
 * One pass; well-formed sequences are Unicode's Table 3-7 (no overlongs,
 * no surrogates, nothing past U+10FFFF); each maximal subpart of an
 * ill-formed sequence becomes one U+FFFD (Unicode's recommended practice,
 * §3.9 "U+FFFD Substitution of Maximal Subparts", the WHATWG Encoding
 * Standard's UTF-8 decoder): "\xE4\xB8" then "a" gives U+FFFD "a"; "\xC0\xAF"
 * gives two; a 5-byte form gives five.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-input.h"

/* The length of the well-formed sequence at @p (0 if ill-formed), and in
 * @subpart the length of its maximal subpart when ill-formed. */
static gsize
sequence_length (const guchar *p, const guchar *end, gsize *subpart)
{
  guchar c = p[0];
  gsize n;
  guchar lo = 0x80, hi = 0xBF; /* the range of the second byte */

  if (c >= 0xC2 && c <= 0xDF)
    n = 2;
  else if (c >= 0xE0 && c <= 0xEF)
    {
      n = 3;
      if (c == 0xE0)
        lo = 0xA0;
      else if (c == 0xED)
        hi = 0x9F;
    }
  else if (c >= 0xF0 && c <= 0xF4)
    {
      n = 4;
      if (c == 0xF0)
        lo = 0x90;
      else if (c == 0xF4)
        hi = 0x8F;
    }
  else
    {
      *subpart = 1; /* 80..C1, F5..FF never start a sequence */
      return 0;
    }

  gsize i = 1;
  for (; i < n && p + i < end; i++)
    {
      guchar b = p[i];
      if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
        break;
    }
  if (i == n)
    return n;
  *subpart = i;
  return 0;
}

void
_ds_utf8_decode_lossy (const char *data, gsize length, gsize base, GString *out, DsReplacements *rep)
{
  const guchar *p = (const guchar *) data, *end = p + length;
  const guchar *run = p; /* start of the valid bytes not yet copied */

  while (p < end)
    {
      if (*p < 0x80)
        {
          p++;
          continue;
        }
      gsize subpart = 0;
      gsize n = sequence_length (p, end, &subpart);
      if (n > 0)
        {
          p += n;
          continue;
        }
      g_string_append_len (out, (const char *) run, p - run);
      g_string_append (out, "\xEF\xBF\xBD");
      _ds_replacements_add (rep, base + (gsize) (p - (const guchar *) data), subpart);
      p += subpart;
      run = p;
    }
  g_string_append_len (out, (const char *) run, p - run);
}

void
_ds_replacements_add (DsReplacements *rep, gsize offset, gsize n_bytes)
{
  if (rep->n_at < DS_REPLACED_AT_MAX)
    rep->at[rep->n_at++] = offset;
  rep->bytes += (guint) n_bytes;
}
