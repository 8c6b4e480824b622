/* test-facts.c: the facts plugin through the real pipeline (DsHarness):
 * joins (rate to figure, basis, period, subject), and bad input (no dates,
 * no numbers, a table whose unit is in the header, 10,000 figures): no
 * crash and no fact without a span.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>

#include <string.h>

static DsDocument *
run (const char *text, const char *reference)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsHarness) h = ds_harness_new (NULL, &error);
  g_assert_no_error (error);
  if (reference)
    {
      g_assert_true (ds_harness_set_option (h, "timeline.reference", reference, &error));
      g_assert_no_error (error);
    }
  g_assert_true (ds_harness_select (h, "facts", &error));
  g_assert_no_error (error);
  DsDocument *doc = ds_harness_process_text (h, text, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static JsonArray *
facts_of (DsDocument *doc)
{
  DsLayer *layer = ds_document_get_layer (doc, "facts");
  g_assert_nonnull (layer);
  return ds_layer_get_items (layer);
}

/* A span [PREFIX_start, PREFIX_end) of @o inside the text, and its text
 * member (when there is one) the original text there. */
static void
check_span (JsonObject *o, const char *start_name, const char *end_name, const char *text_name, gunichar *cps,
            glong n)
{
  if (!json_object_has_member (o, start_name))
    return;
  gint64 s = json_object_get_int_member (o, start_name), e = json_object_get_int_member (o, end_name);
  g_assert_cmpint (s, >=, 0);
  g_assert_cmpint (s, <, e);
  g_assert_cmpint (e, <=, n);
  if (text_name && json_object_has_member (o, text_name))
    {
      g_autofree char *want = g_ucs4_to_utf8 (cps + s, e - s, NULL, NULL, NULL);
      g_assert_cmpstr (json_object_get_string_member (o, text_name), ==, want);
    }
}

/* Every fact has its own span, and every part's span is inside the text. */
static void
check_spans (DsDocument *doc)
{
  gsize len;
  const char *text = ds_document_get_text (doc, &len);
  glong n = 0;
  g_autofree gunichar *cps = g_utf8_to_ucs4_fast (text, (glong) len, &n);
  JsonArray *facts = facts_of (doc);
  for (guint i = 0; i < json_array_get_length (facts); i++)
    {
      JsonObject *f = json_array_get_object_element (facts, i);
      g_assert_true (json_object_has_member (f, "start") && json_object_has_member (f, "end"));
      check_span (f, "start", "end", "text", cps, n);
      check_span (f, "metric_start", "metric_end", NULL, cps, n);
      check_span (f, "subject_start", "subject_end", NULL, cps, n);
      JsonNode *p = json_object_get_member (f, "period");
      if (p && JSON_NODE_HOLDS_OBJECT (p))
        check_span (json_node_get_object (p), "start", "end", "text", cps, n);
      JsonNode *c = json_object_get_member (f, "change");
      if (c && JSON_NODE_HOLDS_OBJECT (c))
        check_span (json_node_get_object (c), "start", "end", "text", cps, n);
      /* a fact has a value or a change */
      g_assert_true (!json_object_get_null_member (f, "value") || (c && JSON_NODE_HOLDS_OBJECT (c)));
    }
}

static JsonObject *
only_fact (DsDocument *doc)
{
  JsonArray *facts = facts_of (doc);
  g_assert_cmpuint (json_array_get_length (facts), ==, 1);
  return json_array_get_object_element (facts, 0);
}

static JsonObject *
object_member (JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member (o, name);
  g_assert_true (n && JSON_NODE_HOLDS_OBJECT (n));
  return json_node_get_object (n);
}

static void
test_rate_attached (void)
{
  g_autoptr(DsDocument) doc = run ("2023年1—11月，园区实现工业总产值769.6亿元，同比增长12.1%。", "2024-01-01");
  check_spans (doc);
  JsonObject *f = only_fact (doc);
  g_assert_cmpstr (json_object_get_string_member (f, "metric"), ==, "工业总产值");
  g_assert_cmpfloat (json_object_get_double_member (f, "value"), ==, 76960000000.0);
  g_assert_cmpstr (json_object_get_string_member (f, "unit"), ==, "CNY");
  JsonObject *c = object_member (f, "change");
  g_assert_cmpfloat (json_object_get_double_member (c, "value"), ==, 12.1);
  g_assert_cmpstr (json_object_get_string_member (c, "unit"), ==, "%");
  g_assert_cmpstr (json_object_get_string_member (c, "direction"), ==, "up");
  g_assert_cmpstr (json_object_get_string_member (c, "basis"), ==, "yoy");
  JsonObject *p = object_member (f, "period");
  g_assert_cmpstr (json_object_get_string_member (p, "from"), ==, "2023-01-01");
  g_assert_cmpstr (json_object_get_string_member (p, "to"), ==, "2023-11-30");
  g_assert_cmpstr (json_object_get_string_member (f, "modality"), ==, "actual");
}

static void
test_rate_alone (void)
{
  g_autoptr(DsDocument) doc = run ("2023年，工业增加值比上年增长12%。", "2024-01-10");
  check_spans (doc);
  JsonObject *f = only_fact (doc);
  g_assert_true (json_object_get_null_member (f, "value"));
  g_assert_cmpstr (json_object_get_string_member (f, "metric"), ==, "工业增加值");
  JsonObject *c = object_member (f, "change");
  g_assert_cmpfloat (json_object_get_double_member (c, "value"), ==, 12);
  g_assert_cmpstr (json_object_get_string_member (c, "basis"), ==, "yoy");
  /* 比上年 is the comparison base, not the period */
  g_assert_cmpstr (json_object_get_string_member (object_member (f, "period"), "from"), ==, "2023-01-01");
}

