/* test-input.c: decoding input bytes: UTF-8 (BOM or not), UTF-16 with BOM,
 * GB18030, Big5, forced encodings, invalid bytes, --lossy, NUL bytes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-input.h"
#include "core-test-util.h"

#include <string.h>

#define BIG "\xF0\xA0\x80\x80" /* 𠀀 */

static const char simplified[] =
  "国家统计局发布的数据显示，今年前三季度国内生产总值同比增长百分之五。这是我们的发展目标，经济运行总体平稳。";
static const char traditional[] =
  "國家統計局發布的數據顯示，今年前三季度國內生產總值同比增長百分之五。這是我們的發展目標，經濟運行總體平穩。";

static GBytes *
encode (const char *utf8, const char *charset, const char *prefix, gsize prefix_len)
{
  g_autoptr(GError) error = NULL;
  gsize n = 0;
  g_autofree char *enc = g_convert (utf8, -1, charset, "UTF-8", NULL, &n, &error);
  g_assert_no_error (error);
  GByteArray *b = g_byte_array_new ();
  if (prefix)
    g_byte_array_append (b, (const guint8 *) prefix, prefix_len);
  g_byte_array_append (b, (const guint8 *) enc, n);
  return g_byte_array_free_to_bytes (b);
}

static void
decode_ok (const char *data, gsize len, const char *forced, gboolean lossy, const char *want_text,
           const char *want_encoding, guint want_replaced)
{
  DsDecoded d;
  g_autoptr(GError) error = NULL;
  g_assert_true (_ds_input_decode ("f.txt", data, len, forced, lossy, &d, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (d.text, ==, want_text);
  g_assert_cmpuint (d.length, ==, strlen (want_text));
  g_assert_true (g_utf8_validate (d.text, d.length, NULL));
  g_assert_cmpstr (d.encoding, ==, want_encoding);
  g_assert_cmpuint (d.replaced.bytes, ==, want_replaced);
  g_free (d.text);
}

static void
decode_bytes_ok (GBytes *bytes, const char *forced, const char *want_text, const char *want_encoding)
{
  gsize n;
  const char *data = g_bytes_get_data (bytes, &n);
  decode_ok (data, n, forced, FALSE, want_text, want_encoding, 0);
}

static void
decode_fails (const char *name, const char *data, gsize len, const char *forced, DsInputError code,
              const char *needle)
{
  DsDecoded d;
  g_autoptr(GError) error = NULL;
  g_assert_false (_ds_input_decode (name, data, len, forced, FALSE, &d, &error));
  g_assert_error (error, DS_INPUT_ERROR, (gint) code);
  g_assert_nonnull (strstr (error->message, name));
  if (needle && !strstr (error->message, needle))
    g_error ("\"%s\" does not mention \"%s\"", error->message, needle);
  g_assert_null (d.text);
}

static void
test_utf8 (void)
{
  decode_ok (simplified, strlen (simplified), NULL, FALSE, simplified, "UTF-8", 0);
  const char *mixed = "abc " BIG " e\xCC\x81";
  decode_ok (mixed, strlen (mixed), NULL, FALSE, mixed, "UTF-8", 0);
  decode_ok ("", 0, NULL, FALSE, "", "UTF-8", 0);
  /* with a BOM: the BOM is not text */
  g_autofree char *bom = g_strconcat ("\xEF\xBB\xBF", simplified, NULL);
  decode_ok (bom, strlen (bom), NULL, FALSE, simplified, "UTF-8", 0);
  decode_ok (bom, strlen (bom), "utf8", FALSE, simplified, "UTF-8", 0);
  decode_ok ("\xEF\xBB\xBF", 3, NULL, FALSE, "", "UTF-8", 0);
}

static void
test_utf16 (void)
{
  const char *text = "中文 " BIG " abc\n第二行";
  g_autoptr(GBytes) le = encode (text, "UTF-16LE", "\xFF\xFE", 2);
  g_autoptr(GBytes) be = encode (text, "UTF-16BE", "\xFE\xFF", 2);
  decode_bytes_ok (le, NULL, text, "UTF-16LE");
  decode_bytes_ok (be, NULL, text, "UTF-16BE");
  /* named explicitly, with its BOM: the BOM is dropped */
  decode_bytes_ok (le, "UTF-16", text, "UTF-16");

  /* odd length: a truncated code unit at the end, offset counted from the
   * start of the file (BOM included) */
  gsize n;
  const char *d = g_bytes_get_data (le, &n);
  g_autofree char *trunc_off = g_strdup_printf ("byte offset %" G_GSIZE_FORMAT, n - 2); /* where the half unit starts */
  g_autofree char *odd = g_memdup2 (d, n - 1);
  decode_fails ("odd.txt", odd, n - 1, NULL, DS_INPUT_ERROR_ENCODING, trunc_off);

  /* a U+0000 character is binary, even in UTF-16 */
  const char nul16[] = { '\xFF', '\xFE', 'a', 0, 0, 0, 'b', 0 };
  decode_fails ("nul16.txt", nul16, sizeof nul16, NULL, DS_INPUT_ERROR_BINARY, NULL);
}

static void
test_gb18030_big5 (void)
{
  g_autoptr(GBytes) gb = encode (simplified, "GB18030", NULL, 0);
  g_autoptr(GBytes) b5 = encode (traditional, "BIG5", NULL, 0);
  decode_bytes_ok (gb, NULL, simplified, "GB18030");
  decode_bytes_ok (b5, NULL, traditional, "BIG5");
  /* GBK bytes of Traditional text are GB18030 too */
  g_autoptr(GBytes) gbk_trad = encode (traditional, "GBK", NULL, 0);
  decode_bytes_ok (gbk_trad, NULL, traditional, "GB18030");
  /* 4-byte GB18030 (outside GBK): 𠀀 */
  g_autofree char *with_ext = g_strconcat (simplified, BIG, NULL);
  g_autoptr(GBytes) gb4 = encode (with_ext, "GB18030", NULL, 0);
  decode_bytes_ok (gb4, NULL, with_ext, "GB18030");
}

static void
test_forced (void)
{
  g_autoptr(GBytes) gb = encode (simplified, "GB18030", NULL, 0);
  g_autoptr(GBytes) b5 = encode (traditional, "BIG5", NULL, 0);
  decode_bytes_ok (gb, "gbk", simplified, "GB18030");
  decode_bytes_ok (gb, "GB2312", simplified, "GB18030");
  decode_bytes_ok (b5, "big5", traditional, "BIG5");
  /* the user is obeyed even when wrong: Latin-1 decodes anything */
  gsize n;
  const char *d = g_bytes_get_data (gb, &n);
  DsDecoded out;
  g_autoptr(GError) error = NULL;
  g_assert_true (_ds_input_decode ("f.txt", d, n, "ISO-8859-1", FALSE, &out, &error));
  g_assert_cmpstr (out.encoding, ==, "ISO-8859-1");
  g_assert_cmpstr (out.text, !=, simplified);
  g_assert_cmpuint (g_utf8_strlen (out.text, -1), ==, n);
  g_free (out.text);
  /* plain UTF-8 forced to Big5: fails, naming the file and the offset */
  decode_fails ("forced.txt", "ab\xE4\xB8\xAD", 5, "big5", DS_INPUT_ERROR_ENCODING, "byte offset");
  /* forced UTF-8 on GB18030 bytes: fails at the first bad byte */
  decode_fails ("gb.txt", d, n, "utf-8", DS_INPUT_ERROR_ENCODING, NULL);
  /* an encoding nobody knows */
  decode_fails ("x.txt", "abc", 3, "x-no-such-encoding", DS_INPUT_ERROR_UNKNOWN_ENCODING, "x-no-such-encoding");
}

static void
test_invalid (void)
{
  /* 好 0xFF 好: invalid as UTF-8, GB18030 and Big5 */
  const char bad[] = "\xE5\xA5\xBD\xFF\xE5\xA5\xBD";
  decode_fails ("坏文件.txt", bad, 7, NULL, DS_INPUT_ERROR_ENCODING, "byte offset 3");
  decode_fails ("bad.txt", bad, 7, NULL, DS_INPUT_ERROR_ENCODING, "0xFF");
  /* with a BOM the offset still counts from the file start */
  const char bom_bad[] = "\xEF\xBB\xBF" "ab\xFF";
  decode_fails ("bom.txt", bom_bad, 6, NULL, DS_INPUT_ERROR_ENCODING, "byte offset 5");
  /* GB18030 forced, bad trail byte at 4 */
  decode_fails ("gb.txt", "ab\xD6\xD0\x81\x20", 6, "gb18030", DS_INPUT_ERROR_ENCODING, "byte offset 4");
}

static void
test_lossy (void)
{
  const char bad[] = "\xE5\xA5\xBD\xFF\xE5\xA5\xBD";
  decode_ok (bad, 7, NULL, TRUE, "好\xEF\xBF\xBD好", "UTF-8", 1);
  const char bad2[] = "a\xFF\xFE" "b\xC0";
  decode_ok (bad2, 5, NULL, TRUE, "a\xEF\xBF\xBD\xEF\xBF\xBD" "b\xEF\xBF\xBD", "UTF-8", 3);
  /* lossy GB18030 */
  decode_ok ("\xD6\xD0\x81\x20\xCE\xC4", 6, "gbk", TRUE, "中\xEF\xBF\xBD \xE6\x96\x87", "GB18030", 1);
  /* valid input: nothing replaced */
  decode_ok (simplified, strlen (simplified), NULL, TRUE, simplified, "UTF-8", 0);
}

/* --lossy on UTF-8: one U+FFFD per maximal subpart (Unicode §3.9, WHATWG),
 * never iconv's pass-through of 5- and 6-byte forms; offsets of the first
 * replacements kept; the result is valid UTF-8. */
static void
test_lossy_maximal_subparts (void)
{
#define R "\xEF\xBF\xBD"
  static const struct
  {
    const char *in;
    const char *want;
    guint bytes;
  } cases[] = {
    { "a\xE4\xB8" "b", "a" R "b", 2 },                       /* truncated 3-byte: one */
    { "\xC0\xAF", R R, 2 },                                 /* overlong lead: each byte */
    { "\xE0\x80\xAF", R R R, 3 },                           /* E0 needs A0..BF */
    { "\xED\xA0\x80", R R R, 3 },                           /* a surrogate */
    { "\xF4\x90\x80\x80", R R R R, 4 },                      /* past U+10FFFF */
    { "\xF8\x88\x80\x80\x80", R R R R R, 5 },                 /* a 5-byte form */
    { "\xFC\x84\x80\x80\x80\x80" "x", R R R R R R "x", 6 },    /* a 6-byte form */
    { "\xF0\x9F\x98" "\xE5\xA5\xBD", R "好", 3 },            /* truncated 4-byte, then valid */
    { "\xF1\x80\x80\xE1\x80\xC0", R R R, 6 },
    { "好\xEF\xBF\xBE", "好\xEF\xBF\xBE", 0 },                /* a noncharacter is well-formed */
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *in = g_strconcat ("\xEF\xBB\xBF", cases[i].in, NULL);
      DsDecoded d;
      g_autoptr(GError) error = NULL;
      g_assert_true (_ds_input_decode ("f.txt", in, strlen (in), NULL, TRUE, &d, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (d.text, ==, cases[i].want);
      g_assert_cmpuint (d.replaced.bytes, ==, cases[i].bytes);
      g_assert_true (g_utf8_validate (d.text, -1, NULL));
      g_free (d.text);
    }
#undef R

  /* offsets count from the start of the file (after the BOM here: 3 + ...) */
  g_autoptr(GString) many = g_string_new ("\xEF\xBB\xBF");
  for (guint i = 0; i < 20; i++)
    g_string_append (many, "ab\xFF");
  DsDecoded d;
  g_autoptr(GError) error = NULL;
  g_assert_true (_ds_input_decode ("f.txt", many->str, many->len, NULL, TRUE, &d, &error));
  g_assert_cmpuint (d.replaced.bytes, ==, 20);
  g_assert_cmpuint (d.replaced.n_at, ==, DS_REPLACED_AT_MAX);
  for (guint i = 0; i < DS_REPLACED_AT_MAX; i++)
    g_assert_cmpuint (d.replaced.at[i], ==, 3 + 3 * i + 2);
  g_free (d.text);
}

static void
test_binary (void)
{
  const char nul[] = { 'a', 'b', 'c', 0, 'd', 'e', 'f' };
  decode_fails ("nul.bin", nul, sizeof nul, NULL, DS_INPUT_ERROR_BINARY, "byte offset 3");
  decode_fails ("nul.bin", nul, sizeof nul, "utf-8", DS_INPUT_ERROR_BINARY, NULL);
  /* NUL among non-UTF-8 bytes is still binary, not an encoding problem */
  const char mixed[] = { '\xFF', 'a', 0, 'b' };
  decode_fails ("mixed.bin", mixed, sizeof mixed, NULL, DS_INPUT_ERROR_BINARY, "byte offset 2");
  /* even --lossy does not turn NULs into text */
  DsDecoded d;
  g_autoptr(GError) error = NULL;
  g_assert_false (_ds_input_decode ("nul.bin", nul, sizeof nul, NULL, TRUE, &d, &error));
  g_assert_error (error, DS_INPUT_ERROR, DS_INPUT_ERROR_BINARY);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/input/utf8", test_utf8);
  g_test_add_func ("/input/lossy-maximal-subparts", test_lossy_maximal_subparts);
  g_test_add_func ("/input/utf16-bom", test_utf16);
  g_test_add_func ("/input/gb18030-big5", test_gb18030_big5);
  g_test_add_func ("/input/forced-encoding", test_forced);
  g_test_add_func ("/input/invalid-bytes", test_invalid);
  g_test_add_func ("/input/lossy", test_lossy);
  g_test_add_func ("/input/binary", test_binary);
  return g_test_run ();
}
