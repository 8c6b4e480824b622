/* normalize.c: the `normalize` plugin: script detection and conversion
 * (libopencc), width, punctuation and white-space normalization, and the
 * `normalized` view with its offset map back to the original.
 *
 * See docs/plugins/normalize.md.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>
#include <string.h>
#ifdef __linux__
#include <sys/mman.h>
#include <unistd.h>
#endif

#include "nm-opencc.h"
#include "nm-text.h"

#ifndef NM_OPENCC_DATADIR
#define NM_OPENCC_DATADIR "/usr/share/opencc"
#endif

#define NM_VERSION "1.0.0"

typedef enum
{
  PROFILE_AUTO,
  PROFILE_FIXED, /* t2s, tw2sp, hk2s, s2t or a file */
  PROFILE_NONE,
} ProfileKind;

typedef struct
{
  ProfileKind kind;
  char *profile;      /* as given */
  char *profile_file; /* the configuration file loaded, or NULL */
  NmConverter *conv;  /* NULL for none */
  NmOptions opt;
  NmTables tables;
  double mixed_ratio;
  gboolean emit_map;
} NormalizeState;

static void
normalize_finalize (gpointer data)
{
  NormalizeState *st = data;
  if (st == NULL)
    return;
  if (st->conv)
    nm_converter_free (st->conv);
  nm_tables_clear (&st->tables);
  g_free (st->profile);
  g_free (st->profile_file);
  g_free (st);
}

static gboolean
get_bool (DsPluginContext *ctx, const char *key, gboolean *out, GError **error)
{
  return ds_plugin_context_get_boolean (ctx, key, out, error);
}

static gboolean
normalize_init (DsPluginContext *ctx, gpointer *state, GError **error)
{
  NormalizeState *st = g_new0 (NormalizeState, 1);
  nm_options_init_default (&st->opt);

  if (!get_bool (ctx, "width", &st->opt.width, error)
      || !get_bool (ctx, "cjk_punct", &st->opt.cjk_punct, error)
      || !get_bool (ctx, "punct", &st->opt.punct, error)
      || !get_bool (ctx, "nfc", &st->opt.nfc, error)
      || !get_bool (ctx, "remove", &st->opt.remove, error)
      || !get_bool (ctx, "space", &st->opt.space, error)
      || !get_bool (ctx, "emit_map", &st->emit_map, error)
      || !ds_plugin_context_get_double (ctx, "mixed_ratio", &st->mixed_ratio, error))
    goto fail;

  const char *quotes = ds_plugin_context_get_option (ctx, "quotes");
  if (g_strcmp0 (quotes, "curly") == 0)
    st->opt.curly_quotes = TRUE;
  else if (g_strcmp0 (quotes, "keep") == 0)
    st->opt.curly_quotes = FALSE;
  else
    {
      g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_BAD_OPTION,
                   "normalize.quotes: “%s” is not one of curly, keep", quotes);
      goto fail;
    }

  const char *space_char = ds_plugin_context_get_option (ctx, "space_char");
  if (g_strcmp0 (space_char, "ascii") == 0)
    st->opt.space_char = NM_SPACE_ASCII;
  else if (g_strcmp0 (space_char, "ideographic") == 0)
    st->opt.space_char = NM_SPACE_IDEOGRAPHIC;
  else if (g_strcmp0 (space_char, "keep") == 0)
    st->opt.space_char = NM_SPACE_KEEP;
  else
    {
      g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_BAD_OPTION,
                   "normalize.space_char: “%s” is not one of ascii, ideographic, keep", space_char);
      goto fail;
    }

  if (!(st->mixed_ratio >= 0.0 && st->mixed_ratio <= 0.5))
    {
      g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_BAD_OPTION,
                   "normalize.mixed_ratio: %g is not between 0 and 0.5", st->mixed_ratio);
      goto fail;
    }

  const char *dir = ds_plugin_context_get_option (ctx, "opencc_dir");
  if (dir == NULL || *dir == '\0')
    dir = NM_OPENCC_DATADIR;

  /* the script sets, always needed */
  nm_tables_init (&st->tables);
  {
    g_autofree char *msg = NULL;
    if (!nm_script_sets_load (dir, &st->tables, NULL, NULL, &msg))
      {
        g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_DATA_FILE, "normalize: %s", msg);
        goto fail;
      }
  }

  /* the converter */
  const char *profile = ds_plugin_context_get_option (ctx, "profile");
  st->profile = g_strdup (profile);
  const char *file = NULL;
  if (g_strcmp0 (profile, "none") == 0)
    st->kind = PROFILE_NONE;
  else if (g_strcmp0 (profile, "auto") == 0)
    st->kind = PROFILE_AUTO, file = "t2s";
  else if (g_strcmp0 (profile, "t2s") == 0 || g_strcmp0 (profile, "tw2sp") == 0
           || g_strcmp0 (profile, "hk2s") == 0 || g_strcmp0 (profile, "s2t") == 0
           || g_strcmp0 (profile, "tw2s") == 0)
    st->kind = PROFILE_FIXED, file = profile;
  else if (g_str_has_suffix (profile, ".json"))
    st->kind = PROFILE_FIXED;
  else
    {
      g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_BAD_OPTION,
                   "normalize.profile: “%s” is not one of auto, t2s, tw2sp, hk2s, tw2s, s2t, "
                   "none or a path to an OpenCC .json configuration",
                   profile);
      goto fail;
    }

  if (st->kind != PROFILE_NONE)
    {
      if (file)
        st->profile_file = g_strdup_printf ("%s" G_DIR_SEPARATOR_S "%s.json", dir, file);
      else if (g_path_is_absolute (profile))
        st->profile_file = g_strdup (profile);
      else
        {
          st->profile_file = ds_plugin_context_find_data_file (ctx, profile);
          if (st->profile_file == NULL)
            st->profile_file = g_strdup (profile);
        }
      if (!g_file_test (st->profile_file, G_FILE_TEST_IS_REGULAR))
        {
          g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_DATA_FILE,
                       "normalize: OpenCC profile file “%s” (profile %s) not found",
                       st->profile_file, profile);
          goto fail;
        }
      g_autofree char *msg = NULL;
      st->conv = nm_converter_new (st->profile_file, &msg);
      if (st->conv == NULL)
        {
          g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_DATA_FILE,
                       "normalize: profile %s: %s", profile, msg);
          goto fail;
        }
    }

  *state = st;
  return TRUE;

