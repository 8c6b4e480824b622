/* facts-subject.c: the region, zone, country, company or body a figure is
 * about.
 *
 * A name is (config/subjects.txt, shared with numbers, and config/facts.txt):
 * - a name ending with a listed suffix ([subject_zone], [subject_region],
 *   [subject_company], [subject_body]): walked back from the suffix over
 *   places of the gazetteer ([place_*]) and Han characters until a stop or
 *   lead word, a non-Han character or the start. When the walk passed a
 *   place, the name starts at the leftmost place (推动嘉峪关工业园区 →
 *   嘉峪关工业园区); without one it must be short (2–3 characters before a
 *   region suffix, 2–4 before a zone or company one, 2–6 before a body's),
 *   and 政府 needs a place ([subject_needs_place]);
 * - a place of the gazetteer without a suffix (武汉, 顺德), with the places
 *   right before it (湖北武汉);
 * - a scope word ([subject_scope]: 全国, 我国 → the publication's country;
 *   全省 → the nearest province before it; 本港 → 香港).
 * A body or company right after 记者从/据 or right before 介绍/发布/表示
 * ([subject_source_before], [subject_source_after]) is a source, not a
 * subject.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "facts.h"
#include "facts-bitmaps.h"

#include <string.h>

#define FX_NAME_MAX_CHARS 12
/* how far back 全省/全市 look for their province or city */
#define FX_SCOPE_BACK_BYTES 1500
/* the longest paragraph above a table that names its subject */
#define FX_TABLE_HEADING_BYTES 120
/* how many rows of a table a cell looks back over for that paragraph */
#define FX_TABLE_ROWS_MAX 64
/* how far back into the earlier clauses of its segment a figure looks */
#define FX_EARLIER_BYTES 300

static const char *const place_levels[] = { "country", "province", "city", "county" };

static gboolean
may_end_name (const FxDoc *d, gsize start, gsize q)
{
  if (q <= start)
    return FALSE;
  const char *t = d->text;
  const char *last = ds_utf8_prev (t + start, t + q);
  gunichar c = fx_decode (last, t + q);
  if (!bit_test (d->lex->name_ends + FX_LAST, c))
    return FALSE;
  return may_end_with (d->lex, last > t + start ? fx_decode (ds_utf8_prev (t + start, last), last) : 0, c);
}

gboolean
fx_subject_lexicon_load (FxLexicon *lex, GError **error)
{
  const DsWordLists *l = lex->lists;
  if (!(lex->subject_scope = ds_word_lists_require_set (l, "subject_scope", error)) ||
      !(lex->scope_not_after = ds_word_lists_require_set (l, "subject_scope_not_after", error)) ||
      !(lex->scope_not_before = ds_word_lists_require_set (l, "subject_scope_not_before", error)) ||
      !(lex->country_cue = ds_word_lists_require_set (l, "subject_country_cue", error)) ||
      !(lex->source_before = ds_word_lists_require_set (l, "subject_source_before", error)) ||
      !(lex->source_after = ds_word_lists_require_set (l, "subject_source_after", error)) ||
      !(lex->needs_place = ds_word_lists_require_set (l, "subject_needs_place", error)) ||
      !(lex->generic = ds_word_lists_require_set (l, "subject_generic", error)) ||
      !(lex->counter = ds_word_lists_require_set (l, "subject_counter", error)) ||
      !(lex->not_subject_facts = ds_word_lists_require_set (l, "not_subject_facts", error)) ||
      !(lex->place_not_after = ds_word_lists_require_set (l, "place_not_after", error)))
    return FALSE;
  lex->name_ends = g_malloc0 (3 * FX_BITMAP_BYTES);
  static const char *const facts_sections[] = { "subject_scope", "subject_country_cue" };
  for (guint i = 0; i < G_N_ELEMENTS (facts_sections); i++)
    mark_last_chars (lex->name_ends, l, facts_sections[i]);
  static const char *const subjects_sections[] = { "subject_zone", "subject_region", "subject_company", "subject_body",
                                                   "place_country", "place_province", "place_city", "place_county" };
  for (guint i = 0; i < G_N_ELEMENTS (subjects_sections); i++)
    mark_last_chars (lex->name_ends, lex->subjects, subjects_sections[i]);
  lex->word_ends = g_malloc0 (FX_N_ENDS * FX_BITMAP_BYTES);
  for (guint i = 0; i < G_N_ELEMENTS (subjects_sections); i++)
    if (g_str_has_prefix (subjects_sections[i], "place_"))
      mark_word_ends (lex->word_ends + FX_END_PLACE * FX_BITMAP_BYTES, lex->subjects, subjects_sections[i]);
  mark_word_ends (lex->word_ends + FX_END_LEAD * FX_BITMAP_BYTES, l, "subject_lead");
  mark_word_ends (lex->word_ends + FX_END_NOT_SUBJECT * FX_BITMAP_BYTES, lex->subjects, "not_subject");
  mark_word_ends (lex->word_ends + FX_END_STOP * FX_BITMAP_BYTES, l, "subject_stop");
  lex->places = ds_word_set_new ();
  for (guint i = 0; i < G_N_ELEMENTS (place_levels); i++)
    {
      g_autofree char *name = g_strconcat ("place_", place_levels[i], NULL);
      if (!ds_word_lists_require_set (lex->subjects, name, error))
        return FALSE;
      guint n = 0;
      const char *const *words = ds_word_lists_get_words (lex->subjects, name, &n);
      for (guint w = 0; w < n; w++)
        ds_word_set_add (lex->places, words[w], (gpointer) place_levels[i]);
    }
  return TRUE;
}

