/* facts-join.c: which figures are facts, which rates belong to which
 * figure, and the period of each.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "facts.h"

#include <stdlib.h>
#include <string.h>

/* a section heading paragraph: at most about 40 Han characters */
#define FX_HEADING_MAX_BYTES 120

const char *const fx_basis_names[4] = { "yoy", "mom", "qoq", "ytd" };

static gboolean
set_has (const DsWordSet *set, const char *word)
{
  return word && ds_word_set_contains (set, word, -1);
}

static const char *
string_member (const DsItem *o, const char *name)
{
  return ds_item_get_string (o, name);
}

const char *
fx_string_member (const DsItem *o, const char *name)
{
  return string_member (o, name);
}

/* @p with the spaces before it (towards @start) skipped. */
static const char *
skip_spaces_back (const char *start, const char *p)
{
  while (p > start && (p[-1] == ' ' || p[-1] == '\t'))
    p--;
  if (p - start >= 3 && memcmp (p - 3, "\xe3\x80\x80", 3) == 0) /* U+3000 */
    return skip_spaces_back (start, p - 3);
  return p;
}

static const char *
skip_spaces (const char *p, const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  if (end - p >= 3 && memcmp (p, "\xe3\x80\x80", 3) == 0)
    return skip_spaces (p + 3, end);
  return p;
}

/* Whether only list separators and spaces stand in [@from, @to). */
static gboolean
only_list_separators (const FxDoc *d, gsize from, gsize to)
{
  const char *p = d->text + from, *end = d->text + to;
  gboolean any = FALSE;
  while ((p = skip_spaces (p, end)) < end)
    {
      gsize n = ds_word_set_match (d->lex->list_separators, p, end, NULL);
      if (n == 0)
        return FALSE;
      p += n;
      any = TRUE;
    }
  return any;
}

/* A figure is a fact when its kind measures ([measuring_kinds]) and
 * numbers did not exclude it, and it is no size class or list count
 * (fx_not_measure, facts-figures.c; the figures listed right before a size
 * class are classes too: 10亿元、50亿元、100亿元企业). One with a change of
 * a rate kind is a rate, unless 至/到 stand right before it ([level_before]: 增加至1.5% is the
 * new level); so are the figures listed after a rate (增长11.54%、4.40%和
 * 2.14%), with the first one's direction. */
/* Whether @kind is of [measuring_kinds] (bit 1) and of [rate_kinds] (bit
 * 2): a document has a handful of kinds, each looked up in the lists once. */
typedef struct
{
  const char *kind[8];
  guint bits[8];
  guint n;
} KindMemo;

static guint
kind_bits (const FxLexicon *lex, KindMemo *m, const char *kind)
{
  if (kind == NULL)
    return 0;
  for (guint i = 0; i < m->n; i++)
    if (g_str_equal (m->kind[i], kind))
      return m->bits[i];
  guint bits = (set_has (lex->measuring_kinds, kind) ? 1 : 0) | (set_has (lex->rate_kinds, kind) ? 2 : 0);
  if (m->n < G_N_ELEMENTS (m->kind))
    {
      m->kind[m->n] = kind;
      m->bits[m->n++] = bits;
    }
  return bits;
}

