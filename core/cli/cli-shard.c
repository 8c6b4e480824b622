/* cli-shard.c: --shard K/N (see cli-shard.h).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-shard.h"

#include <stdlib.h>
#include <errno.h>

#define SHARD_MAX 1000000

static gboolean
parse_count (const char *s, char **end, guint *out)
{
  if (!g_ascii_isdigit (*s))
    return FALSE;
  errno = 0;
  guint64 v = g_ascii_strtoull (s, end, 10);
  if (errno != 0 || v == 0 || v > SHARD_MAX)
    return FALSE;
  *out = (guint) v;
  return TRUE;
}

gboolean
cli_shard_parse (const char *text, CliShard *shard)
{
  char *end;
  guint k, n;
  if (!parse_count (text, &end, &k) || *end != '/' || !parse_count (end + 1, &end, &n) || *end != '\0' || k > n)
    return FALSE;
  shard->k = k;
  shard->n = n;
  return TRUE;
}

guint64
cli_shard_hash (const char *id)
{
  guint64 h = G_GUINT64_CONSTANT (0xcbf29ce484222325);
  for (const guchar *p = (const guchar *) id; *p; p++)
    {
      h ^= *p;
      h *= G_GUINT64_CONSTANT (0x100000001b3);
    }
  return h;
}

gboolean
cli_shard_keeps (const CliShard *shard, const char *id)
{
  return shard->n == 0 || cli_shard_hash (id) % shard->n == shard->k - 1;
}
