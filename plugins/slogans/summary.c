/* docsift-summary: total the slogans of many docsift documents, by year.
 *
 *   docsift -p timeline,slogans corpus/ | docsift-summary [--format=table]
 *   docsift-summary --merge part-*.summary.json     # the reducer
 *
 * Reads docsift JSON Lines (files or stdin), adds up layers.slogans.items
 * (count, quoted, documents) across documents and by the year of
 * meta.published (YYYY-MM-DD, set by the timeline plugin; documents without
 * it count under "unknown"), and writes JSON or a readable table.
 * Malformed lines are skipped, and make the exit status 1 unless --skip-bad.
 * With --merge it reads its own JSON summaries of parts instead and writes
 * the totals of the whole (summary-merge.c; docs/scale-out.md).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <glib.h>
#include <json-glib/json-glib.h>

#include "ds-private.h" /* the bounded JSON Lines reader docsift uses */
#include "slogans-totals.h"
#include "summary-merge.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
summary_add_line (SloganSummary *s, JsonParser *parser, const char *line, gsize len, const char *where,
                  SummaryBad *bad)
{
  g_autoptr (GError) error = NULL;
  /* bounded as docsift's own reader: json-glib recurses once per nesting
   * level (a deep line would overflow the stack) */
  JsonObject *doc = _ds_json_parse_object (parser, line, len, &error);
  if (doc == NULL)
    {
      summary_bad_add (bad, where, error->message);
      return;
    }
  slogan_summary_add_document (s, doc);
}

static gboolean
summary_add_stream (SloganSummary *s, FILE *f, const char *name, SummaryBad *bad)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autoptr (DsLines) lines = _ds_lines_new (f, DS_JSON_LINE_MAX_DEFAULT);
  GString *line;
  guint64 overlong;
  guint64 lineno = 0;
  while (_ds_lines_next (lines, &line, &overlong))
    {
      lineno++;
      g_autofree char *where = g_strdup_printf ("%s:%" G_GUINT64_FORMAT, name, lineno);
      if (overlong > 0)
        {
          g_autofree char *why = g_strdup_printf ("%" G_GUINT64_FORMAT " bytes, over the limit of %" G_GSIZE_FORMAT
                                                  " bytes for a JSON Lines record", overlong, DS_JSON_LINE_MAX_DEFAULT);
          summary_bad_add (bad, where, why);
          continue;
        }
      gsize got = line->len;
      while (got > 0 && line->str[got - 1] == '\r')
        got--;
      if (got == 0)
        continue;
      summary_add_line (s, parser, line->str, got, where, bad);
    }
  gboolean ok = !_ds_lines_failed (lines);
  if (!ok)
    fprintf (stderr, "docsift-summary: %s: %s\n", name, g_strerror (errno));
  return ok;
}

/* --merge: summaries are small; each input is read whole. */
static gboolean
summary_merge_stream (SloganSummary *s, FILE *f, const char *name, SummaryBad *bad)
{
  g_autoptr (GString) data = g_string_new (NULL);
  char buf[65536];
  size_t n;
  while ((n = fread (buf, 1, sizeof buf, f)) > 0)
    g_string_append_len (data, buf, (gssize) n);
  if (ferror (f))
    {
      fprintf (stderr, "docsift-summary: %s: %s\n", name, g_strerror (errno));
      return FALSE;
    }
  summary_merge_data (s, data->str, data->len, name, bad);
  return TRUE;
}

static void
append_json_string (GString *out, const char *s)
{
  g_autoptr (JsonNode) n = json_node_new (JSON_NODE_VALUE);
  json_node_set_string (n, s);
  g_autofree char *str = json_to_string (n, FALSE);
  g_string_append (out, str);
}

