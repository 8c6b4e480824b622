/* tl-scan.c: the driver: candidate filtering, the scanner state, context
 * across expressions, tl_scan() and ordering.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "tl-internal.h"

gboolean
may_start_static (gunichar c)
{
  if (is_digit (c) || is_cn_num (c))
    return TRUE;
  switch (c)
    {
    case 0x4ECA: case 0x53BB: case 0x4E0A: case 0x524D: case 0x660E: case 0x540E: case 0x672C: case 0x6B21: /* 今去上前明后本次 */
    case 0x7FCC: case 0x5F53: case 0x540C: case 0x8BE5: case 0x5168: case 0x8FD1: case 0x8FC7: case 0x672A: /* 翌当同该全近过未 */
    case 0x8FD9: case 0x5927: case 0x6765: case 0x622A: case 0x81EA: case 0x4ECE: case 0x59CB: case 0x6C11: /* 这大来截自从始民 */
    case 0x4E2D: case 0x9996: case 0x7B2C: case 0x6625: case 0x9664: case 0x5143: case 0x7AEF: case 0x56FD: /* 中首第春除元端国 */
    case 0x6E05: case 0x52B3: case 0x4E03: case 0x91CD: case 0x814A: case 0x5C0F: case 0x519C: case 0x9634: /* 清劳七重腊小农阴 */
    case 0x6B63: case 0x51AC: case 0x95F0: case 0x6628: case 0x5468: case 0x661F: case 0x793C: case 0x515A: /* 正冬闰昨周星礼党 */
    case 0x5EFA: case 0x6210: case 0x8BBE: case 0x5F00: case 0x6536: case 0x83B7: case 0x65B0: case 0x6539: /* 建成设开收获新改 */
    case 0x6700: case 0x6B64: case 0x5F80: case 0x5723: case 0x5341: case 0x5E74: case 0x4E0B: /* 最此往圣十年下 */
    case 0x518D: case 0x534A: case 0x56DE: case 0x5373: /* 再半回即 */
    case 0x542C: case 0x7434: case 0x5BFB: case 0x5675: /* 听琴寻噚 (Cantonese days) */
    case 0x5176: case 0x4F59: case 0x5934: /* 其余头: 其后两季, 余下两季, 头两季 ([years.*_leads]) */
    case 0x4E24: case 'Q': case 0x201C: case '"': case 0x300C: case 0x300E: case 0x2018: /* 两 Q quotes */
    case 0x76EE: case 0x73B0: case 0x5982: case 0x65E5: case 0x4E0D: case 0x8FC4: case 0x773C: case 0x65F6: /* 目现如日不迄眼时 */
      return TRUE;
    default:
      break;
    }
  return FALSE;
}

/* frequent characters that start an expression only before a few others
 * ([start-pairs] of timeline-words.txt; a character not listed may start one
 * before anything) */
static gboolean
second_ok (const Sc *sc, gunichar c, gunichar n)
{
  const char *next = sc->tab && sc->tab->words ? tl_words_get_second (sc->tab->words, c) : NULL;
  if (!next)
    return TRUE;
  while (*next)
    {
      gunichar x;
      next = dec (next, &x);
      if (x == n)
        return TRUE;
    }
  return FALSE;
}

static inline gboolean
may_start (const Sc *sc, gunichar c)
{
  if (c < 0x10000)
    return (sc->trig[c >> 3] >> (c & 7)) & 1;
  return FALSE;
}

/* does a holiday name start with c? */
static inline gboolean
may_start_holiday (const Sc *sc, gunichar c)
{
  return c < 0x10000 && sc->tab && sc->tab->hol && ((sc->tab->hol->first[c >> 3] >> (c & 7)) & 1);
}

