/* test-slogans.c: unit, bad-input and golden tests of the slogans plugin.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>

#include <locale.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "slogans-lexicon.h"
#include "slogans-scan.h"
#include "test-lexicon.h"
#include "golden.h"

/* Recorded figures on the five seeds (normalize,slogans); the suite fails
 * below them. Raise them when the plugin gets better, never lower silently. */
#define SEED_MIN_PRECISION 1.0
#define SEED_MIN_RECALL 0.977

static const SloganItem *
find_item (const SloganResult *r, const char *key)
{
  for (guint i = 0; i < r->items->len; i++)
    {
      const SloganItem *it = g_ptr_array_index (r->items, i);
      if (strcmp (it->key, key) == 0)
        return it;
    }
  return NULL;
}

/* The item of the lexicon entry @canonical, whatever its key (the form of
 * the entry written in the text). */
static const SloganItem *
find_entry (const SloganResult *r, const char *canonical)
{
  for (guint i = 0; i < r->items->len; i++)
    {
      const SloganItem *it = g_ptr_array_index (r->items, i);
      if (it->entry && strcmp (it->entry->canonical, canonical) == 0)
        return it;
    }
  return NULL;
}

static SloganResult *
scan (const SloganLexicon *lex, const char *text)
{
  return slogan_scan (lex, NULL, text, strlen (text));
}

/* ---------- formula grammar ---------- */

static void
test_formula_parts (void)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (slogan_part_free);
  guint plan = 0;
  const char *s = "一优两高";
  g_assert_true (slogan_parse_formula (s, strlen (s), parts, &plan));
  g_assert_cmpuint (parts->len, ==, 2);
  const SloganPart *p0 = g_ptr_array_index (parts, 0), *p1 = g_ptr_array_index (parts, 1);
  g_assert_cmpint (p0->n, ==, 1);
  g_assert_cmpstr (p0->head, ==, "优");
  g_assert_cmpint (p1->n, ==, 2);
  g_assert_cmpstr (p1->head, ==, "高");

  g_ptr_array_set_size (parts, 0);
  s = "四个转变";
  g_assert_true (slogan_parse_formula (s, strlen (s), parts, NULL));
  g_assert_cmpuint (parts->len, ==, 1);
  g_assert_cmpint (((SloganPart *) g_ptr_array_index (parts, 0))->n, ==, 4);
  g_assert_cmpstr (((SloganPart *) g_ptr_array_index (parts, 0))->head, ==, "转变");
  g_assert_cmpstr (((SloganPart *) g_ptr_array_index (parts, 0))->classifier, ==, "个");

  g_ptr_array_set_size (parts, 0);
  s = "一核两区两带两园一集群";
  g_assert_true (slogan_parse_formula (s, strlen (s), parts, NULL));
  g_assert_cmpuint (parts->len, ==, 5);
  g_assert_cmpstr (((SloganPart *) g_ptr_array_index (parts, 4))->head, ==, "集群");

  g_ptr_array_set_size (parts, 0);
  s = "十四五";
  g_assert_true (slogan_parse_formula (s, strlen (s), parts, &plan));
  g_assert_cmpuint (plan, ==, 14);

  g_ptr_array_set_size (parts, 0);
  s = "1+2+N";
  g_assert_true (slogan_parse_formula (s, strlen (s), parts, NULL));
  g_assert_cmpuint (parts->len, ==, 3);
  g_assert_cmpint (((SloganPart *) g_ptr_array_index (parts, 2))->n, ==, -1);

  s = "一个创新基地、三个中心城市";
  g_assert_true (slogan_parse_formula (s, strlen (s), NULL, NULL));

  /* a whole quoted phrase may be two digit runs or joined by × (“2+3”, “4×4”) */
  g_ptr_array_set_size (parts, 0);
  s = "2+3";
  g_assert_true (slogan_parse_formula (s, strlen (s), parts, NULL));
  g_assert_cmpuint (parts->len, ==, 2);
  g_assert_cmpint (((SloganPart *) g_ptr_array_index (parts, 1))->n, ==, 3);
  s = "4×4";
  g_assert_true (slogan_parse_formula (s, strlen (s), NULL, NULL));

  /* words and quantities that only look like formulas */
  const char *no[] = { "一站式", "十一连冠", "四连冠", "一对一", "三年", "2023", "一二三四五", "含金量", "十五个" };
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    g_assert_false (slogan_parse_formula (no[i], strlen (no[i]), NULL, NULL));
}

