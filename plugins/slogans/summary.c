/* docsift-summary: total the slogans of many docsift documents, by year.
 *
 *   docsift -p timeline,slogans corpus/ | docsift-summary [--format=table]
 *
 * Reads docsift JSON Lines (files or stdin), adds up layers.slogans.items
 * (count, quoted, documents) across documents and by the year of
 * meta.published (YYYY-MM-DD, set by the timeline plugin; documents without
 * it count under "unknown"), and writes JSON or a readable table.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <glib.h>
#include <json-glib/json-glib.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct
{
  char *slogan;
  char *kind;
  char *category;
  gint64 count, quoted, documents;
  GHashTable *by_year; /* char* year -> gint64* */
} Total;

typedef struct
{
  GHashTable *totals;  /* slogan -> Total* */
  GHashTable *years;   /* year -> gint64* documents */
  gint64 documents, with_slogans, bad_lines;
} Summary;

static void
total_free (gpointer p)
{
  Total *t = p;
  g_free (t->slogan);
  g_free (t->kind);
  g_free (t->category);
  g_hash_table_unref (t->by_year);
  g_free (t);
}

static void
add_count (GHashTable *h, const char *key, gint64 n)
{
  gint64 *v = g_hash_table_lookup (h, key);
  if (v == NULL)
    {
      v = g_new0 (gint64, 1);
      g_hash_table_insert (h, g_strdup (key), v);
    }
  *v += n;
}

static const char *
get_string (JsonObject *o, const char *key)
{
  JsonNode *n = o ? json_object_get_member (o, key) : NULL;
  return n && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
           ? json_node_get_string (n) : NULL;
}

static gint64
get_int (JsonObject *o, const char *key)
{
  JsonNode *n = o ? json_object_get_member (o, key) : NULL;
  return n && JSON_NODE_HOLDS_VALUE (n) ? json_node_get_int (n) : 0;
}

static JsonObject *
get_object (JsonObject *o, const char *key)
{
  JsonNode *n = o ? json_object_get_member (o, key) : NULL;
  return n && JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
}

/* "2021-03-05" -> "2021"; anything else -> "unknown" */
static char *
year_of (const char *published)
{
  if (published && strlen (published) >= 4 && g_ascii_isdigit (published[0]) &&
      g_ascii_isdigit (published[1]) && g_ascii_isdigit (published[2]) &&
      g_ascii_isdigit (published[3]) && (published[4] == '\0' || published[4] == '-'))
    return g_strndup (published, 4);
  return g_strdup ("unknown");
}

static void
summary_add_line (Summary *s, const char *line, gsize len, const char *where)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  if (!json_parser_load_from_data (parser, line, len, &error) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      fprintf (stderr, "docsift-summary: %s: not a JSON object%s%s\n", where,
               error ? ": " : "", error ? error->message : "");
      s->bad_lines++;
      return;
    }
  JsonObject *doc = json_node_get_object (json_parser_get_root (parser));
  g_autofree char *year = year_of (get_string (get_object (doc, "meta"), "published"));
  s->documents++;
  add_count (s->years, year, 1);

  JsonObject *layer = get_object (get_object (doc, "layers"), "slogans");
  JsonNode *items_node = layer ? json_object_get_member (layer, "items") : NULL;
  if (items_node == NULL || !JSON_NODE_HOLDS_ARRAY (items_node))
    return;
  JsonArray *items = json_node_get_array (items_node);
  guint n = json_array_get_length (items);
  if (n > 0)
    s->with_slogans++;
  for (guint i = 0; i < n; i++)
    {
      JsonNode *in = json_array_get_element (items, i);
      if (!JSON_NODE_HOLDS_OBJECT (in))
        continue;
      JsonObject *it = json_node_get_object (in);
      /* a lexicon slogan is keyed by the form written in each document;
       * totals go under its lexicon entry ("entry") */
      const char *slogan = get_string (it, "entry");
      if (slogan == NULL)
        slogan = get_string (it, "slogan");
      if (slogan == NULL)
        continue;
      Total *t = g_hash_table_lookup (s->totals, slogan);
      if (t == NULL)
        {
          t = g_new0 (Total, 1);
          t->slogan = g_strdup (slogan);
          t->kind = g_strdup (get_string (it, "kind"));
          t->category = g_strdup (get_string (it, "category"));
          t->by_year = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
          g_hash_table_insert (s->totals, t->slogan, t);
        }
      gint64 c = get_int (it, "count");
      t->count += c;
      t->quoted += get_int (it, "quoted");
      t->documents++;
      add_count (t->by_year, year, c);
    }
}

static gboolean
summary_add_stream (Summary *s, FILE *f, const char *name)
{
  char *line = NULL;
  size_t cap = 0;
  ssize_t got;
  guint lineno = 0;
  while ((got = getline (&line, &cap, f)) > 0)
    {
      lineno++;
      while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
        got--;
      if (got == 0)
        continue;
      g_autofree char *where = g_strdup_printf ("%s:%u", name, lineno);
      summary_add_line (s, line, got, where);
    }
  gboolean ok = !ferror (f);
  if (!ok)
    fprintf (stderr, "docsift-summary: %s: %s\n", name, g_strerror (errno));
  free (line);
  return ok;
}

