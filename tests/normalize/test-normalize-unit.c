/* Unit tests of the normalize plugin's pure logic: alignment maps and their
 * composition, the character pass, script naming, range marks, and the
 * OpenCC wrapper (alignment and byte equality with libopencc's C API).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <glib/gstdio.h>
#include <opencc.h>
#include <string.h>

#include "nm-opencc.h"
#include "nm-text.h"

#ifndef NM_OPENCC_DATADIR
#define NM_OPENCC_DATADIR "/usr/share/opencc"
#endif

/* "o:v,o:v,…" of a finished map */
static char *
map_string (NmMap *m)
{
  nm_map_finish (m);
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < m->segs->len; i++)
    {
      NmSeg *g = &g_array_index (m->segs, NmSeg, i);
      g_string_append_printf (s, "%s%u:%u", i ? "," : "", g->o, g->v);
    }
  return g_string_free (s, FALSE);
}

static NmMap
map_of (const guint32 *pairs, guint n)
{
  NmMap m;
  nm_map_init (&m);
  for (guint i = 0; i < n; i++)
    nm_map_append (&m, pairs[2 * i], pairs[2 * i + 1]);
  nm_map_finish (&m);
  return m;
}

static void
check_compose (const guint32 *a, guint na, const guint32 *b, guint nb, const char *expected)
{
  NmMap ma = map_of (a, na), mb = map_of (b, nb), out;
  nm_map_init (&out);
  g_assert_true (nm_map_compose (&ma, &mb, &out));
  g_autofree char *got = map_string (&out);
  g_assert_cmpstr (got, ==, expected);
  g_assert_cmpuint (out.o_total, ==, ma.o_total);
  g_assert_cmpuint (out.v_total, ==, mb.v_total);
  nm_map_clear (&ma);
  nm_map_clear (&mb);
  nm_map_clear (&out);
}

static void
test_map_merge (void)
{
  NmMap m;
  nm_map_init (&m);
  nm_map_aligned (&m, 3);
  nm_map_append (&m, 2, 2); /* merges with the aligned run */
  nm_map_append (&m, 1, 0);
  nm_map_append (&m, 2, 0); /* adjacent deletions merge */
  nm_map_append (&m, 4, 3);
  nm_map_append (&m, 0, 0); /* ignored */
  nm_map_aligned (&m, 1);
  g_autofree char *s = map_string (&m);
  g_assert_cmpstr (s, ==, "5:5,3:0,4:3,1:1");
  g_assert_cmpuint (m.o_total, ==, 13);
  g_assert_cmpuint (m.v_total, ==, 9);
  nm_map_clear (&m);
}

static void
test_map_compose (void)
{
  /* identity ∘ phrase change */
  check_compose ((guint32[]){ 3, 3 }, 1, (guint32[]){ 1, 1, 2, 1 }, 2, "1:1,2:1");
  /* an atomic 2→1 then aligned; b deletes the last character */
  check_compose ((guint32[]){ 2, 1, 2, 2 }, 2, (guint32[]){ 2, 2, 1, 0 }, 2, "2:1,1:1,1:0");
  /* insertion in b */
  check_compose ((guint32[]){ 2, 2 }, 1, (guint32[]){ 1, 1, 0, 2, 1, 1 }, 3, "1:1,0:2,1:1");
  /* deletion in a */
  check_compose ((guint32[]){ 1, 1, 1, 0, 1, 1 }, 3, (guint32[]){ 2, 2 }, 1, "1:1,1:0,1:1");
  /* overlapping atomic segments join into one group: a maps X0-2 → Y0-1,
   * b maps Y1-2 → Z1-4; b's segment straddles a's output and Y2 (= X3), so
   * X0-3 → Z0-4 is one 4:5 segment */
  check_compose ((guint32[]){ 3, 2, 1, 1 }, 2, (guint32[]){ 1, 1, 2, 4 }, 2, "4:5");
  /* lengths that do not fit are refused */
  NmMap a = map_of ((guint32[]){ 2, 2 }, 1), b = map_of ((guint32[]){ 3, 3 }, 1), out;
  nm_map_init (&out);
  g_assert_false (nm_map_compose (&a, &b, &out));
  nm_map_clear (&a);
  nm_map_clear (&b);
  nm_map_clear (&out);
}

