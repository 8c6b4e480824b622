/* slogans-count.c: slogan items and their occurrences.
 *
 * An item per slogan key; every occurrence of the lexicon forms and of the
 * document's own forms counted leftmost-longest, each set on its own.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "slogans-internal.h"

const char *
slogan_kind_to_string (SloganKind kind)
{
  switch (kind)
    {
    case SLOGAN_KIND_NUMERAL:
      return "numeral";
    case SLOGAN_KIND_LEXICON:
      return "lexicon";
    case SLOGAN_KIND_QUOTED:
    default:
      return "quoted";
    }
}

void
sl_item_free (gpointer data)
{
  SloganItem *item = data;
  g_free (item->key);
  g_free (item->cue);
  g_array_unref (item->occs);
  g_ptr_array_unref (item->parts);
  g_ptr_array_unref (item->joined_from);
  g_ptr_array_unref (item->part_of);
  g_free (item);
}

void
slogan_result_free (SloganResult *res)
{
  if (res == NULL)
    return;
  g_ptr_array_unref (res->items);
  g_array_unref (res->titles);
  g_array_unref (res->rejected);
  g_free (res);
}

SloganItem *
sl_get_item (Ctx *ctx, const char *key, gsize len, const char *reason)
{
  /* looked up from a stack copy; allocated only for a new item */
  char buf[256];
  SloganItem *item;
  if (len < sizeof buf && memchr (key, '\0', len) == NULL)
    {
      memcpy (buf, key, len);
      buf[len] = '\0';
      item = g_hash_table_lookup (ctx->items, buf);
      if (item)
        return item;
    }
  g_autofree char *k = g_strndup (key, len);
  item = g_hash_table_lookup (ctx->items, k);
  if (item)
    return item;
  item = g_new0 (SloganItem, 1);
  item->key = g_steal_pointer (&k);
  item->kind = SLOGAN_KIND_QUOTED;
  item->reason = reason;
  item->occs = g_array_new (FALSE, FALSE, sizeof (SloganOcc));
  item->parts = g_ptr_array_new_with_free_func (slogan_part_free);
  item->joined_from = g_ptr_array_new_with_free_func (g_free);
  item->part_of = g_ptr_array_new_with_free_func (g_free);
  g_hash_table_insert (ctx->items, item->key, item);
  g_ptr_array_add (ctx->res->items, item);
  return item;
}

/* The item for a surface form: its lexicon entry's, else its own. */
SloganItem *
sl_establish (Ctx *ctx, const char *s, gsize len, const char *reason)
{
  const SloganEntry *e = slogan_lexicon_lookup (ctx->lex, s, len);
  SloganItem *item;
  if (e)
    {
      item = sl_get_item (ctx, e->canonical, strlen (e->canonical), "lexicon");
      item->entry = e;
    }
  else
    item = sl_get_item (ctx, s, len, reason);
  return item;
}


int
sl_cmp_occ (gconstpointer a, gconstpointer b)
{
  const SloganOcc *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start ? 1 : 0;
}

int
sl_cmp_item (gconstpointer a, gconstpointer b)
{
  const SloganItem *x = *(SloganItem *const *) a, *y = *(SloganItem *const *) b;
  if (x->occs->len != y->occs->len)
    return x->occs->len > y->occs->len ? -1 : 1;
  gsize fx = g_array_index (x->occs, SloganOcc, 0).start;
  gsize fy = g_array_index (y->occs, SloganOcc, 0).start;
  if (fx != fy)
    return fx < fy ? -1 : 1;
  return strcmp (x->key, y->key);
}

static int
cmp_len_desc (gconstpointer a, gconstpointer b)
{
  const SloganItem *x = *(SloganItem *const *) a, *y = *(SloganItem *const *) b;
  gsize lx = strlen (x->key), ly = strlen (y->key);
  return lx < ly ? 1 : lx > ly ? -1 : 0;
}

/* A numeral formula found by string match must not sit inside a bigger
 * number (二十四五岁) or an ordinal (第十四五). */
static gboolean
numeral_context_ok (Ctx *ctx, const char *s, gsize n, guint plan)
{
  gunichar c0 = peek_char (s, ctx->end);
  if (!is_chain_numeral (c0) && !is_ascii_or_wide_digit (c0))
    return TRUE;
  if (plan)
    return sl_plan_context_ok (s, ctx->text, s + n, ctx->end);
  if (s > ctx->text)
    {
      gunichar pc = prev_char (ctx->text, s);
      if (is_chain_numeral (pc) || pc == U'第' || is_ascii_or_wide_digit (pc))
        return FALSE;
    }
  return TRUE;
}

static void
add_occ (Ctx *ctx, SloganItem *item, gsize s, gsize e)
{
  gpointer v = g_hash_table_lookup (ctx->quoted_at, GSIZE_TO_POINTER (s));
  SloganOcc occ = { s, e, v != NULL && GPOINTER_TO_SIZE (v) == e + 1 };
  g_array_append_val (item->occs, occ);
}

/* Whether a lexicon form may start at @p: not when a word of the list
 * [lexicon_boundary] starts one or two characters before @p and runs into
 * the form (平稳 in 保持平稳增长: no 稳增长; 预防 in 预防风险: no 防风险). */
