/* numbers-words.c: the word lists of the extractor, indexed once as WordSets.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "numbers-internal.h"

void
word_set_init (WordSet *ws, const char *const *words, guint n, gboolean suffix)
{
  ws->words = words;
  ws->suffix = suffix;
  ws->lens = g_new (guint8, n);
  ws->idx = g_new (guint16, n);
  guint size = 16;
  while (size < 2 * n)
    size *= 2;
  ws->slots = g_new0 (WordSlot, size);
  ws->mask = size - 1;
  ws->min_len = G_MAXSIZE;
  guint64 *keys = g_new (guint64, n);
  for (guint i = 0; i < n; i++)
    {
      const guchar *w = (const guchar *) words[i];
      gsize l = strlen (words[i]);
      g_assert (l > 0 && l < 256);
      ws->lens[i] = (guint8) l;
      ws->min_len = MIN (ws->min_len, l);
      keys[i] = suffix ? key_before (w, 0, l) : key_at (w, l);
      guchar b = suffix ? w[l - 1] : w[0];
      ws->lead[b >> 6] |= G_GUINT64_CONSTANT (1) << (b & 63);
    }
  /* group indices by key, keeping list order inside each group */
  guint pos = 0;
  for (guint i = 0; i < n; i++)
    {
      if (word_set_find (ws, keys[i]))
        continue;
      guint h = key_hash (keys[i], ws->mask);
      while (ws->slots[h].key)
        h = (h + 1) & ws->mask;
      ws->slots[h].key = keys[i];
      ws->slots[h].first = (guint16) pos;
      for (guint j = i; j < n; j++)
        if (keys[j] == keys[i])
          ws->idx[pos++] = (guint16) j;
      ws->slots[h].n = (guint16) (pos - ws->slots[h].first);
    }
  g_free (keys);
}

/* The last position in [s, e) where a word of the list ends by e, and the
 * longest word there (in *wlen); -1 (and *wlen untouched) if none. */
gssize
word_set_find_last (const WordSet *ws, const char *t, gsize s, gsize e, gsize *wlen)
{
  if (e < s + ws->min_len)
    return -1;
  for (gsize p = e - ws->min_len + 1; p-- > s;)
    {
      if (!word_set_lead (ws, (guchar) t[p]))
        continue;
      guint64 key = key_at ((const guchar *) t + p, e - p);
      const WordSlot *sl = key ? word_set_find (ws, key) : NULL;
      gsize best = 0;
      for (guint i = 0; sl && i < sl->n; i++)
        {
          guint w = ws->idx[sl->first + i];
          if (p + ws->lens[w] <= e && ws->lens[w] > best && memcmp (t + p, ws->words[w], ws->lens[w]) == 0)
            best = ws->lens[w];
        }
      if (best)
        {
          *wlen = best;
          return (gssize) p;
        }
    }
  return -1;
}

/* The indexed lists, built once (words_init) and then shared read-only. */
WordSet ws_approx_before, ws_approx_after, ws_filler, ws_growth, ws_decline, ws_forecast,
  ws_target, ws_actual, ws_metric, ws_modal, ws_share, ws_stops, ws_time_lead, ws_time_tail, ws_lead, ws_tail,
  ws_verbs, ws_respectively, ws_money, ws_money_end;

/* ---- approximation words ---- */


const Cue approx_before[] = {
  { "将近", "nearly" }, { "接近", "nearly" }, { "近", "nearly" },
  { "大约", "about" }, { "约为", "about" }, { "約為", "about" }, { "大約", "about" },
  { "约", "about" }, { "約", "about" }, { "大概", "about" },
  { "超过", "more_than" }, { "超過", "more_than" }, { "逾", "more_than" }, { "突破", "more_than" },
  { "多于", "more_than" }, { "高于", "more_than" }, { "超", "more_than" },
  { "不足", "less_than" }, { "不到", "less_than" }, { "低于", "less_than" }, { "少于", "less_than" },
  { "未满", "less_than" },
  { "至少", "at_least" }, { "最少", "at_least" }, { "不少于", "at_least" }, { "不低于", "at_least" },
  { "最多", "at_most" }, { "至多", "at_most" }, { "不超过", "at_most" }, { "不超過", "at_most" },
  { "不高于", "at_most" },
  { NULL, NULL }
};

