/* cli-isolate.c: supervising the --isolate worker processes.
 *
 * Each worker is docsift started again with a hidden option; a pipe takes
 * documents to it (fd 3) and one brings back, for each document, the names
 * of the plugins as they start and then the record (fd 4; cli-wire.h).
 * While a document is in flight the supervising thread polls the pipe
 * with the document's deadline and, every 50 ms, the worker's resident
 * memory (/proc/PID/statm). A worker that dies, or is killed for taking
 * too long or too much memory, is reaped; the document gets an error
 * record naming the plugin that was running; the next document starts a
 * new worker.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-isolate.h"
#include "cli-wire.h"
#include "cli-worker.h"

#include <errno.h>
#include <glib-unix.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

G_DEFINE_QUARK (cli-isolate-error-quark, cli_isolate_error)

#define MEMORY_CHECK_MS 50

typedef struct
{
  GPid pid;           /* 0: not running */
  int to, from;
  GByteArray *buf;    /* bytes read, not yet a whole message */
  gboolean ready;     /* said hello: its plugins are initialized */
  char *plugin;       /* running now, by its last message */
} Worker;

struct _CliIsolate
{
  char **argv;
  CliIsolateSettings settings;
  GAsyncQueue *idle;  /* Worker* */
  GPtrArray *all;     /* Worker* */
};

typedef enum
{
  WAIT_MESSAGE,
  WAIT_DIED,
  WAIT_TIMEOUT,
  WAIT_MEMORY,
} WaitResult;

static gboolean
spawn_worker (CliIsolate *iso, Worker *w, GError **error)
{
  int req[2], resp[2];
  if (!g_unix_open_pipe (req, FD_CLOEXEC, error))
    return FALSE;
  if (!g_unix_open_pipe (resp, FD_CLOEXEC, error))
    {
      close (req[0]);
      close (req[1]);
      return FALSE;
    }
  const int source_fds[] = { req[0], resp[1] };
  const int target_fds[] = { CLI_WORKER_IN_FD, CLI_WORKER_OUT_FD };
  /* the worker's stdout is our stderr: a plugin printing must not corrupt
   * the records */
  gboolean ok = g_spawn_async_with_pipes_and_fds (NULL, (const char *const *) iso->argv, NULL,
                                                  G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDIN_FROM_DEV_NULL,
                                                  NULL, NULL, -1, STDERR_FILENO, -1, source_fds, target_fds,
                                                  G_N_ELEMENTS (source_fds), &w->pid, NULL, NULL, NULL, error);
  close (req[0]);
  close (resp[1]);
  if (!ok)
    {
      close (req[1]);
      close (resp[0]);
      w->pid = 0;
      return FALSE;
    }
  w->to = req[1];
  w->from = resp[0];
  w->ready = FALSE;
  g_byte_array_set_size (w->buf, 0);
  return TRUE;
}

/* Closes the pipes and reaps the worker (killing it first when asked);
 * returns its wait status. */
static int
end_worker (Worker *w, gboolean kill_it)
{
  int status = 0;
  if (w->pid == 0)
    return 0;
  if (kill_it)
    kill (w->pid, SIGKILL);
  close (w->to);
  close (w->from);
  while (waitpid (w->pid, &status, 0) < 0 && errno == EINTR)
    ;
  w->pid = 0;
  return status;
}

static guint64
resident_bytes (GPid pid)
{
  char path[64];
  g_snprintf (path, sizeof path, "/proc/%d/statm", (int) pid);
  g_autofree char *statm = NULL;
  if (!g_file_get_contents (path, &statm, NULL, NULL))
    return 0;
  unsigned long size = 0, resident = 0;
  if (sscanf (statm, "%lu %lu", &size, &resident) != 2)
    return 0;
  return (guint64) resident * (guint64) sysconf (_SC_PAGESIZE);
}

/* Waits for the next message of @w, until @deadline (monotonic µs, 0:
 * none), watching its memory when a limit is set. */
static WaitResult
wait_message (CliIsolate *iso, Worker *w, gint64 deadline, gboolean watch_memory, CliWireMsg *msg)
{
  guint64 max_bytes = iso->settings.max_memory_mb << 20;
  guint8 chunk[65536];
  for (;;)
    {
      if (cli_wire_parse (w->buf, msg))
        return WAIT_MESSAGE;
      int wait_ms = -1;
      if (deadline > 0)
        {
          gint64 now = g_get_monotonic_time ();
          if (now >= deadline)
            return WAIT_TIMEOUT;
          wait_ms = (int) MIN ((deadline - now) / 1000 + 1, G_MAXINT);
        }
      if (watch_memory && max_bytes > 0)
        wait_ms = wait_ms < 0 ? MEMORY_CHECK_MS : MIN (wait_ms, MEMORY_CHECK_MS);
      struct pollfd pfd = { .fd = w->from, .events = POLLIN };
      int r = poll (&pfd, 1, wait_ms);
      if (r > 0)
        {
          ssize_t n = read (w->from, chunk, sizeof chunk);
          if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN))
            return WAIT_DIED;
          if (n > 0)
            g_byte_array_append (w->buf, chunk, (guint) n);
        }
      if (watch_memory && max_bytes > 0 && resident_bytes (w->pid) > max_bytes)
        return WAIT_MEMORY;
    }
}

