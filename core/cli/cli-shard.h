/* cli-shard.h: --shard K/N, the K-th of N disjoint slices of the input by
 * a stable hash of each document's id (for job arrays).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

typedef struct
{
  guint k;  /* 1..n */
  guint n;  /* 0: no sharding */
} CliShard;

/* Parses "K/N" (1 <= K <= N <= 1000000) into @shard. */
gboolean cli_shard_parse (const char *text, CliShard *shard);

/* FNV-1a, 64 bits, over the bytes of @id (the id as docsift writes it, in
 * UTF-8, without a terminating NUL): offset basis 0xcbf29ce484222325,
 * prime 0x100000001b3. Fixed forever: shards must not move between
 * versions, machines or runs. */
guint64 cli_shard_hash (const char *id);

/* Whether the document @id belongs to @shard: hash % N == K - 1. Every id
 * belongs to exactly one of the N shards; all do when no shard is set. */
gboolean cli_shard_keeps (const CliShard *shard, const char *id);