static void
test_bare_chains (void)
{
  g_autoptr (SloganLexicon) lex = load_lexicon ();
  g_autoptr (SloganResult) r = scan (lex, "深入开展三抓三促行动，坚持一村一品，一心一意抓发展，一年一度的会议，一上一下，四面八方。");
  g_assert_nonnull (find_item (r, "三抓三促"));
  g_assert_nonnull (find_item (r, "一村一品"));
  g_assert_null (find_item (r, "一心一意"));  /* stop form */
  g_assert_null (find_item (r, "一年一度"));  /* quantity head */
  g_assert_null (find_item (r, "一上一下"));  /* contrast pair */
  g_assert_null (find_item (r, "四面八方"));
  g_autoptr (SloganResult) r2 = scan (lex, "第十四五个，二十四五岁，“十四五”规划，十四五时期");
  const SloganItem *plan = find_item (r2, "十四五");
  g_assert_nonnull (plan);
  g_assert_cmpuint (plan->occs->len, ==, 2);
  g_assert_cmpuint (plan->quoted, ==, 1);

  /* bare, two digit runs are arithmetic; quoted, a formula with its parts */
  g_autoptr (SloganResult) r3 = scan (lex, "今年2+3等于5。实施“2+3”产业提升计划，推进“4×4”工程。");
  const SloganItem *f = find_item (r3, "2+3");
  g_assert_nonnull (f);
  g_assert_cmpuint (f->occs->len, ==, 2);   /* established by the quote, counted everywhere */
  g_assert_cmpuint (f->kind, ==, SLOGAN_KIND_NUMERAL);
  g_assert_nonnull (find_item (r3, "4×4"));
  g_autoptr (SloganResult) r4 = scan (lex, "今年2+3等于5。");
  g_assert_cmpuint (r4->items->len, ==, 0);

  /* a list of single characters is a formula with its parts (“低、小、散”),
   * a quoted phrase of kind quoted; two characters, or commas, are not */
  g_autoptr (SloganResult) r5 = scan (lex, "企业“低、小、散”问题突出，“稳、进”两字，“高，大，上”不算。");
  f = find_item (r5, "低、小、散");
  g_assert_nonnull (f);
  g_assert_cmpuint (f->kind, ==, SLOGAN_KIND_QUOTED);
  g_assert_cmpuint (f->parts->len, ==, 3);
  g_assert_cmpstr (((SloganPart *) g_ptr_array_index (f->parts, 2))->head, ==, "散");
  g_assert_null (find_item (r5, "稳、进"));
  g_assert_null (find_item (r5, "高，大，上"));
}

/* Bare chains must not be read across ordinary words made with a numeral
 * (stop words) or across function characters. */
static void
test_bare_chain_words (void)
{
  g_autoptr (SloganLexicon) lex = load_lexicon ();
  g_autoptr (SloganResult) r = scan (lex,
      "双方一拍即合。推动两岸开创一个开放而繁荣的局面，实现互惠双赢。"
      "学习党的十九大和二十大精神，附件一和附件二将修订。"
      "长三角三省一市共抓大保护，构建一核两区格局，推进两学一做。");
  g_assert_null (find_item (r, "双方一拍即合"));
  g_assert_null (find_item (r, "两岸开创一个开放而"));
  g_assert_null (find_item (r, "一个互惠双赢"));
  g_assert_null (find_item (r, "十九大和二十大精神"));
  g_assert_null (find_item (r, "一和附件二将"));
  g_assert_null (find_item (r, "三角三省一市"));
  g_assert_nonnull (find_item (r, "三省一市"));   /* read after the stop word 长三角 */
  g_assert_nonnull (find_item (r, "一核两区"));
  g_assert_nonnull (find_item (r, "两学一做"));
  /* a quoted stop word is not established, so its bare uses do not count */
  g_autoptr (SloganResult) r2 = scan (lex, "同时处理「兩岸」与「國際」，兩岸關係改善，兩岸簽署協議。");
  g_assert_null (find_item (r2, "兩岸"));
  g_assert_cmpuint (r2->rejected->len, >=, 1);
}

/* Repetition alone makes a label only with a label's shape: emphasised
 * words, names, terms and speech are quoted again and again too. */
static void
test_repeat_shape (void)
{
  g_autoptr (SloganLexicon) lex = load_lexicon ();
  g_autoptr (SloganResult) r = scan (lex,
      "失业率最快年中「见顶」，之后「见顶」回落。消除「基数效应」后只有2.9%，「基数效应」明显。"
      "从“汉阳造”说起，“汉阳造”闻名。推动「旧浊水溪方案」，「旧浊水溪方案」已核定。"
      "“祝融号”火星车，“祝融号”拍照。她「唔记得」，又「唔记得」。「中国人」身分，「中国人」认同。"
      "传统产业加快“智改数转”，推进“智改数转”。推广“链式改造”，“链式改造”成效好。"
      "实施“两岸青山·千里林带”，“两岸青山·千里林带”35万亩。");
  const char *no[] = { "见顶", "基数效应", "汉阳造", "旧浊水溪方案", "祝融号", "唔记得", "中国人" };
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (find_item (r, no[i]) != NULL)
      g_error ("repeated %s counted as a slogan", no[i]);
  const char *yes[] = { "智改数转", "链式改造", "两岸青山·千里林带" };
  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    {
      const SloganItem *it = find_item (r, yes[i]);
      if (it == NULL)
        g_error ("repeated label %s not found", yes[i]);
      g_assert_cmpuint (it->occs->len, ==, 2);
    }
  /* the shape only gates repetition: a cue still makes a label */
  g_autoptr (SloganResult) r2 = scan (lex, "推行“见顶”机制。");
  g_assert_nonnull (find_item (r2, "见顶"));
}

