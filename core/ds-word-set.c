/* ds-word-set.c: words indexed by their first two and by their last two
 * characters.
 *
 * Each index is an open-addressing hash table from a pair of code points
 * (the first and second character of a word, or, for the suffix index, the
 * last and the one before it; a one-character word pairs its character with
 * 0) to a bucket: the words of that pair, longest first. Two characters pick
 * out few words even in a lexicon of tens of thousands, so a match costs two
 * hash probes and a memcmp() or two. A 4096-bit filter on the first (last)
 * character turns away most positions of a text before any probe.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h"

#include <string.h>

typedef struct
{
  const char *word; /* in the set's string chunk */
  guint32 len;
  gpointer value;
} Entry;

typedef struct
{
  guint64 key1;     /* pair key + 1; 0: empty slot */
  guint32 n, cap;
  guint32 *entries; /* indexes into DsWordSet.entries, longest word first */
} Bucket;

typedef struct
{
  Bucket *slots;
  guint32 bits; /* the table has 1 << bits slots */
  guint32 used;
  guint64 filter[64];
} Index;

struct _DsWordSet
{
  GArray *entries; /* Entry */
  GStringChunk *strings;
  Index first, last;
};

/* The key of a character and its neighbour in the word (0: none). */
static inline guint64
pair (gunichar c, gunichar neighbour)
{
  return ((guint64) c << 21) | neighbour;
}

