/* tl-words.h: the word lists of the timeline grammar, read at init from
 * config/timeline-words.txt (one [section] per list; see the file). The
 * grammar reaches a list by its id: W (sc, TL_W_HOLIDAY_TAILS) is the
 * NULL-terminated list, in file order.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  TL_W_ATOM_YEARS,
  TL_W_ATOM_ENDS,
  TL_W_ATOM_PREV_BAD,
  TL_W_ATOM_NEXT_OK,
  TL_W_ATOM_BAD_PREV,
  TL_W_ATOM_BAD_NEXT,
  TL_W_ATOM_OK,
  TL_W_ATOM_UNTIL_PRE,
  TL_W_ATOM_SINCE_PRE,
  TL_W_ATOM_SINCE_SUF,
  TL_W_ATOM_UNTIL_SUF,
  TL_W_EVENT_PLAN_STRONG,
  TL_W_EVENT_PLAN_WEAK,
  TL_W_EVENT_FILLERS,
  TL_W_EVENT_PAST_STRONG,
  TL_W_EVENT_PAST_WEAK,
  TL_W_EVENT_ONGOING,
  TL_W_EVENT_NF,
  TL_W_EVENT_NB,
  TL_W_HOLIDAY_TAILS,
  TL_W_LEX_RANGE_CONN,
  TL_W_MONTH_PARTS,
  TL_W_MONTH_ATTACH_TIME_PARTS,
  TL_W_MONTH_WKW,
  TL_W_MONTH_MONTH_TAIL_PARTS,
  TL_W_MONTH_HEADS,
  TL_W_MONTH_WK,
  TL_W_POLITICAL_YEAR_OF,
  TL_W_POLITICAL_BODIES,
  TL_W_POLITICAL_HEADS,
  TL_W_POLITICAL_FILLERS,
  TL_W_POLITICAL_FIRSTS,
  TL_W_POLITICAL_LASTS,
  TL_W_POLITICAL_PLAN_YEAR_EXPR_FIRSTS,
  TL_W_POLITICAL_PLAN_YEAR_EXPR_LASTS,
  TL_W_RELATIVE_WK,
  TL_W_RELATIVE_WORDS,
  TL_W_RELATIVE_OK,
  TL_W_RELATIVE_VAGUE_WORDS,
  TL_W_RELATIVE_PAST,
  TL_W_RELATIVE_FUTURE,
  TL_W_RELATIVE_SPENT,
  TL_W_RELATIVE_TAILS,
  TL_W_RELATIVE_SINCE_W,
  TL_W_RELATIVE_AGO_W,
  TL_W_RELATIVE_LATER_W,
  TL_W_RELATIVE_DOUBLE_W,
  TL_W_RELATIVE_HOURS_EXPR_PAST,
  TL_W_RELATIVE_HOURS_EXPR_FUTURE,
  TL_W_RELATIVE_AGO,
  TL_W_RELATIVE_LATER,
  TL_W_RELATIVE_WHAT,
  TL_W_SCAN_BEFORE,
  TL_W_SCAN_AFTER,
  TL_W_YEARS_WORDS,
  TL_W_YEARS_SEASONS,
  TL_W_YEARS_ENDS,
  TL_W_YEARS_NEXT,
  TL_W_YEARS_PREV,
  TL_W_YEARS_SINCE_NOW,
  TL_W_YEARS_LAST,
  TL_W_HOLIDAY_LUNAR,
  TL_W_HOLIDAY_LUNAR_MONTHS,
  TL_W_MONTH_QUARTERS,
  TL_W_MONTH_HALVES,
  TL_W_MONTH_WEEKS,
  TL_W_POLITICAL_PLAN_UNITS,
  TL_W_POLITICAL_PLAN_WORDS,
  TL_W_POLITICAL_PERIODS,
  TL_W_RELATIVE_HOURS,
  TL_W_SCAN_COMPARE,
  TL_W_SCAN_LEVEL,
  TL_W_SCAN_FORMER,
  TL_W_SCAN_FISCAL,
  TL_W_RELATIVE_SHIXIA_BAD_PREV,
  TL_W_RELATIVE_MUQIAN_BAD_PREV,
  TL_W_YEARS_FISCAL_WORDS,
  TL_W_YEARS_FIRST_LEADS,
  TL_W_YEARS_LAST_LEADS,
  TL_W_YEARS_FIRST_QUARTER,
  TL_W_YEARS_QUARTER_UNITS,
  TL_W_YEARS_HALVES,
  TL_W_YEARS_THIS,
  TL_W_YEARS_ROC,
  TL_W_YEARS_REPORTS,
  TL_W_YEARS_REPORTS_HALF,
  TL_W_YEARS_REPORTS_Q1,
  TL_W_YEARS_REPORTS_Q3,
  TL_W_UNITS_MONTHS,
  TL_W_UNITS_ANNIVERSARY,
  TL_W_UNITS_SAME_PERIOD,
  TL_W_N,
} TlWordsId;

typedef struct
{
  const char *name;  /* the [section] */
  guint fixed;       /* > 0: exactly this many words, in this order (their position says what they mean) */
  gboolean chars;    /* one line: a set of characters */
} TlWordsSection;

extern const TlWordsSection tl_words_sections[TL_W_N];

/* an entry of [relative-years] or [relative-days] */
typedef struct
{
  const char *word;
  char unit;         /* y year, d day, w week, m month, q quarter */
  int offset;
  gboolean context;  /* relative to the year/month in context, not the reference */
} TlRelWord;

/* an entry of [published.labels] */
typedef struct
{
  const char *label, *source;
  gboolean colon;    /* needs a colon after it */
  gboolean line;     /* the date is somewhere on its line */
} TlHeaderLabel;

typedef struct _TlWords TlWords;
TlWords *tl_words_load (const char *path, GError **error);
TlWords *tl_words_new_from_data (const char *path, const char *data, gssize length, GError **error);
void tl_words_free (TlWords *words);
/* the lists by id (TL_W_N entries), for the scanner */
const char *const *const *tl_words_get_lists (const TlWords *words);
/* [relative-years] (unit 'y') and [relative-days], each ended by word = NULL */
const TlRelWord *tl_words_get_relative_years (const TlWords *words);
const TlRelWord *tl_words_get_relative_days (const TlWords *words);
/* [meta.folds]: pairs (Traditional spelling, Simplified), ended by NULL */
const char *const *tl_words_get_meta_folds (const TlWords *words);
/* [published.labels], ended by label = NULL */
const TlHeaderLabel *tl_words_get_header_labels (const TlWords *words);
/* [start-pairs]: the characters that may follow @c when it starts an
 * expression, or NULL when any may */
const char *tl_words_get_second (const TlWords *words, gunichar c);

G_END_DECLS