/* A cue word that starts an organisation's name (政策局, 工作组) is no cue. */
static void
test_cue_org_suffix (void)
{
  g_autoptr (SloganLexicon) lex = load_lexicon ();
  g_autoptr (SloganResult) r = scan (lex,
      "由「政策創新與統籌辦事處」連同各政策局負責，“督导组”和工作组进驻。推行“容缺受理”政策。");
  g_assert_null (find_item (r, "政策創新與統籌辦事處"));
  g_assert_null (find_item (r, "督导组"));
  g_assert_nonnull (find_item (r, "容缺受理"));
}

/* A quoted phrase that starts with a stop word is not a numeral formula
 * (「兩岸共識」 is not 2 × 岸共識; 「四川云教」 is a name). */
static void
test_stop_word_formula (void)
{
  g_autoptr (SloganLexicon) lex = load_lexicon ();
  g_autoptr (SloganResult) r = scan (lex,
      "坚持“两岸共识”原则。在“四川云教”试点基础上推进。坚持“两个结合”。");
  const SloganItem *it = find_item (r, "两岸共识");
  g_assert_nonnull (it);   /* a label through its cue */
  g_assert_cmpuint (it->kind, ==, SLOGAN_KIND_QUOTED);
  g_assert_cmpuint (it->parts->len, ==, 0);
  /* a programme used as a modifier (“四川云教”试点) is a label, not 4 × 川云教 */
  it = find_item (r, "四川云教");
  g_assert_true (it == NULL || (it->kind == SLOGAN_KIND_QUOTED && it->parts->len == 0));
  it = find_item (r, "两个结合");
  g_assert_nonnull (it);
  g_assert_cmpuint (it->kind, ==, SLOGAN_KIND_NUMERAL);
}

/* Bare chains must not run on across law citations, weekdays, words such
 * as 一系列/进一步/新一轮, repeated measure words or place names. */
static void
test_bare_chain_runons (void)
{
  g_autoptr (SloganLexicon) lex = load_lexicon ();
  g_autoptr (SloganResult) r = scan (lex,
      "符合本法第一百四十六條之一第一項第三款。依第二十二條之三第一項之規定。依附表一至附表十三規定之行業。"
      "上周五援引一份官方数据。两国进一步加强合作。四国签署一系列合作文件。两国新一轮政府磋商。"
      "干一行爱一行。重庆、四川两地合作。在一项又一项重大攻关中。拒絕兩宗有關一地兩檢的申請。"
      "构建一核两区格局。");
  for (guint i = 0; i < r->items->len; i++)
    {
      const SloganItem *it = g_ptr_array_index (r->items, i);
      if (strcmp (it->key, "一核两区") != 0 && strcmp (it->key, "一地兩檢") != 0)
        g_error ("run-on chain %s", it->key);
    }
  g_assert_nonnull (find_item (r, "一核两区"));
}

/* Coordinated quotes share the cue after the last one. */
static void
test_coordinated_cue (void)
{
  g_autoptr (SloganLexicon) lex = load_lexicon ();
  g_autoptr (SloganResult) r = scan (lex,
      "坚持“两手抓”和“稳中求快”的工作思路。延续「小三通」及「假日包機」政策。"
      "他说“好”和“对”。“冲锋号”吹响。“新赛道”上。");
  g_assert_nonnull (find_item (r, "两手抓"));
  g_assert_nonnull (find_item (r, "稳中求快"));
  g_assert_nonnull (find_item (r, "小三通"));
  g_assert_nonnull (find_item (r, "假日包機"));
  g_assert_null (find_item (r, "冲锋号"));   /* no cue, not coordinated, not paired */
  g_assert_null (find_item (r, "新赛道"));
}

/* Names of laws, rules and standards quoted in 「」 are titles, even repeated.
 * (Simplified, as the scanner sees a Traditional text: the plugin requires
 * the normalized view and the word lists are written once, in Simplified.) */
static void
test_quoted_document_names (void)
{
  g_autoptr (SloganLexicon) lex = load_lexicon ();
  g_autoptr (SloganResult) r = scan (lex,
      "依「地面水体分类及水质标准」办理，符合「地面水体分类及水质标准」。"
      "「含金量」高，「含金量」足。");
  g_assert_null (find_item (r, "地面水体分类及水质标准"));
  g_assert_nonnull (find_item (r, "含金量"));
  guint titles = 0;
  for (guint i = 0; i < r->rejected->len; i++)
    if (g_strcmp0 (g_array_index (r->rejected, SloganSpan, i).reason, "title") == 0)
      titles++;
  g_assert_cmpuint (titles, ==, 2);
}

/* Quotes naming a diplomacy line, an initiative or a policy are labels. */
static void
test_label_suffixes (void)
{
  g_autoptr (SloganLexicon) lex = load_lexicon ();
  g_autoptr (SloganResult) r = scan (lex,
      "放棄「烽火外交」，推動「南海和平倡議」與「新南向政策」；「臺灣獨立」不是選項，「國際」也重要。");
  g_assert_nonnull (find_item (r, "烽火外交"));
  g_assert_nonnull (find_item (r, "南海和平倡議"));
  g_assert_nonnull (find_item (r, "新南向政策"));
  g_assert_null (find_item (r, "臺灣獨立"));
  g_assert_null (find_item (r, "國際"));
}

/* National and Hong Kong/Taiwan watchwords shipped in the lexicon, with
 * categories, quoted or not, Traditional forms under the Simplified key. */
