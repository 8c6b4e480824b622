/* facts-plugin.c: the `facts` plugin: one item per measuring figure of the
 * numbers layer, with its metric, subject, period (from the timeline
 * layer), value, change and modality. docs/plugins/facts.md has the rules.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "facts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- original code points to view bytes ---- */

typedef struct
{
  DsView *view;
  const char *text;
  gsize len;
  const DsOffsetMap *map;
  guint n;
  guint32 *byte_of; /* the byte of every code point of the view, then len */
  gsize n_cp;
  FxBounds **bounds; /* made with the table */
} FxMapper;

/* The byte of view code point @cp (the view's length past its last one):
 * from a table of the view's code points, made on the first call with the
 * document's clause and segment ends (one pass; every figure and date is
 * looked up, several times over). */
static gsize
fx_view_byte (FxMapper *m, gsize cp)
{
  if (G_UNLIKELY (m->byte_of == NULL))
    {
      if (*m->bounds == NULL)
        *m->bounds = fx_bounds_new (m->text, m->len, &m->byte_of, &m->n_cp);
      if (m->byte_of == NULL)
        return MIN (ds_view_codepoint_to_byte (m->view, cp), m->len); /* (4 GB: never in practice) */
    }
  return m->byte_of[MIN (cp, m->n_cp)];
}

/* The view byte of original code point @o; @is_end puts a position inside
 * an atomic segment at its end instead of its start. */
static gsize
fx_map (FxMapper *m, gint64 o, gboolean is_end)
{
  if (o < 0)
    o = 0;
  if (m->map == NULL)
    return fx_view_byte (m, (gsize) o);
  guint lo = 0, hi = m->n;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;
      gsize os;
      ds_offset_map_get_segment (m->map, mid, &os, NULL, NULL, NULL);
      if (os <= (gsize) o)
        lo = mid;
      else
        hi = mid;
    }
  gsize os = 0, vs = 0;
  guint32 ol = 0, vl = 0;
  if (m->n > 0)
    ds_offset_map_get_segment (m->map, lo, &os, &vs, &ol, &vl);
  gsize off = (gsize) o - MIN ((gsize) o, os);
  gsize vcp;
  if (off >= ol)
    vcp = vs + vl;
  else if (ol == vl)
    vcp = vs + off;
  else
    vcp = off == 0 || !is_end ? vs : vs + vl;
  return fx_view_byte (m, vcp);
}

static gint64
int_member (JsonObject *o, const char *name, gint64 fallback)
{
  JsonNode *n = o ? json_object_get_member (o, name) : NULL;
  return n && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_INT64 ? json_node_get_int (n)
                                                                                         : fallback;
}

static const char *
str_member (JsonObject *o, const char *name)
{
  JsonNode *n = o ? json_object_get_member (o, name) : NULL;
  return n && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING ? json_node_get_string (n)
                                                                                          : NULL;
}

/* The items of numbers and timeline are read as DsItems (their compact
 * text, indexed): no json-glib object is made for them, and facts' own
 * items are written as text by a DsItemBuilder (docs/plugins/facts.md,
 * "Speed"). */

/* ---- plugin state ---- */

/* A data file named by option @key: an absolute path, or a name looked up in the data folders. */
static char *
data_file_option (DsPluginContext *ctx, const char *key, const char *what, GError **error)
{
  const char *name = ds_plugin_context_get_option (ctx, key);
  char *path = g_path_is_absolute (name) ? g_strdup (name) : ds_plugin_context_find_data_file (ctx, name);
  if (path == NULL)
    g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_DATA_FILE, "facts: %s “%s” not found in the data folders",
                 what, name);
  return path;
}

static gboolean
facts_init (DsPluginContext *ctx, gpointer *state, GError **error)
{
  g_autofree char *path = data_file_option (ctx, "words", "word lists", error);
  if (path == NULL)
    return FALSE;
  g_autofree char *subjects = data_file_option (ctx, "subjects", "subject lists", error);
  if (subjects == NULL)
    return FALSE;
  g_autoptr(GError) local = NULL;
  FxLexicon *lex = fx_lexicon_load (path, subjects, &local);
  if (lex == NULL)
    {
      g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_DATA_FILE, "facts: %s", local->message);
      return FALSE;
    }
  *state = lex;
  return TRUE;
}

