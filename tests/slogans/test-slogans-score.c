/* test-slogans-score.c: the label score of quoted phrases (issue 13), one
 * test per feature, each with a sentence where it fires and one where it
 * does not. Sentences are written for the tests in the style of the genre
 * (CCTV news, development-zone news, Hong Kong and Taiwan reports), already
 * Simplified as the scanner sees them (the plugin reads the normalized view).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>

#include <locale.h>
#include <string.h>

#include "slogans-lexicon.h"
#include "slogans-scan.h"
#include "test-lexicon.h"

/* The score and features of the quoted phrase @quote in @text (the first
 * quote with that content, accepted or rejected); FALSE if it has no score. */
static gboolean
score_of (const char *text, const char *quote, int *score, guint *features, gboolean *label)
{
  g_autoptr (SloganLexicon) lex = load_lexicon ();
  g_autoptr (SloganResult) r = slogan_scan (lex, NULL, text, strlen (text));
  gsize ql = strlen (quote);
  for (guint i = 0; i < r->items->len; i++)
    {
      const SloganItem *it = g_ptr_array_index (r->items, i);
      if (strcmp (it->key, quote) == 0 && g_strcmp0 (it->reason, "label") == 0)
        {
          *score = it->score;
          *features = it->features;
          *label = TRUE;
          return TRUE;
        }
    }
  for (guint i = 0; i < r->rejected->len; i++)
    {
      const SloganSpan *sp = &g_array_index (r->rejected, SloganSpan, i);
      if (sp->end - sp->start == ql && memcmp (text + sp->start, quote, ql) == 0 &&
          g_strcmp0 (sp->reason, "score") == 0)
        {
          *score = sp->score;
          *features = sp->features;
          *label = FALSE;
          return TRUE;
        }
    }
  return FALSE;
}

/* Asserts that @feature fires (or not) on @quote in @text, and whether the
 * phrase ends up a label. */
static void
check (const char *text, const char *quote, SloganFeature feature, gboolean fires, gboolean label)
{
  int score = 0;
  guint features = 0;
  gboolean is_label = FALSE;
  if (!score_of (text, quote, &score, &features, &is_label))
    g_error ("“%s” was not scored in “%s”", quote, text);
  gboolean has = (features & (1u << feature)) != 0;
  if (has != fires)
    g_error ("feature %s %s on “%s” in “%s”", slogan_feature_name (feature),
             fires ? "did not fire" : "fired", quote, text);
  if (is_label != label)
    g_error ("“%s” in “%s”: %s (score %d)", quote, text, is_label ? "a label" : "not a label",
             score);
  int sum = 0;
  for (guint k = 0; k < SLOGAN_N_FEATURES; k++)
    if (features & (1u << k))
      sum += slogan_feature_weight (k);
  g_assert_cmpint (sum, ==, score);
}

static void
test_feature_table (void)
{
  for (guint k = 0; k < SLOGAN_N_FEATURES; k++)
    {
      g_assert_nonnull (slogan_feature_name (k));
      g_assert_cmpint (slogan_feature_weight (k), !=, 0);
    }
  g_assert_null (slogan_feature_name (SLOGAN_N_FEATURES));
}

static void
test_length (void)
{
  check ("园区上下“比学赶超”，干劲十足。", "比学赶超", SLOGAN_FEATURE_LENGTH, TRUE, FALSE);
  check ("该区上下“人人都是营商软环境”。", "人人都是营商软环境",
         SLOGAN_FEATURE_LENGTH, FALSE, FALSE);
}

static void
test_word (void)
{
  /* two characters are one word: emphasis, even after a frame verb */
  check ("全市经济实现“回暖”，消费回升。", "回暖", SLOGAN_FEATURE_WORD, TRUE, FALSE);
  check ("全市经济实现“开门红”，消费回升。", "开门红", SLOGAN_FEATURE_WORD, FALSE, TRUE);
}

static void
test_cue (void)
{
  check ("全区启动“百企帮百村”行动。", "百企帮百村", SLOGAN_FEATURE_CUE, TRUE, TRUE);
  check ("开展“春雷护苗”专项行动。", "春雷护苗", SLOGAN_FEATURE_CUE, TRUE, TRUE);
  check ("“百企帮百村”的消息传开。", "百企帮百村", SLOGAN_FEATURE_CUE, FALSE, FALSE);
  /* a programme name longer than max_chars ending in a label suffix is
   * scored (and a clause ending in one fails the score) */
  check ("政府推出「中小企业百分百担保特惠贷款计划」。", "中小企业百分百担保特惠贷款计划",
         SLOGAN_FEATURE_CUE, TRUE, TRUE);
  check ("菲方“不断采取导致局势复杂化的行动”。", "不断采取导致局势复杂化的行动",
         SLOGAN_FEATURE_CUE, TRUE, FALSE);
}

