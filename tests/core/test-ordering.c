/* test-ordering.c: requires/provides resolution, topological order, cycles,
 * missing providers, optional inputs, options, failures.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-pipeline.h"
#include "core-test-util.h"

#include <string.h>

typedef struct
{
  char *dir;
  DsRegistry *reg;
  DsConfig *config;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  const char *names[] = { "ord_a", "ord_b", "ord_c", "cyc_x", "cyc_y", "cyc_z", "needy",
                          "opt_reader", "failer", "after_fail", "good" };
  f->dir = ct_make_tmp_dir ();
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_free (ct_copy_test_plugin (names[i], f->dir));
  f->reg = _ds_registry_new ();
  _ds_registry_add_dir (f->reg, f->dir);
  _ds_registry_scan (f->reg);
  for (guint i = 0; i < f->reg->plugins->len; i++)
    g_assert_no_error (((DsPluginInfo *) g_ptr_array_index (f->reg->plugins, i))->error);
  g_assert_cmpuint (f->reg->plugins->len, ==, G_N_ELEMENTS (names));
  f->config = _ds_config_new ();
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  _ds_config_free (f->config);
  _ds_registry_free (f->reg);
  ct_rm_rf (f->dir);
  g_free (f->dir);
}

static char *
order_of (Fixture *f, const char *names)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPipeline) p = _ds_pipeline_new (f->reg, f->config, names, &error);
  g_assert_no_error (error);
  return _ds_pipeline_describe (p);
}

static DsDocument *
run (DsPipeline *p, GError **error)
{
  DsDocument *doc = ds_document_new ("d", NULL, g_strdup ("\xF0\xA0\x80\x80文本"), 10, NULL);
  _ds_pipeline_process (p, doc, error);
  return doc;
}

static void
test_chain (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPipeline) p = _ds_pipeline_new (f->reg, f->config, "ord_c", &error);
  g_assert_no_error (error);
  g_autofree char *order = _ds_pipeline_describe (p);
  g_assert_cmpstr (order, ==, "ord_a, ord_b, ord_c");
  /* only ord_c was asked for */
  for (guint i = 0; i < p->stages->len; i++)
    {
      DsStage *s = g_ptr_array_index (p->stages, i);
      g_assert_true (s->requested == g_str_equal (s->info->desc->name, "ord_c"));
      g_assert_true (s->initialized);
    }

  /* they run in that order, and every layer is stamped by its plugin */
  g_autoptr(DsDocument) doc = run (p, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ds_document_get_meta_string (doc, "trace"), ==, "ord_a,ord_b,ord_c");
  DsLayer *b = ds_document_get_layer (doc, "b");
  g_assert_nonnull (b);
  g_assert_cmpstr (ds_layer_get_plugin (b), ==, "ord_b");
  g_assert_cmpstr (ds_layer_get_version (b), ==, "0.0.1");
  JsonObject *item = json_array_get_object_element (ds_layer_get_items (b), 0);
  g_assert_cmpstr (json_object_get_string_member (item, "text"), ==, "\xF0\xA0\x80\x80");
  g_assert_cmpint (json_object_get_int_member (item, "end"), ==, 1);

  /* whatever order they are named in */
  g_autofree char *o2 = order_of (f, "ord_c,ord_b,ord_a");
  g_assert_cmpstr (o2, ==, "ord_a, ord_b, ord_c");
  g_autofree char *o3 = order_of (f, " ord_b , ord_c,,ord_b");
  g_assert_cmpstr (o3, ==, "ord_a, ord_b, ord_c");
  /* independent plugins keep the order they were named in */
  g_autofree char *o4 = order_of (f, "good,ord_a");
  g_assert_cmpstr (o4, ==, "good, ord_a");
  g_autofree char *o5 = order_of (f, "ord_a,good");
  g_assert_cmpstr (o5, ==, "ord_a, good");
}

static void
test_chain_reread (Fixture *f, gconstpointer data)
{
  /* A stage pulled in only as a requirement is skipped when the document
   * already has what it provides (re-read input); a requested one runs. */
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPipeline) p = _ds_pipeline_new (f->reg, f->config, "ord_c", &error);
  g_assert_no_error (error);
  g_autoptr(DsDocument) doc = ds_document_new ("d", NULL, g_strdup ("x"), 1, NULL);
  ds_document_add_layer (doc, "a");
  ds_document_add_layer (doc, "b");
  g_assert_true (_ds_pipeline_process (p, doc, &error));
  g_assert_cmpstr (ds_document_get_meta_string (doc, "trace"), ==, "ord_c");

  g_autoptr(DsPipeline) p2 = _ds_pipeline_new (f->reg, f->config, "ord_b,ord_c", &error);
  g_autoptr(DsDocument) doc2 = ds_document_new ("d", NULL, g_strdup ("x"), 1, NULL);
  ds_document_add_layer (doc2, "a");
  ds_document_add_layer (doc2, "b");
  g_assert_true (_ds_pipeline_process (p2, doc2, &error));
  g_assert_cmpstr (ds_document_get_meta_string (doc2, "trace"), ==, "ord_b,ord_c");
}

