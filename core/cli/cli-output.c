/* cli-output.c: checked output and messages of the docsift CLI.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-output.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

static gboolean output_failed = FALSE;

/* Records the first write error on stdout and says so, once (jq's
 * "writing output failed"). A closed pipe (`docsift … | head`) is the
 * reader having had enough: the run stops without a message, still with
 * EXIT_OUTPUT (grep and sort die of SIGPIPE, also a failure status). */
static gboolean
output_error (int err)
{
  output_failed = TRUE;
  if (err == EPIPE)
    return FALSE;
  g_autofree char *msg = g_strdup_printf ("docsift: error writing output: %s\n", g_strerror (err));
  fwrite (msg, 1, strlen (msg), stderr);
  return FALSE;
}

gboolean
cli_write_out (const char *data, gsize len)
{
  if (output_failed)
    return FALSE;
  if (len > 0 && fwrite (data, 1, len, stdout) != len)
    return output_error (errno);
  return TRUE;
}

gboolean
cli_flush_out (void)
{
  if (output_failed)
    return FALSE;
  if (fflush (stdout) != 0 || ferror (stdout))
    return output_error (errno);
  return TRUE;
}

gboolean
cli_output_failed (void)
{
  return output_failed;
}

int
cli_write_all (const char *data, gsize len)
{
  return cli_write_out (data, len) && cli_flush_out () ? EXIT_OK : EXIT_OUTPUT;
}

/* Messages go to stderr as UTF-8 bytes, whatever the locale (g_printerr
 * would turn 中文 into ?? under LC_ALL=C). */
void
cli_say (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  g_autofree char *msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  fwrite (msg, 1, strlen (msg), stderr);
  fflush (stderr);
}

GLogWriterOutput
cli_log_writer (GLogLevelFlags level, const GLogField *fields, gsize n_fields, gpointer user_data)
{
  const char *message = NULL;
  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE"))
      message = fields[i].value;
  if (message == NULL)
    return G_LOG_WRITER_UNHANDLED;
  if ((level & (G_LOG_LEVEL_DEBUG | G_LOG_LEVEL_INFO)) && !g_getenv ("G_MESSAGES_DEBUG"))
    return G_LOG_WRITER_HANDLED;
  const char *kind = (level & G_LOG_LEVEL_CRITICAL) ? "critical: " :
                     (level & G_LOG_LEVEL_WARNING) ? "warning: " : "";
  cli_say ("docsift: %s%s\n", kind, message);
  return G_LOG_WRITER_HANDLED;
}
