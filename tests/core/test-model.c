/* test-model.c: documents, views, offset maps, spans, segmentation.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h"
#include "core-test-util.h"

#include <string.h>

#define BIG "\xF0\xA0\x80\x80"   /* 𠀀 U+20000, 4 bytes */
#define ACUTE "\xCC\x81"         /* U+0301 combining acute, 2 bytes */

/* Code-point substring of @text, computed independently of the core. */
static char *
cp_slice (const char *text, gsize start, gsize end)
{
  const char *s = g_utf8_offset_to_pointer (text, (glong) start);
  const char *e = g_utf8_offset_to_pointer (text, (glong) end);
  return g_strndup (s, e - s);
}

static DsDocument *
doc_new (const char *text)
{
  return ds_document_new ("t", "test", g_strdup (text), strlen (text), NULL);
}

/* Every code point of @text: byte ↔ code point both ways, on a fresh view
 * each time the lazy index is built by one or the other function first. */
static void
check_roundtrips (const char *text)
{
  gsize len = strlen (text);
  gsize n_cp = (gsize) g_utf8_strlen (text, -1);

  for (guint first = 0; first < 2; first++)
    {
      g_autoptr(DsDocument) doc = doc_new (text);
      DsView *view = ds_document_get_original (doc);
      g_assert_cmpuint (ds_view_get_n_codepoints (view), ==, n_cp);

      if (first == 0)
        g_assert_cmpuint (ds_view_codepoint_to_byte (view, n_cp / 2), ==,
                          (gsize) (g_utf8_offset_to_pointer (text, n_cp / 2) - text));
      else
        {
          /* lead bytes before the middle, counted independently */
          gsize leads = 0;
          for (gsize i = 0; i < len / 2; i++)
            leads += ((guchar) text[i] & 0xC0) != 0x80;
          g_assert_cmpuint (ds_view_byte_to_codepoint (view, len / 2), ==, leads);
        }

      gsize cp = 0;
      for (const char *p = text;; p = g_utf8_next_char (p), cp++)
        {
          gsize b = (gsize) (p - text);
          g_assert_cmpuint (ds_view_byte_to_codepoint (view, b), ==, cp);
          g_assert_cmpuint (ds_view_codepoint_to_byte (view, cp), ==, b);
          if (*p == '\0')
            break;
        }
      g_assert_cmpuint (cp, ==, n_cp);
      /* past the end: clamped */
      g_assert_cmpuint (ds_view_codepoint_to_byte (view, n_cp + 10), ==, len);
      g_assert_cmpuint (ds_view_byte_to_codepoint (view, len + 10), ==, n_cp);
    }
}

static void
test_view_offsets_4byte (void)
{
  /* 𠀀 repeated after 0–3 ASCII characters, so that across the 256-byte
   * blocks a 4-byte character straddles every possible block offset. */
  for (guint prefix = 0; prefix < 4; prefix++)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      for (guint i = 0; i < prefix; i++)
        g_string_append_c (s, 'x');
      for (guint i = 0; i < 400; i++)
        g_string_append (s, BIG);
      g_assert_cmpuint (s->len, >, 6 * 256);
      check_roundtrips (s->str);
    }
}

static void
test_view_offsets_mixed (void)
{
  /* 1-, 2-, 3- and 4-byte characters and combining marks, in a period that
   * is not a divisor of 256, so that the characters crossing block starts
   * vary from block to block. */
  g_autoptr(GString) s = g_string_new (NULL);
  for (guint i = 0; i < 250; i++)
    {
      g_string_append (s, "a" BIG "e" ACUTE "中");
      if (i % 7 == 0)
        g_string_append (s, "\xC3\xA9"); /* é precomposed */
      if (i % 11 == 0)
        g_string_append (s, "\n");
    }
  g_assert_cmpuint (s->len, >, 8 * 256);
  check_roundtrips (s->str);

  /* short and empty texts (fewer than one block) */
  check_roundtrips ("");
  check_roundtrips (BIG);
  check_roundtrips ("e" ACUTE BIG "x");
}

