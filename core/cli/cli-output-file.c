/* cli-output-file.c: --output FILE (see cli-output-file.h).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-output-file.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

static char *final_path;
/* the temporary name, also read by the signal handler */
static char temp_path[4096];
static volatile sig_atomic_t temp_live;

static void
remove_temp_on_signal (int sig)
{
  if (temp_live)
    unlink (temp_path);
  signal (sig, SIG_DFL);
  raise (sig);
}

gboolean
cli_output_file_open (const char *path, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmpl = g_strdup_printf ("%s/.%s.XXXXXX.part", dir, base);
  if (strlen (tmpl) >= sizeof temp_path)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NAMETOOLONG, "--output %s: name too long", path);
      return FALSE;
    }
  int fd = g_mkstemp_full (tmpl, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int err = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (err), "--output %s: %s", path, g_strerror (err));
      return FALSE;
    }
  /* the permissions a plain create would give (mkstemp makes it 0600) */
  mode_t mask = umask (0);
  umask (mask);
  if (fchmod (fd, 0666 & ~mask) != 0 || fflush (stdout) != 0 || dup2 (fd, STDOUT_FILENO) < 0)
    {
      int err = errno;
      close (fd);
      g_unlink (tmpl);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (err), "--output %s: %s", path, g_strerror (err));
      return FALSE;
    }
  close (fd);
  g_strlcpy (temp_path, tmpl, sizeof temp_path);
  temp_live = 1;
  final_path = g_strdup (path);
  signal (SIGINT, remove_temp_on_signal);
  signal (SIGTERM, remove_temp_on_signal);
  signal (SIGHUP, remove_temp_on_signal);
  return TRUE;
}

gboolean
cli_output_file_close (gboolean complete, GError **error)
{
  if (final_path == NULL)
    return TRUE;
  g_autofree char *path = g_steal_pointer (&final_path);
  gboolean ok = complete;
  int err = 0;
  if (ok && (fflush (stdout) != 0 || ferror (stdout) || fsync (STDOUT_FILENO) != 0 || rename (temp_path, path) != 0))
    {
      err = errno;
      ok = FALSE;
    }
  if (!ok)
    g_unlink (temp_path);
  temp_live = 0;
  if (!ok && err != 0)
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (err), "--output %s: %s", path, g_strerror (err));
  return ok;
}
