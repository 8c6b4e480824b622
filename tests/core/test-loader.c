/* test-loader.c: every refusal of the plugin loader, with a built test
 * plugin for each case (tests/core/plugins), and a crashing plugin.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-pipeline.h"
#include "core-test-util.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  f->dir = ct_make_tmp_dir ();
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  ct_rm_rf (f->dir);
  g_free (f->dir);
}

/* Loads the copy of test plugin @name and checks the refusal. */
static void
expect_refusal (Fixture *f, const char *name, DsLoaderError code, const char *needle)
{
  g_autofree char *path = ct_copy_test_plugin (name, f->dir);
  DsPluginInfo *info = _ds_plugin_info_load (path);
  g_assert_nonnull (info);
  g_assert_null (info->desc);
  g_assert_null (info->handle);
  g_assert_error (info->error, DS_LOADER_ERROR, (gint) code);
  /* the message names the file */
  g_assert_nonnull (strstr (info->error->message, path));
  if (needle != NULL && strstr (info->error->message, needle) == NULL)
    g_error ("%s: message \"%s\" does not mention \"%s\"", name, info->error->message, needle);
  g_assert_cmpstr (info->name, ==, name);
  _ds_plugin_info_free (info);
}

static void
test_good (Fixture *f, gconstpointer data)
{
  g_autofree char *path = ct_copy_test_plugin ("good", f->dir);
  DsPluginInfo *info = _ds_plugin_info_load (path);
  g_assert_no_error (info->error);
  g_assert_nonnull (info->desc);
  g_assert_nonnull (info->handle);
  g_assert_cmpstr (info->desc->name, ==, "good");
  g_assert_cmpstr (info->name, ==, "good");
  g_assert_cmpuint (info->desc->abi_major, ==, DS_ABI_MAJOR);
  g_assert_cmpuint (info->desc->struct_size, ==, sizeof (DsPluginDesc));
  g_assert_cmpstr (info->desc->provides[0], ==, "good");
  g_assert_nonnull (info->desc->process);
  _ds_plugin_info_free (info);
}

static void
test_abi_major (Fixture *f, gconstpointer data)
{
  expect_refusal (f, "abi_major", DS_LOADER_ERROR_ABI_MAJOR, "99.");
}

static void
test_abi_minor (Fixture *f, gconstpointer data)
{
  g_autofree char *newer = g_strdup_printf ("%d.%d", DS_ABI_MAJOR, DS_ABI_MINOR + 1);
  expect_refusal (f, "abi_minor", DS_LOADER_ERROR_ABI_MINOR, newer);
}

static void
test_not_a_plugin (Fixture *f, gconstpointer data)
{
  expect_refusal (f, "nodesc", DS_LOADER_ERROR_NOT_A_PLUGIN, "not a docsift plugin");
}

static void
test_undefined_symbol (Fixture *f, gconstpointer data)
{
  expect_refusal (f, "undef", DS_LOADER_ERROR_MISSING_SYMBOL, "tp_symbol_that_nobody_defines");
}

static void
test_name_mismatch (Fixture *f, gconstpointer data)
{
  expect_refusal (f, "misnamed", DS_LOADER_ERROR_NAME_MISMATCH, "other_name");
}

static void
test_missing_process (Fixture *f, gconstpointer data)
{
  expect_refusal (f, "noprocess", DS_LOADER_ERROR_BAD_DESCRIPTOR, "process");
}

static void
test_not_a_shared_object (Fixture *f, gconstpointer data)
{
  g_autofree char *path = ct_write_file (f->dir, "docsift-junk.so", "this is not ELF\n", -1);
  g_assert_cmpint (g_chmod (path, 0755), ==, 0);
  DsPluginInfo *info = _ds_plugin_info_load (path);
  g_assert_null (info->desc);
  g_assert_error (info->error, DS_LOADER_ERROR, DS_LOADER_ERROR_OPEN);
  g_assert_nonnull (strstr (info->error->message, path));
  _ds_plugin_info_free (info);
}

