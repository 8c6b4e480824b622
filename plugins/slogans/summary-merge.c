/* summary-merge.c: docsift-summary --merge (see summary-merge.h).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h" /* _ds_json_parse_object: depth and NUL bounded */
#include "summary-merge.h"

#include <stdio.h>
#include <string.h>

void
summary_bad_add (SummaryBad *bad, const char *where, const char *why)
{
  if (!bad->quiet)
    fprintf (stderr, "docsift-summary: %s: %s\n", where, why);
  if (bad->count++ == 0)
    bad->first = g_strdup (where);
}

static void
merge_one (SloganSummary *s, const char *text, gsize len, const char *where, SummaryBad *bad)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autoptr (GError) error = NULL;
  JsonObject *summary = _ds_json_parse_object (parser, text, len, &error);
  if (summary == NULL)
    {
      summary_bad_add (bad, where, error->message);
      return;
    }
  if (!slogan_summary_add_summary (s, summary, &error))
    summary_bad_add (bad, where, error->message);
}

/* Cuts @data into top-level JSON values by their brackets (strings and
 * escapes skipped); each is parsed alone, so one bad summary costs only
 * itself. Text outside any object (a truncated tail too) is bad. */
void
summary_merge_data (SloganSummary *s, const char *data, gsize len, const char *name, SummaryBad *bad)
{
  guint line = 1, start_line = 0;
  gsize start = 0;
  int depth = 0;
  gboolean in_string = FALSE, escape = FALSE, in_value = FALSE;
  for (gsize i = 0; i < len; i++)
    {
      char c = data[i];
      if (c == '\n')
        line++;
      if (!in_value)
        {
          if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
          in_value = TRUE;
          start = i;
          start_line = line;
          depth = 0;
        }
      if (in_string)
        {
          if (escape)
            escape = FALSE;
          else if (c == '\\')
            escape = TRUE;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      if (c == '"')
        in_string = TRUE;
      else if (c == '{' || c == '[')
        depth++;
      else if (c == '}' || c == ']')
        depth--;
      /* a value ends when its brackets close, or (not an object) at the end of its line */
      gboolean end = (depth == 0 && (c == '}' || c == ']')) || depth < 0 ||
                     (depth == 0 && data[start] != '{' && data[start] != '[' && (i + 1 == len || data[i + 1] == '\n'));
      if (end)
        {
          g_autofree char *where = g_strdup_printf ("%s:%u", name, start_line);
          merge_one (s, data + start, i + 1 - start, where, bad);
          in_value = FALSE;
        }
    }
  if (in_value)
    {
      g_autofree char *where = g_strdup_printf ("%s:%u", name, start_line);
      summary_bad_add (bad, where, "a summary cut short (unbalanced brackets at the end)");
    }
}
