/* test-timeline-plugin.c: the timeline plugin through the docsift harness:
 * golden tests on the five seeds (examples/), options, meta.published from
 * JSON input, normalize on and off, spans into the original, init errors.
 *
 * The expected intervals below were written by reading each seed, with its
 * own publication date as the reference; they are not copied from output.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>
#include <locale.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

static gboolean have_normalize;

static DsHarness *
new_harness (const char *plugins, const char *const *options)
{
  g_autoptr (GError) error = NULL;
  DsHarness *h = ds_harness_new (NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; options && options[i]; i += 2)
    {
      ds_harness_set_option (h, options[i], options[i + 1], &error);
      g_assert_no_error (error);
    }
  ds_harness_select (h, plugins, &error);
  g_assert_no_error (error);
  return h;
}

static DsDocument *
process (DsHarness *h, const char *text)
{
  g_autoptr (GError) error = NULL;
  DsDocument *doc = ds_harness_process_text (h, text, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static JsonArray *
items (DsDocument *doc)
{
  DsLayer *l = ds_document_get_layer (doc, "timeline");
  g_assert_nonnull (l);
  return ds_layer_get_items (l);
}

static const char *
str (JsonObject *o, const char *k)
{
  JsonNode *n = json_object_get_member (o, k);
  if (!n || JSON_NODE_HOLDS_NULL (n))
    return "";
  return json_node_get_string (n);
}

/* the nth item (0-based, in text order) whose text is @text */
static JsonObject *
item (DsDocument *doc, const char *text, guint nth)
{
  JsonArray *a = items (doc);
  g_autoptr (GPtrArray) hits = g_ptr_array_new ();
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonObject *o = json_array_get_object_element (a, i);
      if (g_strcmp0 (str (o, "text"), text) == 0)
        g_ptr_array_add (hits, o);
    }
  JsonObject *best = NULL;
  for (guint round = 0; round <= nth; round++)
    {
      JsonObject *next = NULL;
      gint64 lo = best ? json_object_get_int_member (best, "start") : -1;
      for (guint i = 0; i < hits->len; i++)
        {
          JsonObject *o = g_ptr_array_index (hits, i);
          gint64 st = json_object_get_int_member (o, "start");
          if (st > lo && (!next || st < json_object_get_int_member (next, "start")))
            next = o;
        }
      best = next;
      if (!best)
        return NULL;
    }
  return best;
}

typedef struct
{
  const char *text;
  const char *from, *to;   /* "" = null; NULL from = must be unresolved */
} Want;

typedef struct
{
  const char *file;
  const char *published;   /* NULL: none in the document */
  const char *source;
  Want want[24];
  const char *absent[8];   /* texts that are not date expressions here */
} Seed;

