/* report-overview: the corpus at a glance. Every document read counts here,
 * shown or not: documents, characters, scripts (the normalize layer's
 * "script"), failures (records with an "error" member), slogans by year
 * (slogans-totals.c, the figures of docsift-summary).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "report.h"

#include <string.h>

void
report_init (Report *r, const ReportOptions *opt)
{
  memset (r, 0, sizeof *r);
  r->opt = opt;
  slogan_summary_init (&r->slogans);
  r->scripts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  r->layer_docs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  r->failures_html = g_string_new (NULL);
  r->docs_rows = g_string_new (NULL);
  r->sections = g_string_new (NULL);
  r->lanes = g_ptr_array_new_with_free_func (report_lane_free);
  report_facts_init (&r->facts);
}

void
report_clear (Report *r)
{
  slogan_summary_clear (&r->slogans);
  g_hash_table_unref (r->scripts);
  g_hash_table_unref (r->layer_docs);
  g_string_free (r->failures_html, TRUE);
  g_string_free (r->docs_rows, TRUE);
  g_string_free (r->sections, TRUE);
  g_ptr_array_unref (r->lanes);
  report_facts_clear (&r->facts);
}

static void
count_key (GHashTable *h, const char *key)
{
  gint64 *v = g_hash_table_lookup (h, key);
  if (v == NULL)
    {
      v = g_new0 (gint64, 1);
      g_hash_table_insert (h, g_strdup (key), v);
    }
  (*v)++;
}

static void
add_failure (Report *r, JsonObject *doc, JsonObject *err)
{
  r->failures++;
  if (r->failures > REPORT_MAX_FAILURES_LISTED)
    return;
  const char *id = report_get_string (doc, "id");
  g_string_append (r->failures_html, "<li>");
  if (r->shown < r->opt->max_docs)
    g_string_append_printf (r->failures_html, "<a href=\"#doc%u\">", r->shown + 1);
  report_escape (r->failures_html, id ? id : "(no id)", -1);
  if (r->shown < r->opt->max_docs)
    g_string_append (r->failures_html, "</a>");
  const char *plugin = report_get_string (err, "plugin");
  g_string_append (r->failures_html, ": ");
  if (plugin)
    {
      report_escape (r->failures_html, plugin, -1);
      g_string_append (r->failures_html, ": ");
    }
  report_escape_cut (r->failures_html, report_get_string (err, "message"), 300);
  g_string_append (r->failures_html, "</li>\n");
}

void
report_count_document (Report *r, JsonObject *doc)
{
  r->documents++;
  const char *text = report_get_string (doc, "text");
  gint64 length;
  if (report_get_int (doc, "length", &length))
    r->characters += length;
  else if (text)
    r->characters += g_utf8_strlen (text, -1);
  slogan_summary_add_document (&r->slogans, doc);
  JsonObject *layers = report_get_object (doc, "layers");
  const char *script = report_get_string (report_get_object (layers, "normalize"), "script");
  count_key (r->scripts, script ? script : "(not recorded)");
  if (layers)
    {
      JsonObjectIter it;
      const char *name;
      JsonNode *n;
      json_object_iter_init (&it, layers);
      while (json_object_iter_next (&it, &name, &n))
        count_key (r->layer_docs, name);
    }
  JsonObject *err = report_get_object (doc, "error");
  if (err)
    add_failure (r, doc, err);
}

static int
cmp_str (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* "name N, name M" of a counting table, sorted by name. */
static void
write_counts (GString *out, GHashTable *h)
{
  g_autoptr (GPtrArray) keys = g_ptr_array_new ();
  GHashTableIter it;
  gpointer k;
  g_hash_table_iter_init (&it, h);
  while (g_hash_table_iter_next (&it, &k, NULL))
    g_ptr_array_add (keys, k);
  g_ptr_array_sort (keys, cmp_str);
  for (guint i = 0; i < keys->len; i++)
    {
      const char *k = g_ptr_array_index (keys, i);
      if (i)
        g_string_append (out, ", ");
      report_escape (out, k, -1);
      g_string_append_printf (out, " %" G_GINT64_FORMAT, *(gint64 *) g_hash_table_lookup (h, k));
    }
}