static void
test_cycle (Fixture *f, gconstpointer data)
{
  const char *selections[] = { "cyc_x", "cyc_y", "cyc_z,cyc_x", "good,cyc_y" };
  for (guint i = 0; i < G_N_ELEMENTS (selections); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DsPipeline) p = _ds_pipeline_new (f->reg, f->config, selections[i], &error);
      g_assert_null (p);
      g_assert_error (error, DS_PIPELINE_ERROR, DS_PIPELINE_ERROR_CYCLE);
      /* the message names the whole loop */
      g_assert_nonnull (strstr (error->message, "cyc_x"));
      g_assert_nonnull (strstr (error->message, "cyc_y"));
      g_assert_nonnull (strstr (error->message, "cyc_z"));
      g_assert_null (strstr (error->message, "good"));
      /* x needs y, y needs z, z needs x: providers come first in the loop */
      g_assert_true (strstr (error->message, "cyc_z → cyc_y") || strstr (error->message, "cyc_y → cyc_x") ||
                     strstr (error->message, "cyc_x → cyc_z"));
    }
}

static void
test_missing_provider (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPipeline) p = _ds_pipeline_new (f->reg, f->config, "good,needy", &error);
  g_assert_null (p);
  g_assert_error (error, DS_PIPELINE_ERROR, DS_PIPELINE_ERROR_MISSING_PROVIDER);
  g_assert_nonnull (strstr (error->message, "needy"));
  g_assert_nonnull (strstr (error->message, "nowhere"));

  /* unknown plugin name */
  g_clear_error (&error);
  g_assert_null (_ds_pipeline_new (f->reg, f->config, "ord_a,nosuch", &error));
  g_assert_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "nosuch"));

  /* nothing selected */
  g_clear_error (&error);
  g_assert_null (_ds_pipeline_new (f->reg, f->config, " , ", &error));
  g_assert_error (error, DS_PIPELINE_ERROR, DS_PIPELINE_ERROR_EMPTY);
}

static void
test_optional (Fixture *f, gconstpointer data)
{
  /* optional input: after its provider when both are selected … */
  g_autofree char *both = order_of (f, "opt_reader,ord_a");
  g_assert_cmpstr (both, ==, "ord_a, opt_reader");
  /* … also when the provider is only pulled in by someone else */
  g_autofree char *pulled = order_of (f, "opt_reader,ord_b");
  g_assert_cmpstr (pulled, ==, "ord_a, opt_reader, ord_b");
  /* … and the provider is not pulled in by the optional input alone */
  g_autofree char *alone = order_of (f, "opt_reader");
  g_assert_cmpstr (alone, ==, "opt_reader");

  g_autoptr(GError) error = NULL;
  g_autoptr(DsPipeline) p = _ds_pipeline_new (f->reg, f->config, "opt_reader", &error);
  g_autoptr(DsDocument) doc = run (p, &error);
  g_assert_no_error (error);
  g_assert_null (ds_document_get_layer (doc, "a"));
  g_assert_nonnull (ds_document_get_layer (doc, "r"));
}

static void
test_options (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  /* undeclared key */
  g_assert_true (_ds_config_set_option_string (f->config, "ord_b.colour=red", &error));
  g_assert_null (_ds_pipeline_new (f->reg, f->config, "ord_b", &error));
  g_assert_error (error, DS_PIPELINE_ERROR, DS_PIPELINE_ERROR_BAD_OPTION);
  g_assert_nonnull (strstr (error->message, "ord_b"));
  g_assert_nonnull (strstr (error->message, "colour"));
  g_assert_nonnull (strstr (error->message, "flag")); /* lists the known ones */
  g_clear_error (&error);
  /* … also on a plugin only pulled in */
  g_assert_null (_ds_pipeline_new (f->reg, f->config, "ord_c", &error));
  g_assert_error (error, DS_PIPELINE_ERROR, DS_PIPELINE_ERROR_BAD_OPTION);
  g_clear_error (&error);
  /* … but not on a plugin that does not run */
  g_autoptr(DsPipeline) p0 = _ds_pipeline_new (f->reg, f->config, "ord_a", &error);
  g_assert_no_error (error);

  /* declared key: the plugin sees it (default false, here true) */
  g_autoptr(DsConfig) config = _ds_config_new ();
  g_assert_true (_ds_config_set_option_string (config, "ord_a.flag=yes", &error));
  g_autoptr(DsPipeline) p = _ds_pipeline_new (f->reg, config, "ord_b", &error);
  g_assert_no_error (error);
  g_autoptr(DsDocument) doc = run (p, &error);
  g_assert_no_error (error);
  JsonObject *ia = json_array_get_object_element (ds_layer_get_items (ds_document_get_layer (doc, "a")), 0);
  JsonObject *ib = json_array_get_object_element (ds_layer_get_items (ds_document_get_layer (doc, "b")), 0);
  g_assert_true (json_object_get_boolean_member (ia, "flag"));
  g_assert_false (json_object_get_boolean_member (ib, "flag"));

  /* a value init cannot parse: an init error naming plugin, key and value */
  g_assert_true (_ds_config_set_option_string (config, "ord_b.flag=maybe", &error));
  g_autoptr(DsPipeline) p2 = _ds_pipeline_new (f->reg, config, "ord_b", &error);
  g_assert_null (p2);
  g_assert_error (error, DS_PIPELINE_ERROR, DS_PIPELINE_ERROR_INIT);
  g_assert_nonnull (strstr (error->message, "ord_b"));
  g_assert_nonnull (strstr (error->message, "maybe"));
}