static const Seed seeds[] = {
  { "000_17fbafbb9af8aa13.txt", "2022-01-05T09:16", "header:发布时间",
    { { "2021年", "2021-01-01", "2021-12-31" },
      { "“十四五”良好开局", "2021-01-01", "2021-12-31" },       /* its first year */
      { "近年来", "2018-01-01", "2022-12-31" },
      { "党的十九大", "2017-10-18", "2017-10-24" },
      { "中央经济工作会议", "2021-12-08", "2021-12-10" },        /* the one before 2022-01-05 */
      { "去年", "2021-01-01", "2021-12-31" },
      { "2017年", "2017-01-01", "2017-12-31" },
      { "2019年", "2019-01-01", "2019-12-31" },
      { "2020年", "2020-01-01", "2020-12-31" },
      { "2022年", "2022-01-01", "2022-12-31" },
      { "2021年度", "2021-01-01", "2021-12-31" } },
    { NULL } },
  { "001_8b65da84c50ebd88.txt", "2024-01-01T14:48", "header:发布日期",
    { { "2023年", "2023-01-01", "2023-12-31" },
      { "党的二十大", "2022-10-16", "2022-10-22" },
      { "建园20周年", "2023-01-01", "2023-12-31" },              /* the year in context */
      { "过去一年", "2023-01-01", "2023-12-31" },
      { "1—11月", "2023-01-01", "2023-11-30" },
      { "全年", "2023-01-01", "2023-12-31" },
      { "20212035", "2021-01-01", "2035-12-31" },               /* (2021—2035), dash lost */
      { "四年翻一番", "2021-01-01", "2024-12-31" },
      { "2024年", "2024-01-01", "2024-12-31" } },
    { "第82名", "四0四", "周一", "十一连冠", "一年来", NULL } },
  { "002_27f91ef3c3075ff2.txt", NULL, NULL,
    { { "一季度", NULL, NULL },                                  /* before any year: unresolved */
      { "中央经济工作会议", NULL, NULL },                        /* no reference date */
      { "春节期间", NULL, NULL },
      { "2024年", "2024-01-01", "2024-12-31" } },
    { "两会", NULL } },
  { "003_a32d97beeb52d813.txt", "2022-02-09", "dateline",
    { { "2022年1月25日", "2022-01-25", "2022-01-25" },
      { "农历小年", "2022-01-25", "2022-01-25" },                /* lunar 2021-12-23 */
      { "“十四五”时期", "2021-01-01", "2025-12-31" },
      { "开局之年", "2021-01-01", "2021-12-31" },
      { "‘十四五’良好开局", "2021-01-01", "2021-12-31" },
      { "过去一年", "2021-01-01", "2021-12-31" },
      { "今年", "2022-01-01", "2022-12-31" },
      { "2022年", "2022-01-01", "2022-12-31" },
      { "党的二十大召开之年", "2022-01-01", "2022-12-31" },
      { "“十四五”规划", "2021-01-01", "2025-12-31" },
      { "明年", "2023-01-01", "2023-12-31" },
      { "去年12月", "2021-12-01", "2021-12-31" },
      { "一季度", "2022-01-01", "2022-03-31" },
      { "2021年", "2021-01-01", "2021-12-31" },
      { "2022年度", "2022-01-01", "2022-12-31" } },
    { NULL } },
  { "004_79fde48eb0841a06.txt", "2017-07-13", "header:日期",
    { { "今年", "2017-01-01", "2017-12-31" },
      { "2017年", "2017-01-01", "2017-12-31" },
      { "今年上半年", "2017-01-01", "2017-06-30" },
      { "上半年", "2017-01-01", "2017-06-30" },
      { "截至2017年6月末", "", "2017-06-30" } },
    { NULL } },
};

static void
check_seed (const Seed *s, DsDocument *doc)
{
  const char *pub = ds_document_get_meta_string (doc, "published");
  if (s->published)
    {
      g_assert_cmpstr (pub, ==, s->published);
      g_assert_cmpstr (ds_document_get_meta_string (doc, "published_source"), ==, s->source);
    }
  else
    g_assert_null (pub);
  for (guint i = 0; i < G_N_ELEMENTS (s->want) && s->want[i].text; i++)
    {
      const Want *w = &s->want[i];
      JsonObject *o = item (doc, w->text, 0);
      if (!o)
        g_error ("%s: no item %s", s->file, w->text);
      if (!w->from)
        {
          g_assert_false (json_object_get_boolean_member (o, "resolved"));
          g_assert_nonnull (json_object_get_string_member (o, "reason"));
          continue;
        }
      if (g_strcmp0 (str (o, "from"), w->from) || g_strcmp0 (str (o, "to"), w->to))
        g_error ("%s: %s is %s..%s, want %s..%s", s->file, w->text, str (o, "from"), str (o, "to"), w->from, w->to);
      g_assert_true (json_object_get_boolean_member (o, "resolved"));
      /* an event clause containing the expression */
      g_assert_true (json_object_has_member (o, "event"));
      g_assert_cmpint (json_object_get_int_member (o, "event_start"), <=, json_object_get_int_member (o, "start"));
      g_assert_cmpint (json_object_get_int_member (o, "event_end"), >=, json_object_get_int_member (o, "end"));
    }
  for (guint i = 0; i < G_N_ELEMENTS (s->absent) && s->absent[i]; i++)
    g_assert_null (item (doc, s->absent[i], 0));
  /* sorted by from (to for until-bounds), unresolved last */
  JsonArray *a = items (doc);
  const char *prev = "";
  gboolean unresolved_seen = FALSE;
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonObject *o = json_array_get_object_element (a, i);
      if (!json_object_get_boolean_member (o, "resolved"))
        {
          unresolved_seen = TRUE;
          continue;
        }
      g_assert_false (unresolved_seen);
      const char *k = *str (o, "from") ? str (o, "from") : str (o, "to");
      g_assert_cmpint (strncmp (prev, k, 10), <=, 0);
      prev = k;
    }
  JsonObject *lo = ds_layer_get_object (ds_document_get_layer (doc, "timeline"));
  g_assert_cmpint (json_object_get_int_member (lo, "undated_sentences"), >, 0);
  g_assert_cmpint (json_object_get_int_member (lo, "undated_sentences"), <, json_object_get_int_member (lo, "sentences"));
}

