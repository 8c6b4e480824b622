/* tl-event.c: the clause an expression dates and its tense.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "tl-internal.h"

gboolean
is_clause_end (gunichar c)
{
  return c == 0x3002 || c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0xFF01 || c == '!' || c == 0xFF1F
         || c == '?' || c == '\n' || c == '\r' || c == 0xFF1A || c == 0;
}

static gboolean
is_sentence_end (gunichar c)
{
  return c == 0x3002 || c == 0xFF01 || c == '!' || c == 0xFF1F || c == '?' || c == '\n' || c == 0xFF1B || c == ';' || c == 0;
}

static gboolean
has_word (const Sc *sc, gsize from, gsize to, const char *w)
{
  gunichar first;
  dec (w, &first);
  for (gsize p = from; p < to; p++)
    if (C (sc, p) == first && lit (sc, p, w) && lit (sc, p, w) <= to)
      return TRUE;
  return FALSE;
}

/* a clause boundary at i: punctuation (full-width folded to ASCII), a colon
 * unless between digits (09:16, 3:1) */

static inline gboolean
clause_end_at (const Sc *sc, gsize i)
{
  gunichar c = C (sc, i);
  if (c == ':')
    return !(i > 0 && is_digit (C (sc, i - 1)) && is_digit (C (sc, i + 1)));
  return is_clause_end (c);
}

void
event_and_tense (Sc *sc, Atom *a)
{
  const char *const *plan_strong = W (sc, TL_W_EVENT_PLAN_STRONG);
  const char *const *plan_weak = W (sc, TL_W_EVENT_PLAN_WEAK);
  gsize s = a->s, e = a->x;
  while (s > 0 && !clause_end_at (sc, s - 1) && a->s - s < 200)
    s--;
  while (e < sc->n && !clause_end_at (sc, e) && e - a->x < 200)
    e++;
  /* an expression heading its clause (2023年，是…, 特别是2013年以来，…) dates the next one */
  gsize extra = (a->s - s) + (e - a->x);
  gboolean heading = extra <= 1;
  if (!heading && e == a->x)
    {
      const char *const *fillers = W (sc, TL_W_EVENT_FILLERS);
      gsize f = s;
      while (f < a->s && (is_space (C (sc, f)) || C (sc, f) == '\n' || C (sc, f) == '\r'))
        f++;
      gsize fe = lit_any (sc, f, fillers, NULL);
      heading = fe && fe == a->s;
    }
  if (heading && e < sc->n && !is_sentence_end (C (sc, e)))
    {
      e++;
      while (e < sc->n && !clause_end_at (sc, e) && e - a->x < 200)
        e++;
    }
  while (s < e && (is_space (C (sc, s)) || C (sc, s) == '\n' || C (sc, s) == '\r'))
    s++;
  while (e > s && (is_space (C (sc, e - 1)) || C (sc, e - 1) == '\n' || C (sc, e - 1) == '\r'))
    e--;
  a->e.ev_start = s;
  a->e.ev_end = e;

  /* strong markers decide; weak ones only when no strong marker is there */
  const char *const *past_strong = W (sc, TL_W_EVENT_PAST_STRONG);
  const char *const *past_weak = W (sc, TL_W_EVENT_PAST_WEAK);
  const char *const *ongoing = W (sc, TL_W_EVENT_ONGOING);
  gboolean ps = FALSE, pw = FALSE, qs = FALSE, qw = FALSE, o = FALSE;
  for (int k = 0; plan_strong[k]; k++)
    ps |= has_word (sc, s, e, plan_strong[k]);
  for (int k = 0; plan_weak[k]; k++)
    pw |= has_word (sc, s, e, plan_weak[k]);
  /* 要 but not 重要/主要/需要/要求/只要/纲要/必要/要素/摘要/紧要/要点/要务 */
  for (gsize k = s; k < e && !pw; k++)
    if (C (sc, k) == 0x8981)
      {
        gunichar b = k > 0 ? C (sc, k - 1) : 0, f = C (sc, k + 1);
        if (b != 0x91CD && b != 0x4E3B && b != 0x9700 && b != 0x53EA && b != 0x7EB2 && b != 0x5FC5 && b != 0x6458
            && b != 0x7D27 && f != 0x6C42 && f != 0x7D20 && f != 0x70B9 && f != 0x52A1)
          pw = TRUE;
      }
  for (int k = 0; past_strong[k]; k++)
    qs |= has_word (sc, s, e, past_strong[k]);
  for (int k = 0; past_weak[k]; k++)
    qw |= has_word (sc, s, e, past_weak[k]);
  for (int k = 0; ongoing[k]; k++)
    if (!g_str_equal (ongoing[k], "正"))
      o |= has_word (sc, s, e, ongoing[k]);
  /* 正 (正加快, 正处于) but not 正式/正常/正确/真正/公正/修正… */
  for (gsize k = s; k < e && !o; k++)
    if (C (sc, k) == 0x6B63)
      {
        gunichar b = k > 0 ? C (sc, k - 1) : 0, f = C (sc, k + 1);
        const char *nf = W (sc, TL_W_EVENT_NF)[0];
        const char *nb = W (sc, TL_W_EVENT_NB)[0];
        char fb[8] = { 0 }, bb[8] = { 0 };
        g_unichar_to_utf8 (f, fb);
        g_unichar_to_utf8 (b, bb);
        if (f >= 0x4E00 && !strstr (nf, fb) && !(b >= 0x4E00 && strstr (nb, bb)))
          o = TRUE;
      }
  gboolean p = ps || (!qs && pw), q = qs || (!ps && qw);
  TlTense rel = TL_TENSE_NONE;
  if (sc->has_ref && a->e.resolved && (a->e.has_from || a->e.has_to))
    {
      if (a->e.has_to && a->e.to < sc->ref)
        rel = TL_TENSE_PAST;
      else if (a->e.has_from && a->e.from > sc->ref)
        rel = TL_TENSE_PLANNED;
      else
        rel = TL_TENSE_ONGOING;
    }
  if (p && !q)
    a->e.tense = TL_TENSE_PLANNED;
  else if (q && !p)
    a->e.tense = TL_TENSE_PAST;
  else if (p && q)
    a->e.tense = rel != TL_TENSE_NONE ? rel : TL_TENSE_PLANNED;
  else if (o)
    a->e.tense = TL_TENSE_ONGOING;
  else
    a->e.tense = rel;
}