static NmTables tables;
static gboolean tables_ok;

static void
ensure_tables (void)
{
  if (tables.nfc_unsafe)
    return;
  nm_tables_init (&tables);
  g_autofree char *msg = NULL;
  tables_ok = nm_script_sets_load (NM_OPENCC_DATADIR, &tables, NULL, NULL, &msg);
  if (!tables_ok)
    g_printerr ("# %s\n", msg);
}

typedef struct
{
  const char *in;
  const char *out;
  const char *map;
} PassCase;

static void
run_pass (const NmOptions *opt, const char *in, const char *out, const char *map, NmCounts *counts)
{
  ensure_tables ();
  GString *s = g_string_new (NULL);
  NmMap m;
  nm_map_init (&m);
  NmCounts local = { 0 };
  nm_pass_normalize (&tables, opt, in, strlen (in), s, &m, counts ? counts : &local);
  g_autofree char *ms = map_string (&m);
  g_assert_cmpstr (s->str, ==, out);
  g_assert_cmpstr (ms, ==, map);
  g_assert_cmpuint (m.o_total, ==, g_utf8_strlen (in, -1));
  g_assert_cmpuint (m.v_total, ==, g_utf8_strlen (out, -1));
  nm_map_clear (&m);
  g_string_free (s, TRUE);
}

static void
test_pass_width (void)
{
  NmOptions opt;
  nm_options_init_default (&opt);
  NmCounts c = { 0 };
  run_pass (&opt, "ＡＢＣ１２３％．", "ABC123%.", "8:8", &c);
  g_assert_cmpuint (c.width, ==, 8);
  /* CJK punctuation stays; － and ～ (range dashes) stay */
  memset (&c, 0, sizeof c);
  run_pass (&opt, "１－２，３～４。（注）", "1－2，3～4。（注）", "11:11", &c);
  g_assert_cmpuint (c.width, ==, 4);
  g_assert_cmpuint (c.punct, ==, 0);
  /* unless asked */
  opt.cjk_punct = TRUE;
  memset (&c, 0, sizeof c);
  run_pass (&opt, "甲，乙。丙、（丁）！？：；", "甲,乙.丙,(丁)!?:;", "13:13", &c);
  g_assert_cmpuint (c.punct, ==, 9);
  /* and off */
  nm_options_init_default (&opt);
  opt.width = FALSE;
  run_pass (&opt, "ＡＢＣ", "ＡＢＣ", "3:3", NULL);
}

static void
test_pass_quotes (void)
{
  NmOptions opt;
  nm_options_init_default (&opt);
  NmCounts c = { 0 };
  run_pass (&opt, "「兩個『確立』」", "“兩個‘確立’”", "8:8", &c);
  g_assert_cmpuint (c.punct, ==, 4);
  opt.curly_quotes = FALSE;
  run_pass (&opt, "「兩個」", "「兩個」", "4:4", NULL);
}

static void
test_pass_space (void)
{
  NmOptions opt;
  nm_options_init_default (&opt);
  NmCounts c = { 0 };
  /* CRLF → LF is 2:1, lone CR → LF is aligned */
  run_pass (&opt, "a\r\nb\rc", "a\nb\nc", "1:1,2:1,3:3", &c);
  g_assert_cmpuint (c.space, ==, 2);
  /* trailing spaces, blank-line runs, trailing white space at the end */
  memset (&c, 0, sizeof c);
  run_pass (&opt, "ab  \n\n\n\ncd \t", "ab\n\ncd", "2:2,2:0,2:2,2:0,2:2,2:0", &c);
  g_assert_cmpuint (c.space, ==, 6);
  /* white-space-only lines count as blank */
  run_pass (&opt, "a\n \u3000\n\t\nb", "a\n\nb", "2:2,2:0,1:1,2:0,1:1", NULL);
  /* NBSP and U+3000 inside a line, per space_char; indentation kept */
  memset (&c, 0, sizeof c);
  run_pass (&opt, "\u3000\u3000第一\u00A0条", "  第一 条", "6:6", &c);
  g_assert_cmpuint (c.space, ==, 3);
  opt.space_char = NM_SPACE_IDEOGRAPHIC;
  run_pass (&opt, "a\u00A0b", "a\u3000b", "3:3", NULL);
  opt.space_char = NM_SPACE_KEEP;
  run_pass (&opt, "a\u00A0b", "a\u00A0b", "3:3", NULL);
  /* step off: everything stays */
  opt.space = FALSE;
  run_pass (&opt, "a \r\n\n\n\nb ", "a \r\n\n\n\nb ", "9:9", NULL);
}

