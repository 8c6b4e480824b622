/* cli-worker.h: the --isolate worker process (docsift started again with
 * a hidden option): it reads documents on fd 3 and writes their records
 * on fd 4 (see cli-wire.h) until fd 3 closes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "cli-process.h"

#define CLI_WORKER_IN_FD 3
#define CLI_WORKER_OUT_FD 4

/* Returns the exit status. */
int cli_worker_run (CliProcessor *processor);
