/* ds-segment.c: paragraph and sentence spans of a text.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h"

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
  for (gsize i = 0; i < length; i++)
    {
      if (text[i] == '\n')
        {
          append_trimmed (text, line_start, i, out);
          line_start = i + 1;
        }
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
           * E3 (。) and EF (！？；｡): decode only those. */
          guchar b = (guchar) text[i];
          if (b < 0x80)
            {
              i++;
              if (b != '!' && b != '?')
                continue;
            }
          else if (b != 0xE2 && b != 0xE3 && b != 0xEF)
            {
              i += g_utf8_skip[b];
              continue;
            }
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
