/* The text toolkit: UTF-8 decoding, the Han test, word sets, offset-map
 * composition (include/docsift/ds-text.h, ds-word-set.h, ds-view.h).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>

#include <string.h>

/* Decodes @bytes (@n of them) and checks code points and steps. */
static void
check_decode (const char *bytes, gsize n, const gunichar *want, const guint *steps, guint n_want)
{
  const char *p = bytes, *end = bytes + n;
  for (guint i = 0; i < n_want; i++)
    {
      const char *next = NULL;
      gunichar c = ds_utf8_decode (p, end, &next);
      g_assert_cmphex (c, ==, want[i]);
      g_assert_cmpuint (next - p, ==, steps[i]);
      p = next;
    }
  g_assert_true (p == end);
}

static void
test_decode_valid (void)
{
  /* A, é, 中, 𠀀 (U+20000, four bytes), 😀, U+10FFFF, NUL */
  const char s[] = "A\xC3\xA9\xE4\xB8\xAD\xF0\xA0\x80\x80\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF";
  const gunichar want[] = { 'A', 0xE9, 0x4E2D, 0x20000, 0x1F600, 0x10FFFF, 0 };
  const guint steps[] = { 1, 2, 3, 4, 4, 4, 1 };
  check_decode (s, sizeof s, want, steps, G_N_ELEMENTS (want));

  /* agrees with GLib on every valid character of a mixed text */
  const char *mixed = "臺灣2022年，𠀀𪚥〇ｱ€ok";
  const char *end = mixed + strlen (mixed), *next;
  for (const char *p = mixed; p < end; p = next)
    {
      gunichar c = ds_utf8_decode (p, end, &next);
      g_assert_cmphex (c, ==, g_utf8_get_char (p));
      g_assert_true (next == g_utf8_next_char (p));
      const char *vnext = NULL;
      g_assert_cmphex (ds_utf8_decode_valid (p, &vnext), ==, c);
      g_assert_true (vnext == next);
    }
}

