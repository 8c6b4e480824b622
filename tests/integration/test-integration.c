/* test-integration.c: the real plugins together, in-process and through the
 * CLI: spans of every layer point into the original text (also when the
 * plugins read the normalized view of a Traditional document), chaining
 * through JSON Lines gives the same layers as one run, and the README's main
 * command works on the bundled examples.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>

#include <string.h>

static const char *all_plugins[] = { "normalize", "numbers", "slogans", "timeline", NULL };

static char *
example_path (const char *prefix)
{
  g_autofree char *dir = g_build_filename (g_getenv ("DOCSIFT_SOURCE_DIR"), "examples", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (d);
  const char *name;
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix))
      return g_build_filename (dir, name, NULL);
  g_assert_not_reached ();
  return NULL;
}

/* All four plugins are built in this tree: a refusal (e.g. a plugin that
 * does not load under a sanitizer) must fail the test, not skip it. */
static gboolean
plugins_present (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsHarness) h = ds_harness_new (NULL, &error);
  g_assert_no_error (error);
  g_autofree char *names = g_strjoinv (",", (char **) all_plugins);
  ds_harness_select (h, names, &error);
  g_assert_no_error (error);
  return TRUE;
}

/* Code points [start, end) of @text as a new string. */
static char *
cp_slice (const char *text, gint64 start, gint64 end)
{
  const char *s = g_utf8_offset_to_pointer (text, start);
  const char *e = g_utf8_offset_to_pointer (text, end);
  return g_strndup (s, e - s);
}

/* Every object with start/end/text (items and nested objects such as a
 * timeline event) must have text == original[start:end]. Returns how many
 * spans were checked. */
static guint
check_spans (JsonNode *node, const char *text, glong n_cp, const char *where)
{
  guint checked = 0;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (a); i++)
        checked += check_spans (json_array_get_element (a, i), text, n_cp, where);
      return checked;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return 0;

  JsonObject *o = json_node_get_object (node);
  JsonObjectIter iter;
  const char *key;
  JsonNode *member;
  json_object_iter_init (&iter, o);
  while (json_object_iter_next (&iter, &key, &member))
    {
      /* "start" / "end" / "text", and prefixed "<p>_start" / "<p>_end" / "<p>" */
      g_autofree char *prefix = NULL;
      if (g_str_equal (key, "start"))
        prefix = g_strdup ("");
      else if (g_str_has_suffix (key, "_start"))
        prefix = g_strndup (key, strlen (key) - strlen ("_start"));
      if (prefix != NULL)
        {
          g_autofree char *k_end = *prefix ? g_strconcat (prefix, "_end", NULL) : g_strdup ("end");
          const char *k_text = *prefix ? prefix : "text";
          if (json_object_has_member (o, k_end) && json_object_has_member (o, k_text) &&
              json_node_get_value_type (json_object_get_member (o, k_text)) == G_TYPE_STRING)
            {
              gint64 s = json_object_get_int_member (o, key);
              gint64 e = json_object_get_int_member (o, k_end);
              g_assert_cmpint (s, >=, 0);
              g_assert_cmpint (s, <=, e);
              g_assert_cmpint (e, <=, n_cp);
              g_autofree char *want = cp_slice (text, s, e);
              const char *got = json_object_get_string_member (o, k_text);
              if (g_strcmp0 (want, got) != 0)
                g_error ("%s: span [%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ") is \"%s\" in the original, item says \"%s\"",
                         where, s, e, want, got);
              checked++;
            }
        }
      checked += check_spans (member, text, n_cp, where);
    }
  return checked;
}

static void
test_traditional_spans (void)
{
  if (!plugins_present ())
    return;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsHarness) h = ds_harness_new (NULL, &error);
  g_autofree char *names = g_strjoinv (",", (char **) all_plugins);
  g_assert_true (ds_harness_select (h, names, &error));

  g_autofree char *path = example_path ("004_");
  g_autofree char *text = NULL;
  gsize len;
  g_assert_true (g_file_get_contents (path, &text, &len, &error));
  g_autoptr(DsDocument) doc = ds_harness_process_text (h, text, (gssize) len, &error);
  g_assert_no_error (error);

  /* The Traditional seed was converted: the plugins read Simplified text. */
  DsView *view = ds_document_get_view (doc, "normalized");
  g_assert_nonnull (view);
  g_assert_nonnull (strstr (ds_view_get_text (view, NULL), "开发区"));
  g_assert_null (strstr (ds_view_get_text (view, NULL), "開發區"));

  glong n_cp = g_utf8_strlen (text, (gssize) len);
  for (guint i = 1; all_plugins[i]; i++)
    {
      DsLayer *layer = ds_document_get_layer (doc, all_plugins[i]);
      g_assert_nonnull (layer);
      JsonArray *items = ds_layer_get_items (layer);
      g_assert_cmpuint (json_array_get_length (items), >, 0);
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
      json_node_set_object (node, ds_layer_get_object (layer));
      guint checked = check_spans (node, text, n_cp, all_plugins[i]);
      g_test_message ("%s: %u spans match the Traditional original", all_plugins[i], checked);
      g_assert_cmpuint (checked, >, 0);
    }

  /* A mention in Traditional script is reported with its Traditional surface. */
  gboolean found_traditional = FALSE;
  JsonArray *items = ds_layer_get_items (ds_document_get_layer (doc, "numbers"));
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      const char *t = json_object_get_string_member (json_array_get_object_element (items, i), "text");
      if (strstr (t, "萬") || strstr (t, "億") || strstr (t, "平方公里"))
        found_traditional = TRUE;
    }
  g_assert_true (found_traditional);
}