static void
test_lexicon_watchwords (void)
{
  g_autoptr (SloganLexicon) lex = load_lexicon ();
  g_autoptr (SloganResult) r = scan (lex,
      "经济稳中向好，稳就业、稳预期，建设现代化产业体系和科技强国，推行“多规合一”和营改增，"
      "实施揭榜挂帅，长江十年禁渔，共抓大保护、不搞大开发。經濟穩中向好。"
      "堅持「九二共識、一中各表」，推動活路外交與新南向政策。");
  const char *expect[][2] = {
    { "稳中向好", "宏观调控" }, { "稳就业", "宏观调控" }, { "稳预期", "宏观调控" },
    { "现代化产业体系", "产业" }, { "科技强国", "强国" }, { "多规合一", "改革" },
    { "营改增", "改革" }, { "揭榜挂帅", "科技" }, { "十年禁渔", "生态" },
    { "共抓大保护、不搞大开发", "生态" }, { "九二共识", "港澳台" }, { "一中各表", "港澳台" },
    { "活路外交", "港澳台" }, { "新南向政策", "港澳台" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (expect); i++)
    {
      const SloganItem *it = find_entry (r, expect[i][0]);
      if (it == NULL)
        g_error ("lexicon watchword %s not found", expect[i][0]);
      g_assert_nonnull (it->entry);
      g_assert_cmpstr (it->entry->category, ==, expect[i][1]);
    }
  g_assert_cmpuint (find_item (r, "稳中向好")->occs->len, ==, 2);   /* 穩中向好 too */
  g_assert_cmpuint (find_entry (r, "十年禁渔")->occs->len, ==, 1);   /* 长江十年禁渔 is a variant */
  /* the key is the form written: the variant when the canonical form is absent */
  g_assert_cmpstr (find_entry (r, "十年禁渔")->key, ==, "长江十年禁渔");
  g_assert_cmpstr (find_entry (r, "稳中向好")->key, ==, "稳中向好");

  /* watchwords of 2012-2026 work reports, and no matching inside longer words */
  g_autoptr (SloganResult) r2 = scan (lex,
      "全面深化改革，推进乡村全面振兴，贯彻总体国家安全观，发展全过程人民民主，坚持投资于人，"
      "开展“人工智能+”行动，做好五篇大文章，培育专精特新“小巨人”企业和制造业单项冠军，推行河长制、林长制。"
      "全面深化改革开放。她夺得三个单项冠军。");
  const char *expect2[][2] = {
    { "全面深化改革", "改革" }, { "乡村振兴", "区域" }, { "总体国家安全观", "安全" },
    { "全过程人民民主", "治理" }, { "投资于人", "民生" }, { "人工智能+", "产业" },
    { "五篇大文章", "金融" }, { "小巨人", "产业" }, { "制造业单项冠军", "产业" },
    { "河长制", "生态" }, { "林长制", "生态" }, { "改革开放", "改革" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (expect2); i++)
    {
      const SloganItem *it = find_entry (r2, expect2[i][0]);
      if (it == NULL)
        g_error ("lexicon watchword %s not found", expect2[i][0]);
      g_assert_cmpstr (it->entry->category, ==, expect2[i][1]);
    }
  /* 全面深化改革开放 counts as 改革开放, not as 全面深化改革 too */
  g_assert_cmpuint (find_item (r2, "全面深化改革")->occs->len, ==, 1);
  g_assert_cmpuint (find_entry (r2, "改革开放")->occs->len, ==, 1);
  g_assert_cmpstr (find_entry (r2, "改革开放")->key, ==, "全面深化改革开放");
  g_assert_cmpuint (find_item (r2, "制造业单项冠军")->occs->len, ==, 1);

  /* word boundaries: 平稳增长 holds no 稳增长, 预防风险 no 防风险; the
   * longest form written is the key (科学发展, 新型工业化道路) */
  g_autoptr (SloganResult) r3 = scan (lex,
      "保持平稳增长，预防风险。坚持科学发展，走新型工业化道路，统筹稳增长。");
  g_assert_cmpuint (find_entry (r3, "稳增长")->occs->len, ==, 1);
  g_assert_null (find_entry (r3, "防风险"));
  g_assert_cmpstr (find_entry (r3, "科学发展观")->key, ==, "科学发展");
  g_assert_cmpstr (find_entry (r3, "新型工业化")->key, ==, "新型工业化道路");
}

/* docsift-summary --format=table: years from meta.published, compact year
 * columns, long slogans cut to the column, documents per year at the end. */
static void
test_summary_table (void)
{
  const char *build = g_getenv ("DOCSIFT_BUILD_DIR");
  g_autofree char *exe = g_build_filename (build ? build : ".", "plugins", "slogans",
                                           "docsift-summary", NULL);
  if (!g_file_test (exe, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip_printf ("%s not built", exe);
      return;
    }
  const char *input =
    "{\"meta\":{\"published\":\"2016-03-22\"},\"layers\":{\"slogans\":{\"items\":["
    "{\"slogan\":\"稳增长\",\"kind\":\"lexicon\",\"count\":3,\"quoted\":0},"
    "{\"slogan\":\"科技是第一生产力、人才是第一资源、创新是第一动力\",\"kind\":\"lexicon\",\"count\":1,\"quoted\":0}]}}}\n"
    "{\"meta\":{\"published\":\"2021-03-05\"},\"layers\":{\"slogans\":{\"items\":["
    "{\"slogan\":\"稳增长\",\"kind\":\"lexicon\",\"count\":2,\"quoted\":0}]}}}\n"
    "{\"meta\":{},\"layers\":{\"slogans\":{\"items\":[]}}}\n";
  g_autofree char *in_path = NULL;
  g_autoptr (GError) error = NULL;
  int fd = g_file_open_tmp ("slogans-summary-XXXXXX.jsonl", &in_path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (in_path, input, -1, &error));
  const char *argv[] = { exe, "--format=table", in_path, NULL };
  g_autofree char *out = NULL;
  gint status = 0;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_unlink (in_path);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_auto (GStrv) lines = g_strsplit (out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "3 documents, 2 with slogans");
  /* header: year columns as wide as the year plus a gap */
  g_assert_nonnull (strstr (lines[2], "docs  2016  2021  unknown"));
  g_assert_true (g_str_has_prefix (lines[3], "稳增长"));
  g_assert_true (g_str_has_suffix (lines[3], "     5     2     3     2        ·"));
  /* the long slogan is cut to 32 columns and ends in … */
  g_assert_true (g_str_has_prefix (lines[4], "科技是第一生产力、人才是第一资…  "));
  g_assert_true (g_str_has_prefix (lines[5], "(documents)"));
  g_assert_true (g_str_has_suffix (lines[5], "     3     1     1        1"));
  /* every row as wide as the header */
  g_autofree char *h = g_strdup (lines[2]);
  glong w = 0;
  for (const char *p = h; *p; p = g_utf8_next_char (p))
    w += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  for (guint i = 3; i <= 5; i++)
    {
      glong wi = 0;
      for (const char *p = lines[i]; *p; p = g_utf8_next_char (p))
        wi += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
      g_assert_cmpint (wi, ==, w);
    }
}

static void
test_joined (void)
{
  g_autoptr (SloganLexicon) lex = load_lexicon ();
  g_autoptr (SloganResult) r = scan (lex, "扎实做好“四稳”“四保”工作。“四稳”是关键。");
  const SloganItem *a = find_item (r, "四稳"), *b = find_item (r, "四保"), *j = find_item (r, "四稳四保");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_nonnull (j);
  g_assert_cmpuint (a->occs->len, ==, 2);
  g_assert_cmpuint (j->occs->len, ==, 1);
  g_assert_cmpuint (j->joined_from->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (a->part_of, 0), ==, "四稳四保");
  g_assert_cmpuint (j->kind, ==, SLOGAN_KIND_NUMERAL);
}

static void
test_quoted_terms (void)
{
  g_autoptr (SloganLexicon) lex = load_lexicon ();
  g_autoptr (SloganResult) r = scan (lex,
    "推行“容缺受理”改革。他说：“我们一定要把工作做好，让企业满意。”"
    "提升“含金量”，再提升“含金量”。吹响“冲锋号”。实施“春风行动”。"
    "印发《关于推进“放管服”改革的意见》。容缺受理成效明显。");
  const SloganItem *cue = find_item (r, "容缺受理");
  g_assert_nonnull (cue);
  g_assert_cmpuint (cue->occs->len, ==, 2);   /* established, then counted bare too */
  g_assert_cmpuint (cue->quoted, ==, 1);
  g_assert_cmpstr (cue->reason, ==, "label");
  g_assert_true (cue->features & (1u << SLOGAN_FEATURE_CUE));
  g_assert_cmpstr (cue->cue, ==, "改革");
  g_assert_nonnull (find_item (r, "含金量"));
  g_assert_nonnull (find_item (r, "春风行动"));
  g_assert_null (find_item (r, "冲锋号"));
  g_assert_nonnull (find_item (r, "放管服"));
  g_assert_cmpuint (r->titles->len, ==, 1);
  for (guint i = 0; i < r->items->len; i++)
    g_assert_null (strstr (((SloganItem *) g_ptr_array_index (r->items, i))->key, "我们"));
}

/* ---------- bad input ---------- */

static void
test_lone_quote (void)
{
  g_autoptr (SloganLexicon) lex = load_lexicon ();
  GString *s = g_string_new ("进入“");
  for (int i = 0; i < 200; i++)
    g_string_append (s, "园区经济稳定向好，");
  g_string_append (s, "\n全面推行“一窗受理”，推进“证照分离”改革。");
  g_autoptr (SloganResult) r = slogan_scan (lex, NULL, s->str, s->len);
  g_assert_nonnull (find_item (r, "一窗受理"));
  g_assert_nonnull (find_item (r, "证照分离"));
  g_assert_cmpuint (r->n_unclosed, >=, 1);
  g_string_free (s, TRUE);
}

static void
test_nested_quotes (void)
{
  g_autoptr (SloganLexicon) lex = load_lexicon ();
  g_autoptr (SloganResult) r = scan (lex, "他说：“实现了‘十四五’良好开局，打好‘组合拳’。”又说“要落实“六稳”工作”。");
  const SloganItem *it = find_item (r, "十四五");
  g_assert_nonnull (it);
  g_assert_cmpuint (it->quoted, ==, 1);
  g_assert_nonnull (find_item (r, "六稳"));
  /* a metaphor after a label verb (打好“组合拳”) is a label, nested or not */
  it = find_item (r, "组合拳");
  g_assert_nonnull (it);
  g_assert_true (it->features & (1u << SLOGAN_FEATURE_FRAME));
}

static void
test_line_breaks (void)
{
  g_autoptr (SloganLexicon) lex = load_lexicon ();
  g_autoptr (SloganResult) r = scan (lex, "推进“容缺\n受理”改革，“含金\r\n量”提升");
  g_assert_cmpuint (r->items->len, ==, 0);
  g_assert_cmpuint (r->n_quotes, ==, 0);
  g_assert_cmpuint (r->n_unclosed, ==, 2);
}

static void
test_many_quotes (void)
{
  g_autoptr (SloganLexicon) lex = load_lexicon ();
  GString *s = g_string_new (NULL);
  for (int i = 0; i < 10000; i++)
    g_string_append (s, "提升“含金量”，");
  gint64 t0 = g_get_monotonic_time ();
  g_autoptr (SloganResult) r = slogan_scan (lex, NULL, s->str, s->len);
  const SloganItem *it = find_item (r, "含金量");
  g_assert_nonnull (it);
  g_assert_cmpuint (it->occs->len, ==, 10000);
  g_assert_cmpuint (it->quoted, ==, 10000);
  /* 10,000 openers and no closer */
  g_string_truncate (s, 0);
  for (int i = 0; i < 10000; i++)
    g_string_append (s, "“含金量");
  g_autoptr (SloganResult) r2 = slogan_scan (lex, NULL, s->str, s->len);
  g_assert_cmpuint (r2->items->len, ==, 0);
  g_assert_cmpuint (r2->n_unclosed, ==, 10000);
  g_assert_cmpint (g_get_monotonic_time () - t0, <, 10 * G_USEC_PER_SEC);
  g_string_free (s, TRUE);
}

static void
test_numeral_runs (void)
{
  g_autoptr (SloganLexicon) lex = load_lexicon ();
  GString *s = g_string_new (NULL);
  for (int i = 0; i < 2000; i++)
    g_string_append (s, "一二三四五六七八九十");
  g_string_append (s, "，三抓三促");
  g_autoptr (SloganResult) r = slogan_scan (lex, NULL, s->str, s->len);
  g_assert_cmpuint (r->items->len, ==, 1);
  g_assert_nonnull (find_item (r, "三抓三促"));
  g_string_free (s, TRUE);
}

/* ---------- lexicon file ---------- */

static void
test_lexicon_errors (void)
{
  const char *bad[] = { "高质量发展\n放管服 | | 证照分离\n", "a\n@foo bar\n", "x [cat\n",
                        "六稳 [宏观\n", "@cue\n", "\xff\xfe\n" };
  const guint line[] = { 2, 2, 1, 1, 1, 1 };
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (SloganLexicon) lex = slogan_lexicon_new ();
      g_autoptr (GError) error = NULL;
      g_assert_false (slogan_lexicon_add_data (lex, "my.txt", bad[i], strlen (bad[i]), &error));
      g_assert_error (error, SLOGAN_LEXICON_ERROR, SLOGAN_LEXICON_ERROR_SYNTAX);
      g_autofree char *where = g_strdup_printf ("my.txt:%u:", line[i]);
      g_assert_true (g_str_has_prefix (error->message, where));
    }
  g_autoptr (SloganLexicon) lex = slogan_lexicon_new ();
  g_autoptr (GError) error = NULL;
  const char *ok = "# c\n新词 | 新詞 [测试] # note\n!新字\n@cue 口号\n";
  g_assert_true (slogan_lexicon_add_data (lex, "ok.txt", ok, strlen (ok), &error));
  slogan_lexicon_finish (lex);
  const SloganEntry *e = slogan_lexicon_lookup (lex, "新詞", strlen ("新詞"));
  g_assert_nonnull (e);
  g_assert_cmpstr (e->canonical, ==, "新词");
  g_assert_cmpstr (e->category, ==, "测试");
  g_assert_true (slogan_lexicon_is_stop (lex, "新字", strlen ("新字")));
}

/* A stop form is never a slogan, and the lexicon forms inside it do not
 * count: a name that contains a slogan. */
static void
test_stop_hides_forms (void)
{
  g_autoptr (SloganLexicon) lex = slogan_lexicon_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *words = g_build_filename (g_getenv ("DOCSIFT_DATA_DIR") ? g_getenv ("DOCSIFT_DATA_DIR") : "config",
                                             "slogans-words.txt", NULL);
  g_assert_true (slogan_lexicon_load_words (lex, words, &error));
  const char *data = "高质量发展\n!高质量发展研究院\n";
  g_assert_true (slogan_lexicon_add_data (lex, "t.txt", data, strlen (data), &error));
  g_assert_no_error (error);
  slogan_lexicon_finish (lex);
  g_autoptr (SloganResult) r = scan (lex, "高质量发展研究院发布报告，推动高质量发展。");
  const SloganItem *it = find_item (r, "高质量发展");
  g_assert_nonnull (it);
  g_assert_cmpuint (it->occs->len, ==, 1);
  g_assert_null (find_item (r, "高质量发展研究院"));

  /* the shipped lexicon: a doctrine's name is a name (docs/plugins/slogans.md) */
  g_autoptr (SloganLexicon) shipped = load_lexicon ();
  g_autoptr (SloganResult) r2 = scan (shipped, "深入学习贯彻习近平新时代中国特色社会主义思想，"
                                               "坚持和发展中国特色社会主义。");
  g_assert_null (find_item (r2, "习近平新时代中国特色社会主义思想"));
  it = find_entry (r2, "中国特色社会主义");
  g_assert_nonnull (it);
  g_assert_cmpuint (it->occs->len, ==, 1);
}

/* ---------- through the pipeline ---------- */

static DsHarness *
harness_or_skip (const char *plugins, const char *opt_key, const char *opt_value, GError **error)
{
  g_autoptr (GError) local = NULL;
  g_autoptr (DsHarness) h = ds_harness_new (NULL, &local);
  if (h == NULL)
    {
      g_test_skip_printf ("no harness: %s", local->message);
      return NULL;
    }
  if (opt_key && !ds_harness_set_option (h, opt_key, opt_value, error))
    return NULL;
  if (!ds_harness_select (h, plugins, error))
    return NULL;
  return g_steal_pointer (&h);
}

static void
test_plugin_missing_lexicon (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DsHarness) h = harness_or_skip ("slogans", "slogans.lexicon", "no-such-slogans.txt", &error);
  if (h == NULL && error == NULL)
    return;
  g_assert_null (h);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "no-such-slogans.txt"));
}

