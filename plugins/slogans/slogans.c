/* slogans.c: the `slogans` plugin: political slogans and formulas per document.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>

#include <string.h>

#include "slogans-lexicon.h"
#include "slogans-scan.h"

#define SLOGANS_VERSION "1.0.0"

typedef struct
{
  SloganLexicon *lex;
  SloganConfig cfg;
  gboolean emit_rejected;
} SlogansState;

static void
slogans_finalize (gpointer data)
{
  SlogansState *st = data;
  if (st == NULL)
    return;
  slogan_lexicon_free (st->lex);
  g_free (st);
}

static gboolean
get_uint_option (DsPluginContext *ctx, const char *key, guint min, guint max, guint *out,
                 GError **error)
{
  gint64 v = 0;
  if (!ds_plugin_context_get_int (ctx, key, &v, error))
    return FALSE;
  if (v < (gint64) min || v > (gint64) max)
    {
      g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_BAD_OPTION,
                   "slogans.%s=%" G_GINT64_FORMAT ": must be between %u and %u", key, v, min,
                   max);
      return FALSE;
    }
  *out = (guint) v;
  return TRUE;
}

static gboolean
load_lexicon (DsPluginContext *ctx, SloganLexicon *lex, const char *name, GError **error)
{
  g_autofree char *path = NULL;
  if (g_path_is_absolute (name))
    path = g_strdup (name);
  else
    path = ds_plugin_context_find_data_file (ctx, name);
  if (path == NULL)
    {
      g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_DATA_FILE,
                   "slogans: lexicon “%s” not found in the data folders "
                   "($DOCSIFT_DATA_DIR, $XDG_CONFIG_HOME/docsift, the installed data folder)",
                   name);
      return FALSE;
    }
  g_autoptr (GError) local = NULL;
  if (!slogan_lexicon_add_file (lex, path, &local))
    {
      g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_DATA_FILE, "slogans: %s",
                   local->message);
      return FALSE;
    }
  return TRUE;
}

/* slogans-words.txt: the word lists, through the toolkit's reader */
static gboolean
load_words (DsPluginContext *ctx, SloganLexicon *lex, const char *name, GError **error)
{
  g_autofree char *path = g_path_is_absolute (name) ? g_strdup (name)
                                                    : ds_plugin_context_find_data_file (ctx, name);
  if (path == NULL)
    {
      g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_DATA_FILE,
                   "slogans: word lists “%s” not found in the data folders", name);
      return FALSE;
    }
  g_autoptr (GError) local = NULL;
  if (!slogan_lexicon_load_words (lex, path, &local))
    {
      g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_DATA_FILE, "slogans: %s",
                   local->message);
      return FALSE;
    }
  return TRUE;
}

static JsonArray *
features_to_array (guint features)
{
  JsonArray *a = json_array_new ();
  for (guint k = 0; k < SLOGAN_N_FEATURES; k++)
    if (features & (1u << k))
      json_array_add_string_element (a, slogan_feature_name (k));
  return a;
}

