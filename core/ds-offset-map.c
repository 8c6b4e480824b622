/* ds-offset-map.c: run-length code-point map from a view to the original.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h"

DsOffsetMap *
ds_offset_map_new (void)
{
  DsOffsetMap *map = g_new0 (DsOffsetMap, 1);
  map->segments = g_array_new (FALSE, FALSE, sizeof (DsMapSegment));
  return map;
}

void
ds_offset_map_free (DsOffsetMap *map)
{
  if (map == NULL)
    return;
  g_array_unref (map->segments);
  g_free (map);
}

DsOffsetMap *
ds_offset_map_copy (const DsOffsetMap *map)
{
  g_return_val_if_fail (map != NULL, NULL);
  DsOffsetMap *copy = ds_offset_map_new ();
  g_array_append_vals (copy->segments, map->segments->data, map->segments->len);
  copy->orig_total = map->orig_total;
  copy->view_total = map->view_total;
  return copy;
}

void
ds_offset_map_append (DsOffsetMap *map, guint32 orig_len, guint32 view_len)
{
  g_return_if_fail (map != NULL);
  if (orig_len == 0 && view_len == 0)
    return;

  if (map->segments->len > 0)
    {
      /* aligned runs merge; so do adjacent deletions and adjacent
       * insertions (nothing maps into a deletion; every character of an
       * insertion maps to the same empty point) */
      DsMapSegment *last = &g_array_index (map->segments, DsMapSegment, map->segments->len - 1);
      gboolean aligned = orig_len == view_len && last->orig_len == last->view_len;
      gboolean deletions = view_len == 0 && last->view_len == 0;
      gboolean insertions = orig_len == 0 && last->orig_len == 0;
      if ((aligned || deletions || insertions) && (guint64) last->orig_len + orig_len <= G_MAXUINT32
          && (guint64) last->view_len + view_len <= G_MAXUINT32)
        {
          last->orig_len += orig_len;
          last->view_len += view_len;
          map->orig_total += orig_len;
          map->view_total += view_len;
          return;
        }
    }

  DsMapSegment seg = {
    .orig_start = map->orig_total,
    .view_start = map->view_total,
    .orig_len = orig_len,
    .view_len = view_len,
  };
  g_array_append_val (map->segments, seg);
  map->orig_total += orig_len;
  map->view_total += view_len;
}

gsize
ds_offset_map_get_original_length (const DsOffsetMap *map)
{
  g_return_val_if_fail (map != NULL, 0);
  return map->orig_total;
}

gsize
ds_offset_map_get_view_length (const DsOffsetMap *map)
{
  g_return_val_if_fail (map != NULL, 0);
  return map->view_total;
}

guint
ds_offset_map_get_n_segments (const DsOffsetMap *map)
{
  g_return_val_if_fail (map != NULL, 0);
  return map->segments->len;
}

void
ds_offset_map_get_segment (const DsOffsetMap *map,
                           guint index,
                           gsize *orig_start,
                           gsize *view_start,
                           guint32 *orig_len,
                           guint32 *view_len)
{
  g_return_if_fail (map != NULL && index < map->segments->len);
  const DsMapSegment *seg = &g_array_index (map->segments, DsMapSegment, index);
  if (orig_start)
    *orig_start = seg->orig_start;
  if (view_start)
    *view_start = seg->view_start;
  if (orig_len)
    *orig_len = seg->orig_len;
  if (view_len)
    *view_len = seg->view_len;
}

/* The first segment with view_len > 0 that contains view position @pos, or
 * the index one past the end. Binary search over view_start. */