/* The word lists are data read at init: a bad line is an init error naming
 * the file and the line, a missing list names its section. */
static void
test_plugin_bad_word_lists (void)
{
  g_autofree char *dir = g_dir_make_tmp ("slogans-words-XXXXXX", NULL);
  g_assert_nonnull (dir);
  g_autofree char *dup = g_build_filename (dir, "dup.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  g_assert_true (g_file_set_contents (dup, "# words\n[frame]\n打造\n打造\n", -1, NULL));
  g_assert_true (g_file_set_contents (missing, "[frame]\n打造\n", -1, NULL));

  g_autoptr (GError) error = NULL;
  g_autoptr (DsHarness) h = harness_or_skip ("slogans", "slogans.word_lists", dup, &error);
  if (h == NULL && error == NULL)
    return;
  g_assert_null (h);
  g_assert_nonnull (error);
  g_autofree char *where = g_strdup_printf ("%s:4", dup);
  if (strstr (error->message, where) == NULL)
    g_error ("no file:line in “%s”", error->message);

  g_clear_error (&error);
  g_autoptr (DsHarness) h2 = harness_or_skip ("slogans", "slogans.word_lists", missing, &error);
  g_assert_null (h2);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, missing));
  g_assert_nonnull (strstr (error->message, "demonstrative"));   /* the first missing list */

  g_unlink (dup);
  g_unlink (missing);
  g_rmdir (dir);
}