static void
test_view_block_start_inside_char (void)
{
  /* A 4-byte character exactly over byte 256 (bytes 254..257), and the
   * code point right after it. */
  g_autoptr(GString) s = g_string_new (NULL);
  for (guint i = 0; i < 254; i++)
    g_string_append_c (s, 'a');
  g_string_append (s, BIG "b");
  for (guint i = 0; i < 300; i++)
    g_string_append (s, "中");
  g_autoptr(DsDocument) doc = doc_new (s->str);
  DsView *view = ds_document_get_original (doc);
  g_assert_cmpuint (ds_view_codepoint_to_byte (view, 254), ==, 254);
  g_assert_cmpuint (ds_view_codepoint_to_byte (view, 255), ==, 258);
  g_assert_cmpuint (ds_view_codepoint_to_byte (view, 256), ==, 259);
  g_assert_cmpuint (ds_view_byte_to_codepoint (view, 258), ==, 255);
  g_assert_cmpuint (ds_view_byte_to_codepoint (view, 259), ==, 256);
  g_assert_cmpuint (ds_view_byte_to_codepoint (view, 262), ==, 257);
}

/* ---- spans on the original ---- */

static void
test_layer_span_original (void)
{
  const char *text = "A" BIG "e" ACUTE "台北市" BIG BIG "。";
  g_autoptr(DsDocument) doc = doc_new (text);
  DsView *view = ds_document_get_original (doc);
  DsLayer *layer = ds_document_add_layer (doc, "test");

  /* every byte span on character boundaries */
  g_autoptr(GArray) bounds = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gsize b = (gsize) (p - text);
      g_array_append_val (bounds, b);
      if (*p == '\0')
        break;
    }
  for (guint i = 0; i < bounds->len; i++)
    for (guint j = i; j < bounds->len; j++)
      {
        gsize bs = g_array_index (bounds, gsize, i), be = g_array_index (bounds, gsize, j);
        JsonObject *item = ds_layer_add_span (layer, view, bs, be);
        g_assert_cmpint (json_object_get_int_member (item, "start"), ==, i);
        g_assert_cmpint (json_object_get_int_member (item, "end"), ==, j);
        g_autofree char *want = g_strndup (text + bs, be - bs);
        g_assert_cmpstr (json_object_get_string_member (item, "text"), ==, want);
        g_autofree char *slice = cp_slice (text, i, j);
        g_assert_cmpstr (slice, ==, want);
      }
  g_assert_cmpuint (json_array_get_length (ds_layer_get_items (layer)), ==,
                    bounds->len * (bounds->len + 1) / 2);

  /* "e" + U+0301 is two code points: the span of the pair is 2 long */
  JsonObject *pair = ds_layer_add_span (layer, view, 5, 8);
  g_assert_cmpint (json_object_get_int_member (pair, "start"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (pair, "end"), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (pair, "text"), ==, "e" ACUTE);

  /* a prefixed span */
  JsonObject *obj = ds_layer_add_item (layer);
  ds_layer_set_span (layer, obj, view, 8, 17, "event");
  g_assert_cmpint (json_object_get_int_member (obj, "event_start"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (obj, "event_end"), ==, 7);
  g_assert_cmpstr (json_object_get_string_member (obj, "event"), ==, "台北市");
  g_assert_false (json_object_has_member (obj, "start"));
}

/* ---- views and maps ---- */

static void
test_add_view_refuses_bad_map (void)
{
  const char *text = "臺灣" BIG "電腦";  /* 5 code points */
  g_autoptr(DsDocument) doc = doc_new (text);
  g_autoptr(GError) error = NULL;

  /* covers too little of the original */
  DsOffsetMap *map = ds_offset_map_new ();
  ds_offset_map_append (map, 4, 4);
  g_assert_null (ds_document_add_view (doc, "v", g_strdup ("台湾X电"), strlen ("台湾X电"), map, &error));
  g_assert_error (error, DS_DOCUMENT_ERROR, DS_DOCUMENT_ERROR_BAD_MAP);
  g_assert_nonnull (strstr (error->message, "\"v\""));
  g_clear_error (&error);

  /* covers the original but not the whole view */
  map = ds_offset_map_new ();
  ds_offset_map_append (map, 5, 5);
  g_assert_null (ds_document_add_view (doc, "v", g_strdup ("台湾X电脑!"), strlen ("台湾X电脑!"), map, &error));
  g_assert_error (error, DS_DOCUMENT_ERROR, DS_DOCUMENT_ERROR_BAD_MAP);
  g_clear_error (&error);

  /* covers more than the view */
  map = ds_offset_map_new ();
  ds_offset_map_append (map, 5, 6);
  g_assert_null (ds_document_add_view (doc, "v", g_strdup ("台湾X电脑"), strlen ("台湾X电脑"), map, &error));
  g_assert_error (error, DS_DOCUMENT_ERROR, DS_DOCUMENT_ERROR_BAD_MAP);
  g_clear_error (&error);

  /* "original" is not a view name; invalid UTF-8 is not a view */
  map = ds_offset_map_new ();
  ds_offset_map_append (map, 5, 5);
  g_assert_null (ds_document_add_view (doc, "original", g_strdup ("台湾X电脑"), strlen ("台湾X电脑"), map, &error));
  g_assert_error (error, DS_DOCUMENT_ERROR, DS_DOCUMENT_ERROR_BAD_VIEW);
  g_clear_error (&error);
  map = ds_offset_map_new ();
  ds_offset_map_append (map, 5, 5);
  g_assert_null (ds_document_add_view (doc, "v", g_strdup ("ab\xffgh"), 5, map, &error));
  g_assert_error (error, DS_DOCUMENT_ERROR, DS_DOCUMENT_ERROR_BAD_VIEW);
  g_clear_error (&error);
  g_assert_null (ds_document_get_view (doc, "v"));

  /* the right map is accepted, and a second add replaces the view */
  map = ds_offset_map_new ();
  ds_offset_map_append (map, 5, 5);
  DsView *v = ds_document_add_view (doc, "v", g_strdup ("台湾X电脑"), strlen ("台湾X电脑"), map, &error);
  g_assert_no_error (error);
  g_assert_nonnull (v);
  g_assert_false (ds_view_is_original (v));
  g_assert_true (ds_document_get_view (doc, "v") == v);
  g_assert_true (ds_document_has_output (doc, "v"));
  g_assert_false (ds_document_has_output (doc, "original"));
  map = ds_offset_map_new ();
  ds_offset_map_append (map, 5, 5);
  DsView *v2 = ds_document_add_view (doc, "v", g_strdup ("台湾Y电脑"), strlen ("台湾Y电脑"), map, &error);
  g_assert_no_error (error);
  g_autoptr(GPtrArray) names = ds_document_get_view_names (doc);
  g_assert_cmpuint (names->len, ==, 1);
  g_assert_cmpstr (ds_view_get_text (v2, NULL), ==, "台湾Y电脑");
  g_assert_true (ds_document_get_view_or_original (doc, "absent") == ds_document_get_original (doc));
}

static void
expect_map (const DsOffsetMap *map, gsize vs, gsize ve, gsize os, gsize oe)
{
  gsize s = 12345, e = 12345;
  ds_offset_map_map_span (map, vs, ve, &s, &e);
  if (s != os || e != oe)
    g_error ("view [%" G_GSIZE_FORMAT ",%" G_GSIZE_FORMAT ") mapped to [%" G_GSIZE_FORMAT ",%" G_GSIZE_FORMAT
             "), expected [%" G_GSIZE_FORMAT ",%" G_GSIZE_FORMAT ")", vs, ve, s, e, os, oe);
}

static void
test_offset_map_segments (void)
{
  /* original: 3 copied, 2→1 (many-to-one), 1 deleted, inserted 2, 1→3
   * (one-to-many), 2 copied.  orig 3+2+1+0+1+2 = 9, view 3+1+0+2+3+2 = 11 */
  g_autoptr(DsOffsetMap) map = ds_offset_map_new ();
  ds_offset_map_append (map, 3, 3);
  ds_offset_map_append (map, 2, 1);
  ds_offset_map_append (map, 1, 0);
  ds_offset_map_append (map, 0, 2);
  ds_offset_map_append (map, 1, 3);
  ds_offset_map_append (map, 1, 1);
  ds_offset_map_append (map, 0, 0); /* ignored */
  ds_offset_map_append (map, 1, 1); /* merged with the previous aligned one */
  g_assert_cmpuint (ds_offset_map_get_original_length (map), ==, 9);
  g_assert_cmpuint (ds_offset_map_get_view_length (map), ==, 11);
  g_assert_cmpuint (ds_offset_map_get_n_segments (map), ==, 6);

  gsize os, vs;
  guint32 ol, vl;
  ds_offset_map_get_segment (map, 5, &os, &vs, &ol, &vl);
  g_assert_cmpuint (os, ==, 7);
  g_assert_cmpuint (vs, ==, 9);
  g_assert_cmpuint (ol, ==, 2);
  g_assert_cmpuint (vl, ==, 2);
  ds_offset_map_get_segment (map, 3, &os, &vs, &ol, &vl);
  g_assert_cmpuint (os, ==, 6);
  g_assert_cmpuint (vs, ==, 4);
  g_assert_cmpuint (ol, ==, 0);
  g_assert_cmpuint (vl, ==, 2);

  /* aligned: character for character */
  expect_map (map, 0, 1, 0, 1);
  expect_map (map, 1, 3, 1, 3);
  expect_map (map, 9, 11, 7, 9);
  expect_map (map, 10, 11, 8, 9);
  /* many-to-one: the single view character covers both originals */
  expect_map (map, 3, 4, 3, 5);
  /* a span ending in the atomic segment takes all of it */
  expect_map (map, 2, 4, 2, 5);
  /* insertion: inserted characters come from nowhere: an empty span at
   * the insertion point */
  expect_map (map, 4, 6, 6, 6);
  expect_map (map, 5, 6, 6, 6);
  /* a span over the deletion includes the deleted character */
  expect_map (map, 3, 6, 3, 6);
  /* one-to-many: any part of the 3 view characters maps to the 1 original */
  expect_map (map, 6, 7, 6, 7);
  expect_map (map, 7, 8, 6, 7);
  expect_map (map, 6, 9, 6, 7);
  expect_map (map, 7, 10, 6, 8);
  /* the whole view is the whole original */
  expect_map (map, 0, 11, 0, 9);
  /* empty spans */
  expect_map (map, 0, 0, 0, 0);
  expect_map (map, 1, 1, 1, 1);
  expect_map (map, 3, 3, 3, 3);
  /* at and past the end: clamped */
  expect_map (map, 11, 11, 9, 9);
  expect_map (map, 10, 50, 8, 9);
  expect_map (map, 40, 50, 9, 9);

  g_autoptr(DsOffsetMap) copy = ds_offset_map_copy (map);
  g_assert_cmpuint (ds_offset_map_get_n_segments (copy), ==, 6);
  g_assert_cmpuint (ds_offset_map_get_view_length (copy), ==, 11);
  expect_map (copy, 7, 10, 6, 8);
}

static void
test_offset_map_edges (void)
{
  /* deletion at the start and at the end */
  g_autoptr(DsOffsetMap) map = ds_offset_map_new ();
  ds_offset_map_append (map, 1, 0);
  ds_offset_map_append (map, 3, 3);
  ds_offset_map_append (map, 2, 0);
  g_assert_cmpuint (ds_offset_map_get_n_segments (map), ==, 3);
  expect_map (map, 0, 1, 1, 2);
  expect_map (map, 0, 3, 1, 4);
  expect_map (map, 2, 3, 3, 4);
  expect_map (map, 3, 3, 6, 6);

  /* insertion at the start and at the end */
  g_autoptr(DsOffsetMap) ins = ds_offset_map_new ();
  ds_offset_map_append (ins, 0, 2);
  ds_offset_map_append (ins, 2, 2);
  ds_offset_map_append (ins, 0, 1);
  expect_map (ins, 0, 2, 0, 0);
  expect_map (ins, 0, 3, 0, 1);
  expect_map (ins, 2, 4, 0, 2);
  expect_map (ins, 4, 5, 2, 2);

  /* merging: only aligned neighbours merge */
  g_autoptr(DsOffsetMap) m = ds_offset_map_new ();
  ds_offset_map_append (m, 2, 2);
  ds_offset_map_append (m, 3, 3);
  g_assert_cmpuint (ds_offset_map_get_n_segments (m), ==, 1);
  ds_offset_map_append (m, 1, 2);
  ds_offset_map_append (m, 1, 2);
  g_assert_cmpuint (ds_offset_map_get_n_segments (m), ==, 3);
  ds_offset_map_append (m, 4, 4);
  ds_offset_map_append (m, 1, 1);
  g_assert_cmpuint (ds_offset_map_get_n_segments (m), ==, 4);
  expect_map (m, 5, 6, 5, 6);
  expect_map (m, 8, 9, 6, 7);
  expect_map (m, 9, 14, 7, 12);

  /* an empty map */
  g_autoptr(DsOffsetMap) empty = ds_offset_map_new ();
  g_assert_cmpuint (ds_offset_map_get_n_segments (empty), ==, 0);
  expect_map (empty, 0, 0, 0, 0);
  expect_map (empty, 0, 3, 0, 0);
}

/* A view with a 4-byte character and conversions of other lengths; spans on
 * it come back as original code points whose text is the original's. */
static void
test_layer_span_view (void)
{
  /* original: "A𠀀臺灣e\u0301電腦。" (10 cp); view: "A𠀀台湾é电脑!!" where
   * e+U+0301 became é (2→1), and 。 became "!!" (1→2). */
  const char *orig = "A" BIG "臺灣e" ACUTE "電腦。";
  const char *vtext = "A" BIG "台湾\xC3\xA9电脑!!";
  g_autoptr(DsDocument) doc = doc_new (orig);
  g_assert_cmpuint (ds_view_get_n_codepoints (ds_document_get_original (doc)), ==, 9);
  DsOffsetMap *map = ds_offset_map_new ();
  ds_offset_map_append (map, 4, 4); /* A 𠀀 臺→台 灣→湾 */
  ds_offset_map_append (map, 2, 1); /* e+◌́ → é */
  ds_offset_map_append (map, 2, 2); /* 電腦 → 电脑 */
  ds_offset_map_append (map, 1, 2); /* 。 → !! */
  g_autoptr(GError) error = NULL;
  DsView *view = ds_document_add_view (doc, "normalized", g_strdup (vtext), strlen (vtext), map, &error);
  g_assert_no_error (error);

  DsLayer *layer = ds_document_add_layer (doc, "t");
  struct
  {
    const char *view_mention;
    const char *orig_mention;
    gint start, end;
  } cases[] = {
    { "台湾", "臺灣", 2, 4 },
    { BIG "台", BIG "臺", 1, 3 },
    { "\xC3\xA9", "e" ACUTE, 4, 6 },
    { "湾\xC3\xA9电", "灣e" ACUTE "電", 3, 7 },
    { "!!", "。", 8, 9 },
    { "脑!", "腦。", 7, 9 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *at = strstr (vtext, cases[i].view_mention);
      g_assert_nonnull (at);
      gsize bs = (gsize) (at - vtext);
      gsize be = bs + strlen (cases[i].view_mention);
      JsonObject *item = ds_layer_add_span (layer, view, bs, be);
      g_assert_cmpint (json_object_get_int_member (item, "start"), ==, cases[i].start);
      g_assert_cmpint (json_object_get_int_member (item, "end"), ==, cases[i].end);
      g_assert_cmpstr (json_object_get_string_member (item, "text"), ==, cases[i].orig_mention);
      g_autofree char *slice = cp_slice (orig, cases[i].start, cases[i].end);
      g_assert_cmpstr (slice, ==, cases[i].orig_mention);
    }

  gsize s, e;
  ds_view_map_to_original (view, 0, strlen (vtext), &s, &e);
  g_assert_cmpuint (s, ==, 0);
  g_assert_cmpuint (e, ==, 9);
}

/* A long view over a long original: spans straddling block boundaries of
 * both texts map back exactly (view text = original with each 𠀀 turned
 * into "XX", one-to-many). */
static void
test_layer_span_long_view (void)
{
  g_autoptr(GString) o = g_string_new (NULL);
  g_autoptr(GString) v = g_string_new (NULL);
  DsOffsetMap *map = ds_offset_map_new ();
  for (guint i = 0; i < 300; i++)
    {
      g_string_append (o, "中" BIG "e" ACUTE);
      g_string_append (v, "中XXe" ACUTE);
      ds_offset_map_append (map, 1, 1);
      ds_offset_map_append (map, 1, 2);
      ds_offset_map_append (map, 2, 2);
    }
  g_autoptr(DsDocument) doc = ds_document_new ("t", NULL, g_strdup (o->str), o->len, NULL);
  g_autoptr(GError) error = NULL;
  DsView *view = ds_document_add_view (doc, "x", g_strdup (v->str), v->len, map, &error);
  g_assert_no_error (error);
  DsLayer *layer = ds_document_add_layer (doc, "t");
  /* each repeat in the view is 3+2+1+2 = 8 bytes, 5 code points; in the
   * original 3+4+1+2 = 10 bytes, 4 code points */
  for (guint i = 0; i < 300; i += 7)
    {
      gsize bs = (gsize) i * 8 + 3 + 1; /* the second X */
      gsize be = bs + 1 + 1 + 2 + 3;     /* X, e, U+0301, 中 */
      JsonObject *item = ds_layer_add_span (layer, view, bs, be);
      g_assert_cmpint (json_object_get_int_member (item, "start"), ==, (gint64) i * 4 + 1);
      g_assert_cmpint (json_object_get_int_member (item, "end"), ==, (gint64) i * 4 + 5);
      g_assert_cmpstr (json_object_get_string_member (item, "text"), ==, BIG "e" ACUTE "中");
    }
}

/* ---- segmentation ---- */

static char *
span_text (DsView *view, const DsSpan *span)
{
  return g_strndup (ds_view_get_text (view, NULL) + span->start, span->end - span->start);
}

static void
test_segmentation (void)
{
  const char *text = "  第一句。第二句！\n\n\u3000第三段“引用。”后面\r\n" BIG "没有句号\n\n\n";
  g_autoptr(DsDocument) doc = doc_new (text);
  DsView *view = ds_document_get_original (doc);

  guint n;
  const DsSpan *pars = ds_view_get_paragraphs (view, &n);
  g_assert_cmpuint (n, ==, 3);
  const char *want_pars[] = { "第一句。第二句！", "第三段“引用。”后面", BIG "没有句号" };
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *t = span_text (view, &pars[i]);
      g_assert_cmpstr (t, ==, want_pars[i]);
    }

  const DsSpan *sents = ds_view_get_sentences (view, &n);
  const char *want_sents[] = { "第一句。", "第二句！", "第三段“引用。”", "后面", BIG "没有句号" };
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (want_sents));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *t = span_text (view, &sents[i]);
      g_assert_cmpstr (t, ==, want_sents[i]);
    }

  /* repeated marks and …… stay in their sentence */
  g_autoptr(DsDocument) d2 = doc_new ("真的吗？！是的……好吧");
  sents = ds_view_get_sentences (ds_document_get_original (d2), &n);
  g_assert_cmpuint (n, ==, 3);
  g_autofree char *s0 = span_text (ds_document_get_original (d2), &sents[0]);
  g_autofree char *s1 = span_text (ds_document_get_original (d2), &sents[1]);
  g_assert_cmpstr (s0, ==, "真的吗？！");
  g_assert_cmpstr (s1, ==, "是的……");

  /* nothing but white space: no paragraph, no sentence */
  g_autoptr(DsDocument) d3 = doc_new (" \n\u3000\n\t");
  ds_view_get_paragraphs (ds_document_get_original (d3), &n);
  g_assert_cmpuint (n, ==, 0);
  ds_view_get_sentences (ds_document_get_original (d3), &n);
  g_assert_cmpuint (n, ==, 0);
}