static const char *
level_class (const char *level)
{
  return level == place_levels[0] ? "country" : "region";
}

/* The class of a name a scope word or cue stands for (香港, 中国). */
static const char *
name_class (const FxLexicon *lex, const char *name)
{
  gpointer level = NULL;
  if (ds_word_set_lookup (lex->places, name, -1, &level))
    return level_class (level);
  return "region";
}

static gsize
prev_char (const FxDoc *d, gsize start, gsize p)
{
  return (gsize) (ds_utf8_prev (d->text + start, d->text + p) - d->text);
}

/* A place of the gazetteer ending at @q: its length in bytes, 0 if none.
 * Not when it is part of another name (武汉大学) or overlaps a place that
 * starts before it (上海东方: not 海东). */
static gsize
place_ending_at (const FxDoc *d, gsize start, gsize q, const char **level)
{
  const FxLexicon *lex = d->lex;
  const char *t = d->text;
  gpointer lv = NULL;
  if (q <= start || !may_end_word (lex, FX_END_PLACE, fx_decode (ds_utf8_prev (t + start, t + q), t + q)))
    return 0;
  gsize len = ds_word_set_match_suffix (lex->places, t + start, t + q, &lv);
  if (len == 0 || ds_word_set_match (lex->place_not_after, t + q, t + d->len, NULL) > 0)
    return 0;
  gsize ps = q - len;
  for (gsize r = prev_char (d, ps, q); r > ps; r = prev_char (d, ps, r))
    if (ds_word_set_match_suffix (lex->places, t + start, t + r, NULL) > r - ps)
      return 0;
  if (level)
    *level = lv;
  return len;
}

/* A subject suffix ending at @q that is not part of a longer word (市场,
 * 格局, 工业园|区): its length, 0 if none. */
static gsize
suffix_ending_at (const FxDoc *d, gsize start, gsize q, gpointer *cls)
{
  const FxLexicon *lex = d->lex;
  const char *t = d->text;
  gsize slen = ds_word_set_match_suffix (lex->subject_suffixes, t + start, t + q, cls);
  if (slen == 0)
    return 0;
  gsize s0 = q - slen;
  if (ds_word_set_match (lex->not_subject, t + s0, t + d->len, NULL) > slen ||
      ds_word_set_match_suffix (lex->not_subject, t + start, t + q, NULL) > slen ||
      ds_word_set_match (lex->not_subject_facts, t + s0, t + d->len, NULL) > slen ||
      ds_word_set_match_suffix (lex->not_subject_facts, t + start, t + q, NULL) > slen)
    return 0;
  if (q < d->len)
    {
      const char *next = NULL;
      gunichar c = ds_utf8_decode (t + q, t + d->len, &next);
      if (ds_unichar_is_han (c) && ds_word_set_match_suffix (lex->subject_suffixes, t + start, next, NULL) > 0)
        return 0;
    }
  return slen;
}