static void
test_unsafe_file (Fixture *f, gconstpointer data)
{
  g_autofree char *path = ct_copy_test_plugin ("good", f->dir);
  const int modes[] = { 0775, 0757, 0666, 0620 };
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_assert_cmpint (g_chmod (path, modes[i]), ==, 0);
      DsPluginInfo *info = _ds_plugin_info_load (path);
      g_assert_null (info->desc);
      g_assert_error (info->error, DS_LOADER_ERROR, DS_LOADER_ERROR_UNSAFE);
      g_assert_nonnull (strstr (info->error->message, path));
      g_assert_nonnull (strstr (info->error->message, "plugin file"));
      _ds_plugin_info_free (info);
    }
  /* and once the mode is fixed, it loads */
  g_assert_cmpint (g_chmod (path, 0755), ==, 0);
  DsPluginInfo *info = _ds_plugin_info_load (path);
  g_assert_no_error (info->error);
  g_assert_nonnull (info->desc);
  _ds_plugin_info_free (info);
}

static void
test_unsafe_folder (Fixture *f, gconstpointer data)
{
  g_autofree char *sub = g_build_filename (f->dir, "shared-folder", NULL);
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_autofree char *path = ct_copy_test_plugin ("good", sub);
  const int modes[] = { 0777, 0770, 0703 };
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_assert_cmpint (g_chmod (sub, modes[i]), ==, 0);
      DsPluginInfo *info = _ds_plugin_info_load (path);
      g_assert_null (info->desc);
      g_assert_error (info->error, DS_LOADER_ERROR, DS_LOADER_ERROR_UNSAFE);
      g_assert_nonnull (strstr (info->error->message, path));
      g_assert_nonnull (strstr (info->error->message, "folder"));
      _ds_plugin_info_free (info);
    }

  /* through a registry scan too: refused, and lookup says why */
  g_autoptr(DsRegistry) reg = _ds_registry_new ();
  _ds_registry_add_dir (reg, sub);
  _ds_registry_scan (reg);
  g_assert_cmpuint (reg->plugins->len, ==, 1);
  g_autoptr(GError) error = NULL;
  g_assert_null (_ds_registry_lookup (reg, "good", &error));
  g_assert_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "refused"));
  g_assert_nonnull (strstr (error->message, path));
  g_assert_cmpint (g_chmod (sub, 0700), ==, 0);
}

/* Loads @path and expects a refusal whose message names @folder. */
static void
expect_unsafe (const char *path, const char *folder)
{
  DsPluginInfo *info = _ds_plugin_info_load (path);
  g_assert_null (info->desc);
  g_assert_error (info->error, DS_LOADER_ERROR, DS_LOADER_ERROR_UNSAFE);
  g_autofree char *named = g_strdup_printf ("the folder %s ", folder);
  if (strstr (info->error->message, named) == NULL)
    g_error ("message \"%s\" does not name %s", info->error->message, folder);
  _ds_plugin_info_free (info);
}

/* Every folder up to / is checked, on the real path and where a link
 * sits (issue 14: a 0755 folder inside a 0777 one passed, and a link in a
 * safe folder led into a world-writable one). */
