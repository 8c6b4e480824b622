/* cli-output.h: the docsift CLI's exit statuses, checked writes to stdout
 * and messages on stderr.
 *
 * Exit status (like jq's, fixed and documented in --help):
 *   0  every document was processed
 *   1  at least one document failed (its record carries "error")
 *   2  usage error (unknown option, bad -o, unknown subcommand)
 *   3  set-up error (config file, plugin not found or refused, missing
 *      provider, dependency cycle, plugin init failure)
 *   4  output could not be written: a full disk says why on stderr; a
 *      closed pipe (`docsift … | head`) stops the run without a message
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

/* The table --help prints; docs/man/docsift.1.scd and the README carry the
 * same lines (tests/core/test-cli-unix.c checks). */
#define CLI_EXIT_STATUS_TABLE                                                                      \
  "Exit status:\n"                                                                                \
  "  0  every document was processed\n"                                                           \
  "  1  some document failed: its record has \"error\", stderr says why (with --isolate\n"       \
  "     also a plugin crash, timeout or memory overrun)\n"                                        \
  "  2  usage error: unknown option or -o key, a bad option value of docsift's own\n"             \
  "  3  set-up error: config file or key, plugin missing or refused, dependency cycle,\n"         \
  "     plugin init (such as a plugin option value it refuses)\n"                                 \
  "  4  output could not be written; a closed pipe (docsift ... | head) stops the run\n"          \
  "     quietly with this status\n"

enum
{
  EXIT_OK = 0,
  EXIT_DOC_FAILED = 1,
  EXIT_USAGE = 2,
  EXIT_SETUP = 3,
  EXIT_OUTPUT = 4,
};

/* Writes to stdout; the first error is reported once on stderr and every
 * later call fails. */
gboolean cli_write_out (const char *data, gsize len);
gboolean cli_flush_out (void);
/* Whether a write to stdout has failed. */
gboolean cli_output_failed (void);
/* Writes @data and flushes: EXIT_OK, or EXIT_OUTPUT when that failed. */
int cli_write_all (const char *data, gsize len);

/* A message on stderr as UTF-8 bytes, whatever the locale. */
void cli_say (const char *fmt, ...) G_GNUC_PRINTF (1, 2);

/* GLib log messages as "docsift: warning: …" through cli_say(). */
GLogWriterOutput cli_log_writer (GLogLevelFlags level,
                                 const GLogField *fields,
                                 gsize n_fields,
                                 gpointer user_data);