static void
test_pass_remove (void)
{
  NmOptions opt;
  nm_options_init_default (&opt);
  NmCounts c = { 0 };
  run_pass (&opt, "\uFEFF中\u200B国\u00AD人\u200D", "中国人", "1:0,1:1,1:0,1:1,1:0,1:1,1:0", &c);
  g_assert_cmpuint (c.removed, ==, 4);
  /* a removed character between trailing spaces goes with them */
  run_pass (&opt, "a \u200B \nb", "a\nb", "1:1,3:0,2:2", NULL);
  /* but spaces before a visible character stay, around the removal */
  run_pass (&opt, "a \u200B b", "a  b", "2:2,1:0,2:2", NULL);
}

static void
test_pass_nfc (void)
{
  NmOptions opt;
  nm_options_init_default (&opt);
  NmCounts c = { 0 };
  /* e + combining acute → é (2 → 1), after ASCII and after CJK */
  run_pass (&opt, "Cafe\u0301 中e\u0301", "Caf\u00e9 中\u00e9", "3:3,2:1,2:2,2:1", &c);
  g_assert_cmpuint (c.composed, ==, 4);
  /* a CJK compatibility ideograph becomes its unified form (1:1) */
  memset (&c, 0, sizeof c);
  run_pass (&opt, "\uF900", "\u8C48", "1:1", &c);
  g_assert_cmpuint (c.composed, ==, 1);
  /* combining marks NFC cannot compose stay as they are */
  run_pass (&opt, "中\u0301文", "中\u0301文", "3:3", NULL);
  /* already composed text is left alone */
  run_pass (&opt, "Caf\u00e9", "Caf\u00e9", "4:4", NULL);
  opt.nfc = FALSE;
  run_pass (&opt, "e\u0301", "e\u0301", "2:2", NULL);
}

static void
test_pass_astral (void)
{
  NmOptions opt;
  nm_options_init_default (&opt);
  NmCounts c = { 0 };
  /* 4-byte characters count as one code point on both sides */
  run_pass (&opt, "𠀀\u3000１𠀀\u200B𠀁", "𠀀 1𠀀𠀁", "4:4,1:0,1:1", &c);
  g_assert_cmpuint (c.han, ==, 3);
}

static void
test_pass_empty (void)
{
  NmOptions opt;
  nm_options_init_default (&opt);
  NmCounts c = { 0 };
  run_pass (&opt, "", "", "", &c);
  run_pass (&opt, "   \n\n", "\n\n", "3:0,2:2", &c);
  run_pass (&opt, "plain ASCII, no CJK.", "plain ASCII, no CJK.", "20:20", &c);
  g_assert_cmpuint (c.han, ==, 0);
  g_assert_cmpstr (nm_script_name (&c, 0.1), ==, "none");
}

