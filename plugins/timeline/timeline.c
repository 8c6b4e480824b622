/* timeline.c: the `timeline` plugin (issue 5). Dated events resolved
 * against the publication date and ordered into a timeline.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>

#include <stdio.h>
#include <string.h>

#include "tl-scan.h"

#define TL_LUNAR_FILE "timeline-lunar.tsv"
#define TL_POLITICAL_FILE "calendar-political.tsv"
#define TL_HOLIDAYS_FILE "timeline-holidays.tsv"
#define TL_SOLAR_TERMS_FILE "timeline-solar-terms.tsv"
#define TL_WORDS_FILE "timeline-words.txt"

typedef struct
{
  TlLunarTable *lunar;
  TlPolCalendar *pol;
  TlHolidays *hol;
  TlSolarTerms *terms;
  TlWords *words;
  TlTables tables;
  gboolean has_reference;
  gint32 reference;
  gboolean text_format;
  int taiwan; /* -1 auto */
} Timeline;

static void
timeline_finalize (gpointer state)
{
  Timeline *tl = state;
  if (!tl)
    return;
  tl_lunar_table_free (tl->lunar);
  tl_pol_calendar_free (tl->pol);
  tl_holidays_free (tl->hol);
  tl_solar_terms_free (tl->terms);
  tl_words_free (tl->words);
  g_free (tl);
}

typedef enum
{
  TABLE_LUNAR,
  TABLE_POLITICAL,
  TABLE_SOLAR_TERMS,
  TABLE_HOLIDAYS,
  TABLE_WORDS,
} TableKind;

static gboolean
load_table (DsPluginContext *ctx, Timeline *tl, const char *file, gpointer *out, TableKind kind, GError **error)
{
  g_autofree char *path = g_path_is_absolute (file) ? (g_file_test (file, G_FILE_TEST_EXISTS) ? g_strdup (file) : NULL)
                                                     : ds_plugin_context_find_data_file (ctx, file);
  if (!path)
    {
      g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_DATA_FILE,
                   "timeline: data file %s not found (looked in $DOCSIFT_DATA_DIR, the user config folder and the installed data folder)", file);
      return FALSE;
    }
  g_autoptr (GError) local = NULL;
  switch (kind)
    {
    case TABLE_LUNAR: *out = tl_lunar_table_load (path, &local); break;
    case TABLE_POLITICAL: *out = tl_pol_calendar_load (path, &local); break;
    case TABLE_SOLAR_TERMS: *out = tl_solar_terms_load (path, &local); break;
    case TABLE_HOLIDAYS: *out = tl_holidays_load (path, tl->terms, &local); break;
    default: *out = tl_words_load (path, &local); break;
    }
  if (!*out)
    {
      g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_DATA_FILE, "timeline: cannot load %s: %s", file, local->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
timeline_init (DsPluginContext *ctx, gpointer *state, GError **error)
{
  Timeline *tl = g_new0 (Timeline, 1);
  gpointer p = NULL;
  if (!load_table (ctx, tl, ds_plugin_context_get_option (ctx, "lunar_table"), &p, TABLE_LUNAR, error))
    goto fail;
  tl->lunar = p;
  if (!load_table (ctx, tl, ds_plugin_context_get_option (ctx, "political_calendar"), &p, TABLE_POLITICAL, error))
    goto fail;
  tl->pol = p;
  if (!load_table (ctx, tl, ds_plugin_context_get_option (ctx, "solar_terms"), &p, TABLE_SOLAR_TERMS, error))
    goto fail;
  tl->terms = p;
  if (!load_table (ctx, tl, ds_plugin_context_get_option (ctx, "holidays"), &p, TABLE_HOLIDAYS, error))
    goto fail;
  tl->hol = p;
  if (!load_table (ctx, tl, ds_plugin_context_get_option (ctx, "words"), &p, TABLE_WORDS, error))
    goto fail;
  tl->words = p;
  tl->tables.words = tl->words;
  tl->tables.lunar = tl->lunar;
  tl->tables.pol = tl->pol;
  tl->tables.hol = tl->hol;
  tl->tables.terms = tl->terms;

  const char *ref = ds_plugin_context_get_option (ctx, "reference");
  if (ref && *ref)
    {
      if (!tl_parse_iso_day (ref, &tl->reference))
        {
          g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_BAD_OPTION,
                       "timeline.reference: \"%s\" is not a date (want YYYY-MM-DD)", ref);
          goto fail;
        }
      tl->has_reference = TRUE;
    }
  const char *fmt = ds_plugin_context_get_option (ctx, "format");
  if (g_strcmp0 (fmt, "text") == 0)
    tl->text_format = TRUE;
  else if (fmt && *fmt && g_strcmp0 (fmt, "json") != 0)
    {
      g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_BAD_OPTION,
                   "timeline.format: \"%s\" (want json or text)", fmt);
      goto fail;
    }
  const char *tw = ds_plugin_context_get_option (ctx, "taiwan");
  if (!tw || !*tw || g_str_equal (tw, "auto"))
    tl->taiwan = -1;
  else
    {
      gboolean b;
      if (!ds_plugin_context_get_boolean (ctx, "taiwan", &b, NULL))
        {
          g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_BAD_OPTION,
                       "timeline.taiwan: \"%s\" (want auto, true or false)", tw);
          goto fail;
        }
      tl->taiwan = b ? 1 : 0;
    }
  *state = tl;
  return TRUE;