const Cue approx_after[] = {
  { "左右", "about" }, { "上下", "about" }, { "以上", "at_least" }, { "以下", "at_most" },
  { "以内", "at_most" }, { "以內", "at_most" }, { "之内", "at_most" }, { "有余", "more_than" },
  { "有餘", "more_than" }, { "之多", "about" },
  { NULL, NULL }
};

static const char *const growth_cues[] = { "同比增长", "同比增加", "同比提高", "同比上升", "增长", "增長",
                                           "增加", "提高", "提升", "上升", "上涨", "增幅", "增速", "成长", "成長",
                                           "升幅", "大增", "大升", "增", "升", NULL };
static const char *const decline_cues[] = { "同比下降", "同比减少", "下降", "减少", "減少", "降低", "下滑",
                                            "回落", "下跌", "降幅", "跌幅", "大跌", "减", "降", "跌", NULL };
static const char *const filler[] = { "了", "达", "達", "为", "為", "至", "到", "约", "約", "近", "超过",
                                      "逾", "突破", "分别", "分別", "多达", "多達", "高达", "高達", "仅", "僅",
                                      "共计", "共計", "合计", "合計", "总计", "總計", "只有", "其实", "其實", "只", NULL };
static const char *const forecast_cues[] = { "预计", "預計", "预期", "預期", "有望", NULL };
static const char *const target_cues[] = { "力争", "力爭", "目标", "目標", "争取", "爭取", "计划", "計劃",
                                           "确保", "確保", "拟", "擬", NULL };
static const char *const actual_cues[] = { "实现", "實現", "完成", "达到", "達到", "累计", "累計", "已",
                                           NULL };
/* verbs after which the metric starts */
static const char *const metric_cues[] = {
  "实现了", "实现", "實現", "完成了", "完成", "达到", "達到", "新增", "新签约", "新簽約", "突破", "累计",
  "累計", "获得", "獲得", "获", "獲", "占", "佔", "兑现", "兌現", "提供", "收回", "实施了", "實施了", "实施",
  "實施", "引进", "引進", "招聘", "用于", "组织", "組織", "入库", "入庫", "立项", "立項", "新授权", "新授權",
  "新认定", "新認定", "复审", "複審", "奖励", "獎勵", "拿出", "落实", "落實", "开复工", "開復工", "建成",
  "设立了", "設立了", "设立", "設立", "达", "達", "为", "為", "是", "超过",
  "超過", "逾", "汇聚着", "匯聚著", "年产", "年產", "打造", "拥有", "擁有", NULL
};
/* where a metric after the figure stops */
static const char *const metric_stops[] = { "的", "和", "与", "與", "及", "并", "並", "在", "了", "将", "將",
                                            "为", "為", "是", "已", "全", "建成", "建设", "建設", "建立", "实现",
                                            "實現", "实施", "實施", "均", "进入", "進入", "进驻", "進駐", "进行",
                                            "進行", "达", "達", "获", "獲", "落户", "落戶", "落地", "开工", "開工",
                                            "开业", "開業", "开通", "開通", "开展", "開展", "开始", "開始", "完成",
                                            "又", "等", "投产", "投產", "投入", "投用", "共", "被", "相继", "相繼",
                                            "入驻", "入駐", "入选", "入選", "入库", "入庫", "入围", "入圍", "成",
                                            "至", "到", "拥有", "擁有", "迅速", "拔地", "正在", "纷纷", "紛紛",
                                            "陆续", "陸續", "先后", "先後", "分别", "分別", "各自", "参与", "參與",
                                            "签约", "簽約", "集聚", "聚集", "基础上", "基礎上", "占", "佔", "同比",
                                            "比上年", "比去年", "列入", "深入", "也", "都", "还", "還", "得", "于", "於", "从", "從",
                                            "向", "给", "給", "来", "來", "另外", NULL };