static void
run_seeds (const char *plugins)
{
  const char *src = g_getenv ("DOCSIFT_SOURCE_DIR");
  if (!src)
    {
      g_test_skip ("DOCSIFT_SOURCE_DIR not set");
      return;
    }
  g_autoptr (DsHarness) h = new_harness (plugins, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autofree char *path = g_build_filename (src, "examples", seeds[i].file, NULL);
      g_autofree char *text = NULL;
      g_autoptr (GError) error = NULL;
      if (!g_file_get_contents (path, &text, NULL, &error))
        g_error ("%s: %s", path, error->message);
      g_autoptr (DsDocument) doc = process (h, text);
      check_seed (&seeds[i], doc);
    }
}

static void
test_seeds (void)
{
  run_seeds ("timeline");
}

static void
test_seeds_normalized (void)
{
  if (!have_normalize)
    {
      g_test_skip ("normalize plugin not built");
      return;
    }
  run_seeds ("normalize,timeline");
}

static void
test_traditional_fullwidth (void)
{
  /* with and without normalize, spans are code points of the original */
  const char *text = "臺灣：中華民國１０４年１０月１０日，國慶。去年同期增長。";
  for (int pass = 0; pass < 1 + have_normalize; pass++)
    {
      g_autoptr (DsHarness) h = new_harness (pass ? "normalize,timeline" : "timeline", NULL);
      g_autoptr (DsDocument) doc = process (h, text);
      JsonObject *o = item (doc, "中華民國１０４年１０月１０日", 0);
      g_assert_nonnull (o);
      g_assert_cmpstr (str (o, "from"), ==, "2015-10-10");
      g_assert_cmpint (json_object_get_int_member (o, "start"), ==, 3);
      g_assert_cmpint (json_object_get_int_member (o, "end"), ==, 3 + 14); /* 中華民國 + １０４ + 年 + １０ + 月 + １０ + 日 */
      /* the reference is that date (first line), so 去年 = 2014 */
      o = item (doc, "去年同期", 0);
      g_assert_nonnull (o);
      g_assert_cmpstr (str (o, "from"), ==, "2014-01-01");
      /* 國慶 in Taiwan text: 10-10 */
      o = item (doc, "國慶", 0);
      g_assert_nonnull (o);
      g_assert_cmpstr (str (o, "from"), ==, "2015-10-10");
    }
}

static void
test_reference_option (void)
{
  const char *const opts[] = { "timeline.reference", "2020-03-01", NULL };
  g_autoptr (DsHarness) h = new_harness ("timeline", opts);
  g_autoptr (DsDocument) doc = process (h, "发布日期:2024-01-01\n今年一季度经济运行平稳。");
  JsonObject *o = item (doc, "今年一季度", 0);
  g_assert_cmpstr (str (o, "from"), ==, "2020-01-01");
  g_assert_cmpstr (str (o, "to"), ==, "2020-03-31");
  JsonObject *ref = json_object_get_object_member (ds_layer_get_object (ds_document_get_layer (doc, "timeline")), "reference");
  g_assert_cmpstr (str (ref, "source"), ==, "option");

  g_autoptr (GError) error = NULL;
  g_autoptr (DsHarness) bad = ds_harness_new (NULL, &error);
  ds_harness_set_option (bad, "timeline.reference", "2020-02-30", &error);
  g_assert_no_error (error);
  g_assert_false (ds_harness_select (bad, "timeline", &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "2020-02-30"));
}