static void
test_unsafe_ancestors (Fixture *f, gconstpointer data)
{
  g_autofree char *open_dir = g_build_filename (f->dir, "open", NULL);
  g_autofree char *inner = g_build_filename (open_dir, "inner", NULL);
  g_assert_cmpint (g_mkdir_with_parents (inner, 0755), ==, 0);
  g_autofree char *path = ct_copy_test_plugin ("good", inner);
  g_assert_cmpint (g_chmod (open_dir, 0777), ==, 0);
  expect_unsafe (path, open_dir);

  /* a link from a safe folder to it: refused, naming the real folder */
  g_autofree char *safe = g_build_filename (f->dir, "safe", NULL);
  g_assert_cmpint (g_mkdir (safe, 0755), ==, 0);
  g_autofree char *link = g_build_filename (safe, "docsift-good.so", NULL);
  g_assert_cmpint (symlink (path, link), ==, 0);
  expect_unsafe (link, open_dir);

  /* sticky like /tmp: others cannot rename what is ours, so it passes */
  g_assert_cmpint (g_chmod (open_dir, 01777), ==, 0);
  DsPluginInfo *info = _ds_plugin_info_load (link);
  g_assert_no_error (info->error);
  _ds_plugin_info_free (info);

  /* a link sitting in a group-writable folder, to a safe plugin */
  g_assert_cmpint (g_chmod (open_dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (safe, 0775), ==, 0);
  expect_unsafe (link, safe);
  g_assert_cmpint (g_chmod (safe, 0755), ==, 0);
  info = _ds_plugin_info_load (link);
  g_assert_no_error (info->error);
  _ds_plugin_info_free (info);
}

static void
test_duplicates (Fixture *f, gconstpointer data)
{
  g_autofree char *a = g_build_filename (f->dir, "first", NULL);
  g_autofree char *b = g_build_filename (f->dir, "second", NULL);
  g_assert_cmpint (g_mkdir (a, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (b, 0755), ==, 0);
  g_autofree char *pa = ct_copy_test_plugin ("good", a);
  g_autofree char *pb = ct_copy_test_plugin ("good", b);
  g_free (ct_copy_test_plugin ("ord_a", b));

  g_autoptr(DsRegistry) reg = _ds_registry_new ();
  _ds_registry_add_path_list (reg, a);
  _ds_registry_add_dir (reg, b);
  _ds_registry_add_dir (reg, a); /* ignored: already there */
  g_assert_cmpuint (reg->dirs->len, ==, 2);
  _ds_registry_scan (reg);
  g_assert_cmpuint (reg->plugins->len, ==, 3);

  DsPluginInfo *first = g_ptr_array_index (reg->plugins, 0);
  g_assert_cmpstr (first->path, ==, pa);
  g_assert_nonnull (first->desc);
  DsPluginInfo *dup = g_ptr_array_index (reg->plugins, 1);
  g_assert_cmpstr (dup->path, ==, pb);
  g_assert_null (dup->desc);
  g_assert_error (dup->error, DS_LOADER_ERROR, DS_LOADER_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (dup->error->message, pb)); /* names the ignored file … */
  g_assert_nonnull (strstr (dup->error->message, pa)); /* … and the one that won */
  DsPluginInfo *other = g_ptr_array_index (reg->plugins, 2);
  g_assert_nonnull (other->desc);
  g_assert_cmpstr (other->desc->name, ==, "ord_a");

  g_autoptr(GError) error = NULL;
  DsPluginInfo *found = _ds_registry_lookup (reg, "good", &error);
  g_assert_no_error (error);
  g_assert_true (found == first);

  /* the other order: the second folder wins */
  g_autoptr(DsRegistry) rev = _ds_registry_new ();
  _ds_registry_add_path_list (rev, b);
  _ds_registry_add_path_list (rev, a);
  _ds_registry_scan (rev);
  found = _ds_registry_lookup (rev, "good", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found->path, ==, pb);
}

static void
test_registry_scan_mixed (Fixture *f, gconstpointer data)
{
  const char *names[] = { "good", "abi_major", "abi_minor", "nodesc", "undef", "misnamed", "noprocess" };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_free (ct_copy_test_plugin (names[i], f->dir));
  g_free (ct_write_file (f->dir, "not-a-plugin.so", "x", -1));
  g_free (ct_write_file (f->dir, "docsift-readme.txt", "x", -1));

  g_autoptr(DsRegistry) reg = _ds_registry_new ();
  g_autofree char *list = g_strdup_printf ("%s:/nonexistent/docsift-test-dir:", f->dir);
  _ds_registry_add_path_list (reg, list);
  g_assert_cmpuint (reg->dirs->len, ==, 2);
  _ds_registry_scan (reg);
  /* only docsift-*.so files, sorted by name */
  g_assert_cmpuint (reg->plugins->len, ==, G_N_ELEMENTS (names));
  guint accepted = 0;
  for (guint i = 0; i < reg->plugins->len; i++)
    {
      DsPluginInfo *info = g_ptr_array_index (reg->plugins, i);
      if (i > 0)
        g_assert_cmpstr (((DsPluginInfo *) g_ptr_array_index (reg->plugins, i - 1))->path, <, info->path);
      accepted += info->desc != NULL;
      g_assert_true ((info->desc != NULL) == (info->error == NULL));
    }
  g_assert_cmpuint (accepted, ==, 1);

  g_autoptr(GError) error = NULL;
  g_assert_null (_ds_registry_lookup (reg, "abi_major", &error));
  g_assert_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "refused"));
  g_clear_error (&error);
  g_assert_null (_ds_registry_lookup (reg, "absent", &error));
  g_assert_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, f->dir));
  /* the descriptor name of the misnamed plugin is not a plugin either */
  g_clear_error (&error);
  g_assert_null (_ds_registry_lookup (reg, "other_name", &error));
  g_assert_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_NOT_FOUND);
}

