/* ds-text.h: the text toolkit every plugin shares: one UTF-8 decoder and one
 * definition of a Han character.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(DOCSIFT_INSIDE) && !defined(DOCSIFT_COMPILATION)
#error "Only <docsift/docsift.h> can be included directly."
#endif

#include <glib.h>
#include <docsift/ds-version.h>

G_BEGIN_DECLS

/**
 * DS_UNICHAR_INVALID:
 *
 * What ds_utf8_decode() returns for a byte that does not start a valid UTF-8
 * sequence. It is no code point, so every character test is false for it.
 */
#define DS_UNICHAR_INVALID ((gunichar) 0xFFFFFFFFu)

/**
 * ds_utf8_decode:
 * @p: the first byte of a character
 * @end: one past the last byte that may be read (@p < @end)
 * @next: (out) (not optional): the first byte after the character
 *
 * Decodes one character of UTF-8 as RFC 3629 defines it: overlong forms,
 * surrogates (U+D800..U+DFFF), code points past U+10FFFF, stray continuation
 * bytes and sequences cut by @end are invalid. For invalid input it returns
 * %DS_UNICHAR_INVALID and sets @next to @p + 1, so a scanner always moves on
 * and never reads past @end. NUL is a character (U+0000) like any other.
 * At @end (@p >= @end) it returns %DS_UNICHAR_INVALID and sets @next to @end.
 *
 * Texts of views are valid UTF-8, so there this is a plain decoder; it is
 * always inlined because plugins call it for every character (out of line,
 * normalize's character pass was a third slower).
 *
 * Returns: the code point, or %DS_UNICHAR_INVALID
 */