static void
test_decline_mom (void)
{
  g_autoptr(DsDocument) doc = run ("3月份，社会消费品零售总额450亿元，环比下降2.5%。", "2024-04-15");
  check_spans (doc);
  JsonObject *c = object_member (only_fact (doc), "change");
  g_assert_cmpstr (json_object_get_string_member (c, "direction"), ==, "down");
  g_assert_cmpstr (json_object_get_string_member (c, "basis"), ==, "mom");
}

static void
test_percentage_points (void)
{
  g_autoptr(DsDocument) doc = run ("2023年，研发投入强度达到2.5%，比上年提高0.3个百分点。", "2024-01-10");
  check_spans (doc);
  JsonObject *f = only_fact (doc);
  g_assert_cmpfloat (json_object_get_double_member (f, "value"), ==, 2.5);
  JsonObject *c = object_member (f, "change");
  g_assert_cmpfloat (json_object_get_double_member (c, "value"), ==, 0.3);
  g_assert_cmpstr (json_object_get_string_member (c, "unit"), ==, "pp");
  g_assert_cmpstr (json_object_get_string_member (c, "direction"), ==, "up");
}

static void
test_comparison_date (void)
{
  g_autoptr(DsDocument) doc = run ("2023年上半年，开发区实现营业收入300亿元，比2022年同期增长8%。", "2023-07-20");
  check_spans (doc);
  JsonObject *f = only_fact (doc);
  JsonObject *p = object_member (f, "period");
  g_assert_cmpstr (json_object_get_string_member (p, "from"), ==, "2023-01-01");
  g_assert_cmpstr (json_object_get_string_member (p, "to"), ==, "2023-06-30");
  g_assert_cmpstr (json_object_get_string_member (object_member (f, "change"), "basis"), ==, "yoy");
}

static void
test_subjects (void)
{
  g_autoptr(DsDocument) doc =
    run ("嘉峪关工业园区2023年工作回顾\n2023年，园区完成投资5亿元，嘉峪关市住建局投资2亿元，酒钢公司投资2000万元。",
         "2024-01-10");
  check_spans (doc);
  JsonArray *facts = facts_of (doc);
  g_assert_cmpuint (json_array_get_length (facts), ==, 3);
  const char *want[][2] = { { "嘉峪关工业园区", "document" }, { "嘉峪关市住建局", "clause" }, { "酒钢公司", "clause" } };
  for (guint i = 0; i < 3; i++)
    {
      JsonObject *f = json_array_get_object_element (facts, i);
      g_assert_cmpstr (json_object_get_string_member (f, "subject"), ==, want[i][0]);
      g_assert_cmpstr (json_object_get_string_member (f, "subject_source"), ==, want[i][1]);
    }
}

static void
test_not_measuring (void)
{
  g_autoptr(DsDocument) doc = run ("园区在全省排名第3位，项目工期3年。", "2024-01-10");
  g_assert_cmpuint (json_array_get_length (facts_of (doc)), ==, 0);
}

static void
test_bad_no_dates (void)
{
  g_autoptr(DsDocument) doc = run ("园区实现产值5亿元，增长10%。", NULL);
  check_spans (doc);
  JsonObject *f = only_fact (doc);
  g_assert_true (json_object_get_null_member (f, "period"));
  g_assert_nonnull (json_object_get_member (f, "change"));
}

static void
test_bad_no_numbers (void)
{
  g_autoptr(DsDocument) doc = run ("园区坚持创新发展，营商环境持续优化。", "2024-01-10");
  g_assert_cmpuint (json_array_get_length (facts_of (doc)), ==, 0);
  g_autoptr(DsDocument) empty = run ("", NULL);
  g_assert_cmpuint (json_array_get_length (facts_of (empty)), ==, 0);
}

static void
test_bad_table_header_unit (void)
{
  g_autoptr(DsDocument) doc = run ("| 指标 | 2023年（亿元） | 增速（%） |\n| --- | --- | --- |\n"
                                   "| 工业总产值 | 769.6 | 12.1 |\n| 工业增加值 | 115.4 | 12 |\n",
                                   "2024-01-10");
  check_spans (doc);
}

static void
test_bad_many_figures (void)
{
  GString *text = g_string_new ("园区经济运行情况\n");
  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (text, "第%u批项目投资%u亿元，同比增长%u%%；%s", i + 1, i % 97 + 1, i % 13 + 1,
                            i % 50 == 49 ? "\n" : "");
  g_autoptr(DsDocument) doc = run (text->str, "2024-01-10");
  g_string_free (text, TRUE);
  check_spans (doc);
  JsonArray *facts = facts_of (doc);
  g_assert_cmpuint (json_array_get_length (facts), ==, 10000);
  for (guint i = 0; i < 10000; i++)
    g_assert_true (JSON_NODE_HOLDS_OBJECT (json_object_get_member (json_array_get_object_element (facts, i), "change")));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/facts/rate-attached", test_rate_attached);
  g_test_add_func ("/facts/rate-alone", test_rate_alone);
  g_test_add_func ("/facts/decline-mom", test_decline_mom);
  g_test_add_func ("/facts/percentage-points", test_percentage_points);
  g_test_add_func ("/facts/comparison-date", test_comparison_date);
  g_test_add_func ("/facts/subjects", test_subjects);
  g_test_add_func ("/facts/not-measuring", test_not_measuring);
  g_test_add_func ("/facts/bad/no-dates", test_bad_no_dates);
  g_test_add_func ("/facts/bad/no-numbers", test_bad_no_numbers);
  g_test_add_func ("/facts/bad/table-header-unit", test_bad_table_header_unit);
  g_test_add_func ("/facts/bad/many-figures", test_bad_many_figures);
  return g_test_run ();
}
