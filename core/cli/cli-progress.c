/* cli-progress.c: the progress line: documents (singular for one), failed
 * ones, bytes done, and with a known total (inputs that are files) the
 * share done and the time left at the rate so far.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-progress.h"

static void
append_duration (GString *s, double seconds)
{
  guint64 t = (guint64) (seconds + 0.5);
  if (t >= 3600)
    g_string_append_printf (s, "%" G_GUINT64_FORMAT ":%02u:%02u", t / 3600, (guint) (t / 60 % 60), (guint) (t % 60));
  else
    g_string_append_printf (s, "%u:%02u", (guint) (t / 60), (guint) (t % 60));
}

/* 812 B, 3.4 KB, 12.0 MB, 1.2 GB (decimal units, like the MB/s) */
static void
append_size (GString *s, guint64 bytes)
{
  if (bytes < 1000)
    g_string_append_printf (s, "%u B", (guint) bytes);
  else if (bytes < 1000000)
    g_string_append_printf (s, "%.1f KB", bytes / 1e3);
  else if (bytes < G_GUINT64_CONSTANT (1000000000))
    g_string_append_printf (s, "%.1f MB", bytes / 1e6);
  else
    g_string_append_printf (s, "%.1f GB", bytes / 1e9);
}

char *
cli_progress_line (const CliProgress *p)
{
  GString *s = g_string_new ("docsift: ");
  g_string_append_printf (s, "%u %s", p->docs, p->docs == 1 ? "document" : "documents");
  if (p->failed > 0)
    g_string_append_printf (s, " (%u failed)", p->failed);
  double rate = p->seconds > 0 ? p->bytes / 1e6 / p->seconds : 0.0;
  g_string_append (s, ", ");
  append_size (s, p->bytes);
  if (p->total_bytes > 0)
    {
      guint64 done = MIN (p->bytes, p->total_bytes);
      guint percent = (guint) (done * 100 / p->total_bytes);
      g_string_append (s, " of ");
      append_size (s, p->total_bytes);
      g_string_append_printf (s, " (%u%%), %.1f MB/s", percent, rate);
      if (done > 0 && done < p->total_bytes && p->seconds > 0)
        {
          g_string_append (s, ", ");
          append_duration (s, p->seconds * (double) (p->total_bytes - done) / (double) done);
          g_string_append (s, " left");
        }
    }
  else
    g_string_append_printf (s, ", %.1f MB/s", rate);
  return g_string_free (s, FALSE);
}
