/* slogans-totals: slogan counts of many docsift documents, by year.
 *
 * Shared by docsift-summary (summary.c) and docsift-report, so both show
 * the same totals: layers.slogans.items (count, quoted, documents) added up
 * across documents and by the year of meta.published (YYYY-…; documents
 * without it count under "unknown").
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

typedef struct
{
  char *slogan;
  char *kind;
  char *category;
  gint64 count, quoted, documents;
  GHashTable *by_year; /* char* year -> gint64* */
} SloganTotal;

typedef struct
{
  GHashTable *totals;  /* slogan -> SloganTotal* */
  GHashTable *years;   /* year -> gint64* documents */
  gint64 documents, with_slogans, bad_lines;
} SloganSummary;

/* Errors of slogan_summary_add_summary() (code 0: not a summary). */
#define SLOGAN_SUMMARY_ERROR (slogan_summary_error_quark ())
GQuark slogan_summary_error_quark (void);

void slogan_summary_init (SloganSummary *s);
void slogan_summary_clear (SloganSummary *s);

/* Counts one docsift document (a parsed JSON Lines record). */
void slogan_summary_add_document (SloganSummary *s, JsonObject *doc);

/* Adds a summary docsift-summary wrote (its JSON: documents,
 * documents_with_slogans, years, slogans with by_year): merging the
 * summaries of parts gives the totals of the whole, in any order and
 * grouping. Checked whole first; FALSE with @error (nothing added) when it
 * is not such a summary. A slogan's kind and category are the smallest
 * (strcmp) of those seen, in documents and summaries alike. */
gboolean slogan_summary_add_summary (SloganSummary *s, JsonObject *summary, GError **error);

/* "2021-03-05" -> "2021"; anything else (or NULL) -> "unknown". */
char *slogan_summary_year_of (const char *published);

/* The years seen, sorted; the strings belong to @s. */
GPtrArray *slogan_summary_years (SloganSummary *s);

/* Totals counted at least @min_count times, most frequent first (then most
 * documents, then by slogan); at most @top of them when @top > 0. */
GPtrArray *slogan_summary_rows (SloganSummary *s, gint64 min_count, guint top);

/* *(gint64 *) h[key], 0 when absent. */
gint64 slogan_summary_lookup (GHashTable *h, const char *key);
