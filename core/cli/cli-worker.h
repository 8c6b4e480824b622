/* cli-worker.h: the --isolate worker process (docsift started again with
 * a hidden option): it reads documents on fd 3 and writes their records
 * on fd 4 (see cli-wire.h) until fd 3 closes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "cli-options.h"
#include "cli-process.h"

#define CLI_WORKER_IN_FD 3
#define CLI_WORKER_OUT_FD 4

/* The command line that starts a worker: this binary, the hidden
 * --isolate-worker=… with what the worker cannot work out itself, then the
 * options as given (workers ignore the inputs). */
char **cli_worker_argv (const CliOptions *opts, DsJsonFlags flags, gboolean text_format, guint64 max_doc_bytes);

/* The worker's main, after its pipeline is set up: reads its settings from
 * opts->isolate_worker and runs. Returns the exit status. */
int cli_worker_main (const CliOptions *opts, DsPipeline *pipeline);

/* Processes documents until fd 3 closes. Returns the exit status. */
int cli_worker_run (CliProcessor *processor);
