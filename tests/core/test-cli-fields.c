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

/* ---- every shipped plugin declares what it writes ----
 *
 * One run of every plugin of the build tree over examples/ and, when
 * present, ../shared/corpus/docs, with every option a field's help names
 * ("with -o PLUGIN.KEY=VALUE: …") turned on. Then, for each plugin:
 * - every member path under its provided layers and views is declared, with
 *   a type that allows each JSON type seen ("number" takes integers too,
 *   "|null" adds null). Not listed and still covered: the layer's plugin and
 *   version (the core writes them), the spans of items (start, end, text),
 *   what lies inside a declared array (its help describes the elements), and
 *   objects and arrays whose members are declared;
 * - every declared path occurs at least once, unless its help says it is
 *   conditional with the word "only" or "absent";
 * - every declared type is one of the types ds-plugin.h names, and every
 *   declared path lies under a layer or view the plugin provides. */

enum
{
  T_STRING = 1 << 0,
  T_INTEGER = 1 << 1,
  T_NUMBER = 1 << 2,
  T_BOOLEAN = 1 << 3,
  T_ARRAY = 1 << 4,
  T_OBJECT = 1 << 5,
  T_NULL = 1 << 6,
};

static const char *const type_names[] = { "string", "integer", "number", "boolean", "array", "object", "null" };

static guint
node_type (JsonNode *n)
{
  switch (json_node_get_node_type (n))
    {
    case JSON_NODE_OBJECT:
      return T_OBJECT;
    case JSON_NODE_ARRAY:
      return T_ARRAY;
    case JSON_NODE_NULL:
      return T_NULL;
    case JSON_NODE_VALUE:
      break;
    }
  GType t = json_node_get_value_type (n);
  return t == G_TYPE_INT64 ? T_INTEGER : t == G_TYPE_DOUBLE ? T_NUMBER : t == G_TYPE_BOOLEAN ? T_BOOLEAN : T_STRING;
}

/* "number|null" -> T_NUMBER | T_INTEGER | T_NULL; 0 for a type the API
 * does not name */
static guint
declared_types (const char *type)
{
  g_auto(GStrv) alts = g_strsplit (type, "|", -1);
  guint bits = 0;
  for (guint i = 0; alts[i]; i++)
    {
      guint b = 0;
      for (guint k = 0; k < G_N_ELEMENTS (type_names); k++)
        if (g_str_equal (alts[i], type_names[k]))
          b = 1u << k;
      if (b == 0)
        return 0;
      bits |= b == T_NUMBER ? (T_NUMBER | T_INTEGER) : b;
    }
  return bits;
}

static char *
types_string (guint bits)
{
  GString *s = g_string_new (NULL);
  for (guint k = 0; k < G_N_ELEMENTS (type_names); k++)
    if (bits & (1u << k))
      g_string_append_printf (s, "%s%s", s->len ? "|" : "", type_names[k]);
  return g_string_free (s, FALSE);
}

/* path -> the JSON types seen there (GUINT_TO_POINTER bits) */
static void
walk (JsonNode *n, const char *path, GHashTable *seen)
{
  guint t = node_type (n);
  g_hash_table_insert (seen, g_strdup (path),
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (seen, path)) | t));
  if (t == T_OBJECT)
    {
      JsonObjectIter it;
      const char *name;
      JsonNode *child;
      json_object_iter_init (&it, json_node_get_object (n));
      while (json_object_iter_next (&it, &name, &child))
        {
          g_autofree char *p = g_strconcat (path, ".", name, NULL);
          walk (child, p, seen);
        }
    }
  else if (t == T_ARRAY)
    {
      g_autofree char *p = g_strconcat (path, "[]", NULL);
      JsonArray *a = json_node_get_array (n);
      for (guint i = 0; i < json_array_get_length (a); i++)
        walk (json_array_get_element (a, i), p, seen);
    }
}

/* "with -o numbers.include=all: …" -> "numbers.include=all" */
static char *
option_of_help (const char *help)
{
  if (!g_str_has_prefix (help, "with -o "))
    return NULL;
  const char *p = help + strlen ("with -o ");
  return g_strndup (p, strcspn (p, ": ,)"));
}

static gboolean
is_conditional (const char *help)
{
  return g_regex_match_simple ("\\b(only|absent)\\b", help, 0, 0);
}

/* @path lies under (or is) .layers.NAME / .views.NAME of a name @provides */
static const char *
provided_root (const char *path, JsonArray *provides, char **root)
{
  for (guint i = 0; i < json_array_get_length (provides); i++)
    for (guint k = 0; k < 2; k++)
      {
        g_autofree char *r = g_strconcat (k ? ".views." : ".layers.", json_array_get_string_element (provides, i), NULL);
        gsize rl = strlen (r);
        if (g_str_has_prefix (path, r) && (path[rl] == '\0' || path[rl] == '.' || path[rl] == '['))
          {
            *root = g_steal_pointer (&r);
            return path + rl;
          }
      }
  return NULL;
}