static gboolean
slogans_init (DsPluginContext *ctx, gpointer *state, GError **error)
{
  g_autoptr (SloganLexicon) lex = slogan_lexicon_new ();
  SloganConfig cfg = SLOGAN_CONFIG_INIT;
  gboolean emit_rejected = FALSE;

  if (!get_uint_option (ctx, "min_chars", 1, 64, &cfg.min_chars, error) ||
      !get_uint_option (ctx, "max_chars", 1, 64, &cfg.max_chars, error) ||
      !get_uint_option (ctx, "max_formula_chars", 2, 64, &cfg.max_formula_chars, error) ||
      !get_uint_option (ctx, "repeat", 0, 1000, &cfg.repeat, error) ||
      !ds_plugin_context_get_boolean (ctx, "bare_numerals", &cfg.bare_numerals, error) ||
      !ds_plugin_context_get_boolean (ctx, "emit_rejected", &emit_rejected, error))
    return FALSE;
  if (cfg.min_chars > cfg.max_chars)
    {
      g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_BAD_OPTION,
                   "slogans.min_chars=%u is larger than slogans.max_chars=%u", cfg.min_chars,
                   cfg.max_chars);
      return FALSE;
    }

  if (!load_words (ctx, lex, ds_plugin_context_get_option (ctx, "word_lists"), error) ||
      !load_lexicon (ctx, lex, ds_plugin_context_get_option (ctx, "lexicon"), error))
    return FALSE;
  g_auto (GStrv) extra = g_strsplit (ds_plugin_context_get_option (ctx, "extra_lexicons"), ",", -1);
  for (guint i = 0; extra[i]; i++)
    {
      g_strstrip (extra[i]);
      if (extra[i][0] && !load_lexicon (ctx, lex, extra[i], error))
        return FALSE;
    }
  slogan_lexicon_finish (lex);

  SlogansState *st = g_new0 (SlogansState, 1);
  st->lex = g_steal_pointer (&lex);
  st->cfg = cfg;
  st->emit_rejected = emit_rejected;
  *state = st;
  return TRUE;
}

static JsonArray *
strv_to_array (GPtrArray *a)
{
  JsonArray *arr = json_array_new ();
  for (guint i = 0; i < a->len; i++)
    json_array_add_string_element (arr, g_ptr_array_index (a, i));
  return arr;
}

static JsonArray *
parts_to_array (GPtrArray *parts)
{
  JsonArray *arr = json_array_new ();
  for (guint i = 0; i < parts->len; i++)
    {
      const SloganPart *part = g_ptr_array_index (parts, i);
      JsonObject *o = json_object_new ();
      if (part->n >= 0)
        json_object_set_int_member (o, "n", part->n);
      else
        json_object_set_string_member (o, "symbol", part->numeral);
      if (part->head[0])
        json_object_set_string_member (o, "head", part->head);
      if (part->classifier)
        json_object_set_string_member (o, "classifier", part->classifier);
      json_array_add_object_element (arr, o);
    }
  return arr;
}

