/* nm-text.c: alignment maps, the character pass and range marks.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "nm-text.h"

#include <docsift/docsift.h>

#include <string.h>

/* ------------------------------------------------------------------ maps */

void
nm_map_init (NmMap *map)
{
  map->segs = g_array_new (FALSE, FALSE, sizeof (NmSeg));
  map->pending = 0;
  map->o_total = 0;
  map->v_total = 0;
}

void
nm_map_clear (NmMap *map)
{
  if (map->segs)
    g_array_unref (map->segs);
  map->segs = NULL;
}

static void
flush_pending (NmMap *map)
{
  while (map->pending > 0)
    {
      if (map->segs->len > 0)
        {
          NmSeg *last = &g_array_index (map->segs, NmSeg, map->segs->len - 1);
          if (last->o == last->v && last->o < G_MAXUINT32)
            {
              guint64 room = G_MAXUINT32 - last->o;
              guint64 k = MIN (room, map->pending);
              last->o += (guint32) k;
              last->v += (guint32) k;
              map->pending -= k;
              continue;
            }
        }
      guint64 k = MIN ((guint64) G_MAXUINT32, map->pending);
      NmSeg seg = { (guint32) k, (guint32) k };
      g_array_append_val (map->segs, seg);
      map->pending -= k;
    }
}

void
nm_map_append (NmMap *map, guint32 o, guint32 v)
{
  if (o == v)
    {
      nm_map_aligned (map, o);
      return;
    }
  flush_pending (map);
  if (map->segs->len > 0)
    {
      /* adjacent deletions (or insertions) merge: nothing maps into them */
      NmSeg *last = &g_array_index (map->segs, NmSeg, map->segs->len - 1);
      if ((v == 0 && last->v == 0 && (guint64) last->o + o <= G_MAXUINT32)
          || (o == 0 && last->o == 0 && (guint64) last->v + v <= G_MAXUINT32))
        {
          last->o += o;
          last->v += v;
          map->o_total += o;
          map->v_total += v;
          return;
        }
    }
  NmSeg seg = { o, v };
  g_array_append_val (map->segs, seg);
  map->o_total += o;
  map->v_total += v;
}

void
nm_map_finish (NmMap *map)
{
  flush_pending (map);
}

void
nm_map_append_map (NmMap *dst, const NmMap *src)
{
  g_return_if_fail (src->pending == 0);
  for (guint i = 0; i < src->segs->len; i++)
    {
      const NmSeg *s = &g_array_index (src->segs, NmSeg, i);
      nm_map_append (dst, s->o, s->v);
    }
}

DsOffsetMap *
nm_map_to_offset_map (const NmMap *map)
{
  g_return_val_if_fail (map->pending == 0, NULL);
  DsOffsetMap *dmap = ds_offset_map_new ();
  for (guint i = 0; i < map->segs->len; i++)
    {
      const NmSeg *s = &g_array_index (map->segs, NmSeg, i);
      ds_offset_map_append (dmap, s->o, s->v);
    }
  return dmap;
}

gboolean
nm_map_compose (const NmMap *a, const NmMap *b, NmMap *out)
{
  g_return_val_if_fail (a->pending == 0 && b->pending == 0, FALSE);
  if (a->v_total != b->o_total)
    return FALSE;
  g_autoptr (DsOffsetMap) da = nm_map_to_offset_map (a);
  g_autoptr (DsOffsetMap) db = nm_map_to_offset_map (b);
  g_autoptr (DsOffsetMap) dc = ds_offset_map_compose (da, db);
  for (guint i = 0; i < ds_offset_map_get_n_segments (dc); i++)
    {
      guint32 o, v;
      ds_offset_map_get_segment (dc, i, NULL, NULL, &o, &v);
      nm_map_append (out, o, v);
    }
  return TRUE;
}

/* ---------------------------------------------------------------- tables */