/* @compact: one line (for engines that cut their streams into lines) */
static void
write_json (GString *out, SloganSummary *s, GPtrArray *years, GPtrArray *rows, gboolean compact)
{
  g_string_append_printf (out, "{\"documents\":%" G_GINT64_FORMAT ",\"documents_with_slogans\":%" G_GINT64_FORMAT ",\"years\":{",
                          s->documents, s->with_slogans);
  for (guint i = 0; i < years->len; i++)
    {
      const char *y = g_ptr_array_index (years, i);
      if (i)
        g_string_append_c (out, ',');
      append_json_string (out, y);
      g_string_append_printf (out, ":%" G_GINT64_FORMAT, slogan_summary_lookup (s->years, y));
    }
  g_string_append (out, "},\"slogans\":[");
  for (guint i = 0; i < rows->len; i++)
    {
      const SloganTotal *t = g_ptr_array_index (rows, i);
      g_string_append (out, i ? "," : "");
      if (!compact)
        g_string_append_c (out, '\n');
      g_string_append (out, "{\"slogan\":");
      append_json_string (out, t->slogan);
      if (t->kind)
        {
          g_string_append (out, ",\"kind\":");
          append_json_string (out, t->kind);
        }
      if (t->category)
        {
          g_string_append (out, ",\"category\":");
          append_json_string (out, t->category);
        }
      g_string_append_printf (out, ",\"count\":%" G_GINT64_FORMAT ",\"quoted\":%" G_GINT64_FORMAT
                              ",\"documents\":%" G_GINT64_FORMAT ",\"by_year\":{",
                              t->count, t->quoted, t->documents);
      gboolean first = TRUE;
      for (guint k = 0; k < years->len; k++)
        {
          const char *y = g_ptr_array_index (years, k);
          gint64 c = slogan_summary_lookup (t->by_year, y);
          if (c == 0)
            continue;
          if (!first)
            g_string_append_c (out, ',');
          first = FALSE;
          append_json_string (out, y);
          g_string_append_printf (out, ":%" G_GINT64_FORMAT, c);
        }
      g_string_append (out, "}}");
    }
  g_string_append (out, compact ? "]}\n" : "\n]}\n");
}

static gsize
display_width (const char *s)
{
  gsize w = 0;
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      w += g_unichar_iswide (c) ? 2 : g_unichar_iszerowidth (c) ? 0 : 1;
    }
  return w;
}

static void
pad_cell (GString *out, const char *s, gsize width, gboolean right)
{
  gsize w = display_width (s);
  if (right)
    for (gsize i = w; i < width; i++)
      g_string_append_c (out, ' ');
  g_string_append (out, s);
  if (!right)
    for (gsize i = w; i < width; i++)
      g_string_append_c (out, ' ');
}

#define MAX_SLOGAN_WIDTH 32  /* display columns; longer slogans end in … */

/* @s cut to @width display columns, ending in … when cut. */
static char *
fit_cell (const char *s, gsize width)
{
  if (display_width (s) <= width)
    return g_strdup (s);
  GString *out = g_string_new (NULL);
  gsize w = 0;
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gsize cw = g_unichar_iswide (c) ? 2 : g_unichar_iszerowidth (c) ? 0 : 1;
      if (w + cw > width - 1)
        break;
      g_string_append_unichar (out, c);
      w += cw;
    }
  g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

static gsize
count_width (gint64 c)
{
  char buf[32];
  return (gsize) g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, c);
}

