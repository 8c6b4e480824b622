/* report-input: docsift JSON Lines in, one document at a time.
 *
 * Each line is parsed, counted for the overview and, while fewer than
 * --max-docs sections are written, rendered into its section at once; the
 * parsed JSON is dropped before the next line, so memory follows the size of
 * the page, not of the input. A line that is not a docsift record is
 * reported as FILE:LINE: reason and skipped.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "report.h"
#include "ds-private.h" /* _ds_json_check_bounds: the CLI's guard for JSON Lines */

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
report_warn (const ReportWhere *where, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  g_autofree char *msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  fprintf (stderr, "docsift-report: %s:%u: %s\n", where->file, where->line, msg);
}

/* Checks the envelope; returns the document object or NULL (reported). */
static JsonObject *
check_record (JsonParser *parser, const char *line, gsize len, const ReportWhere *where)
{
  g_autoptr (GError) error = NULL;
  /* json-glib recurses per level (60,000 overflow its stack) and cuts
   * strings at NUL silently: both refused first, as docsift does */
  if (!_ds_json_check_bounds (line, len, DS_JSON_MAX_DEPTH, &error))
    {
      report_warn (where, "%s", error->message);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, line, len, &error))
    {
      report_warn (where, "not JSON: %s", error->message);
      return NULL;
    }
  JsonNode *root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      report_warn (where, "not a JSON object (one docsift document per line expected)");
      return NULL;
    }
  JsonObject *doc = json_node_get_object (root);
  const char *format = report_get_string (doc, "format");
  gint64 version = 1;
  if (format && strcmp (format, "docsift") != 0)
    {
      report_warn (where, "format is “%s”, not “docsift”", format);
      return NULL;
    }
  if (json_object_has_member (doc, "version") && (!report_get_int (doc, "version", &version) || version > 1))
    {
      report_warn (where, "docsift output version %" G_GINT64_FORMAT " is newer than this reader (1)", version);
      return NULL;
    }
  JsonNode *text = json_object_get_member (doc, "text");
  if (text && !(JSON_NODE_HOLDS_VALUE (text) && json_node_get_value_type (text) == G_TYPE_STRING))
    {
      report_warn (where, "“text” is not a string");
      return NULL;
    }
  if (json_object_has_member (doc, "layers") && report_get_object (doc, "layers") == NULL)
    {
      report_warn (where, "“layers” is not an object");
      return NULL;
    }
  return doc;
}

gboolean
report_read_stream (Report *r, FILE *f, const char *name)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  char *line = NULL;
  size_t cap = 0;
  ssize_t got;
  ReportWhere where = { name, 0 };
  while ((got = getline (&line, &cap, f)) > 0)
    {
      where.line++;
      while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
        got--;
      if (got == 0)
        continue;
      JsonObject *doc = check_record (parser, line, got, &where);
      if (doc == NULL)
        {
          r->bad_lines++;
          continue;
        }
      report_count_document (r, doc);
      if (r->shown < r->opt->max_docs)
        report_add_document (r, doc, &where);
    }
  gboolean ok = !ferror (f);
  if (!ok)
    fprintf (stderr, "docsift-report: %s: %s\n", name, g_strerror (errno));
  free (line);
  return ok;
}
