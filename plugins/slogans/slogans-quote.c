/* slogans-quote.c: quoted phrases: shape, cue words, classification.
 *
 * Each closed quote is a numeral formula, a lexicon entry, a parallel
 * formula, a cue-marked or repeated label, or rejected with a reason.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "slogans-internal.h"

/* Two or more Han segments of equal length (2-6) separated by 、 or a comma:
 * the parallel shape of a formula (“求实创新,勇争一流”); or a list of three
 * or more single characters separated by 、 (“低、小、散”). Adds each
 * segment to @parts (may be NULL) as a part without a numeral. */
static gboolean
is_parallel (const char *s, const char *e, GPtrArray *parts)
{
  guint nseg = 0, seglen = 0, cur = 0;
  gboolean comma = FALSE;
  const char *seg = s;
  g_autoptr (GPtrArray) tmp = g_ptr_array_new_with_free_func (slogan_part_free);
  for (const char *p = s;;)
    {
      const char *np = e;
      gunichar c = p < e ? ds_utf8_decode (p, e, &np) : 0;
      if (p >= e || c == U'、' || c == U'，' || c == ',')
        {
          if (cur < 1 || cur > 6 || (nseg > 0 && cur != seglen))
            return FALSE;
          g_ptr_array_add (tmp, sl_part_new (-1, seg, seg, NULL, NULL, seg, p));
          comma = comma || (p < e && c != U'、');
          seglen = cur;
          cur = 0;
          nseg++;
          if (p >= e)
            break;
          seg = np;
        }
      else if (is_han (c))
        cur++;
      else
        return FALSE;
      p = np;
    }
  if (nseg < 2 || (seglen == 1 && (nseg < 3 || comma)))
    return FALSE;
  if (parts)
    g_ptr_array_extend_and_steal (parts, g_steal_pointer (&tmp));
  return TRUE;
}

/* Looks for the closing mark within @reach characters on the same line.
 * Another opening mark of the same kind first means this one never closes. */
