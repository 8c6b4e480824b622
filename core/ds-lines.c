/* ds-lines.c: a bounded line reader (getline() would hold a line of any
 * length in memory), for docsift, docsift-report and docsift-summary.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h"

#include <string.h>

#define CHUNK (256 * 1024)

struct _DsLines
{
  FILE *stream;
  gsize max_length;
  char *buf;
  gsize pos, end;     /* unread bytes of buf */
  GString *line;
  gboolean failed;
};

DsLines *
_ds_lines_new (FILE *stream, gsize max_length)
{
  DsLines *lines = g_new0 (DsLines, 1);
  lines->stream = stream;
  lines->max_length = max_length;
  lines->buf = g_malloc (CHUNK);
  lines->line = g_string_new (NULL);
  return lines;
}

void
_ds_lines_free (DsLines *lines)
{
  g_free (lines->buf);
  g_string_free (lines->line, TRUE);
  g_free (lines);
}

gboolean
_ds_lines_failed (DsLines *lines)
{
  return lines->failed;
}

gboolean
_ds_lines_next (DsLines *lines, GString **line, guint64 *overlong)
{
  guint64 length = 0;     /* bytes of this line, without '\n' */
  gboolean any = FALSE;   /* read anything at all, even a lone '\n' */
  g_string_truncate (lines->line, 0);
  *line = lines->line;
  *overlong = 0;

  for (;;)
    {
      if (lines->pos == lines->end)
        {
          lines->pos = 0;
          lines->end = fread (lines->buf, 1, CHUNK, lines->stream);
          if (lines->end == 0)
            {
              lines->failed = ferror (lines->stream) != 0;
              if (lines->failed || !any)
                return FALSE;
              break; /* the last line has no '\n' */
            }
        }
      any = TRUE;
      const char *start = lines->buf + lines->pos;
      gsize avail = lines->end - lines->pos;
      const char *nl = memchr (start, '\n', avail);
      gsize n = nl ? (gsize) (nl - start) : avail;
      length += n;
      if (length <= lines->max_length)
        g_string_append_len (lines->line, start, (gssize) n);
      lines->pos += nl ? n + 1 : n;
      if (nl)
        break;
    }
  if (length > lines->max_length)
    {
      g_string_truncate (lines->line, 0);
      *overlong = length;
    }
  return TRUE;
}
