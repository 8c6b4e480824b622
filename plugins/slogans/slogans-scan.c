/* slogans-scan.c: find, classify and count slogans in one text.
 *
 * Three sources, in one forward pass plus one counting pass:
 *  - quoted phrases (“” 「」 『』 ‘’ ﹁﹂ ﹃﹄ "" ＂＂), classified as numeral
 *    formula, lexicon entry, cue-marked label, repeated label, or rejected
 *    (short, long, sentence, …);
 *  - bare numeral formulas: chains N+head N+head… (一优两高, 三抓三促,
 *    一核两区两带两园一集群), plan periods (十四五), digit formulas (1+2+N);
 *  - lexicon forms, quoted or not.
 * Each slogan so established is then counted at every occurrence in the text
 * (leftmost-longest, lexicon and document forms counted separately so that a
 * lexicon watchword inside a longer quoted formula still counts).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "slogans-scan.h"

#include <docsift/docsift.h>
#include <math.h>
#include <string.h>

#define CUE_WINDOW 4        /* Han characters allowed between a closing quote and a cue */
#define MAX_CHAIN_HEAD 3    /* head length inside an unquoted chain */
#define MAX_WHOLE_HEAD 6    /* head length inside a quoted formula */
#define MAX_TITLE_CHARS 80

/* ---------- characters ---------- */

/* g_utf8_get_char() with the three-byte case (all of CJK) inline: same
 * result, including for a broken sequence (handed to GLib). */
static inline gunichar
decode (const char *p)
{
  guchar b = (guchar) p[0];
  if (b < 0x80)
    return b;
  if ((b & 0xF0) == 0xE0 && ((guchar) p[1] & 0xC0) == 0x80 && ((guchar) p[2] & 0xC0) == 0x80)
    return ((gunichar) (b & 0x0F) << 12) | ((gunichar) (p[1] & 0x3F) << 6) | (gunichar) (p[2] & 0x3F);
  return g_utf8_get_char (p);
}

static inline gunichar
get_char (const char *p, const char **next)
{
  if ((guchar) *p < 0x80)
    {
      *next = p + 1;
      return (guchar) *p;
    }
  *next = g_utf8_next_char (p);
  return decode (p);
}

static inline gunichar
peek_char (const char *p, const char *end)
{
  if (p >= end)
    return 0;
  return decode (p);
}

static inline gboolean
is_han (gunichar c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F);
}

/* Characters that may start or make up a numeral inside a formula. */
static inline gboolean
is_chain_numeral (gunichar c)
{
  switch (c)
    {
    case U'一': case U'二': case U'三': case U'四': case U'五': case U'六':
    case U'七': case U'八': case U'九': case U'十': case U'两': case U'兩':
    case U'双': case U'雙': case U'〇': case U'零':
      return TRUE;
    default:
      return FALSE;
    }
}

