/* cli-run.c: batches, worker threads and the ordered writer.
 *
 * The main thread only reads: it cuts the input into items (one file's
 * bytes, or one JSON Lines record) and groups them into batches of about
 * 256 KB. Workers decode or parse each item, run the pipeline and serialize
 * the record into the batch's buffer. The main thread writes finished
 * batches in input order. At most 4 batches per worker are in flight, so
 * memory does not grow with the number of documents.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-run.h"
#include "cli-output.h"
#include "cli-crash.h"
#include "cli-process.h"
#include "cli-progress.h"

#include <unistd.h>

typedef struct
{
  GPtrArray *items;  /* CliItem* */
  gsize bytes;
  GString *out;      /* the serialized records */
  GString *problems; /* lines for stderr */
  guint n_docs;
  guint n_failed;
  gboolean done;
} Batch;

struct _CliRun
{
  const CliOptions *opts;
  CliProcessor processor;
  CliIsolate *isolate;   /* NULL: in process */
  GMutex lock;
  GCond cond;
  GThreadPool *pool;
  GQueue pending;      /* Batch*, in input order */
  Batch *filling;      /* the batch the reader adds to */
  guint max_pending;
  guint n_docs;
  guint n_failed;
  gsize bytes_in;
  guint64 total_bytes; /* 0: unknown */
  gint64 started;
  gint64 last_progress;
  gboolean progress;
  gboolean stop;       /* --fail-fast tripped, or output failed */
};

#define BATCH_BYTES (256 * 1024)
#define BATCH_ITEMS 256
#define BATCH_FILES 32

static void
batch_free (Batch *batch)
{
  g_ptr_array_unref (batch->items);
  g_string_free (batch->out, TRUE);
  g_string_free (batch->problems, TRUE);
  g_free (batch);
}

static void
process_batch (gpointer data, gpointer user_data)
{
  Batch *batch = data;
  CliRun *run = user_data;

  CliResult result = { batch->out, batch->problems, 0, 0, 0 };
  if (run->isolate != NULL)
    cli_isolate_process (run->isolate, &run->processor, batch->items, &result);
  else
    for (guint i = 0; i < batch->items->len; i++)
      cli_process_item (&run->processor, g_ptr_array_index (batch->items, i), &result);
  cli_crash_note_document (NULL);
  batch->n_docs += batch->items->len - result.n_skipped;
  batch->n_failed += result.n_failed;
  batch->bytes += result.bytes;

  g_mutex_lock (&run->lock);
  batch->done = TRUE;
  g_cond_broadcast (&run->cond);
  g_mutex_unlock (&run->lock);
}

static void
show_progress (CliRun *run, gboolean final)
{
  if (!run->progress)
    return;
  gint64 now = g_get_monotonic_time ();
  if (!final && now - run->last_progress < 250000)
    return;
  run->last_progress = now;
  CliProgress p = {
    .docs = run->n_docs,
    .failed = run->n_failed,
    .bytes = run->bytes_in,
    .total_bytes = run->total_bytes,
    .seconds = (now - run->started) / 1e6,
  };
  g_autofree char *line = cli_progress_line (&p);
  cli_say ("\r\033[K%s", line);
  if (final)
    cli_say ("\n");
}

/* Writes finished batches at the front of the queue; waits while the queue
 * is full, or until it is empty when @drain. Called with the lock held. */
static void
write_ready (CliRun *run, gboolean drain)
{
  for (;;)
    {
      Batch *batch = g_queue_peek_head (&run->pending);
      if (batch == NULL)
        return;
      if (!batch->done)
        {
          if (!drain && run->pending.length < run->max_pending)
            return;
          g_cond_wait (&run->cond, &run->lock);
          continue;
        }
      g_queue_pop_head (&run->pending);
      g_mutex_unlock (&run->lock);

      if (run->stop)
        {
          /* after --fail-fast tripped or output failed: drop the rest */
          batch_free (batch);
          g_mutex_lock (&run->lock);
          continue;
        }
      if (batch->problems->len > 0)
        {
          if (run->progress)
            cli_say ("\r\033[K");
          g_auto(GStrv) lines = g_strsplit (batch->problems->str, "\n", -1);
          for (guint i = 0; lines[i] && *lines[i]; i++)
            cli_say ("docsift: %s\n", lines[i]);
        }
      if (!cli_write_out (batch->out->str, batch->out->len))
        run->stop = TRUE;
      run->n_docs += batch->n_docs;
      run->n_failed += batch->n_failed;
      run->bytes_in += batch->bytes;
      if (batch->n_failed > 0 && run->opts->fail_fast)
        run->stop = TRUE;
      show_progress (run, FALSE);
      batch_free (batch);

      g_mutex_lock (&run->lock);
    }
}