/* ---- document basics ---- */

static void
test_document_basics (void)
{
  g_autoptr(DsDocument) doc = ds_document_new ("id1", NULL, g_strdup ("文"), 3, "GB18030");
  g_assert_cmpstr (ds_document_get_id (doc), ==, "id1");
  g_assert_cmpstr (ds_document_get_source (doc), ==, "id1");
  g_assert_cmpstr (ds_document_get_encoding (doc), ==, "GB18030");
  ds_document_set_meta_string (doc, "title", "标题");
  g_assert_cmpstr (ds_document_get_meta_string (doc, "title"), ==, "标题");
  json_object_set_int_member (ds_document_get_meta (doc), "n", 3);
  g_assert_null (ds_document_get_meta_string (doc, "n"));
  ds_document_set_meta_string (doc, "title", NULL);
  g_assert_null (ds_document_get_meta_string (doc, "title"));

  DsLayer *l1 = ds_document_add_layer (doc, "one");
  ds_layer_add_item (l1);
  ds_document_add_layer (doc, "two");
  DsLayer *l1b = ds_document_add_layer (doc, "one"); /* replaces, keeps its place */
  g_assert_cmpuint (json_array_get_length (ds_layer_get_items (l1b)), ==, 0);
  g_autoptr(GPtrArray) names = ds_document_get_layer_names (doc);
  g_assert_cmpuint (names->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "one");
  g_assert_cmpstr (g_ptr_array_index (names, 1), ==, "two");
  g_assert_true (ds_document_get_layer (doc, "one") == l1b);
  g_assert_cmpstr (ds_layer_get_name (l1b), ==, "one");
  /* outside a pipeline the stamp says so */
  g_assert_cmpstr (ds_layer_get_plugin (l1b), ==, "unknown");
  g_assert_true (ds_document_has_output (doc, "two"));
  g_assert_false (ds_document_has_output (doc, "three"));
}

