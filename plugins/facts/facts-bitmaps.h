/* facts-bitmaps.h: bitmaps of the BMP that let the subject search skip
 * the characters where no word of a list can end (facts-subject.c only).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "facts.h"

#include <string.h>

/* Three bitmaps of the BMP in one block: the last characters of the words,
 * those that are words alone (市, 区), and the characters before a last one. */
#define FX_BITMAP_BYTES (0x10000 / 8)
#define FX_LAST 0
#define FX_SINGLE FX_BITMAP_BYTES
#define FX_PENULT (2 * FX_BITMAP_BYTES)

static inline void
bit_set (guint8 *bits, gunichar c)
{
  if (c < 0x10000)
    bits[c >> 3] |= (guint8) (1u << (c & 7));
}

static inline gboolean
bit_test (const guint8 *bits, gunichar c)
{
  return c < 0x10000 && (bits[c >> 3] & (1u << (c & 7)));
}

/* Marks the last two characters of every word of @section. */
static inline void
mark_last_chars (guint8 *bits, const DsWordLists *lists, const char *section)
{
  guint n = 0;
  const char *const *words = ds_word_lists_get_words (lists, section, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *end = words[i] + strlen (words[i]);
      const char *last = ds_utf8_prev (words[i], end);
      gunichar c = fx_decode (last, end);
      bit_set (bits + FX_LAST, c);
      if (last == words[i])
        bit_set (bits + FX_SINGLE, c);
      else
        bit_set (bits + FX_PENULT, fx_decode (ds_utf8_prev (words[i], last), last));
    }
}

/* Some suffix, place, scope or cue word may end at @q: its last two
 * characters are as in one of them (most places of a text are not: two bit
 * tests instead of four word-set probes). */
static inline gboolean
may_end_with (const FxLexicon *lex, gunichar before, gunichar last)
{
  const guint8 *bits = lex->name_ends;
  return bit_test (bits + FX_LAST, last) && (bit_test (bits + FX_SINGLE, last) || bit_test (bits + FX_PENULT, before));
}

/* The bitmaps of lex->word_ends: the last character of every word of a
 * set the name walks probe at every character (most characters end none:
 * one bit test instead of a word-set probe). */
enum
{
  FX_END_PLACE,
  FX_END_LEAD,
  FX_END_NOT_SUBJECT,
  FX_END_STOP,
  FX_N_ENDS
};

static inline void
mark_word_ends (guint8 *bits, const DsWordLists *lists, const char *section)
{
  guint n = 0;
  const char *const *words = ds_word_lists_get_words (lists, section, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *end = words[i] + strlen (words[i]);
      bit_set (bits, fx_decode (ds_utf8_prev (words[i], end), end));
    }
}

/* Whether a word of set @which may end with @c (any character out of the BMP may). */
static inline gboolean
may_end_word (const FxLexicon *lex, guint which, gunichar c)
{
  return c >= 0x10000 || bit_test (lex->word_ends + (gsize) which * FX_BITMAP_BYTES, c);
}
