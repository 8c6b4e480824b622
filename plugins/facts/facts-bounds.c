/* facts-bounds.c: where the clauses, list items and segments of a
 * document end, found in one pass and looked up by binary search (the
 * joins ask for the start of a figure's clause or segment many times;
 * walking back to it each time cost more than the rest of the join).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "facts.h"

/* Clauses end at commas, colons and the ends of segments. */
gboolean
fx_is_clause_end (gunichar c)
{
  return c == ',' || c == 0xFF0C || c == ':' || c == 0xFF1A || fx_is_segment_end (c);
}

/* Segments (where a rate looks for its figure) end at full stops,
 * semicolons, ! ? and line breaks. */
gboolean
fx_is_segment_end (gunichar c)
{
  return c == 0x3002 || c == ';' || c == 0xFF1B || c == '!' || c == 0xFF01 || c == '?' || c == 0xFF1F ||
         c == '\n' || c == 0xFF61;
}

static gboolean
is_list_item_end (gunichar c)
{
  return c == 0x3001 || fx_is_clause_end (c);
}

/* (the view is valid UTF-8: characters decoded without checks) */
static gsize
walk_back (const FxDoc *d, gsize pos, gboolean (*is_end) (gunichar))
{
  const char *t = d->text;
  const char *p = t + MIN (pos, d->len);
  while (p > t)
    {
      const char *prev = p - 1, *next;
      while (prev > t && ((guchar) *prev & 0xC0) == 0x80)
        prev--;
      if (is_end (ds_utf8_decode_valid (prev, &next)))
        break;
      p = prev;
    }
  return (gsize) (p - t);
}

static gsize
walk_to_segment_end (const FxDoc *d, gsize pos)
{
  const char *t = d->text;
  const char *p = t + MIN (pos, d->len);
  while (p < t + d->len)
    {
      const char *next = NULL;
      if (fx_is_segment_end (ds_utf8_decode (p, t + d->len, &next)))
        break;
      p = next;
    }
  return (gsize) (p - t);
}

/* The tables answer for positions at character boundaries (all but a
 * caller's pos - 1 after a multi-byte end: walked as before). */
static gboolean
use_table (const FxDoc *d, gsize pos)
{
  return d->bounds != NULL && (pos >= d->len || ((guchar) d->text[pos] & 0xC0) != 0x80);
}

/* The first end character ending after @pos (b->n if none). */
static guint
first_after (const FxBounds *b, gsize pos)
{
  guint lo = 0, hi = b->n;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (b->after[mid] <= pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The start of what @pos is in at @level: after the last end character of
 * that level (or above) that ends at or before it, else 0. */
static gsize
start_at_level (const FxDoc *d, gsize pos, guint level)
{
  const FxBounds *b = d->bounds;
  for (guint i = first_after (b, MIN (pos, d->len)); i-- > 0;)
    if ((b->level[i] & 3) >= level)
      return b->after[i];
  return 0;
}

void
fx_bounds_free (FxBounds *b)
{
  if (b == NULL)
    return;
  g_free (b->after);
  g_free (b->level);
  g_free (b);
}

static inline void
push (FxBounds *b, gsize after, guint level)
{
  if (b->n == b->cap)
    {
      b->cap = b->cap ? 2 * b->cap : 64;
      b->after = g_renew (gsize, b->after, b->cap);
      b->level = g_renew (guint8, b->level, b->cap);
    }
  b->after[b->n] = after;
  b->level[b->n++] = (guint8) level;
}

/* The first bytes of the characters that may end something: , : ; ! ? and
 * the line break, and the lead bytes of U+3001, U+3002 and U+FFxx. */
static const guint8 maybe_end[256] = {
  ['\n'] = 1, ['!'] = 1, [','] = 1, [':'] = 1, [';'] = 1, ['?'] = 1, [0xE3] = 1, [0xEF] = 1,
};

FxBounds *
fx_bounds_new (const char *text, gsize len, guint32 **byte_of, gsize *n_chars)
{
  FxBounds *b = g_new0 (FxBounds, 1);
  const guchar *s = (const guchar *) text;
  guint32 *cps = byte_of && len < G_MAXUINT32 ? g_new (guint32, len + 1) : NULL;
  gsize n_cp = 0;
  for (gsize i = 0; i < len;)
    {
      guchar c = s[i];
      if (cps)
        cps[n_cp++] = (guint32) i;
      gsize n = (gsize) g_utf8_skip[c];
      if (G_LIKELY (!maybe_end[c]))
        {
          i += n;
          continue;
        }
      const char *next;
      gunichar u = ds_utf8_decode_valid (text + i, &next);
      guint level = fx_is_segment_end (u) ? FX_BOUND_SEGMENT
                    : fx_is_clause_end (u) ? FX_BOUND_CLAUSE
                    : is_list_item_end (u) ? FX_BOUND_LIST_ITEM
                                           : 0;
      i += n;
      if (level)
        push (b, i, level | (guint) (n << 2));
    }
  if (cps)
    {
      cps[n_cp] = (guint32) len;
      *byte_of = cps;
      *n_chars = n_cp;
    }
  return b;
}

gsize
fx_clause_start (const FxDoc *d, gsize pos)
{
  if (!use_table (d, pos))
    return walk_back (d, pos, fx_is_clause_end);
  return start_at_level (d, pos, FX_BOUND_CLAUSE);
}

/* The start of a list item (after 、) or clause: where a figure's subject
 * is looked for (索通低碳产业园2.5万吨负极材料、甬金8万吨…: the second
 * figure is not the zone's). */
gsize
fx_list_item_start (const FxDoc *d, gsize pos)
{
  if (!use_table (d, pos))
    return walk_back (d, pos, is_list_item_end);
  return start_at_level (d, pos, FX_BOUND_LIST_ITEM);
}

gsize
fx_segment_start (const FxDoc *d, gsize pos)
{
  if (!use_table (d, pos))
    return walk_back (d, pos, fx_is_segment_end);
  return start_at_level (d, pos, FX_BOUND_SEGMENT);
}

/* The start of the first segment end at or after @pos, else the end of the text. */
gsize
fx_segment_end (const FxDoc *d, gsize pos)
{
  if (!use_table (d, pos))
    return walk_to_segment_end (d, pos);
  const FxBounds *b = d->bounds;
  for (guint i = first_after (b, MIN (pos, d->len)); i < b->n; i++)
    if ((b->level[i] & 3) == FX_BOUND_SEGMENT)
      return b->after[i] - (b->level[i] >> 2);
  return d->len;
}