static guint
find_segment (const DsOffsetMap *map, gsize pos)
{
  const DsMapSegment *segs = (const DsMapSegment *) map->segments->data;
  guint lo = 0, hi = map->segments->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (segs[mid].view_start + segs[mid].view_len <= pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  /* skip deletions (view_len 0) that share the start position */
  while (lo < map->segments->len && segs[lo].view_len == 0)
    lo++;
  return lo;
}

static gsize
map_point (const DsOffsetMap *map, gsize pos, gboolean is_end)
{
  /* For an end position, map the last character of the span (pos-1) and
   * return one past where it came from. */
  gsize probe = is_end ? pos - 1 : pos;
  guint i = find_segment (map, probe);

  if (i >= map->segments->len)
    return map->orig_total;

  const DsMapSegment *seg = &g_array_index (map->segments, DsMapSegment, i);
  if (seg->orig_len == seg->view_len)
    return seg->orig_start + (probe - seg->view_start) + (is_end ? 1 : 0);
  return is_end ? seg->orig_start + seg->orig_len : seg->orig_start;
}

void
ds_offset_map_map_span (const DsOffsetMap *map,
                        gsize view_start,
                        gsize view_end,
                        gsize *orig_start,
                        gsize *orig_end)
{
  g_return_if_fail (map != NULL && orig_start != NULL && orig_end != NULL);

  if (view_end < view_start)
    view_end = view_start;
  if (view_start >= map->view_total)
    {
      *orig_start = *orig_end = map->orig_total;
      return;
    }
  if (view_end > map->view_total)
    view_end = map->view_total;

  *orig_start = map_point (map, view_start, FALSE);
  if (view_end == view_start)
    *orig_end = *orig_start;
  else
    *orig_end = map_point (map, view_end, TRUE);
  if (*orig_end < *orig_start)
    *orig_end = *orig_start;
}

DsOffsetMap *
ds_offset_map_compose (const DsOffsetMap *first, const DsOffsetMap *second)
{
  g_return_val_if_fail (first != NULL && second != NULL, NULL);
  g_return_val_if_fail (first->view_total == second->orig_total, NULL);

  /* Walk both maps along the middle text. Where both are aligned, copy
   * aligned runs; from a point inside an atomic segment of either map, grow
   * one atomic group until a point where neither is inside one. Deletions of
   * @first and insertions of @second at a point are their own segments,
   * unless they fall inside a group. */
  const DsMapSegment *a = (const DsMapSegment *) first->segments->data;
  const DsMapSegment *b = (const DsMapSegment *) second->segments->data;
  guint na = first->segments->len, nb = second->segments->len, ia = 0, ib = 0;
  guint32 a_done = 0, b_done = 0; /* middle code points used of a[ia], b[ib] */
  guint64 group_orig = 0, group_view = 0;
  gboolean open = FALSE;
  DsOffsetMap *out = ds_offset_map_new ();

  while (ia < na || ib < nb)
    {
      if (ia < na && a[ia].view_len == 0)
        {
          if (open)
            group_orig += a[ia].orig_len;
          else
            ds_offset_map_append (out, a[ia].orig_len, 0);
          ia++;
          continue;
        }
      if (ib < nb && b[ib].orig_len == 0)
        {
          if (open)
            group_view += b[ib].view_len;
          else
            ds_offset_map_append (out, 0, b[ib].view_len);
          ib++;
          continue;
        }
      if (ia >= na || ib >= nb)
        break; /* not reached: both cover the same middle length */

      gboolean a_aligned = a[ia].orig_len == a[ia].view_len;
      gboolean b_aligned = b[ib].orig_len == b[ib].view_len;
      guint32 k = MIN (a[ia].view_len - a_done, b[ib].orig_len - b_done);
      if (!open && a_aligned && b_aligned)
        ds_offset_map_append (out, k, k);
      else
        {
          open = TRUE;
          group_orig += a_aligned ? k : (a_done == 0 ? a[ia].orig_len : 0);
          group_view += b_aligned ? k : (b_done == 0 ? b[ib].view_len : 0);
        }
      a_done += k;
      b_done += k;
      gboolean a_end = a_done == a[ia].view_len, b_end = b_done == b[ib].orig_len;
      if (a_end)
        ia++, a_done = 0;
      if (b_end)
        ib++, b_done = 0;
      if (open && (a_end || a_aligned) && (b_end || b_aligned))
        {
          ds_offset_map_append (out, (guint32) group_orig, (guint32) group_view);
          group_orig = group_view = 0;
          open = FALSE;
        }
    }
  if (open)
    ds_offset_map_append (out, (guint32) group_orig, (guint32) group_view);
  return out;
}
