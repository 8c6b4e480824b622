/* test-config.c: config files and option precedence.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-config.h"
#include "core-test-util.h"

#include <glib/gstdio.h>
#include <string.h>

static char *tmp_dir;     /* files written by the tests */
static char *config_home; /* $XDG_CONFIG_HOME for this process */

static char *
write_conf (const char *name, const char *text)
{
  return ct_write_file (tmp_dir, name, text, -1);
}

static void
test_defaults (void)
{
  g_autoptr(DsConfig) c = _ds_config_new ();
  g_assert_cmpstr (c->plugins, ==, DS_DEFAULT_PLUGINS);
  g_assert_cmpint (c->jobs, ==, 0);
  g_assert_cmpuint (g_hash_table_size (c->options), ==, 0);
  g_assert_cmpuint (c->plugin_path->len, ==, 0);
  g_assert_null (_ds_config_get_option (c, "numbers", "include"));
}

static void
test_precedence (void)
{
  g_autofree char *f1 = write_conf ("one.conf",
                                    "# first file\n"
                                    "[docsift]\nplugins = stats, numbers\njobs=2\nplugin-path=/opt/a:/opt/b\n"
                                    "[numbers]\ninclude=all\nunit = 元 \n"
                                    "[timeline]\nreference=2022-01-05\n");
  g_autofree char *f2 = write_conf ("two.conf",
                                    "[numbers]\ninclude=some\n[docsift]\njobs=3\nplugin-path=/opt/c\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(DsConfig) c = _ds_config_new ();

  g_assert_true (_ds_config_load_file (c, f1, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (_ds_config_get_option (c, "numbers", "include"), ==, "all");
  g_assert_cmpstr (c->plugins, ==, "stats, numbers");
  g_assert_cmpint (c->jobs, ==, 2);

  g_assert_true (_ds_config_load_file (c, f2, &error));
  /* later file overrides what it sets, keeps the rest */
  g_assert_cmpstr (_ds_config_get_option (c, "numbers", "include"), ==, "some");
  g_assert_cmpstr (_ds_config_get_option (c, "numbers", "unit"), ==, "元");
  g_assert_cmpstr (_ds_config_get_option (c, "timeline", "reference"), ==, "2022-01-05");
  g_assert_cmpint (c->jobs, ==, 3);
  g_assert_cmpstr (c->plugins, ==, "stats, numbers");
  g_assert_cmpuint (c->plugin_path->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (c->plugin_path, 0), ==, "/opt/a");
  g_assert_cmpstr (g_ptr_array_index (c->plugin_path, 2), ==, "/opt/c");
  g_assert_cmpuint (c->files->len, ==, 2);

  /* -o beats every file */
  g_assert_true (_ds_config_set_option_string (c, "numbers.include=cli", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (_ds_config_get_option (c, "numbers", "include"), ==, "cli");
  /* a later -o beats an earlier one; values may hold '=' and be empty */
  g_assert_true (_ds_config_set_option_string (c, "numbers.include=a=b", &error));
  g_assert_cmpstr (_ds_config_get_option (c, "numbers", "include"), ==, "a=b");
  g_assert_true (_ds_config_set_option_string (c, "numbers.unit=", &error));
  g_assert_cmpstr (_ds_config_get_option (c, "numbers", "unit"), ==, "");
  /* a file loaded after -o would override it: the CLI loads files first */
  g_assert_true (_ds_config_load_file (c, f2, &error));
  g_assert_cmpstr (_ds_config_get_option (c, "numbers", "include"), ==, "some");
}

static void
test_bad_option_syntax (void)
{
  const char *bad[] = { "nodot", "nodot=1", "numbers.", "numbers.key", ".key=v", "numbers.=v", "a=b.c", "" };
  g_autoptr(DsConfig) c = _ds_config_new ();
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_assert_false (_ds_config_set_option_string (c, bad[i], &error));
      g_assert_error (error, DS_CONFIG_ERROR, DS_CONFIG_ERROR_BAD_OPTION);
      g_assert_nonnull (strstr (error->message, "PLUGIN.KEY=VALUE"));
    }
  g_assert_cmpuint (g_hash_table_size (c->options), ==, 0);
}

static void
expect_file_error (const char *name, const char *text, DsConfigError code, const char *needle)
{
  g_autofree char *path = write_conf (name, text);
  g_autoptr(DsConfig) c = _ds_config_new ();
  g_autoptr(GError) error = NULL;
  g_assert_false (_ds_config_load_file (c, path, &error));
  g_assert_error (error, DS_CONFIG_ERROR, (gint) code);
  g_assert_nonnull (strstr (error->message, path));
  if (needle && !strstr (error->message, needle))
    g_error ("\"%s\" does not mention \"%s\"", error->message, needle);
}

static void
test_bad_files (void)
{
  expect_file_error ("badkey.conf", "[docsift]\nplugins=stats\ncolour=blue\n", DS_CONFIG_ERROR_BAD_VALUE, "colour");
  expect_file_error ("badjobs.conf", "[docsift]\njobs=many\n", DS_CONFIG_ERROR_BAD_VALUE, "many");
  expect_file_error ("negjobs.conf", "[docsift]\njobs=-1\n", DS_CONFIG_ERROR_BAD_VALUE, "jobs");
  expect_file_error ("broken.conf", "[docsift\nplugins=stats\n", DS_CONFIG_ERROR_PARSE, NULL);
  expect_file_error ("nogroup.conf", "plugins=stats\n", DS_CONFIG_ERROR_PARSE, NULL);
  expect_file_error ("badutf8.conf", "[numbers]\ninclude=\xff\xfe\n", DS_CONFIG_ERROR_PARSE, NULL);
  expect_file_error ("文件名.conf", "[docsift\n", DS_CONFIG_ERROR_PARSE, "文件名.conf");

  g_autofree char *missing = g_build_filename (tmp_dir, "missing.conf", NULL);
  g_autoptr(DsConfig) c = _ds_config_new ();
  g_autoptr(GError) error = NULL;
  g_assert_false (_ds_config_load_file (c, missing, &error));
  g_assert_error (error, DS_CONFIG_ERROR, DS_CONFIG_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, missing));
}

static void
test_standard_files (void)
{
  /* user config ($XDG_CONFIG_HOME/docsift/docsift.conf) < --config FILE */
  g_autofree char *user_dir = g_build_filename (config_home, "docsift", NULL);
  g_assert_cmpint (g_mkdir_with_parents (user_dir, 0700), ==, 0);
  g_free (ct_write_file (user_dir, "docsift.conf",
                         "[docsift]\nplugins=ord_a\n[good]\nflag=user\n[stats]\nsentences=true\n", -1));
  g_autofree char *explicit = write_conf ("explicit.conf", "[good]\nflag=explicit\n");

  g_autoptr(GError) error = NULL;
  g_autoptr(DsConfig) c = _ds_config_new ();
  g_assert_true (_ds_config_load_standard (c, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (_ds_config_get_option (c, "good", "flag"), ==, "user");
  g_assert_cmpstr (c->plugins, ==, "ord_a");

  g_autoptr(DsConfig) c2 = _ds_config_new ();
  g_assert_true (_ds_config_load_standard (c2, explicit, &error));
  g_assert_cmpstr (_ds_config_get_option (c2, "good", "flag"), ==, "explicit");
  g_assert_cmpstr (_ds_config_get_option (c2, "stats", "sentences"), ==, "true");
  g_assert_true (_ds_config_set_option_string (c2, "good.flag=cli", &error));
  g_assert_cmpstr (_ds_config_get_option (c2, "good", "flag"), ==, "cli");

  /* --config must exist */
  g_autofree char *missing = g_build_filename (tmp_dir, "nope.conf", NULL);
  g_autoptr(DsConfig) c3 = _ds_config_new ();
  g_assert_false (_ds_config_load_standard (c3, missing, &error));
  g_assert_error (error, DS_CONFIG_ERROR, DS_CONFIG_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, missing));
}

/* The run limits of issue 14: their defaults, values, and bad values. */
static void
test_run_limits (void)
{
  g_autoptr(DsConfig) d = _ds_config_new ();
  g_assert_cmpuint (d->max_doc_bytes, ==, DS_DEFAULT_MAX_DOC_BYTES);
  g_assert_false (d->isolate);
  g_assert_cmpuint (d->timeout, ==, DS_DEFAULT_TIMEOUT);
  g_assert_cmpuint (d->max_memory_mb, ==, 0);

  g_autofree char *f = write_conf ("limits.conf",
                                   "[docsift]\nmax-doc-bytes=3k\nisolate=yes\ntimeout=0\nmax-memory=2048\n");
  g_autoptr(DsConfig) c = _ds_config_new ();
  g_autoptr(GError) error = NULL;
  g_assert_true (_ds_config_load_file (c, f, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (c->max_doc_bytes, ==, 3072);
  g_assert_true (c->isolate);
  g_assert_cmpuint (c->timeout, ==, 0);
  g_assert_cmpuint (c->max_memory_mb, ==, 2048);

  expect_file_error ("badsize.conf", "[docsift]\nmax-doc-bytes=12X\n", DS_CONFIG_ERROR_BAD_VALUE, "max-doc-bytes");
  expect_file_error ("badiso.conf", "[docsift]\nisolate=maybe\n", DS_CONFIG_ERROR_BAD_VALUE, "isolate");
  expect_file_error ("badtime.conf", "[docsift]\ntimeout=-5\n", DS_CONFIG_ERROR_BAD_VALUE, "timeout");
  expect_file_error ("badmem.conf", "[docsift]\nmax-memory=lots\n", DS_CONFIG_ERROR_BAD_VALUE, "max-memory");

  guint64 n;
  g_assert_true (_ds_parse_size ("0", &n) && n == 0);
  g_assert_true (_ds_parse_size ("64M", &n) && n == (guint64) 64 << 20);
  g_assert_true (_ds_parse_size ("2G", &n) && n == (guint64) 2 << 30);
  g_assert_false (_ds_parse_size ("", &n));
  g_assert_false (_ds_parse_size ("-1", &n));
  g_assert_false (_ds_parse_size ("1MB", &n));
  g_assert_false (_ds_parse_size ("99999999999999999999G", &n));
}

static void
test_shipped_default (void)
{
  /* config/docsift.conf, the documented default, must load cleanly */
  g_autofree char *path = g_build_filename (ct_source_dir (), "config", "docsift.conf", NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("config/docsift.conf not there");
      return;
    }
  g_autoptr(DsConfig) c = _ds_config_new ();
  g_autoptr(GError) error = NULL;
  g_assert_true (_ds_config_load_file (c, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (c->files->len, ==, 1);
}

int
main (int argc, char **argv)
{
  /* before anything asks GLib for the user config dir (it is cached) */
  tmp_dir = ct_make_tmp_dir ();
  config_home = g_build_filename (tmp_dir, "xdg", NULL);
  g_mkdir (config_home, 0700);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/config/defaults", test_defaults);
  g_test_add_func ("/config/precedence", test_precedence);
  g_test_add_func ("/config/bad-option-syntax", test_bad_option_syntax);
  g_test_add_func ("/config/bad-files", test_bad_files);
  g_test_add_func ("/config/standard-files", test_standard_files);
  g_test_add_func ("/config/shipped-default", test_shipped_default);
  g_test_add_func ("/config/run-limits", test_run_limits);
  int ret = g_test_run ();
  ct_rm_rf (tmp_dir);
  return ret;
}
