/* cli-wire.h: messages between docsift and its --isolate worker processes
 * over pipes: a type byte, a field count byte, then each field as a 64-bit
 * length (the machine's byte order: both ends are the same binary) and its
 * bytes.
 *
 *   docsift → worker   'D' kind, code, id, source, data   one document
 *   worker → docsift   'H'                                 ready
 *                      'P' plugin                          a stage starts
 *                      'R' out, problems, n_failed, bytes  the record(s)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

#define CLI_WIRE_MAX_FIELDS 5

typedef struct
{
  char type;
  guint n_fields;
  const char *field[CLI_WIRE_MAX_FIELDS];  /* point into the buffer */
  gsize length[CLI_WIRE_MAX_FIELDS];
  gsize size;                               /* bytes of the whole message */
} CliWireMsg;

/* Writes a message whole (blocking); FALSE with errno on failure. */
gboolean cli_wire_write (int fd, char type, guint n_fields, const char *const *field, const gsize *length);

/* A complete message at the start of @buf (fields point into it), or FALSE
 * when more bytes are needed. */
gboolean cli_wire_parse (const GByteArray *buf, CliWireMsg *msg);

/* Reads until @buf holds a complete message (blocking); FALSE at the end
 * of the stream or on an error. */
gboolean cli_wire_read (int fd, GByteArray *buf, CliWireMsg *msg);

/* Drops the message @msg from the start of @buf. */
void cli_wire_consume (GByteArray *buf, const CliWireMsg *msg);