void
fx_classify_figures (FxDoc *d)
{
  const FxLexicon *lex = d->lex;
  KindMemo kinds = { .n = 0 };
  for (guint i = 0; i < d->figures->len; i++)
    {
      FxFigure *f = &g_array_index (d->figures, FxFigure, i);
      f->change = f->base = -1;
      f->lead = (gint) i;
      const char *kind = f->kind; /* read with the figure */
      const char *change = f->change_word = string_member (f->num, "change");
      const char *before = skip_spaces_back (d->text, d->text + f->vs);
      guint bits = kind_bits (lex, &kinds, kind);
      if (ds_item_has_member (f->num, "excluded") || !(bits & 1))
        f->role = FX_SKIP;
      else if (change && (bits & 2) &&
               ds_word_set_match_suffix (lex->level_before, d->text, before, NULL) == 0)
        f->role = FX_RATE;
      else if (fx_not_measure (d, f, kind))
        {
          f->role = FX_SKIP;
          for (guint j = i; j > 0; j--)
            {
              FxFigure *prev = &g_array_index (d->figures, FxFigure, j - 1);
              const FxFigure *next = &g_array_index (d->figures, FxFigure, j);
              const char *pk = prev->kind;
              if (prev->role == FX_SKIP || !pk || !g_str_equal (pk, kind) ||
                  (prev->ve < next->vs && !only_list_separators (d, prev->ve, next->vs)))
                break;
              prev->role = FX_SKIP;
            }
        }
      else
        f->role = FX_BASE;
      if (f->role == FX_BASE && i > 0 && !change)
        {
          FxFigure *prev = &g_array_index (d->figures, FxFigure, i - 1);
          const char *pk = prev->kind;
          if (prev->role == FX_RATE && pk && kind && g_str_equal (pk, kind) &&
              only_list_separators (d, prev->ve, f->vs))
            {
              f->role = FX_RATE;
              f->lead = prev->lead;
            }
        }
    }
}

static gboolean
same_or_missing (const char *a, const char *b)
{
  return a == NULL || b == NULL || g_str_equal (a, b);
}

/* The unit classes a change may have for a figure: a percentage or a
 * multiple changes anything; an amount only a figure of its own unit;
 * percentage points only a percentage. */
static gboolean
units_fit (const DsItem *base, const DsItem *rate)
{
  const char *rk = string_member (rate, "kind");
  const char *bk = string_member (base, "kind");
  if (!rk || !bk)
    return FALSE;
  if (g_str_equal (rk, "percent") || g_str_equal (rk, "multiple"))
    return TRUE;
  if (g_str_equal (rk, "percentage_point"))
    return g_str_equal (bk, "percent") || g_str_equal (bk, "percentage_point");
  const char *ru = string_member (rate, "unit"), *bu = string_member (base, "unit");
  return ru && bu && g_str_equal (ru, bu);
}

/* A rate's metric, unless it is only its comparison (比上年 in
 * 比上年提高0.3个百分点 is no metric). */
const char *
fx_rate_metric (const FxDoc *d, const DsItem *rate)
{
  const char *m = string_member (rate, "metric");
  if (m == NULL)
    return NULL;
  const char *end = m + strlen (m);
  if (ds_word_set_match (d->lex->comparison_before, m, end, NULL) > 0)
    return NULL;
  for (guint b = 0; b < G_N_ELEMENTS (fx_basis_names); b++)
    if (ds_word_set_match (d->lex->basis[b], m, end, NULL) > 0)
      return NULL;
  return m;
}

/* Whether a figure at @to is the next item of a list after one ending at
 * @from: a list separator between them and no clause end
 * (精炼铜251.9万吨、原铝868.6万吨). */
static gboolean
listed_after (const FxDoc *d, gsize from, gsize to)
{
  gboolean sep = FALSE;
  const char *p = d->text + from, *end = d->text + to;
  while (p < end)
    {
      const char *next = NULL;
      gunichar c = ds_utf8_decode (p, end, &next);
      if (fx_is_clause_end (c) && c != ',' && c != 0xFF0C)
        return FALSE;
      if (c == ',' || c == 0xFF0C)
        return FALSE;
      if (ds_word_set_match (d->lex->list_separators, p, end, NULL) > 0)
        sep = TRUE;
      p = next;
    }
  return sep;
}

/* With 分别 before a list of k rates, the k figures listed before it in
 * the segment take them in order (精炼铜251.9万吨、原铝868.6万吨，分别比去年
 * 同期增长11.54%、4.40%). Returns whether it paired the list at @first. */
