/* cli-files-from.c: --files-from FILE (see cli-files-from.h).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-files-from.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

gboolean
cli_files_from_read (const char *path, gboolean nul, GPtrArray *args, GError **error)
{
  gboolean is_stdin = g_str_equal (path, "-");
  FILE *f = is_stdin ? stdin : fopen (path, "rb");
  if (f == NULL)
    {
      int err = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (err), "--files-from %s: %s", path,
                   g_strerror (err));
      return FALSE;
    }
  char *line = NULL;
  size_t cap = 0;
  ssize_t got;
  while ((got = getdelim (&line, &cap, nul ? '\0' : '\n', f)) > 0)
    {
      gsize n = (gsize) got;
      if (line[n - 1] == (nul ? '\0' : '\n'))
        n--;
      if (!nul && n > 0 && line[n - 1] == '\r')
        n--;
      if (!nul && memchr (line, '\0', n) != NULL)
        {
          /* a NUL cannot be in a file name: a list meant for -0 */
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                       "--files-from %s: a NUL byte in a line (a list from find -print0 needs -0)", path);
          free (line);
          if (!is_stdin)
            fclose (f);
          return FALSE;
        }
      if (n > 0)
        g_ptr_array_add (args, g_strndup (line, n));
    }
  int err = errno;
  gboolean ok = !ferror (f);
  free (line);
  if (!is_stdin)
    fclose (f);
  if (!ok)
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (err), "--files-from %s: %s", path,
                 g_strerror (err));
  return ok;
}
