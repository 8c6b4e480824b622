/* cli-isolate.h: --isolate, the pipeline in long-lived worker processes
 * (prefork, as Tika pipes and GStreamer's plugin scanner do). A worker that
 * crashes, aborts, takes longer than the timeout on one document or more
 * memory than allowed is killed and replaced; only the document in flight
 * is lost, with an error record naming the plugin and the cause.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "cli-process.h"

typedef struct _CliIsolate CliIsolate;

#define CLI_ISOLATE_ERROR (cli_isolate_error_quark ())
GQuark cli_isolate_error_quark (void);

typedef enum
{
  CLI_ISOLATE_ERROR_CRASH,    /* the worker died: a signal or an exit */
  CLI_ISOLATE_ERROR_TIMEOUT,  /* over --timeout on one document */
  CLI_ISOLATE_ERROR_MEMORY,   /* over --max-memory */
  CLI_ISOLATE_ERROR_SPAWN,    /* no worker could be started */
} CliIsolateError;

typedef struct
{
  guint workers;
  guint timeout_seconds;    /* per document; 0: none */
  guint64 max_memory_mb;    /* resident memory of a worker; 0: none */
} CliIsolateSettings;

/* Starts the workers: @argv is the docsift command line they are started
 * with (the hidden worker option already in it). */
CliIsolate *cli_isolate_new (char **argv, const CliIsolateSettings *settings);

/* Processes @items with one idle worker (waiting for one), adding records
 * to @result. Thread-safe. */
void cli_isolate_process (CliIsolate *iso, const CliProcessor *p, GPtrArray *items, CliResult *result);

/* Ends the workers (they finish at the end of their input). */
void cli_isolate_free (CliIsolate *iso);