static gboolean
pair_respectively (FxDoc *d, guint first)
{
  GArray *figs = d->figures;
  FxFigure *r0 = &g_array_index (figs, FxFigure, first);
  guint k = 1;
  while (first + k < figs->len && g_array_index (figs, FxFigure, first + k).role == FX_RATE &&
         g_array_index (figs, FxFigure, first + k).lead == r0->lead)
    k++;
  if (k < 2 || first < k)
    return FALSE;
  gsize seg = fx_segment_start (d, r0->vs);
  /* the k figures right before the rates, a list of bases in the segment */
  for (guint j = first - k; j < first; j++)
    {
      FxFigure *b = &g_array_index (figs, FxFigure, j);
      if (b->role != FX_BASE || b->change >= 0 || b->vs < seg ||
          (j > first - k && !listed_after (d, g_array_index (figs, FxFigure, j - 1).ve, b->vs)))
        return FALSE;
    }
  const FxFigure *last = &g_array_index (figs, FxFigure, first - 1);
  gboolean found = FALSE;
  for (const char *p = d->text + last->ve; p < d->text + r0->vs && !found; p++)
    found = ds_word_set_match (d->lex->respectively, p, d->text + r0->vs, NULL) > 0;
  if (!found)
    return FALSE;
  for (guint j = 0; j < k; j++)
    {
      g_array_index (figs, FxFigure, first - k + j).change = (gint) (first + j);
      g_array_index (figs, FxFigure, first + j).base = (gint) (first - k + j);
    }
  return TRUE;
}

/* Each rate joins the nearest figure before it in its segment (up to ；。
 * or a line break) when that figure has no change yet, measures the same
 * metric (or one of them has none) and has a unit the change fits. A rate
 * that finds none stays a fact of its own, with value null. */
void
fx_attach_changes (FxDoc *d)
{
  for (guint i = 0; i < d->figures->len; i++)
    {
      FxFigure *r = &g_array_index (d->figures, FxFigure, i);
      if (r->role != FX_RATE || r->base >= 0)
        continue;
      if (r->lead == (gint) i && pair_respectively (d, i))
        continue;
      gsize seg = fx_segment_start (d, r->vs);
      for (gint j = (gint) i - 1; j >= 0; j--)
        {
          FxFigure *b = &g_array_index (d->figures, FxFigure, j);
          if (b->ve <= seg)
            break;
          if (b->role == FX_SKIP)
            continue;
          if (b->role == FX_BASE && b->change < 0 && units_fit (b->num, r->num) &&
              same_or_missing (string_member (b->num, "metric"), fx_rate_metric (d, r->num)))
            {
              b->change = (gint) i;
              r->base = j;
            }
          break;
        }
    }
}

/* Whether a word of @set starts anywhere in [@from, @to). */
static gboolean
has_word (const FxDoc *d, const DsWordSet *set, guint starts, gsize from, gsize to)
{
  const char *end = d->text + to;
  for (const char *p = d->text + from; p < end;)
    {
      const char *next = NULL;
      gunichar c = ds_utf8_decode (p, end, &next);
      if (fx_may_start (d->lex, starts, c) && ds_word_set_match (set, p, end, NULL) > 0)
        return TRUE;
      p = next;
    }
  return FALSE;
}

/* An increase before the total it brings: 新增纳统企业28家，达到358家 makes
 * 28家 the change (up) of 358家 when an [increase_before] word stands before
 * 28家 in its clause, 358家 is the next figure, in the same segment, in a
 * clause opened by a [total_before] word, with the same unit and metric. */
