/* numbers-words.c: the word lists of the extractor, read from a data file
 * (config/numbers-words.txt) at init.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "numbers-internal.h"

static const char *const approximations[] = { "about", "more_than", "at_least", "less_than", "at_most", "nearly", NULL };

/* The approximation lists need a known approximation as the word's field: checked
 * line by line, so that a bad line is an error naming the file and the line. */
static gboolean
check_fields (const char *path, GError **error)
{
  g_autoptr (DsDataFile) f = ds_data_file_open (path, error);
  if (!f)
    return FALSE;
  while (ds_data_file_next (f, error))
    {
      const char *section = ds_data_file_get_section (f);
      guint n;
      const char *const *fields = ds_data_file_get_fields (f, &n);
      gboolean approx = section && g_str_has_prefix (section, "approx_");
      gboolean power = section && g_str_equal (section, "percent_words");
      char *end = NULL;
      if (approx && (n != 2 || !g_strv_contains (approximations, fields[1])))
        return ds_data_file_set_error (f, error, "“%s” needs one approximation after a TAB (about, more_than, "
                                       "at_least, less_than, at_most, nearly)", fields[0]);
      if (power && (n != 2 || (g_ascii_strtoll (fields[1], &end, 10), !*fields[1] || *end)))
        return ds_data_file_set_error (f, error, "“%s” needs a power of ten after a TAB (0, -1, -2…)", fields[0]);
      if (!approx && !power && n != 1)
        return ds_data_file_set_error (f, error, "“%s”: a word of [%s] takes no other field", fields[0],
                                       section ? section : "");
    }
  return !ds_data_file_failed (f);
}

static const char *const subject_classes[] = { "subject_zone", "subject_region", "subject_company", "subject_body" };

/* subjects.txt (shared with facts): the suffixes of names, and the words that hold one but are no name */
static gboolean
load_subjects (NumWords *w, const char *path, GError **error)
{
  if (!(w->subjects = ds_word_lists_load (path, error)) ||
      !(w->not_subject = ds_word_lists_require_set (w->subjects, "not_subject", error)))
    return FALSE;
  w->subject_suffixes = ds_word_set_new ();
  w->subject_last = g_new0 (guint8, 0x10000 / 8);
  for (guint c = 0; c < G_N_ELEMENTS (subject_classes); c++)
    {
      if (!ds_word_lists_require_set (w->subjects, subject_classes[c], error))
        return FALSE;
      const char *const *words = ds_word_lists_get_words (w->subjects, subject_classes[c], NULL);
      for (guint i = 0; words[i]; i++)
        {
          ds_word_set_add (w->subject_suffixes, words[i], NULL);
          const char *end = words[i] + strlen (words[i]), *next;
          gunichar c = ds_utf8_decode (ds_utf8_prev (words[i], end), end, &next);
          if (c < 0x10000)
            w->subject_last[c >> 3] |= (guint8) (1u << (c & 7));
          else
            memset (w->subject_last, 0xFF, 0x10000 / 8);
        }
    }
  return TRUE;
}