/* The name goes on after @q: a suffix (武汉|市, but not 武汉|市场) or another
 * place (武汉|东湖高新区). */
static gboolean
name_goes_on (const FxDoc *d, gsize q)
{
  const FxLexicon *lex = d->lex;
  const char *t = d->text, *end = t + d->len;
  gsize s = ds_word_set_match (lex->subject_suffixes, t + q, end, NULL);
  if (s > 0 && ds_word_set_match (lex->not_subject, t + q, end, NULL) <= s)
    return TRUE;
  return ds_word_set_match (lex->places, t + q, end, NULL) > 0;
}

/* The least and most Han characters before a suffix of @cls (@slen bytes)
 * in a name without a place: one more after a suffix of two or more
 * characters (粤东西北地区, not 制造业大省). */
static void
bare_name_length (const char *cls, gsize slen, guint *min, guint *max)
{
  *min = 2;
  *max = (g_str_equal (cls, "region") ? 3 : g_str_equal (cls, "body") ? 6 : 4) + (slen > 3 ? 1 : 0);
}

/* @p..@e is made of [subject_generic] words only (产业, 自贸, 基金型). */
static gboolean
all_generic (const FxDoc *d, gsize p, gsize e)
{
  while (p < e)
    {
      gsize m = ds_word_set_match (d->lex->generic, d->text + p, d->text + e, NULL);
      if (m == 0)
        return FALSE;
      p += m;
    }
  return TRUE;
}

/* A name ending at @q (view bytes) with the element (suffix or place) of
 * @slen bytes and class @cls, searched no further back than @start. With
 * @strict (a clause's subject), a walk that ends at a stop word other than
 * a lead word ([subject_lead]) rejects a name without a place
 * (以党建引领园区). */
static gboolean
name_with (const FxDoc *d, gsize start, gsize q, gsize slen, const char *cls, gboolean bare_place, gboolean strict,
           FxSubject *out)
{
  const FxLexicon *lex = d->lex;
  const char *t = d->text;
  gsize p = q - slen, first_place = bare_place ? p : G_MAXSIZE;
  guint n = 0, n_at_place = 0;
  gboolean at_stop = FALSE, at_limit = TRUE;
  while (p > start && n < FX_NAME_MAX_CHARS)
    {
      gsize pl = place_ending_at (d, start, p, NULL);
      if (pl > 0)
        {
          p -= pl;
          first_place = p;
          n_at_place = n;
          continue;
        }
      if (bare_place)
        {
          at_limit = FALSE;
          break;
        }
      gsize prev = prev_char (d, start, p);
      gunichar c = fx_decode (t + prev, t + p);
      /* a word that holds a suffix but is no name ends the walk: 建成区|容东片区 */
      gboolean lead = (may_end_word (lex, FX_END_LEAD, c) &&
                       ds_word_set_match_suffix (lex->subject_lead, t + start, t + p, NULL) > 0) ||
                      (may_end_word (lex, FX_END_NOT_SUBJECT, c) &&
                       ds_word_set_match_suffix (lex->not_subject, t + start, t + p, NULL) > 0);
      gsize stop = lead || !may_end_word (lex, FX_END_STOP, c)
                     ? 0 : ds_word_set_match_suffix (lex->subject_stop, t + start, t + p, NULL);
      /* a stop that begins a [subject_name_words] word goes on: 和|平区 */
      if (stop > 0 && ds_word_set_match (lex->subject_name_words, t + p - stop, t + q, NULL) > stop)
        stop = 0;
      if (lead || stop > 0)
        {
          at_stop = !lead;
          at_limit = FALSE;
          break;
        }
      if (!ds_unichar_is_han (c))
        {
          at_limit = FALSE;
          break;
        }
      p = prev;
      n++;
    }
  if (p <= start)
    at_limit = FALSE;
  /* a counter after a number: 16家|大陆银行 */
  gsize cn;
  if (first_place == G_MAXSIZE && !at_stop && n > 0 && (cn = ds_word_set_match (lex->counter, t + p, t + q, NULL)) > 0 &&
      (p == start || !ds_unichar_is_han (fx_decode (t + prev_char (d, start, p), t + p))))
    {
      p += cn;
      n--;
    }
  gsize vs;
  if (first_place != G_MAXSIZE)
    {
      /* cut at the leftmost place; not too long after it */
      if (n_at_place > 8)
        return FALSE;
      vs = first_place;
    }
  else
    {
      guint min, max;
      bare_name_length (cls, slen, &min, &max);
      if (at_limit || (strict && at_stop) || n < min || n > max || all_generic (d, p, q - slen) ||
          ds_word_set_match (lex->needs_place, t + q - slen, t + q, NULL) == slen)
        return FALSE;
      vs = p;
    }
  *out = (FxSubject) { .vs = vs, .ve = q, .cls = cls, .placed = first_place != G_MAXSIZE };
  return TRUE;
}

