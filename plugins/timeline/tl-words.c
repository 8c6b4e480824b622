/* tl-words.c: see tl-words.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>

#include "tl-words.h"

#include <stdlib.h>
#include <string.h>

const TlWordsSection tl_words_sections[TL_W_N] = {
  [TL_W_ATOM_YEARS] = { "atom.years", 0, FALSE },
  [TL_W_ATOM_ENDS] = { "atom.ends", 5, FALSE },
  [TL_W_ATOM_PREV_BAD] = { "atom.prev_bad", 0, TRUE },
  [TL_W_ATOM_NEXT_OK] = { "atom.next_ok", 0, TRUE },
  [TL_W_ATOM_BAD_PREV] = { "atom.bad_prev", 0, TRUE },
  [TL_W_ATOM_BAD_NEXT] = { "atom.bad_next", 0, TRUE },
  [TL_W_ATOM_OK] = { "atom.ok", 0, TRUE },
  [TL_W_ATOM_UNTIL_PRE] = { "atom.until_pre", 0, FALSE },
  [TL_W_ATOM_SINCE_PRE] = { "atom.since_pre", 4, FALSE },
  [TL_W_ATOM_SINCE_SUF] = { "atom.since_suf", 11, FALSE },
  [TL_W_ATOM_UNTIL_SUF] = { "atom.until_suf", 7, FALSE },
  [TL_W_EVENT_PLAN_STRONG] = { "event.plan_strong", 0, FALSE },
  [TL_W_EVENT_PLAN_WEAK] = { "event.plan_weak", 0, FALSE },
  [TL_W_EVENT_FILLERS] = { "event.fillers", 0, FALSE },
  [TL_W_EVENT_PAST_STRONG] = { "event.past_strong", 0, FALSE },
  [TL_W_EVENT_PAST_WEAK] = { "event.past_weak", 0, FALSE },
  [TL_W_EVENT_ONGOING] = { "event.ongoing", 0, FALSE },
  [TL_W_EVENT_NF] = { "event.nf", 0, TRUE },
  [TL_W_EVENT_NB] = { "event.nb", 0, TRUE },
  [TL_W_HOLIDAY_TAILS] = { "holiday.tails", 19, FALSE },
  [TL_W_LEX_RANGE_CONN] = { "lex.range_conn", 0, FALSE },
  [TL_W_MONTH_PARTS] = { "month.parts", 15, FALSE },
  [TL_W_MONTH_ATTACH_TIME_PARTS] = { "month.attach_time.parts", 12, FALSE },
  [TL_W_MONTH_WKW] = { "month.wkw", 0, FALSE },
  [TL_W_MONTH_MONTH_TAIL_PARTS] = { "month.month_tail.parts", 8, FALSE },
  [TL_W_MONTH_HEADS] = { "month.heads", 4, FALSE },
  [TL_W_MONTH_WK] = { "month.wk", 0, FALSE },
  [TL_W_POLITICAL_YEAR_OF] = { "political.year_of", 0, FALSE },
  [TL_W_POLITICAL_BODIES] = { "political.bodies", 0, FALSE },
  [TL_W_POLITICAL_HEADS] = { "political.heads", 0, FALSE },
  [TL_W_POLITICAL_FILLERS] = { "political.fillers", 0, FALSE },
  [TL_W_POLITICAL_FIRSTS] = { "political.firsts", 0, FALSE },
  [TL_W_POLITICAL_LASTS] = { "political.lasts", 0, FALSE },
  [TL_W_POLITICAL_PLAN_YEAR_EXPR_FIRSTS] = { "political.plan_year_expr.firsts", 0, FALSE },
  [TL_W_POLITICAL_PLAN_YEAR_EXPR_LASTS] = { "political.plan_year_expr.lasts", 0, FALSE },
  [TL_W_RELATIVE_WK] = { "relative.wk", 0, FALSE },
  [TL_W_RELATIVE_WORDS] = { "relative.words", 15, FALSE },
  [TL_W_RELATIVE_OK] = { "relative.ok", 0, TRUE },
  [TL_W_RELATIVE_VAGUE_WORDS] = { "relative.vague_words", 0, FALSE },
  [TL_W_RELATIVE_PAST] = { "relative.past", 6, FALSE },
  [TL_W_RELATIVE_FUTURE] = { "relative.future", 6, FALSE },
  [TL_W_RELATIVE_SPENT] = { "relative.spent", 0, FALSE },
  [TL_W_RELATIVE_TAILS] = { "relative.tails", 0, FALSE },
  [TL_W_RELATIVE_SINCE_W] = { "relative.since_w", 0, FALSE },
  [TL_W_RELATIVE_AGO_W] = { "relative.ago_w", 0, FALSE },
  [TL_W_RELATIVE_LATER_W] = { "relative.later_w", 0, FALSE },
  [TL_W_RELATIVE_DOUBLE_W] = { "relative.double_w", 0, FALSE },
  [TL_W_RELATIVE_HOURS_EXPR_PAST] = { "relative.hours_expr.past", 0, FALSE },
  [TL_W_RELATIVE_HOURS_EXPR_FUTURE] = { "relative.hours_expr.future", 0, FALSE },
  [TL_W_RELATIVE_AGO] = { "relative.ago", 0, FALSE },
  [TL_W_RELATIVE_LATER] = { "relative.later", 0, FALSE },
  [TL_W_RELATIVE_WHAT] = { "relative.what", 15, FALSE },
  [TL_W_SCAN_BEFORE] = { "scan.before", 0, FALSE },
  [TL_W_SCAN_AFTER] = { "scan.after", 0, FALSE },
  [TL_W_YEARS_WORDS] = { "years.words", 8, FALSE },
  [TL_W_YEARS_SEASONS] = { "years.seasons", 0, TRUE },
  [TL_W_YEARS_ENDS] = { "years.ends", 4, FALSE },
  [TL_W_YEARS_NEXT] = { "years.next", 0, TRUE },
  [TL_W_YEARS_PREV] = { "years.prev", 0, TRUE },
  [TL_W_YEARS_SINCE_NOW] = { "years.since_now", 0, FALSE },
  [TL_W_YEARS_LAST] = { "years.last", 0, FALSE },
  [TL_W_HOLIDAY_LUNAR] = { "holiday.lunar", 0, FALSE },
  [TL_W_HOLIDAY_LUNAR_MONTHS] = { "holiday.lunar_months", 3, FALSE },
  [TL_W_MONTH_QUARTERS] = { "month.quarters", 2, FALSE },
  [TL_W_MONTH_HALVES] = { "month.halves", 2, FALSE },
  [TL_W_MONTH_WEEKS] = { "month.weeks", 0, FALSE },
  [TL_W_POLITICAL_PLAN_UNITS] = { "political.plan_units", 0, FALSE },
  [TL_W_POLITICAL_PLAN_WORDS] = { "political.plan_words", 0, FALSE },
  [TL_W_POLITICAL_PERIODS] = { "political.periods", 0, FALSE },
  [TL_W_RELATIVE_HOURS] = { "relative.hours", 0, FALSE },
  [TL_W_SCAN_COMPARE] = { "scan.compare", 0, FALSE },
  [TL_W_SCAN_LEVEL] = { "scan.level", 0, FALSE },
  [TL_W_SCAN_FORMER] = { "scan.former", 0, FALSE },
  [TL_W_SCAN_FISCAL] = { "scan.fiscal", 0, FALSE },
  [TL_W_RELATIVE_SHIXIA_BAD_PREV] = { "relative.shixia_bad_prev", 0, FALSE },
  [TL_W_RELATIVE_MUQIAN_BAD_PREV] = { "relative.muqian_bad_prev", 0, FALSE },
  [TL_W_YEARS_FISCAL_WORDS] = { "years.fiscal_words", 0, FALSE },
  [TL_W_YEARS_FIRST_LEADS] = { "years.first_leads", 0, FALSE },
  [TL_W_YEARS_LAST_LEADS] = { "years.last_leads", 0, FALSE },
  [TL_W_YEARS_FIRST_QUARTER] = { "years.first_quarter", 0, FALSE },
  [TL_W_YEARS_QUARTER_UNITS] = { "years.quarter_units", 0, FALSE },
  [TL_W_YEARS_HALVES] = { "years.halves", 2, FALSE },
  [TL_W_YEARS_THIS] = { "years.this", 0, FALSE },
  [TL_W_YEARS_ROC] = { "years.roc", 0, FALSE },
  [TL_W_YEARS_REPORTS] = { "years.reports", 0, FALSE },
  [TL_W_YEARS_REPORTS_HALF] = { "years.reports_half", 0, FALSE },
  [TL_W_YEARS_REPORTS_Q1] = { "years.reports_q1", 0, FALSE },
  [TL_W_YEARS_REPORTS_Q3] = { "years.reports_q3", 0, FALSE },
  [TL_W_UNITS_MONTHS] = { "units.months", 0, FALSE },
  [TL_W_UNITS_ANNIVERSARY] = { "units.anniversary", 0, FALSE },
  [TL_W_UNITS_SAME_PERIOD] = { "units.same_period", 0, FALSE },
};

struct _TlWords
{
  DsWordLists *lists;
  const char *const *w[TL_W_N];
  TlRelWord *rel_years, *rel_days;
  TlHeaderLabel *labels;
  const char **folds; /* from, to, from, to…, NULL */
  GHashTable *second; /* first character -> the characters that may follow */
  guint8 second_has[8192]; /* BMP bitmap of the keys of second */
};

