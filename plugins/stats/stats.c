/* stats.c: character, sentence and paragraph counts.
 *
 * The smallest complete docsift plugin, and the template for new ones: copy
 * this folder, rename the files and the plugin, and fill in process().
 * See docs/writing-plugins.md.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>

/* Shared, read-only state: built once by init, used by every thread. */
typedef struct
{
  gboolean per_sentence; /* also list every sentence as an item */
} StatsState;

static gboolean
stats_init (DsPluginContext *ctx, gpointer *state, GError **error)
{
  StatsState *s = g_new0 (StatsState, 1);
  if (!ds_plugin_context_get_boolean (ctx, "sentences", &s->per_sentence, error))
    {
      g_free (s);
      return FALSE;
    }
  *state = s;
  return TRUE;
}

static void
stats_finalize (gpointer state)
{
  g_free (state);
}

/* Per-document work: everything lives on the stack or in the document. */
static gboolean
stats_process (gpointer state, DsDocument *doc, GError **error)
{
  const StatsState *s = state;
  DsView *view = ds_document_get_original (doc);
  gsize length;
  const char *text = ds_view_get_text (view, &length);

  gsize cjk = 0, letters = 0, digits = 0, spaces = 0, punct = 0;
  const char *p = text, *end = text + length;
  while (p < end)
    {
      /* Classify ASCII without the Unicode tables. */
      if ((guchar) *p < 0x80)
        {
          guchar c = (guchar) *p++;
          digits += g_ascii_isdigit (c) != 0;
          letters += g_ascii_isalpha (c) != 0;
          spaces += g_ascii_isspace (c) != 0;
          punct += g_ascii_ispunct (c) != 0;
          continue;
        }
      gunichar c = ds_utf8_decode_valid (p, &p); /* texts are valid UTF-8 */
      if (ds_unichar_is_han (c))
        cjk++;
      else if (g_unichar_isdigit (c))
        digits++;
      else if (g_unichar_isalpha (c))
        letters++;
      else if (g_unichar_isspace (c))
        spaces++;
      else if (g_unichar_ispunct (c))
        punct++;
    }

  guint n_paragraphs, n_sentences;
  ds_view_get_paragraphs (view, &n_paragraphs);
  const DsSpan *sentences = ds_view_get_sentences (view, &n_sentences);

  DsLayer *layer = ds_document_add_layer (doc, "stats");
  JsonObject *summary = ds_layer_get_object (layer);
  json_object_set_int_member (summary, "bytes", (gint64) length);
  json_object_set_int_member (summary, "characters", (gint64) ds_view_get_n_codepoints (view));
  json_object_set_int_member (summary, "cjk", (gint64) cjk);
  json_object_set_int_member (summary, "letters", (gint64) letters);
  json_object_set_int_member (summary, "digits", (gint64) digits);
  json_object_set_int_member (summary, "spaces", (gint64) spaces);
  json_object_set_int_member (summary, "punctuation", (gint64) punct);
  json_object_set_int_member (summary, "paragraphs", n_paragraphs);
  json_object_set_int_member (summary, "sentences", n_sentences);

  if (s->per_sentence)
    for (guint i = 0; i < n_sentences; i++)
      {
        JsonObject *item = ds_layer_add_span (layer, view, sentences[i].start, sentences[i].end);
        json_object_set_string_member (item, "kind", "sentence");
        ds_layer_compact (layer);
      }
  return TRUE;
}

static char *
stats_render (gpointer state, DsDocument *doc)
{
  DsLayer *layer = ds_document_get_layer (doc, "stats");
  if (layer == NULL)
    return NULL;
  JsonObject *o = ds_layer_get_object (layer);
  return g_strdup_printf ("stats: %" G_GINT64_FORMAT " characters (%" G_GINT64_FORMAT " CJK), %" G_GINT64_FORMAT
                          " sentences, %" G_GINT64_FORMAT " paragraphs\n",
                          json_object_get_int_member (o, "characters"), json_object_get_int_member (o, "cjk"),
                          json_object_get_int_member (o, "sentences"), json_object_get_int_member (o, "paragraphs"));
}

DOCSIFT_PLUGIN_DEFINE (
  .name = "stats",
  .version = "1.0.0",
  .description = "Character, sentence and paragraph counts (the example plugin and template)",
  .license = "LGPL-2.1-or-later",
  .provides = DS_STRV ("stats"),
  /* what `docsift inspect stats` lists: every member, its JSON type, its meaning */
  .fields = DS_FIELDS (
    { ".layers.stats.bytes", "integer", "length of the text in UTF-8 bytes" },
    { ".layers.stats.characters", "integer", "length in code points" },
    { ".layers.stats.cjk", "integer", "Han characters" },
    { ".layers.stats.letters", "integer", "other letters" },
    { ".layers.stats.digits", "integer", "digits (ASCII, full-width, others)" },
    { ".layers.stats.spaces", "integer", "white-space characters" },
    { ".layers.stats.punctuation", "integer", "punctuation characters" },
    { ".layers.stats.paragraphs", "integer", "paragraphs (blank-line separated)" },
    { ".layers.stats.sentences", "integer", "sentences" },
    { ".layers.stats.items[].kind", "string", "with -o stats.sentences=true: \"sentence\", one item per sentence" }),
  .options = DS_OPTIONS ({ "sentences", "false", "Also list every sentence as an item with its span" }),
  .init = stats_init,
  .process = stats_process,
  .finalize = stats_finalize,
  .render = stats_render)