fail:
  normalize_finalize (st);
  return FALSE;
}

static void
set_int (JsonObject *o, const char *key, guint64 v)
{
  json_object_set_int_member (o, key, (gint64) v);
}

/* A large fresh buffer is written once from start to end; on Linux, ask
 * for transparent huge pages so that filling it takes a few hundred page
 * faults instead of one per 4 KiB (a quarter of the time on Simplified
 * text went to those faults). A hint only: nothing changes if refused. */
static void
advise_huge (void *buf, gsize size)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  if (size < (4u << 20))
    return;
  gsize page = (gsize) sysconf (_SC_PAGESIZE);
  guintptr from = ((guintptr) buf + page - 1) & ~(guintptr) (page - 1);
  guintptr to = ((guintptr) buf + size) & ~(guintptr) (page - 1);
  if (to > from)
    madvise ((void *) from, to - from, MADV_HUGEPAGE);
#else
  (void) buf;
  (void) size;
#endif
}

static gboolean
normalize_process (gpointer data, DsDocument *doc, GError **error)
{
  const NormalizeState *st = data;
  gsize len = 0;
  const char *text = ds_document_get_text (doc, &len);

  /* pass 1: characters (and script counts) */
  NmCounts counts = { 0 };
  GString *norm = g_string_sized_new (len + 1);
  advise_huge (norm->str, norm->allocated_len);
  NmMap map;
  nm_map_init (&map);
  nm_pass_normalize (&st->tables, &st->opt, text, len, norm, &map, &counts);
  nm_map_finish (&map);

  const char *script = nm_script_name (&counts, st->mixed_ratio);
  /* auto: convert when Traditional-only characters are present in a real
   * share (script traditional or mixed); a Simplified document quoting a
   * few Traditional characters is left to itself, converter skipped */
  gboolean convert = st->kind == PROFILE_FIXED
                     || (st->kind == PROFILE_AUTO && counts.traditional > 0
                         && (g_str_equal (script, "traditional") || g_str_equal (script, "mixed")));
  guint64 converted = 0;
  char *view_text = NULL;
  gsize view_len = 0;

  /* pass 2: script conversion; its map composed with pass 1's */
  DsOffsetMap *dmap = nm_map_to_offset_map (&map);
  nm_map_clear (&map);
  if (convert && st->conv)
    {
      NmMap conv_map;
      nm_map_init (&conv_map);
      g_autofree char *msg = NULL;
      char *conv_text = NULL;
      gsize conv_len = 0;
      /* in place over the character pass's output when it fits */
      if (!nm_converter_convert (st->conv, norm->str, norm->len, norm->allocated_len, &conv_text, &conv_len, &conv_map,
                                 &converted, &msg))
        {
          g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_FAILED, "normalize: %s", msg);
          nm_map_clear (&conv_map);
          ds_offset_map_free (dmap);
          g_string_free (norm, TRUE);
          return FALSE;
        }
      if (conv_text == norm->str)
        view_text = g_string_free (norm, FALSE);
      else
        {
          g_string_free (norm, TRUE);
          view_text = conv_text;
        }
      norm = NULL;
      view_len = conv_len;
      nm_map_finish (&conv_map);
      g_autoptr (DsOffsetMap) cmap = nm_map_to_offset_map (&conv_map);
      nm_map_clear (&conv_map);
      if (ds_offset_map_get_view_length (dmap) != ds_offset_map_get_original_length (cmap))
        {
          ds_offset_map_free (dmap);
          g_free (view_text);
          g_set_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_FAILED,
                       "normalize: internal error: conversion map does not fit");
          return FALSE;
        }
      DsOffsetMap *total = ds_offset_map_compose (dmap, cmap);
      ds_offset_map_free (dmap);
      dmap = total;
    }

  /* the view */
  guint n_segments = ds_offset_map_get_n_segments (dmap);
  if (norm != NULL)
    {
      view_len = norm->len;
      view_text = g_string_free (norm, FALSE);
    }
  DsView *view = ds_document_add_view (doc, "normalized", view_text, view_len, dmap, error);
  if (view == NULL)
    return FALSE;

  /* the layer */
  DsLayer *layer = ds_document_add_layer (doc, "normalize");
  JsonObject *lo = ds_layer_get_object (layer);
  json_object_set_string_member (lo, "script", script);
  json_object_set_string_member (lo, "profile", convert && st->conv ? st->profile : "none");
  if (convert && st->conv && st->kind == PROFILE_AUTO)
    json_object_set_string_member (lo, "converter", "t2s");

  JsonObject *c = json_object_new ();
  set_int (c, "han", counts.han);
  set_int (c, "traditional", counts.traditional);
  set_int (c, "simplified", counts.simplified);
  json_object_set_object_member (lo, "counts", c);

  JsonObject *ch = json_object_new ();
  set_int (ch, "converted", converted);
  set_int (ch, "width", counts.width);
  set_int (ch, "punct", counts.punct);
  set_int (ch, "space", counts.space);
  set_int (ch, "removed", counts.removed);
  set_int (ch, "composed", counts.composed);
  json_object_set_object_member (lo, "changes", ch);
  set_int (lo, "map_segments", n_segments);

  /* range marks: dashes between numbers, for numbers/timeline */
  gsize vlen = 0;
  const char *vtext = ds_view_get_text (view, &vlen);
  GArray *marks = g_array_new (FALSE, FALSE, sizeof (gsize));
  nm_find_range_marks (vtext, vlen, marks);
  for (guint i = 0; i + 1 < marks->len; i += 2)
    {
      gsize b0 = g_array_index (marks, gsize, i), b1 = g_array_index (marks, gsize, i + 1);
      JsonObject *item = ds_layer_add_span (layer, view, b0, b1);
      json_object_set_string_member (item, "type", "range_mark");
      g_autofree char *mark = g_strndup (vtext + b0, b1 - b0);
      json_object_set_string_member (item, "mark", mark);
    }
  set_int (lo, "range_marks", marks->len / 2);
  g_array_unref (marks);
  return TRUE;
}