static char *
read_seed (const char *file, gsize *len)
{
  const char *src = g_getenv ("DOCSIFT_SOURCE_DIR");
  g_autofree char *path = g_build_filename (src ? src : ".", "examples", file, NULL);
  char *text = NULL;
  if (!g_file_get_contents (path, &text, len, NULL))
    return NULL;
  return text;
}

static void
test_plugin_layer (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DsHarness) h = harness_or_skip ("slogans", NULL, NULL, &error);
  if (h == NULL && error == NULL)
    return;
  g_assert_no_error (error);
  const char *text = "「兩個絕對」很重要，落實「兩個絕對」要求。";
  g_autoptr (DsDocument) doc = ds_harness_process_text (h, text, -1, &error);
  g_assert_no_error (error);
  DsLayer *layer = ds_document_get_layer (doc, "slogans");
  g_assert_nonnull (layer);
  JsonArray *items = ds_layer_get_items (layer);
  g_assert_cmpuint (json_array_get_length (items), ==, 1);
  JsonObject *o = json_array_get_object_element (items, 0);
  /* slogans requires the normalized view: -p slogans pulls normalize in, the
   * key is Simplified, spans and forms are the document's own */
  g_assert_cmpstr (json_object_get_string_member (o, "slogan"), ==, "两个绝对");
  g_assert_cmpstr (json_object_get_string_member (o, "text"), ==, "兩個絕對");
  g_assert_cmpint (json_object_get_int_member (o, "count"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (o, "start"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (o, "end"), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (o, "kind"), ==, "numeral");
  JsonArray *parts = json_object_get_array_member (o, "parts");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (parts, 0), "n"), ==, 2);
}

