/* Cases written from ../shared/eval/GUIDE.md (the specification of the
 * timeline layer) and issue 12, one group per class of expression; the
 * sentences are our own, in the style of the genres (news, statistical
 * releases, notices, Hong Kong and Taiwan texts).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>
#include <locale.h>
#include <string.h>

#include "tl-cases.h"

/* words that look like dates and are not; named plans that are not the
 * five-year plans */
static void
test_not_dates_names (void)
{
  static const Case cases[] = {
    { "三亚新设立四个市内“一日游”咨询中心", R, "一日", NULL, NULL, NULL, F_NONE },
    { "保证一日三餐供应", R, "一日", NULL, NULL, NULL, F_NONE },
    { "由光明日报社主办", R, "明日", NULL, NULL, NULL, F_NONE },
    { "新版本明日上线", R, "明日", "2022-02-10", "2022-02-10", "day", F_RELATIVE },
    { "体味不同年代劳动者的追求", R, "同年", NULL, NULL, NULL, F_NONE },
    /* 普法 plans count from 一五普法 (1986–1990): 七五 = 2016–2020, 八五 = 2021–2025 */
    { "全面完成七五普法规划", R, "七五普法规划", "2016-01-01", "2020-12-31", "years", 0 },
    { "启动“八五”普法", R, "“八五”普法", "2021-01-01", "2025-12-31", "years", 0 },
    { "九五期间投资翻番", R, "九五期间", "1996-01-01", "2000-12-31", "years", 0 },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

/* bounds and parts of periods (GUIDE: 年末/年底 → the last day of the year,
 * 月初 the first day; X前 / X以前 / 截至X → from null to X, X included) */
static void
test_bounds (void)
{
  static const Case cases[] = {
    { "工程计划于2011年底竣工", R, "2011年底", "2011-12-31", "2011-12-31", "day", 0 },
    { "项目预计今年年底可投产", R, "今年年底", "2022-12-31", "2022-12-31", "day", F_RELATIVE },
    { "明年底前完成搬迁", R, "明年底前", "", "2023-12-31", NULL, F_UNTIL | F_RELATIVE },
    { "争取在今年年底前完成主体建设", R, "今年年底前", "", "2022-12-31", NULL, F_UNTIL },
    { "全线桥梁年底前将全部完工", R, "年底前", "", "2022-12-31", NULL, F_UNTIL },
    { "今年初的失业率会持续上升", R, "今年初", "2022-01-01", "2022-01-01", "day", 0 },
    { "2023年，我国经济回升。年末全国就业人员7亿人", R, "年末", "2023-12-31", "2023-12-31", "day", F_RELATIVE },
    { "项目于本月初开工", R, "本月初", "2022-02-01", "2022-02-01", "day", F_RELATIVE },
    { "计划6月底完成路面摊铺", R, "6月底", "2022-06-30", "2022-06-30", "day", 0 },
    { "截至2017年6月末，园区企业", R, "截至2017年6月末", "", "2017-06-30", NULL, F_UNTIL },
    { "2019年2月末", R, "2019年2月末", "2019-02-28", "2019-02-28", "day", 0 },
    { "设备于2020年7月10日以前未运转", R, "2020年7月10日以前", "", "2020-07-10", NULL, F_UNTIL },
    { "于10月1日前提交申请", R, "10月1日前", "", "2022-10-01", NULL, F_UNTIL },
    /* not bounds: 前后, 前夕, 前三季度 */
    { "春节前后客流高峰", R, "春节前后", "2022-01-25", "2022-02-08", NULL, F_VAGUE },
    { "5月1日前后", R, "5月1日", "2022-05-01", "2022-05-01", "day", 0 },
    { "2022年前三季度", R, "2022年前三季度", "2022-01-01", "2022-09-30", "quarter", 0 },
    /* 上旬/中旬/下旬 keep their thirds */
    { "3月下旬召开", R, "3月下旬", "2022-03-21", "2022-03-31", "day", 0 },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

/* one range, one item: 自…起至…止, 12—19日 */
static void
test_one_range (void)
{
  static const Case cases[] = {
    { "费率自中華民國98年7月10日起至中華民國99年12月31日止適用", R, "自中華民國98年7月10日起至中華民國99年12月31日止",
      "2009-07-10", "2010-12-31", "day", 0 },
    { "自2021年1月1日起至2021年12月31日止", R, "自2021年1月1日起至2021年12月31日止", "2021-01-01", "2021-12-31", "day", 0 },
    { "展会于2019年4月12—19日举办", R, "2019年4月12—19日", "2019-04-12", "2019-04-19", "day", 0 },
    { "4月12至19日举办", R, "4月12至19日", "2022-04-12", "2022-04-19", "day", 0 },
    { "2019年4月12日9时至18时开放", R, "2019年4月12日9时至18时", "2019-04-12T09:00", "2019-04-12T18:00", "minute", 0 },
    /* 自/从 X with no 起/以来: X itself (a point of comparison or departure) */
    { "森林覆盖率从2017年的11%提高到34%", R, "2017年", "2017-01-01", "2017-12-31", "year", 0 },
    { "商户自去年2月疫情爆发已亏损", R, "去年2月", "2021-02-01", "2021-02-28", "month", F_RELATIVE },
    { "从2019年1月1日起施行", R, "从2019年1月1日起", "2019-01-01", "", NULL, F_SINCE },
    { "自从2018年，销量", R, "自从2018年", "2018-01-01", "", NULL, F_SINCE },
    { "从今年开始，全面推行", R, "从今年开始", "2022-01-01", "", NULL, F_SINCE },
    /* 开始 as a verb: 7月份开始制造 is July */
    { "产品将于7月份开始制造", R, "7月份", "2022-07-01", "2022-07-31", "month", 0 },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

/* numeric forms: two-digit years by the reference (九五年, 95年3月 → 1995) */
static void
test_numeric_forms (void)
{
  static const Case cases[] = {
    { "九五年他来到深圳", R, "九五年", "1995-01-01", "1995-12-31", "year", 0 },
    { "零八年奥运会在北京举办", R, "零八年", "2008-01-01", "2008-12-31", "year", 0 },
    { "95年3月成立", R, "95年3月", "1995-03-01", "1995-03-31", "month", 0 },
    { "18年10月1日到19年2月3日", R, "18年10月1日到19年2月3日", "2018-10-01", "2019-02-03", "day", 0 },
    /* counts, not years */
    { "我们用了三五年时间", R, "三五年", NULL, NULL, NULL, F_NONE },
    { "五六年前他来过", R, NULL, NULL, NULL, NULL, F_NONE },
    { "经过十五年发展", R, "十五年", NULL, NULL, NULL, F_NONE },
    { "他活了95年", R, "95年", NULL, NULL, NULL, F_NONE },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

/* the year in context (GUIDE Clarifications): 上年 against the year reported
 * on, 当时/当年 the year just talked about, 近N年/过去N年 ending with the
 * passage's year, windows of months, 即日, durations that are not dates */
static void
test_year_in_context (void)
{
  static const Case cases[] = {
    { "2024年，全市工业增加值比上年增长5.8%", "2025-01-17", "上年", "2023-01-01", "2023-12-31", "year", F_RELATIVE },
    { "2024年末常住人口城镇化率比上年末提高0.8个百分点", "2025-01-17", "上年末", "2023-12-31", "2023-12-31", "day", 0 },
    { "全市工业增加值比上年增长5.8%", "2025-01-17", "上年", "2024-01-01", "2024-12-31", "year", F_RELATIVE },
    { "2023年全市工业增加值增长6%，过去三年年均增长5%", "2024-02-20", "过去三年", "2021-01-01", "2023-12-31", "years", 0 },
    { "今年首季GDP增长，过去两年平均增长5%", "2021-04-16", "过去两年", "2020-01-01", "2021-12-31", "years", 0 },
    { "回顾过去一年，园区实现良好开局", "2022-01-25", "过去一年", "2021-01-01", "2021-12-31", "year", 0 },
    { "过去五年，全市经济总量翻番", "2022-06-25", "过去五年", "2018-01-01", "2022-12-31", "years", 0 },
    { "2024年，经济运行稳中有进。全年工业增加值比上年增长5.8%", "2025-01-17", "上年", "2023-01-01", "2023-12-31", "year", 0 },
    /* a narrative year or 去年 is not the year reported on */
    { "去年经济受疫情影响，基数下跌。过去两年平均增长5%", "2021-04-16", "过去两年", "2020-01-01", "2021-12-31", "years", 0 },
    { "2016年园区获评先进。近5年全县授权专利1万件", "2017-06-18", "近5年", "2013-01-01", "2017-12-31", "years", 0 },
    /* a comparison base does not become the context: 一季度 stays this year's */
    { "在上年高基数基础上增长10%。从就业看，一季度新增就业", "2022-04-18", "一季度", "2022-01-01", "2022-03-31", "quarter", 0 },
    { "近5年全县完成投资", "2017-06-18", "近5年", "2013-01-01", "2017-12-31", "years", 0 },
    { "这是2001年的嘉善，小作坊是当时最显著的特征", R, "当时", "2001-01-01", "2001-12-31", "year", F_RELATIVE },
    { "在适当时候推出", R, "当时", NULL, NULL, NULL, F_NONE },
    { "当时的情况很困难", R, "当时", "", "", NULL, F_UNRESOLVED | F_VAGUE },
    { "本办法自即日起施行", R, "自即日起", "2022-02-09", "", NULL, F_SINCE },
    { "并自即日生效", R, "即日", "2022-02-09", "2022-02-09", "day", 0 },
    { "近半年来的社会事件", "2019-12-04", "近半年来", "2019-07-01", "2019-12-31", "month", 0 },
    { "近三个月销量回升", "2019-12-04", "近三个月", "2019-10-01", "2019-12-31", "month", 0 },
    { "对未来一至两个月的失业率不感乐观", "2021-01-19", "未来一至两个月", "2021-01-19", "2021-03-19", "month", 0 },
    /* durations without an anchor are numbers, not dates */
    { "创16年以来的新高", R, "16年以来", NULL, NULL, NULL, F_NONE },
    { "设立六年来，新区建设扎实推进", R, "六年来", NULL, NULL, NULL, F_NONE },
    { "高新区经过近20年的开发建设", R, "近20年", NULL, NULL, NULL, F_NONE },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

/* Hong Kong fiscal and assessment years (April–March); 本年度 in a text that
 * counts them is the fiscal year, and its last quarter January–March */
static void
test_fiscal (void)
{
  static const Case cases[] = {
    { "2018/19课税年度，纳税人可以申请分期缴付", "2019-12-04", "2018/19课税年度", "2018-04-01", "2019-03-31", "year", 0 },
    { "2020/21财政年度的预算", "2019-12-04", "2020/21财政年度", "2020-04-01", "2021-03-31", "year", 0 },
    { "本年度最后一季差饷宽免。2019/20年度出现赤字", "2019-12-04", "本年度最后一季", "2020-01-01", "2020-03-31", "quarter", 0 },
    { "2020/21年度赤字。本年度第一季", "2020-12-04", "本年度第一季", "2020-04-01", "2020-06-30", "quarter", 0 },
    /* no fiscal years written: 本年度 is the calendar year */
    { "本年度工作会议", "2019-12-04", "本年度", "2019-01-01", "2019-12-31", "year", 0 },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

/* the period or day just named: 同期 alone, a day of the month in context
 * after a news subject, neighbouring months */
static void
test_period_in_context (void)
{
  static const Case cases[] = {
    { "1—5月实现利润654亿元，增幅比同期全国工业企业高14.5个百分点", "2011-08-03", "同期", "2011-01-01", "2011-05-31", "month", F_RELATIVE },
    { "8月2日电 工业和信息化部2日公布的数据显示", "2011-08-03", "2日", "2011-08-02", "2011-08-02", "day", F_RELATIVE },
    { "新华社北京3月4日电 大会发言人4日上午举行记者会", "2021-03-05", "4日", "2021-03-04", "2021-03-04", "day", F_RELATIVE },
    { "3月4日电 连续5日下跌", "2021-03-05", "5日", NULL, NULL, NULL, F_NONE },
    { "假设10和11月的失业率约为6.3%", "2021-01-19", "10和11月", "2020-10-01", "2020-11-30", "month", 0 },
    { "3、4月份销量回升", R, "3、4月份", "2022-03-01", "2022-04-30", "month", 0 },
    /* 当时 after a comparison: the year just named */
    { "比较去年的预算案，当时的上限为2万元", "2021-02-24", "当时", "2020-01-01", "2020-12-31", "year", F_RELATIVE },
    /* 5年来年均增长: neither 来年 nor a date */
    { "5年来年均增长4.9%", R, "来年", NULL, NULL, NULL, F_NONE },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

/* the publication date in every header form feeds and sites use (issue 12) */
static void
test_header_forms (void)
{
  static const struct
  {
    const char *text, *want, *source; /* want: YYYY-MM-DD or YYYY-MM-DDTHH:MM; NULL = none found */
  } cases[] = {
    { "Date: Tue, 14 Mar 2023 08:30:00 GMT\n\n正文", "2023-03-14T08:30", "header:Date" },
    { "标题\n发布时间：2023-03-14T08:30:00+08:00\n正文", "2023-03-14T08:30", "header:发布时间" },
    { "标题\n发布时间：2023-03-14T00:30:00Z 作者：某某\n正文", "2023-03-14T00:30", "header:发布时间" },
    { "两会观察\n2022年3月6日 星期日 08:00\n\n正文", "2022-03-06T08:00", "dateline" },
    { "标题\n来源：新华网　2022-03-06 09:15\n正文", "2022-03-06T09:15", "header:来源" },
    { "标题\n来源：新华网 发布时间：2022-03-07\n正文", "2022-03-07", "header:发布时间" },
    { "---\ntitle: 年报\ndate: \"2022-03-06\"\n---\n正文", "2022-03-06", "header:Date" },
    { "标题\n日期：20230915\n正文", "2023-09-15", "header:日期" },
    { "Posted on 14 March 2023, 10:00 +0800\n正文", "2023-03-14T10:00", "header:Published" },
    { "Economy\nMarch 6, 2022\n正文", "2022-03-06", "dateline" },
    { "标题\n日期：2022年03月06日\n正文", "2022-03-06", "header:日期" },
    /* not headers: an update: field, a bare 日期 without a colon, a long sentence */
    { "没有日期的标题\n本文讨论日期格式。", NULL, NULL },
    { "2022年3月6日，记者在园区看到，企业生产繁忙，订单排到了下半年，工人们正在加紧赶制一批出口的设备\n", "2022-03-06", "first-date" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (TlText) t = tl_text_new (cases[i].text, strlen (cases[i].text));
      gint32 day;
      int minute;
      const char *src = NULL;
      gsize s, e;
      gboolean ok = tl_find_published (&tables, t, &day, &minute, &src, &s, &e);
      char buf[40] = "";
      if (ok)
        tl_format_point (day, minute, buf, sizeof buf);
      if (ok != (cases[i].want != NULL) || (ok && (g_strcmp0 (buf, cases[i].want) || g_strcmp0 (src, cases[i].source))))
        {
          g_test_message ("FAIL «%s»: got %s (%s), want %s (%s)", cases[i].text, ok ? buf : "none", src ? src : "",
                          cases[i].want ? cases[i].want : "none", cases[i].source ? cases[i].source : "");
          g_test_fail ();
        }
    }
}

/* calendar knowledge from config/: solar terms, holidays of the mainland, Hong
 * Kong, Taiwan and international calendars, lunar festivals */
static void
test_calendar_data (void)
{
  static const Case cases[] = {
    { "2021年立冬那天", R, "2021年立冬", "2021-11-07", "2021-11-07", "day", 0 },
    { "今年霜降", "2023-09-01", "今年霜降", "2023-10-24", "2023-10-24", "day", 0 },
    { "立夏，气温升高", "2024-04-01", "立夏", "2024-05-05", "2024-05-05", "day", F_RELATIVE },
    { "立夏过后气温升高", "2024-04-01", "立夏过后", "2024-05-06", "", NULL, F_SINCE },
    { "清明节假期", "2022-03-01", "清明节假期", "2022-04-05", "2022-04-07", "day", 0 },
    { "2022年母亲节", R, "2022年母亲节", "2022-05-08", "2022-05-08", "day", 0 },
    { "2023年父亲节", R, "2023年父亲节", "2023-06-18", "2023-06-18", "day", 0 },
    { "2023年感恩节", R, "2023年感恩节", "2023-11-23", "2023-11-23", "day", 0 },
    { "2024年复活节", R, "2024年复活节", "2024-03-31", "2024-03-31", "day", 0 },
    { "2024年耶稣受难节", R, "2024年耶稣受难节", "2024-03-29", "2024-03-29", "day", 0 },
    { "2019年佛诞", R, "2019年佛诞", "2019-05-12", "2019-05-12", "day", 0 },
    { "2021年中元节", R, "2021年中元节", "2021-08-22", "2021-08-22", "day", 0 },
    { "中華民國104年國慶", NULL, "中華民國104年國慶", "2015-10-10", "2015-10-10", "day", 0 },
    { "2022年和平纪念日", R, "2022年和平纪念日", "2022-02-28", "2022-02-28", "day", 0 },
    { "今年双十一期间", R, "今年双十一期间", "2022-11-11", "2022-11-11", "day", 0 },
    { "国家公祭日", "2014-12-01", "国家公祭日", "2014-12-13", "2014-12-13", "day", F_RELATIVE },
    /* lunar days with and without 农历, 日 or 初 */
    { "八月初八开业", R, "八月初八", "2022-09-03", "2022-09-03", "day", F_RELATIVE },
    { "2023年三月初三", R, "2023年三月初三", "2023-04-22", "2023-04-22", "day", 0 },
    { "腊月廿三是小年", R, "腊月廿三", "2022-01-25", "2022-01-25", "day", F_RELATIVE },
    { "6月初召开", R, "6月初", "2022-06-01", "2022-06-01", "day", 0 },
    /* ordinary words and anniversaries */
    { "天空下起了大雪", R, "大雪", NULL, NULL, NULL, F_NONE },
    { "今年雨水充沛", R, "雨水", NULL, NULL, NULL, F_NONE },
    { "营造政治清明的环境", R, "清明", NULL, NULL, NULL, F_NONE },
    { "雨水节气", R, "雨水节气", "2022-02-19", "2022-02-19", "day", F_RELATIVE },
    { "庆祝国庆70周年", R, "国庆", NULL, NULL, NULL, F_NONE },
    { "春节7天假期", R, "春节", "2022-02-01", "2022-02-01", "day", F_RELATIVE },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
  /* the solar terms table agrees with the Shouxing formula for 清明, except
   * in 2000, where the formula (20th-century constant) says April 5 and the
   * astronomical date is April 4 */
  int qm = tl_solar_terms_index (terms, "清明");
  g_assert_cmpint (qm, ==, 6);
  for (int y = 1901; y <= 2099; y++)
    {
      gint32 z;
      g_assert_true (tl_solar_term_day (terms, y, qm, &z));
      g_assert_cmpint (z, ==, tl_days_from_civil (y, 4, y == 2000 ? 4 : tl_qingming_day (y)));
    }
  gint32 z;
  g_assert_false (tl_solar_term_day (terms, 1900, qm, &z));
  g_assert_false (tl_solar_term_day (terms, 2101, qm, &z));
  /* Easter: 2000-04-23, 2019-04-21, 2038-04-25 */
  g_assert_cmpint (tl_easter (2000), ==, tl_days_from_civil (2000, 4, 23));
  g_assert_cmpint (tl_easter (2019), ==, tl_days_from_civil (2019, 4, 21));
  g_assert_cmpint (tl_easter (2038), ==, tl_days_from_civil (2038, 4, 25));
}

/* a broken line in a calendar data file is an error naming the file and line */
static void
test_calendar_data_errors (void)
{
  static const struct
  {
    const char *data, *where;
  } bad[] = {
    { "# x\n春节\tlunar 01-01\t1\n", "holidays.tsv:2" },
    { "春节\tlunar 01-01\t1\t5\n国庆\tsolar 13-01\t0\t0\n", "holidays.tsv:2" },
    { "立冬\tterm 立东\t0\t0\n", "holidays.tsv:1" },
    { "母亲节\tweekday 05 0 7\t0\t0\n", "holidays.tsv:1" },
    { "春节\tlunar 01-01\t1\t5\tsoon\n", "holidays.tsv:1" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      g_assert_null (tl_holidays_parse (bad[i].data, strlen (bad[i].data), "holidays.tsv", terms, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, bad[i].where));
    }
  const char *bad_terms = "names\t小寒 大寒\n";
  g_autoptr (GError) error = NULL;
  g_assert_null (tl_solar_terms_parse (bad_terms, strlen (bad_terms), "terms.tsv", &error));
  g_assert_nonnull (strstr (error->message, "terms.tsv:1"));
}

/* relative expressions: colloquial and Cantonese days, weekday offsets, a part
 * of the day after a day, hours and minutes from the reference */
static void
test_relative_words (void)
{
  static const Case cases[] = {
    { "今儿个天气好", R, "今儿个", "2022-02-09", "2022-02-09", "day", F_RELATIVE },
    { "明儿见", R, "明儿", "2022-02-10", "2022-02-10", "day", F_RELATIVE },
    { "听日落雨", R, "听日", "2022-02-10", "2022-02-10", "day", F_RELATIVE },
    { "琴日开会", R, "琴日", "2022-02-08", "2022-02-08", "day", F_RELATIVE },
    { "寻日收市", R, "寻日", "2022-02-08", "2022-02-08", "day", F_RELATIVE },
    { "前日公布", R, "前日", "2022-02-07", "2022-02-07", "day", F_RELATIVE },
    { "此后日益增多", R, "后日", NULL, NULL, NULL, F_NONE },
    { "下个礼拜三开会", R, "下个礼拜三", "2022-02-16", "2022-02-16", "day", F_RELATIVE },
    { "上礼拜五", R, "上礼拜五", "2022-02-04", "2022-02-04", "day", F_RELATIVE },
    { "上周四召开", R, "上周四", "2022-02-03", "2022-02-03", "day", F_RELATIVE },
    { "周三晚上开会", R, "周三晚上", "2022-02-09T18:00", "2022-02-09T23:59", "minute", F_RELATIVE },
    { "明天上午", R, "明天上午", "2022-02-10T08:00", "2022-02-10T12:00", "minute", F_RELATIVE },
    { "2022年1月5日下午", R, "2022年1月5日下午", "2022-01-05T12:00", "2022-01-05T18:00", "minute", 0 },
    /* the last/next N units */
    { "前三年，公司连续亏损", R, "前三年", "2020-01-01", "2022-12-31", "years", F_RELATIVE },
    { "前1周的销量", R, "前1周", "2022-02-02", "2022-02-08", "day", F_RELATIVE },
    { "前三天降雨", R, "前三天", "2022-02-06", "2022-02-08", "day", F_RELATIVE },
    { "未来三天有雨", R, "未来三天", "2022-02-10", "2022-02-12", "day", F_RELATIVE },
    { "过去两年平均增长", "2021-04-16", "过去两年", "2020-01-01", "2021-12-31", "years", F_RELATIVE },
    { "提前三天完成", R, "前三天", NULL, NULL, NULL, F_NONE },
    { "手术后一年内不宜怀孕", R, "后一年内", NULL, NULL, NULL, F_NONE },
    { "落实学前一年免费教育", R, "前一年", NULL, NULL, NULL, F_NONE },
    { "春节假期前三天", R, "前三天", NULL, NULL, NULL, F_NONE },
    /* no time of day in the reference: whole days */
    { "三小时后", R, "三小时后", "2022-02-09", "2022-02-09", "day", F_VAGUE },
    { "48小时后", R, "48小时后", "2022-02-11", "2022-02-11", "day", F_VAGUE },
    { "用了3小时", R, "3小时", NULL, NULL, NULL, F_NONE },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
  /* with a time of day in the reference: minutes */
  static const struct
  {
    const char *input, *text, *from, *to;
  } timed[] = {
    { "三小时后抵达", "三小时后", "2022-02-09T13:30", "2022-02-09T13:30" },
    { "20分钟前", "20分钟前", "2022-02-09T10:10", "2022-02-09T10:10" },
    { "半小时后", "半小时后", "2022-02-09T11:00", "2022-02-09T11:00" },
    { "三个小时前", "三个小时前", "2022-02-09T07:30", "2022-02-09T07:30" },
    { "过去24小时", "过去24小时", "2022-02-08T10:30", "2022-02-09T10:30" },
    { "未来两个小时内", "未来两个小时内", "2022-02-09T10:30", "2022-02-09T12:30" },
    { "15小时后", "15小时后", "2022-02-10T01:30", "2022-02-10T01:30" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (timed); i++)
    {
      g_autoptr (TlText) t = tl_text_new (timed[i].input, strlen (timed[i].input));
      TlScanOptions o = { .taiwan = -1, .has_ref = TRUE, .has_ref_time = TRUE, .ref_min = 10 * 60 + 30 };
      g_assert_true (tl_parse_iso_day (R, &o.ref));
      g_autoptr (GArray) a = tl_scan (&tables, t, &o);
      const TlExpr *e = find (a, timed[i].input, timed[i].text);
      char f[32] = "", to[32] = "";
      if (e)
        {
          tl_format_point (e->from, e->from_min, f, sizeof f);
          tl_format_point (e->to, e->to_min, to, sizeof to);
        }
      if (!e || g_strcmp0 (f, timed[i].from) || g_strcmp0 (to, timed[i].to))
        {
          g_test_message ("FAIL «%s»: got %s..%s, want %s..%s", timed[i].input, f, to, timed[i].from, timed[i].to);
          g_test_fail ();
        }
    }
}

/* parts of a period narrow it (issue 12): quarter ends, first/last N days or
 * weeks, week N of a month or a year, the Nth weekday, half months */
static void
test_period_parts (void)
{
  static const Case cases[] = {
    { "三季度末，贷款余额", R, "三季度末", "2022-09-30", "2022-09-30", "day", F_RELATIVE },
    { "2021年一季度末", R, "2021年一季度末", "2021-03-31", "2021-03-31", "day", 0 },
    { "前三个季度累计", R, "前三个季度", "2022-01-01", "2022-09-30", "quarter", F_RELATIVE },
    { "4月前10天", R, "4月前10天", "2022-04-01", "2022-04-10", "day", 0 },
    { "上月最后三天", R, "上月最后三天", "2022-01-29", "2022-01-31", "day", F_RELATIVE },
    { "本月第二周", R, "本月第二周", "2022-02-14", "2022-02-20", "day", F_RELATIVE },
    { "三月份第一周", R, "三月份第一周", "2022-03-07", "2022-03-13", "day", 0 },
    { "2022年3月第二个周五", R, "2022年3月第二个周五", "2022-03-11", "2022-03-11", "day", 0 },
    { "本月第二个周五", R, "本月第二个周五", "2022-02-11", "2022-02-11", "day", F_RELATIVE },
    { "第二个周五开会", R, "第二个周五", "2022-02-11", "2022-02-11", "day", F_RELATIVE },
    { "2021年第10周", R, "2021年第10周", "2021-03-08", "2021-03-14", "day", 0 },
    { "第10周的销量", R, "第10周", "2022-03-07", "2022-03-13", "day", F_RELATIVE },
    { "2021年的前2周", R, "2021年的前2周", "2021-01-04", "2021-01-17", "day", 0 },
    { "去年的前10天", R, "去年的前10天", "2021-01-01", "2021-01-10", "day", F_RELATIVE },
    { "今年最后一天", R, "今年最后一天", "2022-12-31", "2022-12-31", "day", F_RELATIVE },
    { "2021年的第三个月", R, "2021年的第三个月", "2021-03-01", "2021-03-31", "month", 0 },
    { "5月上半月", R, "5月上半月", "2022-05-01", "2022-05-15", "day", 0 },
    { "下半月出差", R, "下半月", "2022-02-16", "2022-02-28", "day", F_RELATIVE },
    /* not parts */
    { "获得第一名", R, "第一", NULL, NULL, NULL, F_NONE },
  };
  run_cases (cases, G_N_ELEMENTS (cases));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  tl_cases_load_tables ();
  g_test_add_func ("/timeline-guide/not-dates-names", test_not_dates_names);
  g_test_add_func ("/timeline-guide/bounds", test_bounds);
  g_test_add_func ("/timeline-guide/one-range", test_one_range);
  g_test_add_func ("/timeline-guide/numeric-forms", test_numeric_forms);
  g_test_add_func ("/timeline-guide/year-in-context", test_year_in_context);
  g_test_add_func ("/timeline-guide/fiscal", test_fiscal);
  g_test_add_func ("/timeline-guide/period-in-context", test_period_in_context);
  g_test_add_func ("/timeline-guide/header-forms", test_header_forms);
  g_test_add_func ("/timeline-guide/calendar-data", test_calendar_data);
  g_test_add_func ("/timeline-guide/calendar-data-errors", test_calendar_data_errors);
  g_test_add_func ("/timeline-guide/relative-words", test_relative_words);
  g_test_add_func ("/timeline-guide/period-parts", test_period_parts);
  int rc = g_test_run ();
  tl_cases_free_tables ();
  return rc;
}