static void
test_meta_published (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DsHarness) h = new_harness ("timeline", NULL);
  g_autoptr (DsDocument) doc = ds_document_new_from_json (
    "{\"id\":\"x\",\"text\":\"今年前三季度增长。\",\"meta\":{\"published\":\"2016-11-17\"}}", -1, "x", "test", &error);
  g_assert_no_error (error);
  g_assert_true (ds_harness_process_document (h, doc, &error));
  g_assert_no_error (error);
  JsonObject *o = item (doc, "今年前三季度", 0);
  g_assert_cmpstr (str (o, "from"), ==, "2016-01-01");
  g_assert_cmpstr (str (o, "to"), ==, "2016-09-30");
  JsonObject *ref = json_object_get_object_member (ds_layer_get_object (ds_document_get_layer (doc, "timeline")), "reference");
  g_assert_cmpstr (str (ref, "source"), ==, "meta");
  /* a Minguo date in meta is read too */
  g_autoptr (DsDocument) tw = ds_document_new_from_json (
    "{\"id\":\"y\",\"text\":\"明年\",\"meta\":{\"published\":\"中華民國104年10月10日\"}}", -1, "y", "test", &error);
  g_assert_true (ds_harness_process_document (h, tw, &error));
  g_assert_cmpstr (str (item (tw, "明年", 0), "from"), ==, "2016-01-01");
}

/* docsift's output read back and run again gives the same layer: the
 * reference found in the header keeps its span although meta.published is
 * now set (it was lost: the second run took the date from meta, without a
 * span) */
static void
test_rerun_same_layer (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DsHarness) h = new_harness ("timeline", NULL);
  g_autoptr (DsDocument) doc = ds_document_new_from_json (
    "{\"id\":\"r\",\"text\":\"园区简报\\n发布日期：2024-01-01 14:48\\n1—11月，园区工业增加值增长12%。\"}", -1, "r", "test", &error);
  g_assert_no_error (error);
  g_assert_true (ds_harness_process_document (h, doc, &error));
  g_assert_no_error (error);
  g_autoptr (GString) first = g_string_new (NULL);
  ds_document_to_json (doc, first, 0);
  g_autoptr (DsDocument) again = ds_document_new_from_json (first->str, (gssize) first->len, "r", "test", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ds_document_get_meta_string (again, "published"), ==, "2024-01-01T14:48");
  g_assert_true (ds_harness_process_document (h, again, &error));
  g_assert_no_error (error);
  JsonObject *ref = json_object_get_object_member (ds_layer_get_object (ds_document_get_layer (again, "timeline")), "reference");
  g_assert_cmpstr (str (ref, "text"), ==, "2024-01-01 14:48");
  g_autoptr (GString) second = g_string_new (NULL);
  ds_document_to_json (again, second, 0);
  g_assert_cmpstr (second->str, ==, first->str);
}

static void
test_no_reference (void)
{
  g_autoptr (DsHarness) h = new_harness ("timeline", NULL);
  g_autoptr (DsDocument) doc = process (h, "今年以来经济平稳。2021年实现增长。");
  g_assert_null (ds_document_get_meta_string (doc, "published"));
  /* the layer says that no date was found rather than leaving it out */
  JsonObject *ref = json_object_get_object_member (ds_layer_get_object (ds_document_get_layer (doc, "timeline")), "reference");
  g_assert_nonnull (ref);
  g_assert_cmpstr (str (ref, "source"), ==, "none");
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (ref, "date")));
  JsonObject *o = item (doc, "今年以来", 0);
  g_assert_false (json_object_get_boolean_member (o, "resolved"));
  g_assert_true (json_object_get_boolean_member (o, "relative"));
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (o, "from")));
  o = item (doc, "2021年", 0);
  g_assert_true (json_object_get_boolean_member (o, "resolved"));
  g_assert_cmpstr (str (o, "tense"), ==, "past");
}

static void
test_text_format (void)
{
  const char *const opts[] = { "timeline.format", "text", NULL };
  g_autoptr (DsHarness) h = new_harness ("timeline", opts);
  g_autoptr (DsDocument) doc = process (h, "2022-02-09 银川\n2022年1月25日，农历小年。明年将开工。");
  JsonObject *lo = ds_layer_get_object (ds_document_get_layer (doc, "timeline"));
  const char *r = json_object_get_string_member (lo, "rendered");
  g_assert_nonnull (r);
  g_assert_nonnull (strstr (r, "2022-01-25"));
  g_assert_nonnull (strstr (r, "农历小年"));
  /* ordered: 2022-01-25 before 2023 */
  g_assert_true (strstr (r, "2022-01-25") < strstr (r, "2023-01-01"));
  g_assert_nonnull (strstr (r, "planned"));
}

