/* cli-item.h: one unit of input (a file, stdin's bytes, a JSON Lines
 * record or an input error) and how it becomes a document.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ds-private.h"

typedef enum
{
  CLI_ITEM_TEXT,   /* raw bytes of stdin */
  CLI_ITEM_FILE,   /* a text file, read by the worker (reads overlap) */
  CLI_ITEM_JSON,   /* one JSON Lines record */
  CLI_ITEM_ERROR,  /* input that could not be read: just an error record */
} CliItemKind;

typedef struct
{
  CliItemKind kind;
  char *data;       /* raw bytes (TEXT, JSON) or the message (ERROR) */
  gsize length;
  char *id;
  char *source;
  int code;         /* ERROR: its DsInputError */
} CliItem;

/* --max-doc-bytes refused a document of @size bytes. */
void cli_too_large_error (GError **error, const char *id, guint64 size, guint64 max);

/* Takes @data. */
CliItem *cli_item_new (CliItemKind kind, char *data, gsize length, const char *id, const char *source);
void cli_item_free (CliItem *item);

/* Decodes (TEXT, FILE after its bytes were read) or parses (JSON) @item;
 * @encoding and @lossy as for _ds_input_decode(). May take item->data. */
DsDocument *cli_item_to_document (CliItem *item, const char *encoding, gboolean lossy, GError **error);