static void
test_script (void)
{
  ensure_tables ();
  if (!tables_ok)
    {
      g_test_skip ("OpenCC dictionaries not readable in " NM_OPENCC_DATADIR);
      return;
    }
  /* derived sets: the obvious pairs land where they belong */
  g_assert_true (nm_bit_get (tables.trad_only, 0x570B));  /* 國 */
  g_assert_true (nm_bit_get (tables.trad_only, 0x9AEE));  /* 髮 */
  g_assert_true (nm_bit_get (tables.simp_only, 0x56FD));  /* 国 */
  g_assert_true (nm_bit_get (tables.simp_only, 0x53D1));  /* 发 */
  /* characters valid in both scripts are in neither set */
  g_assert_false (nm_bit_get (tables.trad_only, 0x4E7E));  /* 乾: t2s keeps it as an option */
  g_assert_false (nm_bit_get (tables.simp_only, 0x91CC));  /* 里: also a Traditional character */
  g_assert_false (nm_bit_get (tables.trad_only, 0x4E2D));  /* 中 */
  g_assert_false (nm_bit_get (tables.simp_only, 0x4E2D));

  NmOptions opt;
  nm_options_init_default (&opt);
  NmCounts c = { 0 };
  run_pass (&opt, "這裡是中華民國", "這裡是中華民國", "7:7", &c);
  g_assert_cmpuint (c.han, ==, 7);
  g_assert_cmpuint (c.traditional, ==, 4); /* 這 裡 華 國 */
  g_assert_cmpuint (c.simplified, ==, 0);
  g_assert_cmpstr (nm_script_name (&c, 0.1), ==, "traditional");

  NmCounts m = { .traditional = 10, .simplified = 1 };
  g_assert_cmpstr (nm_script_name (&m, 0.1), ==, "traditional");
  m.simplified = 2;
  g_assert_cmpstr (nm_script_name (&m, 0.1), ==, "mixed");
  m.traditional = 0;
  g_assert_cmpstr (nm_script_name (&m, 0.1), ==, "simplified");
}

static char *
marks (const char *text)
{
  GArray *a = g_array_new (FALSE, FALSE, sizeof (gsize));
  nm_find_range_marks (text, strlen (text), a);
  GString *s = g_string_new (NULL);
  for (guint i = 0; i + 1 < a->len; i += 2)
    g_string_append_printf (s, "%s%zu-%zu", i ? "," : "", g_array_index (a, gsize, i),
                            g_array_index (a, gsize, i + 1));
  g_array_unref (a);
  return g_string_free (s, FALSE);
}

static void
test_range_marks (void)
{
  g_autofree char *a = marks ("1—11月");       /* — is 3 bytes at 1 */
  g_assert_cmpstr (a, ==, "1-4");
  g_autofree char *b = marks ("2021—2035年"); /* at 4 */
  g_assert_cmpstr (b, ==, "4-7");
  g_autofree char *c = marks ("3~5%，一至三季度"); /* ~ at 1; ， 4-7, 一 7-10, 至 10-13 */
  g_assert_cmpstr (c, ==, "1-2,10-13");
  g_autofree char *d = marks ("他说——10年，甚至更多"); /* no: —— not between numbers */
  g_assert_cmpstr (d, ==, "");
  g_autofree char *e = marks ("2021年－2025年"); /* － after 年 */
  g_assert_cmpstr (e, ==, "7-10");
}

/* ---- OpenCC wrapper ---- */

static NmConverter *
open_conv (const char *profile)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.json", NM_OPENCC_DATADIR, profile);
  g_autofree char *msg = NULL;
  NmConverter *c = nm_converter_new (path, &msg);
  if (c == NULL)
    g_printerr ("# %s\n", msg);
  return c;
}

/* code points of @len bytes of UTF-8, NUL included */
static gsize
cps (const char *s, gsize len)
{
  gsize n = 0;
  for (gsize i = 0; i < len; i++)
    n += ((guchar) s[i] & 0xC0) != 0x80;
  return n;
}

/* converts a writable copy of @in (@len bytes): in place when the result
 * fits, else into a buffer of its own */
static char *
convert_room (NmConverter *conv, const char *in, gsize len, gsize room, gboolean *in_place,
              gsize *out_len, char **map, guint64 *converted)
{
  char *buf = g_malloc (len + 1 + room);
  memcpy (buf, in, len);
  buf[len] = '\0';
  char *out = NULL;
  gsize olen = 0;
  NmMap m;
  nm_map_init (&m);
  guint64 n = 0;
  g_assert_true (nm_converter_convert (conv, buf, len, len + 1 + room, &out, &olen, &m, &n, NULL));
  if (in_place)
    *in_place = out == buf;
  if (out != buf)
    g_free (buf);
  g_assert_cmpint (out[olen], ==, '\0');
  nm_map_finish (&m);
  *map = map_string (&m);
  g_assert_cmpuint (m.o_total, ==, cps (in, len));
  g_assert_cmpuint (m.v_total, ==, cps (out, olen));
  nm_map_clear (&m);
  if (converted)
    *converted = n;
  if (out_len)
    *out_len = olen;
  return out;
}