static char *
normalize_render (gpointer data, DsDocument *doc)
{
  DsLayer *layer = ds_document_get_layer (doc, "normalize");
  if (layer == NULL)
    return NULL;
  JsonObject *lo = ds_layer_get_object (layer);
  JsonObject *ch = json_object_get_object_member (lo, "changes");
  JsonObject *c = json_object_get_object_member (lo, "counts");
  if (ch == NULL || c == NULL)
    return NULL;
  return g_strdup_printf ("script %s (traditional %" G_GINT64_FORMAT ", simplified %" G_GINT64_FORMAT
                          " of %" G_GINT64_FORMAT " Han), profile %s; changes: converted %" G_GINT64_FORMAT
                          ", width %" G_GINT64_FORMAT ", punct %" G_GINT64_FORMAT ", space %" G_GINT64_FORMAT
                          ", removed %" G_GINT64_FORMAT ", composed %" G_GINT64_FORMAT "; %" G_GINT64_FORMAT
                          " range marks",
                          json_object_get_string_member (lo, "script"),
                          json_object_get_int_member (c, "traditional"),
                          json_object_get_int_member (c, "simplified"),
                          json_object_get_int_member (c, "han"),
                          json_object_get_string_member (lo, "profile"),
                          json_object_get_int_member (ch, "converted"),
                          json_object_get_int_member (ch, "width"),
                          json_object_get_int_member (ch, "punct"),
                          json_object_get_int_member (ch, "space"),
                          json_object_get_int_member (ch, "removed"),
                          json_object_get_int_member (ch, "composed"),
                          json_object_get_int_member (lo, "range_marks"));
}

