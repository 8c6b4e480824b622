/* report-doc: one document's section (title, source, publication date and
 * where it came from, the marked text, its notes), its row in the documents
 * table, its lane of the timeline chart and its facts.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "report.h"

#include <string.h>

#define TITLE_CHARS 80

static guint
count_han (const char *s, const char *end)
{
  guint n = 0;
  for (const char *p = s; p < end; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HAN)
      n++;
  return n;
}

static gboolean
title_like (const char *line)
{
  glong n = g_utf8_strlen (line, -1);
  return n <= 120 && count_han (line, line + strlen (line)) >= 4 && strchr (line, '|') == NULL;
}

/* meta.title; else the last title-like line (4+ Han characters, no '|' of
 * a navigation bar, at most 120 characters) above the line holding the
 * publication date the timeline found (pages put the title right above
 * their dateline); else the first title-like line among the first six;
 * else the first non-blank line; else the id. */
char *
report_doc_title (JsonObject *doc)
{
  const char *t = report_get_string (report_get_object (doc, "meta"), "title");
  if (t && *t)
    return g_strdup (t);
  const char *text = report_get_string (doc, "text");
  const char *dateline = NULL;
  gint64 ref;
  JsonObject *reference = report_get_object (report_get_object (report_get_object (doc, "layers"), "timeline"), "reference");
  if (text && report_get_int (reference, "start", &ref) && ref >= 0 && ref < 1000 && ref <= g_utf8_strlen (text, -1))
    dateline = g_utf8_offset_to_pointer (text, ref);
  g_autofree char *first = NULL, *above = NULL;
  guint lines = 0;
  for (const char *p = text; p && *p && (lines < 6 || (dateline && p <= dateline));)
    {
      const char *nl = strchr (p, '\n');
      const char *e = nl ? nl : p + strlen (p);
      if (dateline && dateline < e && dateline >= p)
        {
          if (above)
            return g_steal_pointer (&above);
          dateline = NULL;
        }
      g_autofree char *line = g_strstrip (g_strndup (p, e - p));
      if (*line)
        {
          lines++;
          if (first == NULL)
            first = g_strdup (line);
          if (title_like (line))
            {
              if (dateline == NULL)
                return g_steal_pointer (&line);
              g_free (above);
              above = g_steal_pointer (&line);
            }
        }
      p = nl ? nl + 1 : e;
    }
  if (above)
    return g_steal_pointer (&above);
  if (first)
    return g_steal_pointer (&first);
  const char *id = report_get_string (doc, "id");
  return g_strdup (id ? id : "(untitled)");
}

/* The layers to mark: --layers as given, else those of numbers, timeline,
 * slogans and facts that the document has. NULL-terminated. */
GPtrArray *
report_doc_layers (const ReportOptions *opt, JsonObject *doc)
{
  static const char *const defaults[] = { "numbers", "timeline", "slogans", "facts" };
  GPtrArray *out = g_ptr_array_new ();
  if (opt->layers)
    for (guint i = 0; opt->layers[i]; i++)
      g_ptr_array_add (out, opt->layers[i]);
  else
    {
      JsonObject *layers = report_get_object (doc, "layers");
      for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
        if (layers && json_object_has_member (layers, defaults[i]))
          g_ptr_array_add (out, (gpointer) defaults[i]);
    }
  g_ptr_array_add (out, NULL);
  return out;
}

static void
meta_row (GString *out, const char *name, const char *value)
{
  if (value == NULL)
    return;
  g_string_append (out, "<div><dt>");
  g_string_append (out, name);
  g_string_append (out, "</dt><dd>");
  report_escape (out, value, -1);
  g_string_append (out, "</dd></div>\n");
}

static void
write_error (GString *out, JsonObject *err)
{
  g_string_append (out, "<p class=\"r-error\" role=\"note\"><strong>Failed</strong>: ");
  const char *plugin = report_get_string (err, "plugin");
  if (plugin)
    {
      report_escape (out, plugin, -1);
      g_string_append (out, ": ");
    }
  report_escape_cut (out, report_get_string (err, "message"), 1000);
  g_string_append (out, "</p>\n");
}