static void
write_table (GString *out, SloganSummary *s, GPtrArray *years, GPtrArray *rows)
{
  gsize sw = display_width ("slogan");
  for (guint i = 0; i < rows->len; i++)
    sw = MAX (sw, display_width (((SloganTotal *) g_ptr_array_index (rows, i))->slogan));
  sw = MIN (sw, MAX_SLOGAN_WIDTH);
  /* each year column as wide as its year or its largest count, plus a gap */
  g_autofree gsize *yw = g_new0 (gsize, years->len ? years->len : 1);
  for (guint k = 0; k < years->len; k++)
    {
      const char *y = g_ptr_array_index (years, k);
      gsize w = MAX (display_width (y), count_width (slogan_summary_lookup (s->years, y)));
      for (guint i = 0; i < rows->len; i++)
        w = MAX (w, count_width (slogan_summary_lookup (((SloganTotal *) g_ptr_array_index (rows, i))->by_year, y)));
      yw[k] = w + 2;
    }
  g_string_append_printf (out, "%" G_GINT64_FORMAT " documents, %" G_GINT64_FORMAT " with slogans\n\n",
                          s->documents, s->with_slogans);
  pad_cell (out, "slogan", sw, FALSE);
  g_string_append (out, "  kind     ");
  pad_cell (out, "total", 6, TRUE);
  pad_cell (out, "docs", 6, TRUE);
  for (guint k = 0; k < years->len; k++)
    pad_cell (out, g_ptr_array_index (years, k), yw[k], TRUE);
  g_string_append_c (out, '\n');
  char buf[32];
  for (guint i = 0; i < rows->len; i++)
    {
      const SloganTotal *t = g_ptr_array_index (rows, i);
      g_autofree char *name = fit_cell (t->slogan, sw);
      pad_cell (out, name, sw, FALSE);
      g_string_append (out, "  ");
      pad_cell (out, t->kind ? t->kind : "", 9, FALSE);
      g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, t->count);
      pad_cell (out, buf, 6, TRUE);
      g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, t->documents);
      pad_cell (out, buf, 6, TRUE);
      for (guint k = 0; k < years->len; k++)
        {
          gint64 c = slogan_summary_lookup (t->by_year, g_ptr_array_index (years, k));
          if (c)
            g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, c);
          else
            g_strlcpy (buf, "·", sizeof buf);
          pad_cell (out, buf, yw[k], TRUE);
        }
      g_string_append_c (out, '\n');
    }
  /* how many documents each year has: the base for reading a trend */
  pad_cell (out, "(documents)", sw, FALSE);
  g_string_append (out, "           ");
  pad_cell (out, "", 6, TRUE);
  g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, s->documents);
  pad_cell (out, buf, 6, TRUE);
  for (guint k = 0; k < years->len; k++)
    {
      g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT,
                  slogan_summary_lookup (s->years, g_ptr_array_index (years, k)));
      pad_cell (out, buf, yw[k], TRUE);
    }
  g_string_append_c (out, '\n');
}