/* a seen path that needs no entry of its own */
static gboolean
covered (const char *path, const char *rest, guint types, JsonArray *fields)
{
  if (*rest == '\0' || g_str_equal (rest, ".plugin") || g_str_equal (rest, ".version"))
    return TRUE;
  if ((g_str_equal (rest, ".items[].start") || g_str_equal (rest, ".items[].end")) && types == T_INTEGER)
    return TRUE;
  if (g_str_equal (rest, ".items[].text") && types == T_STRING)
    return TRUE;
  gsize pl = strlen (path);
  for (guint i = 0; i < json_array_get_length (fields); i++)
    {
      JsonObject *f = json_array_get_object_element (fields, i);
      const char *name = json_object_get_string_member (f, "name");
      gsize nl = strlen (name);
      /* inside a declared array */
      if ((declared_types (json_object_get_string_member (f, "type")) & T_ARRAY) && pl > nl &&
          strncmp (path, name, nl) == 0 && g_str_has_prefix (path + nl, "[]"))
        return TRUE;
      /* a container of declared members */
      if ((types & ~(T_OBJECT | T_ARRAY)) == 0 && nl > pl && strncmp (name, path, pl) == 0 &&
          (name[pl] == '.' || name[pl] == '['))
        return TRUE;
    }
  return FALSE;
}

static void
check_plugin (JsonObject *plugin, GHashTable *seen, GString *problems)
{
  const char *pname = json_object_get_string_member (plugin, "name");
  JsonArray *provides = json_object_get_array_member (plugin, "provides");
  JsonArray *fields = json_object_get_array_member (plugin, "fields");
  guint n_problems = 0, n_seen = 0;
  if (json_array_get_length (fields) == 0)
    {
      g_string_append_printf (problems, "%s: declares no fields\n", pname);
      return;
    }
  g_autoptr(GHashTable) declared = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < json_array_get_length (fields); i++)
    {
      JsonObject *f = json_array_get_object_element (fields, i);
      const char *name = json_object_get_string_member (f, "name");
      const char *type = json_object_get_string_member (f, "type");
      g_autofree char *root = NULL;
      if (declared_types (type) == 0)
        g_string_append_printf (problems, "%s: %s has type \"%s\", not one ds-plugin.h names\n", pname, name, type),
          n_problems++;
      if (provided_root (name, provides, &root) == NULL)
        g_string_append_printf (problems, "%s: %s is not under a layer or view it provides\n", pname, name),
          n_problems++;
      if (!g_hash_table_add (declared, (gpointer) name))
        g_string_append_printf (problems, "%s: %s is declared twice\n", pname, name), n_problems++;
      guint types = GPOINTER_TO_UINT (g_hash_table_lookup (seen, name));
      if (types == 0 && !is_conditional (json_object_get_string_member (f, "help")))
        g_string_append_printf (problems, "%s: declares %s but it never occurs (say \"only ...\" or \"absent ...\" "
                                          "in its help if it is conditional)\n", pname, name),
          n_problems++;
      if (types & ~declared_types (type))
        {
          g_autofree char *ts = types_string (types);
          g_string_append_printf (problems, "%s: %s is declared %s but is %s\n", pname, name, type, ts);
          n_problems++;
        }
    }
  GHashTableIter it;
  gpointer key, value;
  g_hash_table_iter_init (&it, seen);
  while (g_hash_table_iter_next (&it, &key, &value))
    {
      g_autofree char *root = NULL;
      const char *rest = provided_root (key, provides, &root);
      if (rest == NULL)
        continue;
      n_seen++;
      if (g_hash_table_contains (declared, key) || covered (key, rest, GPOINTER_TO_UINT (value), fields))
        continue;
      g_autofree char *ts = types_string (GPOINTER_TO_UINT (value));
      g_string_append_printf (problems, "%s: writes %s (%s) but does not declare it\n", pname, (char *) key, ts);
      n_problems++;
    }
  g_test_message ("%s: %u fields declared, %u member paths seen, %u problems", pname,
                  json_array_get_length (fields), n_seen, n_problems);
  if (n_seen == 0)
    g_string_append_printf (problems, "%s: wrote nothing under what it provides\n", pname);
}