static void
facts_finalize (gpointer state)
{
  fx_lexicon_free (state);
}

/* ---- reading the layers ---- */

static int
cmp_figure (gconstpointer a, gconstpointer b)
{
  const FxFigure *x = a, *y = b;
  return x->vs < y->vs ? -1 : x->vs > y->vs;
}

static int
cmp_date (gconstpointer a, gconstpointer b)
{
  const FxDate *x = a, *y = b;
  return x->vs < y->vs ? -1 : x->vs > y->vs;
}

/* Sorts @a with @cmp unless it is in order already (most layers are: the
 * sort is stable, so that changes nothing). */
static void
sort_unless_sorted (GArray *a, GCompareFunc cmp)
{
  for (guint i = 1; i < a->len; i++)
    if (cmp (a->data + (gsize) (i - 1) * g_array_get_element_size (a), a->data + (gsize) i * g_array_get_element_size (a)) > 0)
      {
        g_array_sort (a, cmp);
        return;
      }
}

static void
read_figures (FxDoc *d, FxMapper *m, DsLayer *numbers)
{
  for (guint i = 0; i < ds_layer_get_n_items (numbers); i++)
    {
      const DsItem *it = ds_layer_peek_item (numbers, i);
      if (it == NULL)
        continue;
      gint64 s = ds_item_get_int (it, "start", -1), e = ds_item_get_int (it, "end", -1);
      if (s < 0 || e < s)
        continue;
      FxFigure f = { .num = it, .vs = fx_map (m, s, FALSE), .ve = fx_map (m, e, TRUE),
                     .kind = ds_item_get_string (it, "kind") };
      g_array_append_val (d->figures, f);
    }
  sort_unless_sorted (d->figures, cmp_figure);
}

static void
read_dates (FxDoc *d, FxMapper *m, DsLayer *timeline)
{
  for (guint i = 0; i < ds_layer_get_n_items (timeline); i++)
    {
      const DsItem *it = ds_layer_peek_item (timeline, i);
      if (it == NULL || !ds_item_get_boolean (it, "resolved", FALSE))
        continue;
      const char *from = ds_item_get_string (it, "from"), *to = ds_item_get_string (it, "to");
      if (!from && !to)
        continue;
      gint64 s = ds_item_get_int (it, "start", -1), e = ds_item_get_int (it, "end", -1);
      if (s < 0 || e < s)
        continue;
      gint64 es = ds_item_get_int (it, "event_start", s), ee = ds_item_get_int (it, "event_end", e);
      /* in text order (the event span holds the date), so the cursor walks on */
      gsize evs = fx_map (m, es, FALSE), vs = fx_map (m, s, FALSE), ve = fx_map (m, e, TRUE);
      FxDate dt = { .tl = it, .from = from, .to = to, .vs = vs, .ve = ve, .evs = evs, .eve = fx_map (m, ee, TRUE) };
      g_array_append_val (d->dates, dt);
    }
}

/* A span of time back from the publication date (五年来, 三年多以来, 两个月来):
 * numbers reads it as a duration and timeline, as the guide says, gives no
 * date for it; as the period of a figure (五年来成长65倍) it is the N years or
 * months up to the publication date, written like timeline's items (made
 * here, kept in @owned). */