void
nm_tables_init (NmTables *t)
{
  t->trad_only = g_malloc0 (NM_BITMAP_BYTES);
  t->simp_only = g_malloc0 (NM_BITMAP_BYTES);
  t->nfc_unsafe = g_malloc0 (NM_BITMAP_BYTES);
  t->composes = g_malloc0 (NM_BITMAP_BYTES);
  t->bmp_class = NULL;

  /* From GLib's Unicode tables: a character is NFC-unsafe when it has a
   * canonical decomposition or is not a starter; it "composes" (joins the
   * preceding cluster) when it is not a starter or is the second half of
   * some canonical pair (Hangul V/T jamo, U+0B3E, …). */
  for (gunichar c = 0x80; c < 0x110000; c++)
    {
      if (c >= 0xD800 && c < 0xE000)
        continue;
      if (c >= 0x4E00 && c < 0xA000)
        continue; /* CJK unified: no decompositions, all starters */
      gunichar a, b;
      gboolean dec = g_unichar_decompose (c, &a, &b);
      int ccc = g_unichar_combining_class (c);
      if (dec || ccc != 0)
        nm_bit_set (t->nfc_unsafe, c);
      if (ccc != 0)
        nm_bit_set (t->composes, c);
      if (dec && b != 0 && g_unichar_combining_class (b) == 0)
        nm_bit_set (t->composes, b);
    }
}

void
nm_tables_clear (NmTables *t)
{
  g_clear_pointer (&t->trad_only, g_free);
  g_clear_pointer (&t->simp_only, g_free);
  g_clear_pointer (&t->nfc_unsafe, g_free);
  g_clear_pointer (&t->composes, g_free);
  g_clear_pointer (&t->bmp_class, g_free);
}

/* ------------------------------------------------------- character pass */

void
nm_options_init_default (NmOptions *opt)
{
  opt->width = TRUE;
  opt->cjk_punct = FALSE;
  opt->punct = TRUE;
  opt->curly_quotes = TRUE;
  opt->nfc = TRUE;
  opt->remove = TRUE;
  opt->space = TRUE;
  opt->space_char = NM_SPACE_ASCII;
}

static inline gboolean
is_removable (gunichar c)
{
  switch (c)
    {
    case 0x00AD: /* soft hyphen */
    case 0x180E: /* Mongolian vowel separator (formerly a space) */
    case 0x200B: /* zero-width space */
    case 0x200C: /* zero-width non-joiner */
    case 0x200D: /* zero-width joiner */
    case 0x2060: /* word joiner */
    case 0xFEFF: /* BOM / zero-width no-break space */
      return TRUE;
    default:
      return FALSE;
    }
}

/* horizontal white space that trailing-space removal drops */
static inline gboolean
is_hspace (gunichar c)
{
  return c == ' ' || c == '\t' || c == 0x00A0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A)
         || c == 0x202F || c == 0x205F;
}

/* CJK punctuation that stays unless cjk_punct is set */
static inline gunichar
cjk_punct_ascii (gunichar c)
{
  switch (c)
    {
    case 0xFF0C: return ',';
    case 0x3002: return '.';
    case 0xFF1A: return ':';
    case 0xFF1B: return ';';
    case 0xFF01: return '!';
    case 0xFF1F: return '?';
    case 0x3001: return ',';
    case 0xFF08: return '(';
    case 0xFF09: return ')';
    default: return 0;
    }
}

static inline gunichar
quote_curly (gunichar c)
{
  switch (c)
    {
    case 0x300C: case 0xFE41: return 0x201C; /* 「 → “ */
    case 0x300D: case 0xFE42: return 0x201D; /* 」 → ” */
    case 0x300E: case 0xFE43: return 0x2018; /* 『 → ‘ */
    case 0x300F: case 0xFE44: return 0x2019; /* 』 → ’ */
    default: return 0;
    }
}

typedef struct
{
  const NmOptions *opt;
  GString *out;
  NmMap *map;
  NmCounts *counts;
  /* unchanged bytes not yet copied: [copy_from, copy_to) of the input */
  const guchar *copy_from;
  const guchar *copy_to;
  /* horizontal white space held back until we know it is not trailing */
  GString *pend;
  NmMap pend_map;
  guint64 pend_spaces;  /* white-space characters in pend */
  guint64 pend_changed; /* of which were changed (NBSP → space, …) */
  guint nl_run;         /* newlines emitted since the last visible character */
} Pass;