/* may a holiday name start with c, n? */
static gboolean
hol_pair_has (const Sc *sc, gunichar c, gunichar n)
{
  if (!sc->tab || !sc->tab->hol || (n < 0x10000 && !((sc->tab->hol->second[n >> 3] >> (n & 7)) & 1)))
    return FALSE;
  const GArray *pairs = sc->tab->hol->pairs;
  const gunichar *p = (const gunichar *) (gpointer) pairs->data;
  for (guint k = 0; k < pairs->len; k++)
    if (p[2 * k] == c && (p[2 * k + 1] == n || !p[2 * k + 1]))
      return TRUE;
  return FALSE;
}

/* may a political alias start with c, n? */
static gboolean
pol_pair_has (const Sc *sc, gunichar c, gunichar n)
{
  if (!sc->pol_pairs)
    return FALSE;
  const gunichar *p = (const gunichar *) (gpointer) sc->pol_pairs->data;
  for (guint k = 0; k < sc->pol_pairs->len; k++)
    if (p[2 * k] == c && (p[2 * k + 1] == n || !p[2 * k + 1]))
      return TRUE;
  return FALSE;
}

/* A run of Chinese numerals can start an expression only before a date word
 * (一季度, 二〇二二年, 十九大, 十三届, 三年来, 两个月, 五天, 七夕) or as a run of
 * two or more (十四五, 五一, 十一): rejects 一些, 一体化, 万元, 三个… at once. */
static gboolean
cn_run_ok (const Sc *sc, gsize i)
{
  gunichar c = sc->cp[i];
  if (c == 0x4E07 || c == 0x4EBF || c == 0x5343) /* 万亿千 never start one */
    return FALSE;
  gsize k = i;
  while (k < sc->n && k - i < 12 && (is_cn_num (sc->cp[k]) || sc->cp[k] == 0x3007 || sc->cp[k] == 0x96F6))
    k++;
  if (k - i >= 2)
    return TRUE;
  gunichar n = C (sc, k);
  switch (n)
    {
    case 0x5E74: case 0x6708: case 0x65E5: case 0x53F7: case 0x5B63: case 0x5C4A: case 0x5927: case 0x5468: /* 年月日号季届大周 */
    case 0x5929: case 0x5915: case 0x65EC: case 0x6B21: case 0x4E2D: case 0x70B9: case 0x65F6: case 0x4E16: /* 天夕旬次中点时世 */
    case 0x591A: case 0x4F59: case 0x51E0: case 0x5EA6: case 0x534A: case 0x661F: case 0x793C: case 0x4E94: /* 多余几度半星礼五 */
    case 0x5C0F: case 0x5206: /* 小时, 分钟 */
    case 0x201D: case '"': case 0x300D: case 0x300F: case 0x2019: /* closing quotes */
    case 0x5230: case 0x81F3: case 0x2014: case '-': case '~': case 0x3001: case 0x548C: case 0x6216: /* 一到四月, 五至十月, 一、二季度, 一和二月, 一或二月 */
      return TRUE;
    case 0x4E2A: /* 个: 两个月, 三个季度, 一个星期 */
      {
        gunichar m = C (sc, k + 1);
        return m == 0x6708 || m == 0x5B63 || m == 0x661F || m == 0x5DE5 || m == 0x5E74 || m == 0x793C || m == 0x591A
               || m == 0x5C0F /* 个小时 */ || m == 0x949F /* 个钟头 */;
      }
    default:
      return FALSE;
    }
}

/* 2019/20年度, 2018/19课税年度, 2017/18年: the text counts Hong Kong fiscal years */
static gboolean
find_fiscal (const Sc *sc)
{
  const char *const *words = W (sc, TL_W_SCAN_FISCAL);
  for (gsize i = 0; i < sc->n; i++)
    if (lit_any (sc, i, words, NULL))
      return TRUE;
  for (gsize i = 4; i + 3 < sc->n; i++)
    {
      if (sc->cp[i] != '/' || !is_digit (sc->cp[i - 1]) || !is_digit (sc->cp[i + 1]) || !is_digit (sc->cp[i + 2]))
        continue;
      int y, y2, nd;
      if (!read_arabic (sc, i - 4, 4, &y, &nd) || nd != 4 || (i > 4 && is_digit (sc->cp[i - 5])))
        continue;
      gsize k = read_arabic (sc, i + 1, 2, &y2, &nd);
      if (k && nd == 2 && y2 == (y + 1) % 100 && !is_digit (C (sc, k)) && C (sc, k) != '/')
        return TRUE;
    }
  return FALSE;
}

