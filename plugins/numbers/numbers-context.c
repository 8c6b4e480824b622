/* numbers-context.c: the context of each figure: clause, change, share and modality; then its metric.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "numbers-internal.h"

static gboolean
is_clause_break (gunichar c)
{
  switch (c)
    {
    case 0xFF0C: case ',': case 0x3002: case 0xFF1B: case ';': case 0xFF1A: case ':':
    case 0xFF01: case '!': case 0xFF1F: case '?': case 0x3001: case '\n': case 0x201C:
    case 0x201D: case 0x300A: case 0x300B: case 0xFF08: case 0xFF09: case '(': case ')':
    case 0x2014: case 0x2026: case ' ': case 0x3000:
      return TRUE;
    default:
      return FALSE;
    }
}

gboolean
is_sentence_break (gunichar c)
{
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?' || c == '\n' || c == 0xFF1B ||
         c == ';';
}

gsize
clause_start (const char *t, gsize pos)
{
  gsize p = pos;
  while (p > 0)
    {
      gsize ps;
      gunichar c = char_before (t, p, &ps);
      if (is_clause_break (c))
        break;
      p = ps;
    }
  return p;
}

/* Does the sentence before s (at most 200 bytes back) have a word of money (课税, 租金, 投资)? */
static gboolean
money_sentence (const Ctx *x, gsize s)
{
  gsize ss = s, wl = 0;
  while (ss > 0 && s - ss < 200)
    {
      gsize ps;
      if (is_sentence_break (char_before (x->t, ss, &ps)))
        break;
      ss = ps;
    }
  return word_set_find_last (x->w, x->w->money_topic, x->t, ss, s, &wl) >= 0 ||
         word_set_find_last (x->w, x->w->money, x->t, ss, s, &wl) >= 0;
}

gboolean
money_clause (const Ctx *x, gsize s, gsize e)
{
  /* the cue right before the amount, filler words (达, 为, 约…) aside: not 补贴给34万年轻夫妻 */
  gsize p = s, w;
  while (p > 0 && s - p < 2 && x->t[p - 1] == ' ')
    p--;                                               /* 營業額達 85 億: a space before it */
  gsize cs = clause_start (x->t, p);
  while ((w = wsuffix (x->w->filler, x->t, cs, p)) > 0)
    p -= w;
  if (wsuffix (x->w->money, x->t, cs, p) > 0)
    return TRUE;
  /* 7亿搞智慧城市: a verb of spending right after the amount */
  if (wprefix (x->w->money_after, x->t, e, x->len) > 0)
    return TRUE;
  /* …课税，上限一万: a bound, in a sentence about money */
  if (wsuffix (x->w->money_bound, x->t, cs, p) > 0 && money_sentence (x, s))
    return TRUE;
  return has_at (x->t, e, x->len, "的") && wprefix (x->w->money, x->t, e + strlen ("的"), x->len) > 0;
}

gboolean
temperature_clause (const Ctx *x, gsize s)
{
  gsize wl = 0;
  return word_set_find_last (x->w, x->w->temperature, x->t, clause_start (x->t, s), s, &wl) >= 0;
}

gboolean
change_before (const Ctx *x, gsize s)
{
  const char *t = x->t;
  /* not after 增至/提高到 (增至5%至8% is a range of levels) */
  gsize cs = clause_start (t, s), e = s;
  if (ends_with_at (t, e, "了") && e >= cs + strlen ("了"))
    e -= strlen ("了");
  gsize w = wsuffix (x->w->growth, t, cs, e);
  if (!w)
    w = wsuffix (x->w->decline, t, cs, e);
  /* 经济增长3.5%至5.5%: a growth rate written as a range, not a change and a level */
  return w && wsuffix (x->w->growth_rate, t, e - w, e) == 0;
}

void
add_context (Ctx *x)
{
  const char *t = x->t;
  MetricState st = { NULL, 0 };
  for (guint i = 0; i < x->out->len; i++)
    {
      NumMention *m = &g_array_index (x->out, NumMention, i);
      if (m->excluded)
        continue;
      gsize cs = clause_start (t, m->start);
      /* is the previous mention in the same sentence? */
      gboolean same_sentence = FALSE;
      if (st.prev_metric && st.prev_sentence_end <= m->start)
        {
          same_sentence = TRUE;
          for (gsize p = st.prev_sentence_end; p < m->start;)
            {
              gsize cl;
              gunichar c = char_at (t, p, x->len, &cl);
              if (is_sentence_break (c))
                {
                  same_sentence = FALSE;
                  break;
                }
              p += cl;
            }
        }

      /* strip filler and find change cues right before the number */
      gsize e = m->start, ws;
      gboolean again = TRUE;
      while (again)
        {
          again = FALSE;
          gsize w = wsuffix (x->w->filler, t, cs, e);
          if (w > 0)
            {
              e -= w;
              again = TRUE;
            }
        }
      gboolean xin = ends_with_any (t, cs, e, (const char *const[]){ "新增", NULL }, &ws) != NULL;
      gboolean change_kind = m->kind && !is_span_kind (m->kind);
      if (!m->change && !xin && change_kind)
        {
          /* a table cell or a Hong Kong text writes 升 16.1% with a space
           * (a clause break here): the cue is looked for before it too */
          gsize w, e2 = e, cs2 = cs;
          while (e2 > 0 && t[e2 - 1] == ' ')
            e2--;
          if (e2 < e)
            cs2 = clause_start (t, e2);
          if ((w = wsuffix (x->w->growth, t, cs2, e2)) > 0)
            {
              m->change = "growth";
              e = MAX (e2 - w, cs);
            }
          else if ((w = wsuffix (x->w->decline, t, cs2, e2)) > 0)
            {
              m->change = "decline";
              e = MAX (e2 - w, cs);
            }
        }
      gsize cmp;
      if (m->change && (cmp = wsuffix (x->w->comparison, t, cs, e)) > 0)
        e -= cmp;
      /* share: 占全市81% */
      {
        gsize wl = 0;
        gssize zp = word_set_find_last (x->w, x->w->share, t, cs, e, &wl);
        if (zp >= 0 && m->kind && (g_str_equal (m->kind, "percent") || g_str_equal (m->kind, "ratio")))
          {
            gsize a = (gsize) zp + wl, b = e;
            if (has_at (t, a, b, "到"))
              a += 3;
            for (gsize st; b > a && (st = wsuffix (x->w->share_tails, t, 0, b));)
              b -= st;
            if (b > a)
              m->share = g_strndup (t + a, b - a);
            e = (gsize) zp;
          }
      }
      /* modality, from the clause */
      {
        gsize wl = 0;
        gsize sent = cs;
        gssize tp = word_set_find_last (x->w, x->w->target, t, sent, m->start, &wl);
        /* 目标任务, 科技计划项目: nouns, not a target */
        if (tp >= 0 && wprefix (x->w->target_nouns, t, (gsize) tp + wl, m->start) > 0)
          tp = -1;
        if (word_set_find_last (x->w, x->w->forecast, t, sent, m->start, &wl) >= 0)
          m->modality = "forecast";
        else if (tp >= 0)
          m->modality = "target";
        else if (word_set_find_last (x->w, x->w->actual, t, sent, m->start, &wl) >= 0)
          m->modality = "actual";
      }
      if (!x->opts->metric || is_span_kind (m->kind))
        continue;
      mention_metric (x, i, cs, e, same_sentence, &st);
    }
  if (x->opts->metric)
    distribute_lists (x);
}