static char *
convert_len (NmConverter *conv, const char *in, gsize len, gsize *out_len, char **map, guint64 *converted)
{
  return convert_room (conv, in, len, 0, NULL, out_len, map, converted);
}

static char *
convert (NmConverter *conv, const char *in, char **map, guint64 *converted)
{
  return convert_len (conv, in, strlen (in), NULL, map, converted);
}

static void
test_opencc_alignment (void)
{
  NmConverter *t2s = open_conv ("t2s");
  NmConverter *tw2sp = open_conv ("tw2sp");
  if (t2s == NULL || tw2sp == NULL)
    {
      g_test_skip ("OpenCC configurations not found in " NM_OPENCC_DATADIR);
      return;
    }
  g_autofree char *m1 = NULL, *m2 = NULL, *m3 = NULL;
  guint64 n = 0;
  /* t2s keeps code-point length: one aligned segment */
  g_autofree char *o1 = convert (t2s, "中華民國的軟體產業", &m1, &n);
  g_assert_cmpstr (o1, ==, "中华民国的软体产业");
  g_assert_cmpstr (m1, ==, "9:9");
  g_assert_cmpuint (n, ==, 6); /* 華 國 軟 體 產 業 */
  /* tw2sp: 軟體 → 软件 keeps length; 中介軟體 → 中间件 is 4 → 3 */
  g_autofree char *o2 = convert (tw2sp, "使用中介軟體。", &m2, &n);
  g_assert_cmpstr (o2, ==, "使用中间件。");
  g_assert_cmpstr (m2, ==, "2:2,4:3,1:1");
  g_assert_cmpuint (n, ==, 4);
  /* 4-byte characters and NUL pass through */
  g_autofree char *o3 = convert (t2s, "𠀀臺灣𠀀", &m3, NULL);
  g_assert_cmpstr (o3, ==, "𠀀台湾𠀀");
  g_assert_cmpstr (m3, ==, "4:4");
  /* NUL (the core refuses it, but the wrapper must not stop there as
   * OpenCC's C string API would) */
  gsize olen = 0;
  g_autofree char *m4 = NULL;
  g_autofree char *o4 = convert_len (t2s, "臺\0灣", 7, &olen, &m4, &n);
  g_assert_cmpuint (olen, ==, 7);
  g_assert_true (memcmp (o4, "台\0湾", 7) == 0);
  g_assert_cmpstr (m4, ==, "3:3");
  g_assert_cmpuint (n, ==, 2);
  /* the result gets longer than the input in bytes (3-byte 䂎 → 4-byte
   * 𥎝): it cannot stay in place, and must still be right */
  g_autofree char *m5 = NULL, *m6 = NULL;
  g_autofree char *o5 = convert (t2s, "䂎臺灣", &m5, &n);
  g_assert_cmpstr (o5, ==, "𥎝台湾");
  g_assert_cmpstr (m5, ==, "3:3");
  g_assert_cmpuint (n, ==, 3);
  /* with spare room after the text, the same stays in place */
  gboolean in_place = FALSE;
  g_autofree char *m7 = NULL;
  g_autofree char *o7 = convert_room (t2s, "䂎臺灣䂎", strlen ("䂎臺灣䂎"), 16, &in_place, NULL, &m7, &n);
  g_assert_cmpstr (o7, ==, "𥎝台湾𥎝");
  g_assert_cmpstr (m7, ==, "4:4");
  g_assert_true (in_place);
  /* a chain whose phrase grows (肯亞 → 肯尼亞, then to Simplified) */
  g_autofree char *o6 = convert (tw2sp, "在肯亞的軟體", &m6, &n);
  g_assert_cmpstr (o6, ==, "在肯尼亚的软件");
  g_assert_cmpstr (m6, ==, "1:1,2:3,3:3");
  g_assert_cmpuint (n, ==, 4);
  nm_converter_free (t2s);
  nm_converter_free (tw2sp);
}