static void
test_shipped_fields_match_output (void)
{
  g_autofree char *json = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("plugins", "--json"), NULL, NULL, &json, NULL, NULL), ==, 0);
  g_autoptr(JsonNode) root = ct_parse_json (json);
  JsonArray *list = json_node_get_array (root);
  /* the shipped ones at least (a new plugin of the tree is checked too) */
  static const char *const shipped[] = { "stats", "normalize", "numbers", "slogans", "timeline", "facts" };
  for (guint i = 0; i < G_N_ELEMENTS (shipped); i++)
    find_plugin (list, shipped[i]);

  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) names = g_string_new (NULL);
  g_ptr_array_add (argv, g_strdup ("-q"));
  g_ptr_array_add (argv, g_strdup ("--format=json"));
  g_ptr_array_add (argv, g_strdup ("--maps=always"));
  g_ptr_array_add (argv, g_strdup ("--no-text")); /* not checked here, and 1/3 of the parsing */
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *p = json_array_get_object_element (list, i);
      g_string_append_printf (names, "%s%s", names->len ? "," : "", json_object_get_string_member (p, "name"));
      JsonArray *fields = json_object_get_array_member (p, "fields");
      for (guint k = 0; k < json_array_get_length (fields); k++)
        {
          char *opt = option_of_help (json_object_get_string_member (json_array_get_object_element (fields, k), "help"));
          if (opt == NULL)
            continue;
          gboolean dup = FALSE;
          for (guint j = 0; j < argv->len; j++)
            dup = dup || g_str_equal (argv->pdata[j], opt);
          if (dup)
            {
              g_free (opt);
              continue;
            }
          g_test_message ("-o %s", opt);
          g_ptr_array_add (argv, g_strdup ("-o"));
          g_ptr_array_add (argv, opt);
        }
    }
  g_ptr_array_add (argv, g_strdup ("-p"));
  g_ptr_array_add (argv, g_strdup (names->str));
  g_ptr_array_add (argv, g_build_filename (ct_source_dir (), "examples", NULL));
  const char *shared = g_getenv ("DOCSIFT_SHARED_DIR") ? g_getenv ("DOCSIFT_SHARED_DIR")
                                                        : g_getenv ("DOCSIFT_SHARED_DIR_DEFAULT");
  g_autofree char *corpus = shared ? g_build_filename (shared, "corpus", "docs", NULL) : NULL;
  if (corpus && g_file_test (corpus, G_FILE_TEST_IS_DIR))
    g_ptr_array_add (argv, g_strdup (corpus));
  else
    g_test_message ("no corpus (DOCSIFT_SHARED_DIR/corpus/docs): examples/ only");
  g_ptr_array_add (argv, NULL);

  g_autofree char *out = NULL, *err = NULL;
  int status = ct_run_docsift ((const char *const *) argv->pdata, NULL, NULL, &out, NULL, &err);
  if (status != 0)
    g_error ("docsift -p %s failed (%d): %s", names->str, status, err);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) lines = ct_lines (out);
  for (guint i = 0; i < lines->len; i++)
    {
      g_autoptr(JsonNode) rec = ct_parse_json (lines->pdata[i]);
      JsonObject *o = json_node_get_object (rec);
      g_assert_false (json_object_has_member (o, "error"));
      for (guint k = 0; k < 2; k++)
        {
          const char *top = k ? "views" : "layers";
          JsonNode *n = json_object_get_member (o, top);
          if (n == NULL || !JSON_NODE_HOLDS_OBJECT (n))
            continue;
          JsonObjectIter it;
          const char *name;
          JsonNode *child;
          json_object_iter_init (&it, json_node_get_object (n));
          while (json_object_iter_next (&it, &name, &child))
            {
              g_autofree char *path = g_strconcat (".", top, ".", name, NULL);
              walk (child, path, seen);
            }
        }
    }
  g_test_message ("%u documents", lines->len);
  g_assert_cmpuint (lines->len, >=, 5);

  g_autoptr(GString) problems = g_string_new (NULL);
  for (guint i = 0; i < json_array_get_length (list); i++)
    check_plugin (json_array_get_object_element (list, i), seen, problems);
  if (problems->len)
    {
      g_auto(GStrv) each = g_strsplit (problems->str, "\n", -1);
      for (guint i = 0; each[i] && *each[i]; i++)
        g_test_message ("%s", each[i]);
      g_test_fail_printf ("the field tables and the output disagree (the messages above)");
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  tmp_dir = ct_make_tmp_dir ();
  g_test_add_func ("/cli-fields/inspect", test_fields);
  g_test_add_func ("/cli-fields/plugins-default-json", test_plugins_default_and_json);
  g_test_add_func ("/cli-fields/shipped-match-output", test_shipped_fields_match_output);
  int ret = g_test_run ();
  ct_rm_rf (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