DOCSIFT_PLUGIN_DEFINE (
  .name = "normalize",
  .version = NM_VERSION,
  .description = "Traditional→Simplified (OpenCC), width, punctuation and white-space normalization with an offset map",
  .license = "LGPL-2.1-or-later",
  .provides = DS_STRV ("normalized", "normalize"),
  .fields = DS_FIELDS (
    { ".views.normalized.text", "string", "the normalized text that later plugins read" },
    { ".views.normalized.length", "integer", "its length in code points" },
    { ".views.normalized.map", "array", "with -o normalize.emit_map=true (or --maps=always, or auto into a pipe): offset map back to the original, [[original, normalized] run lengths]" },
    { ".layers.normalize.script", "string", "simplified, traditional, mixed or none (no Han characters)" },
    { ".layers.normalize.profile", "string", "OpenCC profile that ran, or none" },
    { ".layers.normalize.converter", "string", "what profile=auto used (t2s); absent when nothing was converted" },
    { ".layers.normalize.counts.han", "integer", "Han characters in the original" },
    { ".layers.normalize.counts.traditional", "integer", "Traditional-only characters" },
    { ".layers.normalize.counts.simplified", "integer", "Simplified-only characters" },
    { ".layers.normalize.changes.converted", "integer", "original characters the converter changed" },
    { ".layers.normalize.changes.width", "integer", "full-width characters made half-width" },
    { ".layers.normalize.changes.punct", "integer", "quotes and punctuation rewritten" },
    { ".layers.normalize.changes.space", "integer", "white-space characters replaced or removed" },
    { ".layers.normalize.changes.removed", "integer", "invisible characters removed" },
    { ".layers.normalize.changes.composed", "integer", "characters in clusters NFC rewrote" },
    { ".layers.normalize.map_segments", "integer", "runs in the offset map" },
    { ".layers.normalize.range_marks", "integer", "range dashes found (items)" },
    { ".layers.normalize.items[].type", "string", "range_mark: a dash between two numbers (1—11月)" },
    { ".layers.normalize.items[].mark", "string", "the dash as normalized" }),
  .options = DS_OPTIONS (
    { "profile", "auto", "OpenCC conversion: auto (t2s when Traditional-only characters occur), t2s, tw2sp, hk2s, tw2s, s2t, none, or a .json configuration file" },
    { "opencc_dir", "", "folder of OpenCC's configurations and dictionaries (empty: the one libopencc was installed with)" },
    { "width", "true", "full-width ASCII letters, digits and signs to half-width (－ and ～ are kept)" },
    { "cjk_punct", "false", "also turn CJK punctuation ，。：；！？、（） into ASCII" },
    { "punct", "true", "punctuation step: quotes per normalize.quotes" },
    { "quotes", "curly", "「」『』: curly (to “” ‘’) or keep" },
    { "nfc", "true", "canonical composition (NFC) of combining sequences and compatibility ideographs" },
    { "remove", "true", "remove zero-width characters, BOMs and soft hyphens" },
    { "space", "true", "CRLF/CR to LF, space characters per normalize.space_char, trailing spaces and runs of blank lines removed" },
    { "space_char", "ascii", "what NBSP, U+3000 and other space characters become: ascii, ideographic or keep" },
    { "mixed_ratio", "0.1", "script is \"mixed\" when the minority script has at least this share of script-specific characters" },
    { "emit_map", "false", "write the normalized view's offset map in the output" }),
  .init = normalize_init,
  .process = normalize_process,
  .finalize = normalize_finalize,
  .render = normalize_render)
