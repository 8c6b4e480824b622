/* cli-process.h: one input item through decoding, the pipeline and the
 * writer: what a worker thread (or an --isolate worker process) does for
 * each document.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "cli-item.h"
#include "cli-shard.h"
#include "cli-table.h"
#include "ds-pipeline.h"

typedef struct
{
  DsPipeline *pipeline;
  DsJsonFlags flags;
  gboolean text_format;
  const CliTable *table;   /* --format=csv/tsv: rows of one layer, or NULL */
  guint64 max_doc_bytes;   /* 0: no limit */
  const char *encoding;    /* --encoding, or NULL */
  gboolean lossy;
  CliShard shard;          /* --shard: documents of other shards write nothing */
} CliProcessor;

/* What processing added to a batch. */
typedef struct
{
  GString *out;       /* records */
  GString *problems;  /* lines for stderr */
  guint n_failed;
  gsize bytes;        /* bytes of files read */
  guint n_skipped;    /* items of other shards (--shard): no record */
} CliResult;

/* Appends @item's record to @result (an error record when it could not be
 * read, decoded or was too large); nothing when the document's id is not
 * in p->shard (a file is not read then). May take item->data. */
void cli_process_item (const CliProcessor *p, CliItem *item, CliResult *result);

/* Appends the error record of @item (a document that never was) and counts
 * it as failed; @plugin and @extra (nullable) as for cli_error_record_append(). */
void cli_result_add_error (const CliProcessor *p, CliResult *result, const char *id, const char *source,
                           const char *plugin, JsonObject *extra, const GError *error);
