/* ds-utf8-lossy.c: --lossy for UTF-8 input, our own decoder (iconv let 5-
 * and 6-byte forms through, so the output was not UTF-8).
 *
 * One pass with the toolkit's ds_utf8_decode() (RFC 3629, Unicode's Table
 * 3-7: no overlongs, no surrogates, nothing past U+10FFFF); each maximal
 * subpart of an ill-formed sequence becomes one U+FFFD (Unicode's practice,
 * §3.9 "U+FFFD Substitution of Maximal Subparts", the WHATWG Encoding
 * Standard's UTF-8 decoder): "\xE4\xB8" then "a" gives U+FFFD "a"; "\xC0\xAF"
 * gives two; a 5-byte form gives five.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-input.h"

#include <docsift/ds-text.h>

/* At an ill-formed sequence (ds_utf8_decode() said so): the length of its
 * maximal subpart, the longest prefix that could still start a well-formed
 * sequence (Table 3-7: E0 needs A0..BF next, ED 80..9F, F0 90..BF, F4
 * 80..8F), at least 1. */
static gsize
maximal_subpart (const guchar *p, const guchar *end)
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
    return 1; /* 80..C1, F5..FF never start a sequence */

  gsize i = 1;
  for (; i < n && p + i < end; i++)
    {
      guchar b = p[i];
      if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
        break;
    }
  return i;
}

void
_ds_utf8_decode_lossy (const char *data, gsize length, gsize base, GString *out, DsReplacements *rep)
{
  const char *p = data, *end = data + length;
  const char *run = p; /* start of the valid bytes not yet copied */

  while (p < end)
    {
      const char *next;
      if (ds_utf8_decode (p, end, &next) != DS_UNICHAR_INVALID)
        {
          p = next;
          continue;
        }
      gsize subpart = maximal_subpart ((const guchar *) p, (const guchar *) end);
      g_string_append_len (out, run, p - run);
      g_string_append (out, "\xEF\xBF\xBD");
      _ds_replacements_add (rep, base + (gsize) (p - data), subpart);
      p += subpart;
      run = p;
    }
  g_string_append_len (out, run, p - run);
}

void
_ds_replacements_add (DsReplacements *rep, gsize offset, gsize n_bytes)
{
  if (rep->n_at < DS_REPLACED_AT_MAX)
    rep->at[rep->n_at++] = offset;
  rep->bytes += (guint) n_bytes;
}
