/* test-lexicon.h: the shipped lexicon and word lists, for the unit tests
 * (config/ or $DOCSIFT_DATA_DIR).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slogans-lexicon.h"

static inline SloganLexicon *
load_lexicon (void)
{
  const char *dir = g_getenv ("DOCSIFT_DATA_DIR");
  g_autoptr (GError) error = NULL;
  SloganLexicon *lex = slogan_lexicon_new ();
  g_autofree char *words = g_build_filename (dir ? dir : "config", "slogans-words.txt", NULL);
  g_autofree char *path = g_build_filename (dir ? dir : "config", "slogans.txt", NULL);
  g_assert_true (slogan_lexicon_load_words (lex, words, &error));
  g_assert_no_error (error);
  g_assert_true (slogan_lexicon_add_file (lex, path, &error));
  g_assert_no_error (error);
  slogan_lexicon_finish (lex);
  return lex;
}
