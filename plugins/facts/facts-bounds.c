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

/* The greatest element of @a that is <= @pos, 0 if none. */
static gsize
last_at_or_before (const GArray *a, gsize pos)
{
  const gsize *v = (const gsize *) a->data;
  guint lo = 0, hi = a->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (v[mid] <= pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo > 0 ? v[lo - 1] : 0;
}

void
fx_bounds_free (FxBounds *b)
{
  if (b == NULL)
    return;
  for (guint i = 0; i < FX_N_BOUNDS; i++)
    g_array_unref (b->after[i]);
  g_array_unref (b->segment_ends);
  g_free (b);
}

FxBounds *
fx_bounds_new (const char *text, gsize len)
{
  FxBounds *b = g_new0 (FxBounds, 1);
  for (guint i = 0; i < FX_N_BOUNDS; i++)
    b->after[i] = g_array_new (FALSE, FALSE, sizeof (gsize));
  b->segment_ends = g_array_new (FALSE, FALSE, sizeof (gsize));
  const guchar *s = (const guchar *) text;
  for (gsize i = 0; i < len;)
    {
      guchar c = s[i];
      gsize n = 1;
      if (c >= 0x80)
        {
          /* only 3-byte characters end anything here (U+3001, U+3002, U+FFxx) */
          n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
          if (n != 3 || (c != 0xE3 && c != 0xEF))
            {
              i += n;
              continue;
            }
        }
      else if (c != ',' && c != ':' && c != ';' && c != '!' && c != '?' && c != '\n')
        {
          i++;
          continue;
        }
      const char *next;
      gunichar u = ds_utf8_decode_valid (text + i, &next);
      gsize after = i + n;
      if (fx_is_segment_end (u))
        {
          g_array_append_val (b->segment_ends, i);
          g_array_append_val (b->after[FX_BOUND_SEGMENT], after);
        }
      if (fx_is_clause_end (u))
        g_array_append_val (b->after[FX_BOUND_CLAUSE], after);
      if (is_list_item_end (u))
        g_array_append_val (b->after[FX_BOUND_LIST_ITEM], after);
      i = after;
    }
  return b;
}

gsize
fx_clause_start (const FxDoc *d, gsize pos)
{
  if (!use_table (d, pos))
    return walk_back (d, pos, fx_is_clause_end);
  return last_at_or_before (d->bounds->after[FX_BOUND_CLAUSE], MIN (pos, d->len));
}

/* The start of a list item (after 、) or clause: where a figure's subject
 * is looked for (索通低碳产业园2.5万吨负极材料、甬金8万吨…: the second
 * figure is not the zone's). */
gsize
fx_list_item_start (const FxDoc *d, gsize pos)
{
  if (!use_table (d, pos))
    return walk_back (d, pos, is_list_item_end);
  return last_at_or_before (d->bounds->after[FX_BOUND_LIST_ITEM], MIN (pos, d->len));
}

gsize
fx_segment_start (const FxDoc *d, gsize pos)
{
  if (!use_table (d, pos))
    return walk_back (d, pos, fx_is_segment_end);
  return last_at_or_before (d->bounds->after[FX_BOUND_SEGMENT], MIN (pos, d->len));
}

/* The start of the first segment end at or after @pos, else the end of the text. */
gsize
fx_segment_end (const FxDoc *d, gsize pos)
{
  if (!use_table (d, pos))
    return walk_to_segment_end (d, pos);
  const GArray *a = d->bounds->segment_ends;
  const gsize *v = (const gsize *) a->data;
  pos = MIN (pos, d->len);
  guint lo = 0, hi = a->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (v[mid] < pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < a->len ? v[lo] : d->len;
}
