/* Cases written from ../shared/eval/GUIDE.md (the specification of the
 * timeline layer) and issue 12, one group per class of expression; the
 * sentences are our own, in the style of the genres (news, statistical
 * releases, notices, Hong Kong and Taiwan texts).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>
#include <locale.h>

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

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  tl_cases_load_tables ();
  g_test_add_func ("/timeline-guide/not-dates-names", test_not_dates_names);
  int rc = g_test_run ();
  tl_cases_free_tables ();
  return rc;
}