G_ALWAYS_INLINE static inline gunichar
ds_utf8_decode (const char *p, const char *end, const char **next)
{
  const guchar *s = (const guchar *) p;
  if (G_UNLIKELY (p >= end))
    {
      *next = end;
      return DS_UNICHAR_INVALID;
    }
  guchar c = s[0];
  if (c < 0x80)
    {
      *next = p + 1;
      return c;
    }
  gsize avail = (gsize) (end - p);
  if (c >= 0xE0 && c <= 0xEF)
    {
      /* three bytes: the Han characters; E0 needs A0.., ED (surrogates) ..9F */
      if (avail >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80
          && !(c == 0xE0 && s[1] < 0xA0) && !(c == 0xED && s[1] >= 0xA0))
        {
          *next = p + 3;
          return ((gunichar) (c & 0x0F) << 12) | ((gunichar) (s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        }
    }
  else if (c >= 0xC2 && c <= 0xDF)
    {
      if (avail >= 2 && (s[1] & 0xC0) == 0x80)
        {
          *next = p + 2;
          return ((gunichar) (c & 0x1F) << 6) | (s[1] & 0x3F);
        }
    }
  else if (c >= 0xF0 && c <= 0xF4)
    {
      /* F0 needs 90.. (no overlong), F4 ..8F (no more than U+10FFFF) */
      if (avail >= 4 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80
          && !(c == 0xF0 && s[1] < 0x90) && !(c == 0xF4 && s[1] >= 0x90))
        {
          *next = p + 4;
          return ((gunichar) (c & 0x07) << 18) | ((gunichar) (s[1] & 0x3F) << 12)
                 | ((gunichar) (s[2] & 0x3F) << 6) | (s[3] & 0x3F);
        }
    }
  *next = p + 1;
  return DS_UNICHAR_INVALID;
}

/**
 * ds_utf8_decode_valid:
 * @p: the first byte of a character of valid UTF-8
 * @next: (out) (not optional): the first byte after the character
 *
 * The decoder for text known to be valid UTF-8, such as the text of any
 * #DsView (the core validates every document and view): no checks, so the
 * hot loops of plugins pay only for decoding (a fifth fewer instructions
 * than ds_utf8_decode() in normalize's character pass). On anything else
 * use ds_utf8_decode(): given invalid input this one returns garbage and
 * may read up to three bytes past the character.
 *
 * Returns: the code point
 */
G_ALWAYS_INLINE static inline gunichar
ds_utf8_decode_valid (const char *p, const char **next)
{
  const guchar *s = (const guchar *) p;
  guchar c = s[0];
  if (c < 0x80)
    {
      *next = p + 1;
      return c;
    }
  if (c < 0xE0)
    {
      *next = p + 2;
      return ((gunichar) (c & 0x1F) << 6) | (s[1] & 0x3F);
    }
  if (c < 0xF0)
    {
      *next = p + 3;
      return ((gunichar) (c & 0x0F) << 12) | ((gunichar) (s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    }
  *next = p + 4;
  return ((gunichar) (c & 0x07) << 18) | ((gunichar) (s[1] & 0x3F) << 12) | ((gunichar) (s[2] & 0x3F) << 6)
         | (s[3] & 0x3F);
}

/**
 * ds_utf8_prev:
 * @start: the first byte of the text
 * @p: a character boundary after @start
 *
 * Returns: the start of the character before @p (stepping back over at most
 *   three continuation bytes, never before @start), or @start if @p <= @start.
 */
G_ALWAYS_INLINE static inline const char *
ds_utf8_prev (const char *start, const char *p)
{
  if (p <= start)
    return start;
  const char *q = p - 1;
  for (int i = 0; i < 3 && q > start && (((guchar) *q) & 0xC0) == 0x80; i++)
    q--;
  return q;
}

/**
 * ds_unichar_is_han:
 * @c: a code point (or %DS_UNICHAR_INVALID)
 *
 * Whether @c is a Han character (汉字), by one range set for all of docsift,
 * as Unicode 15.1 assigns them:
 *
 * - CJK Unified Ideographs U+4E00..U+9FFF and its Extensions A (U+3400..U+4DBF),
 *   B (U+20000..U+2A6DF), C (U+2A700..U+2B739), D (U+2B740..U+2B81D),
 *   E (U+2B820..U+2CEA1), F (U+2CEB0..U+2EBE0), I (U+2EBF0..U+2EE5D, new in
 *   15.1), G (U+30000..U+3134A) and H (U+31350..U+323AF);
 * - CJK Compatibility Ideographs U+F900..U+FA6D, U+FA70..U+FAD9 and their
 *   Supplement U+2F800..U+2FA1D (they turn into unified ideographs under NFC,
 *   but documents do contain them, e.g. 﨑 and the Korean duplicates);
 * - U+3007 〇 (IDEOGRAPHIC NUMBER ZERO), written as a Han digit in 二〇二二年.
 *
 * Why this set: it is what a reader counts as a Chinese character. Radicals
 * (U+2E80.., U+2F00..), strokes (U+31C0..), ideographic punctuation and the
 * iteration mark 々 are not characters of running text, and unassigned code
 * points are not characters at all; so they are left out (unlike a test on
 * whole blocks, or on the Unicode Script property, which includes radicals
 * and 々). Every plugin and statistic uses this one test, so counts agree.
 *
 * Returns: %TRUE for a Han character
 */
G_ALWAYS_INLINE static inline gboolean
ds_unichar_is_han (gunichar c)
{
  if (c < 0x3007)
    return FALSE;
  if (c <= 0xFFFF)
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == 0x3007
           || (c >= 0xF900 && c <= 0xFAD9 && !(c == 0xFA6E || c == 0xFA6F));
  return (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0x2A700 && c <= 0x2B739)
         || (c >= 0x2B740 && c <= 0x2B81D) || (c >= 0x2B820 && c <= 0x2CEA1)
         || (c >= 0x2CEB0 && c <= 0x2EBE0) || (c >= 0x2EBF0 && c <= 0x2EE5D)
         || (c >= 0x2F800 && c <= 0x2FA1D) || (c >= 0x30000 && c <= 0x3134A)
         || (c >= 0x31350 && c <= 0x323AF);
}

G_END_DECLS