static gboolean
at_word_start (Ctx *ctx, const char *p)
{
  const char *x = p;
  for (guint k = 0; k < 2 && x > ctx->text; k++)
    {
      x = ds_utf8_prev (ctx->text, x);
      gsize n = slogan_words_match (ctx->lex, SLOGAN_WORDS_LEXICON_BOUNDARY, x, ctx->end);
      if (n > (gsize) (p - x))
        return FALSE;
    }
  return TRUE;
}

/* Counts every occurrence of the lexicon forms and of the document's own
 * forms (quoted terms, numeral formulas), leftmost-longest within each set. */
void
sl_count_occurrences (Ctx *ctx)
{
  g_autoptr (GHashTable) by_first = g_hash_table_new_full (NULL, NULL, NULL,
                                                           (GDestroyNotify) g_ptr_array_unref);
  GPtrArray *items = ctx->res->items;
  for (guint i = 0; i < items->len; i++)
    {
      SloganItem *item = g_ptr_array_index (items, i);
      if (item->entry != NULL)
        continue; /* counted through the lexicon */
      gunichar c = peek_char (item->key, item->key + strlen (item->key));
      GPtrArray *list = g_hash_table_lookup (by_first, GUINT_TO_POINTER (c));
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (by_first, GUINT_TO_POINTER (c), list);
        }
      g_ptr_array_add (list, item);
    }
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, by_first);
  while (g_hash_table_iter_next (&it, &k, &v))
    g_ptr_array_sort ((GPtrArray *) v, cmp_len_desc);
  gboolean any_doc_forms = g_hash_table_size (by_first) > 0;
  /* a 1024-bit filter of the document forms' first characters, so most
   * characters skip the hash lookup */
  guint64 doc_first[16] = { 0 };
  g_hash_table_iter_init (&it, by_first);
  while (g_hash_table_iter_next (&it, &k, NULL))
    {
      guint h = GPOINTER_TO_UINT (k) & 1023;
      doc_first[h >> 6] |= G_GUINT64_CONSTANT (1) << (h & 63);
    }

  const char *p = ctx->text, *end = ctx->end, *np;
  const char *lex_skip = p, *doc_skip = p;
  while (p < end)
    {
      gunichar c = ds_utf8_decode (p, end, &np);
      if (p >= lex_skip && slogan_lexicon_may_start (ctx->lex, c))
        {
          const SloganForm *f = slogan_lexicon_match (ctx->lex, p, end);
          if (f && f->entry == SLOGAN_FORM_STOP)
            lex_skip = p + f->length; /* a name: no lexicon form inside it counts */
          else if (f && numeral_context_ok (ctx, p, f->length, 0) && at_word_start (ctx, p))
            {
              const SloganEntry *e = slogan_lexicon_get_entry (ctx->lex, f->entry);
              SloganItem *item = sl_get_item (ctx, e->canonical, strlen (e->canonical), "lexicon");
              item->entry = e;
              add_occ (ctx, item, p - ctx->text, p - ctx->text + f->length);
              lex_skip = p + f->length;
            }
        }
      if (any_doc_forms && p >= doc_skip && ((doc_first[(c & 1023) >> 6] >> (c & 63)) & 1))
        {
          GPtrArray *list = g_hash_table_lookup (by_first, GUINT_TO_POINTER (c));
          for (guint i = 0; list && i < list->len; i++)
            {
              SloganItem *item = g_ptr_array_index (list, i);
              gsize n = strlen (item->key);
              if ((gsize) (end - p) >= n && memcmp (p, item->key, n) == 0 &&
                  numeral_context_ok (ctx, p, n, item->plan))
                {
                  add_occ (ctx, item, p - ctx->text, p - ctx->text + n);
                  doc_skip = p + n;
                  break;
                }
            }
        }
      p = np;
    }
}

/* The key of a lexicon item: its canonical form when that occurs in the
 * text, else the longest of its forms that does (科学发展 for the entry
 * 科学发展观 | 科学发展 when only 科学发展 is written). Not when another
 * item already has that key. */
void
sl_lexicon_key (Ctx *ctx, SloganItem *item)
{
  const SloganOcc *best = NULL;
  gsize canon = strlen (item->entry->canonical);
  for (guint i = 0; i < item->occs->len; i++)
    {
      const SloganOcc *o = &g_array_index (item->occs, SloganOcc, i);
      gsize n = o->end - o->start;
      if (n == canon && memcmp (ctx->text + o->start, item->entry->canonical, n) == 0)
        return;
      if ((best == NULL || n > best->end - best->start) &&
          slogan_lexicon_lookup (ctx->lex, ctx->text + o->start, n) == item->entry)
        best = o; /* a form of the entry, not a joined “六稳”“六保” */
    }
  if (best == NULL)
    return;
  g_autofree char *k = g_strndup (ctx->text + best->start, best->end - best->start);
  if (g_hash_table_contains (ctx->items, k))
    return;
  g_hash_table_remove (ctx->items, item->key);
  g_free (item->key);
  item->key = g_steal_pointer (&k);
  g_hash_table_insert (ctx->items, item->key, item);
}