void
fx_attach_increases (FxDoc *d)
{
  const FxLexicon *lex = d->lex;
  for (guint i = 0; i + 1 < d->figures->len; i++)
    {
      FxFigure *a = &g_array_index (d->figures, FxFigure, i);
      FxFigure *b = &g_array_index (d->figures, FxFigure, i + 1);
      if (a->role != FX_BASE || a->change >= 0 || b->role != FX_BASE || b->change >= 0)
        continue;
      const char *au = string_member (a->num, "unit"), *bu = string_member (b->num, "unit");
      if (!au || !bu || !g_str_equal (au, bu) ||
          !same_or_missing (string_member (a->num, "metric"), string_member (b->num, "metric")) ||
          fx_segment_start (d, b->vs) > a->vs)
        continue;
      gsize bc = fx_clause_start (d, b->vs);
      if (bc <= a->ve || ds_word_set_match (lex->total_before, skip_spaces (d->text + bc, d->text + b->vs),
                                            d->text + b->vs, NULL) == 0)
        continue;
      gsize ac = fx_clause_start (d, a->vs);
      const char *dir = has_word (d, lex->increase_before, FX_STARTS_INCREASE_BEFORE, ac, a->vs)   ? "up"
                        : has_word (d, lex->decrease_before, FX_STARTS_DECREASE_BEFORE, ac, a->vs) ? "down"
                                                                        : NULL;
      if (dir == NULL)
        continue;
      a->role = FX_RATE;
      a->direction = dir;
      a->base = (gint) i + 1;
      b->change = (gint) i;
    }
}

/* Whether a word of @set stands in [@from, @pos) with no figure between
 * it and @pos (figure @i is at @pos), and does not begin a longer word of
 * [not_increase] (新增长点). */
static gboolean
word_before_figure (const FxDoc *d, const DsWordSet *set, guint starts, gsize from, gsize pos, guint i)
{
  if (i > 0)
    {
      const FxFigure *prev = &g_array_index (d->figures, FxFigure, i - 1);
      if (prev->ve > from && prev->ve <= pos)
        from = prev->ve;
    }
  const char *end = d->text + pos;
  for (const char *p = d->text + from, *next = NULL; p < end; p = next)
    {
      if (!fx_may_start (d->lex, starts, ds_utf8_decode (p, end, &next)))
        continue;
      gsize n = ds_word_set_match (set, p, end, NULL);
      /* not inside a longer word: 新增长点 */
      if (n > 0 && ds_word_set_match (d->lex->not_increase, p, end, NULL) <= n)
        return TRUE;
    }
  return FALSE;
}

/* An increase with no total after it (新增编制10名, 比去年同期多了1.2万亿元,
 * 拉高0.3个百分点): a figure with no change that an [increase_only] (or
 * [decrease_only]) word precedes in its clause, with no figure between,
 * is a change, up (or down), and so is the next item of a list it governs
 * (新增3家A企业和4家B企业, 新增A120家和B35户). It joins the figure right before it when that
 * one is in the same segment, in an earlier clause, with no change yet, the
 * same unit (or one the change fits) and metric (预计全年达130亿元，四年新增
 * 58亿元: 58亿元 is the change of 130亿元); else it is a fact of its own with
 * value null. Runs after fx_attach_increases (新增28家，达到358家). */
void
fx_attach_bare_increases (FxDoc *d)
{
  const FxLexicon *lex = d->lex;
  for (guint i = 0; i < d->figures->len; i++)
    {
      FxFigure *f = &g_array_index (d->figures, FxFigure, i);
      if (f->role != FX_BASE || f->change >= 0 || f->change_word)
        continue;
      gsize cs = fx_clause_start (d, f->vs);
      const char *dir = word_before_figure (d, lex->increase_only, FX_STARTS_INCREASE_ONLY, cs, f->vs, i)   ? "up"
                        : word_before_figure (d, lex->decrease_only, FX_STARTS_DECREASE_ONLY, cs, f->vs, i) ? "down"
                                                                                   : NULL;
      if (dir == NULL && i > 0)
        {
          /* the next item of a list the word governs: 新增3家A企业和4家B企业 */
          const FxFigure *prev = &g_array_index (d->figures, FxFigure, i - 1);
          const char *between = d->text + prev->ve, *here = d->text + f->vs;
          if (prev->role == FX_RATE && prev->direction && prev->ve >= cs &&
              (ds_word_set_match_suffix (lex->list_separators, between, here, NULL) > 0 ||
               ds_word_set_match (lex->list_separators, between, here, NULL) > 0))
            dir = prev->direction;
        }
      if (dir == NULL)
        continue;
      f->role = FX_RATE;
      f->direction = dir;
      f->lead = (gint) i;
      gint j = (gint) i - 1;
      while (j >= 0 && g_array_index (d->figures, FxFigure, j).role == FX_SKIP)
        j--;
      if (j < 0)
        continue;
      FxFigure *b = &g_array_index (d->figures, FxFigure, j);
      if (b->role == FX_BASE && b->change < 0 && b->ve <= cs && fx_segment_start (d, f->vs) <= b->vs &&
          units_fit (b->num, f->num) && same_or_missing (string_member (b->num, "metric"), string_member (f->num, "metric")))
        {
          b->change = (gint) i;
          f->base = j;
        }
    }
}