/* The rejection reason of the quoted phrase @quote in @text, or NULL. */
static const char *
reason_of (const char *text, const char *quote)
{
  g_autoptr (SloganLexicon) lex = load_lexicon ();
  g_autoptr (SloganResult) r = slogan_scan (lex, NULL, text, strlen (text));
  gsize ql = strlen (quote);
  for (guint i = 0; i < r->rejected->len; i++)
    {
      const SloganSpan *sp = &g_array_index (r->rejected, SloganSpan, i);
      if (sp->end - sp->start == ql && memcmp (text + sp->start, quote, ql) == 0)
        return sp->reason; /* a static string */
    }
  return NULL;
}

static void
test_long (void)
{
  /* longer than max_chars and no label suffix: rejected before scoring */
  g_assert_cmpstr (reason_of ("政府推出「中小企业百分百担保特惠贷款安排」。",
                              "中小企业百分百担保特惠贷款安排"), ==, "long");
  /* longer than max_formula_chars: long even with a label suffix */
  g_assert_cmpstr (reason_of ("推出“全省中小企业和个体工商户百分百担保特惠贷款支持计划”。",
                              "全省中小企业和个体工商户百分百担保特惠贷款支持计划"), ==, "long");
  g_assert_null (reason_of ("政府推出「中小企业百分百担保特惠贷款计划」。",
                            "中小企业百分百担保特惠贷款计划"));
}

static void
test_frame (void)
{
  check ("新区着力打造“无事不扰”的营商环境。", "无事不扰", SLOGAN_FEATURE_FRAME, TRUE, TRUE);
  check ("审批实现了“一次不用跑”。", "一次不用跑", SLOGAN_FEATURE_FRAME, TRUE, TRUE);
  check ("门口挂着“无事不扰”的牌子。", "无事不扰", SLOGAN_FEATURE_FRAME, FALSE, FALSE);
}

static void
test_repeated (void)
{
  check ("企业盼“及时雨”，政府送“及时雨”。", "及时雨", SLOGAN_FEATURE_REPEATED, TRUE, TRUE);
  check ("企业盼来“及时雨”。", "及时雨", SLOGAN_FEATURE_REPEATED, FALSE, FALSE);
  /* a headline quotes what the body quotes again: counted in the body only */
  check ("专家批政府「慢半拍」\n专家指政府「慢半拍」。", "慢半拍", SLOGAN_FEATURE_REPEATED, FALSE,
         FALSE);
  check ("标题\n企业盼“及时雨”，政府送“及时雨”。", "及时雨", SLOGAN_FEATURE_REPEATED, TRUE, TRUE);
}

static void
test_numeral_start (void)
{
  check ("各部门围着“一张网”转。", "一张网", SLOGAN_FEATURE_NUMERAL_START, TRUE, TRUE);
  check ("社区打造“10分钟便民圈”。", "10分钟便民圈", SLOGAN_FEATURE_NUMERAL_START, TRUE, TRUE);
  /* a quantity (连冠) or a stop word (四川) is no numeral label */
  check ("该区蝉联“十二连冠”。", "十二连冠", SLOGAN_FEATURE_NUMERAL_START, FALSE, FALSE);
  check ("参加“四川云课”的学生增加。", "四川云课", SLOGAN_FEATURE_NUMERAL_START, FALSE, FALSE);
  /* digits need a head of three Han characters; a numeral and classifier a Han head */
  check ("日期应为“10月初”。", "10月初", SLOGAN_FEATURE_NUMERAL_START, FALSE, FALSE);
  check ("资金规模为“两个20亿元”。", "两个20亿元", SLOGAN_FEATURE_NUMERAL_START, FALSE, FALSE);
  check ("城市运行“一屏观全城”。", "一屏观全城", SLOGAN_FEATURE_NUMERAL_START, TRUE, TRUE);
}

