/* numbers-plugin.c: the `numbers` plugin: quantities, their values, units and
 * what they measure.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>
#include "numbers.h"

#include <math.h>

typedef struct
{
  NumUnitTable *table;
  NumWords *words;
  NumOptions opts;
} NumbersState;

/* A data file named by option @key: an absolute path, or a name looked up in the data folders. */
static char *
data_file_option (DsPluginContext *ctx, const char *key, const char *what, GError **error)
{
  const char *name = ds_plugin_context_get_option (ctx, key);
  char *path = g_path_is_absolute (name) ? g_strdup (name) : ds_plugin_context_find_data_file (ctx, name);
  if (!path)
    g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_DATA_FILE, "numbers: %s “%s” not found in the data folders",
                 what, name);
  return path;
}

static gboolean
numbers_init (DsPluginContext *ctx, gpointer *state, GError **error)
{
  const char *include = ds_plugin_context_get_option (ctx, "include");
  gboolean metric = TRUE;
  if (!g_str_equal (include, "quantities") && !g_str_equal (include, "all"))
    {
      g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_BAD_OPTION,
                   "numbers.include must be “quantities” or “all”, not “%s”", include);
      return FALSE;
    }
  if (!ds_plugin_context_get_boolean (ctx, "metric", &metric, error))
    return FALSE;
  g_autofree char *path = data_file_option (ctx, "units", "unit table", error);
  g_autofree char *words_path = path ? data_file_option (ctx, "words", "word lists", error) : NULL;
  g_autofree char *subjects_path = words_path ? data_file_option (ctx, "subjects", "subject lists", error) : NULL;
  if (!subjects_path)
    return FALSE;
  g_autoptr (GError) local = NULL;
  NumUnitTable *table = num_unit_table_load (path, &local);
  if (!table)
    {
      g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_DATA_FILE, "numbers: %s", local->message);
      return FALSE;
    }
  NumWords *words = num_words_load (words_path, subjects_path, &local);
  if (!words)
    {
      num_unit_table_free (table);
      g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_DATA_FILE, "numbers: %s", local->message);
      return FALSE;
    }
  NumbersState *s = g_new0 (NumbersState, 1);
  s->table = table;
  s->words = words;
  s->opts.include_all = g_str_equal (include, "all");
  s->opts.metric = metric;
  *state = s;
  return TRUE;
}

static void
numbers_finalize (gpointer state)
{
  NumbersState *s = state;
  if (!s)
    return;
  num_unit_table_free (s->table);
  num_words_free (s->words);
  g_free (s);
}

static void
set_number (JsonObject *item, const char *member, double v, const char *text)
{
  if (isfinite (v))
    json_object_set_double_member (item, member, v);
  else
    json_object_set_null_member (item, member);
  (void) text;
}

static gboolean
numbers_process (gpointer state, DsDocument *doc, GError **error)
{
  NumbersState *s = state;
  DsView *view = ds_document_get_view_or_original (doc, "normalized");
  gsize len = 0;
  const char *text = ds_view_get_text (view, &len);
  /* the script of the original text (a Hong Kong text is told by it and its words) */
  DsLayer *normalize = ds_document_get_layer (doc, "normalize");
  const char *script = normalize ? json_object_get_string_member_with_default (ds_layer_get_object (normalize),
                                                                               "script", NULL)
                                 : NULL;
  GArray *mentions = num_extract (s->table, s->words, text, len, &s->opts, script);
  DsLayer *layer = ds_document_add_layer (doc, "numbers");
  JsonObject *lo = ds_layer_get_object (layer); /* before the items: see ds_layer_compact() */
  guint n_reported = 0;
  for (guint i = 0; i < mentions->len; i++)
    {
      NumMention *m = &g_array_index (mentions, NumMention, i);
      JsonObject *item = ds_layer_add_span (layer, view, m->start, m->end);
      if (m->value_text || !isnan (m->value))
        {
          set_number (item, "value", m->value, m->value_text);
          if (!isfinite (m->value))
            json_object_set_string_member (item, "reason",
                                           m->value_text ? "out of double range" : "no single value");
        }
      else
        {
          json_object_set_null_member (item, "value");
          json_object_set_string_member (item, "reason", m->low_text ? "range" : "vague");
        }
      if (m->value_text)
        json_object_set_string_member (item, "value_text", m->value_text);
      else
        json_object_set_null_member (item, "value_text");
      if (m->unit)
        json_object_set_string_member (item, "unit", m->unit);
      json_object_set_string_member (item, "kind", m->kind ? m->kind : "number");
      if (m->approx)
        json_object_set_string_member (item, "approx", m->approx);
      if (m->low_text)
        {
          set_number (item, "low", m->low, m->low_text);
          json_object_set_string_member (item, "low_text", m->low_text);
        }
      if (m->high_text)
        {
          set_number (item, "high", m->high, m->high_text);
          json_object_set_string_member (item, "high_text", m->high_text);
        }
      if (m->change)
        json_object_set_string_member (item, "change", m->change);
      if (m->share)
        json_object_set_string_member (item, "share", m->share);
      if (m->modality)
        json_object_set_string_member (item, "modality", m->modality);
      if (m->metric)
        json_object_set_string_member (item, "metric", m->metric);
      if (m->excluded)
        json_object_set_string_member (item, "excluded", m->excluded);
      else
        n_reported++;
      ds_layer_compact (layer); /* item is finished: keep it as text */
    }
  json_object_set_int_member (lo, "count", n_reported);
  num_mentions_free (mentions);
  (void) error;
  return TRUE;
}