static void
find_founded (Sc *sc)
{
  /* 始建于2003年 / 成立于2003年 / 2003年建园 / 2003年成立 / 设立于 */
  const char *const *before = W (sc, TL_W_SCAN_BEFORE);
  const char *const *after = W (sc, TL_W_SCAN_AFTER);
  for (gsize i = 0; i + 4 < sc->n; i++)
    {
      gunichar c = sc->cp[i];
      /* 始成设创建获开 or a digit */
      if (!is_digit (c) && c != 0x59CB && c != 0x6210 && c != 0x8BBE && c != 0x521B && c != 0x5EFA && c != 0x83B7 && c != 0x5F00)
        continue;
      gsize k = is_digit (c) ? 0 : lit_any (sc, i, before, NULL);
      if (k)
        {
          int y, nd;
          gsize t = read_arabic (sc, k, 4, &y, &nd);
          if (t && nd == 4 && C (sc, t) == 0x5E74)
            {
              sc->founded = y;
              return;
            }
        }
      if (is_digit (C (sc, i)) && (i == 0 || !is_digit (C (sc, i - 1))))
        {
          int y, nd;
          gsize t = read_arabic (sc, i, 4, &y, &nd);
          if (t && nd == 4 && C (sc, t) == 0x5E74)
            {
              gsize u = t + 1;
              int m;
              gsize mm = read_month_num (sc, u, &m);
              if (mm && C (sc, mm) == 0x6708)
                {
                  u = mm + 1;
                  gsize dd = read_day_num (sc, u, &m);
                  if (dd && C (sc, dd) == 0x65E5)
                    u = dd + 1;
                }
              if (lit_any (sc, u, after, NULL))
                {
                  sc->founded = y;
                  return;
                }
            }
        }
    }
}

static void
pol_cache_free (gpointer p)
{
  PolCache *c = p;
  g_array_unref (c->first);
  g_array_unref (c->pairs);
  g_ptr_array_unref (c->cps);
  g_free (c);
}

