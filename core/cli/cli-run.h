/* cli-run.h: the ordered runner. The main thread adds input items; worker
 * threads turn batches of them into records; the records are written in
 * input order.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "cli-isolate.h"
#include "cli-item.h"
#include "cli-options.h"
#include "ds-pipeline.h"

typedef struct _CliRun CliRun;

/* How a run works, from the options and the config. */
typedef struct
{
  DsJsonFlags flags;
  gboolean text_format;
  const CliTable *table;   /* --format=csv/tsv: rows of one layer, or NULL */
  gint jobs;
  guint64 max_doc_bytes;   /* 0: no limit */
  guint64 total_bytes;     /* size of all inputs, for the progress line; 0: unknown */
  char **worker_argv;      /* --isolate: how to start a worker; NULL: in process */
  CliIsolateSettings isolate;
} CliRunSettings;

/* Starts the worker threads. @opts must outlive the run. */
CliRun *cli_run_new (DsPipeline *pipeline, const CliOptions *opts, const CliRunSettings *settings);

/* Queues an item (takes @data); may write finished batches, and waits
 * while too many are in flight. */
void cli_run_add_item (CliRun *run, CliItemKind kind, char *data, gsize length, const char *id,
                       const char *source);
/* Queues an error record (DS_INPUT_ERROR, @code) for input that could not
 * be read. */
void cli_run_add_error (CliRun *run, const char *id, const char *source, int code, const char *message);

/* Whether the run stopped early (--fail-fast tripped, or output failed):
 * further items are not wanted. */
gboolean cli_run_stopped (CliRun *run);

/* Processes and writes what is queued, frees @run and returns the exit
 * status (EXIT_OK, EXIT_DOC_FAILED or EXIT_OUTPUT). */
int cli_run_finish (CliRun *run);