fail:
  timeline_finalize (tl);
  return FALSE;
}

/* meta.published as given in JSON input: ISO (with THH:MM when there is a
 * time), or anything the recogniser reads; *minute is -1 without a time */
static gboolean
parse_published (Timeline *tl, const char *s, gint32 *day, int *minute)
{
  *minute = -1;
  if (tl_parse_iso_day (s, day))
    {
      int h, m;
      if (strlen (s) >= 16 && (s[10] == 'T' || s[10] == ' ') && sscanf (s + 11, "%2d:%2d", &h, &m) == 2 && h < 24 && m < 60)
        *minute = h * 60 + m;
      return TRUE;
    }
  /* meta is not normalized: the Traditional spelling of a Minguo date
   * (中華民國104年10月10日) is the one a feed writes there */
  g_autoptr (GString) simp = g_string_new (s);
  const char *const *folds = tl->words ? tl_words_get_meta_folds (tl->words) : NULL; /* [meta.folds] */
  for (guint k = 0; folds && folds[k]; k += 2)
    g_string_replace (simp, folds[k], folds[k + 1], 0);
  g_autoptr (TlText) t = tl_text_new (simp->str, simp->len);
  const char *src;
  gsize a, b;
  return tl_find_published (&tl->tables, t, day, minute, &src, &a, &b);
}

static void
set_point (JsonObject *o, const char *key, gboolean has, gint32 day, int minute)
{
  if (!has)
    {
      json_object_set_null_member (o, key);
      return;
    }
  char buf[40];
  tl_format_point (day, minute, buf, sizeof buf);
  json_object_set_string_member (o, key, buf);
}

static char *render_layer (JsonObject *layer);

