/* facts-lexicon.c: the word lists of config/facts.txt and config/subjects.txt.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "facts.h"

#include <string.h>

static const char *const subject_classes[] = { "zone", "region", "company", "body" };

void
fx_lexicon_free (FxLexicon *lex)
{
  if (lex == NULL)
    return;
  g_clear_pointer (&lex->subject_suffixes, ds_word_set_free);
  g_clear_pointer (&lex->places, ds_word_set_free);
  g_clear_pointer (&lex->name_ends, g_free);
  g_clear_pointer (&lex->starts, g_free);
  g_clear_pointer (&lex->word_ends, g_free);
  g_clear_pointer (&lex->lists, ds_word_lists_free);
  g_clear_pointer (&lex->subjects, ds_word_lists_free);
  g_free (lex);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FxLexicon, fx_lexicon_free)

/* The bitmaps of fx_may_start(): the first character of every word of the
 * sections of each (NULL-separated; a section holds one list). */
static void
mark_starts (FxLexicon *lex)
{
  static const char *const sections[] = { "forecast_before", "target_before", "plan_before", "rule_before", NULL,
                                          "basis_yoy", "basis_mom", "basis_qoq", "basis_ytd", NULL,
                                          "increase_before", NULL, "decrease_before", NULL,
                                          "increase_only", NULL, "decrease_only", NULL,
                                          "own_clause_before", NULL, "per_year_before", NULL };
  lex->starts = g_malloc0 ((gsize) FX_N_STARTS * FX_STARTS_BYTES);
  guint which = 0;
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      if (sections[i] == NULL)
        {
          which++;
          continue;
        }
      guint8 *bits = lex->starts + (gsize) which * FX_STARTS_BYTES;
      guint n = 0;
      const char *const *words = ds_word_lists_get_words (lex->lists, sections[i], &n);
      for (guint w = 0; w < n; w++)
        {
          gunichar c = fx_decode (words[w], words[w] + strlen (words[w]));
          if (c < 0x10000)
            bits[c >> 3] |= (guint8) (1u << (c & 7));
        }
    }
  g_assert (which == FX_N_STARTS);
}

FxLexicon *
fx_lexicon_load (const char *path, const char *subjects_path, GError **error)
{
  g_autoptr(FxLexicon) lex = g_new0 (FxLexicon, 1);
  lex->lists = ds_word_lists_load (path, error);
  if (lex->lists == NULL)
    return NULL;
  lex->subjects = ds_word_lists_load (subjects_path, error);
  if (lex->subjects == NULL)
    return NULL;
  const DsWordLists *l = lex->lists;
  if (!(lex->measuring_kinds = ds_word_lists_require_set (l, "measuring_kinds", error)) ||
      !(lex->rate_kinds = ds_word_lists_require_set (l, "rate_kinds", error)) ||
      !(lex->change_up = ds_word_lists_require_set (l, "change_up", error)) ||
      !(lex->change_down = ds_word_lists_require_set (l, "change_down", error)) ||
      !(lex->comparison_before = ds_word_lists_require_set (l, "comparison_before", error)) ||
      !(lex->comparison_after = ds_word_lists_require_set (l, "comparison_after", error)) ||
      !(lex->not_subject = ds_word_lists_require_set (lex->subjects, "not_subject", error)) ||
      !(lex->level_before = ds_word_lists_require_set (l, "level_before", error)) ||
      !(lex->list_separators = ds_word_lists_require_set (l, "list_separators", error)) ||
      !(lex->respectively = ds_word_lists_require_set (l, "respectively", error)) ||
      !(lex->increase_before = ds_word_lists_require_set (l, "increase_before", error)) ||
      !(lex->decrease_before = ds_word_lists_require_set (l, "decrease_before", error)) ||
      !(lex->total_before = ds_word_lists_require_set (l, "total_before", error)) ||
      !(lex->span_back_after = ds_word_lists_require_set (l, "span_back_after", error)) ||
      !(lex->subject_stop = ds_word_lists_require_set (l, "subject_stop", error)) ||
      !(lex->subject_lead = ds_word_lists_require_set (l, "subject_lead", error)) ||
      !(lex->subject_name_words = ds_word_lists_require_set (l, "subject_name_words", error)) ||
      !(lex->increase_only = ds_word_lists_require_set (l, "increase_only", error)) ||
      !(lex->decrease_only = ds_word_lists_require_set (l, "decrease_only", error)) ||
      !(lex->size_class_noun = ds_word_lists_require_set (l, "size_class_noun", error)) ||
      !(lex->measure_noun = ds_word_lists_require_set (l, "measure_noun", error)) ||
      !(lex->list_count_after = ds_word_lists_require_set (l, "list_count_after", error)) ||
      !(lex->own_clause_before = ds_word_lists_require_set (l, "own_clause_before", error)) ||
      !(lex->forecast_before = ds_word_lists_require_set (l, "forecast_before", error)) ||
      !(lex->target_before = ds_word_lists_require_set (l, "target_before", error)) ||
      !(lex->plan_before = ds_word_lists_require_set (l, "plan_before", error)) ||
      !(lex->rule_before = ds_word_lists_require_set (l, "rule_before", error)) ||
      !(lex->modal_nouns = ds_word_lists_require_set (l, "modal_nouns", error)) ||
      !(lex->per_year_before = ds_word_lists_require_set (l, "per_year_before", error)) ||
      !(lex->not_increase = ds_word_lists_require_set (l, "not_increase", error)))
    return NULL;
  for (guint b = 0; b < G_N_ELEMENTS (fx_basis_names); b++)
    {
      g_autofree char *name = g_strconcat ("basis_", fx_basis_names[b], NULL);
      if (!(lex->basis[b] = ds_word_lists_require_set (l, name, error)))
        return NULL;
    }
  /* one set of every suffix, valued by its class; a suffix listed in two
   * classes keeps the first */
  lex->subject_suffixes = ds_word_set_new ();
  for (guint c = 0; c < G_N_ELEMENTS (subject_classes); c++)
    {
      g_autofree char *name = g_strconcat ("subject_", subject_classes[c], NULL);
      if (!ds_word_lists_require_set (lex->subjects, name, error))
        return NULL;
      guint n = 0;
      const char *const *words = ds_word_lists_get_words (lex->subjects, name, &n);
      for (guint i = 0; i < n; i++)
        ds_word_set_add (lex->subject_suffixes, words[i], (gpointer) subject_classes[c]);
    }
  if (!fx_subject_lexicon_load (lex, error))
    return NULL;
  mark_starts (lex);
  return g_steal_pointer (&lex);
}
