/* test-golden: the shared golden-case driver.
 *
 *   test-golden PLUGIN CASES_DIR [GTest options]
 *
 * Every case NAME in CASES_DIR is an input, NAME.txt (a plain UTF-8 text) or
 * NAME.jsonl (one JSON Lines envelope, for cases that need meta such as
 * "published"), and the expected output NAME.json. The input runs through
 * PLUGIN with DsHarness (which pulls in what PLUGIN requires); the views and
 * layers PLUGIN provides are written with docsift's JSON writer, pretty, and
 * compared byte for byte with NAME.json. Members "comment" and "options"
 * ({"plugin.key": "value"}) of NAME.json are input: they are copied to the
 * output first, and the options are set on the harness.
 *
 * One GTest case per file: /golden/PLUGIN/NAME. With DOCSIFT_GOLDEN_UPDATE=1
 * the expected files are rewritten instead (review them with git diff).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-pipeline.h"
#include "golden-diff.h"

#include <locale.h>
#include <string.h>

static const char *plugin_name;
static const char *cases_dir;
static GHashTable *harnesses; /* options as text → DsHarness* */

typedef struct
{
  char *name;
  char *input; /* path of NAME.txt or NAME.jsonl */
  char *expected;
} Case;

static void
case_free (gpointer data)
{
  Case *c = data;
  g_free (c->name);
  g_free (c->input);
  g_free (c->expected);
  g_free (c);
}

/* A harness with @options set and the plugin selected, shared by the cases
 * that give the same options. */
static DsHarness *
harness_for (JsonObject *options, GError **error)
{
  g_autoptr (GString) key = g_string_new (NULL);
  g_autoptr (GList) members = options ? json_object_get_members (options) : NULL;
  for (GList *l = members; l; l = l->next)
    g_string_append_printf (key, "%s=%s\n", (char *) l->data, json_object_get_string_member (options, l->data));
  DsHarness *h = g_hash_table_lookup (harnesses, key->str);
  if (h)
    return h;
  g_autoptr (DsHarness) nh = ds_harness_new (NULL, error);
  if (nh == NULL)
    return NULL;
  for (GList *l = members; l; l = l->next)
    if (!ds_harness_set_option (nh, l->data, json_object_get_string_member (options, l->data), error))
      return NULL;
  if (!ds_harness_select (nh, plugin_name, error))
    return NULL;
  g_hash_table_insert (harnesses, g_strdup (key->str), nh);
  return g_steal_pointer (&nh);
}

static DsDocument *
read_input (const Case *c, GError **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  if (!g_file_get_contents (c->input, &data, &len, error))
    return NULL;
  if (g_str_has_suffix (c->input, ".txt"))
    {
      if (!g_utf8_validate_len (data, len, NULL))
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s is not UTF-8", c->input);
          return NULL;
        }
      return ds_document_new (c->name, "golden", g_steal_pointer (&data), len, "UTF-8");
    }
  /* one envelope; a trailing newline is fine */
  while (len > 0 && (data[len - 1] == '\n' || data[len - 1] == '\r'))
    data[--len] = '\0';
  if (memchr (data, '\n', len) != NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s: one JSON Lines envelope expected", c->input);
      return NULL;
    }
  return ds_document_new_from_json (data, (gssize) len, c->name, "golden", error);
}

static JsonNode *
view_node (DsView *view)
{
  JsonObject *o = json_object_new ();
  json_object_set_string_member (o, "text", ds_view_get_text (view, NULL));
  const DsOffsetMap *map = ds_view_get_map (view);
  JsonArray *segs = json_array_new ();
  for (guint i = 0; map && i < ds_offset_map_get_n_segments (map); i++)
    {
      guint32 ol, vl;
      ds_offset_map_get_segment (map, i, NULL, NULL, &ol, &vl);
      JsonArray *pair = json_array_new ();
      json_array_add_int_element (pair, ol);
      json_array_add_int_element (pair, vl);
      json_array_add_array_element (segs, pair);
    }
  json_object_set_array_member (o, "map", segs);
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, o);
  return node;
}

/* The layer without "plugin" and "version" (a version bump is no change). */
static JsonNode *
layer_node (DsLayer *layer)
{
  JsonObject *src = ds_layer_get_object (layer);
  JsonObject *o = json_object_new ();
  JsonObjectIter iter;
  const char *key;
  JsonNode *member;
  json_object_iter_init_ordered (&iter, src);
  while (json_object_iter_next_ordered (&iter, &key, &member))
    if (!g_str_equal (key, "plugin") && !g_str_equal (key, "version"))
      json_object_set_member (o, key, json_node_copy (member));
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, o);
  return node;
}

