/* test-cli-fields.c: the field tables of plugin ABI 1.2 through the CLI:
 * `docsift inspect` lists a plugin's fields, `docsift plugins --json`
 * carries default, requires, optional, provides and fields, and a plugin
 * built for 1.1 gets none whatever its padding holds (issue 18).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "core-test-util.h"

#include <glib/gstdio.h>
#include <string.h>

#define ARGV(...) ((const char *const[]){ __VA_ARGS__, NULL })

static char *tmp_dir;

static JsonObject *
find_plugin (JsonArray *list, const char *name)
{
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *o = json_array_get_object_element (list, i);
      if (g_str_equal (json_object_get_string_member (o, "name"), name))
        return o;
    }
  g_error ("plugin %s not listed", name);
  return NULL;
}

static void
test_fields (void)
{
  g_autofree char *pdir = g_build_filename (tmp_dir, "plugins", NULL);
  g_assert_cmpint (g_mkdir (pdir, 0700), ==, 0);
  g_free (ct_copy_test_plugin ("good", pdir));
  g_free (ct_copy_test_plugin ("old_fields", pdir));

  g_autofree char *text = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("inspect", "good", "--plugin-path", pdir), NULL, NULL, &text, NULL, NULL),
                   ==, 0);
  g_assert_nonnull (strstr (text, "\nFields "));
  g_assert_nonnull (strstr (text, ".layers.good.items[].flag"));
  g_assert_nonnull (strstr (text, "the flag option's value"));

  g_autofree char *json = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("inspect", "good", "--json", "--plugin-path", pdir), NULL, NULL, &json,
                                   NULL, NULL), ==, 0);
  g_autoptr(JsonNode) root = ct_parse_json (json);
  JsonArray *fields = json_object_get_array_member (json_node_get_object (root), "fields");
  g_assert_cmpuint (json_array_get_length (fields), ==, 2);
  JsonObject *f0 = json_array_get_object_element (fields, 0);
  g_assert_cmpstr (json_object_get_string_member (f0, "name"), ==, ".layers.good.items[].flag");
  g_assert_cmpstr (json_object_get_string_member (f0, "type"), ==, "boolean");

  /* built for 1.1: the slot is padding, nothing is listed */
  g_autofree char *old = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("inspect", "old_fields", "--json", "--plugin-path", pdir), NULL, NULL, &old,
                                   NULL, NULL), ==, 0);
  g_autoptr(JsonNode) oroot = ct_parse_json (old);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (oroot), "abi"), ==, "1.1");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (oroot), "fields")), ==,
                    0);
  g_autofree char *old_text = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("inspect", "old_fields", "--plugin-path", pdir), NULL, NULL, &old_text, NULL,
                                   NULL), ==, 0);
  g_assert_nonnull (strstr (old_text, "(not described by the plugin)"));
}

/* `docsift plugins` marks the default set; --json says default, requires,
 * optional, provides and fields for every plugin */
static void
test_plugins_default_and_json (void)
{
  g_autofree char *text = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("plugins"), NULL, NULL, &text, NULL, NULL), ==, 0);
  g_assert_true (g_regex_match_simple ("^numbers +\\S+ +default ", text, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^stats +\\S+ +ok ", text, G_REGEX_MULTILINE, 0));

  g_autofree char *json = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("plugins", "--json"), NULL, NULL, &json, NULL, NULL), ==, 0);
  g_autoptr(JsonNode) root = ct_parse_json (json);
  JsonArray *list = json_node_get_array (root);
  JsonObject *slogans = find_plugin (list, "slogans");
  g_assert_true (json_object_get_boolean_member (slogans, "default"));
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (slogans, "requires"), 0), ==,
                   "normalized");
  g_assert_true (json_object_has_member (slogans, "optional"));
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (slogans, "provides"), 0), ==,
                   "slogans");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (slogans, "fields")), >=, 10);
  JsonObject *stats = find_plugin (list, "stats");
  g_assert_false (json_object_get_boolean_member (stats, "default"));

  /* -p chooses the plugins of a run, the config's plugins= the default set */
  g_autofree char *conf = ct_write_file (tmp_dir, "only-stats.conf", "[docsift]\nplugins=stats\n", -1);
  g_autofree char *json2 = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("plugins", "--json", "--config", conf), NULL, NULL, &json2, NULL, NULL), ==,
                   0);
  g_autoptr(JsonNode) root2 = ct_parse_json (json2);
  g_assert_true (json_object_get_boolean_member (find_plugin (json_node_get_array (root2), "stats"), "default"));
  g_assert_false (json_object_get_boolean_member (find_plugin (json_node_get_array (root2), "numbers"), "default"));
}

/* every field a plugin of this tree declares is written on a document that
 * has it, and every member it writes is declared (stats, all members) */
static void
test_stats_fields_match_output (void)
{
  g_autofree char *a = ct_write_file (tmp_dir, "f.txt", "第一句。第二句！\n\n第三段。", -1);
  g_autofree char *out = NULL, *insp = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("-p", "stats", "-o", "stats.sentences=true", a), NULL, NULL, &out, NULL,
                                   NULL), ==, 0);
  g_assert_cmpint (ct_run_docsift (ARGV ("inspect", "stats", "--json"), NULL, NULL, &insp, NULL, NULL), ==, 0);
  g_autoptr(JsonNode) doc = ct_parse_json (out);
  g_autoptr(JsonNode) desc = ct_parse_json (insp);
  JsonObject *layer = json_object_get_object_member (
    json_object_get_object_member (json_node_get_object (doc), "layers"), "stats");
  JsonArray *fields = json_object_get_array_member (json_node_get_object (desc), "fields");
  g_autoptr(GHashTable) declared = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < json_array_get_length (fields); i++)
    g_hash_table_add (declared, (gpointer) json_object_get_string_member (json_array_get_object_element (fields, i),
                                                                          "name"));
  g_autoptr(GList) members = json_object_get_members (layer);
  for (GList *m = members; m; m = m->next)
    {
      if (g_str_equal (m->data, "plugin") || g_str_equal (m->data, "version") || g_str_equal (m->data, "items"))
        continue;
      g_autofree char *path = g_strdup_printf (".layers.stats.%s", (char *) m->data);
      if (!g_hash_table_contains (declared, path))
        g_error ("stats writes %s but does not declare it", path);
      g_assert_cmpstr (json_node_type_name (json_object_get_member (layer, m->data)), ==, "Integer");
    }
  g_assert_true (g_hash_table_contains (declared, ".layers.stats.items[].kind"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  tmp_dir = ct_make_tmp_dir ();
  g_test_add_func ("/cli-fields/inspect", test_fields);
  g_test_add_func ("/cli-fields/plugins-default-json", test_plugins_default_and_json);
  g_test_add_func ("/cli-fields/stats-match-output", test_stats_fields_match_output);
  int ret = g_test_run ();
  ct_rm_rf (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
