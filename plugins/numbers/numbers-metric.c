/* numbers-metric.c: what a figure measures: the noun phrase after it, before it in its clause, its table row.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "numbers-internal.h"

/* The character at t[p] (and its length in *cl), a three-byte one decoded here (the
 * phrases are mostly Han): for the loops that test every character of a phrase. */
static inline gunichar
cjk_at (const char *t, gsize p, gsize e, gsize *cl)
{
  const guchar *u = (const guchar *) t + p;
  if ((u[0] & 0xF0) == 0xE0 && p + 3 <= e && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80)
    {
      *cl = 3;
      return ((gunichar) (u[0] & 0x0F) << 12) | ((gunichar) (u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    }
  return char_at (t, p, e, cl);
}

/* Is t[p..) a 比 that compares (比上年, 比2013年), not part of a noun (比重, 比例, 比率)? */
static gboolean
comparing_bi (const Ctx *x, gsize p, gsize e)
{
  return wprefix (x->w->bi_nouns, x->t, p, e) == 0 && wsuffix (x->w->bi_before, x->t, 0, p) == 0;
}

/* Is t[p..) a 由/从 that starts where a change comes from (份额从60%, 增速由上年), not
 * part of a noun (自由贸易, 从业人员)? */
static gboolean
from_word (const Ctx *x, gsize p, gsize e)
{
  const char *t = x->t;
  if (!has_at (t, p, e, "由") && !has_at (t, p, e, "从"))
    return FALSE;
  /* [from_nouns]: a word ending with it (自由) or starting with it (由于, 从业) */
  return wsuffix (x->w->from_nouns, t, 0, p + 3) == 0 && wprefix (x->w->from_nouns, t, p, e) == 0;
}

/* The length of a span of time at t[s..e) that leads a phrase: a numeral, a unit of
 * [window_units] and a word of [window_after] (七年前, 三年来); 0 if none. */
static gsize
window_lead (const Ctx *x, gsize s, gsize e)
{
  gsize cl;
  gunichar c = cjk_at (x->t, s, e, &cl);
  if (!is_any_digit (c) && ds_numeral_multiplier_exponent (c) == 0) /* 七年前, 十年前 */
    return 0;
  DsNumeral n;
  gsize k = ds_numeral_scan (x->t + s, (gssize) (e - s), DS_NUMERAL_CHINESE | DS_NUMERAL_ARABIC, &n);
  ds_numeral_clear (&n);
  gsize u = k ? wprefix (x->w->window_units, x->t, s + k, e) : 0;
  gsize a = u ? wprefix (x->w->window_after, x->t, s + k + u, e) : 0;
  return a ? k + u + a : 0;
}

/* The length of a name that leads the phrase t[s..e): Han characters ending with a
 * subject suffix (subjects.txt, shared with facts), at least two before the suffix,
 * twelve at most, two or more characters left after it (重庆市政府投入 → 投入,
 * 嘉峪关工业园区工业总产值); the longest such; 0 if none. Words that hold a suffix
 * and are no name ([not_subject]: 市场, 城市, 上市公司) are not one. */
static gsize
subject_lead (const Ctx *x, gsize s, gsize e)
{
  const char *t = x->t;
  gsize best = 0;
  guint n = 0;
  /* two characters, the suffix and two more: 15 bytes at least */
  for (gsize p = s, cl; p + 6 < e && n < 12; n++)
    {
      gunichar c = cjk_at (t, p, e, &cl);
      if (!ds_unichar_is_han (c) || has_at (t, p, e, "的"))
        break; /* a name holds no 的 (中国的自贸试验区数量) */
      p += cl;
      if (!first_may_match (x->w->subject_last, c))
        continue;
      gsize sl = wsuffix (x->w->subject_suffixes, t, s, p);
      if (!sl || g_utf8_strlen (t + s, (gssize) (p - sl - s)) < 2 || g_utf8_strlen (t + p, (gssize) (e - p)) < 2)
        continue;
      if (wprefix (x->w->not_subject, t, p - sl, e) > sl || wsuffix (x->w->not_subject, t, s, p) > sl)
        continue;
      best = p - s;
    }
  return best;
}

char *
clean_metric (const Ctx *x, gsize s, gsize e)
{
  const char *t = x->t;
  {
    gsize wl = 0;
    gssize mp = word_set_find_last (x->w, x->w->modal, t, s, e, &wl);
    /* 科技计划项目: a noun ([target_nouns] after it), not a plan */
    if (mp >= 0 && wprefix (x->w->target_nouns, t, (gsize) mp + wl, e) > 0)
      mp = -1;
    if (mp >= 0)
      {
        /* only time words before it (本年度預測財政赤字): the noun is after it */
        gsize q = s;
        while (q < (gsize) mp)
          {
            gsize w = wprefix (x->w->time_words, t, q, (gsize) mp);
            if (w > 0)
              {
                q += w;
                continue;
              }
            w = wprefix (x->w->metric_lead, t, q, (gsize) mp);
            if (w > 0)
              {
                q += w;
                continue;
              }
            break;
          }
        if ((gsize) mp > q)
          e = (gsize) mp;
        else
          s = (gsize) mp + wl;
      }
  }
  /* a comparison or a place ends the noun (before the restart after a figure, whose
   * base may hold one: 失业率较9至11月): 进出口总额在上年高基数基础上, 销售额较上年, 出口比去年同期 */
  for (gsize p = s + 3, cl; p + 3 <= e; p += cl)
    if (!first_may_match (x->w->cut_first, cjk_at (t, p, e, &cl)))
      continue;
    else if (has_at (t, p, e, "较") || (has_at (t, p, e, "比") && comparing_bi (x, p, e)) ||
        (wprefix (x->w->comparatives, t, p, e) > 0 &&
         !memmem (t + p, e - p, "的", 3)) || /* not in a relative clause (低于全国平均水平的粤东西北) */
        from_word (x, p, e) || wprefix (x->w->metric_cut, t, p, e) > 0 || /* 失业率已经连续两个月 */
        (has_at (t, p, e, "在") && wsuffix (x->w->place_ends, t, 0, e) > 0))
      {
        e = p;
        break;
      }
  /* metrics are noun phrases of CJK and letters: start after anything else
   * (2013年的国内生产总值 → 年的国内生产总值, whose 年的 goes below) */
  gboolean restarted = FALSE;
  for (gsize p = s; p < e;)
    {
      gsize cl;
      gunichar c = cjk_at (t, p, e, &cl);
      p += cl;
      if (!(ds_unichar_is_han (c) || is_ascii_alpha (c)))
        {
          s = p;
          restarted = is_any_digit (c);
        }
    }
  /* 2015年新兴产业产值: the date's 年 (not 年度, 年均, 年产) */
  gsize dh = restarted ? wprefix (x->w->date_heads, t, s, e) : 0;
  if (dh && !wprefix (x->w->date_head_nouns, t, s, e))
    s += dh;
  /* 11省市经济总量, 15-19歲的失業率: the classifier of the number before is not the noun */
  else if (restarted)
    {
      s += wprefix (x->w->metric_classifiers, t, s, e);
      s += wprefix (x->w->above_below, t, s, e);
    }
  /* 把/按 inside the phrase: what follows is the object (自贸区把境外职业资格认可目录,
   * 承购人应按承购价额) */
  for (gsize p = s, cl; p + 3 <= e; p += cl)
    {
      if (!first_may_match (x->w->object_first, cjk_at (t, p, e, &cl)))
        continue;
      gsize ow = wprefix (x->w->object_markers, t, p, e);
      if (ow && !wprefix (x->w->object_not, t, p, e) && p + ow < e)
        s = p + ow;
    }
  /* strip leading time words, conjunctions, pronouns… and trailing particles, adverbs, time words */
  gboolean again = TRUE, named = FALSE;
  while (again && s < e)
    {
      again = FALSE;
      gsize l0 = 0;
      gsize w = wprefix (x->w->time_words, t, s, e);
      if (w > 0)
        l0 = w;
      else if ((w = wprefix (x->w->metric_lead, t, s, e)) > 0)
        l0 = w;
      else if ((w = wprefix (x->w->lead_verbs, t, s, e)) > 0 && g_utf8_strlen (t + s + w, (gssize) (e - s - w)) >= 2)
        l0 = w; /* 提高学员津贴额 */
      else if ((w = window_lead (x, s, e)) > 0)
        l0 = w; /* 七年前的 */
      else if (!named && (named = TRUE, w = subject_lead (x, s, e)) > 0)
        l0 = w; /* 重庆市政府投入 (once: the longest name is taken) */
      else if (s > 0 && time_window_before (x, s))
        {
          /* (过去)三年利润: the rest of a window of time (a date, not listed as a figure) */
          DsNumeral n;
          gsize k = ds_numeral_scan (t + s, (gssize) (e - s), DS_NUMERAL_CHINESE | DS_NUMERAL_ARABIC, &n);
          ds_numeral_clear (&n);
          gsize u = k ? wprefix (x->w->window_units, t, s + k, e) : 0;
          if (u)
            l0 = k + u;
        }
      if (l0)
        {
          s += l0;
          again = TRUE;
        }
      if (s < e)
        {
          if (ends_with_at (t, e, "平均") && e >= s + 6)
            ; /* 总平均, not 均 */
          else if (ends_with_at (t, e, "则") && e >= s + 6 && wsuffix (x->w->rule_nouns, t, s, e - 3) == 0)
            {
              e -= 3; /* 受惠家庭數則(是) */
              again = TRUE;
            }
          else if ((w = wsuffix (x->w->metric_tail, t, s, e)) > 0 && wsuffix (x->w->tail_nouns, t, s, e) <= w)
            {
              e -= w;
              again = TRUE;
            }
          else if ((w = wsuffix (x->w->time_words, t, s, e)) > 0)
            {
              e -= w;
              again = TRUE;
            }
        }
    }
  if (s >= e)
    return NULL;
  if (wsuffix (x->w->metric_verbs, t, s, e) > 0)
    return NULL;
  /* 快于全部规模以上工业增加值: the term of a comparison, not what is measured */
  if (e >= s + 6 && wprefix (x->w->comparatives, t, s, e) > 0)
    return NULL;
  glong n = g_utf8_strlen (t + s, (gssize) (e - s));
  if (n < 2)
    return NULL;
  if (n > 14)
    {
      /* too long: the head noun is at the end; cut after the last 的, else keep 12 characters */
      gsize cut = 0;
      for (gsize p = s; p + 3 <= e; p = (gsize) (g_utf8_next_char (t + p) - t))
        if (has_at (t, p, e, "的"))
          cut = p + 3;
      if (cut && g_utf8_strlen (t + cut, (gssize) (e - cut)) >= 2)
        s = cut;
      n = g_utf8_strlen (t + s, (gssize) (e - s));
      if (n > 14)
        s = (gsize) (g_utf8_offset_to_pointer (t + s, n - 14) - t);
    }
  return g_strndup (t + s, e - s);
}

/* The noun phrase right after a figure (28家企业, 81亿元的租金补贴): up to a stop word,
 * punctuation or 10 characters; none if it runs into a digit. skip_de: step over one 的. */
char *
metric_after (const Ctx *x, gsize pos, gboolean skip_de)
{
  const char *t = x->t;
  gsize len = x->len;
  if (skip_de && has_at (t, pos, len, "的"))
    pos += 3;
  gsize p = pos, n = 0;
  while (p < len && n < 10)
    {
      gsize cl;
      gunichar c = char_at (t, p, len, &cl);
      if (!ds_unichar_is_han (c) && !is_ascii_alpha (c))
        break;
      /* 合成氨, 利得税: a noun holding a stop word is read through */
      gsize sn = first_may_match (x->w->stop_nouns_first, c) ? wprefix (x->w->stop_nouns, t, p, len) : 0;
      if (sn > 0)
        {
          n += (gsize) g_utf8_strlen (t + p, (gssize) sn);
          p += sn;
          continue;
        }
      if (wprefix (x->w->metric_stops, t, p, len) > 0)
        break;
      p += cl;
      n++;
    }
  if (n < 2)
    return NULL;
  /* 几千家国有大中型企业云集: the noun without the verb after it */
  gsize w = wsuffix (x->w->metric_verbs, t, pos, p);
  if (w > 0)
    p -= w;
  return clean_metric (x, pos, p);
}

/* Is t[s, e) only list connectors (、和与及或) and spaces? *plain: no change
 * connector (到, 增至, 扩至…) among them. */
static gboolean
only_connectors (const Ctx *x, gsize s, gsize e, gboolean *plain)
{
  const char *t = x->t;
  *plain = TRUE;
  while (s < e)
    {
      if (t[s] == ' ')
        {
          s++;
          continue;
        }
      gsize n = wprefix (x->w->list_and, t, s, e);
      if (!n)
        {
          n = wprefix (x->w->change_connectors, t, s, e);
          if (!n)
            return FALSE;
          *plain = FALSE;
        }
      s += n;
    }
  return TRUE;
}


/* the last metric cue in [s, e), not 年产 of 年产能/年产值/年产量 (a noun) */
gssize
find_metric_cue (const Ctx *x, gsize s, gsize e, gsize *wl)
{
  const char *t = x->t;
  while (e > s)
    {
      gssize cp = word_set_find_last (x->w, x->w->metric_cues, t, s, e, wl);
      if (cp < 0)
        return -1;
      /* [cue_nouns]: a noun that starts with the cue (年产能) */
      if (!wprefix (x->w->cue_nouns, t, (gsize) cp, e))
        return cp;
      e = (gsize) cp;
    }
  return -1;
}

/* The noun phrase of the clause [s, e): after the last metric cue, or before a cue that ends it */
char *
clause_metric (const Ctx *x, gsize s, gsize e)
{
  gsize wl = 0;
  gssize cp = find_metric_cue (x, s, e, &wl);
  if (cp >= 0 && (gsize) cp + wl == e)
    {
      gsize e2 = (gsize) cp, wl2 = 0;
      gssize cp2 = find_metric_cue (x, s, e2, &wl2);
      return clean_metric (x, cp2 >= 0 ? (gsize) cp2 + wl2 : s, e2);
    }
  return clean_metric (x, cp >= 0 ? (gsize) cp + wl : s, e);
}

/* A figure alone in a table cell or on its own line: the row's label (| 當地辦事處 | 123 |),
 * or the line before (a label line, then its value line) */
char *
table_metric (const Ctx *x, const NumMention *m)
{
  const char *t = x->t;
  gsize len = x->len;
  gsize ls = m->start, le = m->end;
  while (ls > 0 && t[ls - 1] != '\n')
    ls--;
  while (le < len && t[le] != '\n')
    le++;
  if (t[ls] == '|')
    {
      gsize a = ls + 1, b = a;
      while (b < le && t[b] != '|')
        b++;
      if (b >= m->start)
        return NULL;
      for (gsize p = a; p < b; p++)
        if (g_ascii_isdigit (t[p]))
          return NULL;
      while (a < b && (t[a] == ' ' || t[a] == '\t'))
        a++;
      while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\t'))
        b--;
      return clean_metric (x, a, b);
    }
  /* the line is the figure alone (spaces aside) */
  for (gsize p = ls; p < le; p++)
    if ((p < m->start || p >= m->end) && t[p] != ' ' && t[p] != '\t')
      return NULL;
  if (ls < 2)
    return NULL;
  gsize pe = ls - 1, ps = pe;
  while (ps > 0 && t[ps - 1] != '\n')
    ps--;
  if (pe - ps > 60)
    return NULL;
  while (pe > ps && (t[pe - 1] == ' ' || t[pe - 1] == '\t' || t[pe - 1] == '\r'))
    pe--;
  return clean_metric (x, ps, pe);
}

/* 货物贸易、对外投资和实际利用外资分别占30%、20%和10%: with 分别, the i-th figure of a
 * list measures the i-th noun of the list before it (the last ones when there are more nouns) */
void
distribute_lists (Ctx *x)
{
  const char *t = x->t;
  guint n = x->out->len;
  for (guint h = 0; h < n; h++)
    {
      NumMention *m = &g_array_index (x->out, NumMention, h);
      if (m->excluded || is_span_kind (m->kind))
        continue;
      /* the list: figures of one kind joined by connectors only (30%、20%和10%) */
      guint last = h, k = 1;
      gboolean plain;
      for (guint j = h + 1; j < n; j++)
        {
          NumMention *a = &g_array_index (x->out, NumMention, last), *b = &g_array_index (x->out, NumMention, j);
          if (b->excluded)
            continue;
          if (!b->kind || !a->kind || !g_str_equal (a->kind, b->kind) || !only_connectors (x, a->end, b->start, &plain) ||
              !plain)
            break;
          last = j;
          k++;
        }
      if (k < 2)
        continue;
      gsize cs = clause_start (t, m->start);
      gsize wl = 0;
      gssize fp = word_set_find_last (x->w, x->w->respectively, t, cs, m->start, &wl);
      if (fp < 0)
        continue;
      /* the list may run over 、 (a clause break for everything else) */
      gsize a = cs, pb;
      while (a > 0 && char_before (t, a, &pb) == 0x3001)
        a = clause_start (t, pb);
      GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
      gsize p = a, start = a;
      while (p <= (gsize) fp)
        {
          gsize sl = p < (gsize) fp ? wprefix (x->w->list_sep, t, p, (gsize) fp) : 0;
          if (p == (gsize) fp || sl)
            {
              char *c = clean_metric (x, start, p);
              if (c)
                g_ptr_array_add (parts, c);
              if (p == (gsize) fp)
                break;
              p += sl;
              start = p;
              continue;
            }
          p = (gsize) (g_utf8_next_char (t + p) - t);
        }
      if (parts->len >= k)
        {
          guint idx = parts->len - k;
          for (guint j = h; j <= last; j++)
            {
              NumMention *q = &g_array_index (x->out, NumMention, j);
              if (q->excluded)
                continue;
              g_free (q->metric);
              q->metric = g_strdup (parts->pdata[idx++]);
            }
        }
      g_ptr_array_unref (parts);
      h = last;
    }
}

/* The metric of the i-th mention, whose clause starts at cs and whose phrase
 * before it (without filler, change and share words) ends at e. */
void
mention_metric (Ctx *x, guint i, gsize cs, gsize e, gboolean same_sentence, MetricState *st)
{
  const char *t = x->t;
  gsize len = x->len;
  NumMention *m = &g_array_index (x->out, NumMention, i);
  gsize cs0 = cs;
  /* a figure alone in brackets (失业率较9至11月（6.3%）上升): the noun before the bracket */
  {
    gsize ob = has_at (t, m->end, len, ")") || has_at (t, m->end, len, "）") ? m->start : 0;
    if (ob > 0 && t[ob - 1] == '(')
      ob -= 1;
    else if (ob >= 3 && ends_with_at (t, ob, "（"))
      ob -= 3;
    else
      ob = 0;
    if (ob > 0)
      {
        gsize ps = clause_start (t, ob);
        char *bm = ps < ob ? clause_metric (x, ps, ob) : NULL;
        if (bm)
          {
            m->metric = bm;
            st->prev_metric = bm;
            st->prev_sentence_end = m->end;
            return;
          }
      }
  }
  /* the previous figure of the clause bounds the noun phrase: the nearest
   * one is wanted. A span of time before it (销售收入10年增长了18倍) is a
   * modifier and is stepped over. */
  NumMention *pm = NULL;
  gsize skipped_start = 0, skipped_end = 0; /* end of a span of time inside the phrase (四年新增…) */
  for (guint k = i; k-- > 0;)
    {
      NumMention *q = &g_array_index (x->out, NumMention, k);
      if (q->excluded)
        continue;
      if (q->end <= cs || q->end > e)
        break;
      if (is_span_kind (q->kind))
        {
          /* a modifier: stepped over when it ends the phrase (5年来, 10年), else ignored */
          if (e == q->end || (e - q->end <= 9 && wprefix (x->w->span_tails, t, q->end, e) > 0))
            {
              e = q->start;
              gboolean more = TRUE;
              while (more)
                {
                  more = FALSE;
                  gsize w = wsuffix (x->w->filler, t, cs, e);
                  if (w > 0)
                    {
                      e -= w;
                      more = TRUE;
                    }
                }
            }
          else if (!skipped_end)
            {
              skipped_end = q->end;
              skipped_start = q->start;
            }
          continue;
        }
      pm = q;
      break;
    }
  /* a list or a change of one thing: 分别占30%、20%和10%; 由4萬元擴至4.5萬元 */
  gboolean plain;
  if (pm && pm->end <= e && pm->end < m->start && only_connectors (x, pm->end, e, &plain))
    {
      /* 1瓩以上至10瓩太陽光電: the noun after the last figure is both's */
      if (!pm->metric && takes_metric_after (m->kind))
        pm->metric = metric_after (x, m->end, FALSE);
      if (pm->metric)
        {
          m->metric = g_strdup (pm->metric);
          st->prev_metric = m->metric;
          st->prev_sentence_end = m->end;
        }
      if (plain && !m->change && pm->change && m->kind && pm->kind && g_str_equal (m->kind, pm->kind))
        m->change = pm->change;
      if (plain && !m->share && pm->share && m->kind && pm->kind && g_str_equal (m->kind, pm->kind))
        m->share = g_strdup (pm->share);
      if (!m->modality)
        m->modality = pm->modality;
      return;
    }
  gsize ms = pm && pm->end > cs ? pm->end : cs;
  /* metric: a noun right after a count or a production figure… */
  char *metric = NULL;
  if (takes_metric_after (m->kind))
    metric = metric_after (x, m->end, FALSE);
  if (!metric && pm && ms == pm->end && e > ms)
    {
      if (wsuffix (x->w->list_sep, t, ms, e) > 0)
        metric = metric_after (x, m->end, TRUE);
    }
  cs = ms;
  /* 過去兩年GDP平均增長: nothing but time before the span of time, the noun after it */
  if (skipped_end && skipped_end < e && skipped_start >= cs)
    {
      char *before = clean_metric (x, cs, skipped_start);
      if (!before)
        cs = skipped_end;
      g_free (before);
    }
  /* 按季调整后升至6.6%: an adverbial (按…后, 按…计算) and a verb are no noun; the clause
   * is as good as empty (the previous clause's noun below) */
  if (!metric && !pm && e > cs && wprefix (x->w->adverbial, t, cs, e) > 0)
    {
      gsize wl = 0;
      gssize ap = word_set_find_last (x->w, x->w->adverbial_ends, t, cs, e, &wl);
      if (ap >= 0 && e - ((gsize) ap + wl) <= 6)
        e = cs;
    }
  /* …else the noun phrase before it in the clause */
  if (!metric && e > cs)
    {
      gsize wl = 0;
      gssize cp = find_metric_cue (x, cs, e, &wl);
      if (cp >= 0 && (gsize) cp + wl == e)
        {
          /* the cue ends the clause: 技术合同成交额突破 → before the cue */
          gsize e2 = (gsize) cp, wl2 = 0;
          gssize cp2 = find_metric_cue (x, cs, e2, &wl2);
          gsize s2 = cp2 >= 0 ? (gsize) cp2 + wl2 : cs;
          /* 四年新增58亿元: before the cue is a span of time, not a noun */
          metric = skipped_end && skipped_end == e2 ? NULL : clean_metric (x, s2, e2);
        }
      else
        metric = clean_metric (x, cp >= 0 ? (gsize) cp + wl : cs, e);
    }
  /* a percentage or a fraction of something: 全国72%的国土面积, 10%以上的经济增速, 三分之二的时间 */
  if (m->kind && (g_str_equal (m->kind, "percent") || g_str_equal (m->kind, "ratio")) && has_at (t, m->end, len, "的"))
    {
      char *after = metric_after (x, m->end, TRUE);
      if (after)
        {
          g_free (metric);
          metric = after;
        }
    }
  /* money with nothing before it: 提供81亿元的租金补贴, 撬动2000亿元企业投资 */
  if (!metric && m->kind && (g_str_equal (m->kind, "money") || g_str_equal (m->kind, "percent")))
    metric = metric_after (x, m->end, TRUE);
  /* a table cell or a value line under its label */
  if (!metric && !pm)
    metric = table_metric (x, m);
  /* nothing in the clause (達17.6%; 儲備：9357億元; 即每年約450億元): the subject is
   * the previous clause of the sentence when no figure stands in it */
  if (!metric && !pm && e <= cs0 + 9 && cs0 > 0 && !(same_sentence && st->prev_metric))
    {
      gsize pe;
      gunichar b = char_before (t, cs0, &pe);
      if (b == 0xFF0C || b == ',' || b == 0xFF1A || b == ':' || b == 0x3001)
        {
          gsize ps = clause_start (t, pe);
          gboolean figure = FALSE;
          for (guint k = i; k-- > 0;)
            {
              NumMention *q = &g_array_index (x->out, NumMention, k);
              if (q->end <= ps)
                break;
              if (!q->excluded && !is_span_kind (q->kind) && q->start < pe)
                figure = TRUE;
            }
          /* not an adverbial (按不变价格计算, 在…博物馆里) */
          gboolean adv = wprefix (x->w->adverbial, t, ps, pe) > 0;
          if (!figure && !adv && pe > ps)
            metric = clause_metric (x, ps, pe);
        }
    }
  if (!metric && same_sentence && st->prev_metric)
    metric = g_strdup (st->prev_metric);
  m->metric = metric;
  if (metric)
    {
      st->prev_metric = metric;
      st->prev_sentence_end = m->end;
    }
}
