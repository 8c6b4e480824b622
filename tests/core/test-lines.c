/* test-lines.c: the bounded line reader of docsift, docsift-report and
 * docsift-summary: lines of any length, the last one without '\n', and lines over the limit skipped whole
 * (reported with their length) while the next ones are read as usual.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h"

#include <string.h>

static FILE *
stream_of (const char *data, gsize len)
{
  FILE *f = tmpfile ();
  g_assert_nonnull (f);
  g_assert_cmpuint (fwrite (data, 1, len, f), ==, len);
  rewind (f);
  return f;
}

static void
test_lines (void)
{
  /* a long line crosses the reader's 256 KB chunks */
  g_autoptr(GString) data = g_string_new ("a\n\nbc\r\n");
  for (guint i = 0; i < 600000; i++)
    g_string_append_c (data, 'x');
  g_string_append (data, "\nlast");
  FILE *f = stream_of (data->str, data->len);
  g_autoptr(DsLines) lines = _ds_lines_new (f, 1 << 20);
  GString *line;
  guint64 overlong;
  const char *want[] = { "a", "", "bc\r" };
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    {
      g_assert_true (_ds_lines_next (lines, &line, &overlong));
      g_assert_cmpstr (line->str, ==, want[i]);
      g_assert_cmpuint (overlong, ==, 0);
    }
  g_assert_true (_ds_lines_next (lines, &line, &overlong));
  g_assert_cmpuint (line->len, ==, 600000);
  g_assert_true (_ds_lines_next (lines, &line, &overlong));
  g_assert_cmpstr (line->str, ==, "last");
  g_assert_false (_ds_lines_next (lines, &line, &overlong));
  g_assert_false (_ds_lines_failed (lines));
  fclose (f);
}

static void
test_overlong (void)
{
  g_autoptr(GString) data = g_string_new ("short\n");
  for (guint i = 0; i < 700000; i++)
    g_string_append_c (data, '[');
  g_string_append (data, "\n{\"text\":\"ok\"}\n");
  for (guint i = 0; i < 101; i++)
    g_string_append_c (data, 'y');
  FILE *f = stream_of (data->str, data->len);
  g_autoptr(DsLines) lines = _ds_lines_new (f, 100);
  GString *line;
  guint64 overlong;
  g_assert_true (_ds_lines_next (lines, &line, &overlong));
  g_assert_cmpstr (line->str, ==, "short");
  g_assert_true (_ds_lines_next (lines, &line, &overlong));
  g_assert_cmpuint (overlong, ==, 700000);
  g_assert_cmpuint (line->len, ==, 0);
  g_assert_true (_ds_lines_next (lines, &line, &overlong));
  g_assert_cmpstr (line->str, ==, "{\"text\":\"ok\"}");
  g_assert_cmpuint (overlong, ==, 0);
  /* the last line, without '\n', over the limit too */
  g_assert_true (_ds_lines_next (lines, &line, &overlong));
  g_assert_cmpuint (overlong, ==, 101);
  g_assert_false (_ds_lines_next (lines, &line, &overlong));
  fclose (f);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli-lines/lines", test_lines);
  g_test_add_func ("/cli-lines/overlong", test_overlong);
  return g_test_run ();
}