/* the words of section @name in file order (*words, *n) and each word's
 * fields after it (never NULL; an empty vector when it has none) */
static const char *const **
section_rows (DsWordLists *lists, const char *name, const char *const **words, guint *n, GError **error)
{
  const DsWordSet *set = ds_word_lists_require_set (lists, name, error);
  if (!set)
    return NULL;
  static const char *const none[] = { NULL };
  *words = ds_word_lists_get_words (lists, name, n);
  const char *const **rows = g_new0 (const char *const *, *n + 1);
  for (guint k = 0; k < *n; k++)
    {
      gpointer v = NULL;
      ds_word_set_lookup (set, (*words)[k], -1, &v);
      rows[k] = v ? v : none;
    }
  return rows;
}

/* [relative-years] / [relative-days]: word TAB [unit TAB] offset TAB reference|context */
static TlRelWord *
relative_table (DsWordLists *lists, const char *name, gboolean with_unit, GError **error)
{
  const char *const *words;
  guint n = 0;
  g_autofree const char *const **rows = section_rows (lists, name, &words, &n, error);
  if (!rows)
    return NULL;
  TlRelWord *t = g_new0 (TlRelWord, n + 1);
  for (guint k = 0; k < n; k++)
    {
      const char *const *f = rows[k];
      guint nf = g_strv_length ((char **) f);
      guint base = with_unit ? 1 : 0;
      char *end = NULL;
      long off = nf == base + 2 ? strtol (f[base], &end, 10) : 0;
      gboolean ok = nf == base + 2 && end && !*end && off >= -100 && off <= 100
                    && (g_str_equal (f[base + 1], "reference") || g_str_equal (f[base + 1], "context"))
                    && (!with_unit || (strlen (f[0]) == 1 && strchr ("dwmq", f[0][0])));
      if (!ok)
        {
          g_set_error (error, DS_DATA_FILE_ERROR, DS_DATA_FILE_ERROR_INVALID,
                       "%s: [%s] %s: want %soffset TAB reference|context", ds_word_lists_get_path (lists), name,
                       words[k], with_unit ? "unit (d, w, m, q) TAB " : "");
          g_free (t);
          return NULL;
        }
      t[k] = (TlRelWord){ words[k], with_unit ? f[0][0] : 'y', (int) off, g_str_equal (f[base + 1], "context") };
    }
  return t;
}