void
sc_init (Sc *sc, const TlTables *tab, const TlText *t, const TlScanOptions *opts)
{
  memset (sc, 0, sizeof *sc);
  sc->t = t;
  sc->cp = t->cp;
  sc->n = t->n;
  sc->tab = tab;
  if (opts && opts->has_ref)
    {
      sc->has_ref = TRUE;
      sc->ref = opts->ref;
      sc->has_ref_time = opts->has_ref_time && opts->ref_min >= 0 && opts->ref_min < 1440;
      sc->ref_min = sc->has_ref_time ? opts->ref_min : 0;
      tl_civil_from_days (opts->ref, &sc->ry, &sc->rm, &sc->rd);
    }
  int tw = opts ? opts->taiwan : -1;
  if (tw < 0)
    {
      /* 中華民國 / 民國 in the text (folded to Simplified) */
      tw = 0;
      for (gsize i = 0; i + 1 < sc->n && i < 200000; i++)
        if (C (sc, i) == 0x6C11 && C (sc, i + 1) == 0x56FD)
          {
            tw = 1;
            break;
          }
    }
  sc->taiwan = tw > 0;
  sc->trig = trig_static;
  static const char *const empty_list[] = { NULL }, *const empty_chars[] = { "", NULL };
  static const char *const *empty[TL_W_N];
  static gsize empty_once = 0;
  if (g_once_init_enter (&empty_once))
    {
      for (int k = 0; k < TL_W_N; k++)
        empty[k] = tl_words_sections[k].chars ? empty_chars : empty_list; /* no word lists: nothing matches */
      g_once_init_leave (&empty_once, 1);
    }
  sc->w = tab && tab->words ? tl_words_get_lists (tab->words) : (const char *const *const *) empty;
  static const TlRelWord no_rel[] = { { NULL, 0, 0, FALSE } };
  sc->rel_years = tab && tab->words ? tl_words_get_relative_years (tab->words) : no_rel;
  sc->rel_days = tab && tab->words ? tl_words_get_relative_days (tab->words) : no_rel;
  for (const TlRelWord *r = sc->rel_years; r->word; r++)
    {
      gunichar c = g_utf8_get_char (r->word);
      if (c < 0x10000)
        sc->rel_first[c >> 3] |= (guint8) (1u << (c & 7));
    }
  for (const TlRelWord *r = sc->rel_days; r->word; r++)
    {
      gunichar c = g_utf8_get_char (r->word);
      if (c < 0x10000)
        sc->rel_first[c >> 3] |= (guint8) (1u << (c & 7));
    }
  if (tab && tab->pol)
    {
      TlPolCalendar *pol = (TlPolCalendar *) tab->pol;
      if (g_once_init_enter (&pol->scan_once))
        {
          PolCache *pc = g_new0 (PolCache, 1);
          memcpy (pc->trig, trig_static, sizeof pc->trig);
          pc->first = g_array_new (FALSE, FALSE, sizeof (gunichar));
          pc->pairs = g_array_new (FALSE, FALSE, 2 * sizeof (gunichar));
          pc->cps = g_ptr_array_new_with_free_func (g_free);
          for (guint k = 0; k < pol->aliases->len; k++)
            {
              const TlPolAlias *al = g_ptr_array_index (pol->aliases, k);
              glong n = 0;
              gunichar *u = g_utf8_to_ucs4_fast (al->alias, -1, &n);
              for (glong j = 0; j < n; j++)
                u[j] = fold (u[j]);
              g_ptr_array_add (pc->cps, u);
              if (n > 0)
                {
                  gunichar pr[2] = { u[0], n > 1 ? u[1] : 0 };
                  g_array_append_val (pc->pairs, pr);
                }
              gboolean seen = FALSE;
              for (guint f = 0; f < pc->first->len; f++)
                if (g_array_index (pc->first, gunichar, f) == u[0])
                  seen = TRUE;
              if (!seen && n > 0)
                {
                  g_array_append_val (pc->first, u[0]);
                  if (u[0] < 0x10000)
                    pc->trig[u[0] >> 3] |= (guint8) (1u << (u[0] & 7));
                }
            }
          pol->scan_cache = pc;
          pol->scan_cache_free = pol_cache_free;
          g_once_init_leave (&pol->scan_once, 1);
        }
      PolCache *pc = pol->scan_cache;
      sc->pol_first = pc->first;
      sc->pol_pairs = pc->pairs;
      sc->pol_cps = pc->cps;
      sc->trig = pc->trig;
    }
}

void
sc_clear (Sc *sc)
{
  (void) sc;
}

static void
expr_clear (gpointer p)
{
  TlExpr *e = p;
  g_free (e->reason);
  g_free (e->note);
}