int
main (int argc, char **argv)
{
  g_autofree char *format = NULL;
  gboolean merge = FALSE, skip_bad = FALSE, compact = FALSE;
  gint top = 0, min_count = 1;
  g_auto (GStrv) files = NULL;
  gboolean help = FALSE, version = FALSE;
  GOptionEntry entries[] = {
    { "help", 'h', 0, G_OPTION_ARG_NONE, &help, "Show this help", NULL },
    { "version", 'V', 0, G_OPTION_ARG_NONE, &version, "Print the version and exit", NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "json (default) or table", "FORMAT" },
    { "top", 'n', 0, G_OPTION_ARG_INT, &top, "Only the N most frequent slogans", "N" },
    { "min-count", 'm', 0, G_OPTION_ARG_INT, &min_count, "Only slogans counted at least N times", "N" },
    { "merge", 0, 0, G_OPTION_ARG_NONE, &merge,
      "Inputs are summaries this program wrote (JSON): write the totals of them all", NULL },
    { "skip-bad", 0, 0, G_OPTION_ARG_NONE, &skip_bad,
      "Skip malformed lines (or summaries) and still exit 0", NULL },
    { "compact", 0, 0, G_OPTION_ARG_NONE, &compact, "JSON on one line", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "[FILE…]" },
    { NULL }
  };
  g_autoptr (GOptionContext) octx = g_option_context_new ("— total slogan counts of docsift JSON Lines");
  g_option_context_add_main_entries (octx, entries, NULL);
  /* g_print would turn UTF-8 into '?' under a non-UTF-8 locale */
  g_option_context_set_help_enabled (octx, FALSE);
  g_option_context_set_description (octx,
    "Reads docsift output (JSON Lines; '-' or no file: stdin), e.g.\n"
    "  docsift -p timeline,slogans corpus/ | docsift-summary --format=table\n"
    "Years come from meta.published (YYYY-MM-DD, set by the timeline plugin).\n"
    "Summaries of parts add up (in any order and grouping) to the summary of the whole:\n"
    "  docsift-summary part-1.jsonl > 1.json; docsift-summary part-2.jsonl > 2.json\n"
    "  docsift-summary --merge 1.json 2.json     same as docsift-summary part-*.jsonl\n"
    "(make the parts' summaries without --top and --min-count). See docs/scale-out.md.\n"
    "Exit status: 0 ok; 1 unreadable input, malformed lines skipped (their count and\n"
    "the first one are on stderr; --skip-bad accepts them) or write error; 2 usage.");
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (octx, &argc, &argv, &error))
    {
      fprintf (stderr, "docsift-summary: %s\n", error->message);
      return 2;
    }
  if (version)
    return fputs ("docsift-summary " DS_VERSION "\n", stdout) >= 0 && fflush (stdout) == 0 ? 0 : 1;
  if (help)
    {
      g_autofree char *text = g_option_context_get_help (octx, TRUE, NULL);
      gsize len = strlen (text);
      return fwrite (text, 1, len, stdout) == len && fflush (stdout) == 0 ? 0 : 1;
    }
  gboolean table = FALSE;
  if (format && strcmp (format, "table") == 0)
    table = TRUE;
  else if (format && strcmp (format, "json") != 0)
    {
      fprintf (stderr, "docsift-summary: unknown format “%s” (json or table)\n", format);
      return 2;
    }

  SloganSummary s;
  slogan_summary_init (&s);
  SummaryBad bad = { 0, NULL };
  gboolean (*add_stream) (SloganSummary *, FILE *, const char *, SummaryBad *) =
    merge ? summary_merge_stream : summary_add_stream;
  gboolean ok = TRUE;
  if (files == NULL || files[0] == NULL)
    ok = add_stream (&s, stdin, "<stdin>", &bad);
  else
    for (guint i = 0; files[i]; i++)
      {
        if (strcmp (files[i], "-") == 0)
          {
            ok &= add_stream (&s, stdin, "<stdin>", &bad);
            continue;
          }
        FILE *f = fopen (files[i], "rb");
        if (f == NULL)
          {
            fprintf (stderr, "docsift-summary: %s: %s\n", files[i], g_strerror (errno));
            ok = FALSE;
            continue;
          }
        ok &= add_stream (&s, f, files[i], &bad);
        fclose (f);
      }

  g_autoptr (GPtrArray) years = slogan_summary_years (&s);
  g_autoptr (GPtrArray) rows = slogan_summary_rows (&s, min_count, top > 0 ? (guint) top : 0);

  g_autoptr (GString) out = g_string_new (NULL);
  if (merge && (top > 0 || min_count > 1))
    fprintf (stderr, "docsift-summary: note: with --top or --min-count this summary cannot be merged again\n");
  if (table)
    write_table (out, &s, years, rows);
  else
    write_json (out, &s, years, rows, compact);

  if (fwrite (out->str, 1, out->len, stdout) != out->len || fflush (stdout) != 0 || ferror (stdout))
    {
      fprintf (stderr, "docsift-summary: writing output failed: %s\n", g_strerror (errno));
      ok = FALSE;
    }
  if (bad.count)
    {
      fprintf (stderr, "docsift-summary: %" G_GINT64_FORMAT " malformed %s skipped, the first at %s%s\n", bad.count,
               merge ? (bad.count == 1 ? "summary" : "summaries") : (bad.count == 1 ? "line" : "lines"), bad.first,
               skip_bad ? "" : "; the totals leave them out (--skip-bad to accept that and exit 0)");
      if (!skip_bad)
        ok = FALSE;
    }
  g_free (bad.first);
  slogan_summary_clear (&s);
  return ok ? 0 : 1;
}