static gboolean
timeline_process (gpointer state, DsDocument *doc, GError **error)
{
  Timeline *tl = state;
  DsView *view = ds_document_get_view (doc, "normalized");
  gsize len = 0;
  const char *text = ds_view_get_text (view, &len);
  g_autoptr (TlText) t = tl_text_new (text, len);

  TlScanOptions opts = { 0 };
  opts.taiwan = tl->taiwan;
  const char *source = NULL;
  int minute = -1;
  gsize ps = 0, pe = 0;
  gboolean header_span = FALSE;
  if (tl->has_reference)
    {
      opts.has_ref = TRUE;
      opts.ref = tl->reference;
      source = "option";
    }
  else
    {
      const char *meta = ds_document_get_meta_string (doc, "published");
      if (meta && parse_published (tl, meta, &opts.ref, &minute))
        {
          opts.has_ref = TRUE;
          const char *ms = ds_document_get_meta_string (doc, "published_source");
          source = ms ? ms : "meta";
          /* docsift's own output read again: the date came from this text's
           * header (published_source names it), so the reference keeps its
           * span and re-running timeline gives the same layer */
          gint32 found;
          int found_minute = -1;
          const char *found_source = NULL;
          if (ms && tl_find_published (&tl->tables, t, &found, &found_minute, &found_source, &ps, &pe)
              && found == opts.ref && found_minute == minute && g_strcmp0 (found_source, ms) == 0)
            header_span = TRUE;
        }
      else if (tl_find_published (&tl->tables, t, &opts.ref, &minute, &source, &ps, &pe))
        {
          opts.has_ref = TRUE;
          header_span = TRUE;
          char buf[40];
          tl_format_point (opts.ref, minute, buf, sizeof buf);
          ds_document_set_meta_string (doc, "published", buf);
          ds_document_set_meta_string (doc, "published_source", source);
        }
    }

  opts.has_ref_time = opts.has_ref && minute >= 0;
  opts.ref_min = minute;
  g_autoptr (GArray) exprs = tl_scan (&tl->tables, t, &opts);

  /* sentences without any date expression (exprs are in text order here) */
  guint n_sent = 0, undated = 0;
  const DsSpan *sent = ds_view_get_sentences (view, &n_sent);
  guint k = 0;
  for (guint s = 0; s < n_sent; s++)
    {
      while (k < exprs->len && g_array_index (exprs, TlExpr, k).end <= sent[s].start)
        k++;
      if (!(k < exprs->len && g_array_index (exprs, TlExpr, k).start < sent[s].end))
        undated++;
    }

  tl_sort (exprs);

  DsLayer *layer = ds_document_add_layer (doc, "timeline");
  JsonObject *lo = ds_layer_get_object (layer);
  if (opts.has_ref)
    {
      JsonObject *r = json_object_new ();
      set_point (r, "date", TRUE, opts.ref, minute);
      json_object_set_string_member (r, "source", source);
      if (header_span)
        ds_layer_set_span (layer, r, view, ps, pe, NULL);
      json_object_set_object_member (lo, "reference", r);
    }
  else
    {
      /* no date in the header: say so, relative expressions stay unresolved */
      JsonObject *r = json_object_new ();
      json_object_set_null_member (r, "date");
      json_object_set_string_member (r, "source", "none");
      json_object_set_object_member (lo, "reference", r);
    }

  guint n_resolved = 0;
  for (guint i = 0; i < exprs->len; i++)
    {
      const TlExpr *e = &g_array_index (exprs, TlExpr, i);
      JsonObject *it = ds_layer_add_span (layer, view, e->start, e->end);
      gboolean resolved = e->resolved && (e->has_from || e->has_to);
      set_point (it, "from", resolved && e->has_from, e->from, e->from_min);
      set_point (it, "to", resolved && e->has_to, e->to, e->to_min);
      if (tl_gran_name (e->gran))
        json_object_set_string_member (it, "granularity", tl_gran_name (e->gran));
      else
        json_object_set_null_member (it, "granularity");
      json_object_set_boolean_member (it, "resolved", resolved);
      json_object_set_boolean_member (it, "vague", e->vague);
      json_object_set_boolean_member (it, "relative", e->relative);
      if (e->relative && e->anchor)
        json_object_set_string_member (it, "anchor", e->anchor);
      if (e->bound)
        json_object_set_string_member (it, "bound", e->bound);
      if (e->repaired)
        json_object_set_boolean_member (it, "repaired", TRUE);
      json_object_set_string_member (it, "kind", e->kind);
      if (e->tense != TL_TENSE_NONE)
        json_object_set_string_member (it, "tense", tl_tense_name (e->tense));
      else
        json_object_set_null_member (it, "tense");
      if (!resolved)
        json_object_set_string_member (it, "reason", e->reason ? e->reason : "unresolved");
      if (e->note)
        json_object_set_string_member (it, "note", e->note);
      if (e->ev_end > e->ev_start)
        ds_layer_set_span (layer, it, view, e->ev_start, e->ev_end, "event");
      n_resolved += resolved;
      ds_layer_compact (layer); /* it is finished: keep it as text */
    }
  json_object_set_int_member (lo, "count", exprs->len);
  json_object_set_int_member (lo, "resolved", n_resolved);
  json_object_set_int_member (lo, "sentences", n_sent);
  json_object_set_int_member (lo, "undated_sentences", undated);
  if (tl->text_format)
    {
      g_autofree char *r = render_layer (ds_layer_get_object (layer)); /* with the items, as objects */
      json_object_set_string_member (lo, "rendered", r ? r : "");
    }
  return TRUE;
}

