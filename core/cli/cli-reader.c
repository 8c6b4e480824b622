/* cli-reader.c: reading inputs on the main thread.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-reader.h"
#include "ds-private.h"
#include "ds-input.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

static gboolean
looks_like_jsonl_name (const char *path)
{
  return g_str_has_suffix (path, ".jsonl") || g_str_has_suffix (path, ".ndjson") ||
         g_str_has_suffix (path, ".json");
}

/* JSON Lines from @stream, one document per non-blank line. */
static void
read_jsonl (CliRun *run, FILE *stream, const char *display, gsize max_line)
{
  g_autoptr(DsLines) lines = _ds_lines_new (stream, max_line);
  GString *line;
  guint64 overlong;
  guint64 line_no = 0;

  while (!cli_run_stopped (run) && _ds_lines_next (lines, &line, &overlong))
    {
      line_no++;
      g_autofree char *id = g_strdup_printf ("%s:%" G_GUINT64_FORMAT, display, line_no);
      if (overlong > 0)
        {
          g_autofree char *msg = g_strdup_printf ("%s: %" G_GUINT64_FORMAT " bytes, over the limit of %"
                                                  G_GSIZE_FORMAT " bytes for a JSON Lines record (4 times --max-doc-bytes)", id,
                                                  overlong, max_line);
          cli_run_add_error (run, id, display, DS_INPUT_ERROR_TOO_LARGE, msg);
          continue;
        }
      gsize n = line->len;
      while (n > 0 && line->str[n - 1] == '\r')
        n--;
      gsize start = 0;
      while (start < n && g_ascii_isspace (line->str[start]))
        start++;
      if (start == n)
        continue;
      /* a copy of every byte (g_strndup would stop at a NUL, which the
       * envelope must see to refuse) */
      char *record = g_malloc (n - start + 1);
      memcpy (record, line->str + start, n - start);
      record[n - start] = '\0';
      cli_run_add_item (run, CLI_ITEM_JSON, record, n - start, id, display);
    }
  if (_ds_lines_failed (lines))
    {
      g_autofree char *msg = g_strdup_printf ("%s: read error after line %" G_GUINT64_FORMAT ": %s", display,
                                              line_no, g_strerror (errno));
      cli_run_add_error (run, display, display, DS_INPUT_ERROR_READ, msg);
    }
}

/* Reads @stream to its end; past @max bytes (0: no limit) it only counts
 * them, in @total. */
static gboolean
read_all (FILE *stream, GByteArray *buf, guint64 max, guint64 *total)
{
  guint8 chunk[65536];
  size_t n;
  *total = buf->len;
  while ((n = fread (chunk, 1, sizeof chunk, stream)) > 0)
    {
      *total += n;
      if (max == 0 || *total <= max)
        g_byte_array_append (buf, chunk, n);
    }
  return !ferror (stream);
}

/* stdin: JSON Lines when asked, or (auto) when it starts with '{' */
static void
read_stdin (CliRun *run, const CliInput *in, const char *fmt, const CliLimits *limits)
{
  if (g_str_equal (fmt, "jsonl"))
    {
      read_jsonl (run, stdin, in->display, limits->max_line);
      return;
    }
  g_autoptr(GByteArray) buf = g_byte_array_new ();
  int c;
  while ((c = getc (stdin)) != EOF && (c == ' ' || c == '\n' || c == '\r' || c == '\t'))
    {
      guint8 b = (guint8) c;
      g_byte_array_append (buf, &b, 1);
    }
  if (c != EOF)
    ungetc (c, stdin);
  if (c == '{' && g_str_equal (fmt, "auto"))
    {
      read_jsonl (run, stdin, in->display, limits->max_line);
      return;
    }
  guint64 total;
  if (!read_all (stdin, buf, limits->max_doc_bytes, &total))
    {
      g_autofree char *msg = g_strdup_printf ("%s: %s", in->display, g_strerror (errno));
      cli_run_add_error (run, in->display, in->display, DS_INPUT_ERROR_READ, msg);
      return;
    }
  if (limits->max_doc_bytes > 0 && total > limits->max_doc_bytes)
    {
      g_autoptr(GError) error = NULL;
      cli_too_large_error (&error, in->display, total, limits->max_doc_bytes);
      cli_run_add_error (run, in->display, in->display, DS_INPUT_ERROR_TOO_LARGE, error->message);
      return;
    }
  gsize len = buf->len;
  g_byte_array_append (buf, (const guint8 *) "", 1);
  cli_run_add_item (run, CLI_ITEM_TEXT, (char *) g_byte_array_free (g_steal_pointer (&buf), FALSE), len,
                    in->display, in->display);
}

void
cli_read_input (CliRun *run, const CliInput *in, const char *fmt, const CliLimits *limits)
{
  if (in->path == NULL)
    {
      read_stdin (run, in, fmt, limits);
      return;
    }

  if (g_str_equal (fmt, "jsonl") || (g_str_equal (fmt, "auto") && looks_like_jsonl_name (in->path)))
    {
      FILE *f = fopen (in->path, "rb");
      if (f == NULL)
        {
          g_autofree char *msg = g_strdup_printf ("%s: %s", in->display, g_strerror (errno));
          cli_run_add_error (run, in->display, in->display, DS_INPUT_ERROR_READ, msg);
          return;
        }
      read_jsonl (run, f, in->display, limits->max_line);
      fclose (f);
      return;
    }

  cli_run_add_item (run, CLI_ITEM_FILE, NULL, 0, in->display, in->path);
}