static void
read_spans_back (FxDoc *d, FxMapper *m, DsItemBuilder *b, GPtrArray *owned)
{
  if (d->reference == NULL || strlen (d->reference) < 10)
    return;
  guint y, mo, dd;
  if (sscanf (d->reference, "%4u-%2u-%2u", &y, &mo, &dd) != 3 || !g_date_valid_dmy (dd, mo, y))
    return;
  for (guint i = 0; i < d->figures->len; i++)
    {
      /* (the figures: the items with a span, their kind read) */
      const FxFigure *fig = &g_array_index (d->figures, FxFigure, i);
      const DsItem *it = fig->num;
      const char *kind = fig->kind;
      if (!kind || !g_str_equal (kind, "duration"))
        continue; /* (the commonest case first) */
      const char *unit = ds_item_get_string (it, "unit");
      DsItemType vt = ds_item_get_member_type (it, "value");
      gint64 s = ds_item_get_int (it, "start", -1), e = ds_item_get_int (it, "end", -1);
      if (!kind || !g_str_equal (kind, "duration") || !unit || ds_item_has_member (it, "excluded") ||
          (!g_str_equal (unit, "year") && !g_str_equal (unit, "month")) ||
          (vt != DS_ITEM_TYPE_INT && vt != DS_ITEM_TYPE_DOUBLE) || s < 0 || e <= s)
        continue;
      double v = ds_item_get_double (it, "value", 0);
      if (!(v >= 1 && v <= 100 && v == (double) (guint) v))
        continue;
      gsize vs = fx_map (m, s, FALSE), ve = fx_map (m, e, TRUE);
      gsize n = ds_word_set_match (d->lex->span_back_after, d->text + ve, d->text + d->len, NULL);
      if (n == 0)
        continue;
      g_autoptr(GDate) from = g_date_new_dmy (dd, mo, y);
      if (g_str_equal (unit, "year"))
        g_date_subtract_years (from, (guint) v);
      else
        g_date_subtract_months (from, (guint) v);
      char buf[16];
      g_date_strftime (buf, sizeof buf, "%Y-%m-%d", from);
      ds_item_builder_begin (b);
      ds_item_builder_add_string (b, "from", buf);
      ds_item_builder_add_string_len (b, "to", d->reference, 10);
      ds_item_builder_add_string (b, "granularity", g_str_equal (unit, "year") ? "years" : "months");
      /* 20多年来 is vague: it dates its own clause only */
      ds_item_builder_add_boolean (b, "vague", ds_item_has_member (it, "approx"));
      gsize chars = (gsize) g_utf8_strlen (d->text + ve, (gssize) n);
      ds_item_builder_add_int (b, "start", s);
      ds_item_builder_add_int (b, "end", e + (gint64) chars);
      g_autofree char *text = g_strconcat (ds_item_get_string (it, "text"), "", NULL);
      g_autofree char *suffix = g_strndup (d->text + ve, n);
      g_autofree char *whole = g_strconcat (text, suffix, NULL); /* 来/以来 as normalized */
      ds_item_builder_add_string (b, "text", whole);
      ds_item_builder_end (b);
      gsize json_len;
      const char *json = ds_item_builder_get_json (b, &json_len);
      DsItem *tl = ds_item_new (json, (gssize) json_len, NULL); /* the builder's text always is one */
      if (tl == NULL)
        continue;
      g_ptr_array_add (owned, tl);
      /* it dates its clause */
      gsize eve = fx_segment_end (d, ve);
      for (const char *p = d->text + ve + n; p < d->text + eve;)
        {
          const char *next = NULL;
          if (fx_is_clause_end (ds_utf8_decode (p, d->text + eve, &next)))
            {
              eve = (gsize) (p - d->text);
              break;
            }
          p = next;
        }
      FxDate dt = { .tl = tl, .from = ds_item_get_string (tl, "from"), .to = ds_item_get_string (tl, "to"), .vs = vs, .ve = ve + n, .evs = fx_clause_start (d, vs), .eve = eve };
      g_array_append_val (d->dates, dt);
    }
}

/* ---- writing facts ---- */

/* start, end and text of @from (an item of numbers or timeline, already
 * in original code points): copied as written, no mapping needed. */
static void
copy_span (DsItemBuilder *b, const DsItem *from)
{
  ds_item_builder_copy_member (b, from, "start");
  ds_item_builder_copy_member (b, from, "end");
  ds_item_builder_copy_member (b, from, "text");
}

/* PREFIX_start and PREFIX_end of a span of the view, in original code
 * points (the caller sets the PREFIX member itself, in its normalized form). */
