/* slogans-formula.c: numeral formulas (一优两高, 四个转变, 十四五, 1+2+N).
 *
 * Whole-phrase parsing for quoted forms, unquoted chains N+head N+head…,
 * five-year plan periods and digit formulas, with their parts.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "slogans-internal.h"

#include <math.h>

/* A head starting with one of these makes a quantity, not a formula
 * (一年一度, 十一连冠, 三天两头, 五万). */
gboolean
sl_is_quantity_head (gunichar c)
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

static gboolean
is_chain_boundary (const SloganLexicon *lex, const char *p, const char *end)
{
  if (p >= end)
    return TRUE;
  gunichar c = peek_char (p, end);
  if (!is_han (c))
    return TRUE;
  /* a function character ([chain_boundary]) or a word that may follow a
   * chain ([chain_suffixes]: 三抓三促行动) */
  if (slogan_words_match (lex, SLOGAN_WORDS_CHAIN_BOUNDARY, p, sl_next_char (p, end)) ||
      slogan_words_match (lex, SLOGAN_WORDS_CHAIN_SUFFIXES, p, end))
    return TRUE;
  return slogan_lexicon_match_cue (lex, p, end) > 0;
}

gsize
sl_count_chars (const char *p, const char *end)
{
  gsize n = 0;
  while (p < end)
    {
      const char *np;
      ds_utf8_decode (p, end, &np);
      p = np;
      n++;
    }
  return n;
}

