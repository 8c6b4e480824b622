/* slogans-quote.c: quoted phrases: shape, cue words, classification.
 *
 * Each closed quote is a numeral formula, a lexicon entry, a parallel
 * formula, a cue-marked or repeated label, or rejected with a reason.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "slogans-internal.h"

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

gboolean
sl_quote_close_for (gunichar c, gunichar *close)
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
gboolean
sl_find_close (const char *p, const char *end, gunichar open, gunichar close, guint reach,
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

void
sl_classify_quotes (Ctx *ctx)
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
          q->item = sl_establish (ctx, s, len, "cue");
          if (q->item->cue == NULL)
            q->item->cue = g_steal_pointer (&cue);
          continue;
        }
      g_autofree char *k = g_strndup (s, len);
      if (ctx->cfg->repeat > 0 &&
          GPOINTER_TO_UINT (g_hash_table_lookup (repeats, k)) >= ctx->cfg->repeat &&
          repeat_shape_ok (s, s + len))
        {
          q->item = sl_establish (ctx, s, len, "repeated");
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
