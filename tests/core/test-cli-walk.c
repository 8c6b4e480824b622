/* test-cli-walk.c: folder walks like find -H: symlinks to folders inside
 * a walk are skipped unless --follow; with it a loop (`ln -s . self`,
 * `ln -s .. up`) is skipped with a warning; a folder reached twice (named
 * twice, or through a link) is read once; symlinks to files are read.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "core-test-util.h"

#include <string.h>
#include <unistd.h>

#define ARGV(...) ((const char *const[]){ __VA_ARGS__, NULL })

static char *tmp_dir;

/* The ids written, relative to tmp_dir, one per line. */
static char *
run_ids (const char *const *argv, int want_rc, char **err)
{
  g_autofree char *out = NULL;
  g_assert_cmpint (ct_run_docsift (argv, NULL, NULL, &out, NULL, err), ==, want_rc);
  g_autoptr(GPtrArray) lines = ct_lines (out);
  GString *ids = g_string_new (NULL);
  for (guint i = 0; i < lines->len; i++)
    {
      g_autoptr(JsonNode) root = ct_parse_json (g_ptr_array_index (lines, i));
      const char *id = json_object_get_string_member (json_node_get_object (root), "id");
      g_assert_true (g_str_has_prefix (id, tmp_dir));
      g_string_append_printf (ids, "%s\n", id + strlen (tmp_dir) + 1);
    }
  return g_string_free (ids, FALSE);
}

static void
test_walk (void)
{
  g_autofree char *a = g_build_filename (tmp_dir, "a", NULL);
  g_autofree char *sub = g_build_filename (a, "sub", NULL);
  g_autofree char *other = g_build_filename (tmp_dir, "other", NULL);
  g_assert_cmpint (g_mkdir_with_parents (sub, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (other, 0700), ==, 0);
  g_free (ct_write_file (a, "x.txt", "三个。", -1));
  g_free (ct_write_file (sub, "y.txt", "四个。", -1));
  g_free (ct_write_file (other, "z.txt", "五个。", -1));
  g_autofree char *self = g_build_filename (a, "self", NULL);
  g_autofree char *up = g_build_filename (sub, "up", NULL);
  g_autofree char *out_link = g_build_filename (a, "elsewhere", NULL);
  g_autofree char *file_link = g_build_filename (a, "link.txt", NULL);
  g_assert_cmpint (symlink (".", self), ==, 0);
  g_assert_cmpint (symlink ("..", up), ==, 0);
  g_assert_cmpint (symlink ("../other", out_link), ==, 0);
  g_assert_cmpint (symlink ("x.txt", file_link), ==, 0);

  /* default: links to folders are not followed; a/ named twice, read once */
  g_autofree char *err = NULL;
  g_autofree char *ids = run_ids (ARGV ("-p", "stats", "-j", "2", a, a, sub), 0, &err);
  g_assert_cmpstr (ids, ==, "a/link.txt\na/sub/y.txt\na/x.txt\n");
  g_assert_nonnull (strstr (err, "read once"));

  /* --follow: the loops are skipped with a warning, the outside folder is read */
  g_autofree char *err2 = NULL;
  g_autofree char *ids2 = run_ids (ARGV ("-p", "stats", "--follow", a), 0, &err2);
  g_assert_cmpstr (ids2, ==, "a/elsewhere/z.txt\na/link.txt\na/sub/y.txt\na/x.txt\n");
  g_assert_nonnull (strstr (err2, "a/self: a symlink loop"));
  g_assert_nonnull (strstr (err2, "a/sub/up: a symlink loop"));

  /* a link named on the command line is followed (find -H) */
  g_autofree char *ids3 = run_ids (ARGV ("-p", "stats", out_link), 0, NULL);
  g_assert_cmpstr (ids3, ==, "a/elsewhere/z.txt\n");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  tmp_dir = ct_make_tmp_dir ();
  g_test_add_func ("/cli/walk", test_walk);
  int rc = g_test_run ();
  ct_rm_rf (tmp_dir);
  g_free (tmp_dir);
  return rc;
}
