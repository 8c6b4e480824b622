/* cli-crash.c: what a crashing in-process run says before it dies. Each
 * worker thread notes the document and the plugin it runs; the handler
 * writes them with write(2) (async-signal-safe) and dies of the same
 * signal, so the exit status is unchanged.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-crash.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

static _Thread_local const char *current_document;
static _Thread_local const char *current_plugin;

void
cli_crash_note_document (const char *id)
{
  current_document = id;
}

static void
note_stage (const char *plugin, gpointer data)
{
  current_plugin = plugin;
}

static void
say (const char *s)
{
  if (s != NULL && write (STDERR_FILENO, s, strlen (s)) < 0)
    return;
}

static void
on_crash (int sig)
{
  const char *name = sig == SIGSEGV ? "SIGSEGV" : sig == SIGBUS ? "SIGBUS" : sig == SIGFPE ? "SIGFPE"
                     : sig == SIGILL ? "SIGILL" : "SIGABRT";
  say ("\ndocsift: crashed (");
  say (name);
  say (")");
  if (current_plugin != NULL)
    {
      say (" in plugin ");
      say (current_plugin);
    }
  if (current_document != NULL)
    {
      say (" on document ");
      say (current_document);
    }
  say ("; with --isolate only that document is lost and the run goes on\n");
  raise (sig); /* the default action: SA_RESETHAND */
}

void
cli_crash_install (DsPipeline *pipeline)
{
  pipeline->on_stage = note_stage;
  struct sigaction sa = { 0 };
  sa.sa_handler = on_crash;
  sa.sa_flags = SA_RESETHAND | SA_NODEFER;
  sigemptyset (&sa.sa_mask);
  const int signals[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    sigaction (signals[i], &sa, NULL);
}