static const char *
member_str (JsonObject *o, const char *k)
{
  JsonNode *n = json_object_get_member (o, k);
  return n && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING ? json_node_get_string (n) : NULL;
}

static char *
render_layer (JsonObject *lo)
{
  GString *out = g_string_new (NULL);
  JsonNode *rn = json_object_get_member (lo, "reference");
  if (rn && JSON_NODE_HOLDS_OBJECT (rn) && member_str (json_node_get_object (rn), "date"))
    {
      JsonObject *r = json_node_get_object (rn);
      g_string_append_printf (out, "reference %s (%s)\n", member_str (r, "date") ?: "?", member_str (r, "source") ?: "?");
    }
  else
    g_string_append (out, "reference: none (relative expressions unresolved)\n");
  JsonNode *in = json_object_get_member (lo, "items");
  JsonArray *items = in && JSON_NODE_HOLDS_ARRAY (in) ? json_node_get_array (in) : NULL;
  for (guint i = 0; items && i < json_array_get_length (items); i++)
    {
      JsonObject *it = json_array_get_object_element (items, i);
      if (!it)
        continue;
      const char *from = member_str (it, "from"), *to = member_str (it, "to");
      char when[64];
      if (from && to && g_str_equal (from, to))
        g_snprintf (when, sizeof when, "%s", from);
      else if (from || to)
        g_snprintf (when, sizeof when, "%s … %s", from ? from : "", to ? to : "");
      else
        g_snprintf (when, sizeof when, "(unresolved)");
      g_string_append_printf (out, "%-25s %-8s %-8s %s", when, member_str (it, "granularity") ?: "",
                              member_str (it, "tense") ?: "", member_str (it, "text") ?: "");
      const char *ev = member_str (it, "event");
      if (ev)
        {
          g_autofree char *flat = g_strdup (ev);
          g_strdelimit (flat, "\r\n\t", ' ');
          g_string_append_printf (out, "  — %s", flat);
        }
      const char *why = member_str (it, "reason");
      if (why)
        g_string_append_printf (out, "  [%s]", why);
      g_string_append_c (out, '\n');
    }
  if (json_object_has_member (lo, "undated_sentences"))
    g_string_append_printf (out, "%" G_GINT64_FORMAT " undated sentence(s)\n", json_object_get_int_member (lo, "undated_sentences"));
  return g_string_free (out, FALSE);
}

static char *
timeline_render (gpointer state, DsDocument *doc)
{
  DsLayer *layer = ds_document_get_layer (doc, "timeline");
  if (!layer)
    return NULL;
  return render_layer (ds_layer_get_object (layer));
}

