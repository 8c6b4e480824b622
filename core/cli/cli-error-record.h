/* cli-error-record.h: the record written for input that never became a
 * document (unreadable file, bad encoding, bad JSON Lines record).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ds-private.h"

/* Appends to @out the record {format, version, id, source, offsets,
 * error: {plugin, …@extra, domain, code, message}} and a newline, or with
 * @text_format "# ID (SOURCE)\nerror: MESSAGE\n\n". @plugin is "docsift"
 * for input errors; @extra (nullable) adds members (kind, signal, …). */
void cli_error_record_append (GString *out,
                              const char *id,
                              const char *source,
                              const char *plugin,
                              JsonObject *extra,
                              const GError *error,
                              gboolean text_format,
                              gboolean pretty);