NumWords *
num_words_load (const char *path, const char *subjects_path, GError **error)
{
  if (!check_fields (path, error))
    return NULL;
  g_autoptr (NumWords) w = g_new0 (NumWords, 1);
  w->lists = ds_word_lists_load (path, error);
  if (!w->lists || !load_subjects (w, subjects_path, error))
    return NULL;
  struct { const DsWordSet **set; const char *name; } sets[] = {
    { &w->approx_before, "approx_before" }, { &w->approx_after, "approx_after" }, { &w->filler, "filler" },
    { &w->period_place, "period_place" }, { &w->period_place_months, "period_place_months" },
    { &w->period_place_start, "period_place_start" }, { &w->half_units, "half_units" }, { &w->half_not, "half_not" },
    { &w->half_classifiers, "half_classifiers" },
    { &w->one_units, "one_units" }, { &w->one_not, "one_not" }, { &w->percent_whole, "percent_whole" },
    { &w->money_bound, "money_bound" }, { &w->money_topic, "money_topic" }, { &w->money_after, "money_after" },
    { &w->formula_ops, "formula_ops" },
    { &w->growth, "growth" }, { &w->decline, "decline" }, { &w->growth_rate, "growth_rate" },
    { &w->forecast, "forecast" }, { &w->target, "target" }, { &w->actual, "actual" },
    { &w->metric_cues, "metric_cues" }, { &w->metric_stops, "metric_stops" }, { &w->share, "share" },
    { &w->respectively, "respectively" }, { &w->time_words, "time_words" }, { &w->metric_lead, "metric_lead" },
    { &w->metric_tail, "metric_tail" }, { &w->metric_verbs, "metric_verbs" }, { &w->modal, "modal" },
    { &w->money, "money" }, { &w->temperature, "temperature" }, { &w->comparison, "comparison" },
    { &w->roc_span, "roc_span" }, { &w->list_and, "list_and" }, { &w->place_suffix, "place_suffix" },
    { &w->legal_units, "legal_units" }, { &w->appendix, "appendix" }, { &w->window, "window" },
    { &w->window_span, "window_span" }, { &w->grade_level, "grade_level" }, { &w->one_after, "one_after" },
    { &w->one_before, "one_before" }, { &w->phase_count, "phase_count" },
    { &w->metric_classifiers, "metric_classifiers" }, { &w->window_units, "window_units" },
    { &w->rule_nouns, "rule_nouns" }, { &w->list_sep, "list_sep" }, { &w->adverbial, "adverbial" },
    { &w->money_main, "money_main" }, { &w->change_connectors, "change_connectors" },
    { &w->bi_nouns, "bi_nouns" }, { &w->bi_before, "bi_before" }, { &w->comparatives, "comparatives" },
    { &w->from_nouns, "from_nouns" }, { &w->date_heads, "date_heads" }, { &w->date_head_nouns, "date_head_nouns" },
    { &w->above_below, "above_below" }, { &w->object_markers, "object_markers" }, { &w->object_not, "object_not" },
    { &w->place_ends, "place_ends" }, { &w->span_tails, "span_tails" }, { &w->day_units, "day_units" },
    { &w->road_names, "road_names" }, { &w->grade_split, "grade_split" }, { &w->money_tenths, "money_tenths" },
    { &w->money_hundredths, "money_hundredths" }, { &w->share_tails, "share_tails" },
    { &w->target_nouns, "target_nouns" }, { &w->percent_words, "percent_words" }, { &w->cue_nouns, "cue_nouns" },
    { &w->grade_before, "grade_before" }, { &w->grade_after, "grade_after" }, { &w->address_units, "address_units" },
    { &w->range_above, "range_above" }, { &w->range_to, "range_to" },
    { &w->stop_nouns, "stop_nouns" }, { &w->tail_nouns, "tail_nouns" }, { &w->lead_verbs, "lead_verbs" },
    { &w->metric_cut, "metric_cut" }, { &w->window_after, "window_after" },
    { &w->adverbial_ends, "adverbial_ends" }, { &w->table_year_headers, "table_year_headers" },
    { &w->bare_scale_approx, "bare_scale_approx" }, { &w->bare_scale_not, "bare_scale_not" },
    { &w->list_marker_after, "list_marker_after" },
  };
  w->firsts = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
    {
      if (!(*sets[i].set = ds_word_lists_require_set (w->lists, sets[i].name, error)))
        return NULL;
      /* the characters the words start with, so that word_set_find_last() probes the
       * set only where a word can start */
      guint8 *bits = g_new0 (guint8, 0x10000 / 8);
      const char *const *words = ds_word_lists_get_words (w->lists, sets[i].name, NULL);
      for (guint k = 0; words[k]; k++)
        {
          const char *next;
          gunichar c = ds_utf8_decode (words[k], words[k] + strlen (words[k]), &next);
          if (c < 0x10000)
            bits[c >> 3] |= (guint8) (1u << (c & 7));
          else
            memset (bits, 0xFF, 0x10000 / 8); /* (none today: then probe everywhere) */
        }
      g_hash_table_insert (w->firsts, (gpointer) *sets[i].set, bits);
    }
  w->percent_whole_first = g_hash_table_lookup (w->firsts, w->percent_whole);
  w->percent_first = g_hash_table_lookup (w->firsts, w->percent_words);
  w->object_first = g_hash_table_lookup (w->firsts, w->object_markers);
  w->range_above_first = g_hash_table_lookup (w->firsts, w->range_above);
  w->stop_nouns_first = g_hash_table_lookup (w->firsts, w->stop_nouns);
  /* 较, 比, 由, 从, 在 and the first characters of [comparatives] and [metric_cut] */
  w->cut_first = g_new0 (guint8, 0x10000 / 8);
  const guint8 *cmp = g_hash_table_lookup (w->firsts, w->comparatives), *cut = g_hash_table_lookup (w->firsts, w->metric_cut);
  for (guint k = 0; k < 0x10000 / 8; k++)
    w->cut_first[k] = cmp[k] | cut[k];
  const gunichar singles[] = { 0x8F83 /* 较 */, 0x6BD4 /* 比 */, 0x7531 /* 由 */, 0x4ECE /* 从 */, 0x5728 /* 在 */ };
  for (guint k = 0; k < G_N_ELEMENTS (singles); k++)
    w->cut_first[singles[k] >> 3] |= (guint8) (1u << (singles[k] & 7));
  struct { const char *const **words; const char *name; } lists[] = {
    { &w->currency_twd, "currency_twd" }, { &w->taiwan_self, "taiwan_self" }, { &w->currency_hkd, "currency_hkd" },
    { &w->hk_self, "hk_self" }, { &w->hk_place, "hk_place" }, { &w->currency_cny, "currency_cny" },
    { &w->legal_text, "legal_text" }, { &w->hk_text, "hk_text" }, { &w->taiwan_text, "taiwan_text" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (!ds_word_lists_require_set (w->lists, lists[i].name, error) ||
        !(*lists[i].words = ds_word_lists_get_words (w->lists, lists[i].name, NULL)))
      return NULL;
  return g_steal_pointer (&w);
}

void
num_words_free (NumWords *words)
{
  if (!words)
    return;
  ds_word_lists_free (words->lists);
  ds_word_lists_free (words->subjects);
  g_free (words->cut_first);
  g_free (words->subject_last);
  if (words->subject_suffixes)
    ds_word_set_free (words->subject_suffixes);
  if (words->firsts)
    g_hash_table_unref (words->firsts);
  g_free (words);
}

gssize
word_set_find_last (const NumWords *w, const DsWordSet *ws, const char *t, gsize s, gsize e, gsize *wlen)
{
  const guint8 *bits = g_hash_table_lookup (w->firsts, ws);
  for (gsize p = e; p-- > s;)
    {
      if (((guchar) t[p] & 0xC0) == 0x80)
        continue; /* inside a character */
      const char *next;
      gunichar c = ds_utf8_decode (t + p, t + e, &next);
      if (bits && c < 0x10000 && !((bits[c >> 3] >> (c & 7)) & 1))
        continue;
      gsize n = ds_word_set_match (ws, t + p, t + e, NULL);
      if (n)
        {
          *wlen = n;
          return (gssize) p;
        }
    }
  return -1;
}