static gboolean
slogans_process (gpointer data, DsDocument *doc, GError **error)
{
  SlogansState *st = data;
  DsView *view = ds_document_get_view_or_original (doc, "normalized");
  gsize len = 0;
  const char *text = ds_view_get_text (view, &len);

  g_autoptr (SloganResult) res = slogan_scan (st->lex, &st->cfg, text, len);
  DsLayer *layer = ds_document_add_layer (doc, "slogans");
  JsonObject *lo = ds_layer_get_object (layer);
  guint total = 0;

  for (guint i = 0; i < res->items->len; i++)
    {
      const SloganItem *item = g_ptr_array_index (res->items, i);
      const SloganOcc *first = &g_array_index (item->occs, SloganOcc, 0);
      JsonObject *o = ds_layer_add_span (layer, view, first->start, first->end);
      json_object_set_string_member (o, "slogan", item->key);
      json_object_set_string_member (o, "kind", slogan_kind_to_string (item->kind));
      if (item->entry && item->entry->category)
        json_object_set_string_member (o, "category", item->entry->category);
      if (item->entry && strcmp (item->entry->canonical, item->key) != 0)
        json_object_set_string_member (o, "entry", item->entry->canonical);
      json_object_set_int_member (o, "count", item->occs->len);
      json_object_set_int_member (o, "quoted", item->quoted);
      json_object_set_string_member (o, "evidence", item->reason);
      if (item->cue)
        json_object_set_string_member (o, "cue", item->cue);
      if (item->features)
        {
          json_object_set_int_member (o, "score", item->score);
          json_object_set_array_member (o, "features", features_to_array (item->features));
        }
      if (item->parts->len)
        json_object_set_array_member (o, "parts", parts_to_array (item->parts));
      if (item->plan)
        json_object_set_int_member (o, "plan", item->plan);
      if (item->joined_from->len)
        json_object_set_array_member (o, "joined_from", strv_to_array (item->joined_from));
      if (item->part_of->len)
        json_object_set_array_member (o, "part_of", strv_to_array (item->part_of));

      JsonArray *spans = json_array_new ();
      JsonArray *forms = json_array_new ();
      g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint k = 0; k < item->occs->len; k++)
        {
          const SloganOcc *occ = &g_array_index (item->occs, SloganOcc, k);
          JsonObject *so = json_object_new ();
          ds_layer_set_span (layer, so, view, occ->start, occ->end, NULL);
          json_object_set_boolean_member (so, "quoted", occ->quoted);
          const char *surface = json_object_get_string_member (so, "text");
          if (surface && !g_hash_table_contains (seen, surface))
            {
              g_hash_table_add (seen, (gpointer) surface);
              json_array_add_string_element (forms, surface);
            }
          json_array_add_object_element (spans, so);
        }
      json_object_set_array_member (o, "forms", forms);
      json_object_set_array_member (o, "spans", spans);
      total += item->occs->len;
      ds_layer_compact (layer); /* o is finished: keep it as text */
    }

  JsonArray *titles = json_array_new ();
  for (guint i = 0; i < res->titles->len; i++)
    {
      const SloganSpan *t = &g_array_index (res->titles, SloganSpan, i);
      JsonObject *to = json_object_new ();
      ds_layer_set_span (layer, to, view, t->start, t->end, NULL);
      json_array_add_object_element (titles, to);
    }
  json_object_set_array_member (lo, "titles", titles);

  JsonObject *summary = json_object_new ();
  json_object_set_int_member (summary, "slogans", res->items->len);
  json_object_set_int_member (summary, "mentions", total);
  json_object_set_int_member (summary, "quotes", res->n_quotes);
  json_object_set_int_member (summary, "quotes_rejected", res->rejected->len);
  json_object_set_int_member (summary, "quotes_unclosed", res->n_unclosed);
  json_object_set_object_member (lo, "summary", summary);

  if (st->emit_rejected)
    {
      JsonArray *rej = json_array_new ();
      for (guint i = 0; i < res->rejected->len; i++)
        {
          const SloganSpan *r = &g_array_index (res->rejected, SloganSpan, i);
          JsonObject *ro = json_object_new ();
          ds_layer_set_span (layer, ro, view, r->start, r->end, NULL);
          json_object_set_string_member (ro, "reason", r->reason);
          if (r->features)
            {
              json_object_set_int_member (ro, "score", r->score);
              json_object_set_array_member (ro, "features", features_to_array (r->features));
            }
          json_array_add_object_element (rej, ro);
        }
      json_object_set_array_member (lo, "rejected", rej);
    }
  return TRUE;
}

static char *
slogans_render (gpointer data, DsDocument *doc)
{
  DsLayer *layer = ds_document_get_layer (doc, "slogans");
  if (layer == NULL)
    return NULL;
  JsonArray *items = ds_layer_get_items (layer);
  guint n = json_array_get_length (items);
  if (n == 0)
    return NULL;
  GString *out = g_string_new ("slogans:");
  for (guint i = 0; i < n; i++)
    {
      JsonObject *o = json_array_get_object_element (items, i);
      g_string_append_printf (out, "%s %s ×%" G_GINT64_FORMAT " (%s)", i ? "," : "",
                              json_object_get_string_member (o, "slogan"),
                              json_object_get_int_member (o, "count"),
                              json_object_get_string_member (o, "kind"));
    }
  return g_string_free (out, FALSE);
}