static inline guint32
slot_of (const Index *ix, guint64 key)
{
  return (guint32) ((key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> (64 - ix->bits));
}

static inline gboolean
filter_has (const Index *ix, gunichar c)
{
  return (ix->filter[(c >> 6) & 63] >> (c & 63)) & 1;
}

static inline const Bucket *
index_find (const Index *ix, guint64 key)
{
  guint32 mask = (1u << ix->bits) - 1;
  for (guint32 i = slot_of (ix, key);; i = (i + 1) & mask)
    {
      const Bucket *b = &ix->slots[i];
      if (b->key1 == key + 1)
        return b;
      if (b->key1 == 0)
        return NULL;
    }
}

static void
index_init (Index *ix, guint32 bits)
{
  ix->bits = bits;
  ix->used = 0;
  ix->slots = g_new0 (Bucket, (gsize) 1 << bits);
  memset (ix->filter, 0, sizeof ix->filter);
}

static void
index_clear (Index *ix)
{
  for (guint32 i = 0; i < (1u << ix->bits); i++)
    g_free (ix->slots[i].entries);
  g_free (ix->slots);
}

static Bucket *
index_insert_slot (Index *ix, guint64 key)
{
  guint32 mask = (1u << ix->bits) - 1;
  for (guint32 i = slot_of (ix, key);; i = (i + 1) & mask)
    if (ix->slots[i].key1 == key + 1 || ix->slots[i].key1 == 0)
      return &ix->slots[i];
}

static void
index_grow (Index *ix)
{
  Bucket *old = ix->slots;
  guint32 n_old = 1u << ix->bits;
  ix->bits++;
  ix->slots = g_new0 (Bucket, (gsize) 1 << ix->bits);
  for (guint32 i = 0; i < n_old; i++)
    if (old[i].key1 != 0)
      *index_insert_slot (ix, old[i].key1 - 1) = old[i];
  g_free (old);
}

/* Adds entry @e (a new word) to the bucket of @key, keeping longest first;
 * @c is the character the filter tests. */
static void
index_add (Index *ix, const GArray *entries, guint64 key, gunichar c, guint32 e)
{
  if ((ix->used + 1) * 2 > (1u << ix->bits))
    index_grow (ix);
  Bucket *b = index_insert_slot (ix, key);
  if (b->key1 == 0)
    {
      b->key1 = key + 1;
      ix->used++;
    }
  ix->filter[(c >> 6) & 63] |= G_GUINT64_CONSTANT (1) << (c & 63);
  if (b->n == b->cap)
    {
      b->cap = b->cap ? b->cap * 2 : 2;
      b->entries = g_renew (guint32, b->entries, b->cap);
    }
  guint32 len = g_array_index (entries, Entry, e).len;
  guint32 at = b->n;
  while (at > 0 && g_array_index (entries, Entry, b->entries[at - 1]).len < len)
    {
      b->entries[at] = b->entries[at - 1];
      at--;
    }
  b->entries[at] = e;
  b->n++;
}

/* The prefix key of the valid word @word (@len bytes). */
static guint64
prefix_key (const char *word, gsize len, gunichar *first)
{
  const char *end = word + len, *next;
  *first = ds_utf8_decode (word, end, &next);
  return pair (*first, next < end ? ds_utf8_decode (next, end, &next) : 0);
}

/* The suffix key of the valid word @word (@len bytes). */
static guint64
suffix_key (const char *word, gsize len, gunichar *last)
{
  const char *end = word + len, *q = ds_utf8_prev (word, end), *next;
  *last = ds_utf8_decode (q, end, &next);
  return pair (*last, q > word ? ds_utf8_decode (ds_utf8_prev (word, q), q, &next) : 0);
}

DsWordSet *
ds_word_set_new (void)
{
  DsWordSet *set = g_new0 (DsWordSet, 1);
  set->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  set->strings = g_string_chunk_new (1024);
  index_init (&set->first, 4);
  index_init (&set->last, 4);
  return set;
}

void
ds_word_set_free (DsWordSet *set)
{
  if (set == NULL)
    return;
  index_clear (&set->first);
  index_clear (&set->last);
  g_array_unref (set->entries);
  g_string_chunk_free (set->strings);
  g_free (set);
}

static Entry *
find_entry (const DsWordSet *set, const char *word, gsize len)
{
  if (!g_utf8_validate_len (word, len, NULL))
    return NULL;
  gunichar first;
  const Bucket *b = index_find (&set->first, prefix_key (word, len, &first));
  for (guint32 i = 0; b && i < b->n; i++)
    {
      Entry *e = &g_array_index (set->entries, Entry, b->entries[i]);
      if (e->len == len && memcmp (e->word, word, len) == 0)
        return e;
      if (e->len < len)
        break;
    }
  return NULL;
}

gboolean
ds_word_set_add (DsWordSet *set, const char *word, gpointer value)
{
  g_return_val_if_fail (set != NULL && word != NULL && *word != '\0', FALSE);
  gsize len = strlen (word);
  g_return_val_if_fail (len <= G_MAXUINT32 && g_utf8_validate_len (word, len, NULL), FALSE);

  Entry *old = find_entry (set, word, len);
  if (old != NULL)
    {
      old->value = value;
      return FALSE;
    }
  Entry e = { g_string_chunk_insert_len (set->strings, word, (gssize) len), (guint32) len, value };
  g_array_append_val (set->entries, e);
  guint32 idx = set->entries->len - 1;
  gunichar first, last;
  guint64 pk = prefix_key (word, len, &first), sk = suffix_key (word, len, &last);
  index_add (&set->first, set->entries, pk, first, idx);
  index_add (&set->last, set->entries, sk, last, idx);
  return TRUE;
}

/* The longest word of bucket @b at @p (@avail bytes there) whose first
 * @skip bytes are known to match, or 0. */
static inline gsize
scan_prefix (const DsWordSet *set, const Bucket *b, const char *p, gsize avail, gsize skip, gpointer *value)
{
  const Entry *entries = (const Entry *) set->entries->data;
  for (guint32 i = 0; b && i < b->n; i++)
    {
      const Entry *e = &entries[b->entries[i]];
      if (e->len <= avail && memcmp (p + skip, e->word + skip, e->len - skip) == 0)
        {
          if (value)
            *value = e->value;
          return e->len;
        }
    }
  return 0;
}

gsize
ds_word_set_match (const DsWordSet *set, const char *p, const char *end, gpointer *value)
{
  const char *n1, *n2;
  gunichar c1 = ds_utf8_decode (p, end, &n1);
  if (c1 == DS_UNICHAR_INVALID || !filter_has (&set->first, c1))
    return 0;
  gsize avail = (gsize) (end - p);
  if (n1 < end)
    {
      gunichar c2 = ds_utf8_decode (n1, end, &n2);
      gsize n = c2 != DS_UNICHAR_INVALID
                  ? scan_prefix (set, index_find (&set->first, pair (c1, c2)), p, avail, (gsize) (n2 - p), value)
                  : 0;
      if (n > 0)
        return n;
    }
  return scan_prefix (set, index_find (&set->first, pair (c1, 0)), p, avail, (gsize) (n1 - p), value);
}

/* The longest word of bucket @b ending at @p (@avail bytes before it)
 * whose last @skip bytes are known to match, or 0. */
static inline gsize
scan_suffix (const DsWordSet *set, const Bucket *b, const char *p, gsize avail, gsize skip, gpointer *value)
{
  const Entry *entries = (const Entry *) set->entries->data;
  for (guint32 i = 0; b && i < b->n; i++)
    {
      const Entry *e = &entries[b->entries[i]];
      if (e->len <= avail && memcmp (p - e->len, e->word, e->len - skip) == 0)
        {
          if (value)
            *value = e->value;
          return e->len;
        }
    }
  return 0;
}

gsize
ds_word_set_match_suffix (const DsWordSet *set, const char *start, const char *p, gpointer *value)
{
  if (p <= start)
    return 0;
  const char *q = ds_utf8_prev (start, p), *next;
  gunichar last = ds_utf8_decode (q, p, &next);
  if (last == DS_UNICHAR_INVALID || next != p || !filter_has (&set->last, last))
    return 0;
  gsize avail = (gsize) (p - start);
  if (q > start)
    {
      const char *r = ds_utf8_prev (start, q);
      gunichar prev = ds_utf8_decode (r, q, &next);
      gsize n = prev != DS_UNICHAR_INVALID && next == q
                  ? scan_suffix (set, index_find (&set->last, pair (last, prev)), p, avail, (gsize) (p - r), value)
                  : 0;
      if (n > 0)
        return n;
    }
  return scan_suffix (set, index_find (&set->last, pair (last, 0)), p, avail, (gsize) (p - q), value);
}

gboolean
ds_word_set_lookup (const DsWordSet *set, const char *word, gssize length, gpointer *value)
{
  g_return_val_if_fail (set != NULL && word != NULL, FALSE);
  gsize len = length < 0 ? strlen (word) : (gsize) length;
  const Entry *e = len > 0 ? find_entry (set, word, len) : NULL;
  if (e && value)
    *value = e->value;
  return e != NULL;
}

gboolean
ds_word_set_contains (const DsWordSet *set, const char *word, gssize length)
{
  return ds_word_set_lookup (set, word, length, NULL);
}

gboolean
ds_word_set_may_start_with (const DsWordSet *set, gunichar c)
{
  return c != DS_UNICHAR_INVALID && filter_has (&set->first, c);
}

gboolean
ds_word_set_may_end_with (const DsWordSet *set, gunichar c)
{
  return c != DS_UNICHAR_INVALID && filter_has (&set->last, c);
}

guint
ds_word_set_get_size (const DsWordSet *set)
{
  g_return_val_if_fail (set != NULL, 0);
  return set->entries->len;
}