/* [published.labels]: label TAB source TAB colon|line|- (each line checked
 * by check_lines() before) */
static TlHeaderLabel *
header_labels (DsWordLists *lists, const char *name, GError **error)
{
  const char *const *words;
  guint n = 0;
  g_autofree const char *const **rows = section_rows (lists, name, &words, &n, error);
  if (!rows)
    return NULL;
  TlHeaderLabel *t = g_new0 (TlHeaderLabel, n + 1);
  for (guint k = 0; k < n; k++)
    t[k] = (TlHeaderLabel){ words[k], rows[k][0], g_str_equal (rows[k][1], "colon"), g_str_equal (rows[k][1], "line") };
  return t;
}

/* [meta.folds]: spelling TAB replacement (each line checked by check_lines() before) */
static const char **
meta_folds (DsWordLists *lists, const char *name, GError **error)
{
  const char *const *words;
  guint n = 0;
  g_autofree const char *const **rows = section_rows (lists, name, &words, &n, error);
  if (!rows)
    return NULL;
  const char **f = g_new0 (const char *, 2 * n + 1);
  for (guint k = 0; k < n; k++)
    {
      f[2 * k] = words[k];
      f[2 * k + 1] = rows[k][0];
    }
  return f;
}

static TlWords *
check (DsWordLists *lists, GError **error)
{
  if (!lists)
    return NULL;
  TlWords *words = g_new0 (TlWords, 1);
  words->lists = lists;
  const char *path = ds_word_lists_get_path (lists);
  for (int k = 0; k < TL_W_N; k++)
    {
      const TlWordsSection *s = &tl_words_sections[k];
      guint n = 0;
      words->w[k] = ds_word_lists_get_words (lists, s->name, &n);
      if (!words->w[k])
        {
          g_set_error (error, DS_DATA_FILE_ERROR, DS_DATA_FILE_ERROR_MISSING_SECTION, "%s: no section [%s]", path, s->name);
          goto fail;
        }
      if ((s->fixed && n != s->fixed) || (s->chars && n != 1))
        {
          g_set_error (error, DS_DATA_FILE_ERROR, DS_DATA_FILE_ERROR_INVALID,
                       "%s: section [%s] must list %u word(s) in the documented order, it has %u", path, s->name,
                       s->chars ? 1 : s->fixed, n);
          goto fail;
        }
    }
  if (!(words->rel_years = relative_table (lists, "relative-years", FALSE, error))
      || !(words->rel_days = relative_table (lists, "relative-days", TRUE, error))
      || !(words->labels = header_labels (lists, "published.labels", error))
      || !(words->folds = meta_folds (lists, "meta.folds", error)))
    goto fail;
  const DsWordSet *pairs = ds_word_lists_require_set (lists, "start-pairs", error);
  if (!pairs)
    goto fail;
  words->second = g_hash_table_new (NULL, NULL);
  guint np = 0;
  const char *const *firsts = ds_word_lists_get_words (lists, "start-pairs", &np);
  for (guint k = 0; k < np; k++)
    {
      gpointer v = NULL;
      ds_word_set_lookup (pairs, firsts[k], -1, &v);
      const char *const *f = v;
      if (g_utf8_strlen (firsts[k], -1) != 1 || !f || !f[0] || f[1])
        {
          g_set_error (error, DS_DATA_FILE_ERROR, DS_DATA_FILE_ERROR_INVALID,
                       "%s: [start-pairs] %s: want one character TAB the characters that may follow it", path, firsts[k]);
          goto fail;
        }
      gunichar c = g_utf8_get_char (firsts[k]);
      g_hash_table_insert (words->second, GUINT_TO_POINTER (c), (gpointer) f[0]);
      if (c < 0x10000)
        words->second_has[c >> 3] |= (guint8) (1u << (c & 7));
    }
  return words;
fail:
  tl_words_free (words);
  return NULL;
}

