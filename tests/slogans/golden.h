/* golden.h: expected slogans of the five seeds (examples/), written by
 * reading the documents. Keys are Simplified: the golden test runs
 * normalize,slogans. `ambiguous` phrases are not scored either way.
 * 稳预期/稳就业/现代化产业体系/科技强国 were added when the lexicon learnt them
 * (same standing as 稳增长, 新型工业化, 科技自立自强 already listed); the
 * name 改革开放 is left ambiguous; 习近平新时代中国特色社会主义思想, the name of a
 * doctrine, moved from ambiguous to "not" (decision of 2026-12-06 after the
 * held-out key, docs/plugins/slogans.md).
 * 政策眼/生态眼/智慧眼 (the three 眼 of the document's own 一点三眼, quoted
 * side by side) moved from "not" to ambiguous with the label score (issue 13):
 * by the answer key's guide they are labels of the formula's parts;
 * “智能盐湖”工业互联网平台 (a programme's label used as a modifier, or the
 * platform's name) and 全面“走出去”招商引资 (the national 走出去 watchword, or
 * just "going out") and 建设先行区示范市“排头兵”新篇章 (a metaphor as a label)
 * are ambiguous too.
 * Since the key of a lexicon slogan is the form written in the text when the
 * canonical form is absent (issue 13), 一件事一次办 is keyed 高效办成一件事 and
 * 科技自立自强 高水平科技自立自强 here; 去产能/去库存/去杠杆/降成本 (the parts of
 * 三去一降一补) were added with the lexicon, same standing as 防风险. */
typedef struct { const char *slogan; int count; const char *kind; } Gold;
typedef struct
{
  const char *file;
  Gold slogans[40];
  const char *not_slogans[40];   /* quoted (or bare) phrases that are rightly not slogans */
  const char *ambiguous[12];
} GoldDoc;