static inline void
copy_flush (Pass *s)
{
  if (s->copy_to > s->copy_from)
    g_string_append_len (s->out, (const char *) s->copy_from, s->copy_to - s->copy_from);
  s->copy_from = s->copy_to = NULL;
}

static inline gboolean
pend_empty (Pass *s)
{
  return s->pend_map.o_total == 0;
}

static void
pend_flush (Pass *s)
{
  if (pend_empty (s))
    return;
  g_string_append_len (s->out, s->pend->str, s->pend->len);
  nm_map_finish (&s->pend_map);
  nm_map_append_map (s->map, &s->pend_map);
  s->counts->space += s->pend_changed;
  g_string_truncate (s->pend, 0);
  g_array_set_size (s->pend_map.segs, 0);
  s->pend_map.o_total = s->pend_map.v_total = 0;
  s->pend_spaces = s->pend_changed = 0;
}

static void
pend_drop (Pass *s)
{
  if (pend_empty (s))
    return;
  nm_map_append (s->map, (guint32) s->pend_map.o_total, 0);
  s->counts->space += s->pend_spaces;
  g_string_truncate (s->pend, 0);
  nm_map_finish (&s->pend_map);
  g_array_set_size (s->pend_map.segs, 0);
  s->pend_map.pending = 0;
  s->pend_map.o_total = s->pend_map.v_total = 0;
  s->pend_spaces = s->pend_changed = 0;
}

/* an unchanged character at p..p+n, visible (not white space) */
static inline void
emit_same (Pass *s, const guchar *p, guint n)
{
  if (!pend_empty (s))
    {
      copy_flush (s);
      pend_flush (s);
    }
  s->nl_run = 0;
  if (s->copy_to != p)
    {
      copy_flush (s);
      s->copy_from = p;
    }
  s->copy_to = p + n;
  nm_map_aligned (s->map, 1);
}

/* o input characters became the UTF-8 @str (v characters), visible */
static void
emit_changed (Pass *s, const char *str, gssize n, guint32 o, guint32 v)
{
  copy_flush (s);
  pend_flush (s);
  s->nl_run = 0;
  g_string_append_len (s->out, str, n);
  nm_map_append (s->map, o, v);
}

static inline void
emit_char (Pass *s, gunichar c, guint32 o)
{
  char buf[6];
  int n = g_unichar_to_utf8 (c, buf);
  emit_changed (s, buf, n, o, 1);
}

static inline void
count_script (const NmTables *t, NmCounts *counts, gunichar c)
{
  if (ds_unichar_is_han (c))
    {
      counts->han++;
      if (nm_bit_get (t->trad_only, c))
        counts->traditional++;
      else if (nm_bit_get (t->simp_only, c))
        counts->simplified++;
    }
}

void
nm_tables_index (NmTables *t)
{
  if (t->bmp_class == NULL)
    t->bmp_class = g_malloc0 (0x10000);
  for (gunichar c = 0; c < 0x10000; c++)
    {
      guint8 k = 0;
      if (c >= 0x80 && !(c >= 0xD800 && c < 0xE000) && !nm_bit_get (t->nfc_unsafe, c)
          && !nm_bit_get (t->composes, c) && !is_removable (c) && !is_hspace (c)
          && !(c >= 0xFF01 && c <= 0xFF5E) && cjk_punct_ascii (c) == 0 && quote_curly (c) == 0
          && c != 0x85 && c != 0x2028 && c != 0x2029)
        k |= NM_CLASS_PLAIN;
      if (ds_unichar_is_han (c))
        {
          k |= NM_CLASS_HAN;
          if (nm_bit_get (t->trad_only, c))
            k |= NM_CLASS_TRAD;
          else if (nm_bit_get (t->simp_only, c))
            k |= NM_CLASS_SIMP;
        }
      t->bmp_class[c] = k;
    }
}