static void
test_decode_invalid (void)
{
  const gunichar X = DS_UNICHAR_INVALID;
  struct
  {
    const char *what, *bytes;
    gsize n;
    gunichar first;
    guint step;
  } cases[] = {
    { "stray continuation", "\x80", 1, X, 1 },
    { "overlong 2-byte NUL", "\xC0\x80", 2, X, 1 },
    { "overlong 2-byte C1", "\xC1\xBF", 2, X, 1 },
    { "overlong 3-byte", "\xE0\x80\xAF", 3, X, 1 },
    { "overlong 4-byte", "\xF0\x80\x80\xAF", 4, X, 1 },
    { "surrogate D800", "\xED\xA0\x80", 3, X, 1 },
    { "surrogate DFFF", "\xED\xBF\xBF", 3, X, 1 },
    { "past U+10FFFF", "\xF4\x90\x80\x80", 4, X, 1 },
    { "F5 lead", "\xF5\x80\x80\x80", 4, X, 1 },
    { "5-byte form", "\xF8\x88\x80\x80\x80", 5, X, 1 },
    { "FF", "\xFF", 1, X, 1 },
    { "bad second byte", "\xE4\x41\xAD", 3, X, 1 },
    { "bad third byte", "\xE4\xB8\x41", 3, X, 1 },
    { "bad fourth byte", "\xF0\xA0\x80\x41", 4, X, 1 },
    /* the last valid ones around the edges */
    { "U+D7FF", "\xED\x9F\xBF", 3, 0xD7FF, 3 },
    { "U+E000", "\xEE\x80\x80", 3, 0xE000, 3 },
    { "U+0800", "\xE0\xA0\x80", 3, 0x800, 3 },
    { "U+0080", "\xC2\x80", 2, 0x80, 2 },
    { "U+10000", "\xF0\x90\x80\x80", 4, 0x10000, 4 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *next = NULL;
      gunichar c = ds_utf8_decode (cases[i].bytes, cases[i].bytes + cases[i].n, &next);
      if (c != cases[i].first || (guint) (next - cases[i].bytes) != cases[i].step)
        g_error ("%s: got U+%04X step %u", cases[i].what, c, (guint) (next - cases[i].bytes));
    }
}

static void
test_decode_truncated (void)
{
  /* 𠀀 and 中 cut by @end: invalid, one byte at a time, never past end */
  const char *han4 = "\xF0\xA0\x80\x80";
  const char *han3 = "\xE4\xB8\xAD";
  for (gsize cut = 1; cut < 4; cut++)
    {
      const char *p = han4, *end = han4 + cut, *next;
      guint n = 0;
      while (p < end)
        {
          g_assert_cmphex (ds_utf8_decode (p, end, &next), ==, DS_UNICHAR_INVALID);
          g_assert_true (next == p + 1);
          p = next;
          n++;
        }
      g_assert_cmpuint (n, ==, cut);
      if (cut < 3)
        {
          g_assert_cmphex (ds_utf8_decode (han3, han3 + cut, &next), ==, DS_UNICHAR_INVALID);
          g_assert_true (next == han3 + 1);
        }
    }
  /* at the end: invalid, no step */
  const char *next = NULL;
  g_assert_cmphex (ds_utf8_decode (han3, han3, &next), ==, DS_UNICHAR_INVALID);
  g_assert_true (next == han3);
}

static void
test_prev (void)
{
  const char *s = "a中𠀀";
  const char *end = s + strlen (s);
  g_assert_true (ds_utf8_prev (s, end) == s + 4);
  g_assert_true (ds_utf8_prev (s, s + 4) == s + 1);
  g_assert_true (ds_utf8_prev (s, s + 1) == s);
  g_assert_true (ds_utf8_prev (s, s) == s);
  /* never before start, even inside a character */
  g_assert_true (ds_utf8_prev (s + 2, s + 3) == s + 2);
}

static void
test_is_han (void)
{
  const gunichar han[] = { 0x4E00, 0x4E2D, 0x9FFF, 0x3400, 0x4DBF, 0x3007, 0xF900, 0xFA6D, 0xFA70, 0xFAD9,
                           0x20000, 0x2A6DF, 0x2A700, 0x2B739, 0x2B740, 0x2B81D, 0x2B820, 0x2CEA1, 0x2CEB0,
                           0x2EBE0, 0x2EBF0, 0x2EE5D, 0x2F800, 0x2FA1D, 0x30000, 0x3134A, 0x31350, 0x323AF };
  const gunichar not_han[] = { 'A', '0', 0x3000 /* ideographic space */, 0x3001 /* 、 */, 0x3005 /* 々 */,
                               0x3006, 0x3008, 0x2E80 /* radical */, 0x2F00 /* Kangxi radical */,
                               0x31C0 /* stroke */, 0x4DC0 /* hexagram */, 0xFA6E, 0xFA6F, 0xFADA, 0xFF10,
                               0x2A6E0, 0x2B73A, 0x2CEA2, 0x2EE5E, 0x2FA1E, 0x3134B, 0x323B0, 0xE000,
                               0x10FFFF, DS_UNICHAR_INVALID };
  for (guint i = 0; i < G_N_ELEMENTS (han); i++)
    if (!ds_unichar_is_han (han[i]))
      g_error ("U+%04X should be Han", han[i]);
  for (guint i = 0; i < G_N_ELEMENTS (not_han); i++)
    if (ds_unichar_is_han (not_han[i]))
      g_error ("U+%04X should not be Han", not_han[i]);
}

/* ---- word sets ---- */

static void
test_word_set_longest (void)
{
  g_autoptr (DsWordSet) set = ds_word_set_new ();
  static int v_wan, v_wanyuan, v_yi, v_yiyuan, v_x;
  g_assert_true (ds_word_set_add (set, "万", &v_wan));
  g_assert_true (ds_word_set_add (set, "万元", &v_wanyuan));
  g_assert_true (ds_word_set_add (set, "亿元", &v_yiyuan));
  g_assert_true (ds_word_set_add (set, "亿", &v_yi));
  g_assert_true (ds_word_set_add (set, "𠀀x", &v_x));
  g_assert_false (ds_word_set_add (set, "亿", &v_yi)); /* again: not new */
  g_assert_cmpuint (ds_word_set_get_size (set), ==, 5);

  const char *t = "3万元和5亿人𠀀x";
  const char *end = t + strlen (t);
  gpointer v = NULL;
  g_assert_cmpuint (ds_word_set_match (set, t, end, &v), ==, 0);
  g_assert_cmpuint (ds_word_set_match (set, t + 1, end, &v), ==, strlen ("万元"));
  g_assert_true (v == &v_wanyuan);
  /* the end bounds the match: only 万 fits */
  g_assert_cmpuint (ds_word_set_match (set, t + 1, t + 4, &v), ==, strlen ("万"));
  g_assert_true (v == &v_wan);
  /* 亿人: the shorter word */
  const char *yi = strstr (t, "亿");
  g_assert_cmpuint (ds_word_set_match (set, yi, end, &v), ==, strlen ("亿"));
  g_assert_true (v == &v_yi);
  /* a four-byte first character */
  const char *x = strstr (t, "𠀀");
  g_assert_cmpuint (ds_word_set_match (set, x, end, &v), ==, 5);
  g_assert_true (v == &v_x);
  /* at the end, and on an invalid byte: nothing */
  g_assert_cmpuint (ds_word_set_match (set, end, end, NULL), ==, 0);
  g_assert_cmpuint (ds_word_set_match (set, "\xE4", end, NULL), ==, 0);
}

static void
test_word_set_suffix (void)
{
  g_autoptr (DsWordSet) set = ds_word_set_new ();
  ds_word_set_add (set, "局", GINT_TO_POINTER (1));
  ds_word_set_add (set, "管理局", GINT_TO_POINTER (3));
  ds_word_set_add (set, "委员会", GINT_TO_POINTER (4));
  const char *t = "市场监督管理局和委员会";
  const char *end = t + strlen (t);
  const char *ju = strstr (t, "和");
  gpointer v = NULL;
  g_assert_cmpuint (ds_word_set_match_suffix (set, t, ju, &v), ==, strlen ("管理局"));
  g_assert_cmpint (GPOINTER_TO_INT (v), ==, 3);
  /* start bounds the match: only 局 fits after 理 */
  g_assert_cmpuint (ds_word_set_match_suffix (set, ju - 3, ju, &v), ==, 3);
  g_assert_cmpint (GPOINTER_TO_INT (v), ==, 1);
  g_assert_cmpuint (ds_word_set_match_suffix (set, t, end, &v), ==, strlen ("委员会"));
  g_assert_cmpint (GPOINTER_TO_INT (v), ==, 4);
  g_assert_cmpuint (ds_word_set_match_suffix (set, t, ju + 3, NULL), ==, 0); /* ends with 和 */
  g_assert_cmpuint (ds_word_set_match_suffix (set, t, t, NULL), ==, 0);
}

static void
test_word_set_contains (void)
{
  g_autoptr (DsWordSet) set = ds_word_set_new ();
  ds_word_set_add (set, "增长", GINT_TO_POINTER (1));
  ds_word_set_add (set, "增长率", GINT_TO_POINTER (2));
  g_assert_true (ds_word_set_contains (set, "增长", -1));
  g_assert_true (ds_word_set_contains (set, "增长率很高", strlen ("增长率")));
  g_assert_false (ds_word_set_contains (set, "增", -1));
  g_assert_false (ds_word_set_contains (set, "增长快", -1));
  g_assert_false (ds_word_set_contains (set, "", -1));
  gpointer v = NULL;
  g_assert_true (ds_word_set_lookup (set, "增长率", -1, &v));
  g_assert_cmpint (GPOINTER_TO_INT (v), ==, 2);
  /* adding again replaces the value */
  g_assert_false (ds_word_set_add (set, "增长", GINT_TO_POINTER (7)));
  g_assert_true (ds_word_set_lookup (set, "增长", -1, &v));
  g_assert_cmpint (GPOINTER_TO_INT (v), ==, 7);
}

/* Words of 1 to 4 characters sharing their first (last) characters: the
 * longest wins at either end, and each length is found where it fits. */
static void
test_word_set_lengths (void)
{
  g_autoptr (DsWordSet) set = ds_word_set_new ();
  const char *words[] = { "中", "中国", "中国人", "中国人民", "行", "银行", "人民银行", "𠀀", "𠀀中" };
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    ds_word_set_add (set, words[i], (gpointer) words[i]);
  const char *t = "中国人民银行";
  const char *end = t + strlen (t);
  gpointer v = NULL;
  g_assert_cmpuint (ds_word_set_match (set, t, end, &v), ==, strlen ("中国人民"));
  g_assert_cmpstr (v, ==, "中国人民");
  g_assert_cmpuint (ds_word_set_match (set, t, t + strlen ("中国人"), &v), ==, strlen ("中国人"));
  g_assert_cmpuint (ds_word_set_match (set, t, t + strlen ("中国"), &v), ==, strlen ("中国"));
  g_assert_cmpuint (ds_word_set_match (set, t, t + strlen ("中"), &v), ==, strlen ("中"));
  g_assert_cmpstr (v, ==, "中");
  g_assert_cmpuint (ds_word_set_match_suffix (set, t, end, &v), ==, strlen ("人民银行"));
  g_assert_cmpstr (v, ==, "人民银行");
  g_assert_cmpuint (ds_word_set_match_suffix (set, end - strlen ("民银行"), end, &v), ==, strlen ("银行"));
  g_assert_cmpuint (ds_word_set_match_suffix (set, end - strlen ("行"), end, &v), ==, strlen ("行"));
  /* a four-byte first character followed by a three-byte one, and alone */
  const char *x = "𠀀中国";
  g_assert_cmpuint (ds_word_set_match (set, x, x + strlen (x), &v), ==, strlen ("𠀀中"));
  g_assert_cmpuint (ds_word_set_match (set, x, x + 4, &v), ==, 4);
  g_assert_cmpuint (ds_word_set_match_suffix (set, x, x + 4, &v), ==, 4);
  g_assert_cmpuint (ds_word_set_match_suffix (set, x, x + 7, &v), ==, strlen ("𠀀中"));
  /* a truncated second character: only the one-character word */
  g_assert_cmpuint (ds_word_set_match (set, t, t + 4, &v), ==, 3);
}

/* Many words: every one is found at its place and the index grows right. */
static void
test_word_set_many (void)
{
  g_autoptr (DsWordSet) set = ds_word_set_new ();
  GString *text = g_string_new (NULL);
  for (gunichar c = 0x4E00; c < 0x4E00 + 3000; c++)
    {
      char w[16];
      gint n = g_unichar_to_utf8 (c, w);
      n += g_unichar_to_utf8 (c + 1, w + n);
      w[n] = '\0';
      ds_word_set_add (set, w, GUINT_TO_POINTER (c));
      g_string_append (text, w);
    }
  g_assert_cmpuint (ds_word_set_get_size (set), ==, 3000);
  const char *end = text->str + text->len;
  gunichar c = 0x4E00;
  for (const char *p = text->str; p < end; c++)
    {
      gpointer v = NULL;
      gsize n = ds_word_set_match (set, p, end, &v);
      g_assert_cmpuint (n, ==, 6);
      g_assert_cmpuint (GPOINTER_TO_UINT (v), ==, c);
      g_assert_cmpuint (ds_word_set_match_suffix (set, text->str, p + n, &v), ==, 6);
      p += n;
    }
  g_string_free (text, TRUE);
}

/* The character filters never turn away a character a word starts or ends
 * with, and turn away most others. */
static void
test_word_set_filters (void)
{
  g_autoptr (DsWordSet) set = ds_word_set_new ();
  ds_word_set_add (set, "工业园区", NULL);
  ds_word_set_add (set, "市", NULL);
  ds_word_set_add (set, "ab", NULL);
  const gunichar starts[] = { 0x5DE5 /* 工 */, 0x5E02 /* 市 */, 'a' };
  const gunichar ends[] = { 0x533A /* 区 */, 0x5E02, 'b' };
  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    {
      g_assert_true (ds_word_set_may_start_with (set, starts[i]));
      g_assert_true (ds_word_set_may_end_with (set, ends[i]));
    }
  g_assert_false (ds_word_set_may_start_with (set, DS_UNICHAR_INVALID));
  g_assert_false (ds_word_set_may_end_with (set, DS_UNICHAR_INVALID));
  guint passed_start = 0, passed_end = 0;
  for (gunichar c = 0x4E00; c < 0x9FFF; c++)
    {
      passed_start += ds_word_set_may_start_with (set, c);
      passed_end += ds_word_set_may_end_with (set, c);
      /* a character the filter turns away has no match */
      char w[8];
      w[g_unichar_to_utf8 (c, w)] = '\0';
      if (!ds_word_set_may_end_with (set, c))
        g_assert_cmpuint (ds_word_set_match_suffix (set, w, w + strlen (w), NULL), ==, 0);
      if (!ds_word_set_may_start_with (set, c))
        g_assert_cmpuint (ds_word_set_match (set, w, w + strlen (w), NULL), ==, 0);
    }
  /* two of the 20,991 ideographs (and their 4096-bit aliases) pass */
  g_assert_cmpuint (passed_start, <, 20);
  g_assert_cmpuint (passed_end, <, 20);
  g_assert_cmpuint (passed_start, >=, 2);
}

/* ---- offset-map composition ---- */

static char *
segments (const DsOffsetMap *map)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < ds_offset_map_get_n_segments (map); i++)
    {
      guint32 o, v;
      ds_offset_map_get_segment (map, i, NULL, NULL, &o, &v);
      g_string_append_printf (s, "%s%u:%u", i ? " " : "", o, v);
    }
  return g_string_free (s, FALSE);
}