static void
test_init_errors (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DsHarness) h = ds_harness_new (NULL, &error);
  ds_harness_set_option (h, "timeline.political_calendar", "no-such-calendar.tsv", &error);
  g_assert_no_error (error);
  g_assert_false (ds_harness_select (h, "timeline", &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "no-such-calendar.tsv"));
  g_clear_error (&error);

  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("timeline-lunar-XXXXXX.tsv", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, "1900\t1900-01-31\t8\tSLS\n", -1, &error);
  g_autoptr (DsHarness) h2 = ds_harness_new (NULL, &error);
  ds_harness_set_option (h2, "timeline.lunar_table", path, &error);
  g_assert_false (ds_harness_select (h2, "timeline", &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);
  g_unlink (path);

  /* a header label without its colon/line field: an error naming the file and the line */
  g_autofree char *wpath = NULL;
  fd = g_file_open_tmp ("timeline-words-XXXXXX.txt", &wpath, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (wpath, "# labels\n[published.labels]\n发布时间\theader:发布时间\t-\n日期\theader:日期\n", -1, &error);
  g_autoptr (DsHarness) hw = ds_harness_new (NULL, &error);
  ds_harness_set_option (hw, "timeline.words", wpath, &error);
  g_assert_false (ds_harness_select (hw, "timeline", &error));
  g_assert_nonnull (error);
  g_autofree char *where = g_strdup_printf ("%s:4:", wpath);
  g_assert_nonnull (strstr (error->message, where));
  g_clear_error (&error);
  g_unlink (wpath);

  g_autoptr (DsHarness) h3 = ds_harness_new (NULL, &error);
  ds_harness_set_option (h3, "timeline.format", "xml", &error);
  g_assert_false (ds_harness_select (h3, "timeline", &error));
  g_assert_nonnull (error);
}

static void
test_corpus_published (void)
{
  /* publication dates found in ../shared/corpus/docs against the manifest */
  const char *shared = g_getenv ("DOCSIFT_SHARED_DIR") ? g_getenv ("DOCSIFT_SHARED_DIR") : g_getenv ("DOCSIFT_SHARED_DIR_DEFAULT");
  g_autofree char *manifest = shared ? g_build_filename (shared, "corpus", "docs_manifest.tsv", NULL) : NULL;
  g_autofree char *data = NULL;
  if (!manifest || !g_file_get_contents (manifest, &data, NULL, NULL))
    {
      g_test_skip ("corpus not found (DOCSIFT_SHARED_DIR/corpus/docs_manifest.tsv)");
      return;
    }
  g_autoptr (DsHarness) h = new_harness ("timeline", NULL);
  g_auto (GStrv) lines = g_strsplit (data, "\n", -1);
  guint n = 0, ok = 0;
  for (guint i = 1; lines[i]; i++)
    {
      g_auto (GStrv) f = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (f) < 4 || !*f[3])
        continue;
      g_autofree char *path = g_build_filename (shared, "corpus", "docs", f[0], NULL);
      g_autofree char *text = NULL;
      if (!g_file_get_contents (path, &text, NULL, NULL))
        continue;
      g_autoptr (DsDocument) doc = process (h, text);
      const char *pub = ds_document_get_meta_string (doc, "published");
      /* the manifest gives ISO dates, or Minguo dates for Taiwan */
      g_autoptr (DsDocument) m = process (h, f[3]);
      const char *want = ds_document_get_meta_string (m, "published");
      n++;
      if (pub && want && strncmp (pub, want, 10) == 0)
        ok++;
      else
        g_test_message ("%s: published %s, manifest %s", f[0], pub, f[3]);
    }
  g_test_message ("publication date found for %u of %u corpus documents", ok, n);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (ok * 100, >=, n * 95);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_autoptr (DsHarness) probe = ds_harness_new (NULL, NULL);
  have_normalize = probe && ds_harness_select (probe, "normalize", NULL);
  g_test_add_func ("/timeline/seeds", test_seeds);
  g_test_add_func ("/timeline/seeds-normalized", test_seeds_normalized);
  g_test_add_func ("/timeline/traditional-fullwidth", test_traditional_fullwidth);
  g_test_add_func ("/timeline/reference-option", test_reference_option);
  g_test_add_func ("/timeline/meta-published", test_meta_published);
  g_test_add_func ("/timeline/no-reference", test_no_reference);
  g_test_add_func ("/timeline/rerun-same-layer", test_rerun_same_layer);
  g_test_add_func ("/timeline/text-format", test_text_format);
  g_test_add_func ("/timeline/init-errors", test_init_errors);
  g_test_add_func ("/timeline/corpus-published", test_corpus_published);
  return g_test_run ();
}