/* A name ending at @q: one with a suffix, else a place (杭州: 州 is a
 * suffix, but 杭 alone no name). */
static gboolean
name_ending_at (const FxDoc *d, gsize start, gsize q, gboolean strict, FxSubject *out)
{
  gpointer cls = NULL;
  const char *level = NULL;
  gsize slen = suffix_ending_at (d, start, q, &cls);
  if (slen > 0 && name_with (d, start, q, slen, cls, FALSE, strict, out))
    return TRUE;
  slen = place_ending_at (d, start, q, &level);
  if (slen == 0 || name_goes_on (d, q))
    return FALSE;
  return name_with (d, start, q, slen, level_class (level), TRUE, strict, out);
}

/* A body or company named as the source of the figures: 记者从国家医保局获悉,
 * 国家统计局今天发布, 据海关总署. */
static gboolean
is_source (const FxDoc *d, gsize start, const FxSubject *s)
{
  const FxLexicon *lex = d->lex;
  const char *t = d->text;
  if (!g_str_equal (s->cls, "body") && !g_str_equal (s->cls, "company"))
    return FALSE;
  return ds_word_set_match_suffix (lex->source_before, t + start, t + s->vs, NULL) > 0 ||
         ds_word_set_match (lex->source_after, t + s->ve, t + d->len, NULL) > 0;
}

/* The nearest place of @level (or a province, for a city: 重庆 is both)
 * before @pos, at most FX_SCOPE_BACK_BYTES back. */
static gboolean
place_before (const FxDoc *d, gsize pos, const char *level, FxSubject *out)
{
  gsize start = pos > FX_SCOPE_BACK_BYTES ? pos - FX_SCOPE_BACK_BYTES : 0;
  while (start > 0 && (d->text[start] & 0xC0) == 0x80)
    start--;
  for (gsize q = pos; q > start; q = prev_char (d, start, q))
    {
      const char *lv = NULL;
      gsize len = may_end_name (d, start, q) ? place_ending_at (d, start, q, &lv) : 0;
      if (len == 0)
        continue;
      gboolean fits = g_str_equal (level, "county") ? lv != place_levels[0]
                                                    : lv == level || (g_str_equal (level, "city") && lv == place_levels[1]);
      if (fits)
        {
          *out = (FxSubject) { .vs = q - len, .ve = q, .cls = "region" };
          return TRUE;
        }
    }
  return FALSE;
}