void
nm_pass_normalize (const NmTables *t,
                   const NmOptions *opt,
                   const char *text,
                   gsize len,
                   GString *out,
                   NmMap *map,
                   NmCounts *counts)
{
  Pass s = { 0 };
  s.opt = opt;
  s.out = out;
  s.map = map;
  s.counts = counts;
  s.pend = g_string_new (NULL);
  nm_map_init (&s.pend_map);

  const guchar *p = (const guchar *) text;
  const guchar *end = p + len;
  const guchar *nfc_checked = p; /* clusters before this were found unchanged */
  const guint8 *cls = t->bmp_class;

  while (p < end)
    {
      const char *nx;
      gunichar c = ds_utf8_decode_valid ((const char *) p, &nx);
      guint n = (guint) ((const guchar *) nx - p);

      /* fast path: visible ASCII not followed by a combining mark */
      if (c > 0x20 && c < 0x7F && (p + 1 >= end || p[1] < 0xCC || !opt->nfc))
        {
          emit_same (&s, p, n);
          p += n;
          continue;
        }

      /* fast path: a BMP character no step touches (most Han characters),
       * not followed by one that would join its cluster; lead bytes
       * E4-E9 (U+4000-U+9FFF) never join */
      if (cls != NULL && c < 0x10000 && (cls[c] & NM_CLASS_PLAIN))
        {
          const guchar *q = p + n;
          gboolean alone = TRUE;
          if (opt->nfc && q < end && *q >= 0xCC && !(*q >= 0xE4 && *q <= 0xE9))
            {
              const char *dx;
              gunichar d = ds_utf8_decode_valid ((const char *) q, &dx);
              alone = d < 0x300 || !nm_bit_get (t->composes, d);
            }
          if (alone)
            {
              guint8 k = cls[c];
              if (k & NM_CLASS_HAN)
                {
                  counts->han++;
                  counts->traditional += (k & NM_CLASS_TRAD) != 0;
                  counts->simplified += (k & NM_CLASS_SIMP) != 0;
                }
              emit_same (&s, p, n);
              p += n;
              continue;
            }
        }

      /* canonical composition: a cluster is a character and the combining
       * characters after it; only clusters NFC changes are rewritten */
      if (opt->nfc && p >= nfc_checked
          && (c >= 0x300 || (p + n < end && p[n] >= 0xCC)))
        {
          const guchar *q = p + n;
          guint cluster = 1;
          while (q < end)
            {
              const char *dx;
              gunichar d = ds_utf8_decode_valid ((const char *) q, &dx);
              if (d < 0x300 || !nm_bit_get (t->composes, d))
                break;
              q = (const guchar *) dx;
              cluster++;
            }
          if (cluster > 1 || nm_bit_get (t->nfc_unsafe, c))
            {
              g_autofree char *norm = g_utf8_normalize ((const char *) p, q - p, G_NORMALIZE_NFC);
              if (norm && ((gsize) (q - p) != strlen (norm) || memcmp (norm, p, q - p) != 0))
                {
                  for (const char *r = (const char *) p; r < (const char *) q;)
                    count_script (t, counts, ds_utf8_decode_valid (r, &r));
                  emit_changed (&s, norm, -1, cluster, (guint32) g_utf8_strlen (norm, -1));
                  counts->composed += cluster;
                  p = q;
                  continue;
                }
            }
          nfc_checked = q; /* unchanged: its characters go through one by one */
        }

      count_script (t, counts, c);

      /* invisible characters */
      if (opt->remove && is_removable (c))
        {
          copy_flush (&s);
          if (!pend_empty (&s))
            nm_map_append (&s.pend_map, 1, 0);
          else
            nm_map_append (map, 1, 0);
          counts->removed++;
          p += n;
          continue;
        }

      /* line ends and white space */
      if (opt->space && (c == '\r' || c == '\n'))
        {
          guint32 o = 1;
          gboolean changed = c == '\r';
          if (c == '\r' && p + 1 < end && p[1] == '\n')
            o = 2, n = 2;
          copy_flush (&s);
          pend_drop (&s);
          if (s.nl_run >= 2)
            {
              nm_map_append (map, o, 0); /* a blank line too many */
              counts->space++;
            }
          else
            {
              g_string_append_c (out, '\n');
              nm_map_append (map, o, 1);
              if (changed)
                counts->space++;
              s.nl_run++;
            }
          p += n;
          continue;
        }
      if (opt->space && is_hspace (c))
        {
          gunichar m = c;
          if (c != ' ' && c != '\t')
            {
              if (opt->space_char == NM_SPACE_ASCII)
                m = ' ';
              else if (opt->space_char == NM_SPACE_IDEOGRAPHIC)
                m = 0x3000;
            }
          copy_flush (&s);
          if (m == c)
            g_string_append_len (s.pend, (const char *) p, n);
          else
            {
              g_string_append_unichar (s.pend, m);
              s.pend_changed++;
            }
          nm_map_aligned (&s.pend_map, 1);
          s.pend_spaces++;
          p += n;
          continue;
        }

      /* width and punctuation */
      if (c >= 0x3001)
        {
          gunichar m = 0;
          if (opt->cjk_punct && (m = cjk_punct_ascii (c)) != 0)
            counts->punct++;
          else if (opt->width && c >= 0xFF01 && c <= 0xFF5E && c != 0xFF0D && c != 0xFF5E
                   && cjk_punct_ascii (c) == 0)
            {
              m = c - 0xFEE0;
              counts->width++;
            }
          else if (opt->punct && opt->curly_quotes && (m = quote_curly (c)) != 0)
            counts->punct++;
          if (m != 0)
            {
              emit_char (&s, m, 1);
              p += n;
              continue;
            }
        }

      /* anything else, including white space when the space step is off */
      emit_same (&s, p, n);
      p += n;
    }

  copy_flush (&s);
  pend_drop (&s); /* trailing white space at the end of the text */
  nm_map_clear (&s.pend_map);
  g_string_free (s.pend, TRUE);
}