static void
write_layer_counts (GString *out, JsonObject *layers, const char *const *chosen)
{
  g_string_append (out, "<p class=\"r-counts\">");
  for (guint i = 0; chosen[i]; i++)
    {
      JsonArray *items = report_get_array (report_get_object (layers, chosen[i]), "items");
      if (i)
        g_string_append (out, " · ");
      report_escape (out, chosen[i], -1);
      if (items)
        g_string_append_printf (out, ": %u items", json_array_get_length (items));
      else
        g_string_append (out, ": not in this document");
    }
  g_string_append (out, "</p>\n");
}

void
report_add_document (Report *r, JsonObject *doc, const ReportWhere *where)
{
  guint n = ++r->shown;
  GString *out = r->sections;
  g_autofree char *title = report_doc_title (doc);
  const char *id = report_get_string (doc, "id");
  JsonObject *meta = report_get_object (doc, "meta");
  JsonObject *layers = report_get_object (doc, "layers");
  const char *published = report_get_string (meta, "published");
  const char *script = report_get_string (report_get_object (layers, "normalize"), "script");

  g_string_append_printf (out, "<section class=\"r-doc\" id=\"doc%u\" aria-labelledby=\"doc%u-h\">\n"
                               "<h2 id=\"doc%u-h\"><span class=\"r-num\">%u</span> ", n, n, n, n);
  report_escape_cut (out, title, TITLE_CHARS);
  g_string_append (out, "</h2>\n<dl class=\"r-meta\">\n");
  meta_row (out, "id", id);
  meta_row (out, "source", report_get_string (doc, "source"));
  if (published)
    {
      g_string_append (out, "<div><dt>published</dt><dd>");
      report_escape (out, published, -1);
      const char *src = report_get_string (meta, "published_source");
      if (src)
        {
          g_string_append (out, " <span class=\"r-src\">(from ");
          report_escape (out, src, -1);
          g_string_append (out, ")</span>");
        }
      g_string_append (out, "</dd></div>\n");
    }
  else
    meta_row (out, "published", "unknown");
  meta_row (out, "encoding", report_get_string (doc, "encoding"));
  meta_row (out, "script", script);
  g_string_append (out, "</dl>\n");
  JsonObject *err = report_get_object (doc, "error");
  if (err)
    write_error (out, err);

  g_autoptr (GPtrArray) chosen = report_doc_layers (r->opt, doc);
  const char *const *names = (const char *const *) chosen->pdata;
  write_layer_counts (out, layers, names);
  g_string_append_printf (out, "<div lang=\"%s\">", g_strcmp0 (script, "traditional") == 0 ? "zh-Hant" : "zh");
  ReportMarkStats st;
  report_write_marked_text (out, n, doc, names, r->opt->max_chars, where, &st);
  g_string_append (out, "</div>\n<p class=\"r-top\"><a href=\"#overview\">↑ corpus overview</a></p>\n</section>\n");
  r->bad_items += st.bad;
  r->marks_hidden += st.hidden;
  r->docs_cut += st.cut;

  gint64 length = 0;
  if (!report_get_int (doc, "length", &length) && report_get_string (doc, "text"))
    length = g_utf8_strlen (report_get_string (doc, "text"), -1);
  GString *row = r->docs_rows;
  g_string_append_printf (row, "<tr><td>%u</td><td><a href=\"#doc%u\">", n, n);
  report_escape_cut (row, title, 40);
  g_string_append (row, "</a>");
  if (err)
    g_string_append (row, " <strong class=\"r-failed\">failed</strong>");
  g_string_append (row, "</td><td>");
  report_escape (row, published, -1);
  g_string_append_printf (row, "</td><td>%" G_GINT64_FORMAT "</td><td>%u</td><td>", length, st.shown);
  report_escape (row, id, -1);
  g_string_append (row, "</td></tr>\n");

  glong tl = g_utf8_strlen (title, -1);
  g_autofree char *cut = g_utf8_substring (title, 0, MIN (tl, 11));
  g_autofree char *short_title = g_strconcat (cut, tl > 11 ? "…" : "", NULL);
  report_add_lane (r, n, short_title, doc);
  JsonArray *facts = report_get_array (report_get_object (layers, "facts"), "items");
  if (facts)
    report_facts_add (&r->facts, n, short_title, facts);
}