static const GoldDoc gold_docs[] = {
  { "000_17fbafbb9af8aa13.txt",
    { { "高质量发展", 13, "lexicon" }, { "新发展理念", 3, "lexicon" }, { "新发展格局", 3, "lexicon" },
      { "新发展阶段", 2, "lexicon" }, { "含金量", 2, "quoted" }, { "含绿量", 2, "quoted" },
      { "含新量", 2, "quoted" }, { "创新驱动发展", 2, "lexicon" }, { "一点三眼", 1, "numeral" },
      { "三量", 1, "numeral" }, { "一优两高", 1, "numeral" }, { "四地一体系", 1, "numeral" },
      { "六稳", 1, "numeral" }, { "六保", 1, "numeral" }, { "六稳六保", 1, "numeral" },
      { "五新", 1, "numeral" }, { "十四五", 1, "numeral" }, { "七大政策", 1, "numeral" },
      { "五项理念", 1, "numeral" }, { "绿水青山就是金山银山", 1, "lexicon" },
      { "碳达峰碳中和", 1, "lexicon" }, { "两高", 1, "numeral" }, { "双循环", 1, "numeral" },
      { "稳中求进", 1, "lexicon" } },
    { "创新", "实干", "困难点", "保级", "保牌", "加持",
      "盐湖资源开发中试基地", "施工", "十九大", "不同类型盐湖卤水锂钾资源综合利用技术中心" },
    { "数字工厂", "智慧园区", "改革开放", "政策眼", "生态眼", "智慧眼", "智能盐湖" } },
  { "001_8b65da84c50ebd88.txt",
    { { "高质量发展", 6, "lexicon" }, { "强工业", 3, "quoted" }, { "求实创新,勇争一流", 2, "quoted" },
      { "大平台、大产业、大企业", 1, "quoted" }, { "强龙头、补链条、聚集群", 1, "quoted" },
      { "专精特新", 1, "lexicon" }, { "三抓三促", 1, "numeral" }, { "两个毫不动摇", 1, "numeral" },
      { "一个党支部一个堡垒", 1, "numeral" }, { "一名党员一面旗帜", 1, "numeral" },
      { "一核两区两带两园一集群", 1, "numeral" }, { "1+2+N", 1, "numeral" },
      { "发展高科技,实现产业化", 1, "quoted" }, { "以项目论英雄凭实绩用干部", 1, "quoted" },
      { "六个典范", 1, "numeral" }, { "新型工业化", 1, "lexicon" }, { "中国式现代化", 1, "lexicon" },
      { "高质量发展是硬道理,高质量项目是硬支撑", 2, "quoted" } },
    { "来路", "展望", "十一连冠", "四连冠", "2023中国省级开发区高质量发展百强榜单", "争", "实", "闯",
      "拼", "四0四", "四年", "四大" },
    { "从无到有、从小到大、从弱到强", "管委会+开发运营公司", "招商员、服务员、宣传员、监督员",
      "强科技抓创建,强工业抓招商,打造千亿园区,晋升国家级高新区" } },
  { "002_27f91ef3c3075ff2.txt",
    { { "生态文明", 2, "lexicon" }, { "一个创新基地、三个中心城市", 2, "numeral" },
      { "稳增长", 2, "lexicon" }, { "新型工业化", 2, "lexicon" }, { "全员大招商", 2, "quoted" },
      { "专精特新", 2, "lexicon" }, { "四地", 1, "numeral" },
      { "干部要干、思路要清、律己要严", 1, "quoted" }, { "一项目一专班一台账", 1, "numeral" },
      { "升规入限", 1, "quoted" }, { "有诉必应马上办", 1, "quoted" }, { "放管服", 1, "lexicon" },
      { "证照分离", 1, "lexicon" }, { "高效办成一件事", 1, "lexicon" }, { "一窗受理", 1, "lexicon" },
      { "一网通办", 1, "lexicon" }, { "店小二", 1, "lexicon" }, { "一企一策", 1, "numeral" },
      { "新质生产力", 1, "lexicon" }, { "稳预期", 1, "lexicon" }, { "稳就业", 1, "lexicon" },
      { "现代化产业体系", 1, "lexicon" } },
    { "链长", "组合拳", "入统", "一对一", "链主", "亲", "清", "冲锋号", "一季度" },
    { "走出去", "全省最优、西部一流", "加快发展", "精准滴灌", "改造提升", "培育壮大", "前瞻布局" } },
  { "003_a32d97beeb52d813.txt",
    { { "十四五", 4, "numeral" }, { "稳字当头", 2, "lexicon" }, { "高水平科技自立自强", 1, "lexicon" },
      { "黄河流域生态保护和高质量发展", 1, "lexicon" }, { "十件实事", 1, "numeral" },
      { "稳字当头、稳中求进", 1, "quoted" }, { "稳中求进", 1, "lexicon" },
      { "一带一路", 1, "numeral" }, { "高质量发展", 1, "lexicon" },
      { "科技是第一生产力、人才是第一资源、创新是第一动力", 1, "lexicon" },
      { "科技强国", 1, "lexicon" } },
    { "成绩单", "新跨越", "升级版", "本", "真金白银", "大手笔", "稳", "进", "千亿园区",
      "习近平新时代中国特色社会主义思想", "中国特色社会主义" },
    { "开门红", "改革开放", "排头兵" } },
  { "004_79fde48eb0841a06.txt",
    { { "供给侧结构性改革", 4, "lexicon" }, { "稳增长", 3, "lexicon" },
      { "四个扎扎实实", 1, "numeral" }, { "四个转变", 1, "numeral" }, { "两个绝对", 1, "numeral" },
      { "新型工业化", 1, "lexicon" }, { "大众创业万众创新", 2, "lexicon" },
      { "一企一策", 1, "numeral" }, { "春风行动", 1, "quoted" }, { "精简、高效、快捷", 1, "quoted" },
      { "防风险", 1, "lexicon" }, { "减量化、资源化、再利用", 1, "quoted" },
      { "去产能", 2, "lexicon" }, { "降成本", 2, "lexicon" }, { "去库存", 1, "lexicon" },
      { "去杠杆", 1, "lexicon" } },
    { "高精尖", "智能工厂", "主引擎", "抢跑", "火车头", "梧桐树", "校企对接", "一站式", "智慧园区",
      "高校毕业生就业服务月", "民营企业招聘周" },
    { "负面清单", "补短板" } },
};