DOCSIFT_PLUGIN_DEFINE (.name = "timeline",
                       .version = "0.1.0",
                       .description = "Dated events: date expressions resolved against the publication date, ordered",
                       .license = "LGPL-2.1-or-later",
                       .requires = DS_STRV ("normalized"),
                       .provides = DS_STRV ("timeline"),
                       .fields = DS_FIELDS (
                         { ".layers.timeline.reference.date", "string|null", "the publication date everything relative is resolved against (2022-01-05, 2022-01-05T09:16 with a time); null when none is known" },
                         { ".layers.timeline.reference.source", "string", "where it came from: option, meta, header:<label>, dateline, first-date, none" },
                         { ".layers.timeline.reference.start", "integer", "only when found in the text: the header date's start, in code points of the original" },
                         { ".layers.timeline.reference.end", "integer", "only when found in the text: its end (exclusive)" },
                         { ".layers.timeline.reference.text", "string", "only when found in the text: the header date as written" },
                         { ".layers.timeline.count", "integer", "date expressions (items)" },
                         { ".layers.timeline.resolved", "integer", "items resolved to dates" },
                         { ".layers.timeline.sentences", "integer", "sentences of the text" },
                         { ".layers.timeline.undated_sentences", "integer", "sentences with no date expression" },
                         { ".layers.timeline.rendered", "string", "with -o timeline.format=text: the readable timeline" },
                         { ".layers.timeline.items[].start", "integer", "the expression: start, in code points of the original text" },
                         { ".layers.timeline.items[].end", "integer", "the expression: end (exclusive), in code points" },
                         { ".layers.timeline.items[].text", "string", "the expression as written (2022年1月25日, 今年上半年, “十四五”开局)" },
                         { ".layers.timeline.items[].from", "string|null", "first day, inclusive ISO date (with THH:MM for a time); null for an open start (until) or when unresolved" },
                         { ".layers.timeline.items[].to", "string|null", "last day, inclusive ISO date; null for an open end (since) or when unresolved" },
                         { ".layers.timeline.items[].granularity", "string|null", "minute, day, week, month, quarter, half, year, years; null when unresolved" },
                         { ".layers.timeline.items[].resolved", "boolean", "false when it could not be dated (see reason)" },
                         { ".layers.timeline.items[].vague", "boolean", "true for approximate dates (近年来, 年中, 春节前后, 当时)" },
                         { ".layers.timeline.items[].relative", "boolean", "true when resolved against the reference date or the year in context" },
                         { ".layers.timeline.items[].anchor", "string", "only when relative: reference (the publication date) or context (a year or plan written before it)" },
                         { ".layers.timeline.items[].bound", "string", "only for open intervals: until (截至…, …以前) or since (自…以来, …起)" },
                         { ".layers.timeline.items[].repaired", "boolean", "only when a scraping accident was undone ((20212035) read as 2021—2035): true" },
                         { ".layers.timeline.items[].kind", "string", "date, relative, period, plan, holiday, lunar, political, anniversary" },
                         { ".layers.timeline.items[].tense", "string|null", "past, ongoing or planned, from markers in the clause, else from the interval against the reference; null when neither tells" },
                         { ".layers.timeline.items[].reason", "string", "only when not resolved: why (no reference date, 2月30日 does not exist…)" },
                         { ".layers.timeline.items[].note", "string", "only when the derivation is not obvious: how it was dated (five-year plan 14: 2021–2025; the year in context…)" },
                         { ".layers.timeline.items[].event", "string", "the clause the expression dates, as written; absent when it has none" },
                         { ".layers.timeline.items[].event_start", "integer", "the clause: start, in code points; absent with event" },
                         { ".layers.timeline.items[].event_end", "integer", "the clause: end (exclusive); absent with event" }),
                       .options = DS_OPTIONS ({ "reference", "", "reference date YYYY-MM-DD (overrides the publication date found in the document)" },
                                              { "format", "json", "json, or text: also store a readable timeline in the layer's \"rendered\" member" },
                                              { "lunar_table", TL_LUNAR_FILE, "lunar calendar data file (config folder name or absolute path)" },
                                              { "political_calendar", TL_POLITICAL_FILE, "political calendar data file (config folder name or absolute path)" },
                                              { "holidays", TL_HOLIDAYS_FILE, "holidays and festivals data file (config folder name or absolute path)" },
                                              { "solar_terms", TL_SOLAR_TERMS_FILE, "solar terms data file (config folder name or absolute path)" },
                                              { "words", TL_WORDS_FILE, "the grammar's word lists (config folder name or absolute path)" },
                                              { "taiwan", "auto", "auto (中華民國/民國 in the text), true or false: Minguo years and 國慶 = 10-10" }),
                       .init = timeline_init,
                       .process = timeline_process,
                       .finalize = timeline_finalize,
                       .render = timeline_render)