/* 比/较/相比 X, X相比 (a comparison base) or 到 X年 (a deadline) */
static gboolean
is_aside (const Sc *sc, const Atom *a)
{
  gsize p = a->s;
  while (p > 0 && is_space (C (sc, p - 1)))
    p--;
  gunichar b = p > 0 ? C (sc, p - 1) : 0;
  if (b == 0x6BD4 /* 比 */ || b == 0x8F83 /* 较 */ || (b == 0x5BF9 && p > 1 && C (sc, p - 2) == 0x6BD4) /* 比对 */)
    return TRUE;
  if (lit_any (sc, a->x, W (sc, TL_W_SCAN_COMPARE), NULL))
    return TRUE;
  /* 低于/高于/快于/慢于/好于/优于 去年 */
  if (b == 0x4E8E && p > 1)
    {
      gunichar bb = C (sc, p - 2);
      if (bb == 0x4F4E || bb == 0x9AD8 || bb == 0x5FEB || bb == 0x6162 || bb == 0x597D || bb == 0x4F18 || bb == 0x591A
          || bb == 0x5C11 || bb == 0x8D85 || bb == 0x7B49)
        return TRUE;
    }
  /* 和去年基本持平, 与上年同期相比, 同2019年相当 */
  if (b == 0x548C || b == 0x4E0E || b == 0x540C || b == 0x8DDF)
    {
      for (gsize q = a->x; q < a->x + 16 && q < sc->n && !is_clause_end (C (sc, q)); q++)
        if (lit_any (sc, q, W (sc, TL_W_SCAN_LEVEL), NULL))
          return TRUE;
    }
  /* 由上年全年下降3.8%转为同比增长1.7%: a former state */
  if (b == 0x7531 /* 由 */)
    {
      for (gsize q = a->x; q < a->x + 24 && q < sc->n && C (sc, q) != 0x3002 && C (sc, q) != 0xFF1B && C (sc, q) != '\n'; q++)
        if (lit_any (sc, q, W (sc, TL_W_SCAN_FORMER), NULL))
          return TRUE;
    }
  /* 在上年高基数基础上: a comparison base */
  if (b == 0x5728 /* 在 */)
    {
      for (gsize q = a->x; q < a->x + 12 && q < sc->n && !is_clause_end (C (sc, q)); q++)
        if (lit (sc, q, "基础上"))
          return TRUE;
    }
  /* 到2020年 (a deadline), but not 倒退到/回到/追溯到2013年 (a flashback) */
  if ((b == 0x5230 /* 到 */) && a->year_explicit && a->e.gran >= TL_GRAN_YEAR && !a->has_range)
    {
      gunichar bb = p > 1 ? C (sc, p - 2) : 0;
      return !(bb == 0x9000 /* 退 */ || bb == 0x56DE /* 回 */ || bb == 0x6EAF /* 溯 */);
    }
  return FALSE;
}

/* A month without a year, resolved to the reference year only because nothing
 * else was said (or the context is the reference day itself: a dateline,
 * 今日), starting six or more months after the reference month, in a clause
 * with no planning marker: the nearest such month is last year's (statistics
 * for 10至12月 or 12月 released in January). Shifts @a a year back. */
static gboolean
last_years_month (Sc *sc, Atom *a)
{
  TlExpr *e = &a->e;
  if (!sc->has_ref || !e->resolved || !e->has_from || !e->has_to || e->bound || a->year_explicit || !a->month
      || g_strcmp0 (e->kind, "date") != 0 || !e->anchor
      || !(g_strcmp0 (e->anchor, "reference") == 0 || (g_strcmp0 (e->anchor, "context") == 0 && sc->ctx_is_ref)))
    return FALSE;
  int y1, m1, d1, y2, m2, d2;
  tl_civil_from_days (e->from, &y1, &m1, &d1);
  tl_civil_from_days (e->to, &y2, &m2, &d2);
  if (y1 != sc->ry || y2 != sc->ry || m1 < sc->rm + 6)
    return FALSE;
  if (clause_plans (sc, a->s, a->x) || (a->s > 0 && C (sc, a->s - 1) == 0x5230 /* 到 */))
    return FALSE;
  /* the same days a year earlier (the last day of a month stays the last day) */
  if (m1 == 2 && d1 == 29)
    return FALSE;
  int d2p = d2 == tl_days_in_month (y2, m2) ? tl_days_in_month (y2 - 1, m2) : d2;
  e->from = tl_days_from_civil (y1 - 1, m1, d1);
  e->to = tl_days_from_civil (y2 - 1, m2, d2p);
  a->year = y1 - 1;
  expr_note (e, "%d months after the reference month, in a clause that plans nothing: the previous year (%d)",
             m1 - sc->rm, y1 - 1);
  return TRUE;
}

