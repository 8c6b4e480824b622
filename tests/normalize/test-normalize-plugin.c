/* The normalize plugin through the real pipeline (DsHarness): spans of the
 * golden cases (the cases themselves run in tests/golden),
 * byte equality with the opencc CLI, span mapping on the Traditional seed,
 * bad input, broken configuration, chaining through JSON.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>
#include <glib/gstdio.h>
#include <string.h>

static const char *
source_dir (void)
{
  const char *d = g_getenv ("DOCSIFT_SOURCE_DIR");
  return d ? d : ".";
}

static DsHarness *
harness_with (const char *const *kv, GError **error)
{
  g_autoptr (DsHarness) h = ds_harness_new (NULL, error);
  if (h == NULL)
    return NULL;
  for (guint i = 0; kv && kv[i]; i += 2)
    if (!ds_harness_set_option (h, kv[i], kv[i + 1], error))
      return NULL;
  if (!ds_harness_select (h, "normalize", error))
    return NULL;
  return g_steal_pointer (&h);
}

static DsDocument *
run (const char *const *kv, const char *text, gssize len)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DsHarness) h = harness_with (kv, &error);
  g_assert_no_error (error);
  DsDocument *doc = ds_harness_process_text (h, text, len, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static char *
map_to_string (const DsOffsetMap *map)
{
  GString *s = g_string_new ("[");
  for (guint i = 0; i < ds_offset_map_get_n_segments (map); i++)
    {
      guint32 o, v;
      ds_offset_map_get_segment (map, i, NULL, NULL, &o, &v);
      g_string_append_printf (s, "%s[%u,%u]", i ? "," : "", o, v);
    }
  g_string_append_c (s, ']');
  return g_string_free (s, FALSE);
}

/* the original text's code points [start, end) */
static char *
orig_slice (DsDocument *doc, gsize start, gsize end)
{
  const char *t = ds_document_get_text (doc, NULL);
  const char *a = g_utf8_offset_to_pointer (t, (glong) start);
  const char *b = g_utf8_offset_to_pointer (t, (glong) end);
  return g_strndup (a, b - a);
}

/* Spans of the normalized view of a golden case (tests/normalize/cases, run
 * by tests/golden) mapped back to the original: [view start, view end) in
 * code points → [original start, original end) and the original's text. */
static const struct
{
  const char *name;
  const char *profile;
  gsize vs, ve, os, oe;
  const char *orig;
} case_spans[] = {
  { "latin-nfc", NULL, 3, 4, 3, 5, "e\u0301" }, /* composed in the view */
  { "latin-nfc", NULL, 5, 8, 6, 9, "ＡＢＣ" },
  { "simplified-auto-skips", NULL, 8, 10, 8, 10, "１２" },
  { "simplified-tw2sp", "tw2sp", 0, 2, 0, 2, "新增" },
  { "traditional-mixed-steps", NULL, 19, 21, 23, 25, "臺灣" },
  { "traditional-mixed-steps", NULL, 22, 24, 27, 30, "𠀀\u200b號" },
  { "traditional-mixed-steps", NULL, 0, 6, 0, 6, "「兩個確立」" },
  { "tw2sp-length-change", "tw2sp", 3, 4, 2, 6, "中介軟體" },
  { "tw2sp-length-change", "tw2sp", 5, 7, 6, 8, "開發" },
  { "tw2sp-length-change", "tw2sp", 8, 12, 9, 13, "1—11" },
};

static void
test_case_spans (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (case_spans); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/tests/normalize/cases/%s.txt", source_dir (), case_spans[i].name);
      g_autofree char *text = NULL;
      gsize len = 0;
      g_autoptr (GError) error = NULL;
      g_assert_true (g_file_get_contents (path, &text, &len, &error));
      const char *kv[] = { "normalize.profile", case_spans[i].profile, NULL };
      g_autoptr (DsDocument) doc = run (case_spans[i].profile ? kv : NULL, text, (gssize) len);
      DsView *view = ds_document_get_view (doc, "normalized");
      gsize os = 0, oe = 0;
      ds_view_map_to_original (view, ds_view_codepoint_to_byte (view, case_spans[i].vs),
                               ds_view_codepoint_to_byte (view, case_spans[i].ve), &os, &oe);
      g_assert_cmpuint (os, ==, case_spans[i].os);
      g_assert_cmpuint (oe, ==, case_spans[i].oe);
      g_autofree char *orig = orig_slice (doc, os, oe);
      g_assert_cmpstr (orig, ==, case_spans[i].orig);
    }
}