static const char *const share_cues[] = { "占", "佔", NULL };
static const char *const respectively[] = { "分别", "分別", NULL };
static const char *const time_words[] = {
  "今年", "去年", "明年", "全年", "上半年", "下半年", "前三季度", "一季度", "目前", "同时", "同時", "其中",
  "此外", "过去", "過去", "当年", "當年", "每年", "如今", "现在", "現在", "当前", "當前", "另外", "同期", "年内", "年內",
  "年来", "年來", "年以来", "年以來", "一季度", "二季度", "三季度", "四季度", "第一季", "首季", "年均",
  "年末", "年底", "年初", "本年度", "本年", NULL
};
/* words a metric does not start with: conjunctions, pronouns, prepositions, adverbs */
static const char *const metric_lead[] = {
  "而且", "而", "但是", "但", "例如", "比如", "譬如", "并且", "並且", "且", "我们", "我們", "他们", "他們", "这些", "這些", "这一", "這一", "一个", "一個", "这", "這",
  "该", "該", "把", "将会", "將會", "将", "將", "让", "讓", "由", "从", "從", "都", "也", "已经", "已經", "已",
  "还", "還", "又", "的", "之", "在", "和", "与", "與", "及", "、", NULL
};
/* words a metric does not end with: particles, adverbs (single characters only
 * where no noun ends with them: not 则 (原则), 比 (占比), 为 (行为)…) */
static const char *const metric_tail[] = {
  "年均", "就有", "中有", "还有", "還有", "已有", "的", "了", "共", "也", "就", "都", "还", "還", "已经", "已經",
  "已", "均", "仅", "僅", "却", "卻", "又", "再",
  "将", "將", "仍", "分别", "分別", "合计", "合計", "累计", "累計", "同比", "环比", "環比", "名义", "名義",
  "实际", "實際", "大幅", "更是", "定在", "定为", "定為", "保持在", "在", "以", "有", "其实", "其實", "只有", "只",
  "最高", "最低", "显著", "顯著", "明显", "明顯", "仍然", "依然", "多达", "多達", "高达", "高達", "已达", "已達", "超过", "超過", "约为",
  "約為", "首次", "按年", "按季", "相比", "比较", "比較", "共有", "拥有", "擁有", "给", "給", "由", "可",
  "和", "与", "與", "及", "、", NULL
};
/* verbs: a phrase ending with one of them is not what a figure measures */
static const char *const metric_verbs[] = {
  "通过", "通過", "提升", "扩大", "擴大", "创造", "創造", "撬动", "撬動", "涉及", "增加", "减少", "減少",
  "达到", "達到", "突破", "提供", "获得", "獲得", "完成", "实现", "實現", "带动", "帶動", "吸引",
  "带来", "帶來", "节省", "節省", "惠及", "覆盖", "覆蓋", "稳定", "穩定", "而起", "建设", "建設", "推出",
  "举办", "舉辦", "签署", "簽署", "开展", "開展", "组建", "組建", "聚集", "集聚", "扩至", "擴至", "增至",
  "降至", "降到", "提高", "上升", "下降", "成长", "成長", "增长", "增長", "看", "说", "說", "表示", "指出",
  "显示", "顯示", "发布", "發布", "拿回", "得到", "获取", "獲取", "就要", "需要", "共有", "拥有", "擁有",
  "现有", "現有", "审查", "審查", "确定", "確定", "提出", "分为", "分為", "投放", "到", "至", "形成", "云集",
  "调高", "调低", "調高", "調低", "计算", "計算",
  "雲集", NULL
};

/* a clause about money: an amount with a scale and no unit after one of these
 * (投资22亿, 共花250億), or before 的 + one of these (70亿的销售额), is money */