static void
test_opencc_broken_config (void)
{
  g_autofree char *msg = NULL;
  NmConverter *c = nm_converter_new ("/nonexistent/t2s-missing.json", &msg);
  g_assert_null (c);
  g_assert_nonnull (strstr (msg, "/nonexistent/t2s-missing.json"));

  g_autofree char *dir = g_dir_make_tmp ("nm-test-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "broken.json", NULL);
  g_assert_true (g_file_set_contents (bad, "{ \"name\": \"broken\", \"conversion_chain\": [ {", -1, NULL));
  g_clear_pointer (&msg, g_free);
  c = nm_converter_new (bad, &msg);
  g_assert_null (c);
  g_assert_nonnull (strstr (msg, bad));
  g_remove (bad);
  g_rmdir (dir);

  g_clear_pointer (&msg, g_free);
  NmTables t;
  nm_tables_init (&t);
  g_assert_false (nm_script_sets_load ("/nonexistent", &t, NULL, NULL, &msg));
  g_assert_nonnull (strstr (msg, "/nonexistent/TSCharacters.ocd2"));
  nm_tables_clear (&t);
}

/* the wrapper against libopencc's own C API, over the OpenCC test cases */
static void
test_opencc_c_api (void)
{
  const char *shared = g_getenv ("DOCSIFT_SHARED_DIR") ? g_getenv ("DOCSIFT_SHARED_DIR") : g_getenv ("DOCSIFT_SHARED_DIR_DEFAULT");
  g_autofree char *path = shared ? g_build_filename (shared, "specs", "opencc", "testcases.json", NULL) : NULL;
  g_autofree char *data = NULL;
  if (path == NULL || !g_file_get_contents (path, &data, NULL, NULL))
    {
      g_test_skip ("../shared/specs/opencc/testcases.json not available (DOCSIFT_SHARED_DIR)");
      return;
    }
  const char *profiles[] = { "t2s", "tw2sp", "hk2s", "tw2s" };
  guint compared = 0;
  for (guint k = 0; k < G_N_ELEMENTS (profiles); k++)
    {
      NmConverter *conv = open_conv (profiles[k]);
      g_autofree char *cfg = g_strdup_printf ("%s/%s.json", NM_OPENCC_DATADIR, profiles[k]);
      opencc_t ref = opencc_open (cfg);
      g_assert_nonnull (conv);
      g_assert_true (ref != (opencc_t) -1);
      /* every "input" string of the file (lenient: no JSON parser, the file
       * has trailing commas) */
      for (const char *p = strstr (data, "\"input\""); p; p = strstr (p + 1, "\"input\""))
        {
          const char *q = strchr (p + 7, '"');
          if (!q)
            break;
          const char *e = strchr (q + 1, '"');
          if (!e)
            break;
          g_autofree char *in = g_strndup (q + 1, e - q - 1);
          if (strchr (in, '\\'))
            continue;
          char *want = opencc_convert_utf8 (ref, in, strlen (in));
          g_autofree char *map = NULL;
          g_autofree char *got = convert (conv, in, &map, NULL);
          g_assert_cmpstr (got, ==, want);
          opencc_convert_utf8_free (want);
          compared++;
        }
      opencc_close (ref);
      nm_converter_free (conv);
    }
  g_assert_cmpuint (compared, >, 100);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/normalize/map/merge", test_map_merge);
  g_test_add_func ("/normalize/map/compose", test_map_compose);
  g_test_add_func ("/normalize/pass/width", test_pass_width);
  g_test_add_func ("/normalize/pass/quotes", test_pass_quotes);
  g_test_add_func ("/normalize/pass/space", test_pass_space);
  g_test_add_func ("/normalize/pass/remove", test_pass_remove);
  g_test_add_func ("/normalize/pass/nfc", test_pass_nfc);
  g_test_add_func ("/normalize/pass/astral", test_pass_astral);
  g_test_add_func ("/normalize/pass/empty", test_pass_empty);
  g_test_add_func ("/normalize/script", test_script);
  g_test_add_func ("/normalize/range-marks", test_range_marks);
  g_test_add_func ("/normalize/opencc/alignment", test_opencc_alignment);
  g_test_add_func ("/normalize/opencc/broken-config", test_opencc_broken_config);
  g_test_add_func ("/normalize/opencc/c-api", test_opencc_c_api);
  int rc = g_test_run ();
  nm_tables_clear (&tables);
  return rc;
}