/* The basis of a change: a [basis_*] word in [@from, @to) of the view. */
const char *
fx_change_basis (const FxDoc *d, gsize from, gsize to)
{
  const char *t = d->text;
  const char *p = t + from;
  while (p < t + to)
    {
      const char *next = NULL;
      gunichar c = ds_utf8_decode (p, t + to, &next);
      for (guint b = 0; fx_may_start (d->lex, FX_STARTS_BASIS, c) && b < G_N_ELEMENTS (fx_basis_names); b++)
        if (ds_word_set_match (d->lex->basis[b], p, t + to, NULL) > 0)
          return fx_basis_names[b];
      p = next;
    }
  return NULL;
}

const DsSpan *
fx_span_at (const DsSpan *spans, guint n, gsize pos)
{
  guint lo = 0, hi = n;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (spans[mid].end <= pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < n && spans[lo].start <= pos ? &spans[lo] : NULL;
}

/* What may stand before a date that heads its clause: spaces, dashes,
 * bullets and quotes. */
static gboolean
is_lead_mark (gunichar c)
{
  return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 || c == 0x2014 || c == 0x2015 || c == '-' ||
         c == 0x2022 || c == 0x00B7 || c == 0x201C || c == 0x201D || c == '"' || c == 0x300C || c == '(' ||
         c == 0xFF08;
}

/* Whether what stands before a date in a clause that opens its sentence
 * lets it head the clause: not when a word keeps the date to its own
 * clause ([own_clause_before]: 预计全年…, 这是对过去一年…). */
static gboolean
lead_lets_head (const FxDoc *d, gsize from, gsize to)
{
  return !has_word (d, d->lex->own_clause_before, FX_STARTS_OWN_CLAUSE_BEFORE, from, to);
}

/* A date heads its clause when only spaces, dashes or quotes stand before
 * it there, or when its clause opens its sentence (园区今年…) and no word
 * of [own_clause_before] stands before it (lead_lets_head); it
 * is a comparison base when 比/较/与… stand right before it or 相比 right
 * after. */
void
fx_mark_dates (FxDoc *d)
{
  const char *t = d->text;
  for (guint i = 0; i < d->dates->len; i++)
    {
      FxDate *dt = &g_array_index (d->dates, FxDate, i);
      gsize cs = fx_clause_start (d, dt->vs);
      const char *p = t + cs;
      while (p < t + dt->vs)
        {
          const char *next = NULL;
          if (!is_lead_mark (ds_utf8_decode (p, t + dt->vs, &next)))
            break;
          p = next;
        }
      const DsSpan *sent = fx_span_at (d->sentences, d->n_sentences, dt->vs);
      dt->heading = p == t + dt->vs || (sent && (fx_clause_start (d, sent->start) == cs || sent->start == cs) &&
                                        lead_lets_head (d, (gsize) (p - t), dt->vs));
      /* the publication line's date is no period */
      dt->comparison =
        dt->vs == d->reference_vs ||
        ds_word_set_match_suffix (d->lex->comparison_before, t + cs, skip_spaces_back (t + cs, t + dt->vs), NULL) > 0 ||
        ds_word_set_match (d->lex->comparison_after, skip_spaces (t + dt->ve, t + d->len), t + d->len, NULL) > 0;
    }
}

/* The period of a figure at @pos: the nearest date before it whose clause
 * holds it (全年 in 预计全年达到820亿元), or the nearest one that is not vague
 * (20多年来) before it in its segment (公司上半年实现营业总收入…，净利润22.08亿元); else the last date
 * heading a clause before it in its sentence (1—11月，…); else the last
 * such date before it in its paragraph; else a section heading's; else, in
 * a January or February publication, the year just ended when the last
 * date heading a clause before the paragraph is in it (scope "context"). Comparison bases never count. Returns the index in
 * d->dates or -1 (the caller falls back to the publication year), and the
 * scope that decided in @scope. */
gint
fx_find_period (const FxDoc *d, gsize pos, const char **scope)
{
  const DsSpan *sent = fx_span_at (d->sentences, d->n_sentences, pos);
  const DsSpan *par = fx_span_at (d->paragraphs, d->n_paragraphs, pos);
  gsize sent_start = sent ? sent->start : fx_segment_start (d, pos);
  gsize par_start = par ? par->start : sent_start;
  gsize seg_start = fx_segment_start (d, pos);
  gsize clause_start = fx_clause_start (d, pos);
  gint in_sentence = -1, in_paragraph = -1;
  /* a yearly rate (每年…近5亿元, 年均增长) is no figure of the date the
   * sentence or paragraph is about: only its clause or segment dates it */
  gboolean per_year = has_word (d, d->lex->per_year_before, FX_STARTS_PER_YEAR_BEFORE, clause_start, pos);

  /* dates are sorted by position: walk back from the last one before @pos */
  guint lo = 0, hi = d->dates->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (d->dates, FxDate, mid).vs < pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (gint i = (gint) lo - 1; i >= 0; i--)
    {
      const FxDate *dt = &g_array_index (d->dates, FxDate, i);
      if (dt->vs < par_start)
        break;
      if (dt->comparison)
        continue;
      if (dt->evs <= pos && pos < dt->eve && dt->vs >= clause_start)
        {
          *scope = "clause";
          return i;
        }
      if (dt->evs <= pos && pos < dt->eve && in_sentence < 0 && dt->heading)
        {
          *scope = "clause";
          return i;
        }
      if (dt->vs >= seg_start && in_sentence < 0 &&
          !ds_item_get_boolean (dt->tl, "vague", FALSE))
        {
          *scope = "segment";
          return i;
        }
      if (dt->heading && dt->vs >= sent_start && in_sentence < 0 && !per_year)
        in_sentence = i;
      if (dt->heading && in_paragraph < 0 && !per_year)
        in_paragraph = i;
    }
  if (in_sentence >= 0)
    {
      *scope = "sentence";
      return in_sentence;
    }
  if (in_paragraph >= 0)
    {
      *scope = "paragraph";
      return in_paragraph;
    }
  /* a section heading: the nearest date before the paragraph, heading its
   * clause in a short paragraph of its own (一年来，我们全力以赴抓招商促项目。) */
  for (gint i = per_year ? -1 : (gint) lo - 1; i >= 0; i--)
    {
      const FxDate *dt = &g_array_index (d->dates, FxDate, i);
      if (dt->vs >= par_start)
        continue;
      const DsSpan *hp = fx_span_at (d->paragraphs, d->n_paragraphs, dt->vs);
      if (dt->heading && !dt->comparison && hp && hp->end - hp->start <= FX_HEADING_MAX_BYTES)
        {
          *scope = "heading";
          return i;
        }
      break;
    }
  /* a review published in January or February goes on about the year
   * just ended: the year of the last date before the paragraph that heads
   * its clause, when it lies in the year before the publication (not a
   * comparison, not vague, not a span of years, not running into the
   * publication year) */
  if (!per_year && d->reference && strlen (d->reference) >= 7 && strncmp (d->reference + 5, "03", 2) < 0)
    for (gint i = (gint) lo - 1; i >= 0; i--)
      {
        const FxDate *dt = &g_array_index (d->dates, FxDate, i);
        if (dt->vs >= par_start || dt->comparison || !dt->heading ||
            ds_item_get_boolean (dt->tl, "vague", FALSE))
          continue;
        const char *g = string_member (dt->tl, "granularity");
        const char *from = string_member (dt->tl, "from"), *to = string_member (dt->tl, "to");
        if (g == NULL || g_str_equal (g, "years") || from == NULL || to == NULL || strlen (from) < 4 ||
            atoi (from) != atoi (d->reference) - 1 || atoi (to) != atoi (from))
          break;
        *scope = "context";
        return i;
      }
  *scope = "publication";
  return -1;
}

/* The start of the statement holding @pos: its segment, with the one
 * before when a semicolon ends that one (…工业总产值769.6亿元，同比增长
 * 12.1%；预计全年达到820亿元). */
static gsize
statement_start (const FxDoc *d, gsize pos)
{
  gsize seg = fx_segment_start (d, pos);
  const char *t = d->text;
  const char *p = skip_spaces_back (t, t + seg);
  if (p == t)
    return seg;
  const char *prev = ds_utf8_prev (t, p);
  gunichar c = fx_decode (prev, t + d->len);
  return c == 0xFF1B || c == ';' ? fx_segment_start (d, (gsize) (prev - t)) : seg;
}

/* Whether a fact at @pos is in the statement of an earlier one at
 * @earlier (the forecast 820亿元 above is of the same metric). */
gboolean
fx_same_statement (const FxDoc *d, gsize earlier, gsize pos)
{
  return earlier <= pos && earlier >= statement_start (d, pos);
}

/* The modality of a fact: numbers' (@given) when it is a forecast, target
 * or plan; else that of the last word of [forecast_before],
 * [target_before] or [plan_before] before it in its clause (今年将新建标准
 * 厂房20万平方米: plan; not one inside a word of [modal_nouns]: 科技计划项目,
 * 主要), none after a word of [rule_before] when there is no such word
 * (不得低于15%; 预计每年可实现… is a forecast; numbers' actual
 * comes from verbs such as 达到 that follow them: 须达到15%); else numbers'
 * actual; else actual when the period ended before the publication date,
 * or holds it (an undated statement, 目前…, 今年以来…); else NULL (a later
 * period, no publication date). */
const char *
fx_modality (const FxDoc *d, gsize pos, const char *given, const char *from, const char *to)
{
  if (given && !g_str_equal (given, "actual"))
    return given;
  const FxLexicon *lex = d->lex;
  const DsWordSet *sets[] = { lex->forecast_before, lex->target_before, lex->plan_before, lex->rule_before };
  static const char *const names[] = { "forecast", "target", "plan", NULL };
  const char *t = d->text;
  const char *found = NULL;
  gboolean any = FALSE;
  const char *cs = t + fx_clause_start (d, pos);
  for (const char *p = cs, *next = NULL; p < t + pos; p = next)
    {
      if (!fx_may_start (lex, FX_STARTS_MODAL, ds_utf8_decode (p, t + pos, &next)))
        continue;
      gsize best = 0;
      guint best_k = 0;
      for (guint k = 0; k < G_N_ELEMENTS (sets); k++)
        {
          gsize n = ds_word_set_match (sets[k], p, t + pos, NULL);
          if (n > best)
            {
              best = n;
              best_k = k;
            }
        }
      /* the longest word wins (可望 over 可); none inside a noun (计划项目, 纲要) */
      if (best > 0 && ds_word_set_match (lex->modal_nouns, p, t + pos, NULL) < best &&
          ds_word_set_match_suffix (lex->modal_nouns, cs, p + best, NULL) <= best && (names[best_k] || !found))
        {
          found = names[best_k];
          any = TRUE;
        }
    }
  if (any)
    return found;
  if (given)
    return given;
  if (d->reference == NULL || strlen (d->reference) < 10 || (from == NULL && to == NULL))
    return NULL;
  if (to && strncmp (to, d->reference, 10) < 0)
    return "actual";
  if (from && strncmp (from, d->reference, 10) > 0)
    return NULL;
  return "actual";
}