static void
flush_batch (CliRun *run)
{
  Batch *batch = run->filling;
  if (batch == NULL)
    return;
  run->filling = NULL;

  g_mutex_lock (&run->lock);
  g_queue_push_tail (&run->pending, batch);
  g_mutex_unlock (&run->lock);
  g_thread_pool_push (run->pool, batch, NULL);

  g_mutex_lock (&run->lock);
  write_ready (run, FALSE);
  g_mutex_unlock (&run->lock);
}

CliRun *
cli_run_new (DsPipeline *pipeline, const CliOptions *opts, const CliRunSettings *settings)
{
  CliRun *run = g_new0 (CliRun, 1);
  gint jobs = settings->jobs;
  run->opts = opts;
  run->processor = (CliProcessor) {
    .pipeline = pipeline,
    .flags = settings->flags,
    .text_format = settings->text_format,
    .table = settings->table,
    .max_doc_bytes = settings->max_doc_bytes,
    .encoding = opts->encoding,
    .lossy = opts->lossy,
    .shard = opts->shard,
  };
  g_mutex_init (&run->lock);
  g_cond_init (&run->cond);
  g_queue_init (&run->pending);
  run->max_pending = (guint) jobs * 4;
  if (settings->worker_argv != NULL)
    run->isolate = cli_isolate_new (settings->worker_argv, &settings->isolate);
  run->pool = g_thread_pool_new (process_batch, run, jobs, TRUE, NULL);
  run->progress = !opts->quiet && isatty (STDERR_FILENO);
  run->started = g_get_monotonic_time ();
  run->total_bytes = settings->total_bytes;
  return run;
}

static void
queue_item (CliRun *run, CliItem *item)
{
  if (run->filling == NULL)
    {
      Batch *batch = g_new0 (Batch, 1);
      batch->items = g_ptr_array_new_with_free_func ((GDestroyNotify) cli_item_free);
      batch->out = g_string_sized_new (BATCH_BYTES * 2);
      batch->problems = g_string_new (NULL);
      run->filling = batch;
    }
  g_ptr_array_add (run->filling->items, item);
  run->filling->bytes += item->length;
  /* With --fail-fast every document is its own batch, so the output ends at
   * the first failure. */
  if (run->filling->bytes >= BATCH_BYTES || run->filling->items->len >= BATCH_ITEMS ||
      (item->kind == CLI_ITEM_FILE && run->filling->items->len >= BATCH_FILES) || run->opts->fail_fast)
    flush_batch (run);
}

void
cli_run_add_item (CliRun *run, CliItemKind kind, char *data, gsize length, const char *id, const char *source)
{
  queue_item (run, cli_item_new (kind, data, length, id, source));
}

void
cli_run_add_error (CliRun *run, const char *id, const char *source, int code, const char *message)
{
  CliItem *item = cli_item_new (CLI_ITEM_ERROR, g_strdup (message), 0, id, source);
  item->code = code;
  queue_item (run, item);
}

gboolean
cli_run_stopped (CliRun *run)
{
  return run->stop;
}

int
cli_run_finish (CliRun *run)
{
  flush_batch (run);
  g_mutex_lock (&run->lock);
  write_ready (run, TRUE);
  g_mutex_unlock (&run->lock);
  g_thread_pool_free (run->pool, FALSE, TRUE);
  g_clear_pointer (&run->isolate, cli_isolate_free);
  g_mutex_clear (&run->lock);
  g_cond_clear (&run->cond);

  gboolean flushed = cli_flush_out ();
  show_progress (run, TRUE);

  guint n_failed = run->n_failed, n_docs = run->n_docs;
  gboolean quiet = run->opts->quiet;
  g_free (run);
  if (cli_output_failed () || !flushed)
    return EXIT_OUTPUT;
  if (n_failed > 0)
    {
      if (!quiet)
        cli_say ("docsift: %u of %u documents failed\n", n_failed, n_docs);
      return EXIT_DOC_FAILED;
    }
  return EXIT_OK;
}