static void
test_paired (void)
{
  check ("园区从“荒滩野地”到“产城融合”，面貌一新。", "荒滩野地", SLOGAN_FEATURE_PAIRED, TRUE, TRUE);
  check ("审批由“串联办”变成“并联办”。", "并联办", SLOGAN_FEATURE_PAIRED, TRUE, TRUE);
  /* different lengths, or another sentence, make no pair */
  check ("园区从“荒滩野地”到“产城深度融合”，面貌一新。", "荒滩野地", SLOGAN_FEATURE_PAIRED,
         FALSE, FALSE);
  check ("园区曾是“荒滩野地”。如今“产城融合”。", "荒滩野地", SLOGAN_FEATURE_PAIRED, FALSE, FALSE);
}

static void
test_demonstrative (void)
{
  check ("这张“时间表”挂在墙上。", "时间表", SLOGAN_FEATURE_DEMONSTRATIVE, TRUE, FALSE);
  check ("如今，这座“山水之城”，充满活力。", "山水之城", SLOGAN_FEATURE_DEMONSTRATIVE, TRUE, FALSE);
  check ("这座“山水新城”充满活力。", "山水新城", SLOGAN_FEATURE_DEMONSTRATIVE, TRUE, TRUE);
}

static void
test_attributive (void)
{
  check ("为项目提供“保姆式”服务。", "保姆式", SLOGAN_FEATURE_ATTRIBUTIVE, TRUE, TRUE);
  check ("解决“卡脖子”问题。", "卡脖子", SLOGAN_FEATURE_ATTRIBUTIVE, TRUE, TRUE);
  /* a predicate, a time word or a number after it is no modifier */
  check ("其中，“施工进度”每周更新。", "施工进度", SLOGAN_FEATURE_ATTRIBUTIVE, FALSE, FALSE);
  check ("消除“季节效应”后增长。", "季节效应", SLOGAN_FEATURE_ATTRIBUTIVE, FALSE, FALSE);
  /* a head noun of [attributive_heads] whose first character would start a
   * predicate or a number (难, 经, 一), directly or after 的 */
  check ("着力破解“看病贵”难题。", "看病贵", SLOGAN_FEATURE_ATTRIBUTIVE, TRUE, TRUE);
  check ("发展“夜间消费”经济。", "夜间消费", SLOGAN_FEATURE_ATTRIBUTIVE, TRUE, TRUE);
  check ("完善“水陆空”一体化监测网络。", "水陆空", SLOGAN_FEATURE_ATTRIBUTIVE, TRUE, TRUE);
  check ("家电行业正在进入“中国智造”的时代。", "中国智造", SLOGAN_FEATURE_ATTRIBUTIVE, TRUE, TRUE);
  /* 的 before any other word, or 难/经/一 starting a predicate, is none */
  check ("这是“邻里守望”的传统。", "邻里守望", SLOGAN_FEATURE_ATTRIBUTIVE, FALSE, FALSE);
  check ("“夜间消费”难以持续。", "夜间消费", SLOGAN_FEATURE_ATTRIBUTIVE, FALSE, FALSE);
  check ("“邻里守望”经过三年推广。", "邻里守望", SLOGAN_FEATURE_ATTRIBUTIVE, FALSE, FALSE);
}

/* A weak label written bare far more often than quoted is an ordinary word
 * quoted once for emphasis: dropped, its quote rejected as bare-frequent. */
static void
test_bare_frequent (void)
{
  g_autoptr (SloganLexicon) lex = load_lexicon ();
  const char *text = "掀起一股“智能手环”热潮。智能手环销量大增，智能手环价格下降，智能手环出口增长。"
                     "推出“暖心陪诊”服务，暖心陪诊遍布全城。";
  g_autoptr (SloganResult) r = slogan_scan (lex, NULL, text, strlen (text));
  gboolean watch = FALSE, rejected = FALSE, station = FALSE;
  for (guint i = 0; i < r->items->len; i++)
    {
      const SloganItem *it = g_ptr_array_index (r->items, i);
      watch = watch || strcmp (it->key, "智能手环") == 0;
      station = station || strcmp (it->key, "暖心陪诊") == 0;
    }
  for (guint i = 0; i < r->rejected->len; i++)
    rejected = rejected ||
               g_strcmp0 (g_array_index (r->rejected, SloganSpan, i).reason, "bare-frequent") == 0;
  g_assert_false (watch);
  g_assert_true (rejected);
  g_assert_true (station);   /* written bare once: a label */
}

