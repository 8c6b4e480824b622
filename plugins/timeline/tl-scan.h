/* tl-scan.h: the timeline plugin's recogniser and resolver: finds date
 * expressions in Chinese text, resolves them to inclusive day intervals
 * against a reference (publication) date, and finds the clause each dates.
 * Works on plain UTF-8 (original or normalized view); no docsift objects,
 * so unit tests and the Recognizers-Text spec test drive it directly.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>
#include "tl-date.h"
#include "tl-words.h"

G_BEGIN_DECLS

typedef enum
{
  TL_GRAN_NONE,
  TL_GRAN_MINUTE,
  TL_GRAN_DAY,
  TL_GRAN_WEEK,
  TL_GRAN_MONTH,
  TL_GRAN_QUARTER,
  TL_GRAN_HALF,
  TL_GRAN_YEAR,
  TL_GRAN_YEARS,
} TlGran;

typedef enum
{
  TL_TENSE_NONE,
  TL_TENSE_PAST,
  TL_TENSE_ONGOING,
  TL_TENSE_PLANNED,
} TlTense;

typedef struct
{
  gsize start, end;        /* bytes of the scanned text */
  gboolean has_from, has_to;
  gint32 from, to;         /* day numbers (tl-date.h), inclusive */
  int from_min, to_min;    /* minute of the day, -1 when none */
  TlGran gran;
  gboolean resolved;       /* FALSE: see @reason */
  gboolean vague;
  gboolean relative;       /* resolved against @anchor */
  gboolean repaired;       /* e.g. (20212035) read as 2021–2035 */
  const char *anchor;      /* static: "reference", "context" (a year/month met before), NULL */
  const char *bound;       /* static: "until", "since", NULL */
  const char *kind;        /* static: date, relative, plan, holiday, lunar, political, anniversary, period */
  char *reason;            /* owned: why it is unresolved */
  char *note;              /* owned: how it was derived, when not obvious */
  gsize ev_start, ev_end;  /* the clause it dates (bytes) */
  TlTense tense;
} TlExpr;

typedef struct
{
  const TlLunarTable *lunar;    /* nullable: no lunar holidays without it */
  const TlPolCalendar *pol;     /* nullable */
  const TlHolidays *hol;        /* nullable: no holidays without it */
  const TlSolarTerms *terms;    /* nullable: no solar terms without it */
  const TlWords *words;         /* the grammar's word lists (config/timeline-words.txt); nullable: empty lists */
} TlTables;

typedef struct
{
  gboolean has_ref;
  gint32 ref;         /* reference (publication) day */
  gboolean has_ref_time;
  int ref_min;        /* its minute of the day (for 三小时后, 20分钟前) */
  int taiwan;         /* -1 auto (中華民國/民國 in the text), 0 no, 1 yes: 国庆 = 10-10, bare 98年 = Minguo */
} TlScanOptions;

typedef struct _TlText TlText;

/* Decodes and folds (full-width → ASCII, Traditional → Simplified for the
 * characters the grammar uses) once; @text must stay alive. */
TlText *tl_text_new (const char *text, gsize length);
void tl_text_free (TlText *t);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TlText, tl_text_free)

/* All expressions in text order, with events and tense. Free with g_array_unref. */
GArray *tl_scan (const TlTables *tables, const TlText *text, const TlScanOptions *opts);

/* The publication date from page chrome: labelled header lines (发布时间:,
 * 日期:…), a line that is only a date near the top, or the first full date
 * of the first paragraph. @source gets a static description. */
gboolean tl_find_published (const TlTables *tables, const TlText *text,
                            gint32 *day, int *minute, const char **source,
                            gsize *start, gsize *end);

/* Sort by from (to for until-bounds), then position; unresolved last. */
void tl_sort (GArray *exprs);

const char *tl_gran_name (TlGran g);
const char *tl_tense_name (TlTense t);
/* "2022-01-05" or "2022-01-05T09:16" */
void tl_format_point (gint32 day, int minute, char *out, gsize size);

G_END_DECLS
