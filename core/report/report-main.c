/* docsift-report: one self-contained HTML page from docsift JSON Lines.
 *
 *   docsift examples/ | docsift-report -o report.html
 *
 * Options, --help and exit status; the work is in the other report-*.c
 * files (see report.h).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "report.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

enum
{
  EXIT_OK = 0,
  EXIT_INPUT = 1,  /* some input unreadable or not docsift records: page still written */
  EXIT_USAGE = 2,
  EXIT_OUTPUT = 4, /* the page could not be written */
};

static const char description[] =
  "Reads docsift output (JSON Lines: files, or '-' / nothing for stdin) and\n"
  "writes one HTML page that works offline: inline CSS and SVG, no fetches.\n"
  "\n"
  "  docsift examples/ | docsift-report -o report.html\n"
  "  docsift -p numbers,timeline corpus/ > out.jsonl\n"
  "  docsift-report --layers numbers --title 'Q1 figures' -o q1.html out.jsonl\n"
  "\n"
  "The page has the corpus overview (documents, characters, scripts,\n"
  "failures; slogan mentions by year, the same totals as docsift-summary; a\n"
  "timeline chart of the resolved dates; the facts table when a facts layer\n"
  "is present; a sortable list of documents), then one section per document:\n"
  "title, source, publication date and where it came from, the original text\n"
  "with every occurrence of every item of the chosen layers marked (colour,\n"
  "border style and a label such as N3 = numbers item 3, linking to a note\n"
  "that gives the resolution; hover a mark for the same).\n"
  "\n"
  "Large inputs: sections are written for the first --max-docs documents\n"
  "(default 200) and each text is shown up to --max-chars code points\n"
  "(default 20000); the page says what was left out. The overview counts\n"
  "every document.\n"
  "\n"
  "Layers: --layers takes any layer names (marks of unknown layers are grey);\n"
  "by default those of numbers, timeline, slogans and facts present.\n"
  "\n"
  "Exit status: 0 page written; 1 page written but some input was unreadable\n"
  "or not docsift output (each reported as FILE:LINE: reason) or had spans\n"
  "outside its text; 2 usage; 4 the page could not be written.\n";

static gboolean
valid_layer_name (const char *s)
{
  if (*s == '\0')
    return FALSE;
  for (const char *p = s; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-' && *p != '.')
      return FALSE;
  return TRUE;
}

/* "numbers, timeline" -> { "numbers", "timeline", NULL }; NULL + message on a bad name. */
static char **
parse_layers (const char *arg)
{
  g_auto (GStrv) parts = g_strsplit (arg, ",", -1);
  g_autoptr (GPtrArray) out = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; parts[i]; i++)
    {
      char *name = g_strstrip (parts[i]);
      if (*name == '\0')
        continue;
      if (!valid_layer_name (name))
        {
          fprintf (stderr, "docsift-report: --layers: “%s” is not a layer name (letters, digits, _ - .)\n", name);
          return NULL;
        }
      g_ptr_array_add (out, g_strdup (name));
    }
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&out), FALSE);
}