gboolean
sl_find_close (const char *p, const char *end, gunichar open, gunichar close, guint reach,
            const char **cend, const char **close_end)
{
  const char *np;
  for (guint k = 0; p < end && k <= reach; k++)
    {
      gunichar c = ds_utf8_decode (p, end, &np);
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

static gboolean
strv_has (GPtrArray *a, const char *s)
{
  for (guint i = 0; i < a->len; i++)
    if (strcmp (g_ptr_array_index (a, i), s) == 0)
      return TRUE;
  return FALSE;
}

/* A cue after the quote group ending at @after, or before the group opening at @before. */
static char *
find_cue (Ctx *ctx, gsize before, gsize after, const char *cs, const char *ce)
{
  const char *p = ctx->text + after, *end = ctx->end, *np;
  gunichar c = peek_char (p, end);
  if (c == U'的')
    ds_utf8_decode (p, end, &p);
  for (guint k = 0; k <= CUE_WINDOW && p < end; k++)
    {
      gsize n = slogan_lexicon_match_cue (ctx->lex, p, end);
      /* not the start of an organisation's name (政策局, 工作组) */
      if (n && !slogan_words_match (ctx->lex, SLOGAN_WORDS_ORG_SUFFIXES, p + n,
                                    sl_next_char (p + n, end)))
        return g_strndup (p, n);
      c = ds_utf8_decode (p, end, &np);
      if (!is_han (c))
        break;
      p = np;
    }
  /* a label that names itself: “春风行动”, “菜篮子工程”, 「活路外交」,
   * 「南海和平倡議」, 「新南向政策」 */
  gsize ls = slogan_words_match_before (ctx->lex, SLOGAN_WORDS_LABEL_SUFFIXES, cs, ce);
  if (ls > 0 && ls < (gsize) (ce - cs))
    return g_strndup (ce - ls, ls);
  gsize n = slogan_lexicon_match_cue_before (ctx->lex, ctx->text, ctx->text + before);
  if (n)
    return g_strndup (ctx->text + before - n, n);
  return NULL;
}

static void
add_rejected (Ctx *ctx, const Quote *q, const char *reason)
{
  SloganSpan span = { q->cstart, q->cend, reason, q->score, q->features };
  g_array_append_val (ctx->res->rejected, span);
}

/* Whether @s..@e is made of digits only (a digit code: “3815”). */
static gboolean
all_digits (const char *s, const char *e)
{
  for (const char *p = s, *np; p < e; p = np)
    if (!is_ascii_or_wide_digit (ds_utf8_decode (p, e, &np)))
      return FALSE;
  return s < e;
}

/* ---------- the label score ---------- */

/* Every quoted phrase that is not a formula, a lexicon form or a parallel
 * phrase is scored by the features below; a label needs SLOGAN_LABEL_SCORE.
 * The words each feature reads are lists of slogans-words.txt. */
static const struct
{
  const char *name;
  int weight;
} features[SLOGAN_N_FEATURES] = {
  [SLOGAN_FEATURE_LENGTH] = { "length", 1 },               /* 3-8 characters */
  [SLOGAN_FEATURE_CUE] = { "cue", 2 },                     /* “X”行动, “X”改革, 口号“X”, X行动 */
  [SLOGAN_FEATURE_FRAME] = { "frame", 1 },                 /* 打造“X”, 实现“X”, 围绕“X” */
  [SLOGAN_FEATURE_REPEATED] = { "repeated", 1 },           /* quoted `repeat` times */
  [SLOGAN_FEATURE_NUMERAL_START] = { "numeral-start", 1 }, /* “一张图”, “15分钟生活圈” */
  [SLOGAN_FEATURE_PAIRED] = { "paired", 1 },               /* 从“一纸规划”到“多点开花” */
  [SLOGAN_FEATURE_DEMONSTRATIVE] = { "demonstrative", 1 }, /* 这座“未来之城” */
  [SLOGAN_FEATURE_ATTRIBUTIVE] = { "attributive", 1 },     /* “管家式”服务, “卡脖子”问题 */
  [SLOGAN_FEATURE_SPEECH_FRAME] = { "speech-frame", -2 },  /* 他说：“…”, 表示“…” */
  [SLOGAN_FEATURE_SPEECH_CHARS] = { "speech-chars", -3 },  /* 我 你 吗 唔 睇 … inside */
  [SLOGAN_FEATURE_FUNCTION_CHAR] = { "function-char", -1 },/* 的 之 与 及 和 … inside */
  [SLOGAN_FEATURE_NAME_SUFFIX] = { "name-suffix", -2 },    /* …公司, …号, …效应, …者 */
  [SLOGAN_FEATURE_NAME_AFTER] = { "name-after", -2 },      /* “X”通讯, “X”号, “X”公司 */
  [SLOGAN_FEATURE_NAME_BEFORE] = { "name-before", -2 },    /* 台风“X”, 吉祥物“X”, 名为“X” */
  [SLOGAN_FEATURE_TITLE_FRAME] = { "title-frame", -2 },    /* 荣获“X”, 评为“X” */
  [SLOGAN_FEATURE_LATIN] = { "latin", -1 },                /* Latin letters inside (浙BA) */
  [SLOGAN_FEATURE_WORD] = { "word", -1 },                  /* 2 characters: one word (“见顶”) */
  [SLOGAN_FEATURE_DESCRIPTIVE] = { "descriptive", -2 },    /* 「极不寻常」, 「颇正面」 */
  [SLOGAN_FEATURE_SCARE] = { "scare", -2 },                /* 所谓“X”, 如此“X” */
  [SLOGAN_FEATURE_SPEECH_DOCUMENT] = { "speech-document", -1 }, /* a quarter of the quotes are speech */
  [SLOGAN_FEATURE_DIGITS] = { "digits", -1 },              /* a digit code: “3815”战略 needs its cue */
  [SLOGAN_FEATURE_LEGAL_DOCUMENT] = { "legal-document", -1 }, /* cites articles (第5条规定, 条第2项) */
};

const char *
slogan_feature_name (SloganFeature f)
{
  return f < SLOGAN_N_FEATURES ? features[f].name : NULL;
}

int
slogan_feature_weight (SloganFeature f)
{
  return f < SLOGAN_N_FEATURES ? features[f].weight : 0;
}

/* Whether a word of list @words that starts at most two characters before
 * @p (not before @s) covers @p: 及 of 及时雨, 和 of 和平, 就 of 稳就业. */
static gboolean
in_word_of (const SloganLexicon *lex, SloganWords words, const char *s, const char *p,
            const char *e)
{
  const char *x = p;
  for (guint k = 0; k <= 2; k++)
    {
      gsize n = slogan_words_match (lex, words, x, e);
      if (n > (gsize) (p - x))
        return TRUE;
      if (x == s)
        break;
      x = ds_utf8_prev (s, x);
    }
  return FALSE;
}

/* Whether @s..@e holds a character of list @list that is not part of a
 * word of list @words (SLOGAN_N_WORDS: none). */
static gboolean
has_char_of (const SloganLexicon *lex, SloganWords list, SloganWords words, const char *s,
             const char *e)
{
  for (const char *p = s; p < e; p = g_utf8_next_char (p))
    if (slogan_words_match (lex, list, p, g_utf8_next_char (p)) > 0 &&
        !(words < SLOGAN_N_WORDS && in_word_of (lex, words, s, p, e)))
      return TRUE;
  return FALSE;
}

/* The byte before which a frame word must end: the opening mark, or a
 * 了/着 just before it (实现了“大作为”). */
static const char *
frame_end (const Ctx *ctx, const Quote *q)
{
  const char *b = ctx->text + q->open;
  if (b > ctx->text)
    {
      const char *pb = ds_utf8_prev (ctx->text, b);
      gunichar c = peek_char (pb, b);
      if (c == U'了' || c == U'着')
        return pb;
    }
  return b;
}

/* Whether another candidate quote of the same length sits in the same
 * sentence within 16 characters: the paired labels of a parallel phrase
 * (从“一纸规划”到“多点开花”, 从“接力跑”变成“并排跑”). */
static gboolean
is_paired (const Ctx *ctx, guint i, gsize nchars)
{
  GArray *quotes = ctx->quotes;
  const Quote *q = &g_array_index (quotes, Quote, i);
  for (int d = -1; d <= 1; d += 2)
    {
      if ((d < 0 && i == 0) || (d > 0 && i + 1 >= quotes->len))
        continue;
      const Quote *o = &g_array_index (quotes, Quote, i + d);
      if (!o->candidate)
        continue;
      const char *gs = ctx->text + (d < 0 ? o->close_end : q->close_end);
      const char *ge = ctx->text + (d < 0 ? q->open : o->open);
      if (ge < gs || sl_count_chars (gs, ge) > 16)
        continue;
      gboolean same_sentence = TRUE;
      for (const char *p = gs, *np; p < ge && same_sentence; p = np)
        {
          gunichar c = ds_utf8_decode (p, ge, &np);
          if (is_sentence_end (c) || c == '\n')
            same_sentence = FALSE;
        }
      gsize olen = o->cend - o->cstart;
      if (same_sentence && sl_count_chars (ctx->text + o->cstart, ctx->text + o->cend) == nchars &&
          !(olen == q->cend - q->cstart &&
            memcmp (ctx->text + o->cstart, ctx->text + q->cstart, olen) == 0))
        return TRUE;
    }
  return FALSE;
}

/* A label that starts with a number: a Chinese numeral, an optional
 * classifier and a head that is not a quantity (“一张图”, “一纸规划”,
 * “六个一批”; not “十一连冠”, “两个10亿元”), when no stop form starts the
 * phrase (“四川云教”, “一站式”); or digits with three Han characters or more
 * after them (“15分钟生活圈”; not “9月初”, “30条”). */
static gboolean
numeral_start (const SloganLexicon *lex, const char *s, const char *e)
{
  const char *p = s, *np;
  gunichar c = ds_utf8_decode (p, e, &np);
  if (is_ascii_or_wide_digit (c))
    {
      guint han = 0;
      for (; p < e; p = np)
        han += is_han (ds_utf8_decode (p, e, &np)) ? 1 : 0;
      return han >= 3;
    }
  if (!is_chain_numeral (c) || sl_segment_has_stop (lex, s, e))
    return FALSE;
  while (p < e && is_chain_numeral (ds_utf8_decode (p, e, &np)))
    p = np;
  if (p < e && is_classifier (ds_utf8_decode (p, e, &np)) && np < e)
    p = np;
  if (p >= e)
    return FALSE;
  c = ds_utf8_decode (p, e, &np);
  return is_han (c) && !is_chain_numeral (c) && !sl_is_quantity_head (c);
}

/* A speech verb right before the quote, directly or across ： ， : , or a
 * colon alone ([speech_frame]: 他说：“…”, 表示“…”). */
static gboolean
speech_frame (const Ctx *ctx, const Quote *q)
{
  const char *open = ctx->text + q->open, *sb = open;
  if (sb > ctx->text)
    {
      const char *pb = ds_utf8_prev (ctx->text, sb);
      gunichar pc = peek_char (pb, sb);
      if (pc == U'：' || pc == ':')
        return TRUE;
      if (pc == U'，' || pc == ',')
        sb = pb;
    }
  return slogan_words_match_before (ctx->lex, SLOGAN_WORDS_SPEECH_FRAME, ctx->text, sb) > 0;
}

/* Whether the document quotes people at length: of 8 or more closed quotes,
 * a quarter or more are sentences, too long, after a speech verb or hold
 * speech characters. There quotation marks mostly mark speech and terms, so
 * every scored quote gets the feature speech-document. */
static gboolean
is_speech_document (const Ctx *ctx)
{
  guint n = ctx->quotes->len, speech = 0;
  if (n < 8)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const Quote *q = &g_array_index (ctx->quotes, Quote, i);
      const char *s = ctx->text + q->cstart, *e = ctx->text + q->cend;
      /* a long programme name is scored but still counts as long here */
      if (g_strcmp0 (q->reason, "sentence") == 0 || g_strcmp0 (q->reason, "long") == 0 ||
          q->long_name ||
          (q->candidate && (speech_frame (ctx, q) ||
                            has_char_of (ctx->lex, SLOGAN_WORDS_SPEECH_CHARS, SLOGAN_N_WORDS, s, e))))
        speech++;
    }
  return speech * 4 >= n;
}

/* Whether the document is a legal text: it cites articles ([legal_refs]:
 * 第5条规定, 第3条第1项, 第28条之1) twice or more. There quotation marks
 * mark defined terms, field names and the names of rules (「最高核配量」,
 * 「法規草案公告」), so every scored quote gets the feature legal-document
 * and a label needs a cue word. */
static gboolean
is_legal_document (const Ctx *ctx)
{
  guint n = 0;
  const char *p = ctx->text;
  while (p < ctx->end && n < 2)
    {
      gsize k = slogan_words_match (ctx->lex, SLOGAN_WORDS_LEGAL_REFS, p, ctx->end);
      n += k > 0;
      p = k > 0 ? p + k : g_utf8_next_char (p);
    }
  return n >= 2;
}

/* Whether the quote closing at @after is used as a modifier: a Han
 * character right after it that does not start a predicate, a function or
 * a time word (“管家式”服务, not “X”是/的/每月), or a head noun of
 * [attributive_heads], directly or after 的, also where its first character
 * is in [attributive_not] (“卡脖子”难题, “三新”经济, “中国创造”的时代). */
static gboolean
attributive (const SloganLexicon *lex, const char *after, const char *end)
{
  gunichar na = peek_char (after, end);
  if (!is_han (na))
    return FALSE;
  if (slogan_words_match (lex, SLOGAN_WORDS_ATTRIBUTIVE_HEADS, after, end))
    return TRUE;
  if (na == U'的')
    return slogan_words_match (lex, SLOGAN_WORDS_ATTRIBUTIVE_HEADS, g_utf8_next_char (after), end) > 0;
  return !slogan_words_match (lex, SLOGAN_WORDS_ATTRIBUTIVE_NOT, after, g_utf8_next_char (after));
}

/* Scores quote @i; @cue gets the cue word when the cue feature fires. */
static int
score_quote (Ctx *ctx, guint i, guint repeats, char *cue, guint *feats)
{
  const Quote *q = &g_array_index (ctx->quotes, Quote, i);
  const SloganLexicon *lex = ctx->lex;
  const char *s = ctx->text + q->cstart, *e = ctx->text + q->cend;
  const char *open = ctx->text + q->open, *after = ctx->text + q->close_end;
  gsize nchars = sl_count_chars (s, e);
  guint f = 0;

  if (nchars >= 3 && nchars <= 8)
    f |= 1u << SLOGAN_FEATURE_LENGTH;
  if (nchars <= 2)
    f |= 1u << SLOGAN_FEATURE_WORD;
  if (cue)
    f |= 1u << SLOGAN_FEATURE_CUE;
  if (slogan_words_match_before (lex, SLOGAN_WORDS_FRAME, ctx->text, frame_end (ctx, q)))
    f |= 1u << SLOGAN_FEATURE_FRAME;
  if (ctx->cfg->repeat > 0 && repeats >= ctx->cfg->repeat)
    f |= 1u << SLOGAN_FEATURE_REPEATED;
  if (numeral_start (lex, s, e))
    f |= 1u << SLOGAN_FEATURE_NUMERAL_START;
  if (is_paired (ctx, i, nchars))
    f |= 1u << SLOGAN_FEATURE_PAIRED;
  if (slogan_words_match_before (lex, SLOGAN_WORDS_DEMONSTRATIVE, ctx->text, open))
    f |= 1u << SLOGAN_FEATURE_DEMONSTRATIVE;
  if (attributive (lex, after, ctx->end))
    f |= 1u << SLOGAN_FEATURE_ATTRIBUTIVE;

  if (speech_frame (ctx, q))
    f |= 1u << SLOGAN_FEATURE_SPEECH_FRAME;
  if (ctx->speech_document)
    f |= 1u << SLOGAN_FEATURE_SPEECH_DOCUMENT;
  if (ctx->legal_document)
    f |= 1u << SLOGAN_FEATURE_LEGAL_DOCUMENT;
  if (slogan_words_match_before (lex, SLOGAN_WORDS_SCARE_BEFORE, ctx->text, open))
    f |= 1u << SLOGAN_FEATURE_SCARE;
  if (slogan_words_match (lex, SLOGAN_WORDS_DEGREE_ADVERBS, s, e))
    f |= 1u << SLOGAN_FEATURE_DESCRIPTIVE;
  if (has_char_of (lex, SLOGAN_WORDS_SPEECH_CHARS, SLOGAN_N_WORDS, s, e))
    f |= 1u << SLOGAN_FEATURE_SPEECH_CHARS;
  if (has_char_of (lex, SLOGAN_WORDS_FUNCTION_CHARS, SLOGAN_WORDS_FUNCTION_CHARS_NOT, s, e))
    f |= 1u << SLOGAN_FEATURE_FUNCTION_CHAR;
  if (slogan_words_has_suffix (lex, SLOGAN_WORDS_NAME_SUFFIX, s, e) &&
      !slogan_words_has_suffix (lex, SLOGAN_WORDS_NAME_SUFFIX_NOT, s, e))
    f |= 1u << SLOGAN_FEATURE_NAME_SUFFIX;
  if (slogan_words_match (lex, SLOGAN_WORDS_NAME_AFTER, after, ctx->end))
    f |= 1u << SLOGAN_FEATURE_NAME_AFTER;
  if (slogan_words_match_before (lex, SLOGAN_WORDS_NAME_BEFORE, ctx->text, open))
    f |= 1u << SLOGAN_FEATURE_NAME_BEFORE;
  if (slogan_words_match_before (lex, SLOGAN_WORDS_TITLE_FRAME, ctx->text, frame_end (ctx, q)))
    f |= 1u << SLOGAN_FEATURE_TITLE_FRAME;
  if (all_digits (s, e))
    f |= 1u << SLOGAN_FEATURE_DIGITS;
  for (const char *p = s; p < e; p++)
    if (g_ascii_isalpha (*p))
      {
        f |= 1u << SLOGAN_FEATURE_LATIN;
        break;
      }

  int score = 0;
  for (guint k = 0; k < SLOGAN_N_FEATURES; k++)
    if (f & (1u << k))
      score += features[k].weight;
  *feats = f;
  return score;
}

/* Programme and campaign names are long (「百分百擔保個人特惠貸款計劃」,
 * “百县千镇万村高质量发展工程”): a quote longer than max_chars that ends in a
 * label suffix ([label_suffixes]: 计划 行动 工程 …) is scored like a shorter
 * one, up to max_formula_chars; speech and clauses ending in such a word
 * (…导致争议复杂化的行动) fail the score. */
static gboolean
long_programme_name (const Ctx *ctx, const char *s, const char *e, gsize nchars)
{
  gsize ls = slogan_words_match_before (ctx->lex, SLOGAN_WORDS_LABEL_SUFFIXES, s, e);
  return nchars <= ctx->cfg->max_formula_chars && ls > 0 && ls < (gsize) (e - s);
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
      gunichar c = ds_utf8_decode (p, e, &np);
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
  if (nchars <= ctx->cfg->max_formula_chars && sl_parse_formula_lex (ctx->lex, s, len, NULL, NULL))
    {
      q->candidate = TRUE;
      return;
    }
  if (slogan_lexicon_lookup (ctx->lex, s, len))
    {
      q->candidate = TRUE;
      return;
    }
  if (nchars <= ctx->cfg->max_formula_chars && is_parallel (s, e, NULL))
    {
      q->candidate = q->parallel = TRUE;
      return;
    }
  if (nchars >= 4 && slogan_words_has_suffix (ctx->lex, SLOGAN_WORDS_DOCUMENT_SUFFIXES, s, e))
    q->reason = "title";
  else if (nchars < ctx->cfg->min_chars)
    q->reason = "short";
  else if (nchars > ctx->cfg->max_chars && !(q->long_name = long_programme_name (ctx, s, e, nchars)))
    q->reason = "long";
  else if (!han && !all_digits (s, e))
    q->reason = "not-chinese";
  else
    {
      q->candidate = TRUE;
      /* repetition is counted in the body: a headline quotes what the body
       * quotes again (「歪风论」 in the title and the first paragraph) */
      const char *nl = memchr (ctx->text, '\n', ctx->end - ctx->text);
      if (nl != NULL && ctx->text + q->open < nl)
        return;
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
  return slogan_words_contains (ctx->lex, SLOGAN_WORDS_CONNECTORS, p, e - p);
}

void
sl_classify_quotes (Ctx *ctx)
{
  GArray *quotes = ctx->quotes;
  g_autoptr (GHashTable) repeats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < quotes->len; i++)
    shape_quote (ctx, &g_array_index (quotes, Quote, i), repeats);
  ctx->speech_document = is_speech_document (ctx);
  ctx->legal_document = quotes->len > 0 && is_legal_document (ctx);

  for (guint i = 0; i < quotes->len; i++)
    {
      Quote *q = &g_array_index (quotes, Quote, i);
      if (!q->candidate)
        continue;
      const char *s = ctx->text + q->cstart;
      gsize len = q->cend - q->cstart;

      g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (slogan_part_free);
      guint plan = 0;
      if (sl_count_chars (s, s + len) <= ctx->cfg->max_formula_chars &&
          sl_parse_formula_lex (ctx->lex, s, len, parts, &plan))
        {
          q->item = sl_establish (ctx, s, len, "numeral");
          if (q->item->parts->len == 0)
            {
              g_ptr_array_extend_and_steal (q->item->parts, g_steal_pointer (&parts));
              q->item->plan = plan;
            }
          continue;
        }
      if (slogan_lexicon_lookup (ctx->lex, s, len))
        {
          q->item = sl_establish (ctx, s, len, "lexicon");
          continue;
        }
      if (q->parallel)
        {
          q->item = sl_establish (ctx, s, len, "parallel");
          if (q->item->parts->len == 0)
            is_parallel (s, s + len, q->item->parts);
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
      g_autofree char *k = g_strndup (s, len);
      guint reps = GPOINTER_TO_UINT (g_hash_table_lookup (repeats, k));
      q->score = score_quote (ctx, i, reps, cue, &q->features);
      if (q->score >= SLOGAN_LABEL_SCORE)
        {
          q->item = sl_establish (ctx, s, len, "label");
          if (q->item->cue == NULL && cue)
            q->item->cue = g_steal_pointer (&cue);
          if (q->item->score < q->score)
            {
              q->item->score = q->score;
              q->item->features = q->features;
            }
          continue;
        }
      q->reason = "score";
    }

  for (guint i = 0; i < quotes->len; i++)
    {
      Quote *q = &g_array_index (quotes, Quote, i);
      if (q->item == NULL)
        add_rejected (ctx, q, q->reason ? q->reason : "score");
    }
}

/* “六稳”“六保”: directly adjacent quoted numeral formulas make a joined formula. */
void
sl_join_adjacent (Ctx *ctx, GArray *joined_occs, GPtrArray *joined_items)
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
          SloganItem *joined = sl_establish (ctx, key->str, key->len, "numeral");
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
                    g_ptr_array_add (joined->parts, sl_part_copy (g_ptr_array_index (part->parts, m)));
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