/* A scope word ending at @q: what it stands for. */
static gboolean
scope_ending_at (const FxDoc *d, gsize start, gsize q, FxSubject *out)
{
  const FxLexicon *lex = d->lex;
  const char *t = d->text;
  gpointer v = NULL;
  gsize len = ds_word_set_match_suffix (lex->subject_scope, t + start, t + q, &v);
  if (len == 0 || ds_word_set_match_suffix (lex->scope_not_after, t + start, t + q - len, NULL) > 0 ||
      ds_word_set_match (lex->scope_not_before, t + q, t + d->len, NULL) > 0)
    return FALSE;
  /* part of a quoted name: “全国科技进步先进县”, 《全国…规划》 */
  if (q - len > start)
    {
      gunichar c = fx_decode (t + prev_char (d, start, q - len), t + q);
      if (c == 0x201C || c == 0x300A || c == 0x300C || c == 0x300E)
        return FALSE;
    }
  const char *const *fields = v;
  const char *what = fields && fields[0] ? fields[0] : "";
  *out = (FxSubject) { .vs = q - len, .ve = q };
  if (g_str_equal (what, "country"))
    {
      if (d->country.ve > d->country.vs)
        out->name = d->country.name;
      else
        out->name = fields[1] ? fields[1] : NULL;
      if (out->name == NULL)
        return FALSE;
      out->cls = name_class (lex, out->name);
      return TRUE;
    }
  if (g_str_equal (what, "zone"))
    {
      /* 园区 alone is the document's zone; 嘉东产业园区 is a name */
      gsize ws = q - len;
      if (ws > start && ds_unichar_is_han (fx_decode (t + prev_char (d, start, ws), t + ws)) &&
          ds_word_set_match_suffix (lex->subject_stop, t + start, t + ws, NULL) == 0 &&
          ds_word_set_match_suffix (lex->subject_lead, t + start, t + ws, NULL) == 0)
        return FALSE;
      if (d->doc_subject.ve <= d->doc_subject.vs || !g_str_equal (d->doc_subject.cls, "zone"))
        return FALSE;
      *out = d->doc_subject;
      return TRUE;
    }
  for (guint i = 1; i < G_N_ELEMENTS (place_levels); i++)
    if (g_str_equal (what, place_levels[i]))
      {
        if (place_before (d, q - len, place_levels[i], out))
          return TRUE;
        if (d->doc_subject.ve > d->doc_subject.vs && g_str_equal (d->doc_subject.cls, "region"))
          {
            *out = d->doc_subject;
            return TRUE;
          }
        return FALSE;
      }
  out->name = what;
  out->cls = name_class (lex, what);
  return TRUE;
}

static gboolean
is_place (const FxSubject *s)
{
  return g_str_equal (s->cls, "region") || g_str_equal (s->cls, "country");
}

/* Some figure starts in [from, to). */
static gboolean
figure_between (const FxDoc *d, gsize from, gsize to)
{
  guint lo = 0, hi = d->figures->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (d->figures, FxFigure, mid).vs < from)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < d->figures->len && g_array_index (d->figures, FxFigure, lo).vs < to;
}

/* @s ends the clause right before @item: 人口50%的粤东西北地区，…仅占全省的21% */
static gboolean
ends_clause_before (const FxDoc *d, const FxSubject *s, gsize item)
{
  const char *next = NULL;
  return s->ve < d->len && fx_is_clause_end (ds_utf8_decode (d->text + s->ve, d->text + d->len, &next)) &&
         (gsize) (next - d->text) == item && !g_str_equal (s->cls, "body");
}

/* A subject of an earlier clause that governs the figure's list item at
 * @item: it heads its clause (at most two characters after its start: 而上海,
 * 在广东自贸试验区); unless it is a place, no figure follows it right away
 * (索通低碳产业园2.5万吨);
 * no body without a place (新成立党群办公室); and when figures stand between
 * it and @item, it is a place or a scope word (2011年，沈阳95%以上的企业盈利，
 * 利润总额达到了692亿元), not a zone or company of a list (甘河西区…等5个项目).
 * Or it ends the clause right before @item (人口50%的粤东西北地区，2013年的…). */