static void
test_speech_frame (void)
{
  check ("他表示：“招商热情很高涨”。", "招商热情很高涨", SLOGAN_FEATURE_SPEECH_FRAME, TRUE, FALSE);
  check ("记者说“项目进展顺利”。", "项目进展顺利", SLOGAN_FEATURE_SPEECH_FRAME, TRUE, FALSE);
  check ("各地推进“项目进展顺利”。", "项目进展顺利", SLOGAN_FEATURE_SPEECH_FRAME, FALSE, TRUE);
}

static void
test_speech_chars (void)
{
  check ("街坊都话“我哋顶得住”。", "我哋顶得住", SLOGAN_FEATURE_SPEECH_CHARS, TRUE, FALSE);
  check ("推进“顶得住”工程。", "顶得住", SLOGAN_FEATURE_SPEECH_CHARS, FALSE, TRUE);
  /* a question heading is not a label: 围绕“怎么干”“钱从哪里来”, but 谁…谁… is a watchword */
  check ("围绕着“怎么干”“在哪干”两个问题。", "怎么干", SLOGAN_FEATURE_SPEECH_CHARS, TRUE, FALSE);
  check ("抓住“钱从哪里来”“地往何处转”这个关键。", "钱从哪里来", SLOGAN_FEATURE_SPEECH_CHARS, TRUE, FALSE);
  check ("坚持“谁投资谁受益”原则。", "谁投资谁受益", SLOGAN_FEATURE_SPEECH_CHARS, FALSE, TRUE);
}

static void
test_function_char (void)
{
  check ("他把新能源车比作“邻居家的孩子”。", "邻居家的孩子", SLOGAN_FEATURE_FUNCTION_CHAR, TRUE, FALSE);
  check ("推进“邻里守望”。", "邻里守望", SLOGAN_FEATURE_FUNCTION_CHAR, FALSE, TRUE);
}

static void
test_name_suffix (void)
{
  check ("推进“长风号”，“长风号”试航。", "长风号", SLOGAN_FEATURE_NAME_SUFFIX, TRUE, FALSE);
  check ("推进“消费券效应”，“消费券效应”显现。", "消费券效应", SLOGAN_FEATURE_NAME_SUFFIX, TRUE, FALSE);
  /* 布局 is not the name ending 局 */
  check ("推进“一核多极”，优化“前瞻布局”。", "前瞻布局", SLOGAN_FEATURE_NAME_SUFFIX, FALSE, TRUE);
}

static void
test_name_after (void)
{
  check ("订户可收到“每周要闻”通讯。", "每周要闻", SLOGAN_FEATURE_NAME_AFTER, TRUE, FALSE);
  check ("落实“升规入统”奖励政策。", "升规入统", SLOGAN_FEATURE_NAME_AFTER, FALSE, TRUE);
}

static void
test_name_before (void)
{
  check ("台风“海燕花”登陆，台风“海燕花”减弱。", "海燕花", SLOGAN_FEATURE_NAME_BEFORE, TRUE, FALSE);
  check ("推进“海燕花”行动。", "海燕花", SLOGAN_FEATURE_NAME_BEFORE, FALSE, TRUE);
}

static void
test_title_frame (void)
{
  check ("该县连续多年荣获“全国平安建设先进县”。", "全国平安建设先进县", SLOGAN_FEATURE_TITLE_FRAME,
         TRUE, FALSE);
  check ("该县推进“平安乡村建设”。", "平安乡村建设", SLOGAN_FEATURE_TITLE_FRAME, FALSE, TRUE);
}

static void
test_descriptive (void)
{
  check ("外界形容结果「极不寻常」、「极为少见」。", "极不寻常", SLOGAN_FEATURE_DESCRIPTIVE, TRUE,
         FALSE);
  check ("选项有「颇满意」、「颇不满」。", "颇满意", SLOGAN_FEATURE_DESCRIPTIVE, TRUE, FALSE);
  check ("推动「特别关爱计划」。", "特别关爱计划", SLOGAN_FEATURE_DESCRIPTIVE, FALSE, TRUE);
}

static void
test_scare (void)
{
  check ("拿出如此“大投入”支持发展。", "大投入", SLOGAN_FEATURE_SCARE, TRUE, FALSE);
  check ("所谓“全免费”并不存在。", "全免费", SLOGAN_FEATURE_SCARE, TRUE, FALSE);
  check ("拿出“大投入”支持发展。", "大投入", SLOGAN_FEATURE_SCARE, FALSE, TRUE);
}