static gboolean
in_list (const char *const *list, guint n, const char *s)
{
  for (guint i = 0; i < n && list[i]; i++)
    if (strcmp (list[i], s) == 0)
      return TRUE;
  return FALSE;
}

static void
test_golden_seeds (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DsHarness) h = harness_or_skip ("normalize,slogans", NULL, NULL, &error);
  if (h == NULL && error == NULL)
    return;
  g_assert_no_error (error);
  guint tp = 0, fp = 0, fn = 0;
  for (guint d = 0; d < G_N_ELEMENTS (gold_docs); d++)
    {
      const GoldDoc *g = &gold_docs[d];
      gsize len = 0;
      g_autofree char *text = read_seed (g->file, &len);
      if (text == NULL)
        {
          g_test_skip_printf ("seed %s not found (examples/ under $DOCSIFT_SOURCE_DIR)", g->file);
          return;
        }
      g_autoptr (DsDocument) doc = ds_harness_process_text (h, text, len, &error);
      g_assert_no_error (error);
      JsonArray *items = ds_layer_get_items (ds_document_get_layer (doc, "slogans"));
      guint n = json_array_get_length (items);
      g_autoptr (GHashTable) found = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < n; i++)
        {
          JsonObject *o = json_array_get_object_element (items, i);
          const char *key = json_object_get_string_member (o, "slogan");
          g_hash_table_insert (found, (gpointer) key, o);
          gboolean gold = FALSE;
          for (guint k = 0; k < G_N_ELEMENTS (g->slogans) && g->slogans[k].slogan; k++)
            gold |= strcmp (g->slogans[k].slogan, key) == 0;
          if (gold)
            tp++;
          else if (!in_list (g->ambiguous, G_N_ELEMENTS (g->ambiguous), key))
            {
              fp++;
              g_test_message ("%s: false positive %s", g->file, key);
            }
          /* the phrases that are rightly not slogans must never show up */
          if (in_list (g->not_slogans, G_N_ELEMENTS (g->not_slogans), key))
            g_error ("%s: %s is not a slogan", g->file, key);
        }
      for (guint k = 0; k < G_N_ELEMENTS (g->slogans) && g->slogans[k].slogan; k++)
        {
          const Gold *e = &g->slogans[k];
          JsonObject *o = g_hash_table_lookup (found, e->slogan);
          if (o == NULL)
            {
              fn++;
              g_test_message ("%s: missed %s", g->file, e->slogan);
              continue;
            }
          if (json_object_get_int_member (o, "count") != e->count ||
              strcmp (json_object_get_string_member (o, "kind"), e->kind) != 0)
            g_error ("%s: %s: count %" G_GINT64_FORMAT " kind %s, expected %d %s", g->file,
                     e->slogan, json_object_get_int_member (o, "count"),
                     json_object_get_string_member (o, "kind"), e->count, e->kind);
        }
    }
  double precision = tp + fp ? (double) tp / (tp + fp) : 1.0;
  double recall = tp + fn ? (double) tp / (tp + fn) : 1.0;
  g_test_message ("seeds: tp=%u fp=%u fn=%u precision=%.3f recall=%.3f", tp, fp, fn, precision, recall);
  g_printerr ("# slogans on the seeds: precision %.3f, recall %.3f (tp %u, fp %u, fn %u)\n",
              precision, recall, tp, fp, fn);
  g_assert_cmpfloat (precision, >=, SEED_MIN_PRECISION);
  g_assert_cmpfloat (recall, >=, SEED_MIN_RECALL);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/slogans/formula/parts", test_formula_parts);
  g_test_add_func ("/slogans/formula/bare-chains", test_bare_chains);
  g_test_add_func ("/slogans/formula/bare-chain-words", test_bare_chain_words);
  g_test_add_func ("/slogans/formula/joined", test_joined);
  g_test_add_func ("/slogans/formula/bare-chain-runons", test_bare_chain_runons);
  g_test_add_func ("/slogans/formula/stop-word-formula", test_stop_word_formula);
  g_test_add_func ("/slogans/quoted/repeat-shape", test_repeat_shape);
  g_test_add_func ("/slogans/quoted/cue-org-suffix", test_cue_org_suffix);
  g_test_add_func ("/slogans/quoted/coordinated-cue", test_coordinated_cue);
  g_test_add_func ("/slogans/quoted/document-names", test_quoted_document_names);
  g_test_add_func ("/slogans/quoted/label-suffixes", test_label_suffixes);
  g_test_add_func ("/slogans/quoted/terms", test_quoted_terms);
  g_test_add_func ("/slogans/bad-input/lone-quote", test_lone_quote);
  g_test_add_func ("/slogans/bad-input/nested-quotes", test_nested_quotes);
  g_test_add_func ("/slogans/bad-input/line-breaks", test_line_breaks);
  g_test_add_func ("/slogans/bad-input/10000-quotes", test_many_quotes);
  g_test_add_func ("/slogans/bad-input/numeral-runs", test_numeral_runs);
  g_test_add_func ("/slogans/lexicon/errors", test_lexicon_errors);
  g_test_add_func ("/slogans/lexicon/stop-hides-forms", test_stop_hides_forms);
  g_test_add_func ("/slogans/lexicon/watchwords", test_lexicon_watchwords);
  g_test_add_func ("/slogans/plugin/missing-lexicon", test_plugin_missing_lexicon);
  g_test_add_func ("/slogans/plugin/layer", test_plugin_layer);
  g_test_add_func ("/slogans/plugin/bad-word-lists", test_plugin_bad_word_lists);
  g_test_add_func ("/slogans/golden/seeds", test_golden_seeds);
  g_test_add_func ("/slogans/summary/table", test_summary_table);
  return g_test_run ();
}
