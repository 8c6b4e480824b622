/* cli-crash.h: the last words of an in-process run that crashes: which
 * plugin, on which document, and that --isolate would have kept the run
 * going.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ds-pipeline.h"

/* Installs handlers for SIGSEGV, SIGBUS, SIGFPE, SIGILL and SIGABRT, and
 * makes @pipeline report its stages to them. */
void cli_crash_install (DsPipeline *pipeline);

/* The document this thread works on now (NULL: none). @id must live until
 * the next call. */
void cli_crash_note_document (const char *id);