static int
cmp_year (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static int
cmp_total (gconstpointer a, gconstpointer b)
{
  const Total *x = *(Total *const *) a, *y = *(Total *const *) b;
  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  if (x->documents != y->documents)
    return x->documents > y->documents ? -1 : 1;
  return strcmp (x->slogan, y->slogan);
}

static gint64
lookup_count (GHashTable *h, const char *key)
{
  gint64 *v = g_hash_table_lookup (h, key);
  return v ? *v : 0;
}

static void
append_json_string (GString *out, const char *s)
{
  g_autoptr (JsonNode) n = json_node_new (JSON_NODE_VALUE);
  json_node_set_string (n, s);
  g_autofree char *str = json_to_string (n, FALSE);
  g_string_append (out, str);
}

static void
write_json (GString *out, Summary *s, GPtrArray *years, GPtrArray *rows)
{
  g_string_append_printf (out, "{\"documents\":%" G_GINT64_FORMAT ",\"documents_with_slogans\":%" G_GINT64_FORMAT ",\"years\":{",
                          s->documents, s->with_slogans);
  for (guint i = 0; i < years->len; i++)
    {
      const char *y = g_ptr_array_index (years, i);
      if (i)
        g_string_append_c (out, ',');
      append_json_string (out, y);
      g_string_append_printf (out, ":%" G_GINT64_FORMAT, lookup_count (s->years, y));
    }
  g_string_append (out, "},\"slogans\":[");
  for (guint i = 0; i < rows->len; i++)
    {
      const Total *t = g_ptr_array_index (rows, i);
      g_string_append (out, i ? ",\n" : "\n");
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
          gint64 c = lookup_count (t->by_year, y);
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
  g_string_append (out, "\n]}\n");
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
write_table (GString *out, Summary *s, GPtrArray *years, GPtrArray *rows)
{
  gsize sw = display_width ("slogan");
  for (guint i = 0; i < rows->len; i++)
    sw = MAX (sw, display_width (((Total *) g_ptr_array_index (rows, i))->slogan));
  sw = MIN (sw, MAX_SLOGAN_WIDTH);
  /* each year column as wide as its year or its largest count, plus a gap */
  g_autofree gsize *yw = g_new0 (gsize, years->len ? years->len : 1);
  for (guint k = 0; k < years->len; k++)
    {
      const char *y = g_ptr_array_index (years, k);
      gsize w = MAX (display_width (y), count_width (lookup_count (s->years, y)));
      for (guint i = 0; i < rows->len; i++)
        w = MAX (w, count_width (lookup_count (((Total *) g_ptr_array_index (rows, i))->by_year, y)));
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
      const Total *t = g_ptr_array_index (rows, i);
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
          gint64 c = lookup_count (t->by_year, g_ptr_array_index (years, k));
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
                  lookup_count (s->years, g_ptr_array_index (years, k)));
      pad_cell (out, buf, yw[k], TRUE);
    }
  g_string_append_c (out, '\n');
}

int
main (int argc, char **argv)
{
  g_autofree char *format = NULL;
  gint top = 0, min_count = 1;
  g_auto (GStrv) files = NULL;
  gboolean help = FALSE;
  GOptionEntry entries[] = {
    { "help", 'h', 0, G_OPTION_ARG_NONE, &help, "Show this help", NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "json (default) or table", "FORMAT" },
    { "top", 'n', 0, G_OPTION_ARG_INT, &top, "Only the N most frequent slogans", "N" },
    { "min-count", 'm', 0, G_OPTION_ARG_INT, &min_count, "Only slogans counted at least N times", "N" },
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
    "Exit status: 0 ok, 1 unreadable input or write error, 2 usage.");
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (octx, &argc, &argv, &error))
    {
      fprintf (stderr, "docsift-summary: %s\n", error->message);
      return 2;
    }
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

  Summary s = { 0 };
  s.totals = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, total_free);
  s.years = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gboolean ok = TRUE;
  if (files == NULL || files[0] == NULL)
    ok = summary_add_stream (&s, stdin, "<stdin>");
  else
    for (guint i = 0; files[i]; i++)
      {
        if (strcmp (files[i], "-") == 0)
          {
            ok &= summary_add_stream (&s, stdin, "<stdin>");
            continue;
          }
        FILE *f = fopen (files[i], "rb");
        if (f == NULL)
          {
            fprintf (stderr, "docsift-summary: %s: %s\n", files[i], g_strerror (errno));
            ok = FALSE;
            continue;
          }
        ok &= summary_add_stream (&s, f, files[i]);
        fclose (f);
      }

  g_autoptr (GPtrArray) years = g_ptr_array_new ();
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, s.years);
  while (g_hash_table_iter_next (&it, &k, &v))
    g_ptr_array_add (years, k);
  g_ptr_array_sort (years, cmp_year);

  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  g_hash_table_iter_init (&it, s.totals);
  while (g_hash_table_iter_next (&it, &k, &v))
    if (((Total *) v)->count >= min_count)
      g_ptr_array_add (rows, v);
  g_ptr_array_sort (rows, cmp_total);
  if (top > 0 && rows->len > (guint) top)
    g_ptr_array_set_size (rows, top);

  g_autoptr (GString) out = g_string_new (NULL);
  if (table)
    write_table (out, &s, years, rows);
  else
    write_json (out, &s, years, rows);

  if (fwrite (out->str, 1, out->len, stdout) != out->len || fflush (stdout) != 0 || ferror (stdout))
    {
      fprintf (stderr, "docsift-summary: writing output failed: %s\n", g_strerror (errno));
      ok = FALSE;
    }
  if (s.bad_lines)
    fprintf (stderr, "docsift-summary: %" G_GINT64_FORMAT " line(s) skipped\n", s.bad_lines);
  g_hash_table_unref (s.totals);
  g_hash_table_unref (s.years);
  return ok ? 0 : 1;
}
