/* ds-view.c: a text of a document and its byte ↔ code point index.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h"

gsize
_ds_utf8_count (const char *text, gsize length)
{
  gsize n = 0;
  const guchar *p = (const guchar *) text;
  for (gsize i = 0; i < length; i++)
    n += (p[i] & 0xC0) != 0x80;
  return n;
}

gboolean
_ds_utf8_validate_count (const char *text, gsize length, gsize *n_codepoints)
{
  /* One pass instead of g_utf8_validate_len() and a count (as fast as the
   * hand-unrolled validator this replaced, measured on the corpus). */
  const char *p = text, *end = text + length, *next;
  gsize n = 0;

  while (p < end)
    {
      gunichar c = ds_utf8_decode (p, end, &next);
      if (c == 0 || c == DS_UNICHAR_INVALID)
        return FALSE;
      p = next;
      n++;
    }
  *n_codepoints = n;
  return TRUE;
}

DsView *
_ds_view_new (const char *name, char *text, gsize length, DsOffsetMap *map, gsize n_codepoints)
{
  DsView *view = g_new0 (DsView, 1);
  view->name = g_strdup (name);
  view->text = text;
  view->length = length;
  view->map = map;
  view->n_codepoints = n_codepoints != G_MAXSIZE ? n_codepoints : _ds_utf8_count (text, length);
  return view;
}

void
_ds_view_free (DsView *view)
{
  if (view == NULL)
    return;
  g_free (view->name);
  g_free (view->text);
  ds_offset_map_free (view->map);
  g_free (view->block_cp);
  if (view->paragraphs)
    g_array_unref (view->paragraphs);
  if (view->sentences)
    g_array_unref (view->sentences);
  g_free (view);
}

const char *
ds_view_get_name (const DsView *view)
{
  g_return_val_if_fail (view != NULL, NULL);
  return view->name;
}

const char *
ds_view_get_text (const DsView *view, gsize *length)
{
  g_return_val_if_fail (view != NULL, NULL);
  if (length)
    *length = view->length;
  return view->text;
}

const DsOffsetMap *
ds_view_get_map (const DsView *view)
{
  g_return_val_if_fail (view != NULL, NULL);
  return view->map;
}

gboolean
ds_view_is_original (const DsView *view)
{
  g_return_val_if_fail (view != NULL, FALSE);
  return view->map == NULL;
}

gsize
ds_view_get_n_codepoints (const DsView *view)
{
  g_return_val_if_fail (view != NULL, 0);
  return view->n_codepoints;
}

/* Index: code points before each 256-byte block. Built on first use; a
 * document is processed by one thread at a time, so no lock is needed. */
static void
ensure_index (const DsView *cview)
{
  DsView *view = (DsView *) cview;
  if (view->block_cp != NULL)
    return;

  gsize n_blocks = (view->length >> DS_CP_BLOCK_SHIFT) + 1;
  guint32 *idx = g_new (guint32, n_blocks + 1);
  const guchar *p = (const guchar *) view->text;
  guint32 count = 0;
  gsize block = 0;

  for (gsize i = 0; i < view->length; i++)
    {
      if ((i & ((1u << DS_CP_BLOCK_SHIFT) - 1)) == 0)
        idx[block++] = count;
      count += (p[i] & 0xC0) != 0x80;
    }
  while (block <= n_blocks)
    idx[block++] = count;
  view->block_cp = idx;
}

gsize
ds_view_byte_to_codepoint (const DsView *view, gsize byte_offset)
{
  g_return_val_if_fail (view != NULL, 0);
  if (byte_offset >= view->length)
    return view->n_codepoints;
  ensure_index (view);

  gsize block = byte_offset >> DS_CP_BLOCK_SHIFT;
  gsize from = block << DS_CP_BLOCK_SHIFT;
  return view->block_cp[block] + _ds_utf8_count (view->text + from, byte_offset - from);
}

gsize
ds_view_codepoint_to_byte (const DsView *view, gsize cp_offset)
{
  g_return_val_if_fail (view != NULL, 0);
  if (cp_offset >= view->n_codepoints)
    return view->length;
  ensure_index (view);

  /* last block whose start count <= cp_offset */
  gsize n_blocks = (view->length >> DS_CP_BLOCK_SHIFT) + 1;
  gsize lo = 0, hi = n_blocks;
  while (hi - lo > 1)
    {
      gsize mid = lo + (hi - lo) / 2;
      if (view->block_cp[mid] <= cp_offset)
        lo = mid;
      else
        hi = mid;
    }
  /* block_cp[lo] counts the lead bytes before the block's first byte; a
   * character cut by the block start has a smaller index, so scanning
   * forward from there finds @cp_offset's lead byte. */
  gsize pos = lo << DS_CP_BLOCK_SHIFT;
  gsize count = view->block_cp[lo];
  const guchar *p = (const guchar *) view->text;
  for (; pos < view->length; pos++)
    {
      if ((p[pos] & 0xC0) == 0x80)
        continue;
      if (count == cp_offset)
        return pos;
      count++;
    }
  return view->length;
}

void
ds_view_map_to_original (const DsView *view,
                         gsize byte_start,
                         gsize byte_end,
                         gsize *orig_cp_start,
                         gsize *orig_cp_end)
{
  g_return_if_fail (view != NULL && orig_cp_start != NULL && orig_cp_end != NULL);
  gsize s = ds_view_byte_to_codepoint (view, byte_start);
  gsize e = ds_view_byte_to_codepoint (view, MAX (byte_start, byte_end));
  if (view->map == NULL)
    {
      *orig_cp_start = s;
      *orig_cp_end = e;
      return;
    }
  ds_offset_map_map_span (view->map, s, e, orig_cp_start, orig_cp_end);
}

const DsSpan *
ds_view_get_paragraphs (DsView *view, guint *n_spans)
{
  g_return_val_if_fail (view != NULL && n_spans != NULL, NULL);
  if (view->paragraphs == NULL)
    {
      view->paragraphs = g_array_new (FALSE, FALSE, sizeof (DsSpan));
      _ds_segment_paragraphs (view->text, view->length, view->paragraphs);
    }
  *n_spans = view->paragraphs->len;
  return (const DsSpan *) view->paragraphs->data;
}

const DsSpan *
ds_view_get_sentences (DsView *view, guint *n_spans)
{
  g_return_val_if_fail (view != NULL && n_spans != NULL, NULL);
  if (view->sentences == NULL)
    {
      guint n_par;
      ds_view_get_paragraphs (view, &n_par);
      view->sentences = g_array_new (FALSE, FALSE, sizeof (DsSpan));
      _ds_segment_sentences (view->text, view->length, view->paragraphs, view->sentences);
    }
  *n_spans = view->sentences->len;
  return (const DsSpan *) view->sentences->data;
}