/* ---------------------------------------------------------------- script */

const char *
nm_script_name (const NmCounts *counts, double mixed_ratio)
{
  guint64 t = counts->traditional, s = counts->simplified;
  if (t + s == 0)
    return "none";
  if (t > 0 && s > 0 && (double) MIN (t, s) >= mixed_ratio * (double) (t + s))
    return "mixed";
  return t >= s ? "traditional" : "simplified";
}

/* ----------------------------------------------------------- range marks */

static inline gboolean
is_range_dash (gunichar c)
{
  return c == 0x2014 || c == 0x2015 || c == 0x2013 || c == 0xFF0D || c == '~' || c == 0xFF5E
         || c == 0x301C || c == 0x81F3 /* 至 */;
}

static inline gboolean
is_num_char (gunichar c)
{
  if ((c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19))
    return TRUE;
  switch (c)
    {
    case 0x3007: /* 〇 */
    case 0x96F6: /* 零 */
    case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94: /* 一二三四五 */
    case 0x516D: case 0x4E03: case 0x516B: case 0x4E5D: case 0x5341: /* 六七八九十 */
    case 0x4E24: case 0x5169: /* 两 兩 */
      return TRUE;
    default:
      return FALSE;
    }
}

/* what may end the left side of a range: a number or a unit of it */
static inline gboolean
is_left_char (gunichar c)
{
  return is_num_char (c) || c == 0x5E74 /* 年 */ || c == 0x6708 /* 月 */ || c == 0x65E5 /* 日 */
         || c == 0x53F7 /* 号 */ || c == 0x865F /* 號 */ || c == '%' || c == 0xFF05
         || c == 0x767E || c == 0x5343 || c == 0x4E07 || c == 0x842C || c == 0x4EBF
         || c == 0x5104; /* 百千万萬亿億 */
}

void
nm_find_range_marks (const char *text, gsize len, GArray *spans)
{
  const guchar *p = (const guchar *) text;
  const guchar *end = p + len;
  gunichar prev = 0;

  while (p < end)
    {
      const char *nx, *mx;
      gunichar c = ds_utf8_decode_valid ((const char *) p, &nx);
      guint n = (guint) ((const guchar *) nx - p);
      if (is_range_dash (c) && is_left_char (prev) && p + n < end)
        {
          gunichar next = ds_utf8_decode_valid (nx, &mx);
          if (is_num_char (next))
            {
              gsize span[2] = { (gsize) (p - (const guchar *) text), (gsize) (p + n - (const guchar *) text) };
              g_array_append_vals (spans, span, 2);
            }
        }
      prev = c;
      p += n;
    }
}