static char *
numbers_render (gpointer state, DsDocument *doc)
{
  DsLayer *layer = ds_document_get_layer (doc, "numbers");
  if (!layer)
    return NULL;
  JsonArray *items = ds_layer_get_items (layer);
  if (json_array_get_length (items) == 0)
    return NULL;
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *it = json_array_get_object_element (items, i);
      g_string_append_printf (out, "%s\t%s %s\t%s", json_object_get_string_member (it, "text"),
                              json_object_get_string_member_with_default (it, "value_text", "?"),
                              json_object_get_string_member_with_default (it, "unit", ""),
                              json_object_get_string_member_with_default (it, "kind", ""));
      if (json_object_has_member (it, "metric"))
        g_string_append_printf (out, "\t%s", json_object_get_string_member (it, "metric"));
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

DOCSIFT_PLUGIN_DEFINE (.name = "numbers",
                       .version = "1.0.0",
                       .description = "Quantities: values, units, approximation, change, modality and metric",
                       .license = "LGPL-2.1-or-later",
                       .requires = DS_STRV ("normalized"),
                       .provides = DS_STRV ("numbers"),
                       .data_files = DS_STRV ("units.tsv", "numbers-words.txt", "subjects.txt"),
                       .fields = DS_FIELDS (
                         { ".layers.numbers.count", "integer", "items that are quantities (not excluded)" },
                         { ".layers.numbers.items[].start", "integer", "the mention (with 约/超过/多/以上 and the unit): start, in code points of the original text" },
                         { ".layers.numbers.items[].end", "integer", "the mention: end (exclusive), in code points" },
                         { ".layers.numbers.items[].text", "string", "the mention as written" },
                         { ".layers.numbers.items[].value", "number|null", "the value, multiplier applied (769.6亿元 → 76960000000; 两成 → 20); a range's low end; null with reason when there is no single value" },
                         { ".layers.numbers.items[].value_text", "string|null", "the value as an exact decimal string (\"0.5\"; fractions \"1/3\"); null for vague amounts and ranges without one" },
                         { ".layers.numbers.items[].reason", "string", "only when value is null: vague (数十家), range, no single value, out of double range" },
                         { ".layers.numbers.items[].unit", "string", "ISO 4217 (CNY, HKD, TWD…), SI symbol (t, km2, kW, kWh…), mu, %, pp, ×, year/month/day…, or a count's classifier (家, 项); absent for bare numbers" },
                         { ".layers.numbers.items[].kind", "string", "money, mass, area, length, volume, energy, power, voltage, temperature, count, percent, percentage_point, ratio, multiple, rank, duration, age, number; excluded items also date, time, name" },
                         { ".layers.numbers.items[].approx", "string", "only when qualified: about, more_than, at_least, less_than, at_most, nearly" },
                         { ".layers.numbers.items[].low", "number|null", "only for ranges (3至5年) and bounds implied by approx: the low end" },
                         { ".layers.numbers.items[].low_text", "string", "only with low: the low end as an exact decimal string" },
                         { ".layers.numbers.items[].high", "number|null", "only for ranges and bounds implied by approx: the high end" },
                         { ".layers.numbers.items[].high_text", "string", "only with high: the high end as an exact decimal string" },
                         { ".layers.numbers.items[].change", "string", "only when the clause says so: growth (增长), decline (下降), multiply (翻一番)" },
                         { ".layers.numbers.items[].share", "string", "only for a share: the whole a percentage is part of (占全市81% → 全市), Simplified" },
                         { ".layers.numbers.items[].modality", "string", "only when the clause says so: actual (实现), forecast (预计), target (力争, 目标)" },
                         { ".layers.numbers.items[].metric", "string", "what the figure measures (工业总产值, 企业), Simplified; absent when none is found or with -o numbers.metric=false" },
                         { ".layers.numbers.items[].excluded", "string", "with -o numbers.include=all: why it is not a quantity: date, name, slogan, code, list, article, idiom; absent on quantities" }),
                       .options = DS_OPTIONS ({ "include", "quantities",
                                                "quantities, or all (also dates, codes, names, slogans, with \"excluded\")" },
                                              { "metric", "true", "find what each figure measures (metric, share, change, modality)" },
                                              { "units", "units.tsv", "unit table: a file name looked up in the data folders, or an absolute path" },
                                              { "words", "numbers-words.txt", "word lists (cues, stops, verbs…): a file name looked up in the data folders, or an absolute path" },
                                              { "subjects", "subjects.txt", "suffixes of the names a metric does not start with (重庆市政府投入 → 投入), shared with facts: a file name looked up in the data folders, or an absolute path" }),
                       .init = numbers_init,
                       .process = numbers_process,
                       .finalize = numbers_finalize,
                       .render = numbers_render)