static gboolean
heads_earlier_clause (const FxDoc *d, const FxSubject *s, gsize item)
{
  gboolean place = s->name != NULL || s->placed;
  if (ends_clause_before (d, s, item))
    return TRUE;
  if (s->vs - fx_clause_start (d, s->vs) > 6 || (!place && figure_between (d, s->ve, s->ve + 7)))
    return FALSE;
  if (g_str_equal (s->cls, "body") && !s->placed)
    return FALSE;
  return place || !figure_between (d, s->ve, item);
}

/* The nearest subject before @pos, after @start; with @heading, only one
 * that heads its clause (at most two characters after its start: 而上海,
 * 在广东自贸试验区). */
static const char *
subject_between (const FxDoc *d, gsize start, gsize pos, gboolean heading, FxSubject *out)
{
  const char *t = d->text, *lo = t + start;
  /* walking back: @c is the character ending at q (at @cp), @b the one
   * before it (at @bp); the view is valid UTF-8 and @start a character's start */
  const char *cp = pos > start ? ds_utf8_prev (lo, t + pos) : lo, *next;
  gunichar c = pos > start ? ds_utf8_decode_valid (cp, &next) : 0;
  for (gsize q = pos, q_next; q > start; q = q_next)
    {
      const char *bp = ds_utf8_prev (lo, cp);
      gunichar b = cp > lo ? ds_utf8_decode_valid (bp, &next) : 0;
      gboolean maybe = may_end_with (d->lex, b, c);
      const char *source = NULL;
      c = b;
      q_next = (gsize) (cp - t);
      cp = bp;
      if (!maybe)
        continue;
      if (scope_ending_at (d, start, q, out))
        /* 园区 alone, 全市 in a document about the city: the document's
         * subject, named elsewhere */
        source = out->ve != q && out->vs == d->doc_subject.vs && out->ve == d->doc_subject.ve &&
                     out->name == d->doc_subject.name
                   ? "document" : "scope";
      else if (name_ending_at (d, start, q, TRUE, out) && !is_source (d, start, out))
        source = "clause";
      else if (heading && name_ending_at (d, start, q, FALSE, out) && ends_clause_before (d, out, pos))
        source = "clause";
      if (source && (!heading || heads_earlier_clause (d, out, pos)))
        return source;
    }
  return NULL;
}

/* A figure in a table row (a paragraph starting with |): the subject named
 * in the short paragraph above the table (德国：), if any. */
static const char *
table_heading_subject (const FxDoc *d, gsize pos, FxSubject *out)
{
  const DsSpan *par = fx_span_at (d->paragraphs, d->n_paragraphs, pos);
  if (par == NULL || d->text[par->start] != '|')
    return NULL;
  guint first = (guint) (par - d->paragraphs);
  for (guint i = first; i-- > 0 && first - i <= FX_TABLE_ROWS_MAX;)
    {
      const DsSpan *h = &d->paragraphs[i];
      if (h->end > h->start && d->text[h->start] == '|')
        continue;
      if (h->end - h->start > FX_TABLE_HEADING_BYTES)
        return NULL;
      return subject_between (d, h->start, h->end, FALSE, out);
    }
  return NULL;
}

/* The subject of the figure at @pos: the nearest scope word or name before
 * it in its list item (after 、 or the clause start) that is not a source;
 * else, unless an earlier item of its clause (after 、) holds a figure of
 * its own (索通低碳产业园2.5万吨…、甬金8万吨), the nearest one heading an
 * earlier clause of its segment (上海的第三产业…，三产增速快于二产7.3个百分点); else the
 * document's. Returns the source ("scope", "clause", "document"), or NULL
 * when there is none. */