static inline gboolean
is_ascii_or_wide_digit (gunichar c)
{
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

static inline gboolean
is_ascii_or_wide_alnum (gunichar c)
{
  return g_unichar_isalnum (c) && (c < 0x80 || (c >= 0xFF10 && c <= 0xFF5A));
}

/* A classifier between numeral and head: 四个转变, 七大政策, 五项理念. */
static inline gboolean
is_classifier (gunichar c)
{
  switch (c)
    {
    case U'个': case U'個': case U'大': case U'项': case U'項': case U'条': case U'條':
    case U'名': case U'面': case U'种': case U'種': case U'类': case U'類': case U'件':
    case U'张': case U'張': case U'批':
      return TRUE;
    default:
      return FALSE;
    }
}

/* A head starting with one of these makes a quantity, not a formula
 * (一年一度, 十一连冠, 三天两头, 五万). */
static inline gboolean
is_quantity_head (gunichar c)
{
  switch (c)
    {
    case U'年': case U'月': case U'日': case U'天': case U'次': case U'倍': case U'岁':
    case U'歲': case U'周': case U'期': case U'届': case U'屆': case U'号': case U'號':
    case U'元': case U'人': case U'家': case U'级': case U'級': case U'连': case U'連':
    case U'季': case U'度': case U'分': case U'秒': case U'时': case U'時': case U'多':
    case U'余': case U'餘': case U'些': case U'样': case U'樣': case U'般': case U'切':
    case U'直': case U'定': case U'起': case U'致': case U'旦': case U'同': case U'共':
    case U'道': case U'边': case U'邊': case U'下': case U'半': case U'亿': case U'億':
    case U'万': case U'萬': case U'千': case U'百': case U'位': case U'户': case U'戶':
    case U'口': case U'只': case U'隻': case U'座': case U'所': case U'吨': case U'噸':
    case U'亩': case U'畝': case U'斤': case U'成': case U'手': case U'宗':
    case U'是': case U'的': case U'为': case U'為': case U'要': case U'在': /* 一是…三是… */
      return TRUE;
    default:
      return FALSE;
    }
}

/* Heads of contrastive pairs (一上一下, 一大一小): not formulas. */
static inline gboolean
is_contrast_head (gunichar c)
{
  static const char set[] = "上下前后左右东西南北大小高低多少进出来去长短正反内外明暗老少增减升降收放早晚深浅远近快慢新旧開关開合张弛問答问答";
  char buf[8];
  int n = g_unichar_to_utf8 (c, buf);
  buf[n] = '\0';
  return strstr (set, buf) != NULL;
}

/* After the last head of an unquoted chain: what may follow it. */
static const char *const chain_suffixes[] = {
  "行动", "工作", "作用", "产业", "发展", "战略", "建设", "要求", "理念", "目标",
  "格局", "布局", "体系", "机制", "模式", "精神", "举措", "改革", "政策", "任务",
  "活动", "工程", "思路", "方针", "总体", "重大", "行動", "產業", "發展", "戰略",
  "建設", "體系", "機制", "舉措", "任務", "活動", "佈局", "目標", NULL
};

static gboolean
is_chain_boundary (const SloganLexicon *lex, const char *p, const char *end)
{
  if (p >= end)
    return TRUE;
  gunichar c = peek_char (p, end);
  if (!is_han (c))
    return TRUE;
  switch (c)
    {
    case U'的': case U'和': case U'与': case U'與': case U'及': case U'等': case U'为':
    case U'為': case U'是': case U'在': case U'也': case U'都': case U'将': case U'將':
    case U'把': case U'被': case U'向': case U'对': case U'對': case U'从': case U'從':
    case U'以': case U'于': case U'於':
      return TRUE;
    default:
      break;
    }
  for (guint i = 0; chain_suffixes[i]; i++)
    {
      gsize n = strlen (chain_suffixes[i]);
      if ((gsize) (end - p) >= n && memcmp (p, chain_suffixes[i], n) == 0)
        return TRUE;
    }
  return slogan_lexicon_match_cue (lex, p, end) > 0;
}

static inline gboolean
is_sentence_end (gunichar c)
{
  switch (c)
    {
    case U'。': case U'！': case U'？': case '!': case '?': case U'；': case ';':
    case U'…': case U'．':
      return TRUE;
    default:
      return FALSE;
    }
}

static gsize
count_chars (const char *p, const char *end)
{
  gsize n = 0;
  while (p < end)
    {
      const char *np;
      get_char (p, &np);
      p = np;
      n++;
    }
  return n;
}

static const char *
advance_chars (const char *p, const char *end, gsize n)
{
  while (n-- > 0 && p < end)
    {
      const char *np;
      get_char (p, &np);
      p = np;
    }
  return p;
}

/* ---------- parts ---------- */

void
slogan_part_free (gpointer data)
{
  SloganPart *part = data;
  g_free (part->numeral);
  g_free (part->classifier);
  g_free (part->head);
  g_free (part);
}

static SloganPart *
part_new (gint64 n, const char *num, const char *num_end, const char *cls,
          const char *cls_end, const char *head, const char *head_end)
{
  SloganPart *part = g_new0 (SloganPart, 1);
  part->n = n;
  part->numeral = g_strndup (num, num_end - num);
  part->classifier = cls ? g_strndup (cls, cls_end - cls) : NULL;
  part->head = g_strndup (head, head_end - head);
  return part;
}

static SloganPart *
part_copy (const SloganPart *src)
{
  SloganPart *part = g_new0 (SloganPart, 1);
  part->n = src->n;
  part->numeral = g_strdup (src->numeral);
  part->classifier = g_strdup (src->classifier);
  part->head = g_strdup (src->head);
  return part;
}

const char *
slogan_kind_to_string (SloganKind kind)
{
  switch (kind)
    {
    case SLOGAN_KIND_NUMERAL:
      return "numeral";
    case SLOGAN_KIND_LEXICON:
      return "lexicon";
    case SLOGAN_KIND_QUOTED:
    default:
      return "quoted";
    }
}

/* ---------- numerals (values come from the shared ds_numeral scanner) ---------- */

/* A Chinese numeral of one to three characters read whole (一, 两, 十一,
 * 二十), or 双. Returns its end or NULL. */
static const char *
read_cn_numeral (const char *p, const char *end, gint64 *n)
{
  const char *q = p, *np;
  guint k = 0;
  gunichar c = peek_char (p, end);
  if (c == U'双' || c == U'雙')
    {
      get_char (p, &np);
      *n = 2;
      return np;
    }
  while (q < end && k < 4)
    {
      c = get_char (q, &np);
      if (!is_chain_numeral (c) || c == U'双' || c == U'雙')
        break;
      q = np;
      k++;
    }
  if (k == 0 || k > 3)
    return NULL;
  DsNumeral num;
  gsize used = ds_numeral_scan (p, q - p, DS_NUMERAL_CHINESE | DS_NUMERAL_NO_TEXT, &num);
  gboolean ok = used == (gsize) (q - p) && isfinite (num.value) && num.value >= 0 &&
                num.value < 100 && num.value == floor (num.value);
  *n = ok ? (gint64) num.value : -1;
  ds_numeral_clear (&num);
  return ok ? q : NULL;
}

/* One to three Arabic digits (quoted formulas only: “3个中心”). */
static const char *
read_ar_numeral (const char *p, const char *end, gint64 *n)
{
  const char *q = p, *np;
  guint k = 0;
  while (q < end && is_ascii_or_wide_digit (get_char (q, &np)))
    {
      q = np;
      k++;
    }
  if (k == 0 || k > 3)
    return NULL;
  DsNumeral num;
  gsize used = ds_numeral_scan (p, q - p, DS_NUMERAL_ARABIC | DS_NUMERAL_NO_TEXT, &num);
  gboolean ok = used == (gsize) (q - p) && isfinite (num.value);
  *n = ok ? (gint64) num.value : -1;
  ds_numeral_clear (&num);
  return ok ? q : NULL;
}

/* 十四五, 十三五…: the N-th five-year plan. Returns its end or NULL. */
static const char *
read_plan (const char *p, const char *end, guint *plan)
{
  const char *a, *b, *c;
  if (get_char (p, &a) != U'十' || a >= end)
    return NULL;
  gunichar mid = get_char (a, &b);
  if (b >= end || get_char (b, &c) != U'五')
    return NULL;
  static const gunichar digits[] = { U'一', U'二', U'三', U'四', U'五', U'六', U'七', U'八', U'九' };
  for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
    if (digits[i] == mid)
      {
        *plan = 11 + i;
        return c;
      }
  return NULL;
}

static gboolean
plan_context_ok (const char *start, const char *text, const char *after, const char *end)
{
  if (start > text)
    {
      const char *prev = g_utf8_find_prev_char (text, start);
      gunichar pc = g_utf8_get_char (prev);
      if (is_chain_numeral (pc) || pc == U'第' || is_ascii_or_wide_digit (pc))
        return FALSE;
    }
  gunichar nc = peek_char (after, end);
  if (is_chain_numeral (nc) || is_ascii_or_wide_digit (nc) || is_classifier (nc) ||
      nc == '%' || nc == U'％')
    return FALSE;
  switch (nc) /* 十四五岁, 十四五年, 十四五万 (but 十四五时期, 十四五规划) */
    {
    case U'岁': case U'歲': case U'年': case U'天': case U'元': case U'万': case U'萬':
    case U'亿': case U'億': case U'倍': case U'位': case U'家': case U'次': case U'号':
    case U'號': case U'分': case U'点': case U'點': case U'人': case U'成':
      return FALSE;
    default:
      return TRUE;
    }
}

/* 1+2+N, 1+X: digit runs and single capital letters joined by +. */
static const char *
read_plus_formula (const char *p, const char *end, GPtrArray *parts)
{
  const char *q = p, *np;
  guint ntok = 0;
  gboolean letter = FALSE;
  /* the parts are only built when asked for (most digit runs are not formulas) */
  g_autoptr (GPtrArray) tmp = parts ? g_ptr_array_new_with_free_func (slogan_part_free) : NULL;

  for (;;)
    {
      const char *ts = q;
      gunichar c = peek_char (q, end);
      gint64 n = -1;
      if (is_ascii_or_wide_digit (c))
        {
          q = read_ar_numeral (q, end, &n);
          if (q == NULL)
            return NULL;
        }
      else if ((c >= 'A' && c <= 'Z') || (c >= 0xFF21 && c <= 0xFF3A))
        {
          get_char (q, &q);
          letter = TRUE;
          gunichar nc = peek_char (q, end);
          if (is_ascii_or_wide_alnum (nc))
            return NULL;
        }
      else
        return NULL;
      ntok++;
      if (tmp)
        g_ptr_array_add (tmp, part_new (n, ts, q, NULL, NULL, q, q));
      gunichar sep = peek_char (q, end);
      if (sep == '+' || sep == U'＋')
        {
          get_char (q, &np);
          gunichar after = peek_char (np, end);
          if (!is_ascii_or_wide_digit (after) && !((after >= 'A' && after <= 'Z') || (after >= 0xFF21 && after <= 0xFF3A)))
            break;
          q = np;
          continue;
        }
      break;
    }
  if (ntok < 2 || (ntok < 3 && !letter))
    return NULL;
  gunichar nc = peek_char (q, end);
  if (is_ascii_or_wide_alnum (nc) || nc == '+' || nc == U'＋' || nc == '.' || nc == '%' ||
      nc == '=' || nc == U'％' || nc == U'＝')
    return NULL;
  if (parts)
    for (guint i = 0; i < tmp->len; i++)
      g_ptr_array_add (parts, part_copy (g_ptr_array_index (tmp, i)));
  return q;
}

/* End of a head: Han characters that are not numerals. */
static const char *
scan_head (const char *p, const char *end)
{
  const char *np;
  while (p < end)
    {
      gunichar c = get_char (p, &np);
      if (!is_han (c) || is_chain_numeral (c))
        break;
      p = np;
    }
  return p;
}

typedef struct
{
  const char *num, *num_end, *cls, *cls_end, *head, *head_end;
  gint64 n;
} Seg;

/* Numeral at p (already read to q) then [classifier] head. */
static gboolean
read_segment (const char *p, const char *q, gint64 n, const char *end, Seg *seg)
{
  const char *he = scan_head (q, end), *np;
  if (he == q)
    return FALSE;
  seg->num = p;
  seg->num_end = q;
  seg->n = n;
  seg->cls = seg->cls_end = NULL;
  seg->head = q;
  seg->head_end = he;
  gunichar c = get_char (q, &np);
  if (is_classifier (c) && np < he)
    {
      gsize rest = count_chars (np, he);
      if (c == U'个' || c == U'個' || rest >= 2)
        {
          seg->cls = q;
          seg->cls_end = np;
          seg->head = np;
        }
    }
  return TRUE;
}

static gboolean
head_ok (const Seg *seg)
{
  const char *np;
  gunichar c = get_char (seg->head, &np);
  if (is_quantity_head (c))
    return FALSE;
  if (np == seg->head_end && is_classifier (c))
    return FALSE;
  return TRUE;
}

gboolean
slogan_parse_formula (const char *text, gsize length, GPtrArray *parts, guint *plan)
{
  const char *p = text, *end = text + length, *q;
  guint pl = 0;
  if (plan)
    *plan = 0;
  if (length == 0)
    return FALSE;

  q = read_plan (p, end, &pl);
  if (q == end)
    {
      if (parts)
        g_ptr_array_add (parts, part_new ((gint64) pl, p,
                                          advance_chars (p, end, 2), NULL, NULL,
                                          advance_chars (p, end, 2), end));
      if (plan)
        *plan = pl;
      return TRUE;
    }
  gunichar c0 = peek_char (p, end);
  if (is_ascii_or_wide_digit (c0) && read_plus_formula (p, end, NULL) == end)
    {
      if (parts)
        read_plus_formula (p, end, parts);
      return TRUE;
    }

  g_autoptr (GPtrArray) tmp = g_ptr_array_new_with_free_func (slogan_part_free);
  guint nseg = 0;
  Seg seg = { 0 };
  while (p < end)
    {
      gint64 n;
      q = read_cn_numeral (p, end, &n);
      if (q == NULL)
        q = read_ar_numeral (p, end, &n);
      if (q == NULL || !read_segment (p, q, n, end, &seg))
        return FALSE;
      if (count_chars (seg.head, seg.head_end) > MAX_WHOLE_HEAD || !head_ok (&seg))
        return FALSE;
      g_ptr_array_add (tmp, part_new (seg.n, seg.num, seg.num_end, seg.cls, seg.cls_end,
                                      seg.head, seg.head_end));
      nseg++;
      p = seg.head_end;
      if (p < end)
        {
          const char *np;
          gunichar c = get_char (p, &np);
          if (c == U'、' || c == U'，' || c == ',')
            {
              p = np;
              if (p >= end)
                return FALSE;
            }
          else if (!is_chain_numeral (c) && !is_ascii_or_wide_digit (c))
            return FALSE;
        }
    }
  /* 一X alone is a word (一站式, 一体化, 一把手), not a formula. */
  if (nseg == 1 && seg.n == 1 && seg.cls == NULL)
    return FALSE;
  if (parts)
    for (guint i = 0; i < tmp->len; i++)
      g_ptr_array_add (parts, part_copy (g_ptr_array_index (tmp, i)));
  return TRUE;
}

/* Function characters that never sit inside the head of an unquoted
 * chain: they join words (十九大和二十大精神, 附件一和附件二将, 两岸开创一个开放而). */
static inline gboolean
is_function_char (gunichar c)
{
  switch (c)
    {
    case U'和': case U'与': case U'與': case U'及': case U'或': case U'而': case U'的':
    case U'了': case U'着': case U'著': case U'将': case U'將': case U'并': case U'並':
    case U'但': case U'也': case U'都': case U'就': case U'把': case U'被':
    case U'之': case U'第': case U'又': case U'至': /* 條之三第一項, 一項又一項, 附表一至附表十三 */
      return TRUE;
    default:
      return FALSE;
    }
}

/* Whether a stop form (a word such as 两岸, 双方, 双赢, 长三角) covers the start
 * of a chain segment: a prefix of the text from @from to @e of two characters
 * or more, @from being the segment or, for the first segment, the character
 * before it. */
static gboolean
segment_has_stop (const SloganLexicon *lex, const char *from, const char *e)
{
  const char *x = from, *nx;
  get_char (x, &nx);
  x = nx;
  if (x >= e)
    return FALSE;
  get_char (x, &nx);
  x = nx;
  for (; x <= e; x = nx)
    {
      if (slogan_lexicon_is_stop (lex, from, x - from))
        return TRUE;
      if (x == e)
        break;
      get_char (x, &nx);
    }
  return FALSE;
}

/* slogan_parse_formula() for a phrase of the text: not when a stop word
 * starts it (「兩岸共識」 is 兩岸 + 共識, not 2 × 岸共識; 「四川云教」). */
static gboolean
parse_formula_lex (const SloganLexicon *lex, const char *s, gsize len, GPtrArray *parts, guint *plan)
{
  if (plan)
    *plan = 0;
  if (len == 0 || segment_has_stop (lex, s, s + len))
    return FALSE;
  return slogan_parse_formula (s, len, parts, plan);
}

/* An unquoted chain at p (a numeral run start): at least two segments.
 * @text is the start of the text (for the character before p). */
static const char *
read_chain (const SloganLexicon *lex, const char *text, const char *p, const char *end,
            GPtrArray *parts)
{
  const char *start = p;
  Seg segs[8];
  guint nseg = 0;
  const char *q;

  while (nseg < G_N_ELEMENTS (segs) && p < end)
    {
      gint64 n;
      q = read_cn_numeral (p, end, &n);
      if (q == NULL || !read_segment (p, q, n, end, &segs[nseg]))
        break;
      Seg *s = &segs[nseg++];
      gsize hl = count_chars (s->head, s->head_end);
      gunichar next = peek_char (s->head_end, end);
      if (hl <= MAX_CHAIN_HEAD && is_chain_numeral (next))
        {
          p = s->head_end;
          continue;
        }
      break;
    }
  if (nseg < 2)
    return NULL;

  /* the last head: the shortest that ends at a boundary, else as long as the previous one */
  Seg *last = &segs[nseg - 1];
  gsize avail = count_chars (last->head, last->head_end);
  gsize chosen = 0;
  for (gsize l = 1; l <= MIN (avail, MAX_CHAIN_HEAD); l++)
    if (is_chain_boundary (lex, advance_chars (last->head, end, l), end))
      {
        chosen = l;
        break;
      }
  if (chosen == 0)
    chosen = MIN (avail, count_chars (segs[nseg - 2].head, segs[nseg - 2].head_end));
  last->head_end = advance_chars (last->head, end, chosen);

  gboolean all_contrast = TRUE;
  for (guint i = 0; i < nseg; i++)
    {
      if (!head_ok (&segs[i]))
        return NULL;
      for (const char *h = segs[i].head, *nh; h < segs[i].head_end; h = nh)
        if (is_function_char (get_char (h, &nh)))
          return NULL;
      if (segment_has_stop (lex, segs[i].num, segs[i].head_end))
        return NULL;
      if (i == 0 && start > text &&
          segment_has_stop (lex, g_utf8_find_prev_char (text, start), segs[i].head_end))
        return NULL;
      const char *np;
      gunichar hc = get_char (segs[i].head, &np);
      if (!(segs[i].n == 1 && np == segs[i].head_end && is_contrast_head (hc)))
        all_contrast = FALSE;
    }
  if (all_contrast)
    return NULL;
  if (parts)
    for (guint i = 0; i < nseg; i++)
      g_ptr_array_add (parts, part_new (segs[i].n, segs[i].num, segs[i].num_end, segs[i].cls,
                                        segs[i].cls_end, segs[i].head, segs[i].head_end));
  return last->head_end;
}

/* ---------- quotes ---------- */

typedef struct
{
  gsize open, cstart, cend, close_end;
  SloganItem *item;       /* when it is a slogan */
  const char *reason;     /* why not */
  gboolean candidate;     /* passed the shape filters (for the repeat rule) */
  gboolean parallel;      /* “强龙头、补链条、聚集群” */
} Quote;

/* Two or more Han segments of equal length (2-6) separated by 、 or a comma:
 * the parallel shape of a formula (“求实创新,勇争一流”). */
static gboolean
is_parallel (const char *s, const char *e)
{
  guint nseg = 0, seglen = 0, cur = 0;
  const char *np = NULL;
  for (const char *p = s; p <= e; p = np)
    {
      gunichar c = p < e ? get_char (p, &np) : 0;
      if (p == e)
        np = e + 1;
      if (p == e || c == U'、' || c == U'，' || c == ',')
        {
          if (cur < 2 || cur > 6 || (nseg > 0 && cur != seglen))
            return FALSE;
          seglen = cur;
          cur = 0;
          nseg++;
        }
      else if (is_han (c))
        cur++;
      else
        return FALSE;
    }
  return nseg >= 2;
}

static gboolean
quote_close_for (gunichar c, gunichar *close)
{
  switch (c)
    {
    case 0x201C: *close = 0x201D; return TRUE; /* “” */
    case 0x300C: *close = 0x300D; return TRUE; /* 「」 */
    case 0x300E: *close = 0x300F; return TRUE; /* 『』 */
    case 0x2018: *close = 0x2019; return TRUE; /* ‘’ */
    case 0xFE41: *close = 0xFE42; return TRUE; /* ﹁﹂ */
    case 0xFE43: *close = 0xFE44; return TRUE; /* ﹃﹄ */
    case '"': *close = '"'; return TRUE;
    case 0xFF02: *close = 0xFF02; return TRUE; /* ＂ */
    default: return FALSE;
    }
}

/* Looks for the closing mark within @reach characters on the same line.
 * Another opening mark of the same kind first means this one never closes. */
static gboolean
find_close (const char *p, const char *end, gunichar open, gunichar close, guint reach,
            const char **cend, const char **close_end)
{
  const char *np;
  for (guint k = 0; p < end && k <= reach; k++)
    {
      gunichar c = get_char (p, &np);
      if (c == close)
        {
          *cend = p;
          *close_end = np;
          return TRUE;
        }
      if (c == '\n' || c == '\r' || c == 0x2029 || c == 0x2028 || (open != close && c == open))
        return FALSE;
      p = np;
    }
  return FALSE;
}

/* ---------- result ---------- */

typedef struct
{
  const SloganLexicon *lex;
  const SloganConfig *cfg;
  const char *text, *end;
  SloganResult *res;
  GHashTable *items;      /* key -> SloganItem* */
  GArray *quotes;         /* Quote */
  GHashTable *quoted_at;  /* cstart -> cend + 1 */
} Ctx;

static void
item_free (gpointer data)
{
  SloganItem *item = data;
  g_free (item->key);
  g_free (item->cue);
  g_array_unref (item->occs);
  g_ptr_array_unref (item->parts);
  g_ptr_array_unref (item->joined_from);
  g_ptr_array_unref (item->part_of);
  g_free (item);
}

void
slogan_result_free (SloganResult *res)
{
  if (res == NULL)
    return;
  g_ptr_array_unref (res->items);
  g_array_unref (res->titles);
  g_array_unref (res->rejected);
  g_free (res);
}

static SloganItem *
get_item (Ctx *ctx, const char *key, gsize len, const char *reason)
{
  /* looked up from a stack copy; allocated only for a new item */
  char buf[256];
  SloganItem *item;
  if (len < sizeof buf && memchr (key, '\0', len) == NULL)
    {
      memcpy (buf, key, len);
      buf[len] = '\0';
      item = g_hash_table_lookup (ctx->items, buf);
      if (item)
        return item;
    }
  g_autofree char *k = g_strndup (key, len);
  item = g_hash_table_lookup (ctx->items, k);
  if (item)
    return item;
  item = g_new0 (SloganItem, 1);
  item->key = g_steal_pointer (&k);
  item->kind = SLOGAN_KIND_QUOTED;
  item->reason = reason;
  item->occs = g_array_new (FALSE, FALSE, sizeof (SloganOcc));
  item->parts = g_ptr_array_new_with_free_func (slogan_part_free);
  item->joined_from = g_ptr_array_new_with_free_func (g_free);
  item->part_of = g_ptr_array_new_with_free_func (g_free);
  g_hash_table_insert (ctx->items, item->key, item);
  g_ptr_array_add (ctx->res->items, item);
  return item;
}

/* The item for a surface form: its lexicon entry's, else its own. */
static SloganItem *
establish (Ctx *ctx, const char *s, gsize len, const char *reason)
{
  const SloganEntry *e = slogan_lexicon_lookup (ctx->lex, s, len);
  SloganItem *item;
  if (e)
    {
      item = get_item (ctx, e->canonical, strlen (e->canonical), "lexicon");
      item->entry = e;
    }
  else
    item = get_item (ctx, s, len, reason);
  return item;
}

static gboolean
strv_has (GPtrArray *a, const char *s)
{
  for (guint i = 0; i < a->len; i++)
    if (strcmp (g_ptr_array_index (a, i), s) == 0)
      return TRUE;
  return FALSE;
}

/* A character that makes a cue word the start of an organisation's name
 * (政策局, 工作组, 工程院, 建设厅, 改革委): then the word is no cue
 * (「政策創新與統籌辦事處」連同各政策局). Not 会 or 部 (工作会议, 工作部署). */
static inline gboolean
is_org_suffix (gunichar c)
{
  switch (c)
    {
    case U'局': case U'处': case U'處': case U'厅': case U'廳': case U'委': case U'司':
    case U'署': case U'院': case U'组': case U'組': case U'室': case U'办': case U'辦':
      return TRUE;
    default:
      return FALSE;
    }
}

/* A cue after the quote group ending at @after, or before the group opening at @before. */
static char *
find_cue (Ctx *ctx, gsize before, gsize after, const char *cs, const char *ce)
{
  const char *p = ctx->text + after, *end = ctx->end, *np;
  gunichar c = peek_char (p, end);
  if (c == U'的')
    get_char (p, &p);
  for (guint k = 0; k <= CUE_WINDOW && p < end; k++)
    {
      gsize n = slogan_lexicon_match_cue (ctx->lex, p, end);
      if (n && !is_org_suffix (peek_char (p + n, end)))
        return g_strndup (p, n);
      c = get_char (p, &np);
      if (!is_han (c))
        break;
      p = np;
    }
  /* a label that names itself: “春风行动”, “菜篮子工程”, 「活路外交」,
   * 「南海和平倡議」, 「新南向政策」 */
  static const char *const label_suffixes[] = {
    "行动", "行動", "工程", "计划", "計劃", "計畫", "战略", "戰略", "活动", "活動", "机制",
    "機制", "模式", "外交", "倡议", "倡議", "政策", NULL
  };
  for (guint i = 0; label_suffixes[i]; i++)
    {
      gsize n = strlen (label_suffixes[i]);
      if ((gsize) (ce - cs) > n && memcmp (ce - n, label_suffixes[i], n) == 0)
        return g_strdup (label_suffixes[i]);
    }
  gsize n = slogan_lexicon_match_cue_before (ctx->lex, ctx->text, ctx->text + before);
  if (n)
    return g_strndup (ctx->text + before - n, n);
  return NULL;
}

static void
add_rejected (Ctx *ctx, gsize s, gsize e, const char *reason)
{
  SloganSpan span = { s, e, reason };
  g_array_append_val (ctx->res->rejected, span);
}

/* A quoted name of a law, rule or standard (「地面水體分類及水質標準」,
 * 「太陽光電發電系統設置補助作業要點」): Taiwan and Hong Kong texts quote
 * titles in 「」 where the Mainland uses 《》. Not a slogan. */
static gboolean
is_document_name (const char *s, const char *e)
{
  static const char *const suffixes[] = {
    "标准", "標準", "基准", "基準", "办法", "辦法", "条例", "條例", "规定", "規定",
    "规范", "規範", "要点", "要點", "细则", "細則", "准则", "準則", "公约", "公約",
    "协定", "協定", "协议", "協議", "纲要", "綱要", "公式", "草案", "规则", "規則", NULL
  };
  for (guint i = 0; suffixes[i]; i++)
    {
      gsize n = strlen (suffixes[i]);
      if ((gsize) (e - s) > n && memcmp (e - n, suffixes[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether a quoted phrase may be a label on repetition alone (no cue).
 * Emphasis, speech and names are quoted repeatedly too, so the phrase needs
 * the shape of a label: three characters or more (「見頂」, “现状” are
 * single words), Han with at most digits and + × (not 北溪-2, 浙BA), no
 * function or speech characters (零的突破, 「唔記得」, 「較全面之競爭動態」),
 * · or — only between parts (两岸青山·千里林带),
 * and no ending that names a thing, place, person or term (“汉阳造”,
 * 「舊濁水溪方案」, “祝融号”, 「基數效應」, 「中國人」, 「公務員服務法」). */
static gboolean
repeat_shape_ok (const char *s, const char *e)
{
  static const char *const name_suffixes[] = {
    "方案", "号", "號", "站", "奖", "獎", "勋章", "勳章", "公司", "商行", "银行", "銀行",
    "小组", "小組", "门", "門", "会", "會", "班", "法", "证", "證", "单", "單", "书", "書",
    "表", "章", "论坛", "論壇", "人", "者", "员", "員", "师", "師", "族", "派", "区", "區",
    "效应", "效應", "市场", "市場", "率", "日", "公民", "国民", "國民", "港", "舰", "艦", "船", "桥", "橋",
    "馆", "館", "节", "節", "展", "赛", "賽", "杯", "案", NULL
  };
  gsize nchars = 0;
  const char *np;
  for (const char *p = s; p < e; p = np)
    {
      gunichar c = get_char (p, &np);
      nchars++;
      if (is_han (c))
        {
          switch (c)
            {
            case U'的': case U'之': case U'了': case U'被': case U'我': case U'你': case U'他':
            case U'她': case U'们': case U'們': case U'吗': case U'嗎': case U'呢': case U'啊':
            case U'吧': case U'哋': case U'唔': case U'嘅': case U'咗': case U'係': case U'冇':
            case U'佢': case U'喺': case U'着': case U'著': case U'很': case U'说': case U'說':
              return FALSE;
            default:
              continue;
            }
        }
      if (!(is_ascii_or_wide_digit (c) || c == '+' || c == U'＋' || c == U'×' ||
            ((c == U'·' || c == U'—') && p > s && np < e)))
        return FALSE;
    }
  if (nchars < 3)
    return FALSE;
  /* a make (汉阳造), not a change (链式改造, 中国智造) */
  static const char zao[] = "造";
  if ((gsize) (e - s) > 6 && memcmp (e - 3, zao, 3) == 0)
    {
      gunichar pc = g_utf8_get_char (e - 6);
      if (pc != U'改' && pc != U'智' && pc != U'制' && pc != U'製' && pc != U'创' && pc != U'創')
        return FALSE;
    }
  for (guint i = 0; name_suffixes[i]; i++)
    {
      gsize n = strlen (name_suffixes[i]);
      if ((gsize) (e - s) > n && memcmp (e - n, name_suffixes[i], n) == 0)
        return FALSE;
    }
  return TRUE;
}

/* Shape filters for a quoted phrase; sets q->candidate or q->reason. */
static void
shape_quote (Ctx *ctx, Quote *q, GHashTable *repeats)
{
  const char *s = ctx->text + q->cstart, *e = ctx->text + q->cend, *np;
  gsize nchars = 0;
  if (q->reason) /* mispaired */
    return;
  gboolean han = FALSE;
  for (const char *p = s; p < e; p = np)
    {
      gunichar c = get_char (p, &np);
      if (is_sentence_end (c))
        {
          q->reason = "sentence";
          return;
        }
      if (is_han (c))
        han = TRUE;
      nchars++;
    }
  if (nchars == 0)
    {
      q->reason = "empty";
      return;
    }
  gsize len = e - s;
  if (slogan_lexicon_is_stop (ctx->lex, s, len))
    {
      q->reason = "stop";
      return;
    }
  if (nchars <= ctx->cfg->max_formula_chars && parse_formula_lex (ctx->lex, s, len, NULL, NULL))
    {
      q->candidate = TRUE;
      return;
    }
  if (slogan_lexicon_lookup (ctx->lex, s, len))
    {
      q->candidate = TRUE;
      return;
    }
  if (nchars <= ctx->cfg->max_formula_chars && is_parallel (s, e))
    {
      q->candidate = q->parallel = TRUE;
      return;
    }
  if (nchars >= 4 && is_document_name (s, e))
    q->reason = "title";
  else if (nchars < ctx->cfg->min_chars)
    q->reason = "short";
  else if (nchars > ctx->cfg->max_chars)
    q->reason = "long";
  else if (!han)
    q->reason = "not-chinese";
  else
    {
      q->candidate = TRUE;
      g_autofree char *k = g_strndup (s, len);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (repeats, k));
      g_hash_table_insert (repeats, g_steal_pointer (&k), GUINT_TO_POINTER (n + 1));
    }
}

/* Whether quote @b follows quote @a directly (“六稳”“六保”) or after one
 * connector (「小三通」及「假日包機」政策, “两手抓”和“稳中求快”的工作):
 * such quotes are listed together and share the cue after the last. */
static gboolean
quotes_linked (const Ctx *ctx, const Quote *a, const Quote *b)
{
  if (a->close_end == b->open)
    return TRUE;
  if (b->open < a->close_end || b->open - a->close_end > 6)
    return FALSE;
  const char *p = ctx->text + a->close_end, *e = ctx->text + b->open;
  static const char *const connectors[] = { "、", "和", "与", "與", "及", "或", "跟", "以及", NULL };
  for (guint i = 0; connectors[i]; i++)
    {
      gsize n = strlen (connectors[i]);
      if ((gsize) (e - p) == n && memcmp (p, connectors[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
classify_quotes (Ctx *ctx)
{
  GArray *quotes = ctx->quotes;
  g_autoptr (GHashTable) repeats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < quotes->len; i++)
    shape_quote (ctx, &g_array_index (quotes, Quote, i), repeats);

  for (guint i = 0; i < quotes->len; i++)
    {
      Quote *q = &g_array_index (quotes, Quote, i);
      if (!q->candidate)
        continue;
      const char *s = ctx->text + q->cstart;
      gsize len = q->cend - q->cstart;

      g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (slogan_part_free);
      guint plan = 0;
      if (count_chars (s, s + len) <= ctx->cfg->max_formula_chars &&
          parse_formula_lex (ctx->lex, s, len, parts, &plan))
        {
          q->item = establish (ctx, s, len, "numeral");
          if (q->item->parts->len == 0)
            {
              g_ptr_array_extend_and_steal (q->item->parts, g_steal_pointer (&parts));
              q->item->plan = plan;
            }
          continue;
        }
      if (slogan_lexicon_lookup (ctx->lex, s, len))
        {
          q->item = establish (ctx, s, len, "lexicon");
          continue;
        }
      if (q->parallel)
        {
          q->item = establish (ctx, s, len, "parallel");
          continue;
        }
      /* the group of adjacent or coordinated quotes this one belongs to */
      guint first = i, last = i;
      while (first > 0 && quotes_linked (ctx, &g_array_index (quotes, Quote, first - 1),
                                         &g_array_index (quotes, Quote, first)))
        first--;
      while (last + 1 < quotes->len && quotes_linked (ctx, &g_array_index (quotes, Quote, last),
                                                      &g_array_index (quotes, Quote, last + 1)))
        last++;
      g_autofree char *cue = find_cue (ctx, g_array_index (quotes, Quote, first).open,
                                       g_array_index (quotes, Quote, last).close_end, s, s + len);
      if (cue)
        {
          q->item = establish (ctx, s, len, "cue");
          if (q->item->cue == NULL)
            q->item->cue = g_steal_pointer (&cue);
          continue;
        }
      g_autofree char *k = g_strndup (s, len);
      if (ctx->cfg->repeat > 0 &&
          GPOINTER_TO_UINT (g_hash_table_lookup (repeats, k)) >= ctx->cfg->repeat &&
          repeat_shape_ok (s, s + len))
        {
          q->item = establish (ctx, s, len, "repeated");
          continue;
        }
      q->reason = "no-cue";
    }

  for (guint i = 0; i < quotes->len; i++)
    {
      Quote *q = &g_array_index (quotes, Quote, i);
      if (q->item == NULL)
        add_rejected (ctx, q->cstart, q->cend, q->reason ? q->reason : "no-cue");
    }
}

/* “六稳”“六保”: directly adjacent quoted numeral formulas make a joined formula. */
static void
join_adjacent (Ctx *ctx, GArray *joined_occs, GPtrArray *joined_items)
{
  GArray *quotes = ctx->quotes;
  guint i = 0;
  while (i < quotes->len)
    {
      guint j = i;
      while (j + 1 < quotes->len && g_array_index (quotes, Quote, j).close_end ==
                                        g_array_index (quotes, Quote, j + 1).open)
        j++;
      gboolean all = j > i;
      for (guint k = i; all && k <= j; k++)
        {
          Quote *q = &g_array_index (quotes, Quote, k);
          all = q->item != NULL && q->item->parts->len > 0;
        }
      if (all)
        {
          GString *key = g_string_new (NULL);
          for (guint k = i; k <= j; k++)
            g_string_append (key, g_array_index (quotes, Quote, k).item->key);
          SloganItem *joined = establish (ctx, key->str, key->len, "numeral");
          gboolean need_parts = joined->parts->len == 0;
          if (joined->joined_from->len == 0)
            for (guint k = i; k <= j; k++)
              {
                SloganItem *part = g_array_index (quotes, Quote, k).item;
                g_ptr_array_add (joined->joined_from, g_strdup (part->key));
                if (!strv_has (part->part_of, joined->key))
                  g_ptr_array_add (part->part_of, g_strdup (joined->key));
                if (need_parts)
                  for (guint m = 0; m < part->parts->len; m++)
                    g_ptr_array_add (joined->parts, part_copy (g_ptr_array_index (part->parts, m)));
              }
          SloganOcc occ = { g_array_index (quotes, Quote, i).cstart,
                            g_array_index (quotes, Quote, j).cend, TRUE };
          g_array_append_val (joined_occs, occ);
          g_ptr_array_add (joined_items, joined);
          g_string_free (key, TRUE);
        }
      i = j + 1;
    }
}

static int
cmp_occ (gconstpointer a, gconstpointer b)
{
  const SloganOcc *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start ? 1 : 0;
}

static int
cmp_item (gconstpointer a, gconstpointer b)
{
  const SloganItem *x = *(SloganItem *const *) a, *y = *(SloganItem *const *) b;
  if (x->occs->len != y->occs->len)
    return x->occs->len > y->occs->len ? -1 : 1;
  gsize fx = g_array_index (x->occs, SloganOcc, 0).start;
  gsize fy = g_array_index (y->occs, SloganOcc, 0).start;
  if (fx != fy)
    return fx < fy ? -1 : 1;
  return strcmp (x->key, y->key);
}

static int
cmp_len_desc (gconstpointer a, gconstpointer b)
{
  const SloganItem *x = *(SloganItem *const *) a, *y = *(SloganItem *const *) b;
  gsize lx = strlen (x->key), ly = strlen (y->key);
  return lx < ly ? 1 : lx > ly ? -1 : 0;
}

/* A numeral formula found by string match must not sit inside a bigger
 * number (二十四五岁) or an ordinal (第十四五). */
static gboolean
numeral_context_ok (Ctx *ctx, const char *s, gsize n, guint plan)
{
  gunichar c0 = g_utf8_get_char (s);
  if (!is_chain_numeral (c0) && !is_ascii_or_wide_digit (c0))
    return TRUE;
  if (plan)
    return plan_context_ok (s, ctx->text, s + n, ctx->end);
  if (s > ctx->text)
    {
      gunichar pc = g_utf8_get_char (g_utf8_find_prev_char (ctx->text, s));
      if (is_chain_numeral (pc) || pc == U'第' || is_ascii_or_wide_digit (pc))
        return FALSE;
    }
  return TRUE;
}

static void
add_occ (Ctx *ctx, SloganItem *item, gsize s, gsize e)
{
  gpointer v = g_hash_table_lookup (ctx->quoted_at, GSIZE_TO_POINTER (s));
  SloganOcc occ = { s, e, v != NULL && GPOINTER_TO_SIZE (v) == e + 1 };
  g_array_append_val (item->occs, occ);
}

/* Counts every occurrence of the lexicon forms and of the document's own
 * forms (quoted terms, numeral formulas), leftmost-longest within each set. */
static void
count_occurrences (Ctx *ctx)
{
  g_autoptr (GHashTable) by_first = g_hash_table_new_full (NULL, NULL, NULL,
                                                           (GDestroyNotify) g_ptr_array_unref);
  GPtrArray *items = ctx->res->items;
  for (guint i = 0; i < items->len; i++)
    {
      SloganItem *item = g_ptr_array_index (items, i);
      if (item->entry != NULL)
        continue; /* counted through the lexicon */
      gunichar c = g_utf8_get_char (item->key);
      GPtrArray *list = g_hash_table_lookup (by_first, GUINT_TO_POINTER (c));
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (by_first, GUINT_TO_POINTER (c), list);
        }
      g_ptr_array_add (list, item);
    }
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, by_first);
  while (g_hash_table_iter_next (&it, &k, &v))
    g_ptr_array_sort ((GPtrArray *) v, cmp_len_desc);
  gboolean any_doc_forms = g_hash_table_size (by_first) > 0;
  /* a 1024-bit filter of the document forms' first characters, so most
   * characters skip the hash lookup */
  guint64 doc_first[16] = { 0 };
  g_hash_table_iter_init (&it, by_first);
  while (g_hash_table_iter_next (&it, &k, NULL))
    {
      guint h = GPOINTER_TO_UINT (k) & 1023;
      doc_first[h >> 6] |= G_GUINT64_CONSTANT (1) << (h & 63);
    }

  const char *p = ctx->text, *end = ctx->end, *np;
  const char *lex_skip = p, *doc_skip = p;
  while (p < end)
    {
      gunichar c = get_char (p, &np);
      if (p >= lex_skip && slogan_lexicon_may_start (ctx->lex, c))
        {
          const SloganForm *f = slogan_lexicon_match (ctx->lex, p, end);
          if (f && numeral_context_ok (ctx, p, f->length, 0))
            {
              const SloganEntry *e = slogan_lexicon_get_entry (ctx->lex, f->entry);
              SloganItem *item = get_item (ctx, e->canonical, strlen (e->canonical), "lexicon");
              item->entry = e;
              add_occ (ctx, item, p - ctx->text, p - ctx->text + f->length);
              lex_skip = p + f->length;
            }
        }
      if (any_doc_forms && p >= doc_skip && ((doc_first[(c & 1023) >> 6] >> (c & 63)) & 1))
        {
          GPtrArray *list = g_hash_table_lookup (by_first, GUINT_TO_POINTER (c));
          for (guint i = 0; list && i < list->len; i++)
            {
              SloganItem *item = g_ptr_array_index (list, i);
              gsize n = strlen (item->key);
              if ((gsize) (end - p) >= n && memcmp (p, item->key, n) == 0 &&
                  numeral_context_ok (ctx, p, n, item->plan))
                {
                  add_occ (ctx, item, p - ctx->text, p - ctx->text + n);
                  doc_skip = p + n;
                  break;
                }
            }
        }
      p = np;
    }
}

SloganResult *
slogan_scan (const SloganLexicon *lex, const SloganConfig *config, const char *text, gsize length)
{
  SloganConfig defaults = SLOGAN_CONFIG_INIT;
  if (config == NULL)
    config = &defaults;

  SloganResult *res = g_new0 (SloganResult, 1);
  res->items = g_ptr_array_new_with_free_func (item_free);
  res->titles = g_array_new (FALSE, FALSE, sizeof (SloganSpan));
  res->rejected = g_array_new (FALSE, FALSE, sizeof (SloganSpan));

  Ctx ctx = { lex, config, text, text + length, res, NULL, NULL, NULL };
  ctx.items = g_hash_table_new (g_str_hash, g_str_equal);
  ctx.quotes = g_array_new (FALSE, FALSE, sizeof (Quote));
  ctx.quoted_at = g_hash_table_new (NULL, NULL);

  guint reach = MAX (config->max_chars, config->max_formula_chars) + 1;
  const char *p = text, *end = text + length, *np;
  const char *numeral_skip = text, *sym_close = NULL;
  gunichar prev = 0, close;

  /* pass 1: quotes, titles, bare formulas */
  while (p < end)
    {
      gunichar c = get_char (p, &np);
      if (quote_close_for (c, &close) && p != sym_close)
        {
          const char *cend, *close_end;
          if (find_close (np, end, c, close, reach, &cend, &close_end))
            {
              Quote q = { p - text, np - text, cend - text, close_end - text, NULL, NULL, FALSE, FALSE };
              /* trim white space; a quote whose edges are blank is mispaired ("a" b "c") */
              const char *cs = np, *ce = cend;
              while (cs < ce && g_unichar_isspace (peek_char (cs, ce)))
                cs = g_utf8_next_char (cs);
              while (ce > cs && g_unichar_isspace (g_utf8_get_char (g_utf8_find_prev_char (cs, ce))))
                ce = g_utf8_find_prev_char (cs, ce);
              q.cstart = cs - text;
              q.cend = ce - text;
              if (close == c)
                sym_close = cend;
              if ((cs != np || ce != cend) && close == c)
                q.reason = "mispaired";
              g_array_append_val (ctx.quotes, q);
              res->n_quotes++;
            }
          else
            res->n_unclosed++;
        }
      else if (c == U'《')
        {
          const char *cend, *close_end;
          if (find_close (np, end, c, U'》', MAX_TITLE_CHARS, &cend, &close_end) && cend > np)
            {
              SloganSpan t = { np - text, cend - text, NULL };
              g_array_append_val (res->titles, t);
            }
        }
      else if (config->bare_numerals && p >= numeral_skip && is_chain_numeral (c) &&
               !is_chain_numeral (prev) && prev != U'第' && !is_ascii_or_wide_digit (prev) &&
               /* 條之三, 第一百四十六條, 上周五援引 */
               prev != U'之' && prev != U'百' && prev != U'千' && prev != U'周' && prev != U'週')
        {
          /* find the formula first; build its parts only for a new item */
          guint plan = 0;
          const char *e = read_plan (p, end, &plan);
          gboolean is_plan = e && plan_context_ok (p, text, e, end);
          if (!is_plan)
            {
              plan = 0;
              e = read_chain (lex, text, p, end, NULL);
            }
          if (e && !slogan_lexicon_is_stop (lex, p, e - p))
            {
              SloganItem *item = establish (&ctx, p, e - p, "numeral");
              if (item->parts->len == 0)
                {
                  if (is_plan)
                    g_ptr_array_add (item->parts, part_new (plan, p, advance_chars (p, end, 2), NULL, NULL,
                                                            advance_chars (p, end, 2), e));
                  else
                    read_chain (lex, text, p, end, item->parts);
                  item->plan = plan;
                }
              numeral_skip = e;
            }
        }
      else if (config->bare_numerals && p >= numeral_skip && is_ascii_or_wide_digit (c) &&
               !is_ascii_or_wide_alnum (prev) && prev != '+' && prev != U'＋' && prev != '.')
        {
          const char *e = read_plus_formula (p, end, NULL);
          if (e)
            {
              SloganItem *item = establish (&ctx, p, e - p, "numeral");
              if (item->parts->len == 0)
                read_plus_formula (p, end, item->parts);
              numeral_skip = e;
            }
          else
            {
              /* skip the rest of this digit run */
              const char *q = np, *nq;
              while (q < end && is_ascii_or_wide_alnum (get_char (q, &nq)))
                q = nq;
              numeral_skip = q;
            }
        }
      prev = c;
      p = np;
    }

  for (guint i = 0; i < ctx.quotes->len; i++)
    {
      Quote *q = &g_array_index (ctx.quotes, Quote, i);
      g_hash_table_insert (ctx.quoted_at, GSIZE_TO_POINTER (q->cstart),
                           GSIZE_TO_POINTER (q->cend + 1));
    }
  classify_quotes (&ctx);

  g_autoptr (GArray) joined_occs = g_array_new (FALSE, FALSE, sizeof (SloganOcc));
  g_autoptr (GPtrArray) joined_items = g_ptr_array_new ();
  join_adjacent (&ctx, joined_occs, joined_items);

  count_occurrences (&ctx);
  for (guint i = 0; i < joined_occs->len; i++)
    g_array_append_val (((SloganItem *) g_ptr_array_index (joined_items, i))->occs,
                        g_array_index (joined_occs, SloganOcc, i));

  /* finish items: kind, quoted count, order; drop those never seen */
  for (guint i = res->items->len; i-- > 0;)
    {
      SloganItem *item = g_ptr_array_index (res->items, i);
      if (item->occs->len == 0)
        {
          g_hash_table_remove (ctx.items, item->key);
          g_ptr_array_remove_index (res->items, i);
          continue;
        }
      g_array_sort (item->occs, cmp_occ);
      item->quoted = 0;
      for (guint k = 0; k < item->occs->len; k++)
        item->quoted += g_array_index (item->occs, SloganOcc, k).quoted;
      if (item->parts->len == 0)
        {
          guint plan = 0;
          parse_formula_lex (lex, item->key, strlen (item->key), item->parts, &plan);
          item->plan = plan;
        }
      if (item->parts->len > 0)
        item->kind = SLOGAN_KIND_NUMERAL;
      else if (item->entry)
        item->kind = SLOGAN_KIND_LEXICON;
      else
        item->kind = SLOGAN_KIND_QUOTED;
    }
  g_ptr_array_sort (res->items, cmp_item);

  g_hash_table_unref (ctx.items);
  g_hash_table_unref (ctx.quoted_at);
  g_array_unref (ctx.quotes);
  return res;
}
