/* core-test-util.c: helpers shared by the tests of tests/core.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "core-test-util.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#ifndef TP_DIR
#error "TP_DIR (the build folder of tests/core/plugins) must be defined"
#endif

char *
ct_make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("docsift-core-test-XXXXXX", &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  return dir;
}

void
ct_rm_rf (const char *path)
{
  if (path == NULL)
    return;
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_chmod (path, 0700);
      GDir *dir = g_dir_open (path, 0, NULL);
      if (dir != NULL)
        {
          const char *name;
          while ((name = g_dir_read_name (dir)) != NULL)
            {
              g_autofree char *child = g_build_filename (path, name, NULL);
              ct_rm_rf (child);
            }
          g_dir_close (dir);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

char *
ct_write_file (const char *dir, const char *name, const char *data, gssize len)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  g_file_set_contents_full (path, data, len, G_FILE_SET_CONTENTS_NONE, 0644, &error);
  g_assert_no_error (error);
  return path;
}

char *
ct_copy_test_plugin (const char *name, const char *dir)
{
  g_autofree char *file = g_strdup_printf ("docsift-%s.so", name);
  g_autofree char *src = g_build_filename (TP_DIR, file, NULL);
  g_autofree char *data = NULL;
  gsize len = 0;
  g_autoptr(GError) error = NULL;
  g_file_get_contents (src, &data, &len, &error);
  g_assert_no_error (error);
  char *dst = g_build_filename (dir, file, NULL);
  g_file_set_contents_full (dst, data, (gssize) len, G_FILE_SET_CONTENTS_NONE, 0755, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (dst, 0755), ==, 0);
  return dst;
}

const char *
ct_docsift_bin (void)
{
  const char *bin = g_getenv ("DOCSIFT_BIN");
  g_assert_nonnull (bin);
  return bin;
}

const char *
ct_source_dir (void)
{
  const char *dir = g_getenv ("DOCSIFT_SOURCE_DIR");
  g_assert_nonnull (dir);
  return dir;
}

int
ct_run_docsift (const char *const *argv,
                const char *const *env_set,
                GBytes *stdin_data,
                char **out,
                gsize *out_len,
                char **err)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                               G_SUBPROCESS_FLAGS_STDERR_PIPE);
  for (guint i = 0; env_set && env_set[i]; i++)
    {
      const char *eq = strchr (env_set[i], '=');
      g_assert_nonnull (eq);
      g_autofree char *name = g_strndup (env_set[i], eq - env_set[i]);
      if (eq[1] == '\0')
        g_subprocess_launcher_unsetenv (launcher, name);
      else
        g_subprocess_launcher_setenv (launcher, name, eq + 1, TRUE);
    }

  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_ptr_array_add (args, (gpointer) ct_docsift_bin ());
  for (guint i = 0; argv[i]; i++)
    g_ptr_array_add (args, (gpointer) argv[i]);
  g_ptr_array_add (args, NULL);

  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) proc =
    g_subprocess_launcher_spawnv (launcher, (const char *const *) args->pdata, &error);
  g_assert_no_error (error);

  g_autoptr(GBytes) o = NULL, e = NULL;
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_subprocess_communicate (proc, stdin_data ? stdin_data : empty, NULL, &o, &e, &error);
  g_assert_no_error (error);

  if (out)
    {
      gsize n;
      const char *d = g_bytes_get_data (o, &n);
      *out = g_strndup (d ? d : "", n);
      if (out_len)
        *out_len = n;
    }
  if (err)
    {
      gsize n;
      const char *d = g_bytes_get_data (e, &n);
      *err = g_strndup (d ? d : "", n);
    }
  if (!g_subprocess_get_if_exited (proc))
    return -1;
  return g_subprocess_get_exit_status (proc);
}

GPtrArray *
ct_lines (const char *out)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = g_strsplit (out, "\n", -1);
  for (guint i = 0; parts[i]; i++)
    if (parts[i][0] != '\0')
      g_ptr_array_add (lines, g_strdup (parts[i]));
  return lines;
}

JsonNode *
ct_parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  JsonNode *root = json_parser_get_root (parser);
  g_assert_nonnull (root);
  return json_node_copy (root);
}