const char *
fx_subject_for (FxDoc *d, gsize pos, FxSubject *out)
{
  gsize start = fx_list_item_start (d, pos);
  const char *source = subject_between (d, start, pos, FALSE, out);
  if (source)
    return source;
  gsize seg = fx_segment_start (d, pos);
  gsize from = MAX (seg, start > FX_EARLIER_BYTES ? start - FX_EARLIER_BYTES : 0);
  while (from < start && (d->text[from] & 0xC0) == 0x80)
    from++; /* a character boundary */
  if (start > seg && !figure_between (d, fx_clause_start (d, pos), start))
    {
      /* the same for every figure of the list item: searched once */
      if (d->heading_to != start || d->heading_from != from)
        {
          d->heading_from = from;
          d->heading_to = start;
          d->heading_source = subject_between (d, from, start, TRUE, &d->heading_subject);
        }
      if ((source = d->heading_source))
        {
          *out = d->heading_subject;
          return source;
        }
    }
  if ((source = table_heading_subject (d, pos, out)))
    return source;
  *out = d->doc_subject;
  return out->ve > out->vs ? "document" : NULL;
}

/* ---- the document's subject ---- */

#define FX_MAX_NAMES 48
/* the lead of a story, where a zone named once is its subject */
#define FX_SUBJECT_LEAD_BYTES 600

typedef struct
{
  FxDoc *doc;                    /* its country is set when the first cue is found */
  FxSubject zone, place, other;  /* the first of each; vs == ve: none */
  FxSubject names[FX_MAX_NAMES]; /* zones, regions, countries and scope words, in order */
  guint n_names;
} FxNames;

static gboolean
same_name (const FxDoc *d, const FxSubject *a, const FxSubject *b)
{
  if (a->name || b->name)
    return a->name && b->name && g_str_equal (a->name, b->name);
  return a->ve - a->vs == b->ve - b->vs && memcmp (d->text + a->vs, d->text + b->vs, a->ve - a->vs) == 0;
}

static void
note_name (const FxDoc *d, gsize start, const FxSubject *s, FxNames *names)
{
  gboolean zone = g_str_equal (s->cls, "zone");
  if (zone || is_place (s))
    {
      FxSubject *first = zone ? &names->zone : &names->place;
      if (first->ve == 0)
        *first = *s;
      if (names->n_names < FX_MAX_NAMES)
        names->names[names->n_names++] = *s;
      return;
    }
  if (names->other.ve == 0 && !is_source (d, start, s))
    names->other = *s;
}

/* Calls @found at every character end of paragraphs [from, to) in their
 * first FX_SUBJECT_BODY_BYTES where a name, scope or cue word may end, until
 * it returns FALSE. */
static void
each_end (const FxDoc *d, guint from, guint to, gboolean skip_brackets,
          gboolean (*found) (const FxDoc *, gsize, gsize, gpointer), gpointer data)
{
  const char *t = d->text;
  gsize limit = from < d->n_paragraphs ? d->paragraphs[from].start + FX_SUBJECT_BODY_BYTES : 0;
  for (guint i = from; i < to && i < d->n_paragraphs && d->paragraphs[i].start < limit; i++)
    {
      const DsSpan *par = &d->paragraphs[i];
      const char *p = t + par->start;
      gboolean in_brackets = FALSE;
      gunichar before = 0;
      while (p < t + MIN (par->end, limit))
        {
          const char *next = NULL;
          gunichar c = ds_utf8_decode_valid (p, &next);
          if (skip_brackets && c == 0x3010) /* 【 */
            in_brackets = TRUE;
          else if (c == 0x3011)
            in_brackets = FALSE;
          else if (!in_brackets && may_end_with (d->lex, before, c) && !found (d, par->start, (gsize) (next - t), data))
            return;
          before = c;
          p = next;
        }
    }
}

/* The first country cue, then every name and scope word (one pass: the
 * cue comes first in almost every text, 央视网, 中华民国, 财政司; a 我国 before
 * it stands for 中国). */
static gboolean
name_at (const FxDoc *d, gsize start, gsize q, gpointer data)
{
  FxNames *names = data;
  FxDoc *doc = names->doc;
  if (doc->country.ve == 0)
    {
      gpointer v = NULL;
      gsize len = ds_word_set_match_suffix (d->lex->country_cue, d->text + start, d->text + q, &v);
      const char *const *fields = v;
      if (len > 0 && fields && fields[0])
        doc->country = (FxSubject) { .vs = q - len, .ve = q, .name = fields[0], .cls = name_class (d->lex, fields[0]) };
    }
  FxSubject s;
  if (scope_ending_at (d, start, q, &s) || name_ending_at (d, start, q, FALSE, &s))
    note_name (d, start, &s, names);
  return TRUE;
}