/* A plugin that crashes in process takes the process down (the core cannot
 * survive that); the harness sees a crashed subprocess, not a hang. */
static void
test_crash_in_process (void)
{
  if (g_test_subprocess ())
    {
      struct rlimit no_core = { 0, 0 };
      setrlimit (RLIMIT_CORE, &no_core);
      g_autofree char *dir = ct_make_tmp_dir ();
      g_free (ct_copy_test_plugin ("crash", dir));
      g_autoptr(DsRegistry) reg = _ds_registry_new ();
      _ds_registry_add_dir (reg, dir);
      _ds_registry_scan (reg);
      g_autoptr(DsConfig) config = _ds_config_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(DsPipeline) pipeline = _ds_pipeline_new (reg, config, "crash", &error);
      g_assert_no_error (error);
      ct_rm_rf (dir);
      g_autoptr(DsDocument) doc = ds_document_new ("d", NULL, g_strdup ("文本"), 6, NULL);
      g_printerr ("about to crash\n");
      _ds_pipeline_process (pipeline, doc, &error);
      g_printerr ("survived the crash\n");
      return;
    }
  g_test_trap_subprocess (NULL, 15 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*about to crash*");
  g_test_trap_assert_stderr_unmatched ("*survived the crash*");
}

/* DsHarness finds plugins in the config's plugin-path, as the command does
 * (one search path for both). In a subprocess: GLib reads XDG_CONFIG_HOME
 * once per process. */
static void
test_harness_config_path (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = ct_make_tmp_dir ();
      g_autofree char *plugins = g_build_filename (dir, "plugins", NULL);
      g_assert_cmpint (g_mkdir (plugins, 0755), ==, 0);
      g_autofree char *so = ct_copy_test_plugin ("good", plugins);
      g_autofree char *cfgdir = g_build_filename (dir, "docsift", NULL);
      g_assert_cmpint (g_mkdir (cfgdir, 0700), ==, 0);
      g_autofree char *conf = g_strdup_printf ("[docsift]\nplugin-path=%s\n", plugins);
      g_autofree char *cf = ct_write_file (cfgdir, "docsift.conf", conf, -1);
      g_setenv ("XDG_CONFIG_HOME", dir, TRUE);
      g_unsetenv ("DOCSIFT_PLUGIN_PATH");
      g_autoptr (GError) error = NULL;
      g_autoptr (DsHarness) h = ds_harness_new (NULL, &error);
      g_assert_no_error (error);
      gboolean ok = ds_harness_select (h, "good", &error);
      ct_rm_rf (dir);
      g_assert_no_error (error);
      g_assert_true (ok);
      return;
    }
  g_test_trap_subprocess (NULL, 0, 0);
  g_test_trap_assert_passed ();
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add ("/loader/" path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("good", test_good);
  ADD ("abi-major-mismatch", test_abi_major);
  ADD ("abi-newer-minor", test_abi_minor);
  ADD ("not-a-plugin", test_not_a_plugin);
  ADD ("undefined-symbol", test_undefined_symbol);
  ADD ("name-mismatch", test_name_mismatch);
  ADD ("missing-process", test_missing_process);
  ADD ("not-a-shared-object", test_not_a_shared_object);
  ADD ("unsafe-file", test_unsafe_file);
  ADD ("unsafe-folder", test_unsafe_folder);
  ADD ("unsafe-ancestors", test_unsafe_ancestors);
  ADD ("duplicates", test_duplicates);
  ADD ("registry-scan-mixed", test_registry_scan_mixed);
  g_test_add_func ("/loader/crash-in-process", test_crash_in_process);
  g_test_add_func ("/loader/harness-config-path", test_harness_config_path);
  return g_test_run ();
}