/* What the case produces, as the text of its expected file. */
static char *
produce (const Case *c, JsonObject *expected)
{
  g_autoptr (JsonObject) out = json_object_new ();
  JsonObject *options = NULL;
  if (expected && json_object_has_member (expected, "comment"))
    json_object_set_member (out, "comment", json_object_dup_member (expected, "comment"));
  if (expected && json_object_has_member (expected, "options"))
    {
      options = json_object_get_object_member (expected, "options");
      json_object_set_member (out, "options", json_object_dup_member (expected, "options"));
    }

  g_autoptr (GError) error = NULL;
  DsHarness *h = harness_for (options, &error);
  g_assert_no_error (error);
  g_autoptr (DsDocument) doc = read_input (c, &error);
  g_assert_no_error (error);
  if (!ds_harness_process_document (h, doc, &error))
    {
      json_object_set_string_member (out, "error", error->message);
      g_clear_error (&error);
    }

  const char *const *provides = _ds_harness_get_provides (h, plugin_name);
  g_assert_nonnull (provides);
  JsonObject *views = json_object_new ();
  JsonObject *layers = json_object_new ();
  for (guint i = 0; provides[i]; i++)
    {
      DsView *view = ds_document_get_view (doc, provides[i]);
      DsLayer *layer = ds_document_get_layer (doc, provides[i]);
      if (view)
        json_object_set_member (views, provides[i], view_node (view));
      if (layer)
        json_object_set_member (layers, provides[i], layer_node (layer));
    }
  if (json_object_get_size (views) > 0)
    json_object_set_object_member (out, "views", views);
  else
    json_object_unref (views);
  json_object_set_object_member (out, "layers", layers);

  g_autoptr (JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (root, out);
  GString *text = g_string_new (NULL);
  ds_json_append_node (text, root, TRUE, 0);
  g_string_append_c (text, '\n');
  return g_string_free (text, FALSE);
}

static void
run_case (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *want = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  JsonObject *expected = NULL;
  if (g_file_get_contents (c->expected, &want, NULL, NULL))
    {
      if (!json_parser_load_from_data (parser, want, -1, &error))
        g_error ("%s: %s", c->expected, error->message);
      expected = json_node_get_object (json_parser_get_root (parser));
    }

  g_autofree char *got = produce (c, expected);
  if (g_strcmp0 (g_getenv ("DOCSIFT_GOLDEN_UPDATE"), "1") == 0)
    {
      if (g_strcmp0 (want, got) != 0)
        {
          g_assert_true (g_file_set_contents (c->expected, got, -1, &error));
          fprintf (stderr, "# updated %s\n", c->expected);
        }
      return;
    }
  if (want == NULL)
    {
      g_test_fail_printf ("%s is missing; run with DOCSIFT_GOLDEN_UPDATE=1 to write it", c->expected);
      return;
    }
  guint line = golden_first_difference (want, got);
  if (line > 0)
    {
      golden_print_diff (stderr, c->expected, want, got, 80);
      g_test_fail_printf ("%s differs from the output at line %u (diff on stderr); if the change is right, "
                          "run with DOCSIFT_GOLDEN_UPDATE=1 and review git diff", c->expected, line);
    }
}

static gint
compare_cases (gconstpointer a, gconstpointer b)
{
  return strcmp ((*(Case *const *) a)->name, (*(Case *const *) b)->name);
}

/* The cases of the folder, sorted by name; an expected file without an
 * input is an error (a case renamed by half). */
static GPtrArray *
list_cases (const char *dir)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) d = g_dir_open (dir, 0, &error);
  if (d == NULL)
    g_error ("%s", error->message);
  g_autoptr (GHashTable) inputs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  const char *f;
  while ((f = g_dir_read_name (d)) != NULL)
    {
      if (g_str_has_suffix (f, ".txt") || g_str_has_suffix (f, ".jsonl"))
        {
          g_autofree char *stem = g_strndup (f, strrchr (f, '.') - f);
          if (g_hash_table_contains (inputs, stem))
            g_error ("%s: two inputs for case %s", dir, stem);
          g_hash_table_insert (inputs, g_steal_pointer (&stem), (gpointer) 1);
        }
      else if (g_str_has_suffix (f, ".json"))
        g_ptr_array_add (expected, g_strndup (f, strlen (f) - 5));
    }
  for (guint i = 0; i < expected->len; i++)
    if (!g_hash_table_contains (inputs, expected->pdata[i]))
      g_error ("%s/%s.json has no input (%s.txt or %s.jsonl)", dir, (char *) expected->pdata[i],
               (char *) expected->pdata[i], (char *) expected->pdata[i]);

  GPtrArray *cases = g_ptr_array_new_with_free_func (case_free);
  GHashTableIter iter;
  gpointer stem;
  g_hash_table_iter_init (&iter, inputs);
  while (g_hash_table_iter_next (&iter, &stem, NULL))
    {
      Case *c = g_new0 (Case, 1);
      c->name = g_strdup (stem);
      g_autofree char *txt = g_strdup_printf ("%s/%s.txt", dir, c->name);
      c->input = g_file_test (txt, G_FILE_TEST_EXISTS) ? g_steal_pointer (&txt)
                                                        : g_strdup_printf ("%s/%s.jsonl", dir, c->name);
      c->expected = g_strdup_printf ("%s/%s.json", dir, c->name);
      g_ptr_array_add (cases, c);
    }
  g_ptr_array_sort (cases, compare_cases);
  return cases;
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  if (argc != 3)
    {
      fprintf (stderr, "usage: test-golden PLUGIN CASES_DIR [GTest options]\n");
      return 2;
    }
  plugin_name = argv[1];
  cases_dir = argv[2];
  harnesses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) ds_harness_free);

  g_autoptr (GPtrArray) cases = list_cases (cases_dir);
  if (cases->len == 0)
    g_error ("%s: no cases", cases_dir);
  for (guint i = 0; i < cases->len; i++)
    {
      const Case *c = cases->pdata[i];
      g_autofree char *path = g_strdup_printf ("/golden/%s/%s", plugin_name, c->name);
      g_test_add_data_func (path, c, run_case);
    }
  int status = g_test_run ();
  g_hash_table_unref (harnesses);
  return status;
}