GArray *
tl_scan (const TlTables *tab, const TlText *t, const TlScanOptions *opts)
{
  Sc sc;
  sc_init (&sc, tab, t, opts);
  find_founded (&sc);
  sc.fiscal = find_fiscal (&sc);
  GArray *out = g_array_new (FALSE, TRUE, sizeof (TlExpr));
  g_array_set_clear_func (out, expr_clear);
  gsize last_end = 0;
  for (gsize i = 0; i < sc.n; i++)
    {
      gunichar c = sc.cp[i];
      gunichar nx = C (&sc, i + 1);
      /* a character that only starts holidays (立, 母, 双…) is a candidate only
       * before the second character of one of them */
      if (!may_start (&sc, c) && !(may_start_holiday (&sc, c) && hol_pair_has (&sc, c, nx)))
        continue;
      if (!is_digit (c) && !is_cn_num (c) && !second_ok (&sc, c, nx) && !pol_pair_has (&sc, c, nx) && !hol_pair_has (&sc, c, nx))
        continue;
      if (is_cn_num (c) && !is_digit (c) && !cn_run_ok (&sc, i) && !pol_pair_has (&sc, c, nx) && !hol_pair_has (&sc, c, nx))
        continue;
      if (is_digit (c) && i > 0 && (is_digit (sc.cp[i - 1]) || sc.cp[i - 1] == '.'))
        continue;
      if (is_digit (c))
        {
          /* a run of 5+ digits before 年 (99999年) is a count, not a year */
          gsize r = i;
          while (is_digit (C (&sc, r)))
            r++;
          if (r - i >= 5 && r - i != 8)
            {
              i = r - 1;
              continue;
            }
        }
      /* a future year (a target: 到2020年, 2014年小麦最低收购价), or the year of
       * a past bound (自去年2月), does not stay the context across a paragraph break */
      if ((sc.has_ref && sc.ctx_year > sc.ry) || sc.since_year)
        {
          for (gsize q = last_end; q < i; q++)
            if (sc.cp[q] == '\n')
              {
                if (sc.ctx_year > sc.ry)
                  sc.ctx_year = sc.ctx_month = 0;
                sc.since_year = sc.since_m = 0;
                break;
              }
          last_end = i;
        }
      Atom a;
      gsize x = parse_composite (&sc, i, &a);
      if (!x)
        continue;
      last_end = a.x;
      a.e.start = tl_text_off (t, a.s);
      a.e.end = tl_text_off (t, MIN (a.x, sc.n));
      /* a comparison base (比2021年四季度, 较2012年, 比去年同期) or a deadline
       * (到2020年) is not what the following text is about */
      gboolean aside = is_aside (&sc, &a);
      /* a bare month well after the reference month (10至12月, 12月 in a
       * January release) in a clause that plans nothing is last year's */
      gboolean shifted = !aside && last_years_month (&sc, &a);
      gboolean sets_ctx = FALSE;
      /* 当时 is the year last named; 今天 names none (a story of 2014 told
       * today: 他当时… is 2014) */
      if (a.e.resolved && a.year && !a.deictic
          && (g_strcmp0 (a.e.kind, "date") == 0 || g_strcmp0 (a.e.kind, "relative") == 0))
        sc.last_year = a.year;
      if (aside || shifted || a.weak_year)
        ;
      else if (a.e.resolved && (g_strcmp0 (a.e.bound, "since") == 0 || a.departure) && g_strcmp0 (a.e.kind, "relative") == 0 && a.month
               && a.year && sc.has_ref && a.year < sc.ry)
        {
          /* 自去年2月: later bare months from February on (and 年底) are of that year, up to the paragraph's end */
          sc.since_year = a.year;
          sc.since_m = a.month;
        }
      else if (a.e.resolved && (a.year_explicit || a.year_word || g_strcmp0 (a.e.kind, "relative") == 0
                                || g_strcmp0 (a.e.kind, "period") == 0) && a.year
               && (!a.e.bound || (g_strcmp0 (a.e.kind, "relative") == 0 && a.month)))
        sets_ctx = TRUE; /* a bound naming a month of this year (今年8月1日起) sets the year too */
      else if (a.e.resolved && a.year_explicit && a.year)
        sets_ctx = TRUE;
      else if (a.e.resolved && a.month && a.year)
        sc.ctx_month = a.month;
      if (sets_ctx)
        {
          sc.since_year = sc.since_m = 0;
          /* 全年, 年末 after 2024年 keep it written */
          sc.ctx_explicit = a.year_explicit || (sc.ctx_explicit && sc.ctx_year == a.year);
          sc.ctx_year = a.year;
          sc.ctx_end = a.x;
          sc.ctx_month = a.month;
          sc.ctx_deictic = a.deictic;
          sc.ctx_fiscal = a.fiscal;
          sc.ctx_is_ref = sc.has_ref && a.e.has_from && a.e.has_to && a.e.from <= sc.ref && a.e.to >= sc.ref
                          && a.e.gran <= TL_GRAN_DAY;
        }
      if (!aside && a.e.resolved && a.e.has_from && a.e.has_to)
        {
          int y1, m1, d1, y2, m2, d2;
          tl_civil_from_days (a.e.from, &y1, &m1, &d1);
          tl_civil_from_days (a.e.to, &y2, &m2, &d2);
          if ((a.e.gran == TL_GRAN_MONTH || a.e.gran == TL_GRAN_QUARTER || a.e.gran == TL_GRAN_HALF) && y1 == y2
              && d1 == 1 && d2 == tl_days_in_month (y2, m2) && !a.e.vague)
            {
              sc.per_m1 = m1;
              sc.per_m2 = m2;
              sc.per_y = y1;
              sc.per_gran = a.e.gran;
            }
          else if ((a.e.gran >= TL_GRAN_YEAR || a.e.gran == TL_GRAN_DAY || a.e.gran == TL_GRAN_MINUTE)
                   && (g_strcmp0 (a.e.kind, "date") == 0 || g_strcmp0 (a.e.kind, "relative") == 0))
            sc.per_m1 = sc.per_m2 = 0;
        }
      event_and_tense (&sc, &a);
      if (shifted)
        a.e.tense = TL_TENSE_PAST;
      a.e.ev_start = tl_text_off (t, a.e.ev_start);
      a.e.ev_end = tl_text_off (t, a.e.ev_end);
      g_array_append_val (out, a.e);
      i = a.x - 1;
    }
  sc_clear (&sc);
  return out;
}


static gint
cmp_expr (gconstpointer pa, gconstpointer pb)
{
  const TlExpr *a = pa, *b = pb;
  gboolean da = a->resolved && (a->has_from || a->has_to), db = b->resolved && (b->has_from || b->has_to);
  if (da != db)
    return da ? -1 : 1;
  if (da)
    {
      gint64 ka = (gint64) (a->has_from ? a->from : a->to) * 1440 + (a->has_from ? MAX (a->from_min, 0) : MAX (a->to_min, 0));
      gint64 kb = (gint64) (b->has_from ? b->from : b->to) * 1440 + (b->has_from ? MAX (b->from_min, 0) : MAX (b->to_min, 0));
      if (ka != kb)
        return ka < kb ? -1 : 1;
    }
  return a->start < b->start ? -1 : a->start > b->start;
}

void
tl_sort (GArray *exprs)
{
  /* g_array_sort is a merge sort in GLib ≥ 2.x? use a stable sort explicitly:
   * the comparator breaks ties by position, so any sort is deterministic. */
  g_array_sort (exprs, cmp_expr);
}