static void
test_digits (void)
{
  /* a digit code is a label with its cue, not alone or as a number */
  check ("构建“3815”战略发展目标体系。", "3815", SLOGAN_FEATURE_DIGITS, TRUE, TRUE);
  check ("遇到危险拨打“110”报警。", "110", SLOGAN_FEATURE_DIGITS, TRUE, FALSE);
  check ("实施“3815”战略。", "3815", SLOGAN_FEATURE_DIGITS, TRUE, TRUE);
}

static void
test_speech_document (void)
{
  /* a report that quotes people at length: its quotes are mostly speech */
  const char *speechy = "议员说：“这是一个错误决定。”局长表示：“我们会跟进。”"
                        "学者指：“政府应该交代。”市民说：“我不明白。”"
                        "他又说：“要尽快处理。”该会仍有「先天缺陷」，「先天缺陷」未解决。"
                        "记者问：“何时公布？”";
  check (speechy, "先天缺陷", SLOGAN_FEATURE_SPEECH_DOCUMENT, TRUE, FALSE);
  check ("该会仍有「先天缺陷」，「先天缺陷」未解决。", "先天缺陷",
         SLOGAN_FEATURE_SPEECH_DOCUMENT, FALSE, TRUE);
}

static void
test_legal_document (void)
{
  /* a notice that cites articles: its quotes are defined terms and field names */
  check ("依本办法第五条规定及第六条第二项，申请数量不得高于“最高限量”总额。", "最高限量",
         SLOGAN_FEATURE_LEGAL_DOCUMENT, TRUE, FALSE);
  check ("申请数量不得高于“最高限量”总额。", "最高限量", SLOGAN_FEATURE_LEGAL_DOCUMENT, FALSE, TRUE);
  /* one citation does not make a legal text */
  check ("依本办法第五条规定，推进“最高限量”管理。", "最高限量", SLOGAN_FEATURE_LEGAL_DOCUMENT, FALSE, TRUE);
  /* a cue word still makes a label there */
  check ("依本办法第五条规定及第六条第二项，推进“放心消费”行动。", "放心消费",
         SLOGAN_FEATURE_LEGAL_DOCUMENT, TRUE, TRUE);
}

static void
test_latin (void)
{
  check ("打造“湘BA”。", "湘BA", SLOGAN_FEATURE_LATIN, TRUE, FALSE);
  check ("打造“湘味消费”品牌。", "湘味消费", SLOGAN_FEATURE_LATIN, FALSE, TRUE);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/slogans/score/table", test_feature_table);
  g_test_add_func ("/slogans/score/length", test_length);
  g_test_add_func ("/slogans/score/word", test_word);
  g_test_add_func ("/slogans/score/cue", test_cue);
  g_test_add_func ("/slogans/score/long", test_long);
  g_test_add_func ("/slogans/score/frame", test_frame);
  g_test_add_func ("/slogans/score/repeated", test_repeated);
  g_test_add_func ("/slogans/score/numeral-start", test_numeral_start);
  g_test_add_func ("/slogans/score/paired", test_paired);
  g_test_add_func ("/slogans/score/demonstrative", test_demonstrative);
  g_test_add_func ("/slogans/score/attributive", test_attributive);
  g_test_add_func ("/slogans/score/bare-frequent", test_bare_frequent);
  g_test_add_func ("/slogans/score/speech-frame", test_speech_frame);
  g_test_add_func ("/slogans/score/speech-chars", test_speech_chars);
  g_test_add_func ("/slogans/score/function-char", test_function_char);
  g_test_add_func ("/slogans/score/name-suffix", test_name_suffix);
  g_test_add_func ("/slogans/score/name-after", test_name_after);
  g_test_add_func ("/slogans/score/name-before", test_name_before);
  g_test_add_func ("/slogans/score/title-frame", test_title_frame);
  g_test_add_func ("/slogans/score/descriptive", test_descriptive);
  g_test_add_func ("/slogans/score/scare", test_scare);
  g_test_add_func ("/slogans/score/digits", test_digits);
  g_test_add_func ("/slogans/score/speech-document", test_speech_document);
  g_test_add_func ("/slogans/score/legal-document", test_legal_document);
  g_test_add_func ("/slogans/score/latin", test_latin);
  return g_test_run ();
}