/* ---- byte equality with the opencc CLI ---- */

static const char *const steps_off[] = {
  "normalize.width", "false", "normalize.punct", "false", "normalize.space", "false",
  "normalize.remove", "false", "normalize.nfc", "false", NULL,
};

static void
compare_with_cli (const char *path, const char *profile, DsHarness *h, guint *n_ok)
{
  g_autofree char *text = NULL;
  gsize len = 0;
  g_autoptr (GError) error = NULL;
  g_assert_true (g_file_get_contents (path, &text, &len, &error));
  g_autoptr (DsDocument) doc = ds_harness_process_text (h, text, (gssize) len, &error);
  g_assert_no_error (error);

  /* opencc on the very text the document holds (the core may have dropped a BOM) */
  gsize olen = 0;
  const char *orig = ds_document_get_text (doc, &olen);
  g_autofree char *tmp = NULL;
  int fd = g_file_open_tmp ("nm-cli-XXXXXX.txt", &tmp, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (tmp, orig, (gssize) olen, &error));
  g_autofree char *cfg = g_strdup_printf ("%s.json", profile);
  const char *argv[] = { "opencc", "-c", cfg, "-i", tmp, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_unlink (tmp);

  gsize vlen = 0;
  const char *vtext = ds_view_get_text (ds_document_get_view (doc, "normalized"), &vlen);
  gsize outlen = strlen (out);
  if (vlen != outlen || memcmp (vtext, out, vlen) != 0)
    {
      gsize i = 0;
      while (i < vlen && i < outlen && vtext[i] == out[i])
        i++;
      g_error ("%s (%s): normalized view differs from `opencc -c %s` at byte %zu", path, profile, cfg, i);
    }
  (*n_ok)++;
}

static void
test_opencc_cli (void)
{
  g_autofree char *cli = g_find_program_in_path ("opencc");
  if (cli == NULL)
    {
      g_test_skip ("the opencc command is not installed (apt-get install opencc)");
      return;
    }
  const char *profiles[] = { "t2s", "tw2sp", "hk2s" };
  guint n_ok = 0, n_docs = 0;
  for (guint k = 0; k < G_N_ELEMENTS (profiles); k++)
    {
      g_autoptr (GPtrArray) kv = g_ptr_array_new ();
      for (guint i = 0; steps_off[i]; i++)
        g_ptr_array_add (kv, (gpointer) steps_off[i]);
      g_ptr_array_add (kv, "normalize.profile");
      g_ptr_array_add (kv, (gpointer) profiles[k]);
      g_ptr_array_add (kv, NULL);
      g_autoptr (GError) error = NULL;
      g_autoptr (DsHarness) h = harness_with ((const char *const *) kv->pdata, &error);
      g_assert_no_error (error);

      /* the Traditional seed, in the repository */
      g_autofree char *seed = g_build_filename (source_dir (), "examples", "004_79fde48eb0841a06.txt", NULL);
      compare_with_cli (seed, profiles[k], h, &n_ok);

      /* every Traditional document of the shared corpus */
      const char *shared = g_getenv ("DOCSIFT_SHARED_DIR") ? g_getenv ("DOCSIFT_SHARED_DIR") : g_getenv ("DOCSIFT_SHARED_DIR_DEFAULT");
      g_autofree char *manifest = shared ? g_build_filename (shared, "corpus", "docs_manifest.tsv", NULL) : NULL;
      g_autofree char *tsv = NULL;
      if (manifest == NULL || !g_file_get_contents (manifest, &tsv, NULL, NULL))
        continue;
      g_auto (GStrv) lines = g_strsplit (tsv, "\n", -1);
      n_docs = 0;
      for (guint i = 1; lines[i]; i++)
        {
          g_auto (GStrv) cols = g_strsplit (lines[i], "\t", 3);
          if (g_strv_length (cols) < 2 || g_strcmp0 (cols[1], "zh-Hant") != 0)
            continue;
          g_autofree char *doc = g_build_filename (shared, "corpus", "docs", cols[0], NULL);
          compare_with_cli (doc, profiles[k], h, &n_ok);
          n_docs++;
        }
    }
  if (n_docs == 0)
    g_test_message ("../shared/corpus not available: compared the seed only");
  else
    g_assert_cmpuint (n_docs, ==, 13);
  g_assert_cmpuint (n_ok, ==, G_N_ELEMENTS (profiles) * (1 + n_docs));
}

/* ---- the Traditional seed: spans point at the Traditional original ---- */

static void
test_seed_spans (void)
{
  g_autofree char *seed = g_build_filename (source_dir (), "examples", "004_79fde48eb0841a06.txt", NULL);
  g_autofree char *text = NULL;
  g_assert_true (g_file_get_contents (seed, &text, NULL, NULL));
  g_autoptr (DsDocument) doc = run (NULL, text, -1);
  DsView *view = ds_document_get_view (doc, "normalized");
  JsonObject *lo = ds_layer_get_object (ds_document_get_layer (doc, "normalize"));
  g_assert_cmpstr (json_object_get_string_member (lo, "script"), ==, "traditional");
  g_assert_cmpstr (json_object_get_string_member (lo, "converter"), ==, "t2s");
  /* all conversions of t2s are 1:1; the map stays tiny */
  g_assert_cmpuint (ds_offset_map_get_n_segments (ds_view_get_map (view)), <=, 4);

  const char *vtext = ds_view_get_text (view, NULL);
  struct { const char *view; const char *orig; } pairs[] = {
    { "西宁开发区", "西寧開發區" },
    { "比亚迪锂电池", "比亞迪鋰電池" },
    { "四个扎扎实实", "四個扎扎實實" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      const char *at = strstr (vtext, pairs[i].view);
      if (at == NULL)
        g_error ("“%s” not in the normalized view", pairs[i].view);
      gsize os, oe;
      ds_view_map_to_original (view, at - vtext, at - vtext + strlen (pairs[i].view), &os, &oe);
      g_autofree char *orig = orig_slice (doc, os, oe);
      g_assert_cmpstr (orig, ==, pairs[i].orig);
    }
}

/* ---- bad input ---- */

static void
test_bad_input (void)
{
  /* 4-byte characters around removed and changed characters */
  g_autoptr (DsDocument) a = run (NULL, "𠀀\u200B臺𠀀\r\n𠀁１", -1);
  DsView *v = ds_document_get_view (a, "normalized");
  g_assert_cmpstr (ds_view_get_text (v, NULL), ==, "𠀀台𠀀\n𠀁1");
  /* view "𠀁1" = code points 4..6 → original 5..8 ("𠀁１" after ZWSP and CRLF) */
  gsize os, oe;
  ds_view_map_to_original (v, ds_view_codepoint_to_byte (v, 4), ds_view_codepoint_to_byte (v, 6), &os, &oe);
  g_assert_cmpuint (os, ==, 6);
  g_assert_cmpuint (oe, ==, 8);
  /* the line break maps to the whole CRLF */
  ds_view_map_to_original (v, ds_view_codepoint_to_byte (v, 3), ds_view_codepoint_to_byte (v, 4), &os, &oe);
  g_assert_cmpuint (os, ==, 4);
  g_assert_cmpuint (oe, ==, 6);

  /* combining sequences only */
  g_autoptr (DsDocument) b = run (NULL, "\u0301\u0301a\u0308\u0304", -1);
  g_assert_cmpstr (ds_view_get_text (ds_document_get_view (b, "normalized"), NULL), ==, "\u0301\u0301\u01DF");

  /* an unpaired surrogate escaped in JSON input: whatever the core makes of
   * it, normalize gets valid UTF-8 and must not fail */
  g_autoptr (GError) error = NULL;
  g_autoptr (DsDocument) c = ds_document_new_from_json ("{\"id\":\"s\",\"text\":\"臺\\ud800灣\"}", -1, "s", "test", &error);
  if (c != NULL)
    {
      g_autoptr (DsHarness) h = harness_with (NULL, &error);
      g_assert_no_error (error);
      g_assert_true (ds_harness_process_document (h, c, &error));
      g_assert_no_error (error);
      const char *t = ds_view_get_text (ds_document_get_view (c, "normalized"), NULL);
      g_assert_true (g_utf8_validate (t, -1, NULL));
      g_assert_nonnull (strstr (t, "台"));
    }
  else
    g_test_message ("core refuses the unpaired surrogate: %s", error->message);

}

/* a multi-megabyte Traditional document: one segment map, linear time */
static void
test_large (void)
{
  g_autofree char *seed = g_build_filename (source_dir (), "examples", "004_79fde48eb0841a06.txt", NULL);
  g_autofree char *text = NULL;
  gsize len = 0;
  g_assert_true (g_file_get_contents (seed, &text, &len, NULL));
  GString *big = g_string_sized_new (4 << 20);
  while (big->len < (4u << 20))
    g_string_append_len (big, text, len);
  g_autoptr (DsDocument) doc = run (steps_off, big->str, (gssize) big->len);
  DsView *v = ds_document_get_view (doc, "normalized");
  g_assert_cmpuint (ds_view_get_n_codepoints (v), ==, g_utf8_strlen (big->str, big->len));
  g_assert_cmpuint (ds_offset_map_get_n_segments (ds_view_get_map (v)), ==, 1);
  g_string_free (big, TRUE);
}

/* ---- configuration errors at init ---- */

static void
test_broken_config (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nm-cfg-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "broken.json", NULL);
  g_assert_true (g_file_set_contents (bad, "{\"name\": \"x\", \"segmentation\": {", -1, NULL));
  const char *kv1[] = { "normalize.profile", bad, NULL };
  g_autoptr (DsHarness) h1 = harness_with (kv1, &error);
  g_assert_null (h1);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, bad));
  g_clear_error (&error);

  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  const char *kv2[] = { "normalize.profile", missing, NULL };
  g_autoptr (DsHarness) h2 = harness_with (kv2, &error);
  g_assert_null (h2);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  const char *kv3[] = { "normalize.opencc_dir", dir, NULL };
  g_autoptr (DsHarness) h3 = harness_with (kv3, &error);
  g_assert_null (h3);
  g_assert_nonnull (strstr (error->message, "TSCharacters.ocd2"));
  g_clear_error (&error);

  const char *kv4[] = { "normalize.profile", "klingon", NULL };
  g_autoptr (DsHarness) h4 = harness_with (kv4, &error);
  g_assert_null (h4);
  g_assert_nonnull (strstr (error->message, "klingon"));
  g_clear_error (&error);

  g_unlink (bad);
  g_rmdir (dir);
}