/* The most frequent place or zone of @names, the first of those as
 * frequent; a zone without a place counts only when named twice (one
 * named once may be a fragment: 提供园区). */
static const FxSubject *
most_frequent (const FxDoc *d, const FxNames *names)
{
  const FxSubject *best = NULL;
  guint best_n = 0;
  for (guint i = 0; i < names->n_names; i++)
    {
      const FxSubject *s = &names->names[i];
      guint n = 0;
      for (guint j = 0; j < names->n_names; j++)
        n += same_name (d, s, &names->names[j]);
      if (!is_place (s) && !s->placed && n < 2)
        continue;
      if (n > best_n)
        {
          best = s;
          best_n = n;
        }
    }
  return best;
}

/* The first zone of the opening that holds a place and stands in its lead
 * (the first FX_SUBJECT_LEAD_BYTES from @body_start). */
static const FxSubject *
lead_zone (const FxNames *names, gsize body_start)
{
  for (guint i = 0; i < names->n_names; i++)
    {
      const FxSubject *s = &names->names[i];
      if (g_str_equal (s->cls, "zone") && s->placed && s->vs < body_start + FX_SUBJECT_LEAD_BYTES)
        return s;
    }
  return NULL;
}

/* The first zone or region of @names whose name goes on from @place's
 * (沈阳 → 沈阳铁西区, 嘉峪关 → 嘉峪关工业园区), else @place. */
static const FxSubject *
longer_name (const FxDoc *d, const FxNames *names, const FxSubject *place)
{
  gsize n = place->ve - place->vs;
  for (guint i = 0; place->name == NULL && i < names->n_names; i++)
    {
      const FxSubject *s = &names->names[i];
      if (s->name == NULL && s->ve - s->vs > n && !g_str_equal (s->cls, "country") &&
          memcmp (d->text + s->vs, d->text + place->vs, n) == 0)
        return s;
    }
  return place;
}

/* The document's subject, from the title lines (the paragraphs before
 * @head_end, the publication line) and the opening (the first
 * FX_SUBJECT_BODY_BYTES after them), the first found of:
 * the title's zone; the title's place (or the opening's zone that starts
 * with it: 嘉峪关 → 嘉峪关工业园区); the title's company or body; the
 * opening's zone placed in its lead; the opening's most frequent place, scope word or zone;
 * company or body; the publication's country (the first cue word). Bodies
 * and companies named as sources are never the subject. */
void
fx_document_subject (FxDoc *d, gsize head_end)
{
  guint n_head = 0;
  while (n_head < d->n_paragraphs && d->paragraphs[n_head].end <= head_end)
    n_head++;
  guint body = n_head;
  if (body < d->n_paragraphs && d->paragraphs[body].start < head_end)
    body++; /* the publication line itself */
  FxNames head = { .doc = d }, open = { .doc = d };
  d->country = (FxSubject) { 0 };
  /* a series name in 【】 says nothing of this story's subject */
  each_end (d, 0, n_head, TRUE, name_at, &head);
  each_end (d, body, d->n_paragraphs, FALSE, name_at, &open);
  const FxSubject cue = d->country;
  const FxSubject *pick = NULL, *z;
  if (head.zone.ve > 0)
    pick = &head.zone;
  else if (head.place.ve > 0)
    pick = longer_name (d, &open, &head.place);
  else if (head.other.ve > 0)
    pick = &head.other;
  else if ((z = lead_zone (&open, body < d->n_paragraphs ? d->paragraphs[body].start : d->len)))
    pick = z;
  else if ((z = most_frequent (d, &open)))
    pick = z;
  else if (open.other.ve > 0)
    pick = &open.other;
  else if (cue.ve > 0)
    pick = &cue;
  if (pick)
    d->doc_subject = *pick;
}