static const char *const money_cues[] = {
  "投资", "投資", "投入", "花", "花费", "花費", "耗资", "耗資", "资金", "資金", "预算", "預算", "赤字",
  "融资", "融資", "金额", "金額", "销售额", "銷售額", "营业额", "營業額", "营收", "營收", "收入", "利润",
  "利潤", "产值", "產值", "增加值", "税收", "稅收", "成交额", "成交額", "交易额", "交易額", "贷款", "貸款",
  "补贴", "補貼", "拨款", "撥款", "注资", "注資", "开支", "開支", "支出", "经费", "經費", "市值", "估值",
  "资产", "資產", "储备", "儲備", "存款", "募资", "募資", "筹资", "籌資", "罚款", "罰款", "出口额",
  "出口額", "进口额", "進口額", "总额", "總額", "GDP", "生产总值", "生產總值", "工资", "工資", "薪金",
  "租金", "售价", "售價", "价格", "價格", "成本", "费用", "費用", "资助", "資助", "奖金", "獎金", NULL
};

static const char *const modal_in_metric[] = { "预计", "預計", "预期", "預期", "预测", "預測", "预料", "預料", "力争", "力爭", "争取", "爭取",
                                               "计划", "計劃", "确保", "確保", "有望", NULL };

void
words_init (void)
{
  static gsize done = 0;
  if (!g_once_init_enter (&done))
    return;
  static const char *before_words[G_N_ELEMENTS (approx_before)], *after_words[G_N_ELEMENTS (approx_after)];
  for (guint i = 0; approx_before[i].word; i++)
    before_words[i] = approx_before[i].word;
  for (guint i = 0; approx_after[i].word; i++)
    after_words[i] = approx_after[i].word;
  word_set_init (&ws_approx_before, before_words, G_N_ELEMENTS (approx_before) - 1, TRUE);
  word_set_init (&ws_approx_after, after_words, G_N_ELEMENTS (approx_after) - 1, FALSE);
  word_set_init (&ws_filler, filler, G_N_ELEMENTS (filler) - 1, TRUE);
  word_set_init (&ws_growth, growth_cues, G_N_ELEMENTS (growth_cues) - 1, TRUE);
  word_set_init (&ws_decline, decline_cues, G_N_ELEMENTS (decline_cues) - 1, TRUE);
  word_set_init (&ws_forecast, forecast_cues, G_N_ELEMENTS (forecast_cues) - 1, FALSE);
  word_set_init (&ws_target, target_cues, G_N_ELEMENTS (target_cues) - 1, FALSE);
  word_set_init (&ws_actual, actual_cues, G_N_ELEMENTS (actual_cues) - 1, FALSE);
  word_set_init (&ws_metric, metric_cues, G_N_ELEMENTS (metric_cues) - 1, FALSE);
  word_set_init (&ws_modal, modal_in_metric, G_N_ELEMENTS (modal_in_metric) - 1, FALSE);
  word_set_init (&ws_respectively, respectively, G_N_ELEMENTS (respectively) - 1, FALSE);
  word_set_init (&ws_share, share_cues, G_N_ELEMENTS (share_cues) - 1, FALSE);
  word_set_init (&ws_stops, metric_stops, G_N_ELEMENTS (metric_stops) - 1, FALSE);
  word_set_init (&ws_time_lead, time_words, G_N_ELEMENTS (time_words) - 1, FALSE);
  word_set_init (&ws_time_tail, time_words, G_N_ELEMENTS (time_words) - 1, TRUE);
  word_set_init (&ws_lead, metric_lead, G_N_ELEMENTS (metric_lead) - 1, FALSE);
  word_set_init (&ws_tail, metric_tail, G_N_ELEMENTS (metric_tail) - 1, TRUE);
  word_set_init (&ws_verbs, metric_verbs, G_N_ELEMENTS (metric_verbs) - 1, TRUE);
  word_set_init (&ws_money, money_cues, G_N_ELEMENTS (money_cues) - 1, FALSE);
  word_set_init (&ws_money_end, money_cues, G_N_ELEMENTS (money_cues) - 1, TRUE);
  g_once_init_leave (&done, 1);
}