static DsOffsetMap *
map_of (const guint32 *pairs, guint n)
{
  DsOffsetMap *m = ds_offset_map_new ();
  for (guint i = 0; i < n; i += 2)
    ds_offset_map_append (m, pairs[i], pairs[i + 1]);
  return m;
}

static void
test_compose_examples (void)
{
  struct
  {
    guint32 a[12], b[12];
    guint na, nb;
    const char *want;
  } cases[] = {
    /* identity on either side gives the other map */
    { { 10, 10 }, { 2, 2, 4, 3, 4, 4 }, 2, 6, "2:2 4:3 4:4" },
    { { 2, 2, 4, 3, 4, 4 }, { 9, 9 }, 6, 2, "2:2 4:3 4:4" },
    /* disjoint edits stay apart */
    { { 2, 2, 2, 1, 6, 6 }, { 6, 6, 1, 0, 2, 2 }, 6, 6, "2:2 2:1 3:3 1:0 2:2" },
    /* a deletion of the first inside an atomic segment of the second joins it */
    { { 3, 3, 1, 0, 3, 3 }, { 2, 2, 2, 4, 2, 2 }, 6, 6, "2:2 3:4 2:2" },
    /* overlapping atomic segments make one group: 2→1 then (1 + 1)→4 */
    { { 1, 1, 2, 1, 3, 3 }, { 1, 1, 2, 4, 2, 2 }, 6, 6, "1:1 3:4 2:2" },
    /* a group of equal lengths reads as aligned (and merges) */
    { { 1, 1, 2, 1, 3, 3 }, { 1, 1, 2, 3, 2, 2 }, 6, 6, "6:6" },
    /* an insertion of the second at a point stays an insertion */
    { { 4, 4, 1, 0, 1, 1 }, { 4, 4, 0, 2, 1, 1 }, 6, 6, "4:4 1:0 0:2 1:1" },
    /* cases of normalize's former private composition */
    { { 3, 3 }, { 1, 1, 2, 1 }, 2, 4, "1:1 2:1" },
    { { 2, 1, 2, 2 }, { 2, 2, 1, 0 }, 4, 4, "2:1 1:1 1:0" },
    { { 3, 2, 1, 1 }, { 1, 1, 2, 4 }, 4, 4, "4:5" },
    /* adjacent deletions (insertions) of both maps merge */
    { { 2, 0, 2, 2 }, { 1, 0, 1, 1 }, 4, 4, "3:0 1:1" },
    { { 1, 1, 0, 2 }, { 1, 1, 0, 1, 2, 2 }, 4, 6, "1:1 0:3" },
    /* CRLF→LF then 臺灣→台湾 (aligned) */
    { { 3, 3, 2, 1, 3, 3 }, { 7, 7 }, 6, 2, "3:3 2:1 3:3" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (DsOffsetMap) a = map_of (cases[i].a, cases[i].na);
      g_autoptr (DsOffsetMap) b = map_of (cases[i].b, cases[i].nb);
      g_autoptr (DsOffsetMap) c = ds_offset_map_compose (a, b);
      g_autofree char *got = segments (c);
      if (g_strcmp0 (got, cases[i].want) != 0)
        g_error ("case %u: %s, expected %s", i, got, cases[i].want);
      g_assert_cmpuint (ds_offset_map_get_original_length (c), ==, ds_offset_map_get_original_length (a));
      g_assert_cmpuint (ds_offset_map_get_view_length (c), ==, ds_offset_map_get_view_length (b));
    }
}

static DsOffsetMap *
random_map (GRand *r, guint32 orig_len)
{
  DsOffsetMap *m = ds_offset_map_new ();
  guint32 left = orig_len;
  while (left > 0)
    {
      guint32 o = (guint32) g_rand_int_range (r, 0, 4); /* not inside MIN (): evaluated twice */
      o = MIN (o, left);
      guint32 v = g_rand_boolean (r) ? o : (guint32) g_rand_int_range (r, 0, 4);
      ds_offset_map_append (m, o, v);
      left -= o;
    }
  return m;
}

/* Each segment of the composed map holds what its view characters come from
 * through the second and then the first map. (Not each character: a group
 * whose two lengths happen to be equal reads as aligned.) */
static void
test_compose_random (void)
{
  g_autoptr (GRand) r = g_rand_new_with_seed (10);
  for (guint round = 0; round < 2000; round++)
    {
      g_autoptr (DsOffsetMap) a = random_map (r, (guint32) g_rand_int_range (r, 0, 40));
      g_autoptr (DsOffsetMap) b = random_map (r, (guint32) ds_offset_map_get_view_length (a));
      g_autoptr (DsOffsetMap) c = ds_offset_map_compose (a, b);
      g_assert_nonnull (c);
      g_assert_cmpuint (ds_offset_map_get_original_length (c), ==, ds_offset_map_get_original_length (a));
      g_assert_cmpuint (ds_offset_map_get_view_length (c), ==, ds_offset_map_get_view_length (b));
      for (guint k = 0; k < ds_offset_map_get_n_segments (c); k++)
        {
          gsize os, vs, m0, m1, o0, o1;
          guint32 ol, vl;
          ds_offset_map_get_segment (c, k, &os, &vs, &ol, &vl);
          if (vl == 0)
            continue;
          ds_offset_map_map_span (b, vs, vs + vl, &m0, &m1);
          if (m1 == m0)
            continue; /* inserted by the second map */
          ds_offset_map_map_span (a, m0, m1, &o0, &o1);
          if (o1 > o0 && !(os <= o0 && o1 <= os + ol))
            {
              g_autofree char *sa = segments (a), *sb = segments (b), *sc = segments (c);
              g_error ("round %u, segment %u: [%zu,%zu) does not hold [%zu,%zu); a=%s b=%s c=%s", round, k, os,
                       os + ol, o0, o1, sa, sb, sc);
            }
        }
    }
  /* lengths that do not fit */
  g_autoptr (DsOffsetMap) a = ds_offset_map_new ();
  g_autoptr (DsOffsetMap) b = ds_offset_map_new ();
  ds_offset_map_append (a, 3, 3);
  ds_offset_map_append (b, 4, 4);
  g_test_expect_message ("docsift", G_LOG_LEVEL_CRITICAL, "*view_total*");
  g_assert_null (ds_offset_map_compose (a, b));
  g_test_assert_expected_messages ();
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/text/decode/valid", test_decode_valid);
  g_test_add_func ("/text/decode/invalid", test_decode_invalid);
  g_test_add_func ("/text/decode/truncated", test_decode_truncated);
  g_test_add_func ("/text/prev", test_prev);
  g_test_add_func ("/text/is-han", test_is_han);
  g_test_add_func ("/text/word-set/longest", test_word_set_longest);
  g_test_add_func ("/text/word-set/suffix", test_word_set_suffix);
  g_test_add_func ("/text/word-set/contains", test_word_set_contains);
  g_test_add_func ("/text/word-set/lengths", test_word_set_lengths);
  g_test_add_func ("/text/word-set/many", test_word_set_many);
  g_test_add_func ("/text/word-set/filters", test_word_set_filters);
  g_test_add_func ("/text/offset-map/compose", test_compose_examples);
  g_test_add_func ("/text/offset-map/compose-random", test_compose_random);
  return g_test_run ();
}