static char *
run_shell (const char *command, int *status)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  const char *argv[] = { "/bin/sh", "-c", command, NULL };
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, status, &error);
  g_assert_no_error (error);
  return out;
}

static JsonNode *
parse_line (const char *line)
{
  g_autoptr(JsonParser) p = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_assert_true (json_parser_load_from_data (p, line, -1, &error));
  return json_node_copy (json_parser_get_root (p));
}

static void
test_chain_equals_direct (void)
{
  if (!plugins_present ())
    return;
  g_autofree char *bin = g_shell_quote (g_getenv ("DOCSIFT_BIN"));
  g_autofree char *path = example_path ("004_");
  g_autofree char *q = g_shell_quote (path);
  g_autofree char *chain_cmd = g_strdup_printf ("%s -q -p normalize %s | %s -q -p numbers - | %s -q -p slogans,timeline -",
                                                bin, q, bin, bin);
  g_autofree char *direct_cmd = g_strdup_printf ("%s -q -p normalize,numbers,slogans,timeline %s", bin, q);
  int s1, s2;
  g_autofree char *chain = run_shell (chain_cmd, &s1);
  g_autofree char *direct = run_shell (direct_cmd, &s2);
  g_assert_true (g_spawn_check_wait_status (s1, NULL));
  g_assert_true (g_spawn_check_wait_status (s2, NULL));

  g_autoptr(JsonNode) a = parse_line (chain);
  g_autoptr(JsonNode) b = parse_line (direct);
  JsonObject *oa = json_node_get_object (a), *ob = json_node_get_object (b);
  const char *members[] = { "text", "views", "layers", "meta" };
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      JsonNode *ma = json_object_get_member (oa, members[i]);
      JsonNode *mb = json_object_get_member (ob, members[i]);
      g_assert_nonnull (ma);
      g_assert_nonnull (mb);
      if (!json_node_equal (ma, mb))
        g_error ("\"%s\" differs between the chained and the single run", members[i]);
    }
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (oa, "layers")), ==, 4);
}

static void
test_readme_main_command (void)
{
  if (!plugins_present ())
    return;
  /* What the README's first command runs, with the default plugins. */
  g_autofree char *bin = g_shell_quote (g_getenv ("DOCSIFT_BIN"));
  g_autofree char *dir = g_build_filename (g_getenv ("DOCSIFT_SOURCE_DIR"), "examples", NULL);
  g_autofree char *qdir = g_shell_quote (dir);
  g_autofree char *cmd = g_strdup_printf ("%s -q %s", bin, qdir);
  int status;
  g_autofree char *out = run_shell (cmd, &status);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  guint n = 0;
  for (guint i = 0; lines[i] && *lines[i]; i++, n++)
    {
      g_autoptr(JsonNode) node = parse_line (lines[i]);
      JsonObject *o = json_node_get_object (node);
      g_assert_false (json_object_has_member (o, "error"));
      JsonObject *layers = json_object_get_object_member (o, "layers");
      for (guint p = 0; all_plugins[p]; p++)
        g_assert_true (json_object_has_member (layers, all_plugins[p]));
      const char *text = json_object_get_string_member (o, "text");
      g_autoptr(JsonNode) ln = json_node_new (JSON_NODE_OBJECT);
      json_node_set_object (ln, layers);
      check_spans (ln, text, g_utf8_strlen (text, -1), json_object_get_string_member (o, "id"));
    }
  g_assert_cmpuint (n, ==, 5);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/integration/traditional-spans", test_traditional_spans);
  g_test_add_func ("/integration/chain-equals-direct", test_chain_equals_direct);
  g_test_add_func ("/integration/readme-main-command", test_readme_main_command);
  return g_test_run ();
}