const char *
sl_advance_chars (const char *p, const char *end, gsize n)
{
  while (n-- > 0 && p < end)
    {
      const char *np;
      ds_utf8_decode (p, end, &np);
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

SloganPart *
sl_part_new (gint64 n, const char *num, const char *num_end, const char *cls,
          const char *cls_end, const char *head, const char *head_end)
{
  SloganPart *part = g_new0 (SloganPart, 1);
  part->n = n;
  part->numeral = g_strndup (num, num_end - num);
  part->classifier = cls ? g_strndup (cls, cls_end - cls) : NULL;
  part->head = g_strndup (head, head_end - head);
  return part;
}

SloganPart *
sl_part_copy (const SloganPart *src)
{
  SloganPart *part = g_new0 (SloganPart, 1);
  part->n = src->n;
  part->numeral = g_strdup (src->numeral);
  part->classifier = g_strdup (src->classifier);
  part->head = g_strdup (src->head);
  return part;
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
      ds_utf8_decode (p, end, &np);
      *n = 2;
      return np;
    }
  while (q < end && k < 4)
    {
      c = ds_utf8_decode (q, end, &np);
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
  while (q < end && is_ascii_or_wide_digit (ds_utf8_decode (q, end, &np)))
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
const char *
sl_read_plan (const char *p, const char *end, guint *plan)
{
  const char *a, *b, *c;
  if (ds_utf8_decode (p, end, &a) != U'十' || a >= end)
    return NULL;
  gunichar mid = ds_utf8_decode (a, end, &b);
  if (b >= end || ds_utf8_decode (b, end, &c) != U'五')
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

gboolean
sl_plan_context_ok (const char *start, const char *text, const char *after, const char *end)
{
  if (start > text)
    {
      gunichar pc = prev_char (text, start);
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

/* 1+2+N, 1+X: digit runs and single capital letters joined by +. A
 * @whole quoted phrase may also be two digit runs (“2+3”, “1+5”) or joined
 * by × (“4×4”): bare in the text those are arithmetic or sizes. */
const char *
sl_read_plus_formula (const char *p, const char *end, GPtrArray *parts, gboolean whole)
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
          ds_utf8_decode (q, end, &q);
          letter = TRUE;
          gunichar nc = peek_char (q, end);
          if (is_ascii_or_wide_alnum (nc))
            return NULL;
        }
      else
        return NULL;
      ntok++;
      if (tmp)
        g_ptr_array_add (tmp, sl_part_new (n, ts, q, NULL, NULL, q, q));
      gunichar sep = peek_char (q, end);
      if (sep == '+' || sep == U'＋' || (whole && sep == U'×'))
        {
          ds_utf8_decode (q, end, &np);
          gunichar after = peek_char (np, end);
          if (!is_ascii_or_wide_digit (after) && !((after >= 'A' && after <= 'Z') || (after >= 0xFF21 && after <= 0xFF3A)))
            break;
          q = np;
          continue;
        }
      break;
    }
  if (ntok < 2 || (ntok < 3 && !letter && !whole))
    return NULL;
  gunichar nc = peek_char (q, end);
  if (is_ascii_or_wide_alnum (nc) || nc == '+' || nc == U'＋' || nc == '.' || nc == '%' ||
      nc == '=' || nc == U'％' || nc == U'＝')
    return NULL;
  if (parts)
    for (guint i = 0; i < tmp->len; i++)
      g_ptr_array_add (parts, sl_part_copy (g_ptr_array_index (tmp, i)));
  return q;
}

/* End of a head: Han characters that are not numerals. */
static const char *
scan_head (const char *p, const char *end)
{
  const char *np;
  while (p < end)
    {
      gunichar c = ds_utf8_decode (p, end, &np);
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
  gunichar c = ds_utf8_decode (q, end, &np);
  if (is_classifier (c) && np < he)
    {
      gsize rest = sl_count_chars (np, he);
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
  gunichar c = ds_utf8_decode (seg->head, seg->head_end, &np);
  if (sl_is_quantity_head (c))
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

  q = sl_read_plan (p, end, &pl);
  if (q == end)
    {
      if (parts)
        g_ptr_array_add (parts, sl_part_new ((gint64) pl, p,
                                          sl_advance_chars (p, end, 2), NULL, NULL,
                                          sl_advance_chars (p, end, 2), end));
      if (plan)
        *plan = pl;
      return TRUE;
    }
  gunichar c0 = peek_char (p, end);
  if (is_ascii_or_wide_digit (c0) && sl_read_plus_formula (p, end, NULL, TRUE) == end)
    {
      if (parts)
        sl_read_plus_formula (p, end, parts, TRUE);
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
      if (sl_count_chars (seg.head, seg.head_end) > MAX_WHOLE_HEAD || !head_ok (&seg))
        return FALSE;
      g_ptr_array_add (tmp, sl_part_new (seg.n, seg.num, seg.num_end, seg.cls, seg.cls_end,
                                      seg.head, seg.head_end));
      nseg++;
      p = seg.head_end;
      if (p < end)
        {
          const char *np;
          gunichar c = ds_utf8_decode (p, end, &np);
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
      g_ptr_array_add (parts, sl_part_copy (g_ptr_array_index (tmp, i)));
  return TRUE;
}

/* Whether a stop form (a word such as 两岸, 双方, 双赢, 长三角) covers the start
 * of a chain segment: a prefix of the text from @from to @e of two characters
 * or more, @from being the segment or, for the first segment, the character
 * before it. */
gboolean
sl_segment_has_stop (const SloganLexicon *lex, const char *from, const char *e)
{
  const char *x = from, *nx;
  ds_utf8_decode (x, e, &nx);
  x = nx;
  if (x >= e)
    return FALSE;
  ds_utf8_decode (x, e, &nx);
  x = nx;
  for (; x <= e; x = nx)
    {
      if (slogan_lexicon_is_stop (lex, from, x - from))
        return TRUE;
      if (x == e)
        break;
      ds_utf8_decode (x, e, &nx);
    }
  return FALSE;
}

/* slogan_parse_formula() for a phrase of the text: not when a stop word
 * starts it (「兩岸共識」 is 兩岸 + 共識, not 2 × 岸共識; 「四川云教」). */
gboolean
sl_parse_formula_lex (const SloganLexicon *lex, const char *s, gsize len, GPtrArray *parts, guint *plan)
{
  if (plan)
    *plan = 0;
  if (len == 0 || sl_segment_has_stop (lex, s, s + len))
    return FALSE;
  return slogan_parse_formula (s, len, parts, plan);
}

/* An unquoted chain at p (a numeral run start): at least two segments.
 * @text is the start of the text (for the character before p). */
const char *
sl_read_chain (const SloganLexicon *lex, const char *text, const char *p, const char *end,
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
      gsize hl = sl_count_chars (s->head, s->head_end);
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
  gsize avail = sl_count_chars (last->head, last->head_end);
  gsize chosen = 0;
  for (gsize l = 1; l <= MIN (avail, MAX_CHAIN_HEAD); l++)
    if (is_chain_boundary (lex, sl_advance_chars (last->head, end, l), end))
      {
        chosen = l;
        break;
      }
  if (chosen == 0)
    chosen = MIN (avail, sl_count_chars (segs[nseg - 2].head, segs[nseg - 2].head_end));
  last->head_end = sl_advance_chars (last->head, end, chosen);

  gboolean all_contrast = TRUE;
  for (guint i = 0; i < nseg; i++)
    {
      if (!head_ok (&segs[i]))
        return NULL;
      /* no function character inside a head ([chain_function]: 十九大和二十大精神) */
      for (const char *h = segs[i].head, *nh; h < segs[i].head_end; h = nh)
        {
          nh = sl_next_char (h, segs[i].head_end);
          if (slogan_words_match (lex, SLOGAN_WORDS_CHAIN_FUNCTION, h, nh))
            return NULL;
        }
      if (sl_segment_has_stop (lex, segs[i].num, segs[i].head_end))
        return NULL;
      if (i == 0 && start > text &&
          sl_segment_has_stop (lex, ds_utf8_prev (text, start), segs[i].head_end))
        return NULL;
      const char *np;
      gunichar hc = ds_utf8_decode (segs[i].head, segs[i].head_end, &np);
      if (!(segs[i].n == 1 && np == segs[i].head_end && is_contrast_head (hc)))
        all_contrast = FALSE;
    }
  if (all_contrast)
    return NULL;
  if (parts)
    for (guint i = 0; i < nseg; i++)
      g_ptr_array_add (parts, sl_part_new (segs[i].n, segs[i].num, segs[i].num_end, segs[i].cls,
                                        segs[i].cls_end, segs[i].head, segs[i].head_end));
  return last->head_end;
}