/* The view code point at view byte @b: the code points starting before it. */
static gsize
cp_at (const FxDoc *d, gsize b)
{
  if (b >= d->len)
    return d->n_cp;
  gsize lo = 0, hi = d->n_cp;
  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;
      if (d->byte_of[mid] < b)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* As ds_view_map_to_original(), with the document's code-point table. */
static void
map_to_original (const FxDoc *d, gsize vs, gsize ve, gsize *s, gsize *e)
{
  if (d->byte_of == NULL)
    {
      ds_view_map_to_original (d->view, vs, ve, s, e);
      return;
    }
  gsize cs = cp_at (d, vs), ce = cp_at (d, MAX (vs, ve));
  if (d->map == NULL)
    {
      *s = cs;
      *e = ce;
    }
  else
    ds_offset_map_map_span (d->map, cs, ce, s, e);
}

static void
set_span_ends (const FxDoc *d, DsItemBuilder *b, gsize vs, gsize ve, const char *start_name, const char *end_name)
{
  gsize s, e;
  map_to_original (d, vs, ve, &s, &e);
  ds_item_builder_add_int (b, start_name, (gint64) s);
  ds_item_builder_add_int (b, end_name, (gint64) e);
}

/* The span of @word in the view: the last occurrence before @pos in
 * [@from, @pos), else the first in [@pos, @to). */
static gboolean
find_word (const FxDoc *d, const char *word, gsize from, gsize pos, gsize to, gsize *s)
{
  gsize wl = strlen (word);
  if (wl == 0)
    return FALSE;
  const char *found = NULL;
  for (const char *p = d->text + from; p + wl <= d->text + pos; p++)
    if ((p = memchr (p, word[0], (gsize) (d->text + pos - p))) == NULL || p + wl > d->text + pos)
      break;
    else if (memcmp (p, word, wl) == 0)
      found = p;
  if (found == NULL && to > pos)
    {
      const char *hit = g_strstr_len (d->text + pos, (gssize) (to - pos), word);
      if (hit && (gsize) (hit - d->text) + wl <= to)
        found = hit;
    }
  if (found == NULL)
    return FALSE;
  *s = (gsize) (found - d->text);
  return TRUE;
}

static void
set_metric (const FxDoc *d, DsItemBuilder *b, const char *metric, gboolean inherited, const FxFigure *f)
{
  if (metric == NULL)
    {
      ds_item_builder_add_null (b, "metric");
      return;
    }
  gsize seg = fx_segment_start (d, f->vs), s;
  gsize prev_seg = seg > 0 ? fx_segment_start (d, seg - 1) : 0;
  if (find_word (d, metric, inherited ? prev_seg : seg, f->vs, fx_segment_end (d, f->ve), &s))
    set_span_ends (d, b, s, s + strlen (metric), "metric_start", "metric_end");
  ds_item_builder_add_string (b, "metric", metric); /* numbers' (normalized) form */
  if (inherited)
    ds_item_builder_add_boolean (b, "metric_inherited", TRUE);
}

static void
set_subject (FxDoc *d, DsItemBuilder *b, const FxFigure *f)
{
  FxSubject s;
  const char *source = fx_subject_for (d, f->vs, &s);
  if (source == NULL)
    {
      ds_item_builder_add_null (b, "subject");
      return;
    }
  if (s.vs == d->doc_subject.vs && s.ve == d->doc_subject.ve)
    {
      /* the same for every fact: mapped once */
      if (!d->doc_subject_mapped)
        {
          map_to_original (d, s.vs, s.ve, &d->doc_subject_start, &d->doc_subject_end);
          d->doc_subject_mapped = TRUE;
        }
      ds_item_builder_add_int (b, "subject_start", (gint64) d->doc_subject_start);
      ds_item_builder_add_int (b, "subject_end", (gint64) d->doc_subject_end);
    }
  else
    set_span_ends (d, b, s.vs, s.ve, "subject_start", "subject_end");
  /* normalized, like metric; a scope word or cue stands for a name */
  if (s.name)
    ds_item_builder_add_string (b, "subject", s.name);
  else
    ds_item_builder_add_string_len (b, "subject", d->text + s.vs, s.ve - s.vs);
  ds_item_builder_add_string (b, "subject_class", s.cls);
  ds_item_builder_add_string (b, "subject_source", source);
}

/* The "period" member; @from, @to: its first and last days (NULL when
 * open or none), in @from_buf and @to_buf when made here. */
static void
add_period (const FxDoc *d, DsItemBuilder *b, gsize pos, const char **from, char from_buf[16], const char **to,
            char to_buf[16])
{
  const char *scope = NULL;
  gint i = fx_find_period (d, pos, &scope);
  const char *year = NULL;
  *from = *to = NULL;
  if (i >= 0 && g_str_equal (scope, "context"))
    {
      /* the year of that date */
      const FxDate *dt = &g_array_index (d->dates, FxDate, i);
      year = dt->from ? dt->from : dt->to;
    }
  else if (i < 0 && d->reference && strlen (d->reference) >= 4)
    year = d->reference;
  else if (i < 0)
    {
      ds_item_builder_add_null (b, "period");
      return;
    }
  ds_item_builder_begin_object (b, "period");
  if (year)
    {
      g_snprintf (from_buf, 16, "%.4s-01-01", year);
      g_snprintf (to_buf, 16, "%.4s-12-31", year);
      *from = from_buf;
      *to = to_buf;
      ds_item_builder_add_string (b, "from", from_buf);
      ds_item_builder_add_string (b, "to", to_buf);
      ds_item_builder_add_string (b, "granularity", "year");
    }
  else
    {
      const FxDate *dt = &g_array_index (d->dates, FxDate, i);
      ds_item_builder_copy_member (b, dt->tl, "from");
      ds_item_builder_copy_member (b, dt->tl, "to");
      ds_item_builder_copy_member (b, dt->tl, "granularity");
      *from = dt->from;
      *to = dt->to;
    }
  if (i >= 0)
    copy_span (b, g_array_index (d->dates, FxDate, i).tl);
  ds_item_builder_add_string (b, "scope", scope);
  ds_item_builder_end_object (b);
}

static void
add_change (const FxDoc *d, DsItemBuilder *b, const FxFigure *base, const FxFigure *rate)
{
  ds_item_builder_begin_object (b, "change");
  ds_item_builder_copy_member (b, rate->num, "value");
  ds_item_builder_copy_member (b, rate->num, "unit");
  const FxFigure *lead = &g_array_index (d->figures, FxFigure, rate->lead);
  const char *change = ds_item_get_string (lead->num, "change");
  const char *dir = rate->direction                                                      ? rate->direction
                    : change && ds_word_set_contains (d->lex->change_up, change, -1)   ? "up"
                    : change && ds_word_set_contains (d->lex->change_down, change, -1) ? "down"
                                                                                       : NULL;
  ds_item_builder_add_string (b, "direction", dir); /* NULL: null */
  gsize from = base && base->ve < lead->vs ? base->ve : fx_clause_start (d, lead->vs);
  ds_item_builder_add_string (b, "basis", fx_change_basis (d, from, lead->vs));
  copy_span (b, rate->num);
  ds_item_builder_end_object (b);
}

/* What add_fact() needs besides the document: the builder, and the metric
 * of the last fact written (for the next one of the same sentence). */
typedef struct
{
  DsItemBuilder *builder;
  char *last_metric;
} FxWriter;

/* The metric of the previous fact when it is in the same statement. */
static const char *
previous_metric (const FxDoc *d, const FxWriter *w, gsize pos)
{
  if (d->last_fact_vs == G_MAXSIZE)
    return NULL;
  if (!fx_same_statement (d, d->last_fact_vs, pos))
    return NULL;
  return w->last_metric;
}

static void
add_fact (FxDoc *d, FxWriter *w, const FxFigure *f)
{
  DsItemBuilder *b = w->builder;
  const FxFigure *base = f->role == FX_BASE ? f : NULL;
  const FxFigure *rate = f->role == FX_RATE ? f
                         : f->change >= 0   ? &g_array_index (d->figures, FxFigure, f->change)
                                            : NULL;
  const char *metric = f->role == FX_RATE ? fx_rate_metric (d, f->num) : ds_item_get_string (f->num, "metric");
  if (metric == NULL && rate && rate != f)
    metric = fx_rate_metric (d, rate->num);
  gboolean inherited = FALSE;
  if (metric == NULL && (metric = previous_metric (d, w, f->vs)) != NULL)
    inherited = TRUE;
  char *metric_copy = g_strdup (metric); /* the next fact's previous metric */

  ds_item_builder_begin (b);
  copy_span (b, f->num);
  set_metric (d, b, metric_copy, inherited, f);
  set_subject (d, b, f);
  const char *from, *to;
  char from_buf[16], to_buf[16];
  add_period (d, b, f->vs, &from, from_buf, &to, to_buf);
  if (base)
    {
      static const char *const members[] = { "value", "value_text", "unit", "kind", "approx", "low",
                                             "low_text", "high", "high_text", "share", NULL };
      ds_item_builder_copy_members (b, f->num, members);
    }
  else
    ds_item_builder_add_null (b, "value");
  if (rate)
    add_change (d, b, base, rate);
  else
    ds_item_builder_add_null (b, "change");

  const char *modality = ds_item_get_string (f->num, "modality");
  if (!modality && rate)
    modality = ds_item_get_string (rate->num, "modality");
  modality = fx_modality (d, f->vs, modality, from, to);
  ds_item_builder_add_string (b, "modality", modality); /* NULL: null */
  ds_item_builder_end (b);
  g_free (w->last_metric);
  w->last_metric = metric_copy;
}

static gboolean
facts_process (gpointer state, DsDocument *doc, GError **error)
{
  FxDoc d = { .lex = state, .last_fact_vs = G_MAXSIZE, .heading_to = G_MAXSIZE };
  d.view = ds_document_get_view_or_original (doc, "normalized");
  d.text = ds_view_get_text (d.view, &d.len);
  DsLayer *numbers = ds_document_get_layer (doc, "numbers");
  DsLayer *timeline = ds_document_get_layer (doc, "timeline");
  DsLayer *layer = ds_document_add_layer (doc, "facts");
  JsonObject *lo = ds_layer_get_object (layer); /* before the items: see ds_layer_compact() */
  g_autoptr(DsItemBuilder) builder = ds_item_builder_new (layer);
  FxWriter w = { .builder = builder };
  (void) error;

  FxMapper m = { .view = d.view, .text = d.text, .len = d.len, .map = ds_view_is_original (d.view) ? NULL : ds_view_get_map (d.view),
                .bounds = &d.bounds };
  if (m.map)
    m.n = ds_offset_map_get_n_segments (m.map);
  g_autoptr(GArray) figures = g_array_new (FALSE, FALSE, sizeof (FxFigure));
  g_autoptr(GArray) dates = g_array_new (FALSE, FALSE, sizeof (FxDate));
  d.figures = figures;
  d.dates = dates;
  JsonNode *ref_node = timeline ? ds_layer_get_member (timeline, "reference") : NULL;
  JsonObject *ref = ref_node && JSON_NODE_HOLDS_OBJECT (ref_node) ? json_node_get_object (ref_node) : NULL;
  d.reference = g_strdup (str_member (ref, "date"));
  g_autoptr(GPtrArray) spans_back = g_ptr_array_new_with_free_func ((GDestroyNotify) ds_item_free);
  g_autoptr(DsItemBuilder) scratch = ds_item_builder_new (NULL);
  if (numbers)
    read_figures (&d, &m, numbers);
  if (figures->len == 0)
    {
      /* no figure, no fact: nothing else to read */
      json_object_set_int_member (lo, "count", 0);
      g_free (d.reference);
      g_free (m.byte_of);
      fx_bounds_free (d.bounds);
      return TRUE;
    }
  if (d.bounds == NULL)
    d.bounds = fx_bounds_new (d.text, d.len, NULL, NULL);
  d.byte_of = m.byte_of;
  d.n_cp = m.n_cp;
  d.map = m.map;
  if (numbers)
    read_spans_back (&d, &m, scratch, spans_back);
  if (timeline)
    read_dates (&d, &m, timeline);
  sort_unless_sorted (d.dates, cmp_date);
  d.sentences = ds_view_get_sentences (d.view, &d.n_sentences);
  d.paragraphs = ds_view_get_paragraphs (d.view, &d.n_paragraphs);

  gint64 ref_start = int_member (ref, "start", -1);
  gsize head_end = ref_start >= 0 ? fx_map (&m, ref_start, FALSE) : (d.n_paragraphs ? d.paragraphs[0].end : 0);
  d.reference_vs = ref_start >= 0 ? head_end : G_MAXSIZE;
  fx_document_subject (&d, head_end);

  fx_mark_dates (&d);
  fx_classify_figures (&d);
  fx_attach_changes (&d);
  fx_attach_increases (&d);
  fx_attach_bare_increases (&d);
  for (guint i = 0; i < figures->len; i++)
    {
      const FxFigure *f = &g_array_index (figures, FxFigure, i);
      if (f->role == FX_BASE || (f->role == FX_RATE && f->base < 0))
        {
          add_fact (&d, &w, f);
          d.last_fact_vs = f->vs;
        }
    }
  json_object_set_int_member (lo, "count", ds_layer_get_n_items (layer));
  g_free (w.last_metric);
  g_free (d.reference);
  fx_bounds_free (d.bounds);
  g_free (m.byte_of);
  return TRUE;
}

/* --format=text: one line per fact. */
static char *
facts_render (gpointer state, DsDocument *doc)
{
  (void) state;
  DsLayer *layer = ds_document_get_layer (doc, "facts");
  JsonArray *items = layer ? ds_layer_get_items (layer) : NULL;
  if (items == NULL || json_array_get_length (items) == 0)
    return NULL;
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *it = json_array_get_object_element (items, i);
      JsonNode *pn = json_object_get_member (it, "period");
      JsonObject *p = pn && JSON_NODE_HOLDS_OBJECT (pn) ? json_node_get_object (pn) : NULL;
      JsonNode *cn = json_object_get_member (it, "change");
      JsonObject *c = cn && JSON_NODE_HOLDS_OBJECT (cn) ? json_node_get_object (cn) : NULL;
      g_string_append_printf (out, "%s\t%s\t%s..%s\t%s %s", str_member (it, "metric") ? str_member (it, "metric") : "-",
                              str_member (it, "subject") ? str_member (it, "subject") : "-",
                              p && str_member (p, "from") ? str_member (p, "from") : "",
                              p && str_member (p, "to") ? str_member (p, "to") : "",
                              str_member (it, "value_text") ? str_member (it, "value_text") : "null",
                              str_member (it, "unit") ? str_member (it, "unit") : "");
      if (c)
        g_string_append_printf (out, "\t%s %s%s%s", str_member (c, "direction") ? str_member (c, "direction") : "?",
                                str_member (c, "text") ? str_member (c, "text") : "", str_member (c, "basis") ? " " : "",
                                str_member (c, "basis") ? str_member (c, "basis") : "");
      else
        g_string_append (out, "\t-");
      g_string_append_printf (out, "\t%s\n", str_member (it, "modality") ? str_member (it, "modality") : "-");
    }
  return g_string_free (out, FALSE);
}