static void
test_failure_and_skip (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsPipeline) p = _ds_pipeline_new (f->reg, f->config, "after_fail,ord_a", &error);
  g_assert_no_error (error);
  g_autofree char *order = _ds_pipeline_describe (p);
  g_assert_cmpstr (order, ==, "ord_a, failer, after_fail");

  g_autoptr(DsDocument) doc = ds_document_new ("d", NULL, g_strdup ("x"), 1, NULL);
  g_assert_false (_ds_pipeline_process (p, doc, &error));
  /* the first failure, with the plugin's name */
  g_assert_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_FAILED);
  g_assert_true (g_str_has_prefix (error->message, "failer: "));
  /* the dependent plugin is skipped; the independent one still runs */
  g_assert_cmpstr (ds_document_get_meta_string (doc, "trace"), ==, "ord_a");
  g_assert_null (ds_document_get_layer (doc, "af"));

  GString *out = g_string_new (NULL);
  ds_document_to_json (doc, out, 0);
  g_autoptr(JsonNode) root = ct_parse_json (out->str);
  g_string_free (out, TRUE);
  JsonObject *o = json_node_get_object (root);
  JsonObject *err = json_object_get_object_member (o, "error");
  g_assert_nonnull (err);
  g_assert_cmpstr (json_object_get_string_member (err, "plugin"), ==, "failer");
  g_assert_nonnull (strstr (json_object_get_string_member (err, "message"), "on purpose"));
  JsonArray *all = json_object_get_array_member (o, "errors");
  g_assert_cmpuint (json_array_get_length (all), ==, 2);
  JsonObject *skip = json_array_get_object_element (all, 1);
  g_assert_cmpstr (json_object_get_string_member (skip, "plugin"), ==, "after_fail");
  g_assert_cmpint (json_object_get_int_member (skip, "code"), ==, DS_PIPELINE_ERROR_SKIPPED);
}

static void
test_harness (void)
{
  /* the public harness over the same test plugins */
  g_autofree char *dir = ct_make_tmp_dir ();
  g_free (ct_copy_test_plugin ("ord_a", dir));
  g_free (ct_copy_test_plugin ("ord_b", dir));
  const char *dirs[] = { dir, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(DsHarness) h = ds_harness_new (dirs, &error);
  g_assert_no_error (error);
  g_assert_false (ds_harness_set_option (h, "nodot", "1", &error));
  g_assert_error (error, DS_CONFIG_ERROR, DS_CONFIG_ERROR_BAD_OPTION);
  g_clear_error (&error);
  g_assert_true (ds_harness_set_option (h, "ord_b.flag", "on", &error));
  g_assert_true (ds_harness_select (h, "ord_b", &error));
  g_autoptr(DsDocument) doc = ds_harness_process_text (h, "甲乙", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ds_document_get_meta_string (doc, "trace"), ==, "ord_a,ord_b");
  g_assert_null (ds_harness_process_text (h, "a\xff", -1, &error));
  g_assert_error (error, DS_PLUGIN_ERROR, DS_PLUGIN_ERROR_INPUT);
  ct_rm_rf (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add ("/ordering/" path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("chain", test_chain);
  ADD ("chain-reread-skips-pulled-in", test_chain_reread);
  ADD ("cycle", test_cycle);
  ADD ("missing-provider", test_missing_provider);
  ADD ("optional", test_optional);
  ADD ("options", test_options);
  ADD ("failure-and-skip", test_failure_and_skip);
  g_test_add_func ("/ordering/harness", test_harness);
  return g_test_run ();
}
