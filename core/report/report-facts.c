/* report-facts: the facts table of the overview, when the documents have a
 * "facts" layer: one row per item, its members flattened (period.from ->
 * period_from), columns in the order first seen; sortable by clicking a
 * column head (report-page.c's script). At most REPORT_MAX_FACT_ROWS rows.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "report.h"

#include <string.h>

static void
fact_row_free (gpointer p)
{
  ReportFactRow *row = p;
  g_free (row->label);
  g_free (row->text);
  g_ptr_array_unref (row->cells);
  g_free (row);
}

void
report_facts_init (ReportFacts *f)
{
  f->columns = g_ptr_array_new_with_free_func (g_free);
  f->rows = g_ptr_array_new_with_free_func (fact_row_free);
  f->total = 0;
  f->index = g_hash_table_new (g_str_hash, g_str_equal);
}

void
report_facts_clear (ReportFacts *f)
{
  g_clear_pointer (&f->index, g_hash_table_unref);
  g_clear_pointer (&f->rows, g_ptr_array_unref);
  g_clear_pointer (&f->columns, g_ptr_array_unref);
}

static void
set_cell (ReportFacts *f, ReportFactRow *row, const char *name, char *value)
{
  guint col = GPOINTER_TO_UINT (g_hash_table_lookup (f->index, name));
  if (col == 0)
    {
      g_ptr_array_add (f->columns, g_strdup (name));
      col = f->columns->len;
      g_hash_table_insert (f->index, g_ptr_array_index (f->columns, col - 1), GUINT_TO_POINTER (col));
    }
  if (row->cells->len < col)
    g_ptr_array_set_size (row->cells, col);
  g_free (row->cells->pdata[col - 1]);
  row->cells->pdata[col - 1] = value;
}

static void
flatten (ReportFacts *f, ReportFactRow *row, JsonObject *o, const char *prefix)
{
  g_autoptr (GList) members = json_object_get_members (o);
  for (GList *m = members; m; m = m->next)
    {
      const char *key = m->data;
      JsonNode *n = json_object_get_member (o, key);
      if (strcmp (key, "start") == 0 || strcmp (key, "end") == 0 || strcmp (key, "text") == 0 ||
          strcmp (key, "spans") == 0 || g_str_has_suffix (key, "_start") || g_str_has_suffix (key, "_end"))
        continue;
      g_autofree char *name = prefix ? g_strdup_printf ("%s_%s", prefix, key) : g_strdup (key);
      if (JSON_NODE_HOLDS_OBJECT (n))
        flatten (f, row, json_node_get_object (n), name);
      else
        {
          char *v = report_node_to_text (n);
          if (v)
            set_cell (f, row, name, v);
        }
    }
}

void
report_facts_add (ReportFacts *f, guint doc, const char *label, JsonArray *items)
{
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *in = json_array_get_element (items, i);
      if (!JSON_NODE_HOLDS_OBJECT (in))
        continue;
      f->total++;
      if (f->rows->len >= REPORT_MAX_FACT_ROWS)
        continue;
      JsonObject *it = json_node_get_object (in);
      ReportFactRow *row = g_new0 (ReportFactRow, 1);
      row->doc = doc;
      row->label = g_strdup (label);
      row->text = g_strdup (report_get_string (it, "text"));
      row->cells = g_ptr_array_new_with_free_func (g_free);
      flatten (f, row, it, NULL);
      g_ptr_array_add (f->rows, row);
    }
}

void
report_facts_write (ReportFacts *f, GString *out)
{
  if (f->total == 0)
    return;
  g_string_append_printf (out, "<h3>Facts (%" G_GINT64_FORMAT ")</h3>\n", f->total);
  if (f->total > f->rows->len)
    g_string_append_printf (out, "<p class=\"r-note\">The first %u facts are listed.</p>\n", f->rows->len);
  g_string_append (out, "<div class=\"r-scroll\"><table class=\"r-sortable r-facts\"><thead><tr>"
                        "<th><button type=\"button\">document</button></th><th><button type=\"button\">text</button></th>");
  for (guint c = 0; c < f->columns->len; c++)
    {
      g_string_append (out, "<th><button type=\"button\">");
      report_escape (out, g_ptr_array_index (f->columns, c), -1);
      g_string_append (out, "</button></th>");
    }
  g_string_append (out, "</tr></thead><tbody>\n");
  for (guint i = 0; i < f->rows->len; i++)
    {
      ReportFactRow *row = g_ptr_array_index (f->rows, i);
      g_string_append_printf (out, "<tr><td><a href=\"#doc%u\">%u ", row->doc, row->doc);
      report_escape (out, row->label, -1);
      g_string_append (out, "</a></td><td>");
      report_escape_cut (out, row->text, 60);
      g_string_append (out, "</td>");
      for (guint c = 0; c < f->columns->len; c++)
        {
          g_string_append (out, "<td>");
          if (c < row->cells->len)
            report_escape_cut (out, g_ptr_array_index (row->cells, c), 120);
          g_string_append (out, "</td>");
        }
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody></table></div>\n");
}