/* ---- chaining: the view and its map survive a JSON round trip ---- */

static void
test_chain (void)
{
  g_autoptr (DsDocument) doc = run (NULL, "臺灣\r\n\r\n\r\n中介軟體 \u200B𠀀", -1);
  GString *out = g_string_new (NULL);
  ds_document_to_json (doc, out, DS_JSON_EMIT_MAPS);
  g_autoptr (GError) error = NULL;
  g_autoptr (DsDocument) back = ds_document_new_from_json (out->str, (gssize) out->len, "x", "test", &error);
  g_assert_no_error (error);
  DsView *v1 = ds_document_get_view (doc, "normalized");
  DsView *v2 = ds_document_get_view (back, "normalized");
  g_assert_nonnull (v2);
  g_assert_cmpstr (ds_view_get_text (v1, NULL), ==, ds_view_get_text (v2, NULL));
  g_autofree char *m1 = map_to_string (ds_view_get_map (v1));
  g_autofree char *m2 = map_to_string (ds_view_get_map (v2));
  g_assert_cmpstr (m1, ==, m2);
  g_string_free (out, TRUE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/normalize/plugin/case-spans", test_case_spans);
  g_test_add_func ("/normalize/plugin/opencc-cli", test_opencc_cli);
  g_test_add_func ("/normalize/plugin/seed-spans", test_seed_spans);
  g_test_add_func ("/normalize/plugin/bad-input", test_bad_input);
  g_test_add_func ("/normalize/plugin/large", test_large);
  g_test_add_func ("/normalize/plugin/broken-config", test_broken_config);
  g_test_add_func ("/normalize/plugin/chain", test_chain);
  return g_test_run ();
}
