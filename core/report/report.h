/* docsift-report: one self-contained HTML page from docsift JSON Lines.
 *
 * The files of core/report/, one job each:
 *   report-main.c      options, --help, exit status
 *   report-input.c     reading JSON Lines (files, stdin), per-document dispatch
 *   report-escape.c    HTML escaping of text and attributes, number formatting
 *   report-overview.c  corpus figures (documents, characters, scripts, failures)
 *   report-svg.c       the SVG charts: slogans by year, the timeline
 *   report-facts.c     the facts table
 *   report-marks.c     a document's text with every mention marked, and its notes
 *   report-doc.c       one document's section
 *   report-page.c      the page skeleton: head, inline CSS, the sorting script
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "slogans-totals.h"

#define REPORT_DEFAULT_MAX_DOCS 200
#define REPORT_DEFAULT_MAX_CHARS 20000
#define REPORT_MAX_FACT_ROWS 2000
#define REPORT_MAX_TIMELINE_ROWS 100
#define REPORT_MAX_FAILURES_LISTED 100

typedef struct
{
  char **layers;     /* the layers to mark, in this order; NULL: the default ones present */
  guint max_docs;    /* document sections written */
  guint max_chars;   /* code points of each document's text shown */
  char *title;
} ReportOptions;

/* One dated item of the timeline chart. */
typedef struct
{
  gint64 from, to; /* days since 1970-01-01 */
  char *tip;       /* tooltip: text, from–to */
} ReportBar;

typedef struct
{
  guint doc;        /* section number (1-based) */
  char *label;
  gint64 published; /* days, or G_MININT64 */
  GArray *bars;     /* ReportBar */
} ReportLane;

typedef struct
{
  guint doc;
  char *label;
  char *text;
  GPtrArray *cells; /* char*, one per column of ReportFacts.columns */
} ReportFactRow;

typedef struct
{
  GPtrArray *columns; /* char* flattened member names, first-seen order */
  GHashTable *index;  /* column name -> its position + 1 */
  GPtrArray *rows;    /* ReportFactRow* */
  gint64 total;       /* facts seen, including rows not kept */
} ReportFacts;

typedef struct
{
  const ReportOptions *opt;
  SloganSummary slogans;
  gint64 documents, characters, failures, bad_lines, bad_items;
  gint64 marks_hidden, docs_cut;
  GHashTable *scripts;   /* script name -> gint64* documents */
  GHashTable *layer_docs; /* layer name -> gint64* documents having it */
  GString *failures_html;  /* <li> per failure (capped) */
  GString *docs_rows;     /* <tr> per shown document */
  GString *sections;      /* the document sections */
  GPtrArray *lanes;       /* ReportLane* */
  ReportFacts facts;
  guint shown;            /* sections written */
} Report;

/* report-input.c */
typedef struct
{
  const char *file; /* input name for messages */
  guint line;
} ReportWhere;

gboolean report_read_stream (Report *r, FILE *f, const char *name);
void report_warn (const ReportWhere *where, const char *fmt, ...) G_GNUC_PRINTF (2, 3);

/* report-escape.c */
gsize report_escape_n (GString *out, const char *s, gsize len, guint max_chars);
void report_escape (GString *out, const char *s, gssize len);
void report_escape_cut (GString *out, const char *s, guint max_chars);
void report_append_number (GString *out, JsonNode *n);
char *report_node_to_text (JsonNode *n);
const char *report_get_string (JsonObject *o, const char *key);
JsonObject *report_get_object (JsonObject *o, const char *key);
JsonArray *report_get_array (JsonObject *o, const char *key);
gboolean report_get_int (JsonObject *o, const char *key, gint64 *out);
void report_css_class (GString *out, const char *name);

/* report-overview.c */
void report_init (Report *r, const ReportOptions *opt);
void report_clear (Report *r);
void report_count_document (Report *r, JsonObject *doc);
void report_write_overview (Report *r, GString *out);

/* report-svg.c */
gboolean report_parse_day (const char *s, gint64 *days);
void report_add_lane (Report *r, guint doc, const char *label, JsonObject *docobj);
void report_svg_slogans (Report *r, GString *out);
void report_svg_timeline (Report *r, GString *out);
void report_lane_free (gpointer p);

/* report-facts.c */
void report_facts_init (ReportFacts *f);
void report_facts_clear (ReportFacts *f);
void report_facts_add (ReportFacts *f, guint doc, const char *label, JsonArray *items);
void report_facts_write (ReportFacts *f, GString *out);

/* report-marks.c */
typedef struct
{
  guint shown;   /* occurrences marked */
  guint hidden;  /* occurrences past the character cap */
  guint bad;     /* items with an unusable span */
  gboolean cut;  /* text cut at the cap */
} ReportMarkStats;

const char *report_layer_label (const char *layer);
void report_write_marked_text (GString *out, guint doc, JsonObject *docobj,
                               const char *const *layers, guint max_chars,
                               const ReportWhere *where, ReportMarkStats *stats);

/* report-doc.c */
char *report_doc_title (JsonObject *doc);
GPtrArray *report_doc_layers (const ReportOptions *opt, JsonObject *doc);
void report_add_document (Report *r, JsonObject *doc, const ReportWhere *where);

/* report-page.c */
void report_write_page (Report *r, GString *out);