static gboolean
write_output (const char *path, GString *page)
{
  g_autoptr (GError) error = NULL;
  if (path && strcmp (path, "-") != 0)
    {
      if (!g_file_set_contents (path, page->str, page->len, &error))
        {
          fprintf (stderr, "docsift-report: %s\n", error->message);
          return FALSE;
        }
      return TRUE;
    }
  if (fwrite (page->str, 1, page->len, stdout) != page->len || fflush (stdout) != 0 || ferror (stdout))
    {
      fprintf (stderr, "docsift-report: writing the page failed: %s\n", g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

int
main (int argc, char **argv)
{
  g_autofree char *output = NULL, *layers = NULL, *title = NULL;
  gint max_docs = REPORT_DEFAULT_MAX_DOCS, max_chars = REPORT_DEFAULT_MAX_CHARS;
  g_auto (GStrv) files = NULL;
  gboolean help = FALSE, version = FALSE;
  GOptionEntry entries[] = {
    { "help", 'h', 0, G_OPTION_ARG_NONE, &help, "Show this help", NULL },
    { "version", 'V', 0, G_OPTION_ARG_NONE, &version, "Print the version and exit", NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the page to FILE (default: stdout, '-')", "FILE" },
    { "layers", 'l', 0, G_OPTION_ARG_STRING, &layers, "Layers to mark, e.g. numbers,timeline (default: numbers,timeline,slogans,facts when present)", "LIST" },
    { "max-docs", 'n', 0, G_OPTION_ARG_INT, &max_docs, "Sections for the first N documents (default 200)", "N" },
    { "max-chars", 'c', 0, G_OPTION_ARG_INT, &max_chars, "Show each text up to N characters (default 20000)", "N" },
    { "title", 't', 0, G_OPTION_ARG_STRING, &title, "Page title (default: docsift report)", "TEXT" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "[FILE…]" },
    { NULL }
  };
  g_autoptr (GOptionContext) octx = g_option_context_new ("— one HTML page with the marked documents, charts and facts of docsift output");
  g_option_context_add_main_entries (octx, entries, NULL);
  /* g_print would turn UTF-8 into '?' under a non-UTF-8 locale */
  g_option_context_set_help_enabled (octx, FALSE);
  g_option_context_set_description (octx, description);
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (octx, &argc, &argv, &error))
    {
      fprintf (stderr, "docsift-report: %s (see --help)\n", error->message);
      return EXIT_USAGE;
    }
  if (version)
    return fputs ("docsift-report " DS_VERSION "\n", stdout) >= 0 && fflush (stdout) == 0 ? EXIT_OK : EXIT_OUTPUT;
  if (help)
    {
      g_autofree char *text = g_option_context_get_help (octx, TRUE, NULL);
      gsize len = strlen (text);
      return fwrite (text, 1, len, stdout) == len && fflush (stdout) == 0 ? EXIT_OK : EXIT_OUTPUT;
    }
  if (max_docs < 0 || max_chars < 0)
    {
      fprintf (stderr, "docsift-report: --max-docs and --max-chars take a number ≥ 0\n");
      return EXIT_USAGE;
    }
  gboolean from_stdin = files == NULL || files[0] == NULL;
  if (from_stdin && isatty (STDIN_FILENO))
    {
      fprintf (stderr, "docsift-report: no input: give docsift JSON Lines files or pipe them in, e.g.\n"
                       "  docsift examples/ | docsift-report -o report.html\n");
      return EXIT_USAGE;
    }
  if ((output == NULL || strcmp (output, "-") == 0) && isatty (STDOUT_FILENO))
    {
      fprintf (stderr, "docsift-report: not writing HTML to a terminal: give -o report.html (or redirect stdout)\n");
      return EXIT_USAGE;
    }
  ReportOptions opt = { NULL, (guint) max_docs, (guint) max_chars, title };
  g_auto (GStrv) layer_list = NULL;
  if (layers)
    {
      layer_list = parse_layers (layers);
      if (layer_list == NULL)
        return EXIT_USAGE;
      opt.layers = layer_list;
    }

  Report r;
  report_init (&r, &opt);
  gboolean ok = TRUE;
  if (from_stdin)
    ok = report_read_stream (&r, stdin, "<stdin>");
  else
    for (guint i = 0; files[i]; i++)
      {
        if (strcmp (files[i], "-") == 0)
          {
            ok &= report_read_stream (&r, stdin, "<stdin>");
            continue;
          }
        FILE *f = fopen (files[i], "rb");
        if (f == NULL)
          {
            fprintf (stderr, "docsift-report: %s: %s\n", files[i], g_strerror (errno));
            ok = FALSE;
            continue;
          }
        ok &= report_read_stream (&r, f, files[i]);
        fclose (f);
      }
  g_autoptr (GString) page = g_string_new (NULL);
  report_write_page (&r, page);
  if (r.bad_lines || r.bad_items)
    {
      fprintf (stderr, "docsift-report: %" G_GINT64_FORMAT " line(s) skipped, %" G_GINT64_FORMAT " item(s) not marked\n",
               r.bad_lines, r.bad_items);
      ok = FALSE;
    }
  report_clear (&r);
  if (!write_output (output, page))
    return EXIT_OUTPUT;
  return ok ? EXIT_OK : EXIT_INPUT;
}
