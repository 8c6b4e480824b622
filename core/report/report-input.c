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
  /* bounded as docsift's own reader: json-glib recurses per level and cuts
   * strings at NUL silently */
  JsonObject *doc = _ds_json_parse_object (parser, line, len, &error);
  if (doc == NULL)
    {
      report_warn (where, "%s", error->message);
      return NULL;
    }
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
  g_autoptr (DsLines) lines = _ds_lines_new (f, DS_JSON_LINE_MAX_DEFAULT);
  GString *line;
  guint64 overlong;
  ReportWhere where = { name, 0 };
  while (_ds_lines_next (lines, &line, &overlong))
    {
      where.line++;
      if (overlong > 0)
        {
          report_warn (&where, "%" G_GUINT64_FORMAT " bytes, over the limit of %" G_GSIZE_FORMAT
                       " bytes for a JSON Lines record", overlong, DS_JSON_LINE_MAX_DEFAULT);
          r->bad_lines++;
          continue;
        }
      gsize got = line->len;
      while (got > 0 && line->str[got - 1] == '\r')
        got--;
      if (got == 0)
        continue;
      JsonObject *doc = check_record (parser, line->str, got, &where);
      if (doc == NULL)
        {
          r->bad_lines++;
          continue;
        }
      report_count_document (r, doc);
      if (r->shown < r->opt->max_docs)
        report_add_document (r, doc, &where);
    }
  gboolean ok = !_ds_lines_failed (lines);
  if (!ok)
    fprintf (stderr, "docsift-report: %s: %s\n", name, g_strerror (errno));
  return ok;
}