static const char *
signal_name (int sig)
{
  switch (sig)
    {
    case SIGSEGV: return "SIGSEGV";
    case SIGABRT: return "SIGABRT";
    case SIGBUS: return "SIGBUS";
    case SIGFPE: return "SIGFPE";
    case SIGILL: return "SIGILL";
    case SIGKILL: return "SIGKILL";
    case SIGTERM: return "SIGTERM";
    case SIGTRAP: return "SIGTRAP";
    default: return NULL;
    }
}

/* The error record of the document in flight when @w failed. */
static void
add_failure (CliIsolate *iso, Worker *w, WaitResult why, const CliProcessor *p, CliItem *item, CliResult *result)
{
  /* killing one that died already does not change its wait status */
  int status = end_worker (w, TRUE);
  g_autoptr(JsonObject) extra = json_object_new ();
  g_autoptr(GError) error = NULL;
  const char *plugin = w->plugin ? w->plugin : "docsift";
  const char *during = w->ready ? "on this document" : "while the worker started";

  if (why == WAIT_TIMEOUT)
    {
      json_object_set_string_member (extra, "kind", "timeout");
      json_object_set_int_member (extra, "timeout_seconds", iso->settings.timeout_seconds);
      error = g_error_new (CLI_ISOLATE_ERROR, CLI_ISOLATE_ERROR_TIMEOUT,
                           "%s: plugin %s ran over the timeout of %u s (--timeout); its worker was killed and replaced",
                           item->id, plugin, iso->settings.timeout_seconds);
    }
  else if (why == WAIT_MEMORY)
    {
      json_object_set_string_member (extra, "kind", "memory");
      json_object_set_int_member (extra, "max_memory_mb", (gint64) iso->settings.max_memory_mb);
      error = g_error_new (CLI_ISOLATE_ERROR, CLI_ISOLATE_ERROR_MEMORY,
                           "%s: plugin %s used more than %" G_GUINT64_FORMAT
                           " MB (--max-memory); its worker was killed and replaced",
                           item->id, plugin, iso->settings.max_memory_mb);
    }
  else
    {
      json_object_set_string_member (extra, "kind", "crash");
      g_autofree char *cause = NULL;
      if (WIFSIGNALED (status))
        {
          int sig = WTERMSIG (status);
          g_autofree char *number = g_strdup_printf ("signal %d", sig);
          const char *name = signal_name (sig) ? signal_name (sig) : number;
          json_object_set_string_member (extra, "signal", name);
          cause = g_strdup_printf ("died of %s", name);
        }
      else
        {
          int code = WIFEXITED (status) ? WEXITSTATUS (status) : -1;
          json_object_set_int_member (extra, "exit_status", code);
          cause = g_strdup_printf ("exited with status %d", code);
        }
      error = g_error_new (CLI_ISOLATE_ERROR, CLI_ISOLATE_ERROR_CRASH,
                           "%s: the worker %s in plugin %s %s; it was replaced", item->id, cause, plugin, during);
    }
  cli_result_add_error (p, result, item->id, item->source, plugin, extra, error);
}

static gboolean
send_item (Worker *w, const CliItem *item)
{
  char kind = (char) item->kind;
  gint32 code = item->code;
  const char *field[] = { &kind, (const char *) &code, item->id, item->source, item->data ? item->data : "" };
  const gsize length[] = { 1, sizeof code, strlen (item->id), strlen (item->source), item->data ? item->length : 0 };
  return cli_wire_write (w->to, 'D', 5, field, length);
}

static void
set_plugin (Worker *w, const char *name, gsize len)
{
  g_free (w->plugin);
  w->plugin = g_strndup (name, len);
}