DOCSIFT_PLUGIN_DEFINE (.name = "facts",
                       .version = "1.0.0",
                       .description = "Facts: one row per measuring figure with metric, subject, period, value, change and modality",
                       .license = "LGPL-2.1-or-later",
                       .requires = DS_STRV ("normalized", "numbers", "timeline"),
                       .provides = DS_STRV ("facts"),
                       .fields = DS_FIELDS (
                         { ".layers.facts.count", "integer", "facts (items)" },
                         { ".layers.facts.items[].start", "integer", "the figure (numbers' span; for a rate with no base figure, the rate): start, in code points of the original" },
                         { ".layers.facts.items[].end", "integer", "the figure: end (exclusive), in code points" },
                         { ".layers.facts.items[].text", "string", "the figure as written" },
                         { ".layers.facts.items[].metric", "string|null", "what it measures: numbers' metric, Simplified; null when there is none" },
                         { ".layers.facts.items[].metric_start", "integer", "where the metric stands: start, in code points; absent when it is not found in the text" },
                         { ".layers.facts.items[].metric_end", "integer", "where the metric stands: end (exclusive); absent with metric_start" },
                         { ".layers.facts.items[].metric_inherited", "boolean", "only when numbers gave none and the previous fact of the statement's metric was taken: true" },
                         { ".layers.facts.items[].subject", "string|null", "the region, zone, country, company or body it is about, Simplified (for a scope word or a country cue, the name it stands for); null when none is found" },
                         { ".layers.facts.items[].subject_start", "integer", "the subject: start, in code points; absent when subject is null" },
                         { ".layers.facts.items[].subject_end", "integer", "the subject: end (exclusive); absent when subject is null" },
                         { ".layers.facts.items[].subject_class", "string", "zone, region, country, company or body; absent when subject is null" },
                         { ".layers.facts.items[].subject_source", "string", "clause (named before the figure), scope (a scope word before it: 全国, 我国, 全省, 本港) or document (the document's subject); absent when subject is null" },
                         { ".layers.facts.items[].period", "object|null", "when: from the timeline item that dates the figure, else the publication year; null when there is neither" },
                         { ".layers.facts.items[].period.from", "string|null", "first day, inclusive ISO date; null for an open start (截至…)" },
                         { ".layers.facts.items[].period.to", "string|null", "last day, inclusive ISO date; null for an open end" },
                         { ".layers.facts.items[].period.granularity", "string", "timeline's granularity (day, month, quarter, half, year, years…), months for N个月来" },
                         { ".layers.facts.items[].period.scope", "string", "the rule that chose it: clause, segment, sentence, paragraph, heading, context, publication" },
                         { ".layers.facts.items[].period.start", "integer", "the date expression: start, in code points; absent when scope is publication" },
                         { ".layers.facts.items[].period.end", "integer", "the date expression: end (exclusive); absent when scope is publication" },
                         { ".layers.facts.items[].period.text", "string", "the date expression as written (N年来 with 来); absent when scope is publication" },
                         { ".layers.facts.items[].value", "number|null", "numbers' value; null for a rate without a base figure (同比增长12%) and for vague amounts" },
                         { ".layers.facts.items[].value_text", "string|null", "numbers' value_text; absent for a rate without a base figure" },
                         { ".layers.facts.items[].unit", "string", "numbers' unit (CNY, t, %, 家…); absent when it has none or for a rate without a base figure" },
                         { ".layers.facts.items[].kind", "string", "numbers' kind: money, mass, area, length, volume, energy, power, count, percent, percentage_point, ratio, multiple; absent for a rate without a base figure" },
                         { ".layers.facts.items[].approx", "string", "only when numbers has one: about, more_than, at_least, less_than, at_most, nearly" },
                         { ".layers.facts.items[].low", "number|null", "only when numbers has one: the low end of a range or bound" },
                         { ".layers.facts.items[].low_text", "string", "only with low: as an exact decimal string" },
                         { ".layers.facts.items[].high", "number|null", "only when numbers has one: the high end of a range or bound" },
                         { ".layers.facts.items[].high_text", "string", "only with high: as an exact decimal string" },
                         { ".layers.facts.items[].share", "string", "only when numbers has one: the whole a percentage is part of" },
                         { ".layers.facts.items[].change", "object|null", "the rate or amount of change attached to the figure; null when there is none" },
                         { ".layers.facts.items[].change.value", "number|null", "the rate's value (12.1 for 12.1%)" },
                         { ".layers.facts.items[].change.unit", "string", "the rate's unit: %, pp, ×, or the figure's unit for an amount; absent when numbers gave none" },
                         { ".layers.facts.items[].change.direction", "string|null", "up (growth, multiply) or down (decline); null when numbers gave no change word" },
                         { ".layers.facts.items[].change.basis", "string|null", "yoy (同比), mom (环比), qoq (比上季度), ytd (比年初); null when none is written" },
                         { ".layers.facts.items[].change.start", "integer", "the rate: start, in code points" },
                         { ".layers.facts.items[].change.end", "integer", "the rate: end (exclusive)" },
                         { ".layers.facts.items[].change.text", "string", "the rate as written" },
                         { ".layers.facts.items[].modality", "string|null", "actual, forecast, target or plan: numbers' (of the figure, else of its rate) unless actual; else a plan/forecast/target word of the clause; null after a rule word; else numbers' actual; else actual when the period ended before publication or holds it; else null" }),
                       .options = DS_OPTIONS ({ "words", "facts.txt",
                                                "word lists (change bases, subject stop words): a file name looked up in the data folders, or an absolute path" },
                                              { "subjects", "subjects.txt",
                                                "subject suffixes and the words that are no subject, shared with numbers: a file name looked up in the data folders, or an absolute path" }),
                       .init = facts_init,
                       .process = facts_process,
                       .finalize = facts_finalize,
                       .render = facts_render,
                       .data_files = DS_STRV ("facts.txt", "subjects.txt"))