/* is the day at [s, x) announced as coming: a strong planning word (将,
 * 预计, 计划…) before it in its clause (将从8日, 预计明天到15日) or right after it
 * (6日将出现)? Only these, not any word of the clause: 29日称，将… is a
 * report of the 29th. */
gboolean
day_is_planned (const Sc *sc, gsize s, gsize x)
{
  const char *const *plan_strong = W (sc, TL_W_EVENT_PLAN_STRONG);
  gsize b = s;
  while (b > 0 && !clause_end_at (sc, b - 1) && s - b < 60)
    b--;
  for (int k = 0; plan_strong[k]; k++)
    if (has_word (sc, b, s, plan_strong[k]) || has_word (sc, x, MIN (x + 2, sc->n), plan_strong[k]))
      return TRUE;
  return FALSE;
}

/* does the clause around [s, x) carry a planning marker (将, 计划, 目标, 要…)? */
gboolean
clause_plans (const Sc *sc, gsize s, gsize e)
{
  const char *const *plan_strong = W (sc, TL_W_EVENT_PLAN_STRONG);
  const char *const *plan_weak = W (sc, TL_W_EVENT_PLAN_WEAK);
  gsize x = e, s0 = s;
  while (s > 0 && !clause_end_at (sc, s - 1) && s0 - s < 200)
    s--;
  while (e < sc->n && !clause_end_at (sc, e) && e - x < 200)
    e++;
  for (int k = 0; plan_strong[k]; k++)
    if (has_word (sc, s, e, plan_strong[k]))
      return TRUE;
  for (int k = 0; plan_weak[k]; k++)
    if (has_word (sc, s, e, plan_weak[k]))
      return TRUE;
  for (gsize k = s; k < e; k++)
    if (C (sc, k) == 0x8981)
      {
        gunichar b = k > 0 ? C (sc, k - 1) : 0, f = C (sc, k + 1);
        if (b != 0x91CD && b != 0x4E3B && b != 0x9700 && b != 0x53EA && b != 0x7EB2 && b != 0x5FC5 && b != 0x6458
            && b != 0x7D27 && f != 0x6C42 && f != 0x7D20 && f != 0x70B9 && f != 0x52A1)
          return TRUE;
      }
  return FALSE;
}
