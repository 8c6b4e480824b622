/* fuzz-plugin: one plugin's process through DsHarness (its requirements
 * pulled in as in a run). Built once per plugin: -DFUZZ_PLUGIN="numbers".
 *
 * The input is made a text (invalid UTF-8 replaced, NUL made a space);
 * the plugin may refuse a document, but must not crash, and its spans must
 * lie inside the text.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>

#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static DsHarness *harness;

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  g_autoptr (GError) error = NULL;
  harness = ds_harness_new (NULL, &error);
  if (harness == NULL || !ds_harness_select (harness, FUZZ_PLUGIN, &error))
    {
      fprintf (stderr, "fuzz-plugin: %s (is DOCSIFT_PLUGIN_PATH set? run under meson devenv)\n", error->message);
      exit (1);
    }
  return 0;
}

/* Every item span of every layer lies inside the original text. */
static void
check_spans (DsDocument *doc)
{
  gsize n = ds_view_get_n_codepoints (ds_document_get_original (doc));
  g_autoptr (GPtrArray) names = ds_document_get_layer_names (doc);
  for (guint i = 0; i < names->len; i++)
    {
      JsonArray *items = ds_layer_get_items (ds_document_get_layer (doc, names->pdata[i]));
      for (guint k = 0; items && k < json_array_get_length (items); k++)
        {
          JsonObject *it = json_array_get_object_element (items, k);
          if (it == NULL || !json_object_has_member (it, "start") || !json_object_has_member (it, "end"))
            continue;
          gint64 s = json_object_get_int_member (it, "start"), e = json_object_get_int_member (it, "end");
          FUZZ_CHECK (0 <= s && s <= e && (gsize) e <= n, "a span inside the text");
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  /* documents have no NUL: make them spaces, then replace invalid UTF-8 */
  g_autofree char *bytes = g_malloc (size + 1);
  for (size_t i = 0; i < size; i++)
    bytes[i] = data[i] ? (char) data[i] : ' ';
  g_autofree char *text = g_utf8_make_valid (bytes, (gssize) size);
  g_autoptr (GError) error = NULL;
  g_autoptr (DsDocument) doc = ds_harness_process_text (harness, text, -1, &error);
  if (doc != NULL)
    check_spans (doc);
  return 0;
}
