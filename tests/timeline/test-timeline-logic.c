/* Unit tests of the timeline recogniser/resolver (plugins/timeline/tl-*.c),
 * without the plugin loader: expressions, intervals, bad input, tables.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "tl-cases.h"

static void
test_absolute (void)
{
  static const Case cases[] = {
    { "会议于2022年1月25日召开", R, "2022年1月25日", "2022-01-25", "2022-01-25", "day", 0 },
    { "发布时间: 2022-01-05 09:16", R, "2022-01-05 09:16", "2022-01-05T09:16", "2022-01-05T09:16", "minute", 0 },
    { "于2022/1/5签约", R, "2022/1/5", "2022-01-05", "2022-01-05", "day", 0 },
    { "于2022.01.05签约", R, "2022.01.05", "2022-01-05", "2022-01-05", "day", 0 },
    { "二〇二二年一月二十五日", R, "二〇二二年一月二十五日", "2022-01-25", "2022-01-25", "day", 0 },
    { "回望不凡的2021年", R, "2021年", "2021-01-01", "2021-12-31", "year", 0 },
    { "2017年6月,园区", R, "2017年6月", "2017-06-01", "2017-06-30", "month", 0 },
    { "2017年6月末完成", R, "2017年6月末", "2017-06-30", "2017-06-30", "day", 0 },
    { "2022年6月上旬开工", R, "2022年6月上旬", "2022-06-01", "2022-06-10", "day", 0 },
    { "2022年6月下旬开工", R, "2022年6月下旬", "2022-06-21", "2022-06-30", "day", 0 },
    { "2021年底建成", R, "2021年底", "2021-12-31", "2021-12-31", "day", 0 },
    { "2021年初开工", R, "2021年初", "2021-01-01", "2021-01-01", "day", 0 },
    { "年初以来,园区", R, "年初以来", "2022-01-01", "", NULL, F_RELATIVE | F_SINCE },
    { "年初,园区", R, "年初", "2022-01-01", "2022-01-01", "day", F_RELATIVE },
    { "2023年度工作会议", R, "2023年度", "2023-01-01", "2023-12-31", "year", 0 },
    { "寬減2016/17年度75%的薪俸稅", R, "2016/17年度", "2016-04-01", "2017-03-31", "year", 0 },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_calendars (void)
{
  static const Case cases[] = {
    { "中華民國104年10月10日", NULL, "中華民國104年10月10日", "2015-10-10", "2015-10-10", "day", 0 },
    { "民國98年經濟", NULL, "民國98年", "2009-01-01", "2009-12-31", "year", 0 },
    { "中華民國九十八年元旦", NULL, "中華民國九十八年元旦", "2009-01-01", "2009-01-01", "day", 0 },
    { "中華民國104年國慶", NULL, "中華民國104年國慶", "2015-10-10", "2015-10-10", "day", 0 },
    { "民國104年公告，自104年7月31日生效", NULL, "104年7月31日", "2015-07-31", "2015-07-31", "day", 0 },
    { "２０２２年１月５日", NULL, "２０２２年１月５日", "2022-01-05", "2022-01-05", "day", 0 },
    { "08年奥运会在北京举办", NULL, "08年", "2008-01-01", "2008-12-31", "year", 0 },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_context (void)
{
  static const Case cases[] = {
    { "2019年规划获批。1月25日开工", R, "1月25日", "2019-01-25", "2019-01-25", "day", F_RELATIVE },
    { "1月25日开工", R, "1月25日", "2022-01-25", "2022-01-25", "day", F_RELATIVE },
    { "1月25日开工", NULL, "1月25日", "", "", NULL, F_UNRESOLVED },
    { "2023年,园区发展良好。1—11月,新增企业28家", "2024-01-01", "1—11月", "2023-01-01", "2023-11-30", "month", F_RELATIVE },
    { "1-11月,新增企业28家", R, "1-11月", "2022-01-01", "2022-11-30", "month", F_RELATIVE },
    { "今年上半年,產值增長。上半年,各園區", "2017-07-13", "上半年", "2017-01-01", "2017-06-30", "half", F_RELATIVE },
    { "2022年1月至3月", R, "2022年1月至3月", "2022-01-01", "2022-03-31", "month", 0 },
    { "2022年1月10日至12日", R, "2022年1月10日至12日", "2022-01-10", "2022-01-12", "day", 0 },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_relative (void)
{
  static const Case cases[] = {
    { "今年经济", R, "今年", "2022-01-01", "2022-12-31", "year", F_RELATIVE },
    { "去年增长", R, "去年", "2021-01-01", "2021-12-31", "year", F_RELATIVE },
    { "比上年增长", R, "上年", "2021-01-01", "2021-12-31", "year", F_RELATIVE },
    { "前年投产", R, "前年", "2020-01-01", "2020-12-31", "year", F_RELATIVE },
    { "明年投产", R, "明年", "2023-01-01", "2023-12-31", "year", F_RELATIVE },
    { "后年投产", R, "后年", "2024-01-01", "2024-12-31", "year", F_RELATIVE },
    { "本月开工", R, "本月", "2022-02-01", "2022-02-28", "month", F_RELATIVE },
    { "上月开工", R, "上月", "2022-01-01", "2022-01-31", "month", F_RELATIVE },
    { "近年来园区", R, "近年来", "2018-01-01", "2022-12-31", "years", F_VAGUE | F_RELATIVE },
    { "近三年投资", R, "近三年", "2020-01-01", "2022-12-31", "years", F_RELATIVE },
    { "过去五年", R, "过去五年", "2017-01-01", "2021-12-31", "years", F_RELATIVE }, /* a February review */
    { "未来三年", R, "未来三年", "2023-01-01", "2025-12-31", "years", F_RELATIVE },
    { "今年经济", NULL, "今年", "", "", NULL, F_UNRESOLVED | F_RELATIVE },
    { "去年同期增长", R, "去年同期", "2021-01-01", "2021-12-31", "year", F_RELATIVE },
    { "今年以来,园区", R, "今年以来", "2022-01-01", "", NULL, F_SINCE },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_parts (void)
{
  static const Case cases[] = {
    { "一季度经济运行", R, "一季度", "2022-01-01", "2022-03-31", "quarter", F_RELATIVE },
    { "第一季度经济运行", R, "第一季度", "2022-01-01", "2022-03-31", "quarter", F_RELATIVE },
    { "2021年Q3营收", R, "2021年Q3", "2021-07-01", "2021-09-30", "quarter", 0 },
    { "今年上半年", R, "今年上半年", "2022-01-01", "2022-06-30", "half", F_RELATIVE },
    { "2021年下半年", R, "2021年下半年", "2021-07-01", "2021-12-31", "half", 0 },
    { "前三季度,GDP增长", R, "前三季度", "2022-01-01", "2022-09-30", "quarter", F_RELATIVE },
    { "去年前三季度", R, "去年前三季度", "2021-01-01", "2021-09-30", "quarter", F_RELATIVE },
    { "2023年1—11月", R, "2023年1—11月", "2023-01-01", "2023-11-30", "month", 0 },
    { "实现四年翻一番目标", "2023-06-01", "四年翻一番", "2020-01-01", "2023-12-31", "years", F_RELATIVE },
    { "一季度末", R, "一季度末", "2022-03-31", "2022-03-31", "day", F_RELATIVE },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_ranges (void)
{
  static const Case cases[] = {
    { "规划(2021—2035)", R, "2021—2035", "2021-01-01", "2035-12-31", "years", 0 },
    { "规划(2021-2035年)", R, "2021-2035年", "2021-01-01", "2035-12-31", "years", 0 },
    { "2021年至2025年", R, "2021年至2025年", "2021-01-01", "2025-12-31", "years", 0 },
    { "总体发展规划(20212035)", R, "20212035", "2021-01-01", "2035-12-31", "years", F_REPAIRED },
    { "截至2017年6月末,公司新增融资", R, "截至2017年6月末", "", "2017-06-30", NULL, F_UNTIL },
    { "自2019年以来", R, "自2019年以来", "2019-01-01", "", NULL, F_SINCE },
    { "2019年以来", R, "2019年以来", "2019-01-01", "", NULL, F_SINCE },
    { "2018年以前", R, "2018年以前", "", "2018-12-31", NULL, F_UNTIL },
    { "截至目前,企业累计融资", R, "截至目前", "", R, NULL, F_UNTIL },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_plans (void)
{
  static const Case cases[] = {
    { "“十三五”期间", R, "“十三五”期间", "2016-01-01", "2020-12-31", "years", 0 },
    { "十四五时期", R, "十四五时期", "2021-01-01", "2025-12-31", "years", 0 },
    { "审查“十五五”规划纲要", R, "“十五五”规划", "2026-01-01", "2030-12-31", "years", 0 },
    { "十四五开局之年", R, "十四五开局之年", "2021-01-01", "2021-12-31", "year", 0 },
    { "实现“十四五”良好开局", R, "“十四五”良好开局", "2021-01-01", "2021-12-31", "year", 0 },
    { "“十四五”收官之年", R, "“十四五”收官之年", "2025-01-01", "2025-12-31", "year", 0 },
    { "“十四五”圆满收官", R, "“十四五”圆满收官", "2025-01-01", "2025-12-31", "year", 0 },
    { "第十四个五年规划", R, "第十四个五年规划", "2021-01-01", "2025-12-31", "years", 0 },
    { "进入“十四五”时期的第一次会议,既是对开局之年成绩的肯定", R, "开局之年", "2021-01-01", "2021-12-31", "year", F_RELATIVE },
    { "十五个项目", R, NULL, NULL, NULL, NULL, F_NONE },
    { "九五之尊", R, NULL, NULL, NULL, NULL, F_NONE },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_holidays (void)
{
  static const Case cases[] = {
    { "春节", R, "春节", "2022-02-01", "2022-02-01", "day", F_RELATIVE },
    { "除夕夜", R, "除夕夜", "2022-01-31", "2022-01-31", "day", F_RELATIVE },
    { "元宵节", R, "元宵节", "2022-02-15", "2022-02-15", "day", 0 },
    { "农历小年", R, "农历小年", "2022-01-25", "2022-01-25", "day", 0 },
    { "端午", R, "端午", "2022-06-03", "2022-06-03", "day", 0 },
    { "中秋节", R, "中秋节", "2022-09-10", "2022-09-10", "day", 0 },
    { "国庆节", R, "国庆节", "2022-10-01", "2022-10-01", "day", 0 },
    { "元旦", R, "元旦", "2022-01-01", "2022-01-01", "day", 0 },
    { "清明节", R, "清明节", "2022-04-05", "2022-04-05", "day", 0 },
    { "2024年春节", R, "2024年春节", "2024-02-10", "2024-02-10", "day", 0 },
    { "2023年春节", R, "2023年春节", "2023-01-22", "2023-01-22", "day", 0 },
    { "2025年春节", R, "2025年春节", "2025-01-29", "2025-01-29", "day", 0 },
    { "春节期间生产", R, "春节期间", "2022-01-31", "2022-02-06", "day", 0 },
    { "春节前后,走访", R, "春节前后", "2022-01-25", "2022-02-08", "day", F_VAGUE },
    { "农历2015年十月初一", R, "农历2015年十月初一", "2015-11-12", "2015-11-12", "day", 0 },
    { "春节", NULL, "春节", "", "", NULL, F_UNRESOLVED },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_political (void)
{
  static const Case cases[] = {
    { "党的十九大", R, "党的十九大", "2017-10-18", "2017-10-24", "day", 0 },
    { "十九届六中全会", R, "十九届六中全会", "2021-11-08", "2021-11-11", "day", 0 },
    { "黨的十九屆六中全會", R, "黨的十九屆六中全會", "2021-11-08", "2021-11-11", "day", 0 },
    { "贯彻落实中央经济工作会议精神", R, "中央经济工作会议", "2021-12-08", "2021-12-10", "day", F_RELATIVE },
    { "2018年中央经济工作会议", R, "2018年中央经济工作会议", "2018-12-19", "2018-12-21", "day", 0 },
    { "2022年是党的二十大召开之年", R, "党的二十大召开之年", "2022-01-01", "2022-12-31", "year", 0 },
    { "今年全国两会", "2023-05-01", "今年全国两会", "2023-03-04", "2023-03-13", "day", F_RELATIVE },
    { "贯彻全国两会精神", "2023-05-01", "全国两会", "2023-03-04", "2023-03-13", "day", F_RELATIVE },
    { "省市两会工作部署", R, "两会", NULL, NULL, NULL, F_NONE },
    { "十三届全国人大四次会议", R, "十三届全国人大四次会议", "2021-03-04", "2021-03-11", "day", F_VAGUE },
    { "中央经济工作会议", NULL, "中央经济工作会议", "", "", NULL, F_UNRESOLVED },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_not_dates (void)
{
  static const Case cases[] = {
    { "位列百强榜单第82名", R, NULL, NULL, NULL, NULL, F_NONE },
    { "用了3年时间", R, NULL, NULL, NULL, NULL, F_NONE },
    { "中核四0四的鼎力支持", R, NULL, NULL, NULL, NULL, F_NONE },
    { "推行周一干部学习制度", R, NULL, NULL, NULL, NULL, F_NONE },
    { "增长12.1%,达到2022亿元", R, NULL, NULL, NULL, NULL, F_NONE },
    { "3个月内完成", R, NULL, NULL, NULL, NULL, F_NONE },
    { "99999年", R, NULL, NULL, NULL, NULL, F_NONE },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_anniversary (void)
{
  static const Case cases[] = {
    { "园区2003年建园。迎来了建园20周年", R, "建园20周年", "2023-01-01", "2023-12-31", "year", 0 },
    { "2023年,我们迎来了建园20周年", R, "建园20周年", "2023-01-01", "2023-12-31", "year", F_RELATIVE },
    { "庆祝新中国成立70周年", R, "新中国成立70周年", "2019-01-01", "2019-12-31", "year", 0 },
    { "迎来了建园20周年", NULL, "建园20周年", "", "", NULL, F_UNRESOLVED },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
  /* the derivation is stated */
  TlText *t;
  const char *in = "2023年,我们迎来了建园20周年";
  GArray *a = scan (in, R, &t);
  const TlExpr *e = find (a, in, "建园20周年");
  g_assert_nonnull (e);
  g_assert_nonnull (e->note);
  g_assert_nonnull (strstr (e->note, "2003"));
  g_array_unref (a);
  tl_text_free (t);
}

static void
test_bad_input (void)
{
  static const Case cases[] = {
    { "0000年1月1日", R, "0000年1月1日", "", "", NULL, F_UNRESOLVED },
    { "2022年2月30日", R, "2022年2月30日", "", "", NULL, F_UNRESOLVED },
    { "2021年2月29日", R, "2021年2月29日", "", "", NULL, F_UNRESOLVED },
    { "2020年2月29日", R, "2020年2月29日", "2020-02-29", "2020-02-29", "day", 0 },
    { "13月", R, "13月", "", "", NULL, F_UNRESOLVED },
    { "2022年13月", R, "2022年13月", "", "", NULL, F_UNRESOLVED },
    { "2022-13-45", R, "2022-13-45", "", "", NULL, F_UNRESOLVED },
    { "会议于2022年\n1月25日召开", R, "2022年\n1月25日", "2022-01-25", "2022-01-25", "day", 0 },
    { "会议于2022年1月\n25日召开", R, "2022年1月\n25日", "2022-01-25", "2022-01-25", "day", 0 },
    { "范围(2035—2021)", R, NULL, NULL, NULL, NULL, F_NONE },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
  /* the reasons say what is wrong */
  TlText *t;
  const char *in = "2022年2月30日";
  GArray *a = scan (in, R, &t);
  const TlExpr *e = find (a, in, in);
  g_assert_nonnull (strstr (e->reason, "2月30日"));
  g_array_unref (a);
  tl_text_free (t);
  /* broken UTF-8 and NULs do not crash */
  const char junk[] = "2022年\xff\xfe" "1月\0" "25日 \xe4\xb8";
  TlText *j = tl_text_new (junk, sizeof junk - 1);
  TlScanOptions o = { .has_ref = TRUE, .ref = 19000, .taiwan = 0 };
  GArray *b = tl_scan (&tables, j, &o);
  g_assert_nonnull (b);
  g_array_unref (b);
  tl_text_free (j);
}

static void
test_huge (void)
{
  /* ~6 MB of repeated report text: linear time, every date found */
  const char *unit = "2021年1—11月,园区工业增加值同比增长12.1%;截至2017年6月末,公司新增融资43亿元。今年上半年,开发区产值预计增长25%左右。\n";
  GString *s = g_string_new (NULL);
  guint reps = 30000;
  for (guint i = 0; i < reps; i++)
    g_string_append (s, unit);
  gint64 t0 = g_get_monotonic_time ();
  TlText *t = tl_text_new (s->str, s->len);
  TlScanOptions o = { .has_ref = TRUE, .taiwan = 0 };
  tl_parse_iso_day ("2022-01-05", &o.ref);
  GArray *a = tl_scan (&tables, t, &o);
  tl_sort (a);
  gint64 t1 = g_get_monotonic_time ();
  g_test_message ("%.1f MB in %.2f s", s->len / 1e6, (t1 - t0) / 1e6);
  g_assert_cmpuint (a->len, ==, 3 * reps);
  /* sorted: the until-bound (to 2017-06-30) first */
  const TlExpr *first = &g_array_index (a, TlExpr, 0);
  g_assert_cmpstr (first->bound, ==, "until");
  g_array_unref (a);
  tl_text_free (t);
  g_string_free (s, TRUE);
}

static void
test_events_tense (void)
{
  TlText *t;
  const char *in = "2023年,是全面贯彻落实党的二十大精神的开局之年。预计全年达到820亿元。2017年已经过半,计划2025年建成。";
  GArray *a = scan (in, "2024-01-01", &t);
  const TlExpr *e = find (a, in, "2023年");
  g_assert_nonnull (e);
  g_autofree char *ev = g_strndup (in + e->ev_start, e->ev_end - e->ev_start);
  g_assert_nonnull (strstr (ev, "开局之年"));
  e = find (a, in, "全年");
  g_assert_nonnull (e);
  g_assert_cmpint (e->tense, ==, TL_TENSE_PLANNED);
  e = find (a, in, "2017年");
  g_assert_cmpint (e->tense, ==, TL_TENSE_PAST);
  e = find (a, in, "2025年");
  g_assert_cmpint (e->tense, ==, TL_TENSE_PLANNED);
  g_autofree char *ev2 = g_strndup (in + e->ev_start, e->ev_end - e->ev_start);
  g_assert_cmpstr (ev2, ==, "计划2025年建成");
  g_array_unref (a);
  tl_text_free (t);
}

/* found reading the 58 corpus documents (cases written from reasoning) */
static void
test_present (void)
{
  static const Case cases[] = {
    { "目前,园区已有企业37家", R, "目前", R, R, "day", F_VAGUE | F_RELATIVE },
    { "如今,这里已成为产业高地", R, "如今", R, R, "day", F_VAGUE | F_RELATIVE },
    { "由現時4萬元擴至4.5萬元", R, "現時", R, R, "day", F_VAGUE | F_RELATIVE },
    { "近日,市里制订规划", R, "近日", "2022-01-10", R, "day", F_VAGUE | F_RELATIVE },
    { "科学院日前在世界上首次发现", R, "日前", "2022-01-10", R, "day", F_VAGUE | F_RELATIVE },
    { "广东迄今为止投资最大", R, "迄今为止", "", R, NULL, F_UNTIL },
    { "具有中国特色、体现时代特点", R, "现时", NULL, NULL, NULL, F_NONE },
    { "这是实现阶段性目标", R, "现阶段", NULL, NULL, NULL, F_NONE },
    { "表现在以下方面", R, "现在", NULL, NULL, NULL, F_NONE },
    { "五一节日前后", R, "日前", NULL, NULL, NULL, F_NONE },
    { "按平均当前运营评估", R, "当前", NULL, NULL, NULL, F_NONE },
    { "最快到年中才見頂", "2021-01-19", "年中", "2021-06-01", "2021-07-31", "month", F_VAGUE | F_RELATIVE },
    { "青年中心开放", R, "年中", NULL, NULL, NULL, F_NONE },
    { "在新的一年中,期盼", R, "年中", NULL, NULL, NULL, F_NONE },
    { "项目年内建成投产", R, "年内", "2022-01-01", "2022-12-31", "year", F_RELATIVE },
    { "争取在10年内成为基地", R, "年内", NULL, NULL, NULL, F_NONE },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_context_asides (void)
{
  static const Case cases[] = {
    /* a comparison base is not the context: the next 一季度 is this year's */
    { "今年一季度GDP比2021年四季度增长1.3%。从就业看,一季度城镇新增就业", "2022-04-18", "一季度", "2022-01-01", "2022-03-31", "quarter", F_RELATIVE },
    { "一季度增长7.0%,低于去年7.4%的增速。从就业指标看,一季度城镇新增就业", "2015-04-15", "一季度", "2015-01-01", "2015-03-31", "quarter", F_RELATIVE },
    { "一季度消费增长10.8%,和去年基本持平。从物价看,一季度居民消费价格", "2015-04-15", "一季度", "2015-01-01", "2015-03-31", "quarter", F_RELATIVE },
    /* a target year does not survive a paragraph break */
    { "产能到2020年超过800万马力。\n产品将于7月份开始制造", "2011-07-01", "7月份", "2011-07-01", "2011-07-31", NULL, 0 },
    { "国家提高2014年小麦最低收购价格\n前三季度我国进出口总值同比增7.7%", "2013-10-12", "前三季度", "2013-01-01", "2013-09-30", "quarter", F_RELATIVE },
    /* ... but a past year does */
    { "2019年规划获批。\n1月25日开工", R, "1月25日", "2019-01-25", "2019-01-25", "day", F_RELATIVE },
    /* 当年 after N年前 is that year */
    { "李师傅所说的,是十年前的铁西。当年,几千家企业云集", "2012-08-03", "当年", "2002-01-01", "2002-12-31", "year", F_RELATIVE },
    /* 去年同期: the period in context, a year earlier */
    { "第一季GDP比去年同期增長18.3%", "2021-04-16", "去年同期", "2020-01-01", "2020-03-31", "quarter", F_RELATIVE },
    { "今年1至9月,产值比上年同期增长14.6%", "2016-11-17", "上年同期", "2015-01-01", "2015-09-30", "month", F_RELATIVE },
    { "绝对值比去年同期多了1万亿元", "2015-04-15", "去年同期", "2014-01-01", "2014-12-31", "year", F_VAGUE | F_RELATIVE },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

/* gaps found reading the corpus (expected intervals reasoned from the text) */
static void
test_gaps (void)
{
  static const Case cases[] = {
    /* last year's months in a January release: nearest month, nothing planned */
    { "2021-01-19 本港最新数字是10至12月的平均数", "2021-01-19", "10至12月", "2020-10-01", "2020-12-31", "month", F_RELATIVE },
    { "估计12月的失业率可能高达7.2%", "2021-01-19", "12月", "2020-12-01", "2020-12-31", "month", F_RELATIVE },
    /* ... but not a planned one, nor a month close to the reference month */
    { "园区计划12月开工", "2021-01-19", "12月", "2021-12-01", "2021-12-31", "month", F_RELATIVE },
    { "产品将于7月份开始制造", "2011-07-01", "7月份", "2011-07-01", "2011-07-31", NULL, 0 },
    { "5月,园区新增企业", "2021-02-09", "5月", "2021-05-01", "2021-05-31", "month", F_RELATIVE },
    /* nor a month after an explicit year */
    { "2021年,园区发展良好。10月,新增企业", "2021-01-19", "10月", "2021-10-01", "2021-10-31", "month", F_RELATIVE },
    /* a bound naming a month sets the year in context (within its paragraph) */
    { "商户自去年2月疫情爆发,已经亏蚀。但年底再爆发疫情", "2021-01-19", "年底", "2020-12-31", "2020-12-31", "day", F_RELATIVE },
    { "商户自去年2月疫情爆发。\n失业率最快到年中才会见顶", "2021-01-19", "年中", "2021-06-01", "2021-07-31", "month", F_VAGUE | F_RELATIVE },
    /* N年后 in a narrative about a past year counts from that year; 倒退到 is not a deadline */
    { "时间倒退到2013年,产业薄弱。一年后,重庆方面出售股票", "2016-07-11", "一年后", "2014-01-01", "2014-12-31", "year", F_RELATIVE },
    { "一年后,项目投产", "2016-07-11", "一年后", "2017-07-11", "2017-07-11", "day", F_VAGUE | F_RELATIVE },
    /* 再过两个月: two months after the reference date */
    { "再过两个月,高速就要通车", "2014-08-02", "再过两个月", "2014-10-02", "2014-10-02", "day", F_VAGUE | F_RELATIVE },
    /* 三年多来 (N年多来), 半年来/半年來 (six months back) */
    { "挂牌三年多来,坚持创新", "2017-01-14", "三年多来", NULL, NULL, NULL, F_NONE },
    { "半年來,監察院恢復機能", "2009-01-01", "半年來", NULL, NULL, NULL, F_NONE },
    { "近半年来的社会事件", "2019-12-04", "近半年来", "2019-07-01", "2019-12-31", "month", F_RELATIVE },
    { "上半年来看", "2019-12-04", "半年来", NULL, NULL, NULL, F_NONE },
    /* seasons: the winter under way in January; other seasons of the reference year */
    { "在这个冬天,东北", "2020-01-12", "这个冬天", "2019-12-01", "2020-02-29", "month", F_VAGUE | F_RELATIVE },
    { "今冬明春", "2020-11-12", "今冬", "2020-12-01", "2021-02-28", "month", F_VAGUE | F_RELATIVE },
    { "今年冬天供暖", "2020-01-12", "今年冬天", "2019-12-01", "2020-02-29", "month", F_VAGUE | F_RELATIVE },
    { "今年夏天供电", "2020-01-12", "今年夏天", "2020-06-01", "2020-08-31", "month", F_VAGUE | F_RELATIVE },
    { "2022年冬季奥运会", "2020-01-12", "2022年冬季", NULL, NULL, NULL, F_NONE },
    /* 回归N周年: Hong Kong 1997, Macao 1999 */
    { "香港特区政府在回歸20周年資助活動", "2017-02-22", "回歸20周年", "2017-01-01", "2017-12-31", "year", 0 },
    { "庆祝澳门回归祖国20周年", NULL, "回归祖国20周年", "2019-01-01", "2019-12-31", "year", 0 },
    /* Minguo 100年至今 in Taiwan text */
    { "民國99年,我們簽署協議;100年至今,我們簽訂", "2015-10-10", "100年至今", "2011-01-01", "2015-10-10", NULL, 0 },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

/* times of day after dates, relative days and weekdays (minute granularity) */
static void
test_times (void)
{
  static const Case cases[] = {
    { "明天下午5:00开会", "2016-11-07", "明天下午5:00", "2016-11-08T17:00", "2016-11-08T17:00", "minute", F_RELATIVE },
    { "2010.01.29晚上六点", NULL, "2010.01.29晚上六点", "2010-01-29T18:00", "2010-01-29T18:00", "minute", 0 },
    { "今晚6点直播", "2016-11-07", "今晚6点", "2016-11-07T18:00", "2016-11-07T18:00", "minute", F_RELATIVE },
    { "今早8点十五分", "2016-11-07", "今早8点十五分", "2016-11-07T08:15", "2016-11-07T08:15", "minute", F_RELATIVE },
    { "2022年1月5日上午9:30召开", NULL, "2022年1月5日上午9:30", "2022-01-05T09:30", "2022-01-05T09:30", "minute", 0 },
    { "2022年1月5日凌晨2点半", NULL, "2022年1月5日凌晨2点半", "2022-01-05T02:30", "2022-01-05T02:30", "minute", 0 },
    { "2022年1月5日晚上8时", NULL, "2022年1月5日晚上8时", "2022-01-05T20:00", "2022-01-05T20:00", "minute", 0 },
    { "从昨天下午两点到明天四点", "2016-11-07", "从昨天下午两点到明天四点", "2016-11-06T14:00", "2016-11-08T04:00", "minute", 0 },
    { "2016年12月15日晚上7:00到8:00的会议", NULL, "2016年12月15日晚上7:00到8:00", "2016-12-15T19:00", "2016-12-15T20:00", "minute", 0 },
    { "上周五下午3点", "2016-11-07", "上周五下午3点", "2016-11-04T15:00", "2016-11-04T15:00", "minute", F_RELATIVE },
    { "周一上午10点到12点有空吗", "2016-11-09", "周一上午10点到12点", "2016-11-07T10:00", "2016-11-07T12:00", "minute", F_RELATIVE },
    /* a time with no day is not read; an hour that is not one stays out */
    { "下午5:00开会", "2016-11-07", "下午5:00", NULL, NULL, NULL, F_NONE },
    { "1月5日25点", "2016-11-07", "1月5日25点", NULL, NULL, NULL, F_NONE },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_fiscal_quarters (void)
{
  static const Case cases[] = {
    { "大學研發撥款由2013-14年度的44.6億元增加", R, "2013-14年度", "2013-04-01", "2014-03-31", "year", 0 },
    { "2016/ 17年度盈餘:928億元", R, "2016/ 17年度", "2016-04-01", "2017-03-31", "year", 0 },
    { "預計2017/18年將錄得163億元的綜合盈餘", R, "2017/18年", "2017-04-01", "2018-03-31", "year", 0 },
    { "寬免2017/18年度4季的差餉", R, "4季", NULL, NULL, NULL, F_NONE },
    { "一年四季如春", R, "四季", NULL, NULL, NULL, F_NONE },
    { "寬減四季的住宅物業差餉", R, "四季", NULL, NULL, NULL, F_NONE },
    { "今年第一季GDP增長", R, "今年第一季", "2022-01-01", "2022-03-31", "quarter", F_RELATIVE },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_events_clauses (void)
{
  TlText *t;
  const char *in = "央视网消息(新闻联播)：2015年，我国发布《中国制造2025》。特别是2013年以来，长飞加大投入。"
                   "2013年9月29日，中国上海自由贸易试验区正式挂牌。";
  GArray *a = scan (in, "2016-11-17", &t);
  const TlExpr *e = find (a, in, "2015年");
  g_assert_nonnull (e);
  g_autofree char *ev = g_strndup (in + e->ev_start, e->ev_end - e->ev_start);
  /* the full-width colon ends the clause: the year heads its own and dates the next */
  g_assert_cmpstr (ev, ==, "2015年，我国发布《中国制造2025》");
  e = find (a, in, "2013年以来");
  g_assert_nonnull (e);
  g_autofree char *ev2 = g_strndup (in + e->ev_start, e->ev_end - e->ev_start);
  g_assert_cmpstr (ev2, ==, "特别是2013年以来，长飞加大投入");
  /* 正式 is not 正 (in progress): a past date without markers is past */
  e = find (a, in, "2013年9月29日");
  g_assert_nonnull (e);
  g_assert_cmpint (e->tense, ==, TL_TENSE_PAST);
  g_array_unref (a);
  tl_text_free (t);
}

static void
test_published (void)
{
  static const struct
  {
    const char *text, *want, *source;
  } cases[] = {
    { "新年贺词\n\n发布日期:2024-01-01 14:48 浏览次数:\n正文", "2024-01-01", "header:发布日期" },
    { "标题\n來源:未知 日期:2017-07-13 點擊:次\n正文", "2017-07-13", "header:日期" },
    { "标题\n\n   2022-02-09 银川经开区\n核心提示:2022年1月25日,银川", "2022-02-09", "dateline" },
    { "中華民國104年國慶　總統講話\n中華民國104年10月10日\n\n正文", "2015-10-10", "dateline" },
    { "没有日期的标题\n今年一季度经济运行强势开局。", NULL, NULL },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *norm = tl_cases_normalize (cases[i].text);
      TlText *t = tl_text_new (norm, strlen (norm));
      gint32 day;
      int minute;
      const char *src;
      gsize s, e;
      gboolean ok = tl_find_published (&tables, t, &day, &minute, &src, &s, &e);
      g_assert_cmpint (ok, ==, cases[i].want != NULL);
      if (ok)
        {
          char buf[32];
          tl_format_day (day, buf, sizeof buf);
          g_assert_cmpstr (buf, ==, cases[i].want);
          g_assert_cmpstr (src, ==, cases[i].source);
        }
      tl_text_free (t);
    }
}

static void
test_sort (void)
{
  TlText *t;
  const char *in = "一季度增长。明年投产。2017年6月开工,截至2016年底完成。";
  GArray *a = scan (in, "2022-02-09", &t);
  tl_sort (a);
  g_assert_cmpuint (a->len, ==, 4);
  const char *order[] = { "截至2016年底", "2017年6月", "一季度", "明年" };
  for (guint i = 0; i < 4; i++)
    {
      const TlExpr *e = &g_array_index (a, TlExpr, i);
      g_autofree char *s = g_strndup (in + e->start, e->end - e->start);
      g_assert_cmpstr (s, ==, order[i]);
    }
  g_array_unref (a);
  tl_text_free (t);
}

static void
test_lunar_table (void)
{
  gint32 z;
  char buf[32];
  /* seed 003: 2022年1月25日 is 农历小年 (lunar 2021-12-23) */
  g_assert_true (tl_lunar_to_solar (lunar, 2021, 12, 23, FALSE, &z));
  tl_format_day (z, buf, sizeof buf);
  g_assert_cmpstr (buf, ==, "2022-01-25");
  static const char *const ny[][2] = { { "1900", "1900-01-31" }, { "2000", "2000-02-05" }, { "2020", "2020-01-25" },
                                       { "2033", "2033-01-31" }, { "2100", "2100-02-09" } };
  for (guint i = 0; i < G_N_ELEMENTS (ny); i++)
    {
      g_assert_true (tl_lunar_new_year (lunar, atoi (ny[i][0]), &z));
      tl_format_day (z, buf, sizeof buf);
      g_assert_cmpstr (buf, ==, ny[i][1]);
    }
  /* 2033 has the leap 11th month the classic tables got wrong; 2023 a leap 2nd */
  g_assert_true (tl_lunar_to_solar (lunar, 2033, 11, 1, TRUE, &z));
  g_assert_true (tl_lunar_to_solar (lunar, 2023, 2, 1, TRUE, &z));
  tl_format_day (z, buf, sizeof buf);
  g_assert_cmpstr (buf, ==, "2023-03-22");
  g_assert_false (tl_lunar_to_solar (lunar, 2022, 2, 1, TRUE, &z));
  g_assert_false (tl_lunar_new_year (lunar, 1899, &z));
  g_assert_false (tl_lunar_new_year (lunar, 2101, &z));
}

static void
test_tables_broken (void)
{
  g_autoptr (GError) error = NULL;
  const char *bad_lunar = "# header\n2021\t2021-02-12\t0\tSLLSLSLSLSLS\n2022\t2022-02-02\t0\tLSLSLLSLSLSL\n";
  g_assert_null (tl_lunar_table_parse (bad_lunar, strlen (bad_lunar), "timeline-lunar.tsv", &error));
  g_assert_nonnull (strstr (error->message, "timeline-lunar.tsv:3"));
  g_clear_error (&error);
  const char *bad_len = "2021\t2021-02-12\t3\tSLLSLSLSLSLS\n";
  g_assert_null (tl_lunar_table_parse (bad_len, strlen (bad_len), "x.tsv", &error));
  g_clear_error (&error);
  const char *bad_pol = "党的十九大\t2017-10-18\n";
  g_assert_null (tl_pol_calendar_parse (bad_pol, strlen (bad_pol), "calendar-political.tsv", &error));
  g_assert_nonnull (strstr (error->message, "calendar-political.tsv:1"));
  g_clear_error (&error);
  const char *bad_date = "党的十九大\t2017-10-18\t2017-02-30\n";
  g_assert_null (tl_pol_calendar_parse (bad_date, strlen (bad_date), "calendar-political.tsv", &error));
  g_clear_error (&error);
  g_assert_null (tl_lunar_table_load ("/nonexistent/timeline-lunar.tsv", &error));
  g_assert_nonnull (error);
}

static void
test_qingming (void)
{
  /* 清明: 2008-04-04, 2020-04-04, 2022-04-05, 2023-04-05, 2024-04-04 */
  g_assert_cmpint (tl_qingming_day (2008), ==, 4);
  g_assert_cmpint (tl_qingming_day (2020), ==, 4);
  g_assert_cmpint (tl_qingming_day (2022), ==, 5);
  g_assert_cmpint (tl_qingming_day (2023), ==, 5);
  g_assert_cmpint (tl_qingming_day (2024), ==, 4);
}

static void
test_civil (void)
{
  for (gint32 z = -800000; z < 3000000; z += 37)
    {
      int y, m, d;
      tl_civil_from_days (z, &y, &m, &d);
      g_assert_cmpint (tl_days_from_civil (y, m, d), ==, z);
    }
  g_assert_cmpint (tl_weekday (tl_days_from_civil (2024, 1, 1)), ==, 1);
  g_assert_false (tl_date_valid (0, 1, 1));
  g_assert_false (tl_date_valid (2022, 2, 29));
  g_assert_true (tl_date_valid (2000, 2, 29));
  g_assert_false (tl_date_valid (1900, 2, 29));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  tl_cases_load_tables ();
  g_test_add_func ("/timeline/civil", test_civil);
  g_test_add_func ("/timeline/gaps", test_gaps);
  g_test_add_func ("/timeline/times", test_times);
  g_test_add_func ("/timeline/absolute", test_absolute);
  g_test_add_func ("/timeline/calendars", test_calendars);
  g_test_add_func ("/timeline/context", test_context);
  g_test_add_func ("/timeline/relative", test_relative);
  g_test_add_func ("/timeline/parts", test_parts);
  g_test_add_func ("/timeline/ranges", test_ranges);
  g_test_add_func ("/timeline/plans", test_plans);
  g_test_add_func ("/timeline/holidays", test_holidays);
  g_test_add_func ("/timeline/political", test_political);
  g_test_add_func ("/timeline/not-dates", test_not_dates);
  g_test_add_func ("/timeline/anniversary", test_anniversary);
  g_test_add_func ("/timeline/bad-input", test_bad_input);
  g_test_add_func ("/timeline/huge", test_huge);
  g_test_add_func ("/timeline/events-tense", test_events_tense);
  g_test_add_func ("/timeline/present", test_present);
  g_test_add_func ("/timeline/context-asides", test_context_asides);
  g_test_add_func ("/timeline/fiscal-quarters", test_fiscal_quarters);
  g_test_add_func ("/timeline/events-clauses", test_events_clauses);
  g_test_add_func ("/timeline/published", test_published);
  g_test_add_func ("/timeline/sort", test_sort);
  g_test_add_func ("/timeline/lunar-table", test_lunar_table);
  g_test_add_func ("/timeline/tables-broken", test_tables_broken);
  g_test_add_func ("/timeline/qingming", test_qingming);
  int rc = g_test_run ();
  tl_cases_free_tables ();
  return rc;
}
