/* ds-segment.c: paragraph and sentence spans of a text.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h"

#include <string.h>

static gboolean
is_space_char (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == 0x3000 || c == 0xA0 || c == 0xFEFF ||
         g_unichar_isspace (c);
}

/* Trims white space (not newlines' meaning, all of it) off both ends of
 * [start, end) and appends it to @out unless empty. */
static void
append_trimmed (const char *text, gsize start, gsize end, GArray *out)
{
  while (start < end)
    {
      gunichar c = g_utf8_get_char (text + start);
      if (!is_space_char (c))
        break;
      start = g_utf8_next_char (text + start) - text;
    }
  while (end > start)
    {
      const char *prev = g_utf8_find_prev_char (text + start, text + end);
      if (prev == NULL)
        break;
      if (!is_space_char (g_utf8_get_char (prev)))
        break;
      end = prev - text;
    }
  if (end > start)
    {
      DsSpan span = { start, end };
      g_array_append_val (out, span);
    }
}

/* Paragraphs are lines: these documents (news, reports, gazettes) write one
 * paragraph per line, and blank lines only separate them. A paragraph never
 * spans a line break, so a run of blank lines yields nothing. */
void
_ds_segment_paragraphs (const char *text, gsize length, GArray *out)
{
  gsize line_start = 0;
  const char *nl;
  while (line_start < length && (nl = memchr (text + line_start, '\n', length - line_start)) != NULL)
    {
      append_trimmed (text, line_start, (gsize) (nl - text), out);
      line_start = (gsize) (nl - text) + 1;
    }
  append_trimmed (text, line_start, length, out);
}

static gboolean
is_sentence_end (gunichar c)
{
  switch (c)
    {
    case 0x3002: /* 。 */
    case 0xFF01: /* ！ */
    case 0xFF1F: /* ？ */
    case 0xFF1B: /* ； */
    case '!':
    case '?':
    case 0x2026: /* … */
    case 0xFF61: /* ｡ */
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_closer (gunichar c)
{
  switch (c)
    {
    case 0x201D: /* ” */
    case 0x2019: /* ’ */
    case 0x300D: /* 」 */
    case 0x300F: /* 』 */
    case 0xFF09: /* ） */
    case ')':
    case '"':
    case 0x300B: /* 》 */
    case 0x3011: /* 】 */
      return TRUE;
    default:
      return is_sentence_end (c);
    }
}

static const guint8 candidate_byte[256] = {
  ['!'] = 1, ['?'] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1,
};

void
_ds_segment_sentences (const char *text, gsize length, const GArray *paragraphs, GArray *out)
{
  for (guint p = 0; p < paragraphs->len; p++)
    {
      const DsSpan *par = &g_array_index (paragraphs, DsSpan, p);
      gsize start = par->start;
      gsize i = par->start;

      while (i < par->end)
        {
          /* Sentence ends are ! ? or three-byte marks led by E2 (…),
           * E3 (。) and EF (！？；｡): skip every other byte through a table
           * (those lead bytes never occur inside a character), and decode
           * only candidates. */
          const guchar *p = (const guchar *) text + i;
          const guchar *pend = (const guchar *) text + par->end;
          while (p < pend && !candidate_byte[*p])
            p++;
          i = (gsize) (p - (const guchar *) text);
          if (p == pend)
            break;
          guchar b = *p;
          if (b < 0x80)
            i++;
          else
            {
              gunichar c = g_utf8_get_char (text + i);
              i += g_utf8_skip[b];
              if (!is_sentence_end (c))
                continue;
            }
          /* keep closing quotes/brackets and repeated marks (。” ！！ ……) */
          while (i < par->end && is_closer (g_utf8_get_char (text + i)))
            i = g_utf8_next_char (text + i) - text;
          append_trimmed (text, start, i, out);
          start = i;
        }
      append_trimmed (text, start, par->end, out);
    }
}
