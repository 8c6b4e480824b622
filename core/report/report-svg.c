/* report-svg: the overview's charts, as inline SVG with the figures also in
 * text (labels, <title> tooltips, data-* attributes):
 *   - slogan mentions by year (the totals of docsift-summary) and the most
 *     frequent slogans year by year;
 *   - the timeline: one row per document, each resolved dated item a bar
 *     from its "from" to its "to", the publication date a tick.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "report.h"

#include <stdlib.h>
#include <string.h>

#define TOP_SLOGANS 15

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant). */
static gint64
days_from_civil (gint64 y, guint m, guint d)
{
  y -= m <= 2;
  gint64 era = (y >= 0 ? y : y - 399) / 400;
  guint yoe = (guint) (y - era * 400);
  guint doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  guint doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + (gint64) doe - 719468;
}

static gboolean
digits (const char *s, guint n)
{
  for (guint i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

/* "YYYY", "YYYY-MM", "YYYY-MM-DD" (anything after the day ignored). */
gboolean
report_parse_day (const char *s, gint64 *days)
{
  if (s == NULL || !digits (s, 4))
    return FALSE;
  guint y = atoi (s), m = 1, d = 1;
  if (s[4] == '-' && digits (s + 5, 2))
    {
      m = (guint) atoi (s + 5);
      if (s[7] == '-' && digits (s + 8, 2))
        d = (guint) atoi (s + 8);
    }
  if (m < 1 || m > 12 || d < 1 || d > 31)
    return FALSE;
  *days = days_from_civil (y, m, d);
  return TRUE;
}

static guint
year_of_day (gint64 days)
{
  guint y = (guint) (1970 + days / 365.2425);
  while (days_from_civil (y, 1, 1) > days)
    y--;
  while (days_from_civil (y + 1, 1, 1) <= days)
    y++;
  return y;
}

void
report_lane_free (gpointer p)
{
  ReportLane *l = p;
  for (guint i = 0; i < l->bars->len; i++)
    g_free (g_array_index (l->bars, ReportBar, i).tip);
  g_array_unref (l->bars);
  g_free (l->label);
  g_free (l);
}

void
report_add_lane (Report *r, guint doc, const char *label, JsonObject *docobj)
{
  if (r->lanes->len >= REPORT_MAX_TIMELINE_ROWS)
    return;
  JsonArray *items = report_get_array (report_get_object (report_get_object (docobj, "layers"), "timeline"), "items");
  ReportLane *lane = g_new0 (ReportLane, 1);
  lane->doc = doc;
  lane->label = g_strdup (label);
  lane->bars = g_array_new (FALSE, FALSE, sizeof (ReportBar));
  if (!report_parse_day (report_get_string (report_get_object (docobj, "meta"), "published"), &lane->published))
    lane->published = G_MININT64;
  for (guint i = 0; items && i < json_array_get_length (items); i++)
    {
      JsonNode *in = json_array_get_element (items, i);
      if (!JSON_NODE_HOLDS_OBJECT (in))
        continue;
      JsonObject *it = json_node_get_object (in);
      const char *from = report_get_string (it, "from"), *to = report_get_string (it, "to");
      ReportBar b = { 0 };
      if (!report_parse_day (from, &b.from) || !report_parse_day (to, &b.to) || b.to < b.from)
        continue;
      const char *text = report_get_string (it, "text");
      b.tip = g_strdup_printf ("%s: %s – %s", text ? text : "", from, to);
      g_array_append_val (lane->bars, b);
    }
  if (lane->bars->len == 0)
    report_lane_free (lane);
  else
    g_ptr_array_add (r->lanes, lane);
}

static void
svg_text (GString *out, double x, double y, const char *anchor, const char *cls, const char *text)
{
  g_string_append_printf (out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"%s\">", x, y, anchor, cls);
  report_escape (out, text, -1);
  g_string_append (out, "</text>");
}

void
report_svg_slogans (Report *r, GString *out)
{
  SloganSummary *s = &r->slogans;
  g_string_append (out, "<h3>Slogans by year</h3>\n");
  if (g_hash_table_size (s->totals) == 0)
    {
      g_string_append (out, "<p class=\"r-note\">No slogans in the input (the <code>slogans</code> layer is absent or empty).</p>\n");
      return;
    }
  g_autoptr (GPtrArray) years = slogan_summary_years (s);
  g_autoptr (GPtrArray) rows = slogan_summary_rows (s, 1, 0);
  g_autofree gint64 *mentions = g_new0 (gint64, years->len);
  gint64 max = 1;
  for (guint k = 0; k < years->len; k++)
    {
      for (guint i = 0; i < rows->len; i++)
        mentions[k] += slogan_summary_lookup (((SloganTotal *) g_ptr_array_index (rows, i))->by_year,
                                              g_ptr_array_index (years, k));
      max = MAX (max, mentions[k]);
    }
  const double col = 64, h = 140, top = 20, w = 40 + col * years->len;
  g_string_append_printf (out, "<svg class=\"r-chart\" id=\"slogans-by-year\" role=\"img\" aria-labelledby=\"sby-t\" "
                               "width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\"><title id=\"sby-t\">"
                               "Slogan mentions by year of publication (%" G_GINT64_FORMAT " documents, %" G_GINT64_FORMAT " with slogans)</title>\n",
                          w, top + h + 44, w, top + h + 44, s->documents, s->with_slogans);
  for (guint k = 0; k < years->len; k++)
    {
      const char *y = g_ptr_array_index (years, k);
      gint64 docs = slogan_summary_lookup (s->years, y);
      double bh = h * mentions[k] / max, x = 20 + col * k;
      g_string_append_printf (out, "<rect class=\"r-bar slogans\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" data-year=\"",
                              x + 8, top + h - bh, col - 16, bh);
      report_escape (out, y, -1);
      g_string_append_printf (out, "\" data-mentions=\"%" G_GINT64_FORMAT "\" data-docs=\"%" G_GINT64_FORMAT "\"><title>",
                              mentions[k], docs);
      report_escape (out, y, -1);
      g_string_append_printf (out, ": %" G_GINT64_FORMAT " mentions in %" G_GINT64_FORMAT " documents</title></rect>", mentions[k], docs);
      g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, mentions[k]);
      g_autofree char *ndocs = g_strdup_printf ("%" G_GINT64_FORMAT " docs", docs);
      svg_text (out, x + col / 2, top + h - bh - 4, "middle", "r-val", count);
      svg_text (out, x + col / 2, top + h + 16, "middle", "r-axis", y);
      svg_text (out, x + col / 2, top + h + 32, "middle", "r-small", ndocs);
      g_string_append_c (out, '\n');
    }
  g_string_append (out, "</svg>\n");

  /* the most frequent slogans, a row each, a bar per year */
  guint n = MIN (rows->len, TOP_SLOGANS);
  gint64 cell_max = 1;
  for (guint i = 0; i < n; i++)
    for (guint k = 0; k < years->len; k++)
      cell_max = MAX (cell_max, slogan_summary_lookup (((SloganTotal *) g_ptr_array_index (rows, i))->by_year,
                                                       g_ptr_array_index (years, k)));
  /* the grid fits the page (~860 px); year columns 36 to 72 px */
  const double label = 230, cw = CLAMP (620.0 / MAX (years->len, 1u), 36.0, 72.0);
  const double rh = 20, gw = label + cw * years->len + 10, gh = 24 + rh * n;
  g_string_append_printf (out, "<h3>Most frequent slogans (%u of %u)</h3>\n<svg class=\"r-chart\" id=\"slogans-top\" role=\"img\" "
                               "aria-labelledby=\"stop-t\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">"
                               "<title id=\"stop-t\">Mentions of the most frequent slogans by year</title>\n",
                          n, rows->len, gw, gh, gw, gh);
  for (guint k = 0; k < years->len; k++)
    svg_text (out, label + cw * k + 4, 14, "start", "r-axis", g_ptr_array_index (years, k));
  for (guint i = 0; i < n; i++)
    {
      const SloganTotal *t = g_ptr_array_index (rows, i);
      double y = 24 + rh * i;
      g_autofree char *name = g_utf8_substring (t->slogan, 0, MIN (g_utf8_strlen (t->slogan, -1), 12));
      g_autofree char *lab = g_strdup_printf ("%s%s  %" G_GINT64_FORMAT, name,
                                              strcmp (name, t->slogan) ? "…" : "", t->count);
      svg_text (out, label - 8, y + 13, "end", "r-axis", lab);
      for (guint k = 0; k < years->len; k++)
        {
          gint64 c = slogan_summary_lookup (t->by_year, g_ptr_array_index (years, k));
          if (c == 0)
            continue;
          double bw = (cw - 26) * c / cell_max + 1;
          g_string_append_printf (out, "<rect class=\"r-bar slogans\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>",
                                  label + cw * k + 4, y + 3, bw, rh - 6);
          report_escape (out, t->slogan, -1);
          g_string_append_printf (out, " %s: %" G_GINT64_FORMAT "</title></rect>", (char *) g_ptr_array_index (years, k), c);
          g_autofree char *cs = g_strdup_printf ("%" G_GINT64_FORMAT, c);
          svg_text (out, label + cw * k + 8 + bw, y + 13, "start", "r-small", cs);
        }
      g_string_append_c (out, '\n');
    }
  g_string_append (out, "</svg>\n");
}

void
report_svg_timeline (Report *r, GString *out)
{
  g_string_append (out, "<h3>Timeline of dated items</h3>\n");
  if (r->lanes->len == 0)
    {
      g_string_append (out, "<p class=\"r-note\">No resolved dates in the documents shown (the <code>timeline</code> layer is absent or empty).</p>\n");
      return;
    }
  gint64 lo = G_MAXINT64, hi = G_MININT64;
  for (guint i = 0; i < r->lanes->len; i++)
    {
      ReportLane *l = g_ptr_array_index (r->lanes, i);
      for (guint k = 0; k < l->bars->len; k++)
        {
          ReportBar *b = &g_array_index (l->bars, ReportBar, k);
          lo = MIN (lo, b->from);
          hi = MAX (hi, b->to);
        }
    }
  /* a corpus of recent reports with one mention of 1912 would squeeze every
   * bar to a few pixels: past 40 years, the axis runs from 20 years before
   * the earliest publication to 15 after the latest, longer bars are cut at
   * its edges (their tooltips keep the dates) */
  gint64 pub_lo = G_MAXINT64, pub_hi = G_MININT64;
  for (guint i = 0; i < r->lanes->len; i++)
    {
      ReportLane *l = g_ptr_array_index (r->lanes, i);
      if (l->published != G_MININT64)
        {
          pub_lo = MIN (pub_lo, l->published);
          pub_hi = MAX (pub_hi, l->published);
        }
    }
  gboolean clipped = FALSE;
  if (hi - lo > 40 * 366 && pub_lo != G_MAXINT64)
    {
      gint64 a = days_from_civil (year_of_day (pub_lo) - 20, 1, 1), b = days_from_civil (year_of_day (pub_hi) + 15, 12, 31);
      clipped = lo < a || hi > b;
      lo = MAX (lo, a);
      hi = MIN (hi, b);
    }
  g_string_append (out, "<p class=\"r-note\">One row per document (its number and title); each resolved date is a bar "
                        "from its <code>from</code> to its <code>to</code>, darker where several overlap; the black tick is "
                        "the publication date.");
  if (clipped)
    g_string_append (out, " Periods reaching beyond 20 years before the earliest or 15 years after the latest "
                          "publication are cut at the edges.");
  g_string_append (out, "</p>\n");
  guint y0 = year_of_day (lo), y1 = year_of_day (hi) + 1;
  gint64 d0 = days_from_civil (y0, 1, 1), d1 = days_from_civil (y1, 1, 1);
  guint step = 1;
  while ((y1 - y0) / step > 12)
    step = step == 1 ? 2 : step == 2 ? 5 : step * 2;
  const double label = 190, pw = 760, rh = 18, top = 22, w = label + pw + 20, h = top + rh * r->lanes->len + 8;
  double scale = pw / (double) (d1 - d0);
  g_string_append_printf (out, "<svg class=\"r-chart\" id=\"timeline\" role=\"img\" aria-labelledby=\"tl-t\" width=\"%.0f\" "
                               "height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\"><title id=\"tl-t\">Dated items of %u documents, "
                               "%u to %u%s; the dark tick is the publication date</title>\n",
                          w, h, w, h, r->lanes->len, y0, y1 - 1,
                          clipped ? " (longer periods cut at the edges)" : "");
  for (guint y = y0 - y0 % step; y <= y1; y += step)
    {
      if (y < y0)
        continue;
      double x = label + scale * (days_from_civil (y, 1, 1) - d0);
      g_autofree char *ys = g_strdup_printf ("%u", y);
      g_string_append_printf (out, "<line class=\"r-grid\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", x, top - 4, x, h - 4);
      svg_text (out, x + 2, 14, "start", "r-axis", ys);
    }
  g_string_append_c (out, '\n');
  for (guint i = 0; i < r->lanes->len; i++)
    {
      ReportLane *l = g_ptr_array_index (r->lanes, i);
      double y = top + rh * i;
      g_string_append_printf (out, "<a href=\"#doc%u\">", l->doc);
      g_autofree char *lab = g_strdup_printf ("%u %s", l->doc, l->label);
      svg_text (out, label - 8, y + 12, "end", "r-axis", lab);
      g_string_append (out, "</a>");
      for (guint k = 0; k < l->bars->len; k++)
        {
          ReportBar *b = &g_array_index (l->bars, ReportBar, k);
          gint64 from = CLAMP (b->from, d0, d1), to = CLAMP (b->to, d0, d1);
          double x = label + scale * (from - d0), bw = MAX (2.0, scale * (to - from + 1));
          if (x + bw > label + pw)
            x = label + pw - bw;
          g_string_append_printf (out, "<rect class=\"r-bar timeline\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>",
                                  x, y + 3, bw, rh - 6);
          report_escape (out, b->tip, -1);
          g_string_append (out, "</title></rect>");
        }
      if (l->published != G_MININT64 && l->published >= d0 && l->published <= d1)
        {
          double x = label + scale * (l->published - d0);
          g_string_append_printf (out, "<rect class=\"r-pub\" x=\"%.1f\" y=\"%.1f\" width=\"2\" height=\"%.1f\"><title>published</title></rect>",
                                  x - 1, y + 1, rh - 2);
        }
      g_string_append_c (out, '\n');
    }
  g_string_append (out, "</svg>\n");
}