/* ---- compacted items ---- */

/* Fills item @i of a layer with members of every kind. */
static void
fill_item (DsLayer *layer, const DsView *view, guint i)
{
  JsonObject *it = ds_layer_add_span (layer, view, 3 * i, 3 * i + 3);
  json_object_set_double_member (it, "half", i + 0.5);
  json_object_set_double_member (it, "whole", 2.0 * i);
  json_object_set_double_member (it, "big", 1e20);
  json_object_set_null_member (it, "none");
  json_object_set_boolean_member (it, "odd", i % 2);
  json_object_set_string_member (it, "quote", "\"a\\b\"\n");
  JsonArray *flat = json_array_new ();
  json_array_add_int_element (flat, i);
  json_array_add_string_element (flat, "x");
  json_object_set_array_member (it, "flat", flat);
  JsonArray *nested = json_array_new ();
  JsonObject *inner = json_object_new ();
  json_object_set_object_member (inner, "empty", json_object_new ());
  json_object_set_array_member (inner, "none", json_array_new ());
  json_array_add_object_element (nested, inner);
  json_object_set_array_member (it, "nested", nested);
}

/* A layer compacted item by item is written exactly as one that is not,
 * pretty and compact, and reads back with every item. */
static void
test_layer_compact (void)
{
  const char *text = "一二三四五六七八九十";
  g_autoptr(DsDocument) plain = doc_new (text);
  g_autoptr(DsDocument) packed = doc_new (text);
  DsLayer *lp = ds_document_add_layer (plain, "l");
  DsLayer *lc = ds_document_add_layer (packed, "l");
  json_object_set_string_member (ds_layer_get_object (lp), "before", "s");
  JsonObject *summary = ds_layer_get_object (lc);
  json_object_set_string_member (summary, "before", "s");
  for (guint i = 0; i < 10; i++)
    {
      fill_item (lp, ds_document_get_original (plain), i);
      fill_item (lc, ds_document_get_original (packed), i);
      if (i % 4 != 3) /* the last items stay JSON objects */
        ds_layer_compact (lc);
    }
  json_object_set_int_member (ds_layer_get_object (lp), "count", 10);
  json_object_set_int_member (summary, "count", 10);
  ds_document_add_layer (plain, "empty");
  ds_document_add_layer (packed, "empty");

  for (int pretty = 0; pretty < 2; pretty++)
    {
      g_autoptr(GString) a = g_string_new (NULL);
      g_autoptr(GString) b = g_string_new (NULL);
      ds_document_to_json (plain, a, pretty ? DS_JSON_PRETTY : 0);
      ds_document_to_json (packed, b, pretty ? DS_JSON_PRETTY : 0);
      g_assert_cmpstr (a->str, ==, b->str);
      g_assert_nonnull (strstr (b->str, pretty ? "\"flat\": [8,\"x\"]" : "\"half\":8.5"));
    }

  JsonArray *items = ds_layer_get_items (lc);
  g_assert_cmpuint (json_array_get_length (items), ==, 10);
  for (guint i = 0; i < 10; i++)
    {
      JsonObject *it = json_array_get_object_element (items, i);
      g_assert_cmpint (json_object_get_int_member (it, "start"), ==, i);
      g_assert_cmpfloat (json_object_get_double_member (it, "half"), ==, i + 0.5);
      g_assert_cmpfloat (json_object_get_double_member (it, "whole"), ==, 2.0 * i);
      g_assert_cmpfloat (json_object_get_double_member (it, "big"), ==, 1e20);
      g_assert_cmpstr (json_object_get_string_member (it, "quote"), ==, "\"a\\b\"\n");
    }
  /* brought back, then compacted again: still the same output */
  ds_layer_compact (lc);
  g_autoptr(GString) a = g_string_new (NULL);
  g_autoptr(GString) b = g_string_new (NULL);
  ds_document_to_json (plain, a, DS_JSON_PRETTY);
  ds_document_to_json (packed, b, DS_JSON_PRETTY);
  g_assert_cmpstr (a->str, ==, b->str);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/view/offsets-4byte-block-straddle", test_view_offsets_4byte);
  g_test_add_func ("/model/view/offsets-mixed-combining", test_view_offsets_mixed);
  g_test_add_func ("/model/view/block-start-inside-char", test_view_block_start_inside_char);
  g_test_add_func ("/model/layer/span-original", test_layer_span_original);
  g_test_add_func ("/model/layer/span-view", test_layer_span_view);
  g_test_add_func ("/model/layer/span-long-view", test_layer_span_long_view);
  g_test_add_func ("/model/layer/compact", test_layer_compact);
  g_test_add_func ("/model/view/add-refuses-bad-map", test_add_view_refuses_bad_map);
  g_test_add_func ("/model/map/segments", test_offset_map_segments);
  g_test_add_func ("/model/map/edges", test_offset_map_edges);
  g_test_add_func ("/model/segment/basics", test_segmentation);
  g_test_add_func ("/model/document/basics", test_document_basics);
  return g_test_run ();
}