/* Starts @w if needed and waits for its hello; FALSE when it died. */
static gboolean
ensure_ready (CliIsolate *iso, Worker *w, const CliProcessor *p, CliItem *item, CliResult *result)
{
  g_autoptr(GError) error = NULL;
  if (w->pid == 0 && !spawn_worker (iso, w, &error))
    {
      g_prefix_error (&error, "%s: cannot start an --isolate worker: ", item->id);
      error->domain = CLI_ISOLATE_ERROR;
      error->code = CLI_ISOLATE_ERROR_SPAWN;
      cli_result_add_error (p, result, item->id, item->source, "docsift", NULL, error);
      return FALSE;
    }
  if (w->ready)
    return TRUE;
  set_plugin (w, "docsift", 7);
  /* its plugins' init gets the time a document gets */
  gint64 deadline = iso->settings.timeout_seconds > 0
                      ? g_get_monotonic_time () + (gint64) iso->settings.timeout_seconds * G_USEC_PER_SEC
                      : 0;
  CliWireMsg msg;
  WaitResult r = wait_message (iso, w, deadline, FALSE, &msg);
  if (r != WAIT_MESSAGE || msg.type != 'H')
    {
      add_failure (iso, w, r == WAIT_MESSAGE ? WAIT_DIED : r, p, item, result);
      return FALSE;
    }
  cli_wire_consume (w->buf, &msg);
  w->ready = TRUE;
  return TRUE;
}

static void
process_one (CliIsolate *iso, Worker *w, const CliProcessor *p, CliItem *item, CliResult *result)
{
  /* a worker that died between documents (the OOM killer) gets one retry */
  for (guint attempt = 0;; attempt++)
    {
      if (!ensure_ready (iso, w, p, item, result))
        return;
      if (send_item (w, item))
        break;
      if (attempt > 0)
        {
          add_failure (iso, w, WAIT_DIED, p, item, result);
          return;
        }
      end_worker (w, TRUE);
    }
  set_plugin (w, "docsift", 7);
  gint64 deadline = iso->settings.timeout_seconds > 0
                      ? g_get_monotonic_time () + (gint64) iso->settings.timeout_seconds * G_USEC_PER_SEC
                      : 0;
  for (;;)
    {
      CliWireMsg msg;
      WaitResult r = wait_message (iso, w, deadline, TRUE, &msg);
      if (r != WAIT_MESSAGE)
        {
          add_failure (iso, w, r, p, item, result);
          return;
        }
      if (msg.type == 'P' && msg.n_fields == 1)
        set_plugin (w, msg.field[0], msg.length[0]);
      else if (msg.type == 'R' && msg.n_fields == 4)
        {
          guint32 n_failed;
          guint64 bytes;
          memcpy (&n_failed, msg.field[2], sizeof n_failed);
          memcpy (&bytes, msg.field[3], sizeof bytes);
          g_string_append_len (result->out, msg.field[0], (gssize) msg.length[0]);
          if (msg.length[0] == 0)
            result->n_skipped++; /* every document writes a record, but those of other shards */
          g_string_append_len (result->problems, msg.field[1], (gssize) msg.length[1]);
          result->n_failed += n_failed;
          result->bytes += bytes;
          cli_wire_consume (w->buf, &msg);
          return;
        }
      cli_wire_consume (w->buf, &msg);
    }
}

CliIsolate *
cli_isolate_new (char **argv, const CliIsolateSettings *settings)
{
  CliIsolate *iso = g_new0 (CliIsolate, 1);
  iso->argv = g_strdupv (argv);
  iso->settings = *settings;
  iso->idle = g_async_queue_new ();
  iso->all = g_ptr_array_new ();
  for (guint i = 0; i < MAX (settings->workers, 1); i++)
    {
      Worker *w = g_new0 (Worker, 1);
      w->buf = g_byte_array_new ();
      /* started now so their plugins initialize in parallel; one that
       * cannot start is tried again, and reported, at its first document */
      spawn_worker (iso, w, NULL);
      g_ptr_array_add (iso->all, w);
      g_async_queue_push (iso->idle, w);
    }
  return iso;
}

void
cli_isolate_process (CliIsolate *iso, const CliProcessor *p, GPtrArray *items, CliResult *result)
{
  Worker *w = g_async_queue_pop (iso->idle);
  for (guint i = 0; i < items->len; i++)
    process_one (iso, w, p, g_ptr_array_index (items, i), result);
  g_async_queue_push (iso->idle, w);
}

void
cli_isolate_free (CliIsolate *iso)
{
  for (guint i = 0; i < iso->all->len; i++)
    {
      Worker *w = g_ptr_array_index (iso->all, i);
      /* it exits at the end of its input; a failure there (a sanitizer's
       * leak report) is worth a word */
      gboolean running = w->pid != 0;
      int status = end_worker (w, FALSE);
      if (running && !(WIFEXITED (status) && WEXITSTATUS (status) == 0))
        g_warning ("an --isolate worker failed at its end (wait status 0x%x)", (unsigned) status);
      g_byte_array_unref (w->buf);
      g_free (w->plugin);
      g_free (w);
    }
  g_ptr_array_unref (iso->all);
  g_async_queue_unref (iso->idle);
  g_strfreev (iso->argv);
  g_free (iso);
}