DOCSIFT_PLUGIN_DEFINE (
  .name = "slogans",
  .version = SLOGANS_VERSION,
  .description = "Political slogans and numeral formulas (一优两高, “六稳”“六保”, 十四五), counted per document",
  .license = "LGPL-2.1-or-later",
  .requires = DS_STRV ("normalized"),
  .provides = DS_STRV ("slogans"),
  .data_files = DS_STRV ("slogans.txt", "slogans-words.txt"),
  .fields = DS_FIELDS (
    { ".layers.slogans.items", "array", "one slogan per item, by count then first position" },
    { ".layers.slogans.items[].start", "integer", "first occurrence: start, in code points of the original text" },
    { ".layers.slogans.items[].end", "integer", "first occurrence: end (exclusive), in code points" },
    { ".layers.slogans.items[].text", "string", "first occurrence as written" },
    { ".layers.slogans.items[].slogan", "string", "the slogan in normalized (Simplified) form, the counting key" },
    { ".layers.slogans.items[].kind", "string", "numeral (parses as a formula), lexicon or quoted" },
    { ".layers.slogans.items[].evidence", "string", "why it is a slogan: numeral, lexicon, parallel or label" },
    { ".layers.slogans.items[].count", "integer", "mentions in the document" },
    { ".layers.slogans.items[].quoted", "integer", "mentions inside quotation marks" },
    { ".layers.slogans.items[].category", "string", "lexicon category (lexicon entries only)" },
    { ".layers.slogans.items[].entry", "string", "the lexicon entry when the text wrote another form of it" },
    { ".layers.slogans.items[].cue", "string", "the cue word that marked a quoted label (labels only)" },
    { ".layers.slogans.items[].score", "integer", "label score: sum of the feature weights (labels only)" },
    { ".layers.slogans.items[].features", "array", "names of the label features that fired (labels only)" },
    { ".layers.slogans.items[].parts", "array", "formula segments {n, symbol, head, classifier} (formulas, parallel phrases)" },
    { ".layers.slogans.items[].plan", "integer", "five-year plan number (14 for 十四五)" },
    { ".layers.slogans.items[].joined_from", "array", "the slogans a joined formula is made of (“六稳”“六保”)" },
    { ".layers.slogans.items[].part_of", "array", "the joined formulas this slogan is part of" },
    { ".layers.slogans.items[].forms", "array", "every form written in the document (strings)" },
    { ".layers.slogans.items[].spans", "array", "every mention: {start, end, text, quoted}" },
    { ".layers.slogans.titles", "array", "《》 titles: {start, end, text}" },
    { ".layers.slogans.summary.slogans", "integer", "slogans found (items)" },
    { ".layers.slogans.summary.mentions", "integer", "mentions of all slogans" },
    { ".layers.slogans.summary.quotes", "integer", "closed quotations seen" },
    { ".layers.slogans.summary.quotes_rejected", "integer", "quotations judged not to be slogans" },
    { ".layers.slogans.summary.quotes_unclosed", "integer", "opening quote marks never closed" },
    { ".layers.slogans.rejected", "array", "with -o slogans.emit_rejected=true: rejected quotes {start, end, text, reason, score, features}" }),
  .options = DS_OPTIONS (
    { "lexicon", "slogans.txt", "lexicon file (a data-file name or an absolute path)" },
    { "word_lists", "slogans-words.txt", "word lists (label-score frames and endings, chain and cue words)" },
    { "extra_lexicons", "", "comma-separated extra lexicon files, loaded after the main one" },
    { "min_chars", "2", "shortest quoted term, in characters" },
    { "max_chars", "12", "longest quoted term, in characters" },
    { "max_formula_chars", "24", "longest quoted numeral formula (lists like 一个…、三个…)" },
    { "repeat", "2", "a phrase quoted this many times is a label (0: off)" },
    { "bare_numerals", "true", "find unquoted numeral formulas (一核两区, 十四五, 1+2+N)" },
    { "emit_rejected", "false", "list the quoted phrases judged not to be slogans, with the reason" }),
  .init = slogans_init,
  .process = slogans_process,
  .finalize = slogans_finalize,
  .render = slogans_render)