/* the fields of [published.labels] and [meta.folds], line by line, so that a bad line is an
 * error naming the file and the line */
static gboolean
check_lines (DsDataFile *f, GError **error)
{
  if (!f)
    return FALSE;
  while (ds_data_file_next (f, error))
    {
      guint n;
      const char *const *fields = ds_data_file_get_fields (f, &n);
      const char *section = ds_data_file_get_section (f);
      if (g_strcmp0 (section, "published.labels") == 0
          && (n != 3 || !g_strv_contains ((const char *const[]){ "colon", "line", "-", NULL }, fields[2])))
        return ds_data_file_set_error (f, error, "[published.labels] “%s”: want label TAB source TAB colon|line|-",
                                       fields[0]);
      if (g_strcmp0 (section, "meta.folds") == 0 && n != 2)
        return ds_data_file_set_error (f, error, "[meta.folds] “%s”: want the spelling TAB what it becomes", fields[0]);
    }
  return !ds_data_file_failed (f);
}

TlWords *
tl_words_load (const char *path, GError **error)
{
  g_autoptr (DsDataFile) f = ds_data_file_open (path, error);
  if (!check_lines (f, error))
    return NULL;
  return check (ds_word_lists_load (path, error), error);
}

TlWords *
tl_words_new_from_data (const char *path, const char *data, gssize length, GError **error)
{
  g_autoptr (DsDataFile) f = ds_data_file_new_from_data (path, data, length);
  if (!check_lines (f, error))
    return NULL;
  return check (ds_word_lists_new_from_data (path, data, length, error), error);
}

void
tl_words_free (TlWords *words)
{
  if (!words)
    return;
  ds_word_lists_free (words->lists);
  g_free (words->rel_years);
  g_free (words->rel_days);
  g_free (words->labels);
  g_free (words->folds);
  if (words->second)
    g_hash_table_unref (words->second);
  g_free (words);
}

const char *const *const *
tl_words_get_lists (const TlWords *words)
{
  return words->w;
}

const TlRelWord *
tl_words_get_relative_years (const TlWords *words)
{
  return words->rel_years;
}

const TlRelWord *
tl_words_get_relative_days (const TlWords *words)
{
  return words->rel_days;
}

const TlHeaderLabel *
tl_words_get_header_labels (const TlWords *words)
{
  return words->labels;
}

const char *const *
tl_words_get_meta_folds (const TlWords *words)
{
  return (const char *const *) words->folds;
}

const char *
tl_words_get_second (const TlWords *words, gunichar c)
{
  if (c < 0x10000 && !((words->second_has[c >> 3] >> (c & 7)) & 1))
    return NULL;
  return g_hash_table_lookup (words->second, GUINT_TO_POINTER (c));
}
