/* ds-word-set.c: words indexed by first and by last character.
 *
 * Each index is an open-addressing hash table from a code point to a bucket:
 * the words starting (or ending) with it, longest first. A 4096-bit filter on
 * the low bits of the code point turns away most characters of a text before
 * the table is probed.
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
  gunichar key;  /* 0: empty slot (no word starts or ends with NUL) */
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

static inline guint32
slot_of (const Index *ix, gunichar c)
{
  return (guint32) ((c * 0x9E3779B1u) >> (32 - ix->bits));
}

static inline gboolean
filter_has (const Index *ix, gunichar c)
{
  return (ix->filter[(c >> 6) & 63] >> (c & 63)) & 1;
}

static const Bucket *
index_find (const Index *ix, gunichar c)
{
  if (!filter_has (ix, c))
    return NULL;
  guint32 mask = (1u << ix->bits) - 1;
  for (guint32 i = slot_of (ix, c);; i = (i + 1) & mask)
    {
      const Bucket *b = &ix->slots[i];
      if (b->key == c)
        return b;
      if (b->key == 0)
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
index_insert_slot (Index *ix, gunichar c)
{
  guint32 mask = (1u << ix->bits) - 1;
  for (guint32 i = slot_of (ix, c);; i = (i + 1) & mask)
    if (ix->slots[i].key == c || ix->slots[i].key == 0)
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
    if (old[i].key != 0)
      *index_insert_slot (ix, old[i].key) = old[i];
  g_free (old);
}

/* Adds entry @e (a new word) to the bucket of @c, keeping longest first. */
static void
index_add (Index *ix, const GArray *entries, gunichar c, guint32 e)
{
  if ((ix->used + 1) * 2 > (1u << ix->bits))
    index_grow (ix);
  Bucket *b = index_insert_slot (ix, c);
  if (b->key == 0)
    {
      b->key = c;
      ix->used++;
      ix->filter[(c >> 6) & 63] |= G_GUINT64_CONSTANT (1) << (c & 63);
    }
  if (b->n == b->cap)
    {
      b->cap = b->cap ? b->cap * 2 : 4;
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
  const char *next;
  gunichar c = ds_utf8_decode (word, word + len, &next);
  const Bucket *b = c != DS_UNICHAR_INVALID ? index_find (&set->first, c) : NULL;
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
  const char *next;
  index_add (&set->first, set->entries, ds_utf8_decode (word, word + len, &next), idx);
  index_add (&set->last, set->entries, g_utf8_get_char (ds_utf8_prev (word, word + len)), idx);
  return TRUE;
}

gsize
ds_word_set_match (const DsWordSet *set, const char *p, const char *end, gpointer *value)
{
  const char *next;
  gunichar c = ds_utf8_decode (p, end, &next);
  if (c == DS_UNICHAR_INVALID)
    return 0;
  const Bucket *b = index_find (&set->first, c);
  if (b == NULL)
    return 0;
  gsize avail = (gsize) (end - p), skip = (gsize) (next - p);
  const Entry *entries = (const Entry *) set->entries->data;
  for (guint32 i = 0; i < b->n; i++)
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
ds_word_set_match_suffix (const DsWordSet *set, const char *start, const char *p, gpointer *value)
{
  if (p <= start)
    return 0;
  const char *q = ds_utf8_prev (start, p), *next;
  gunichar c = ds_utf8_decode (q, p, &next);
  if (c == DS_UNICHAR_INVALID || next != p)
    return 0;
  const Bucket *b = index_find (&set->last, c);
  if (b == NULL)
    return 0;
  gsize avail = (gsize) (p - start), skip = (gsize) (p - q);
  const Entry *entries = (const Entry *) set->entries->data;
  for (guint32 i = 0; i < b->n; i++)
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

guint
ds_word_set_get_size (const DsWordSet *set)
{
  g_return_val_if_fail (set != NULL, 0);
  return set->entries->len;
}