static void
write_legend (GString *out, const ReportOptions *opt, GHashTable *layer_docs)
{
  g_string_append (out, "<p class=\"r-legend\">Marked in the text: ");
  static const char *const defaults[] = { "numbers", "timeline", "slogans", "facts", NULL };
  const char *const *layers = opt->layers ? (const char *const *) opt->layers : defaults;
  gboolean any = FALSE;
  for (guint i = 0; layers[i]; i++)
    {
      if (opt->layers == NULL && !g_hash_table_contains (layer_docs, layers[i]))
        continue;
      const char *lab = report_layer_label (layers[i]);
      g_string_append (out, "<mark class=\"r-key ");
      report_css_class (out, layers[i]);
      g_string_append (out, "\">");
      report_escape (out, layers[i], -1);
      g_string_append (out, "</mark> <span class=\"r-ref ");
      report_css_class (out, layers[i]);
      g_string_append (out, "\">");
      if (lab)
        g_string_append (out, lab);
      else
        g_string_append_c (out, g_ascii_toupper (layers[i][0]));
      g_string_append (out, "1</span> ");
      any = TRUE;
    }
  if (!any)
    g_string_append (out, "nothing (none of the chosen layers is present)");
  g_string_append (out, ". A label links to the item's note; hover a mark for its resolution.</p>\n");
}

void
report_write_overview (Report *r, GString *out)
{
  const ReportOptions *opt = r->opt;
  g_string_append (out, "<section id=\"overview\" aria-labelledby=\"overview-h\">\n<h2 id=\"overview-h\">Corpus</h2>\n<dl class=\"r-stats\">\n");
  g_string_append_printf (out, "<div><dt>documents</dt><dd id=\"n-documents\">%" G_GINT64_FORMAT "</dd></div>\n", r->documents);
  g_string_append_printf (out, "<div><dt>characters</dt><dd id=\"n-characters\">%" G_GINT64_FORMAT "</dd></div>\n", r->characters);
  g_string_append (out, "<div><dt>scripts</dt><dd class=\"r-list\">");
  write_counts (out, r->scripts);
  g_string_append_printf (out, "</dd></div>\n<div><dt>failures</dt><dd id=\"n-failures\">%" G_GINT64_FORMAT "</dd></div>\n", r->failures);
  g_string_append (out, "<div><dt>layers (documents)</dt><dd class=\"r-list\">");
  write_counts (out, r->layer_docs);
  g_string_append (out, "</dd></div>\n</dl>\n");
  if (r->failures)
    {
      g_string_append (out, "<h3>Failed documents</h3>\n<ul class=\"r-failures\">\n");
      g_string_append_len (out, r->failures_html->str, r->failures_html->len);
      if (r->failures > REPORT_MAX_FAILURES_LISTED)
        g_string_append_printf (out, "<li>… and %" G_GINT64_FORMAT " more</li>\n", r->failures - REPORT_MAX_FAILURES_LISTED);
      g_string_append (out, "</ul>\n");
    }
  if (r->documents > r->shown || r->docs_cut || r->bad_lines || r->bad_items)
    {
      g_string_append (out, "<ul class=\"r-caps\">\n");
      if (r->documents > r->shown)
        g_string_append_printf (out, "<li>Sections for the first %u of %" G_GINT64_FORMAT " documents (<code>--max-docs %u</code>); "
                                "the figures and slogan charts count every document, the timeline and the tables only those shown.</li>\n",
                                r->shown, r->documents, opt->max_docs);
      if (r->docs_cut)
        g_string_append_printf (out, "<li>The text of %" G_GINT64_FORMAT " documents is cut after %u characters "
                                "(<code>--max-chars</code>); %" G_GINT64_FORMAT " marks past the cuts are not shown.</li>\n",
                                r->docs_cut, opt->max_chars, r->marks_hidden);
      if (r->bad_lines)
        g_string_append_printf (out, "<li>%" G_GINT64_FORMAT " input lines were not docsift records and are left out (see the messages of docsift-report).</li>\n", r->bad_lines);
      if (r->bad_items)
        g_string_append_printf (out, "<li>%" G_GINT64_FORMAT " items had spans outside their text and are not marked.</li>\n", r->bad_items);
      g_string_append (out, "</ul>\n");
    }
  write_legend (out, opt, r->layer_docs);
  report_svg_slogans (r, out);
  report_svg_timeline (r, out);
  report_facts_write (&r->facts, out);
  g_string_append (out, "<h3>Documents</h3>\n<table class=\"r-sortable r-docs\"><thead><tr>"
                        "<th><button type=\"button\">#</button></th><th><button type=\"button\">title</button></th>"
                        "<th><button type=\"button\">published</button></th><th><button type=\"button\">characters</button></th>"
                        "<th><button type=\"button\">marks</button></th><th><button type=\"button\">id</button></th></tr></thead><tbody>\n");
  g_string_append_len (out, r->docs_rows->str, r->docs_rows->len);
  g_string_append (out, "</tbody></table>\n</section>\n");
}
