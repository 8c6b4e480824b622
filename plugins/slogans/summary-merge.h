/* summary-merge.h: docsift-summary --merge, reading its own JSON
 * summaries back (see summary.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slogans-totals.h"

/* What was skipped: how much, and where the first one was. */
typedef struct
{
  gint64 count;
  char *first;  /* "FILE:LINE" */
  gboolean quiet; /* TRUE: nothing on stderr (the fuzz harness) */
} SummaryBad;

/* Notes one skipped line or summary at @where (with @why on stderr unless
 * @bad is quiet). */
void summary_bad_add (SummaryBad *bad, const char *where, const char *why);

/* Adds every summary in @data (one or more JSON objects one after the
 * other, as docsift-summary writes them, pretty or --compact, or
 * concatenated by cat) to @s; what is not a summary is skipped and noted
 * in @bad. @name is the file's name for messages. */
void summary_merge_data (SloganSummary *s, const char *data, gsize len, const char *name, SummaryBad *bad);
